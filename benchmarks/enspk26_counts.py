"""Counts of the two enspk26 speaker classes in an `en_attr_breadth.py --entity` snapshot.

    python benchmarks/enspk26_counts.py OUT.json [--show]

* opener sources: a one-word source that opens a fronted clause (`After (= After) | blasting`);
* he/she -> plural: a `he`/`she` whose entity is a quantifier and a plural (`she (= some
  Republicans)`), as `coref.quantified_plural` reads names.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from sayso.lang.en.coref import quantified_plural  # noqa: E402
from sayso.lang.en.fronted_clause import OPENERS  # noqa: E402

LINE = re.compile(r"^(?P<src>[^|(]+?)(?: \(= (?P<name>.*?)\))? \|")


def main() -> None:
    snapshot = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    show = "--show" in sys.argv
    opener = plural = 0
    for article, lines in snapshot.items():
        for line in lines:
            m = LINE.match(line)
            if m is None:
                continue
            src, name = m.group("src"), m.group("name") or ""
            if src.lower() in OPENERS | {"among", "amid"} and src[:1].isupper():
                opener += 1
                if show:
                    print("opener", Path(article).name, line[:120])
            words = name.split()
            if src.lower() in ("he", "she") and quantified_plural(words, [w.lower() for w in words]):
                plural += 1
                if show:
                    print("plural", Path(article).name, line[:120])
    print(f"{sum(map(len, snapshot.values()))} lines; opener sources {opener}; he/she -> plural {plural}")


if __name__ == "__main__":
    main()
