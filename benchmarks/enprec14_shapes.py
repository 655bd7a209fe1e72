"""Predicted and gold English attributions by the shape of their content and their cue verb
(issue #11, precision: the author's narration of an act read as speech).

For every prediction of each FOLDER: whether it matches a gold attribution, its cue head word
and the shape of its content: `quote` (the content is inside quotation marks), `that`, `inf`
(`to` + verb), `wh` (`whether`, `how`, ...), `clause` (a finite verb or a subject pronoun within
its first words), `np` (none of these: a plain noun phrase). With `--gold`, the gold
attributions instead (to count how the annotators treat each shape). Prints one tab-separated
row per attribution (`--rows`) or counts by cue word and shape.

Usage: python benchmarks/enprec14_shapes.py [--gold] [--rows] FOLDER [FOLDER ...]
"""

from __future__ import annotations

import argparse
from collections import Counter

from sayso.eval.command import evaluate_path
from sayso.lang.en.content_shape import content_shape, cue_entry, cue_head


def _rows(path: str, gold: bool):
    for result in evaluate_path(path).results:
        text = result.analysis.document.text
        if gold:
            matched = {p.gold for p in result.score.pairs}
            items = [(g, i in matched) for i, g in enumerate(result.gold.attributions)
                     if not getattr(g, "optional", False)]
        else:
            matched = {p.pred for p in result.score.pairs}
            items = [(p, i in matched) for i, p in enumerate(result.analysis.attributions)
                     if i in matched or i in result.score.spurious]
        for a, ok in items:
            if not a.cue or not a.content:
                continue
            c = min(a.content, key=lambda s: s.start)
            cue = " ".join(s.text for s in a.cue)
            entry = cue_entry(cue)
            kind = "none" if entry is None else "core" if entry.core else f"other-{entry.stance}"
            yield (result.case.id, "tp" if ok else "sp", cue_head(cue), kind,
                   content_shape(text, c.start, c.end), " | ".join(s.text for s in a.cue),
                   text[c.start:c.end][:90].replace("\n", " "))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--gold", action="store_true", help="gold attributions, not predictions")
    ap.add_argument("--rows", action="store_true", help="one row per attribution")
    args = ap.parse_args()
    counts: Counter = Counter()
    for path in args.sets:
        for row in _rows(path, args.gold):
            if args.rows:
                print("\t".join(row))
            counts[row[1], row[3], row[4]] += 1
    if not args.rows:
        for (ok, kind, shape), n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
            print(f"{n}\t{ok}\t{kind}\t{shape}")


if __name__ == "__main__":
    main()
