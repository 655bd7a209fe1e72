"""Census of an English stance change (round 29's enstance29 and enurge29): every attribution whose stance or
certainty the new code reads otherwise than the old, over unlabeled breadth text.

Run it once with the old code and once with the new (each from /tmp with PYTHONPATH set to the
checkout), then compare: every line one side has and the other not is printed by article, as
`source | cue | stance | certainty | content`, with counts of the stance changes (old > new), to
be judged by hand against STANCE.md and ANNOTATION.md.

    cd /tmp && PYTHONPATH=/work/main python /work/wt-NAME/benchmarks/en_stance_diff.py \\
        /work/tmp/es29/old.json /work/tmp/breadth/bbc-* /work/tmp/breadth/hk \\
        /work/shared/eval/en-polnear/train/text
    cd /tmp && PYTHONPATH=/work/wt-NAME python /work/wt-NAME/benchmarks/en_stance_diff.py \\
        /work/tmp/es29/new.json /work/tmp/breadth/bbc-* ... --compare /work/tmp/es29/old.json

`--limit N` reads the first N articles of each folder (sorted by name).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from rich.progress import track

from sayso import pipeline
from sayso.model import Document


def rows(text: str) -> list[str]:
    """One `source | cue | stance | certainty | content` line per attribution of an English text."""
    analysis = pipeline.run(Document(text=text, language="en"))
    out = []
    for a in analysis.attributions:
        source = a.source.text if a.source else "-"
        cue = " … ".join(c.text for c in a.cue)
        content = " … ".join(c.text for c in a.content)[:240]
        out.append(" | ".join([source, cue, a.stance or "-", a.certainty or "-", content]))
    return out


def snapshot(out: Path, folders: list[Path], limit: int) -> dict[str, list[str]]:
    """Every article's lines, also written to `out` (JSON)."""
    paths = [p for f in folders for p in sorted(f.glob("*.txt"))[:limit]]
    result = {
        str(p): rows(p.read_text("utf-8", errors="replace"))
        for p in track(paths, description="articles")
    }
    out.write_text(json.dumps(result, ensure_ascii=False, indent=0), "utf-8")
    return result


def _key(line: str) -> str:
    """A line without its stance and certainty: the attribution it is."""
    parts = line.split(" | ")
    return " | ".join(parts[:2] + parts[4:])


def compare(old: dict[str, list[str]], new: dict[str, list[str]]) -> Counter[str]:
    """Print the lines that changed, article by article; return the counts of stance changes."""
    counts: Counter[str] = Counter()
    for name in sorted(new):
        gone = [x for x in old.get(name, []) if x not in new[name]]
        came = [x for x in new[name] if x not in old.get(name, [])]
        if not gone and not came:
            continue
        print(f"== {name}")
        before = {_key(x): x.split(" | ")[2:4] for x in gone}
        for x in came:
            was = before.pop(_key(x), None)
            now = x.split(" | ")[2:4]
            if was is not None:
                counts[
                    f"stance {was[0]} > {now[0]}"
                    if was[0] != now[0]
                    else f"certainty {was[1]} > {now[1]}"
                ] += 1
                print(f"  {'/'.join(was)} > {'/'.join(now)}: {x}")
            else:
                counts["line added"] += 1
                print(f"  + {x}")
        for x in before.values():
            counts["line removed"] += 1
            print(f"  - {x}")
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--compare", type=Path, help="an earlier OUT (the old code's) to compare with")
    ap.add_argument("--limit", type=int, default=100000)
    args = ap.parse_args()
    new = snapshot(args.out, args.folders, args.limit)
    if args.compare is None:
        return
    counts = compare(json.loads(args.compare.read_text("utf-8")), new)
    for k, n in counts.most_common():
        print(f"{n:5}  {k}")


if __name__ == "__main__":
    main()
