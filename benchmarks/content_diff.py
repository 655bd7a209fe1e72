"""Why exact content spans differ: gold vs predicted content ranges, classified and counted.

Run by hand on tune/dev material only (never on a `test/` split):

    .venv/bin/python benchmarks/content_diff.py ../shared/eval/en-polnear/dev evaldata/en-news/tune
    .venv/bin/python benchmarks/content_diff.py PATH --show CLASS [--limit N]

Exact content F1 (`sayso eval`, `exact_spans.content`) compares the set of gold (start, end)
pairs with the predicted ones, each part of a multi-part content its own span. Every gold span
that no prediction equals is counted once here, by the first class that explains it:

- *attribution missed*: no prediction matched the gold attribution (Dice >= 0.5);
- over matched pairs, part by part (gold part against the predicted part it overlaps most):
  *no predicted part* overlaps it, *parts merged* (one predicted part covers two gold parts),
  *part split* (two predicted parts inside one gold part), else the boundaries: the start and
  the end each *ok*, *longer* or *shorter*, named by what the difference holds (`that`, a quote
  mark, punctuation, a frame `, he said`, a sentence break, words).

Predicted spans that equal no gold span are counted the same way from the other side
(*spurious attribution* vs the boundary classes), so that precision losses are visible too.
Predicted content is read in the gold's convention, as the scorer reads it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from sayso.eval.command import evaluate_path
from sayso.eval.score import polnear_content
from sayso.model import Span

SENTENCE_BREAK = re.compile(r"[.?!][\"”’']*\s+[\"“‘]?[A-Z]|\n")
FRAME = re.compile(r"^[\s,;:\"”’'.]*(\w+\s+){0,5}?(said|says|told|added|asked|wrote|according|"
                   r"explained|noted|argued|stated|insisted|claimed)\b", re.I)
QUOTE_CHARS = set("\"“”‘’'`«»")


def _what(piece: str) -> str:
    """A short name for the text that one side has and the other not."""
    s = piece.strip()
    if not s:
        return "space"
    if all(ch in QUOTE_CHARS for ch in s):
        return "quote"
    if all(ch in QUOTE_CHARS or ch in ",.;:?!—–-" for ch in s):
        return "punct"
    low = s.lower().strip("\"“”'‘’ ")
    if low == "that":
        return "that"
    if SENTENCE_BREAK.search(piece):
        return "sentence"
    if FRAME.match(piece):
        return "frame"
    return f"words({min(len(s.split()), 9)})" if len(s.split()) < 4 else "words(4+)"


def boundary(text: str, g: Span, p: Span) -> str:
    """`start:<how>/end:<how>` for one gold part and the predicted part that overlaps it."""
    if p.start == g.start:
        s = "ok"
    elif p.start < g.start:
        s = "longer-" + _what(text[p.start:g.start])
    else:
        s = "shorter-" + _what(text[g.start:p.start])
    if p.end == g.end:
        e = "ok"
    elif p.end > g.end:
        e = "longer-" + _what(text[g.end:p.end])
    else:
        e = "shorter-" + _what(text[p.end:g.end])
    return f"start:{s} end:{e}"


def _unmatched(parts: list, others: list, cls: str, overlapping: str) -> list[tuple]:
    """Rows for the content parts of an attribution the other side lacks: its class, told
    apart by whether any part of the other side's attributions overlaps it."""
    near = [c for o in others for c in o.content if any(_overlap(c, x) for x in parts)]
    cls = cls + overlapping if near else cls
    return [(cls, c, near[0] if near else None) for c in parts]


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def classify_parts(text: str, mine: list[Span], theirs: list[Span], side: str) -> list[tuple[str, Span, Span | None]]:
    """Each part of `mine` that equals no part of `theirs`, with its class (`side` = gold|pred)."""
    exact = {(s.start, s.end) for s in theirs}
    out = []
    for m in mine:
        if (m.start, m.end) in exact:
            continue
        best = max(theirs, key=lambda t: _overlap(m, t), default=None)
        if best is None or _overlap(m, best) == 0:
            out.append((f"{side}: no overlapping part", m, None))
            continue
        inside_mine = [t for t in theirs if _overlap(t, m) > 0]
        covers = [x for x in mine if _overlap(x, best) > 0]
        if len(covers) > 1:
            out.append((f"{side}: parts {'split' if side == 'gold' else 'merged'} (other side one part)", m, best))
        elif len(inside_mine) > 1:
            out.append((f"{side}: parts {'merged' if side == 'gold' else 'split'} (other side several)", m, best))
        else:
            g, p = (m, best) if side == "gold" else (best, m)
            out.append((boundary(text, g, p), m, best))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--show", help="print the examples of classes containing this string")
    ap.add_argument("--limit", type=int, default=15)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args(argv)
    for path in args.paths:
        if "/test" in str(Path(path).resolve()):
            print(f"content_diff: {path}: test splits are reserved", file=sys.stderr)
            return 2
        es = evaluate_path(path)
        counts: Counter[str] = Counter()
        examples: dict[str, list[str]] = {}
        n_gold = n_pred = 0
        for r in es.results:
            text = r.analysis.document.text
            preds = r.analysis.attributions
            if r.gold.convention == "polnear":
                preds = [replace(a, content=[polnear_content(text, c, a.evidence == "rule:transcript")
                                             for c in a.content]) for a in preds]
            golds = r.gold.attributions
            s = r.score
            dropped = set(s.dropped_pred)
            matched = {g: p for g, p in ((pr.gold, pr.pred) for pr in s.pairs)}
            rows = []
            for gi in s.missed:
                rows += _unmatched(golds[gi].content, preds, "gold: attribution missed",
                                   ", a prediction overlaps (Dice < 0.5)")
            for gi, pi in matched.items():
                rows += classify_parts(text, golds[gi].content, preds[pi].content, "gold")
            for pi in s.spurious:
                rows += _unmatched(preds[pi].content, golds, "pred: spurious attribution",
                                   ", overlaps gold (Dice < 0.5)")
            for gi, pi in matched.items():
                rows += [row for row in classify_parts(text, preds[pi].content, golds[gi].content, "pred")
                         if row[0].startswith("pred:")]
            n_gold += sum(len(golds[g].content) for g in range(len(golds)) if not golds[g].optional)
            n_pred += sum(len(preds[p].content) for p in range(len(preds)) if p not in dropped)
            for cls, m, other in rows:
                counts[cls] += 1
                if args.show and args.show in cls:
                    ex = examples.setdefault(cls, [])
                    if len(ex) < args.limit:
                        o = f"\n      other: {other.text!r}" if other is not None else ""
                        ex.append(f"  [{r.case.id}] {m.text!r}{o}")
        span = es.score.total().spans["content"]
        print(f"== {path}: exact content P {span.precision*100:.1f} R {span.recall*100:.1f} F1 {span.f1*100:.1f} "
              f"(gold parts {n_gold}, predicted {n_pred})")
        for cls, n in counts.most_common(args.top):
            print(f"  {n:5d}  {cls}")
        for cls, ex in examples.items():
            print(f"-- {cls}")
            print("\n".join(ex))
    return 0


if __name__ == "__main__":
    sys.exit(main())
