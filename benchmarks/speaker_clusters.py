"""B-cubed speaker clustering on attribution gold folders (issue #15), per article, summed.

Usage:
    .venv/bin/python benchmarks/speaker_clusters.py FOLDER [FOLDER ...] [--errors]

For every article of a gold folder (`sayso eval` formats, found by `sayso.eval.gold.discover`),
the predicted attributions are matched to the gold ones as `sayso eval` matches them (content
Dice >= 0.5, one to one); each matched pair whose gold names a speaker is one item, its gold
cluster the speaker's canonical name (the first of its `speaker` list) and its predicted
cluster the source entity (or the attribution itself when there is none). B-cubed precision
falls when two gold speakers share an entity, recall when one speaker is spread over several
(Bagga & Baldwin 1998). `--errors` prints the articles below 1.0 with the clusters that differ.
This is the in-article clustering the hidden held-out sets measure, on the dev gold at hand.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.progress import track

from sayso import pipeline
from sayso.eval.entity_score import BCubed
from sayso.eval.gold import discover
from sayso.eval.score import scored_pairs
from sayso.text import fold_key


def article_clusters(case) -> tuple[list[str], list[str], dict[str, list[str]]]:
    """Gold and predicted cluster labels of one article's matched attributions, and the
    predicted entity names per gold speaker (for error listing)."""
    doc = case.read()
    analysis = pipeline.run(doc)
    gold = case.load(analysis.document)
    golds, preds = gold.attributions, analysis.attributions
    pairs = scored_pairs(golds, preds)
    g_lab, p_lab = [], []
    names: dict[str, list[str]] = defaultdict(list)
    for gi, pi, _ in sorted(pairs):
        speaker = golds[gi].speaker
        if not speaker:
            continue
        pa = preds[pi]
        ent = pa.source.entity if pa.source else None
        g_lab.append(fold_key(speaker[0]))
        p_lab.append(ent or f"_none:{pa.id}")
        e = analysis.entity(ent) if ent else None
        names[speaker[0]].append(f"{e.name}#{e.id}" if e else f"({pa.source.text if pa.source else None})")
    return g_lab, p_lab, names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--errors", action="store_true", help="list the articles below 1.0")
    args = ap.parse_args(argv)
    console = Console(width=150)
    total = BCubed()
    for folder in args.folders:
        cases = discover(folder)
        if not cases:
            print(f"sayso: {folder}: no gold articles found", file=sys.stderr)
            return 2
        part = BCubed()
        for case in track(cases, description=str(folder), console=console, transient=True):
            g, p, names = article_clusters(case)
            one = BCubed()
            one.add_clusters(g, p)
            part.add(one)
            if args.errors and one.n and one.f1 < 1.0:
                console.print(f"[bold]{case.id}[/bold] P {one.precision:.3f} R {one.recall:.3f}")
                for speaker, got in names.items():
                    console.print(f"    {speaker}: {got}")
        console.print(f"{folder}: speaker B3 P {part.precision:.3f} R {part.recall:.3f} "
                      f"F1 {part.f1:.3f} (n={part.n})")
        total.add(part)
    console.print(f"all: speaker B3 P {total.precision:.3f} R {total.recall:.3f} "
                  f"F1 {total.f1:.3f} (n={total.n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
