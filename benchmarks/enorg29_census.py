"""Census of enorg29's `the club` change: every attribution whose speaker entity the new code
names otherwise than the old, over unlabeled breadth text.

Only articles that write a definite description headed by `club` (`The club`, `the Premier
League club`) are read: the change touches no other. Run it once with the old code and once with
the new (each from /tmp with PYTHONPATH set to the checkout), then compare: every line one side
has and the other not is printed by article as `source | cue | entity name (type)`, with counts.

    cd /tmp && PYTHONPATH=/work/main python /work/wt-enorg29/benchmarks/enorg29_census.py \\
        /work/tmp/enorg29/old.json /work/tmp/breadth/bbc-* /work/tmp/breadth/hk \\
        /work/shared/eval/en-polnear/train/text
    cd /tmp && PYTHONPATH=/work/wt-enorg29 python /work/wt-enorg29/benchmarks/enorg29_census.py \\
        /work/tmp/enorg29/new.json /work/tmp/breadth/bbc-* ... --compare /work/tmp/enorg29/old.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from sayso import pipeline
from sayso.model import Document

_CLUB = re.compile(r"\b[Tt]he (?:[\w-]+ ){0,3}club\b")


def rows(text: str) -> list[str]:
    """One `source | cue | entity name (type)` line per attribution with a source."""
    analysis = pipeline.run(Document(text=text, language="en"))
    out = []
    for a in analysis.attributions:
        if a.source is None:
            continue
        e = analysis.entity(a.source.entity)
        name = f"{e.name} ({e.type})" if e else "-"
        out.append(" | ".join([a.source.text, " … ".join(c.text for c in a.cue), name]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out")
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--compare")
    args = parser.parse_args()
    result: dict[str, list[str]] = {}
    for folder in args.folders:
        for path in sorted(Path(folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            if _CLUB.search(text):
                result[str(path)] = rows(text)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(result)} articles read")
    if args.compare:
        old = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        changed = 0
        for key, new_rows in result.items():
            gone = [r for r in old.get(key, []) if r not in new_rows]
            came = [r for r in new_rows if r not in old.get(key, [])]
            if gone or came:
                changed += len(came)
                print(f"== {key}")
                for r in gone:
                    print(f"  - {r}")
                for r in came:
                    print(f"  + {r}")
        print(f"{changed} changed attributions")


if __name__ == "__main__":
    main()
