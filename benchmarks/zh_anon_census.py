"""Census of Chinese `anonymous` certainty errors on unlabeled text, found by their look.

Three shapes, each counted over THUCNews val and the hkcnews sample (the breadth texts of
`benchmarks/zh_attr_breadth.py`), with up to `--sample N` rows of each printed to read by hand:

- `repaired`: a source the entity stage repairs after the certainty was set (包括有保守党议员 ->
  有保守黨議員, 美国官员曾淡化该高空气球…并 -> 美國官員): the certainty was judged on the first
  span. Counted both ways: the final span names no one but the row is asserted (`repaired+`), or
  the final span names someone but the row is anonymous by its first span only (`repaired-`).
- `responsible`: an unnamed 相关负责人 / 有关负责人 (ANNOTATION parts C, O, Q, R: anonymous) and other
  generic unnamed nouns the lists lack (网民, 目击者, 当地居民, 一名…员工), with their certainty.
- `hedged`: an `unconfirmed` row whose hedge stands inside the speaker's own content, before 的
  (不要散播未经证实的信息: the speaker's words about some rumour, not the text doubting the row).

    PYTHONPATH=. .venv/bin/python benchmarks/zh_anon_census.py /work/r28/breadth/cnews.val.txt \\
        /work/r28/breadth/hk [--sample 30]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

import sayso
from sayso.lang.zh import extract as zh_extract
from sayso.lang.zh.certainty import unnamed_source

_GENERIC = re.compile("(?:相关|有关)负责人$|网民$|目击者$|目击证人$|当地居民$|村民$|员工$|匿名|"
                      "不愿具名|不具名|有关部门$|相关部门$")

_captured: list = []
_candidates = zh_extract.candidates


def _capture(doc):  # keep the ChineseDoc and its candidates of the last text analysed
    cands = _candidates(doc)
    _captured[:] = [doc, {tuple(c.cue): c.src for c in cands}]
    return cands


def census(tag: str, text: str, found: dict[str, list[str]]) -> None:
    analysis = sayso.analyze(text, language="zh")
    if not _captured:
        return
    doc, first = _captured
    t = analysis.document.text
    for a in analysis.attributions:
        line = f"{tag}\t{a.source.text if a.source else '-'}\t{a.certainty}\t" + \
            " | ".join(t[s.start:s.end] for s in a.content)[:80].replace("\n", " ")
        src = first.get(tuple((s.start, s.end) for s in a.cue))
        if a.source is not None and src is not None and (a.source.start, a.source.end) != src:
            now = unnamed_source(doc, a.source.start, a.source.end)
            if now and a.certainty == "asserted":
                found["repaired+"].append(line + f"\t(first: {t[src[0]:src[1]]})")
            elif not now and a.certainty == "anonymous" and unnamed_source(doc, *src):
                found["repaired-"].append(line + f"\t(first: {t[src[0]:src[1]]})")
        if a.source is not None and _GENERIC.search(doc.s[a.source.start:a.source.end]):
            found["responsible"].append(line)
        if a.certainty == "unconfirmed" and any(
                ca <= m.start() < cb and doc.s.startswith("的", m.end())
                for m in doc.lex.hedge_re.finditer(doc.s) for ca, cb in
                ((s.start, s.end) for s in a.content)):
            found["hedged"].append(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("thucnews", type=Path, help="cnews.val.txt (label<TAB>text per line)")
    ap.add_argument("hkcnews", type=Path, help="a folder of hkcnews articles as .txt")
    ap.add_argument("--sample", type=int, default=30, help="rows of each shape to print")
    args = ap.parse_args()
    zh_extract.candidates = _capture
    found: dict[str, list[str]] = {k: [] for k in ("repaired+", "repaired-", "responsible", "hedged")}
    for i, line in enumerate(args.thucnews.read_text(encoding="utf-8").split("\n")):
        if line.strip():
            _captured.clear()
            census(f"th{i}", line.partition("\t")[2], found)
    for f in sorted(args.hkcnews.glob("*.txt")):
        _captured.clear()
        census(f.stem, f.read_text(encoding="utf-8"), found)
    rng = random.Random(0)
    for kind, rows in found.items():
        print(f"== {kind}: {len(rows)}")
        if kind == "responsible":
            print("   by certainty:", dict(Counter(r.split("\t")[2] for r in rows)))
        for r in rng.sample(rows, min(args.sample, len(rows))):
            print("  ", r)


if __name__ == "__main__":
    main()
