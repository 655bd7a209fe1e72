"""Rebuild the THUCNews and hkcnews pages of this folder (kept in the repository as `*.txt`).

Fresh Chinese pages of all genres for attribution precision (round 10, branch zhprec10), in no
evaluation split and used by no earlier round:

- `tNN.txt`: lines of `data/cnews/cnews.test.txt` in qianshuang/dl-exp (THUCNews sample, Sina and
  others, 2008-2009; that file is byte-identical to `cnews.val.txt`, so the lines were checked
  against every line cited by earlier rounds, zh-dev's cnews-* articles and the tests): two
  articles of 350 to 1,300 characters from each of the ten genres, drawn with `random.seed(10)`
  among those naming a common cue word.
- `hNN.txt`: hkcnews.com articles (眾新聞, Hong Kong, traditional) from
  hkarchivist/hkcnews-article-archive, numbers not used before.

The `wNN.txt` pages are the openings of web pages as the `search` tool's pages corpus stores
them (SOURCES.md gives the addresses); they are not rebuilt here.

    python benchmarks/data/zhprec10/build.py /work/.mirror
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (file, line index in cnews.test.txt, genre)
CNEWS = [("t01", 54, "体育"), ("t02", 898, "体育"), ("t03", 530, "时政"), ("t04", 629, "时政"),
         ("t05", 3, "财经"), ("t06", 737, "财经"), ("t07", 210, "时尚"), ("t08", 616, "时尚"),
         ("t09", 382, "家居"), ("t10", 669, "家居"), ("t11", 233, "游戏"), ("t12", 885, "游戏"),
         ("t13", 57, "科技"), ("t14", 874, "科技"), ("t15", 387, "房产"), ("t16", 498, "房产"),
         ("t17", 75, "娱乐"), ("t18", 354, "娱乐"), ("t19", 465, "教育"), ("t20", 984, "教育")]
# Half C, drawn after every fix was committed (random.seed(1011), lines not used above or before)
# and judged once, blind, on main and on the branch.
CNEWS += [("x01", 678, "体育"), ("x02", 505, "娱乐"), ("x03", 41, "家居"), ("x04", 601, "家居"),
          ("x05", 242, "房产"), ("x06", 896, "教育"), ("x07", 809, "时尚"), ("x08", 583, "时尚"),
          ("x09", 913, "时政"), ("x10", 978, "游戏"), ("x11", 704, "游戏"), ("x12", 911, "科技"),
          ("x13", 520, "科技"), ("x14", 241, "财经")]
HKCNEWS = [("h01", 40536), ("h02", 41779), ("h03", 11656), ("h04", 46636), ("h05", 43334),
           ("h06", 46275), ("x15", 40551), ("x16", 46983), ("x17", 6748), ("x18", 43726)]


def _fresh2():
    spec = importlib.util.spec_from_file_location("fresh2", HERE.parent / "zh_fresh2" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(mirror: Path) -> None:
    f2 = _fresh2()  # the same clean-up as the previous round's pages
    dl = mirror / "qianshuang+dl-exp" / "repo"
    lines = f2.show(dl, "data/cnews/cnews.test.txt").splitlines()
    for name, i, genre in CNEWS:
        label, text = lines[i].split("\t", 1)
        assert label == genre, (name, label)
        (HERE / f"{name}.txt").write_text(f2.cnews(text) + "\n", encoding="utf-8")
    hk = mirror / "hkarchivist+hkcnews-article-archive" / "repo"
    for name, n in HKCNEWS:
        lo = (n - 1) // 1000 * 1000 + 1
        md = f2.show(hk, f"articles/{lo}-{lo + 999}/article_{n}.md")
        (HERE / f"{name}.txt").write_text(f2.hkcnews(md) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
