"""Breadth check of an English coreference fix: which speaker groupings change over unlabeled text.

A change to entity merging must be judged on broad text (round-12 brief, issue #15): one
person one entity, and never two people in one. Run this once with the code before the fix
and once after, then compare. Each article's source mentions (`offset:surface`) are grouped by
the entity they resolve to; `--compare` prints, per article, every grouping one side has and
the other not (as sets of mentions, with the entity's display name), so that a sample can be
read by hand: a grouping that joins mentions of two people is wrong, one that joins one
person's mentions (or splits two people) is right.

Usage (the old code from an exported checkout, run from /tmp so that it is the one imported):
    cd /tmp && PYTHONPATH=/tmp/old python /work/wt-x/benchmarks/en_entity_breadth.py OUT_OLD DIR ...
    .venv/bin/python benchmarks/en_entity_breadth.py OUT_NEW DIR ... --compare OUT_OLD

DIR: folders of plain-text articles (`*.txt`: PolNeAR `text/`, the BBC non-politics folders).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from rich.progress import track

from sayso import pipeline
from sayso.model import Document


def groupings(text: str) -> list[list[str]]:
    """The article's source mentions grouped by entity: each group `[name, "offset:surface", ...]`."""
    analysis = pipeline.run(Document(text=text, language="en"))
    groups: dict[str, set[str]] = defaultdict(set)
    for a in analysis.attributions:
        if a.source is None or a.source.entity is None:
            continue
        groups[a.source.entity].add(f"{a.source.start}:{a.source.text}")
    out = []
    for entity_id, mentions in groups.items():
        e = analysis.entity(entity_id)
        out.append([f"{e.name} ({e.type})" if e else entity_id, *sorted(mentions, key=lambda m: int(m.split(":")[0]))])
    return sorted(out, key=lambda g: int(g[1].split(":")[0]))


def snapshot(out: Path, folders: list[Path]) -> dict[str, list[list[str]]]:
    """Every article's groupings, also written to `out` (JSON)."""
    paths = sorted(p for f in folders for p in f.glob("*.txt"))
    result = {str(p): groupings(p.read_text("utf-8", errors="replace"))
              for p in track(paths, description="articles")}
    out.write_text(json.dumps(result, ensure_ascii=False, indent=0), "utf-8")
    return result


def changed_groups(old: list[list[str]], new: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """(groups only the old run has, groups only the new run has), compared as mention sets."""
    old_sets = {frozenset(g[1:]) for g in old}
    new_sets = {frozenset(g[1:]) for g in new}
    return [g for g in old if frozenset(g[1:]) not in new_sets], [g for g in new if frozenset(g[1:]) not in old_sets]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--compare", type=Path, help="an earlier OUT to compare with")
    args = ap.parse_args()
    new = snapshot(args.out, args.folders)
    if args.compare is None:
        return
    old = json.loads(args.compare.read_text("utf-8"))
    articles = groups = 0
    for name in sorted(new):
        gone, came = changed_groups(old.get(name, []), new[name])
        if gone or came:
            articles += 1
            groups += len(came)
            print(f"== {name}")
            print("\n".join([f"  - {g[0]}: {' | '.join(g[1:])}" for g in gone]
                            + [f"  + {g[0]}: {' | '.join(g[1:])}" for g in came]))
    print(f"{articles} of {len(new)} articles changed; {groups} new groupings")


if __name__ == "__main__":
    main()
