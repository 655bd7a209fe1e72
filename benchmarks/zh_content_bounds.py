"""Each inexact Chinese content pair's two boundaries: where the predicted start and end lie
against the gold's (early / late / ok) and what the characters between them hold.

Pairs are the scorer's (`sayso.eval.score.score_document`), one line per inexact pair, then the
counts per (start, end) class. Open sets and zh-dev only (never a test split):

    python benchmarks/zh_content_bounds.py FOLDER [FOLDER ...] [--counts]

A boundary class names the difference: `quote` (only quotation marks), `punct` (only
punctuation), `sent` (crosses a sentence end 。！？), `clause` (crosses ，；：), `frame`
(他说/表示/称 … left in or out), else `words`.
"""

from __future__ import annotations

import argparse
import collections

from sayso.eval.gold import discover
from sayso.eval.score import score_document
from sayso.pipeline import run

QUOTES = set("“”「」『』\"'‘’")
PUNCT = set("。！？!?；;，,…：:、 \n")
FRAME_WORDS = ("说", "說", "表示", "称", "稱", "指出", "强调", "強調", "认为", "認為")


def _kind(chars: str) -> str:
    if not chars:
        return "ok"
    if set(chars) <= QUOTES:
        return "quote"
    if set(chars) <= QUOTES | PUNCT:
        return "punct"
    if set(chars.rstrip("。！？\n”」")) & set("。！？\n"):
        return "sent"
    if any(w in chars for w in FRAME_WORDS) and len(chars) <= 12:
        return "frame"
    if set(chars) & set("，,；;：:"):
        return "clause"
    return "words"


def boundaries(text: str, gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> tuple[str, str]:
    """The start and end class of a predicted content against the gold (outer bounds only)."""
    gs, ge = min(s for s, _ in gold), max(e for _, e in gold)
    ps, pe = min(s for s, _ in pred), max(e for _, e in pred)
    if ps < gs:
        start = "early:" + _kind(text[ps:gs])
    elif ps > gs:
        start = "late:" + _kind(text[gs:ps])
    else:
        start = "ok"
    if pe > ge:
        end = "late:" + _kind(text[ge:pe])
    elif pe < ge:
        end = "early:" + _kind(text[pe:ge])
    else:
        end = "ok"
    if start == end == "ok":
        start = end = f"parts {len(gold)}/{len(pred)}"
    return start, end


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--counts", action="store_true", help="counts only")
    args = ap.parse_args()
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for folder in args.folders:
        for case in discover(folder):
            doc = case.read()
            gold = case.load(doc)
            analysis = run(doc)
            text = doc.text
            for pair in score_document(gold, analysis).pairs:
                g = [(c.start, c.end) for c in gold.attributions[pair.gold].content]
                p = [(c.start, c.end) for c in analysis.attributions[pair.pred].content]
                if sorted(g) == sorted(p) or not g or not p:
                    continue
                key = boundaries(text, g, p)
                counts[key] += 1
                if not args.counts:
                    gs, ge = min(s for s, _ in g), max(e for _, e in g)
                    ps, pe = min(s for s, _ in p), max(e for _, e in p)
                    lo, hi = min(gs, ps), max(ge, pe)
                    ctx = text[max(0, lo - 25):lo] + "⟦" + text[lo:hi].replace("\n", "⏎") + "⟧" \
                        + text[hi:hi + 15]
                    print(f"{case.id}#{pair.gold}\t{key[0]}\t{key[1]}")
                    print(f"   G: {' || '.join(text[s:e] for s, e in sorted(g))[:300]}")
                    print(f"   P: {' || '.join(text[s:e] for s, e in sorted(p))[:300]}")
                    print(f"   C: {ctx.replace(chr(10), '⏎')[:400]}")
    for (s, e), n in counts.most_common():
        print(f"{n:5d}  start {s:16s} end {e}")
    print(f"{sum(counts.values()):5d}  inexact pairs")


if __name__ == "__main__":
    main()
