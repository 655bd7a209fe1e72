"""Every attribution on a sample of THUCNews articles, to count how often a change fires.

A precision filter is judged by its breadth on broad unlabeled text of every genre, not by one
tune sentence: dump the predictions before and after the change, then diff. The removed rows are
the filter's firings; read a sample of them and count how many were false attributions.

    .venv/bin/python benchmarks/zh_thucnews_firings.py cnews.val.txt > before.tsv
    (change the code)
    .venv/bin/python benchmarks/zh_thucnews_firings.py cnews.val.txt > after.tsv
    diff before.tsv after.tsv | grep '^[<>]' | sort | uniq -c | sort -rn | head

The file is `data/cnews/cnews.val.txt` of qianshuang/dl-exp (THUCNews sample, 1,000 articles of
ten genres, identical to its `cnews.test.txt`; `git --git-dir=/work/.mirror/qianshuang+dl-exp/repo show
HEAD:data/cnews/cnews.val.txt > cnews.val.txt`). Each row: file:line, cue offset, cue, source,
then the 20 characters before the cue, the cue and the 20 after (the firing in context).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import track

import sayso


def rows(path: Path, every: int) -> list[str]:
    out = []
    lines = path.read_text(encoding="utf-8").split("\n")  # file lines, as cited elsewhere
    for i in track(range(0, len(lines), every), description=path.name, console=Console(stderr=True),
                   transient=True):
        genre, _, text = lines[i].partition("\t")
        analysis = sayso.analyze(text, language="zh")
        for a in analysis.attributions:
            if not a.cue:
                continue
            c0, c1 = a.cue[0].start, a.cue[0].end
            ctx = (text[max(0, c0 - 20):c0] + "【" + text[c0:c1] + "】" + text[c1:c1 + 20])
            src = a.source.text if a.source else "-"
            out.append("\t".join([f"{path.name}:{i}", genre, str(c0), "+".join(c.text for c in a.cue),
                                  re.sub(r"\s", " ", src), re.sub(r"\s", " ", ctx)]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--every", type=int, default=1, help="read every n-th article only")
    args = ap.parse_args(argv)
    for f in args.files:
        for r in rows(f, args.every):
            print(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
