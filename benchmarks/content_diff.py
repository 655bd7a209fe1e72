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
A part that some attribution of the other side has exactly is not counted (exact spans are
scored per document). A part of an unmatched attribution that overlaps the other side is
classed `..., far: start:... end:...` against the part it overlaps most (Dice < 0.5: the content
is too far off to match). Each wrong boundary is named by the token at the gold boundary
(`comma-relative`, `conj-and`, `comma-participle`, `time`, `prep-to`, `clause-then-comma`,
`words-then-that`, ...) and counted again alone in the per-boundary totals at the end.
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


RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "where", "when"})
CONJUNCTIONS = frozenset({"and", "but", "or", "while", "whereas", "although", "as", "because",
                          "so", "though", "since", "if"})
TIME_WORDS = re.compile(r"^(on|last|this|next|in|at|during|earlier|later|after|before|since|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
                        r"today|tonight|tomorrow|early|late)\b", re.I)


def _what(piece: str, at_end: bool = False) -> str:
    """A short name for the text that one side has and the other not, by the token at the gold
    boundary (`at_end`: the piece follows the gold part, so its first token is the boundary)."""
    s = piece.strip()
    if not s:
        return "space"
    if all(ch in QUOTE_CHARS for ch in s):
        return "quote"
    if all(ch in QUOTE_CHARS or ch in ",.;:?!—–-()" for ch in s):
        return "punct"
    low = s.lower().strip("\"“”'‘’ ")
    if low == "that":
        return "that"
    if SENTENCE_BREAK.search(piece):
        return "sentence"
    if FRAME.match(piece):
        return "frame"
    if re.match(r"^[,\s]*according to\b", low) or low.endswith("according to"):
        return "according-to"
    size = f"({min(len(s.split()), 9)})" if len(s.split()) < 4 else "(4+)"
    words = re.findall(r"[\w’']+|[^\w\s]", low)
    edge = words[0] if at_end else words[-1]
    lead = words[0]
    comma = lead in (",", ";", "—", "–", "-", "(")
    head = words[1] if comma and len(words) > 1 else lead
    if at_end:
        if lead == "(" or lead == ")":
            return "paren" + size
        if head in RELATIVE_WORDS or head == "that" and comma:
            return ("comma-" if comma else "") + "relative" + size
        if head in CONJUNCTIONS:
            return ("comma-" if comma else "") + "conj-" + head + size
        if comma and head.endswith("ing"):
            return "comma-participle" + size
        if TIME_WORDS.match(head):
            return ("comma-" if comma else "") + "time" + size
        if comma:
            return "comma-other" + size
        if head in ("to", "of", "for", "about", "on", "in", "with", "over", "against", "as", "by", "from"):
            return "prep-" + head + size
        return "words" + size
    if edge == "that":
        return "words-then-that" + size
    if edge == ",":
        return "clause-then-comma" + size
    if lead in ("to", "of", "for", "about", "on", "with", "as", "over", "against"):
        return "prep-" + lead + size
    if lead in CONJUNCTIONS or lead in ("when", "after", "before", "if", "in", "at"):
        return "lead-" + lead + size
    return "words" + size


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
        e = "longer-" + _what(text[g.end:p.end], at_end=True)
    else:
        e = "shorter-" + _what(text[p.end:g.end], at_end=True)
    return f"start:{s} end:{e}"


def _unmatched(text: str, parts: list, others: list, exact: set[tuple[int, int]], cls: str,
               overlapping: str, side: str) -> list[tuple]:
    """Rows for the content parts of an attribution the other side failed to match, except the
    parts some attribution of the other side has exactly (exact spans are scored per document):
    told apart by whether a part of the other side overlaps it, and if so by the boundaries
    against the part that overlaps it most (`far ...`: Dice of the attributions < 0.5)."""
    rows = []
    for c in parts:
        if (c.start, c.end) in exact:
            continue
        near = [x for o in others for x in o.content if _overlap(c, x)]
        if not near:
            rows.append((cls, c, None))
            continue
        best = max(near, key=lambda x: _overlap(c, x))
        g, p = (c, best) if side == "gold" else (best, c)
        rows.append((f"{cls}{overlapping}: {boundary(text, g, p)}", c, best))
    return rows


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
        edges: Counter[str] = Counter()  # each wrong boundary alone, over all classes
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
            kept_p = [a for i, a in enumerate(preds) if i not in dropped]
            p_exact = {(c.start, c.end) for a in kept_p for c in a.content}
            g_exact = {(c.start, c.end) for a in golds if not a.optional for c in a.content}
            for gi in s.missed:
                rows += _unmatched(text, golds[gi].content, kept_p, p_exact, "gold: attribution missed",
                                   ", far", "gold")
            for gi, pi in matched.items():
                rows += classify_parts(text, golds[gi].content, preds[pi].content, "gold")
            for pi in s.spurious:
                rows += _unmatched(text, preds[pi].content, [a for a in golds if not a.optional], g_exact,
                                   "pred: spurious attribution", ", far", "pred")
            for gi, pi in matched.items():
                rows += [row for row in classify_parts(text, preds[pi].content, golds[gi].content, "pred")
                         if row[0].startswith("pred:")]
            n_gold += sum(len(golds[g].content) for g in range(len(golds)) if not golds[g].optional)
            n_pred += sum(len(preds[p].content) for p in range(len(preds)) if p not in dropped)
            for cls, m, other in rows:
                if (m.start, m.end) in (p_exact if cls.startswith("gold") or cls.startswith("start") else g_exact):
                    continue  # another attribution has this part exactly: not an exact-span miss
                counts[cls] += 1
                for edge in re.findall(r"(start|end):(\S+)", cls):
                    side = "pred" if cls.startswith("pred") else "gold"
                    if edge[1] != "ok":
                        edges[f"{side} {edge[0]}:{edge[1]}"] += 1
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
        print("  -- each wrong boundary alone (gold parts of matched and far pairs; pred: spurious far)")
        for cls, n in edges.most_common(args.top):
            print(f"  {n:5d}  {cls}")
        for cls, ex in examples.items():
            print(f"-- {cls}")
            print("\n".join(ex))
    return 0


if __name__ == "__main__":
    sys.exit(main())
