"""Per cue lemma and folder: how many predicted English attributions match gold, and how often
the gold itself marks that lemma (round 11, branch enconv11; evidence for the typed non-cue
classes of `sayso/lang/en/non_cues.json`).

Usage:
    .venv/bin/python benchmarks/en_cue_lemma_parts.py /tmp/AD/tune /work/r11/Etune ... \
        [--dump false.tsv] [--min 3]

A prediction "hits gold" when its cue overlaps a gold cue. The lemma is the cue's last word with
a crude English suffix strip (`plans`, `planned`, `planning` -> `plan`), enough to group forms.
`--dump` writes every non-gold prediction (folder, article, lemma, cue, sentence start) so that
a class can be read by hand before it is removed.
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


def lemma(word: str) -> str:
    """A crude lemma: enough to put `plans`, `planned` and `planning` in one row."""
    w = word.lower().strip(".,:;\"'")
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: len(w) - len(suffix)] + repl
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":
        w = w[:-1]  # planned -> plann -> plan
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--min", type=int, default=3, help="least predictions to list a row")
    parser.add_argument("--dump", help="write the non-gold predictions to this TSV file")
    args = parser.parse_args()
    names = [Path(f).name for f in args.folders]
    predicted: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    gold_marks: Counter[tuple[str, str]] = Counter()
    rows: list[str] = []
    for folder, name in zip(args.folders, names, strict=True):
        for item in track(discover(Path(folder)), description=name):
            analysis = pipeline.run(item.read())
            gold = item.load(analysis.document)
            text = analysis.document.text
            gold_cues = [(s.start, s.end) for g in gold.attributions for s in g.cue]
            for g in gold.attributions:
                if g.cue:
                    gold_marks[(lemma(g.cue[-1].text.split()[-1]), name)] += 1
            for a in analysis.attributions:
                if not a.cue:
                    continue
                key = (lemma(a.cue[-1].text.split()[-1]), name)
                predicted[key] += 1
                hit = any(c.start < ge and gs < c.end for c in a.cue for gs, ge in gold_cues)
                hits[key] += hit
                if not hit:
                    s = a.cue[0].start
                    context = text[max(0, s - 80):s + 100].replace("\n", " ").replace("\t", " ")
                    cue = " ... ".join(c.text for c in a.cue)
                    rows.append(f"{name}\t{item.id}\t{key[0]}\t{cue}\t{context}")
    lemmas = {k[0] for k in predicted}
    table = Table("lemma", *(f"{n} pred/hit/gold" for n in names), "false")
    false_total = {w: sum(predicted[(w, n)] - hits[(w, n)] for n in names) for w in lemmas}
    for w in sorted(lemmas, key=lambda w: -false_total[w]):
        if sum(predicted[(w, n)] for n in names) < args.min:
            continue
        table.add_row(w, *(f"{predicted[(w, n)]}/{hits[(w, n)]}/{gold_marks[(w, n)]}" for n in names),
                      str(false_total[w]))
    Console(width=200).print(table)
    if args.dump:
        Path(args.dump).write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
