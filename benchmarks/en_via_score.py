"""Channel (`via`) precision, recall and F1 on attribution gold folders.

Usage:
    .venv/bin/python benchmarks/en_via_score.py FOLDER [FOLDER ...] [--errors]

`sayso eval` reports via recall only (gold via strings of matched attributions found among the
predicted ones). This adds precision over the same matched pairs: a predicted via string counts
as right when the gold attribution lists it (same folding as the scorer: `fold_key`). Pairs are
matched as `sayso eval` matches them (content Dice >= 0.5, one to one, optional gold left out).
Via on spurious attributions are counted apart (`unmatched`), since the attribution score
already charges them. `--errors` lists every wrong or missed via (tune/dev folders only).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.progress import track

from sayso import pipeline
from sayso.eval.gold import discover
from sayso.eval.score import scored_pairs
from sayso.text import fold_key


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    console = Console(width=200)
    if args.errors and any("test" in f.parts for f in args.folders):
        console.print("sayso: --errors lists system output, which the reserved test splits never show")
        return 2
    for folder in args.folders:
        cases = discover(folder)
        tp = n_pred = n_gold = unmatched = 0
        errors: list[str] = []
        for case in track(cases, description=str(folder)):
            analysis = pipeline.run(case.read())
            gold = case.load(analysis.document)
            golds, preds = gold.attributions, analysis.attributions
            pairs = scored_pairs(golds, preds)
            taken = {p for _, p, _ in pairs}
            unmatched += sum(len(p.via) for i, p in enumerate(preds) if i not in taken)
            for gi, pi, _ in pairs:
                want = {fold_key(v.text) for v in golds[gi].via}
                have = {fold_key(v.text) for v in preds[pi].via}
                tp += len(want & have)
                n_pred += len(have)
                n_gold += len(want)
                if want != have:
                    cue = " ".join(c.text for c in preds[pi].cue)
                    errors.append(f"{case.id}: cue {cue!r} gold {sorted(v.text for v in golds[gi].via)} "
                                  f"pred {sorted(v.text for v in preds[pi].via)}")
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        console.print(f"{folder}: via P {p:.1%} ({tp}/{n_pred}) R {r:.1%} ({tp}/{n_gold}) F1 {f:.1%}; "
                      f"via on unmatched attributions {unmatched}", highlight=False)
        if args.errors:
            for line in errors:
                console.print("  " + line, highlight=False, markup=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
