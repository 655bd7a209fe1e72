"""Stance and certainty of every attribution on the fresh Chinese pages, one line each.

The pages (benchmarks/data/zh_fresh, origins in SOURCES.md) are in no evaluation split; there
is no gold for them. Read the lines against ANNOTATION.md's Certainty and Stance conventions
and count the error classes that recur (ERRORS.md holds the count of this session):

    .venv/bin/python benchmarks/zh_fresh_stance.py [FOLDER] > now.txt
    diff before.txt now.txt        # what a change did on unseen news
"""

from __future__ import annotations

import sys
from pathlib import Path

import sayso

FRESH = Path(__file__).resolve().parent / "data" / "zh_fresh"


def describe(path: Path) -> list[str]:
    """One line per attribution: id, stance, certainty, target, parent, [source] cue: content."""
    out = []
    for a in sayso.analyze(path.read_text(encoding="utf-8"), language="zh").attributions:
        src = a.source.text if a.source else "-"
        cue = "+".join(c.text for c in a.cue)
        content = "|".join(c.text for c in a.content)[:70]
        hedge = " H" if a.hedges else ""
        out.append(f"{a.id:4} {a.stance:8} {a.certainty:11} t={a.target or '':4} "
                   f"p={a.parent or '':4} [{src}] {cue}: {content}{hedge}")
    return out


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else FRESH
    for path in sorted(folder.glob("p*.txt")):
        print("=====", path.name)
        print("\n".join(describe(path)))


if __name__ == "__main__":
    main(sys.argv[1:])
