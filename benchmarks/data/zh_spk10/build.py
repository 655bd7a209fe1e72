"""Rebuild the fresh Chinese pages of this folder (issue #15, round 10) from two public repositories.

In no evaluation split and not read by earlier rounds (zh_fresh, zh_fresh2, zh_fresh_bound,
evaldata): drawn at random (seeds 10 and 1010) among articles with at least four or five verbs
of saying, 400-3000 characters.

- `tNN.txt`: lines of `data/cnews/cnews.val.txt` in qianshuang/dl-exp @ 0ff7afa0 (THUCNews sample,
  Sina / 中新网 2008-2009; politics, finance, sports, entertainment; simplified).
- `kNN.txt`: hkcnews.com articles of hkarchivist/hkcnews-article-archive @ 635cc02f (眾新聞, Hong
  Kong 2017-2021; traditional).

Odd-numbered files are half A (read to find and fix error classes), even-numbered half B (only
counted before and after). Cleaning is the one of ../zh_fresh2/build.py. Fetch both repositories
with the `fetch` tool, then:

    python benchmarks/data/zh_spk10/build.py /work/.mirror
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("fresh2_build", HERE.parent / "zh_fresh2" / "build.py")
assert _spec and _spec.loader
fresh2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fresh2)

# 时政 195 217 470 893, 财经 13 19 680 906, 体育 5 822 916, 娱乐 75 744 878
CNEWS = [(f"t{n:02d}", i) for n, i in enumerate(
    (195, 13, 5, 75, 217, 19, 822, 744, 470, 680, 916, 878, 893, 906), start=1)]
HKCNEWS = [(f"k{n:02d}", i) for n, i in enumerate(
    (655, 2431, 13339, 13644, 13816, 14069, 14409, 14939, 28014, 29815, 40136, 40613, 41754,
     45291, 45460, 45880, 48381, 49387), start=1)]


def main(mirror: Path) -> None:
    rows = fresh2.show(mirror / "qianshuang+dl-exp/repo", "data/cnews/cnews.val.txt").splitlines()
    for name, i in CNEWS:
        (HERE / f"{name}.txt").write_text(fresh2.cnews(rows[i].split("\t", 1)[1].strip()) + "\n",
                                          encoding="utf-8")
    hk = mirror / "hkarchivist+hkcnews-article-archive/repo"
    for name, n in HKCNEWS:
        lo = (n - 1) // 1000 * 1000 + 1
        md = fresh2.show(hk, f"articles/{lo}-{lo + 999}/article_{n}.md")
        (HERE / f"{name}.txt").write_text(fresh2.hkcnews(md) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror"))
