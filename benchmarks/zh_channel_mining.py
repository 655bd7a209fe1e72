"""Mine the frames that connect a channel (outlet, platform, medium, intermediary) to a
Chinese attribution cue, over a large unlabeled news collection, and report how often the
pipeline gives the channel as `via`.

Why: the zh channel rules of earlier sessions were written from tune sentences and did not
carry over to unseen news (via recall tune 72.6, test 27.4). Counting the frames over a few
thousand articles of other outlets shows which phrasings are frequent in news at large.

Method. For every attribution the pipeline finds, the clause before its first cue (and the
span between the two parts of a discontinuous cue, 据…报道) is searched for channel
mentions: 《…》 titles, gazetteer outlets, names ending in an outlet head (社/台/报/网/电视台/
通讯社/周刊…), platforms (微博/推特/脸书/Telegram/官网…) and speech events (声明/记者会/采访/
专访/节目/帖文…). Each mention gives a frame: the preposition before it, X for the mention
(outlets, titles, platforms) or the event word itself, the text up to the cue, and the cue
(接受X专访时说, 对X表示, 在X上发文称, 据X报道). Per frame it counts occurrences and how many
the pipeline gives as via (a via span overlapping the mention).

Texts (not committed; fetch the repositories with the project's `fetch` tool):
- Citizen News HK (眾新聞) archive, traditional script, 49,118 articles 2016-2022:
  github hkarchivist/hkcnews-article-archive, commit 635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25
  (a seeded sample; articles sharing a line with evaldata/zh-news/test are skipped).
- THUCNews (新浪, simplified) 1,000 articles, `data/cnews/cnews.val.txt` of github
  qianshuang/dl-exp, commit 0ff7afa0588c61940868d24099c7cbecc8ee9b54.
- evaldata/zh-news/tune and ../shared/eval/zh-dev texts (never the test part).

Run:  .venv/bin/python benchmarks/zh_channel_mining.py --hk GITDIR --thuc GITDIR [--n 3000]
      [--tsv out.tsv] [--top 60]
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import sayso
from sayso.gazetteer import default_gazetteer
from sayso.text import to_simplified

ROOT = Path(__file__).resolve().parent.parent
HK_COMMIT = "635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25"
THUC_COMMIT = "0ff7afa0588c61940868d24099c7cbecc8ee9b54"

_TITLE = r"《[^《》\n]{1,25}》"
_PLATFORM = (r"微博|推特|推文|Twitter|脸书|面书|面子书|Facebook|Telegram|电报|微信公众号|微信|公众号|"
             r"官网|官方网站|网站|社交媒体|社交平台|社群媒体|社交网站|Instagram|IG|YouTube|油管|抖音|"
             r"Threads|专页|帖文|贴文|帖子|Podcast|播客|直播|网志|博客|X平台")
_EVENT = (r"联合声明|声明|新闻发布会|记者会|发布会|记者招待会|专访|采访|访问|访谈|节目|撰文|文章|"
          r"社论|公开信|信中|报告|影片|视频|演讲|讲话|致辞|电邮|邮件|电话")
# the lookaheads keep 报告, 社会, 台湾, 网络 … from ending a name at their first character
_OUTLET_HEAD = (r"[A-Za-z\u4e00-\u9fff]{1,8}?(?:通讯社|新闻社|电视台|广播公司|广播电台|电台|日报|时报|"
                r"晚报|早报|邮报|新闻网|新闻(?![稿处局部界自])|周刊|杂志|社(?![会区交群团工运民])|"
                r"台(?![湾北中南商风上下前后独办])|报(?![告道导名案到警复])|网(?![络民友上页站]))")
_MENTION = re.compile(f"(?P<title>{_TITLE})|(?P<platform>{_PLATFORM})|(?P<event>{_EVENT})|"
                      f"(?P<outlet>{_OUTLET_HEAD})")
_PREPS = ("在接受", "接受了", "接受", "在其", "在他的", "在她的", "在", "对", "向", "通过", "透过",
          "经由", "借", "于", "根据", "据", "告诉", "跟", "与", "给", "引述", "援引", "引用")
_CUTS = _PREPS + ("出席", "回应", "回复", "答复", "发表", "刊登", "表示", "说", "称", "的", "和", "及", "、")
_PUNCT = "，,。；;：:！？!?\n“”「」"
_SENT_END = "。！？!?\n"
# outlet-head matches that are common words, not outlets (社会, 台湾, 报告, 网络 are cut by
# the head list itself; these end in a head char but name no outlet)
_NOT_OUTLET = re.compile(r"(?:公社|合作社|旅行社|出版社|结社|平台|舞台|台上|后台|前台|讲台|上台|下台|"
                         r"出台|电台节目|举报|通报|回报|情报|汇报|简报|警报|上网|网上|网络|联网|"
                         r"新闻|报道|报导|报告|申报|预报|海报|画报)$")


@dataclass
class Hit:
    frame: str
    kind: str
    mention: str
    got: bool
    any_via: bool
    sentence: str
    origin: str


def hk_articles(gitdir: Path, n: int, skip_lines: set[str], seed: int) -> list[tuple[str, str]]:
    names = subprocess.run(["git", f"--git-dir={gitdir}", "ls-tree", "-r", "--name-only", HK_COMMIT],
                           capture_output=True, text=True, check=True).stdout.split()
    names = sorted(p for p in names if p.startswith("articles/") and p.endswith(".md"))
    random.Random(seed).shuffle(names)
    out = []
    batch = subprocess.run(["git", f"--git-dir={gitdir}", "cat-file", "--batch"],
                           input="".join(f"{HK_COMMIT}:{p}\n" for p in names[: n * 2]).encode(),
                           capture_output=True, check=True).stdout
    i, k = 0, 0
    while i < len(batch) and len(out) < n:
        head_end = batch.index(b"\n", i)
        size = int(batch[i:head_end].split()[2])
        body = batch[head_end + 1: head_end + 1 + size].decode("utf-8", "replace")
        i = head_end + 1 + size + 1
        name = names[k]
        k += 1
        text = _strip_markdown(body)
        if len(text) < 200 or any(line in skip_lines for line in text.splitlines()):
            continue
        out.append((f"hkcnews:{name}", text))
    return out


def _strip_markdown(body: str) -> str:
    if body.startswith("---"):
        end = body.find("\n---", 3)
        body = body[end + 4:] if end > 0 else body
    lines = []
    for line in body.splitlines():
        line = line.strip()
        if not line or line.startswith(("{{<", "<img", "![", "#")) or "web.archive.org" in line:
            continue
        lines.append(line)
    return "\n".join(lines)


def thuc_articles(gitdir: Path) -> list[tuple[str, str]]:
    raw = subprocess.run(["git", f"--git-dir={gitdir}", "show", f"{THUC_COMMIT}:data/cnews/cnews.val.txt"],
                         capture_output=True, text=True, check=True).stdout
    out = []
    for i, line in enumerate(raw.splitlines()):
        label, _, text = line.partition("\t")
        if text:
            out.append((f"thucnews:{i}:{label}", text.replace("\u3000", "\n")))
    return out


def _local_articles() -> list[tuple[str, str]]:
    files = sorted((ROOT / "evaldata/zh-news/tune").glob("*.txt"))
    files += sorted((ROOT.parent / "shared/eval/zh-dev").glob("*.md"))
    return [(f"local:{p.name}", p.read_text(encoding="utf-8")) for p in files]


def reserved_test_lines() -> set[str]:
    """Long lines of the reserved test texts: mined articles holding one are skipped."""
    out = set()
    for p in (ROOT / "evaldata/zh-news/test").glob("*.txt"):
        out.update(line.strip() for line in p.read_text(encoding="utf-8").splitlines()
                   if len(line.strip()) >= 30)
    return out


def _mentions(s: str, a: int, b: int, gaz_spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = [(x, y, "outlet") for x, y in gaz_spans if a <= x and y <= b]
    for m in _MENTION.finditer(s, a, b):
        kind = m.lastgroup or ""
        x, y = m.span()
        if kind == "outlet":
            # 姚松炎接受众新闻: the lazy match starts at the window; the name starts after the
            # last preposition or verb inside it
            cut = max((s.rfind(w, x, y - 1) + len(w) for w in _CUTS if s.rfind(w, x, y - 1) >= 0),
                      default=x)
            x = max(x, cut)
            if _NOT_OUTLET.search(s, x, y) or y - x < 2:
                continue
        if any(fx <= x < fy or x <= fx < y for fx, fy, _ in found):
            continue
        found.append((x, y, kind))
    return found


def _frame(s: str, x: int, y: int, kind: str, cue_a: int, cue: str, lo: int) -> str:
    pre = next((p for p in _PREPS if s.endswith(p, lo, x)), "")
    mid = s[y:cue_a]
    if len(mid) > 10:
        mid = "…" + mid[-4:]
    mark = s[x:y] if kind == "event" else ("P" if kind == "platform" else "X")
    return f"{pre}{mark}{mid}{cue}"


def mine(articles: list[tuple[str, str]]) -> list[Hit]:
    from rich.progress import track

    gaz = default_gazetteer()
    hits: list[Hit] = []
    for origin, text in track(articles, description="mining"):
        s = to_simplified(text)
        if len(s) != len(text):
            continue
        gaz_spans = [(a, b) for a, b, _ in gaz.find_all(text)]
        for att in sayso.analyze(text, language="zh").attributions:
            if not att.cue:
                continue
            c0 = att.cue[0]
            lo = c0.start
            while lo > 0 and s[lo - 1] not in _SENT_END and c0.start - lo < 40:
                lo -= 1
            windows = [(lo, c0.start, c0.text)]
            if len(att.cue) > 1 and att.cue[1].start - c0.end <= 30:
                windows.append((c0.end, att.cue[1].start, f"{c0.text}…{att.cue[1].text}"))
            hi = c0.end
            while hi < len(s) and s[hi] not in _SENT_END:
                hi += 1
            for a, b, cue in windows:
                for x, y, kind in _mentions(s, a, b, gaz_spans):
                    if att.source is not None and att.source.start < y and x < att.source.end:
                        continue  # 路透社报道: the outlet speaks itself, no channel
                    if b - y > 12 or any(ch in s[y:b] for ch in "。；;“”「」"):
                        continue  # too far from the cue to be its channel
                    frame = _frame(s, x, y, kind, b, cue.split("…")[-1], a)
                    if "…" in cue:
                        frame = cue.split("…")[0] + frame
                    got = any(v.start < y and x < v.end for v in att.via)
                    hits.append(Hit(frame, kind, text[x:y], got, bool(att.via), text[lo:hi + 1], origin))
    return hits


def report(hits: list[Hit], top: int) -> None:
    from rich.console import Console
    from rich.table import Table

    by = defaultdict(list)
    for h in hits:
        by[h.frame].append(h)
    table = Table(title=f"channel frames ({len(hits)} mentions near a cue)")
    for col in ("frame", "n", "via", "any via", "example"):
        table.add_column(col)
    for frame, hs in sorted(by.items(), key=lambda kv: -len(kv[1]))[:top]:
        ex = hs[0]
        table.add_row(frame, str(len(hs)), str(sum(h.got for h in hs)), str(sum(h.any_via for h in hs)),
                      f"{ex.mention} | {ex.sentence[:60]}")
    Console(width=200).print(table)
    kinds = Counter(h.kind for h in hits)
    print("by kind:", dict(kinds), "via:", dict(Counter(h.kind for h in hits if h.got)))


def missed(hits: list[Hit], top: int) -> None:
    """The frames whose mention the pipeline does not give as via, most frequent first."""
    by = defaultdict(list)
    for h in hits:
        if not h.got:
            by[h.frame].append(h)
    for frame, hs in sorted(by.items(), key=lambda kv: -len(kv[1]))[:top]:
        print(f"== {frame}  {len(hs)}")
        for h in hs[:3]:
            print(f"   [{h.mention}] {h.sentence[:90]}  ({h.origin})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hk", type=Path, help="git dir of hkarchivist/hkcnews-article-archive")
    ap.add_argument("--thuc", type=Path, help="git dir of qianshuang/dl-exp")
    ap.add_argument("--n", type=int, default=3000, help="hkcnews articles to sample")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--tsv", type=Path, help="write every mention (frame, via?, sentence, origin)")
    ap.add_argument("--missed", type=int, default=0, help="print N frames the pipeline misses, with examples")
    ap.add_argument("--only", choices=("hk", "thuc", "local"), help="mine one collection only")
    args = ap.parse_args()
    arts: list[tuple[str, str]] = []
    if args.hk and args.only in (None, "hk"):
        arts += hk_articles(args.hk, args.n, reserved_test_lines(), args.seed)
    if args.thuc and args.only in (None, "thuc"):
        arts += thuc_articles(args.thuc)
    if args.only in (None, "local"):
        arts += _local_articles()
    print(f"{len(arts)} articles")
    hits = mine(arts)
    report(hits, args.top)
    if args.missed:
        missed(hits, args.missed)
    if args.tsv:
        with args.tsv.open("w", encoding="utf-8") as f:
            for h in hits:
                f.write(f"{h.frame}\t{h.kind}\t{h.mention}\t{int(h.got)}\t{int(h.any_via)}\t"
                        f"{h.sentence.replace(chr(9), ' ').replace(chr(10), ' ')}\t{h.origin}\n")


if __name__ == "__main__":
    main()
