"""Speakers and entities of every attribution on fresh Chinese pages, for reading by hand.

The pages (benchmarks/data/zh_fresh2, origins in its SOURCES.md) are in no evaluation split and
have no gold. Each attribution prints as `id [source span] -> entity (type) aliases`, then the
article's entities that some attribution points at; read them against ANNOTATION.md and tally
the speaker error classes (one person split in several entities, wrong merge, pronoun or
description to the wrong antecedent, wrong type). ERRORS.md there holds this session's tally:

    .venv/bin/python benchmarks/zh_fresh_speakers.py [FOLDER] [--only GLOB] > now.txt
    diff before.txt now.txt        # what a change did on unseen news
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import sayso

FRESH = Path(__file__).resolve().parent / "data" / "zh_fresh2"


def describe(path: Path) -> list[str]:
    """One line per attribution, then one per entity that speaks."""
    analysis = sayso.analyze(path.read_text(encoding="utf-8"), language="zh")
    out = []
    used: dict[str, int] = {}
    for a in analysis.attributions:
        src = a.source.text if a.source else "-"
        ent = analysis.entity(a.source.entity) if a.source and a.source.entity else None
        who = f"{ent.id}:{ent.name} ({ent.type})" if ent else "-"
        if ent:
            used[ent.id] = used.get(ent.id, 0) + 1
        content = "|".join(c.text for c in a.content)[:40].replace("\n", " ")
        out.append(f"  {a.id:4} [{src}] -> {who}  :: {content}")
    for e in analysis.entities:
        if e.id in used:
            out.append(f"  ENT {e.id}: {e.name} ({e.type}) x{used[e.id]} aliases={list(e.aliases)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=FRESH)
    ap.add_argument("--only", default="*.txt", help="file glob inside the folder")
    args = ap.parse_args(argv)
    for path in sorted(args.folder.glob(args.only)):
        print("=====", path.name)
        print("\n".join(describe(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
