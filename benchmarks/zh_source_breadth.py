"""Source and channel of every Chinese attribution over unlabeled news, to count what a change moves.

A source-span or channel rule is judged by its breadth (COMMON.md): dump before and after the
change, diff, and read a sample of the changed rows by hand.

    .venv/bin/python benchmarks/zh_source_breadth.py --thuc cnews.val.txt \\
        --hk /work/.mirror/hkarchivist+hkcnews-article-archive/repo --n 400 > after.tsv
    diff before.tsv after.tsv | grep '^[<>]' | less

THUCNews: `data/cnews/cnews.val.txt` of qianshuang/dl-exp (1,000 articles, ten genres);
hkcnews: a seeded sample of Citizen News HK articles (hkarchivist/hkcnews-article-archive, as
`zh_channel_mining.py` reads them). Each row: article, cue offset, cues, source, its entity, vias, context.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import track

import sayso


def _hk(gitdir: Path, n: int) -> list[tuple[str, str]]:
    spec = importlib.util.spec_from_file_location("zh_channel_mining",
                                                  Path(__file__).with_name("zh_channel_mining.py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # (its dataclasses look their module up)
    spec.loader.exec_module(mod)
    return mod.hk_articles(gitdir, n, set(), 11)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--thuc", type=Path, help="THUCNews cnews.val.txt")
    ap.add_argument("--hk", type=Path, help="git dir of hkarchivist/hkcnews-article-archive")
    ap.add_argument("--n", type=int, default=400, help="hkcnews articles to sample")
    args = ap.parse_args(argv)
    docs: list[tuple[str, str]] = []
    if args.thuc:
        for i, line in enumerate(args.thuc.read_text(encoding="utf-8").split("\n")):
            if line.strip():
                docs.append((f"thuc:{i}", line.partition("\t")[2]))
    if args.hk:
        docs += _hk(args.hk, args.n)
    for name, text in track(docs, description="articles", console=Console(stderr=True), transient=True):
        analysis = sayso.analyze(text, language="zh")
        for a in analysis.attributions:
            if not a.cue:
                continue
            c0, c1 = a.cue[0].start, a.cue[0].end
            ctx = text[max(0, c0 - 30):c0] + "【" + text[c0:c1] + "】" + text[c1:c1 + 15]
            ent = analysis.entity(a.source.entity) if a.source and a.source.entity else None
            print("\t".join([name, str(c0), "+".join(c.text for c in a.cue),
                             a.source.text if a.source else "-", ent.name if ent else "-",
                             "|".join(v.text for v in a.via),
                             re.sub(r"\s", " ", ctx)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
