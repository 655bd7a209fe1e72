"""Count, on unlabeled breadth text, the Chinese predicted attributions that look like the
spurious classes of round 28 (brief zhprec28), and print each hit with the text around its cue,
to read by hand against ANNOTATION.md. Run it over a `zh_attr_breadth.py` dump made with main
to see a class's size, and over one made with a branch to see what is left:

    python benchmarks/zh_attr_breadth.py cnews.val.txt hk before.tsv
    python benchmarks/zhprec28_census.py cnews.val.txt hk before.tsv [--show CLASS]

Classes (found by their look, on the text folded to simplified Chinese):
  check_whether   确认/核实/证实 + 是否/有否/有没有: verifying, nothing stated
  degree_stress   更/比较/非常 + 强调/注重 with the object glued on: what something stresses
  title_intro     《…》/活动 + 介绍 + colon: a site's 'About X:' block
  noun_cue        确认函, 点确认, 剧情介绍, 可说是, 盘问, 指着/指住: the cue inside a noun or gesture
  frame_then      在…追问下才/又: the questioning frames another's act
  report_negated  报道 + 未有/并未/没有: the report as a noun
  condition       若要/如果要/由此可 + cue: a condition or the writer's inference
  first_person    a source 我/我们/笔者/小编 outside quotation marks (left: mostly interview and
                  speech transcripts, some the author's own narration; needs a turn-aware speaker)
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from sayso.text import to_simplified

_CHECK = re.compile(r"(?:确认|核实|查证|核查|证实)(?=是否|有否|有没有|有无|与否)")
_DEGREE = re.compile(r"(?:更加|更|比较|非常|十分|很|较|越来越|相当|格外)$")
_NOUN_CUES = ("确认函", "点确认", "剧情介绍", "可说是", "盘问", "指着", "指著", "指住")
_CONDITION = re.compile(r"(?:若要|如果要|假如要|倘若要|由此可)$")
_FIRST_PERSON = {"我", "我们", "我們", "笔者", "筆者", "小编", "小編", "本人"}


def _text(tag: str, thucnews: list[str], hk: Path) -> str:
    if tag.startswith("th"):
        return thucnews[int(tag[2:])].partition("\t")[2]
    return (hk / f"{tag}.txt").read_text(encoding="utf-8")


def classify(text: str, off: int, cue: str, source: str) -> str | None:
    """The class a predicted row's look puts it in, or None. `text` is folded to simplified."""
    first = cue.split("+")[0]
    end = off + len(first)
    before, after = text[max(0, off - 4):off], text[end:end + 4]
    if _CHECK.match(text, off):
        return "check_whether"
    if first in ("强调", "注重", "侧重") and _DEGREE.search(before) and after[:1] not in "，,：:“「\"":
        return "degree_stress"
    if first == "介绍" and after[:1] in "：:" and (before.endswith("》") or before.endswith("活动")):
        return "title_intro"
    if any(n in text[max(0, off - 3):end + 3] and first in n for n in _NOUN_CUES):
        return "noun_cue"  # the cue inside one of the words, give or take a character around
    if re.match(r"下[才又]", after) and "在" in text[max(0, off - 12):off]:
        return "frame_then"
    if first in ("报道", "报导") and re.match(r"未有|并未|并没有|未提|未能", after):
        return "report_negated"
    if _CONDITION.search(before):
        return "condition"
    if source in _FIRST_PERSON:
        opened = sum(text[:off].count(c) for c in "“「『") - sum(text[:off].count(c) for c in "”」』")
        return "first_person" if opened <= 0 else None
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("thucnews", type=Path, help="cnews.val.txt (label<TAB>text per line)")
    ap.add_argument("hkcnews", type=Path, help="the folder of hkcnews .txt articles")
    ap.add_argument("dump", type=Path, help="a zh_attr_breadth.py dump")
    ap.add_argument("--show", default="", help="print every hit of this class")
    args = ap.parse_args()
    thucnews = args.thucnews.read_text(encoding="utf-8").split("\n")
    counts: Counter[str] = Counter()
    hits: dict[str, list[str]] = defaultdict(list)
    cache: dict[str, str] = {}
    rows = [r.split("\t") for r in args.dump.read_text(encoding="utf-8").splitlines() if r]
    for tag, off, cue, source, *_ in rows:
        if tag not in cache:
            cache[tag] = to_simplified(_text(tag, thucnews, args.hkcnews))
        text, o = cache[tag], int(off)
        kind = classify(text, o, to_simplified(cue), source)
        if kind:
            counts[kind] += 1
            around = (text[max(0, o - 30):o] + "【" + text[o:o + 30]).replace("\n", "⏎")
            hits[kind].append(f"{tag}\t{cue}\t{source}\t{around}")
    print(f"{len(rows)} rows")
    for kind, n in counts.most_common():
        print(f"{kind:15} {n}")
    for line in hits.get(args.show, []):
        print(line)


if __name__ == "__main__":
    main()
