"""Every Chinese source with its entity over broad unlabeled text, and the rows whose entity joined
or left an earlier row's between two such dumps: the breadth count of a speaker-clustering change
(one speaker spread over several entities is speaker B-cubed recall; round 26, zhspk26).

A row-keyed sibling of `zh_entity_breadth.py` (whose dumps read a folder of article files):
this one reads the THUCNews file and the hkcnews `.txt` folder as `zh_attr_breadth.py` does.

    .venv/bin/python benchmarks/zh_entity_joins.py cnews.val.txt hk out.tsv
    .venv/bin/python benchmarks/zh_entity_joins.py --compare before.tsv after.tsv

`--compare` lists each row that joined an earlier row's entity (a merge) or left it (a split),
with the source of both, and counts them. Text as `zh_attr_breadth.py` reads it (THUCNews lines `label<TAB>text`, hkcnews `.txt` files).
Each row: article, cue offset, cue, source text, entity id, entity name, entity type.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

import sayso


def compare(before: Path, after: Path) -> None:
    """Print the rows whose entity joined or left an earlier row's between two dumps."""
    b = [line.rstrip("\n").split("\t") for line in before.open(encoding="utf-8")]
    a = [line.rstrip("\n").split("\t") for line in after.open(encoding="utf-8")]
    if [r[:2] for r in a] != [r[:2] for r in b]:
        raise SystemExit("the dumps hold different attributions: compare only entity changes")
    arts: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(b):
        arts[row[0]].append(i)
    joins = splits = 0
    for idx in arts.values():
        for j in idx:
            same_after = [i for i in idx if i < j and a[i][4] == a[j][4] != "-"]
            same_before = [i for i in idx if i < j and b[i][4] == b[j][4] != "-"]
            joined = [i for i in same_after if b[i][4] != b[j][4]]
            left = [i for i in same_before if a[i][4] != a[j][4]]
            if joined:
                joins += 1
                print("JOIN", b[j][0], b[j][1], b[j][3], "->", b[joined[0]][3], sep="\t")
            if left:
                splits += 1
                print("SPLIT", b[j][0], b[j][1], b[j][3], "<-", b[left[0]][3], sep="\t")
    print(f"joins {joins} splits {splits}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("thuc", type=Path)
    ap.add_argument("hk", type=Path)
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--compare", action="store_true", help="THUC and HK are two dumps to compare")
    args = ap.parse_args(argv)
    if args.compare:
        compare(args.thuc, args.hk)
        return 0
    docs = [(f"th{i}", line.partition("\t")[2])
            for i, line in enumerate(args.thuc.read_text(encoding="utf-8").split("\n")) if line.strip()]
    docs += [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(args.hk.glob("*.txt"))]
    with args.out.open("w", encoding="utf-8") as out:
        for name, text in docs:
            analysis = sayso.analyze(text, language="zh")
            for a in analysis.attributions:
                if not a.cue or a.source is None:
                    continue
                ent = analysis.entity(a.source.entity) if a.source.entity else None
                row = [name, str(a.cue[0].start), "+".join(c.text for c in a.cue), a.source.text,
                       ent.id if ent else "-", ent.name if ent else "-", ent.type if ent else "-"]
                out.write("\t".join(re.sub(r"\s", " ", x) for x in row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
