"""Count outlet-shaped names in citing positions over unlabeled Chinese news and list those
the outlet gazetteer does not know: the candidates for `sayso/data/outlets.json`.

Why: outlets missing from the gazetteer are a recurring cause of lost channels on unseen news
(via recall on zh-news test far below tune). Names that news text itself puts where an outlet
stands (据X报道, 向X表示, 接受X访问, X引述…, X报道) and that end in an outlet head (日报, 时报,
周刊, 新闻网, 通讯社, 电视台 …) are counted; the frequent unknown ones are read by hand and
the real outlets added with both scripts (OpenCC). The list is noisy by design (the regular
expression cannot see word boundaries); nothing is added automatically.

Texts as in benchmarks/zh_channel_mining.py (fetch the repositories with the `fetch` tool):
Citizen News HK archive (traditional) and THUCNews (simplified).

Run:  .venv/bin/python benchmarks/zh_outlet_mining.py --hk GITDIR --thuc GITDIR [--n 8000]
      [--seed 7] [--top 150]
Measured (2026-12-06, --n 8000 --seed 7, 9,000 articles): 壹周刊 13, 法国广播电台 10,
理财周报 4, 彭博通讯社 3, 第一财经日报 3, 霍士财经新闻网 2, 美国有线新闻网 2, 华夏时报 2 …
among the unknown names; those that are outlets were added.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from rich.progress import track
from zh_channel_mining import hk_articles, reserved_test_lines, thuc_articles

from sayso.gazetteer import default_gazetteer
from sayso.text import to_simplified

_HEAD = r"(?:日报|时报|晚报|早报|商报|周刊|周报|新闻网|新闻社|通讯社|通信社|电视台|广播电台|电台|新闻台|卫视|杂志|邮报|新闻|网)"
_NAME = r"[\u4e00-\u9fffA-Za-z0-9]{1,8}?" + _HEAD
# an outlet-shaped name after a citing preposition, or before a reporting verb
_CITED = re.compile(r"(?:据|向|接受|对|引述|援引|根据)《?(" + _NAME + r")》?|《?(" + _NAME + r")》?"
                    r"(?:报道|报导|引述|援引|称|指|披露|访问|专访|采访)")
_LEADING = re.compile(r"^(?:的|在|于|是|和|与|及|据|向|对|被|了|也|又|并|而|但|称)+")


def count_unknown(texts: list[str]) -> list[tuple[str, int]]:
    """Outlet-shaped names in citing positions, most frequent first, that the gazetteer lacks."""
    gaz = default_gazetteer()
    counts: Counter[str] = Counter()
    for text in track(texts, description="counting"):
        for m in _CITED.finditer(to_simplified(text)):
            name = _LEADING.sub("", m.group(1) or m.group(2))
            if len(name) >= 3:
                counts[name] += 1
    return [(n, k) for n, k in counts.most_common() if gaz.lookup(n) is None]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hk", type=Path, required=True, help="git dir of hkarchivist/hkcnews-article-archive")
    ap.add_argument("--thuc", type=Path, required=True, help="git dir of qianshuang/dl-exp")
    ap.add_argument("--n", type=int, default=8000, help="Citizen News articles to sample")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--top", type=int, default=150)
    args = ap.parse_args()
    texts = [t for _, t in hk_articles(args.hk, args.n, reserved_test_lines(), args.seed)]
    texts += [t for _, t in thuc_articles(args.thuc)]
    print(f"{len(texts)} articles")
    for name, k in count_unknown(texts)[:args.top]:
        print(k, name)


if __name__ == "__main__":
    main()
