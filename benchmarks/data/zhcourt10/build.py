"""Rebuild the fresh Chinese court pages of this folder (issue #15, round 10, branch zhcourt10).

Hong Kong court and hearing reports of 眾新聞 (hkcnews.com, traditional, 2017-2021) from
hkarchivist/hkcnews-article-archive @ 635cc02f: drawn at random (seed 10) among articles with at
least four mentions of 裁判官/法官, 600-3000 characters after cleaning, whose id is in no earlier
source list (benchmarks/data/*, evaldata/*). Mainland 法院 reports: lines of
`data/cnews/cnews.val.txt` in qianshuang/dl-exp @ 0ff7afa0 (THUCNews) mentioning 法院 and 法官.
Odd-numbered files are half A (read to fix), even-numbered half B (counted only). Cleaning is the
one of ../zh_fresh2/build.py. Fetch both repositories with the `fetch` tool, then:

    python benchmarks/data/zhcourt10/build.py /work/.mirror
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

HKCNEWS = [45086, 47044, 38830, 45618, 43319, 48828, 49446, 37177, 7986, 17622, 33794, 36407]
CNEWS = [610, 25, 141]


def main(mirror: Path) -> None:
    hk = mirror / "hkarchivist+hkcnews-article-archive/repo"
    for n, i in enumerate(HKCNEWS, start=1):
        lo = (i - 1) // 1000 * 1000 + 1
        md = fresh2.show(hk, f"articles/{lo}-{lo + 999}/article_{i}.md")
        (HERE / f"c{n:02d}.txt").write_text(fresh2.hkcnews(md) + "\n", encoding="utf-8")
    rows = fresh2.show(mirror / "qianshuang+dl-exp/repo", "data/cnews/cnews.val.txt").splitlines()
    for n, i in enumerate(CNEWS, start=1):
        (HERE / f"m{n:02d}.txt").write_text(fresh2.cnews(rows[i].split("\t", 1)[1].strip()) + "\n",
                                          encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror"))
