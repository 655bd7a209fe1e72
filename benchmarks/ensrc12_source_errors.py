"""List every missed gold attribution and every matched pair whose source span differs from gold.

Used to class English source errors (issue #11 item 5, #15) for `benchmarks/data/ensrc12/README.md`:

    python benchmarks/ensrc12_source_errors.py /tmp/AD/tune /work/r11/Etune ... > out.tsv

Columns: set, article, kind (missed | source), gold source, predicted source, cue, sentence.
"""

from __future__ import annotations

import sys

from sayso.eval.command import evaluate_path
from sayso.eval.errors import sentence_bounds


def _flat(s: str) -> str:
    return " ".join(s.split())


def main(paths: list[str]) -> None:
    for path in paths:
        es = evaluate_path(path)
        for r in es.results:
            text = r.analysis.document.text
            golds, preds = r.gold.attributions, r.analysis.attributions
            rows = [("missed", golds[g], None) for g in r.score.missed]
            for pair in r.score.pairs:
                g, p = golds[pair.gold], preds[pair.pred]
                gk = (g.source.start, g.source.end) if g.source else None
                pk = (p.source.start, p.source.end) if p.source else None
                if gk != pk:
                    rows.append(("source", g, p))
            for kind, g, p in rows:
                spans = [*g.cue, *g.content] + ([g.source] if g.source else [])
                lo, hi = sentence_bounds(text, min(s.start for s in spans), max(s.end for s in spans))
                print("\t".join([
                    path.rstrip("/").split("/")[-1], r.score.id, kind,
                    g.source.text if g.source else "-",
                    (p.source.text if p and p.source else "-") if p else "",
                    " / ".join(c.text for c in g.cue), _flat(text[lo:hi])[:400]]))


if __name__ == "__main__":
    main(sys.argv[1:])
