"""Census of channel frames before the cue in `zh_attr_breadth.py --via` dumps (round 25, zhvia25).

For every attribution row, the clause before the cue (the 40 characters the dump keeps, cut at
the last sentence stop) is matched against a broad frame: a preposition (在/于/透过/通过/经/向/对/
接受/据/出席/登上) + up to 16 characters + a channel head (a platform, a document, a programme, a
press event, a generic head character 报/社/台/网/书/博/站/会/文/刊, or a closing title mark) + 上/中/
时 + up to 8 characters. It counts how often such a row carries a via, groups the rows by
preposition + head, and writes the rows without a via (MISSES) and a random 40 of them (seed 25)
for reading by hand. The frame is deliberately loose: most rows it finds without a via are venues
(在立法會上), topics (對「…」的說法) or sources (據…協會), which the README table counts.

    python census.py before-via.tsv [more.tsv ...] --misses misses.tsv --sample sample40.tsv
"""

from __future__ import annotations

import argparse
import collections
import random
import re

PREP = r"(?P<prep>在|于|於|透过|透過|通过|通過|经由|經由|经|經|向|对|對|接受|据|據|出席|登上)"
HEADS = (r"发文|發文|贴文|貼文|撰文|发帖|發帖|帖文|推文|网志|網誌|杂志|雜誌|日志|日誌|媒体|媒體|网站|網站|网页|網頁|"
         r"声明|聲明|网上|網上|网络|網絡|网路|網路|社交网站|社交網站|"
         r"记者会|記者會|新闻稿|新聞稿|公告|节目|節目|专访|專訪|采访|採訪|访问|訪問|访谈|訪談|"
         r"电台|電台|电臺|電臺|电视台|電視台|报|報|社|台|臺|网|網|书|書|博|站|会|會|文|刊|频道|頻道|专栏|專欄|"
         r"专页|專頁|帐号|帳號|账号|微博|脸书|臉書|面书|面書|面簿|facebook|Facebook|Twitter|推特|Instagram|IG|"
         r"YouTube|微信|公众号|朋友圈|电邮|電郵|信|函|短讯|短訊|》|」|”")
FRAME = re.compile(PREP + r"(?P<mid>[^，,。；;：:！？]{0,16}?)(?P<head>" + HEADS + r")(?:上|中|里|裡|內|内|时|時|后|後)?"
                   r"(?P<tail>[^，,。；;：:！？]{0,8})[，,]?$")


def frame_rows(paths: list[str]) -> list[tuple[str, ...]]:
    """(article, offset, cue, source, via, clause, preposition, head) of every row with a frame."""
    rows = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) < 6:
                continue
            tag, off, cue, src, via, around = p[:6]
            before = around[:min(40, int(off))]  # the dump keeps 40 characters before the cue
            clause = before[max(before.rfind(x) for x in "。！？⏎；") + 1:]
            m = FRAME.search(clause)
            if m:
                rows.append((tag, off, cue, src, via, clause, m.group("prep"), m.group("head")))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dumps", nargs="+")
    ap.add_argument("--misses")
    ap.add_argument("--sample")
    args = ap.parse_args()
    rows = frame_rows(args.dumps)
    n, with_via = len(rows), sum(1 for r in rows if r[4])
    print(f"frame rows {n}, with via {with_via} ({100 * with_via / max(n, 1):.1f}%)")
    total: collections.Counter[tuple[str, str]] = collections.Counter()
    found: collections.Counter[tuple[str, str]] = collections.Counter()
    for r in rows:
        total[r[6], r[7]] += 1
        found[r[6], r[7]] += bool(r[4])
    for (prep, head), c in total.most_common(40):
        print(f"{prep}+{head}\t{c}\tvia {found[prep, head]}")
    misses = [r for r in rows if not r[4]]
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as f:
            f.writelines("\t".join(r) + "\n" for r in misses)
    if args.sample:
        random.seed(25)
        with open(args.sample, "w", encoding="utf-8") as f:
            f.writelines("\t".join(r) + "\n" for r in random.sample(misses, min(40, len(misses))))


if __name__ == "__main__":
    main()
