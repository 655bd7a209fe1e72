"""Census of two Chinese content-end classes on unlabeled text (round 28, zhcontent28):
contents that stop right before their sentence's question mark (？/?) by stance, and transcript
turns (林剑：… / 答：…) whose content stops right before the paragraph's final 。. Each hit is
printed with its cue and the content's last characters, then the counts:

    python benchmarks/zh_end_punct_census.py /work/r28/breadth/hk [--thucnews cnews.val.txt --limit N]

Run it on the code before a change to count the class, after it to see what is left.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

import sayso


def hits(tag: str, text: str, counts: collections.Counter[str]) -> list[str]:
    analysis = sayso.analyze(text, language="zh")
    t = analysis.document.text
    out = []
    for a in analysis.attributions:
        if not a.content:
            continue
        end = a.content[-1].end
        nxt = t[end:end + 1]
        cue = "+".join(c.text for c in a.cue)
        if nxt in ("？", "?"):
            counts[f"stops before ？ ({a.stance})"] += 1
            out.append(f"{tag}\t?\t{cue}\t{a.stance}\t…{t[max(0, end - 25):end + 1]}")
        elif a.evidence.startswith("transcript") and nxt == "。" and t[end + 1:end + 2] in ("\n", ""):
            counts["turn stops before its final 。"] += 1
            out.append(f"{tag}\t。\t{cue}\t{a.stance}\t…{t[max(0, end - 25):end + 1]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="a folder of .txt articles (hkcnews breadth)")
    ap.add_argument("--thucnews", type=Path, help="cnews.val.txt (label<TAB>text per line)")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    for f in sorted(args.folder.glob("*.txt")):
        print("\n".join(hits(f.stem, f.read_text(encoding="utf-8"), counts)))
    if args.thucnews:
        lines = args.thucnews.read_text(encoding="utf-8").split("\n")
        for i, line in enumerate(lines[:args.limit or None]):
            if line.strip():
                print("\n".join(hits(f"th{i}", line.partition("\t")[2], counts)))
    for k, n in counts.most_common():
        print(f"{n:5d}  {k}")


if __name__ == "__main__":
    main()
