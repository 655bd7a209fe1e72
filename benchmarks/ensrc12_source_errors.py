"""List every missed gold attribution and every matched pair whose source span differs from gold.

Used to class English source errors (issue #11 item 5, #15) for `benchmarks/data/ensrc12/README.md`:

    python benchmarks/ensrc12_source_errors.py /tmp/AD/tune /work/r11/Etune ... > out.tsv

Columns: set, article, kind (missed | source), gold source, predicted source, cue, sentence,
class. The class is a first cut by surface tests (`classify`), checked by hand for the README.
"""

from __future__ import annotations

import re
import sys

from sayso.eval.command import evaluate_path
from sayso.eval.errors import sentence_bounds


def _flat(s: str) -> str:
    return " ".join(s.split())


RELATIVES = ("who", "which", "that")
PRONOUNS = ("he", "she", "it", "they", "his", "her", "its", "their", "i", "we", "you", "my")
DOCUMENTS = re.compile(r"\b(report|reports|statement|paper|study|document|affidavit|release|note|"
                       r"research|poll|polls|survey|findings|ruling|declaration|presentation|motion|"
                       r"amendment|papers|notes|caption)\b", re.I)
PASSIVE = re.compile(r"\b(it is alleged|it was reported|was quoted as|were quoted as|is accused by|"
                     r"are disputed by|reported by|is said|are said)\b", re.I)


def classify(kind: str, gold: str, pred: str, cue: str, sentence: str) -> str:
    """A first-cut error class of one row (see the README of benchmarks/data/ensrc12)."""
    low = sentence.lower()
    if kind == "source":
        if pred == gold:
            return "the same words at another place (another mention)"
        if pred.lower() in RELATIVES:
            return "relative pronoun taken as the source"
        if gold == "-":
            return "source where gold has none"
        if pred == "-":
            return "no source predicted"
        if gold.endswith(pred):
            return "title or apposition before the name cut"
        if pred.startswith(gold):
            return "source run on past the name (relative clause, apposition, setting, sentence end)"
        if gold.startswith(pred):
            return "source after the verb cut inside its apposition or relative clause"
        if DOCUMENTS.search(gold):
            return "source is a document/report"
        return "wrong noun phrase"
    if gold.lower() in PRONOUNS:
        return "missed: pronoun source"
    if PASSIVE.search(low) and PASSIVE.search(cue + " " + low):
        return "missed: passive"
    if re.search(r"\bquoted\b.*\bas saying\b", low):
        return "missed: quoted X as saying"
    if re.search(r"told (reporters|a news conference|a press conference|journalists)", low):
        return "missed: X told reporters/a news conference"
    if DOCUMENTS.search(gold):
        return "missed: source is a document/report"
    if cue.lower().startswith("according") or cue.lower() in ("per",):
        return "missed: according to X / per X"
    return "missed: cue of a stance or act (deny, admit, call for, criticise, pledge, ...)"


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
                    " / ".join(c.text for c in g.cue), _flat(text[lo:hi])[:400],
                    classify(kind, g.source.text if g.source else "-",
                             (p.source.text if p and p.source else "-") if p else "",
                             " / ".join(c.text for c in g.cue), text[lo:hi])]))


if __name__ == "__main__":
    main(sys.argv[1:])
