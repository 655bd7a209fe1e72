"""Census of outlets speaking as parties (round 28, enrep28): `reported` rows whose outlet talks
about itself (`The paper said it stands by its story`, `ABC said in a statement: "We ..."`),
which ANNOTATION.md's `reported` (an outlet relaying news) does not cover.

Reads a dump of `benchmarks/en_attr_breadth.py ... --via --types` (unlabeled breadth text) and
prints every row with an `[outlet]` source, certainty `reported`, and a content opening with
`it`/`its`/`we`/`our` or a `statement` channel, then their count, to be read by hand:

    python benchmarks/en_attr_breadth.py /tmp/dump.json /work/r28/breadth/bbc-business ... --via --types
    python benchmarks/enrep28_census.py /tmp/dump.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

_OWN = re.compile(r"(it|its|we|our)\b", re.IGNORECASE)


def party_rows(dump: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(article, line) of every outlet row that looks like the outlet speaking for itself."""
    out = []
    for article, lines in dump.items():
        for line in lines:
            parts = line.split(" | ")
            if len(parts) < 5:
                continue
            source, _cue, via, certainty = parts[:4]
            content = " | ".join(parts[4:])
            if "[outlet]" in source and certainty == "reported" and (_OWN.match(content) or "statement" in via):
                out.append((article, line))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dump", type=Path, help="an en_attr_breadth.py --via --types JSON dump")
    args = ap.parse_args()
    rows = party_rows(json.loads(args.dump.read_text("utf-8")))
    for article, line in rows:
        print(f"{Path(article).parent.name}/{Path(article).name}\t{line[:240]}")
    print(f"{len(rows)} outlet rows speaking for themselves (by look)")


if __name__ == "__main__":
    main()
