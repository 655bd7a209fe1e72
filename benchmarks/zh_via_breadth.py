"""Every Chinese channel (`via`) over broad unlabeled text, to count how many outputs a channel
change alters and read a sample of them (the breadth check of a fix).

Same text as `zh_attr_breadth.py` (THUCNews `cnews.val.txt`, a folder of hkcnews .txt files; its
docstring says how to get them). Dump before and after a change, then compare:

    .venv/bin/python benchmarks/zh_via_breadth.py cnews.val.txt hk before.tsv [--limit N]
    (change the code)
    .venv/bin/python benchmarks/zh_via_breadth.py cnews.val.txt hk after.tsv [--limit N]
    diff before.tsv after.tsv

Each row: article (thN = line N+1 of the THUCNews file, or the hkcnews file stem), cue offset,
cue parts joined by +, source, via strings joined by " | ", and the sentence around the cue.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.progress import track

import sayso


def rows(tag: str, text: str) -> list[str]:
    analysis = sayso.analyze(text, language="zh")
    t = analysis.document.text
    out = []
    for a in analysis.attributions:
        cue = "+".join(t[s.start:s.end] for s in a.cue)
        src = a.source.text if a.source else "-"
        off = a.cue[0].start if a.cue else a.start
        around = t[max(0, off - 40):off + 10].replace("\n", "⏎")
        out.append(f"{tag}\t{off}\t{cue}\t{src}\t{' | '.join(v.text for v in a.via)}\t{around}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("thucnews", type=Path, help="cnews.val.txt (label<TAB>text per line)")
    ap.add_argument("hkcnews", type=Path, help="a folder of hkcnews articles as .txt")
    ap.add_argument("out", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="only the first N THUCNews lines")
    args = ap.parse_args()
    err = Console(stderr=True)
    lines = args.thucnews.read_text(encoding="utf-8").split("\n")
    if args.limit:
        lines = lines[:args.limit]
    out: list[str] = []
    for i in track(range(len(lines)), description="THUCNews", console=err, transient=True):
        if lines[i].strip():
            out += rows(f"th{i}", lines[i].partition("\t")[2])
    for f in track(sorted(args.hkcnews.glob("*.txt")), description="hkcnews", console=err,
                   transient=True):
        out += rows(f.stem, f.read_text(encoding="utf-8"))
    args.out.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
