"""Spurious Chinese attributions on an open set, one TSV row each, for counting by class.

    PYTHONPATH=. .venv/bin/python benchmarks/zhprec20_spurious.py /work/r20/sets/zhopen20 > OUT.tsv

Columns: article, error group (sayso.eval.errors), cue, source, content (first 60 characters),
the cues of the gold rows its content overlaps, and the sentence around the cue. A second table
(`--cues`) counts, per cue text, the matched and the spurious predictions, the cost side of a
suppression by cue.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from sayso.eval.command import evaluate_path
from sayso.eval.errors import classify, sentence_bounds
from sayso.eval.score import char_set


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--cues", action="store_true", help="count matched/spurious per cue text")
    args = ap.parse_args()
    s = evaluate_path(args.folder)
    matched: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    out = sys.stdout
    for r in s.results:
        preds = r.analysis.attributions
        for pair in r.score.pairs:
            matched["+".join(c.text for c in preds[pair.pred].cue)] += 1
        text = r.analysis.document.text
        for item in classify(r):
            if item.kind != "spurious":
                continue
            p = item.pred
            cue = "+".join(c.text for c in p.cue)
            spurious[cue] += 1
            ps = char_set(p.content)
            gold_cues = ["+".join(c.text for c in g.cue) if g.cue else "-"
                         for g in r.gold.attributions if char_set(g.content) & ps]
            anchor = p.cue[0].start if p.cue else p.start
            a, b = sentence_bounds(text, anchor, anchor + 1)
            if not args.cues:
                row = [r.score.id, item.group.replace("spurious", "").strip(": "), cue,
                       p.source.text if p.source else "-",
                       "".join(c.text for c in p.content)[:60], "|".join(gold_cues),
                       text[a:b].replace("\n", " ").replace("\t", " ")]
                out.write("\t".join(row) + "\n")
    if args.cues:
        for cue in sorted(set(matched) | set(spurious), key=lambda c: -spurious[c]):
            out.write(f"{cue}\t{matched[cue]}\t{spurious[cue]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
