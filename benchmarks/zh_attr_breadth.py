"""Every Chinese attribution (cue, source, stance, certainty, content) over broad unlabeled text,
to count how many outputs a change alters and read them (the breadth check of a fix).

Text: THUCNews (qianshuang/dl-exp `data/cnews/cnews.val.txt`, 1,000 articles of ten genres) and a
sample of hkcnews articles (hkarchivist/hkcnews-article-archive, every 245th file under
`articles/`, 200 files, as .txt). Dump before and after a change, then compare the rows by
(article, cue offset, cue):

    git --git-dir=/work/.mirror/qianshuang+dl-exp/repo show HEAD:data/cnews/cnews.val.txt > cnews.val.txt
    git --git-dir=/work/.mirror/hkarchivist+hkcnews-article-archive/repo ls-tree -r --name-only HEAD \\
        | grep '^articles/' | awk 'NR%245==0' | head -200 > hklist.txt   (then `git show` each to hk/)
    .venv/bin/python benchmarks/zh_attr_breadth.py cnews.val.txt hk before.tsv
    (change the code)
    .venv/bin/python benchmarks/zh_attr_breadth.py cnews.val.txt hk after.tsv
    diff before.tsv after.tsv

Each row: article (thN = line N+1 of the THUCNews file, or the hkcnews file stem), cue offset,
cue parts joined by +, source, stance, certainty, content parts joined by " | ". With `--entity`
(the breadth of a linking change, issue #15) the source column also names the source's entity
(`source => entity name`). With `--via`
(the breadth of a channel change) the last three columns are instead the via strings joined by
" | " and the 50 characters around the cue. `--limit N` reads only the first N THUCNews lines.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.progress import track

import sayso


def rows(tag: str, text: str, via: bool = False, entity: bool = False) -> list[str]:
    analysis = sayso.analyze(text, language="zh")
    t = analysis.document.text
    out = []
    for a in analysis.attributions:
        cue = "+".join(t[s.start:s.end] for s in a.cue)
        src = a.source.text if a.source else "-"
        if entity and a.source and a.source.entity:
            src += f" => {analysis.entity(a.source.entity).name}"
        off = a.cue[0].start if a.cue else a.start
        if via:
            around = t[max(0, off - 40):off + 10].replace("\n", "⏎")
            out.append(f"{tag}\t{off}\t{cue}\t{src}\t{' | '.join(v.text for v in a.via)}\t{around}")
        else:
            content = " | ".join(t[s.start:s.end] for s in a.content).replace("\n", "⏎")
            out.append(f"{tag}\t{off}\t{cue}\t{src}\t{a.stance}\t{a.certainty}\t{content}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("thucnews", type=Path, help="cnews.val.txt (label<TAB>text per line)")
    ap.add_argument("hkcnews", type=Path, help="a folder of hkcnews articles as .txt")
    ap.add_argument("out", type=Path)
    ap.add_argument("--via", action="store_true", help="dump channels instead of stance and content")
    ap.add_argument("--entity", action="store_true", help="name each source's entity too")
    ap.add_argument("--limit", type=int, default=0, help="only the first N THUCNews lines")
    args = ap.parse_args()
    err = Console(stderr=True)
    lines = args.thucnews.read_text(encoding="utf-8").split("\n")
    if args.limit:
        lines = lines[:args.limit]
    out: list[str] = []
    for i in track(range(len(lines)), description="THUCNews", console=err, transient=True):
        if lines[i].strip():
            out += rows(f"th{i}", lines[i].partition("\t")[2], args.via, args.entity)
    for f in track(sorted(args.hkcnews.glob("*.txt")), description="hkcnews", console=err,
                   transient=True):
        out += rows(f.stem, f.read_text(encoding="utf-8"), args.via, args.entity)
    args.out.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
