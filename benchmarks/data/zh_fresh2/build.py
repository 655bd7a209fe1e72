"""Rebuild the fresh Chinese pages of this folder from two public repositories (texts not kept).

The articles are in no evaluation split and were not used before issue #15's third round:

- `cNN.txt`: lines of `data/cnews/cnews.val.txt` in qianshuang/dl-exp (THUCNews sample of Sina,
  中新网, 中广网 news, 2008-2009: politics, sports, finance, entertainment); the headline, glued to
  the body in that file, is put on its own line.
- `hNN.txt`: hkcnews.com articles from hkarchivist/hkcnews-article-archive (眾新聞, Hong Kong,
  2018-2021), front matter, figures, link targets and the subscription footer dropped.

Fetch both repositories with the `fetch` tool, then:

    python benchmarks/data/zh_fresh2/build.py /work/.mirror
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (file, line index in cnews.val.txt)
CNEWS = [("c01", 37), ("c02", 977), ("c03", 319), ("c04", 71), ("c05", 614), ("c06", 463),
         ("c07", 798), ("c08", 0), ("c09", 837), ("c10", 98), ("c11", 700), ("c12", 807),
         ("c13", 775), ("c14", 917)]
# A second, larger sample read for more error classes (all of it on the fixing side).
CNEWS += [(f"c{n}", i) for n, i in zip(range(15, 40), (
    818, 285, 2, 553, 687, 855, 33, 248, 774, 229, 366, 227, 827, 959, 515, 590, 769, 579, 119,
    918, 826, 435, 604, 808, 51), strict=True)]
HKCNEWS = [("h01", 30749), ("h02", 17968), ("h03", 10496), ("h04", 48328), ("h05", 16756),
           ("h06", 49497), ("h07", 47999), ("h08", 28518), ("h09", 37550), ("h10", 49664)]
HKCNEWS += [(f"h{n}", i) for n, i in zip(range(11, 31), (
    13779, 44411, 26196, 31569, 43329, 44535, 24054, 28417, 7782, 14046, 27181, 26904, 33779,
    9677, 46917, 20537, 27517, 26488, 41577, 27738), strict=True)]
DATELINE = re.compile(r"(新浪\w{2}讯|中新网\d|新华网|中广网|中国台湾网|新快报讯|记者昨日)")


def show(git_dir: Path, path: str) -> str:
    return subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
                          capture_output=True, text=True, check=True).stdout


def cnews(text: str) -> str:
    m = DATELINE.search(text)
    if m and m.start() > 5:
        return text[:m.start()].rstrip() + "\n" + text[m.start():]
    head = re.match(r"[^ “]{4,30}[ ]", text)  # 王炯：不重暴利重长远 “…
    return text[:head.end()].rstrip() + "\n" + text[head.end():] if head else text


def hkcnews(md: str) -> str:
    body = md.split("\n---\n", 1)[1]
    body = re.sub(r"<figure>.*?</figure>", "", body, flags=re.S)
    body = re.sub(r"<[^>]+>", "", body).replace("**", "").replace("{{}}", "")
    body = re.sub(r"^#+\s*", "", body, flags=re.M)
    body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)
    body = re.sub(r"\[([^\]]*)\]\((https?://[^)]*)\)", r"\1", body)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return re.split(r"\n[^\n]*(支持眾新聞|訂閱|贊助)", body)[0]


def main(mirror: Path) -> None:
    rows = show(mirror / "qianshuang+dl-exp/repo", "data/cnews/cnews.val.txt").splitlines()
    for name, i in CNEWS:
        (HERE / f"{name}.txt").write_text(cnews(rows[i].split("\t", 1)[1].strip()) + "\n",
                                          encoding="utf-8")
    hk = mirror / "hkarchivist+hkcnews-article-archive/repo"
    for name, n in HKCNEWS:
        lo = (n - 1) // 1000 * 1000 + 1
        md = show(hk, f"articles/{lo}-{lo + 999}/article_{n}.md")
        (HERE / f"{name}.txt").write_text(hkcnews(md) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror"))
