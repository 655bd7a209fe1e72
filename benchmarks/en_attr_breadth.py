"""Breadth check of an English attribution fix: which outputs change over unlabeled text.

A fix found on a few judged articles must be judged on broad text too (round-11 test
discipline): run this once with the code before the fix and once after, then compare. Each
article's attributions are written as `source | cue | content` lines (with `--via`,
`source | cue | [via] | certainty | content`, so that a convention change in `via.py` or
`certainty.py` shows up: round 12's `enconv12`, `ensrc12`, `endisp12`; with `--entity`, the source's
entity name after it, `source (= name)`, so that a coreference change shows up: round 18's
`enspk18`; with `--types`, the entity's type too, `source (= name [type])`, and each channel's
entity type, `[channel=type]`: round 27's `entype27`); `--compare` prints every
line one side has and the other not, grouped by article, so that a sample can be read by hand.

Usage (the old code from an exported checkout, run from /tmp so that it is the one imported):
    cd /tmp && PYTHONPATH=/tmp/old python /work/wt-x/benchmarks/en_attr_breadth.py OUT_OLD DIR ...
    .venv/bin/python benchmarks/en_attr_breadth.py OUT_NEW DIR ... --compare OUT_OLD

DIR: folders of plain-text articles (`*.txt`: PolNeAR `text/`, the BBC non-politics folders).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.progress import track

from sayso import pipeline
from sayso.model import Document


def lines(text: str, via: bool = False, entity: bool = False, types: bool = False) -> list[str]:
    """One `source | cue | content` line per attribution of `text`; with `via`, its channels and
    certainty stand before the content (cut at 160 characters); with `entity`, the source's
    entity name follows it; with `types`, that entity's type and the channels' types too."""
    analysis = pipeline.run(Document(text=text, language="en"))
    out = []
    for a in analysis.attributions:
        source = a.source.text if a.source else "-"
        if (entity or types) and a.source is not None and (e := analysis.entity(a.source.entity)) is not None:
            source += f" (= {e.name} [{e.type}])" if types else f" (= {e.name})"
        fields = [source, " … ".join(c.text for c in a.cue)]
        content = " … ".join(c.text for c in a.content)
        if via:
            fields += ["[" + ", ".join(v.text for v in a.via) + "]", a.certainty or "-"]
            content = content[:160]
        elif types and a.via:
            fields.append("[" + ", ".join(f"{v.text}={t.type if (t := analysis.entity(v.entity)) else '-'}"
                                          for v in a.via) + "]")
        out.append(" | ".join(fields + [content]))
    return out


def snapshot(out: Path, folders: list[Path], via: bool = False,
             entity: bool = False, types: bool = False) -> dict[str, list[str]]:
    """Every article's lines, also written to `out` (JSON)."""
    paths = sorted(p for f in folders for p in f.glob("*.txt"))
    result = {str(p): lines(p.read_text("utf-8", errors="replace"), via, entity, types)
              for p in track(paths, description="articles")}
    out.write_text(json.dumps(result, ensure_ascii=False, indent=0), "utf-8")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--compare", type=Path, help="an earlier OUT to compare with")
    ap.add_argument("--via", action="store_true", help="lines carry channels and certainty too")
    ap.add_argument("--entity", action="store_true", help="lines carry the source's entity name")
    ap.add_argument("--types", action="store_true",
                    help="lines carry the source's entity name and type and the channels' types")
    args = ap.parse_args()
    new = snapshot(args.out, args.folders, args.via, args.entity, args.types)
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
            print(f"== {name}")
            print("\n".join([f"  - {x}" for x in gone] + [f"  + {x}" for x in came]))
    print(f"{changed} of {len(new)} articles changed; {lines_changed} new or changed lines")


if __name__ == "__main__":
    main()
