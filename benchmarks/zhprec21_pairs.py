"""Pair every spurious Chinese prediction with the nearest gold row and give it a class.

    PYTHONPATH=. .venv/bin/python benchmarks/zhprec21_pairs.py /work/r21/sets/zhopen20 > OUT.tsv

Brief zhprec21 asks where the spurious rows come from: a cut that differs from a gold row that
is there (boundary), one gold row predicted as two (split), two gold rows predicted as one
(merge), a convention (据X报道 frames, a cue nested in another row's content) or a non-speech
use. The class is a first guess from the spans alone, read by hand afterwards:

- `boundary`: the prediction overlaps a scored gold row left unmatched (Dice < 0.5);
- `nested`: it overlaps a matched gold row and its cue lies inside that row's content
  (ANNOTATION.md nesting: a cue inside a content is a row of its own only when the gold has one);
- `report`: a 据…报道 / 报道 cue over a matched row's content (divergences.md D1);
- `split`: it overlaps a matched gold row and its cue stands outside that row's content (one
  gold row, two predicted: 表示…，認為…);
- `headline`: it stands in a headline (every headline gold row is optional, so it never scores);
- `none`: no scored gold content overlaps it (non-speech, or a gold gap).

Missed scored gold rows get `merge` (a matched prediction covers them and another gold row),
`boundary` (some spurious prediction overlaps them) or `missed` (nothing predicted there).
Columns: kind (spurious | missed), class, article, cue, source, content (60 characters),
sentence.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import TextIO

from sayso.eval.command import evaluate_path
from sayso.eval.errors import sentence_bounds
from sayso.eval.records import GoldAttribution
from sayso.eval.score import char_set
from sayso.model import Attribution

REPORT_CUES = ("报道", "報道", "報導", "报导", "据", "據")


def _inside(spans_a: list, region: set[int]) -> bool:
    """True when the first span of `spans_a` starts inside `region` (a set of offsets)."""
    return bool(spans_a) and spans_a[0].start in region


def _row(out: TextIO, counts: Counter[tuple[str, str]], doc_id: str, text: str, kind: str, cls: str,
         a: Attribution | GoldAttribution) -> None:
    """One TSV row: kind, class, article, cue, source, content (60 characters), sentence."""
    cue = "+".join(c.text for c in a.cue)
    src = a.source.text if a.source else "-"
    content = "".join(c.text for c in a.content)[:60]
    anchor = a.cue[0].start if a.cue else (a.content[0].start if a.content else 0)
    lo, hi = sentence_bounds(text, anchor, anchor + 1)
    counts[(kind, cls)] += 1
    out.write("\t".join([kind, cls, doc_id, cue, src, content,
                         text[lo:hi].replace("\n", " ").replace("\t", " ")]) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    args = ap.parse_args()
    s = evaluate_path(args.folder)
    counts: Counter[tuple[str, str]] = Counter()
    out = sys.stdout
    for r in s.results:
        text = r.analysis.document.text
        preds = r.analysis.attributions
        golds = r.gold.attributions
        g_sets = [char_set(g.content) for g in golds]
        p_sets = [char_set(p.content) for p in preds]
        matched = {pair.gold: pair.pred for pair in r.score.pairs}
        missed = set(r.score.missed)

        for pi in r.score.spurious:
            p = preds[pi]
            over = [gi for gi, gs in enumerate(g_sets) if gs & p_sets[pi] and not golds[gi].optional]
            cue = "".join(c.text for c in p.cue)
            if r.analysis.document.section_at(p.cue[0].start if p.cue else p.start) == "headline":
                cls = "headline"  # headline gold rows are all optional (ANNOTATION.md)
            elif any(gi in missed for gi in over):
                cls = "boundary"
            elif over:
                if any(k in cue for k in REPORT_CUES) and not _inside(p.cue, g_sets[over[0]]):
                    cls = "report"
                elif _inside(p.cue, g_sets[over[0]]):
                    cls = "nested"
                else:
                    cls = "split"
            else:
                cls = "none"
            _row(out, counts, r.score.id, text, "spurious", cls, p)
        spur_sets = [p_sets[pi] for pi in r.score.spurious]
        for gi in r.score.missed:
            g = golds[gi]
            merged = [pi for gj, pi in matched.items() if p_sets[pi] & g_sets[gi]]
            if merged:
                cls = "merge"
            elif any(ps & g_sets[gi] for ps in spur_sets):
                cls = "boundary"
            else:
                cls = "missed"
            _row(out, counts, r.score.id, text, "missed", cls, g)
    for (kind, cls), n in sorted(counts.items()):
        sys.stderr.write(f"{kind}\t{cls}\t{n}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
