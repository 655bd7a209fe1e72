"""Every via (channel) disagreement of open gold folders, with its sentence, for classing by hand.

Usage:
    .venv/bin/python benchmarks/zh_via_errors.py FOLDER [FOLDER ...] > errors.txt

For each matched pair (content Dice >= 0.5, as `sayso eval` matches) whose via lists differ
under the scorer's folding (`fold_key`, book-title marks removed), prints the article, the cue,
gold and predicted vias and the sentence marked up (source ⟪⟫, cue ⟨⟩, gold via ⦃⦄). Gold
attributions with a via that no prediction matched are listed apart (`missed attribution`),
since via recall does not count them. Open folders only (tune, half A): the reserved test
folders never show system output.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sayso import pipeline
from sayso.eval.gold import discover
from sayso.eval.score import scored_pairs
from sayso.text import fold_key

_BOOK = str.maketrans("", "", "《》〈〉")
_STOPS = "。！？!?\n"


def _key(s: str) -> str:
    return fold_key(s.translate(_BOOK))


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) around [start, end), cut at full stops, at most 300 characters."""
    a = max((text.rfind(c, 0, start) for c in _STOPS), default=-1) + 1
    b = min((i for i in (text.find(c, end) for c in _STOPS) if i >= 0), default=len(text))
    a, b = max(a, start - 200), min(b + 1, end + 200)
    return text[a:b].replace("\n", " ").strip()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    args = ap.parse_args(argv)
    if any(p in {"test", "zhtestB", "entestB", "zhFtest", "Ftest", "Etest"}
           for f in args.folders for p in f.parts):
        print("sayso: reserved or count-only folders never show system output")
        return 2
    for folder in args.folders:
        print(f"# {folder}")
        for case in discover(folder):
            analysis = pipeline.run(case.read())
            text = analysis.document.text
            gold = case.load(analysis.document)
            golds, preds = gold.attributions, analysis.attributions
            pairs = scored_pairs(golds, preds)
            matched = {g for g, _, _ in pairs}
            for gi, pi, _ in pairs:
                g, p = golds[gi], preds[pi]
                want = {_key(v.text) for v in g.via}
                have = {_key(v.text) for v in p.via}
                if want == have:
                    continue
                spans = [s for s in (g.source, *g.cue, *g.content) if s is not None]
                lo = min(s.start for s in spans)
                hi = max(s.end for s in spans)
                print(f"- {case.id} cue {' '.join(c.text for c in p.cue)!r} "
                      f"src {g.source.text if g.source else None!r}/"
                      f"{p.source.text if p.source else None!r} "
                      f"gold {[v.text for v in g.via]} pred {[v.text for v in p.via]}")
                print(f"    {_sentence(text, lo, hi)[:400]}")
            for gi, g in enumerate(golds):
                if gi in matched or g.optional or not g.via:
                    continue
                spans = [s for s in (g.source, *g.cue, *g.content) if s is not None]
                lo, hi = min(s.start for s in spans), max(s.end for s in spans)
                print(f"- {case.id} MISSED ATTRIBUTION src {g.source_text!r} "
                      f"gold {[v.text for v in g.via]}")
                print(f"    {_sentence(text, lo, hi)[:400]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
