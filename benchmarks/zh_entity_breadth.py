"""Every Chinese source with its entity over broad unlabeled text, to count speaker-cluster
splits (one speaker spread over several entities: speaker B-cubed recall) a change moves.

    .venv/bin/python benchmarks/zh_entity_breadth.py cnews.val.txt hk out.tsv

Text as `zh_attr_breadth.py` reads it (THUCNews lines `label<TAB>text`, hkcnews `.txt` files).
Each row: article, cue offset, cue, source text, entity id, entity name, entity type.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import sayso


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("thuc", type=Path)
    ap.add_argument("hk", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args(argv)
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
