"""Where each attribution's content starts and ends on fresh Chinese pages, one line each.

The pages (benchmarks/data/zh_fresh_bound, origins in SOURCES.md) are in no evaluation split and
have no gold. Half A was read to find boundary error classes and fix them; half B was kept for
counting what a change does on news it was not fitted to (ERRORS.md holds this session's tally).
Write the lines before and after a change and read the difference against ANNOTATION.md's
Boundaries convention:

    .venv/bin/python benchmarks/zh_fresh_boundaries.py [FOLDER ...] > now.txt
    diff before.txt now.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

import sayso

FRESH = Path(__file__).resolve().parent / "data" / "zh_fresh_bound"


def describe(path: Path) -> list[str]:
    """One line per attribution: page, cue, source, kind, then the content parts joined by ||."""
    out = []
    for a in sayso.analyze(path.read_text(encoding="utf-8"), language="zh").attributions:
        cue = "/".join(c.text for c in a.cue)
        src = a.source.text if a.source else "-"
        content = " || ".join(c.text for c in a.content)
        out.append(f"{path.stem}\t{cue}\t{src}\t{a.kind}\t{content}")
    return out


def main(argv: list[str]) -> int:
    folders = [Path(p) for p in argv] or [FRESH]
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            print("\n".join(describe(path)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
