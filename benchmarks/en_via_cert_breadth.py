"""Breadth check of an English channel / certainty fix: which outputs change over unlabeled text.

Like `en_attr_breadth.py`, but each attribution's line carries its channels and certainty too
(`source | cue | via | certainty | content`), so that a convention change in `via.py` or
`certainty.py` shows up. Run once with the code before the fix, once after, then compare and
read a sample of the changed lines by hand.

Usage (the old code from an exported checkout, run from /tmp so that it is the one imported):
    cd /tmp && PYTHONPATH=/tmp/old python /work/wt-x/benchmarks/en_via_cert_breadth.py OUT_OLD DIR ...
    .venv/bin/python benchmarks/en_via_cert_breadth.py OUT_NEW DIR ... --compare OUT_OLD

DIR: folders of plain-text articles (`*.txt`: PolNeAR `text/`, the BBC non-politics folders).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.progress import track

from sayso import pipeline
from sayso.model import Document


def lines(text: str) -> list[str]:
    """One `source | cue | via | certainty | content` line per attribution of `text`."""
    analysis = pipeline.run(Document(text=text, language="en"))
    return [" | ".join((a.source.text if a.source else "-", " … ".join(c.text for c in a.cue),
                        "[" + ", ".join(v.text for v in a.via) + "]", a.certainty or "-",
                        " … ".join(c.text for c in a.content)[:160])) for a in analysis.attributions]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="JSON file to write this run's lines to")
    ap.add_argument("dirs", type=Path, nargs="+", help="folders of *.txt articles")
    ap.add_argument("--compare", type=Path, help="an earlier run's JSON: print what changed")
    args = ap.parse_args()
    paths = sorted(p for f in args.dirs for p in f.glob("*.txt"))
    new = {str(p): lines(p.read_text("utf-8", errors="replace")) for p in track(paths, description="articles")}
    args.out.write_text(json.dumps(new, ensure_ascii=False, indent=0), "utf-8")
    if args.compare is None:
        return
    old = json.loads(args.compare.read_text("utf-8"))
    changed = lines_changed = 0
    for name in sorted(new):
        gone = [x for x in old.get(name, []) if x not in new[name]]
        came = [x for x in new[name] if x not in old.get(name, [])]
        if gone or came:
            changed += 1
            lines_changed += len(came)
            print(f"## {Path(name).name}")
            for x in gone:
                print(f"  - {x}")
            for x in came:
                print(f"  + {x}")
    print(f"{changed} of {len(new)} articles changed; {lines_changed} new or changed lines")


if __name__ == "__main__":
    main()
