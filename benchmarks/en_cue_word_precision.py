"""Precision of predicted English attributions by cue word and frame, on gold folders
(round 10, branch enprec10): broad evidence for typed non-cue entries (issue #11, #15 item 4).

Usage:
    .venv/bin/python benchmarks/en_cue_word_precision.py ../shared/eval/en-polnear/train [--min 3]

For every predicted attribution the cue's last word (lower-cased; `has agreed` -> `agreed`) and
its frame: `clause` when the content starts with `that` or a quotation mark or lies before the
cue, `to` when it starts with `to`, `np` otherwise. A prediction "hits gold" when its cue
overlaps a gold cue. Prints (word, frame, predicted, hits gold, precision) sorted by the number
of non-gold predictions, so that a word whose frame is (almost) never an attribution in the
annotated corpus stands out, with its count.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from sayso import pipeline
from sayso.eval.gold import discover

QUOTE_MARKS = ('"', "“", "”", "‘", "'", "``", "''")


def frame(text: str, cue_end: int, content_start: int) -> str:
    """`clause`, `to` or `np`: how the content attaches after the cue (see module docstring)."""
    if content_start < cue_end:
        return "clause"
    words = text[content_start:content_start + 8].split()
    first = words[0].lower() if words else ""
    before = text[max(0, content_start - 2):content_start]
    if first == "that" or any(q in before for q in QUOTE_MARKS) or first[:1] in QUOTE_MARKS:
        return "clause"
    return "to" if first == "to" else "np"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--min", type=int, default=3, help="least predictions to list a row")
    args = parser.parse_args()
    predicted: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    for folder in args.folders:
        for item in track(discover(Path(folder)), description=Path(folder).name):
            analysis = pipeline.run(item.read())
            gold = item.load(analysis.document)
            gold_cues = [(s.start, s.end) for g in gold.attributions for s in g.cue]
            text = analysis.document.text
            for a in analysis.attributions:
                if not a.cue or not a.content:
                    continue
                key = (a.cue[-1].text.split()[-1].lower(),
                       frame(text, a.cue[-1].end, min(s.start for s in a.content)))
                predicted[key] += 1
                hits[key] += any(c.start < ge and gs < c.end for c in a.cue for gs, ge in gold_cues)
    table = Table("cue word", "frame", "predicted", "hits gold", "precision")
    for key, n in sorted(predicted.items(), key=lambda kv: -(kv[1] - hits[kv[0]])):
        if n >= args.min:
            table.add_row(*key, str(n), str(hits[key]), f"{100 * hits[key] / n:.0f}")
    Console().print(table)


if __name__ == "__main__":
    main()
