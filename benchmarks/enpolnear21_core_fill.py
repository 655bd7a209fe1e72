"""Train precision of the rule frames of non-core cues, as gap fillers beside the tagger (enpolnear21).

Beside the CRF, the rule patterns fill gaps with core reporting verbs only (`cues.json` `core`).
This runs the pipeline on PolNeAR train twice, as shipped and with every cue trusted
(`rules.extract(..., core_only=False)`), and scores each attribution the second run adds against
the train gold: `row` when a gold attribution's cue overlaps its cue and their contents have
Dice >= 0.5, `cue` when only the cue overlaps, `no` otherwise. Counts by cue lemma: a lemma whose
added frames are mostly `row` is a candidate for `core: true`.

    python benchmarks/enpolnear21_core_fill.py [FOLDER] > counts.txt   (default PolNeAR train)
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from sayso.eval.gold import discover
from sayso.eval.score import dice
from sayso.lang.en import extract as en_extract
from sayso.lang.en import rules as en_rules
from sayso.lang.en.lexicon import lexicon

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "eval" / "en-polnear" / "train"


def _chars(tokens, ranges) -> set[int]:
    return {i for a, b in ranges for t in range(a, b) for i in range(tokens[t].start, tokens[t].end)}


def main() -> None:
    folder = sys.argv[1] if len(sys.argv) > 1 else str(TRAIN)
    lex = lexicon()
    shipped = en_rules.extract
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for case in discover(folder):
        doc = case.read()
        gold = case.load(doc)
        text = doc.text
        en_rules.extract = shipped
        _, _, base = en_extract.candidates(text)
        en_rules.extract = lambda *a, **k: shipped(*a[:4], core_only=False)
        tokens, _, trusted = en_extract.candidates(text)
        en_rules.extract = shipped
        seen = {tuple(c.cue) for c in base}
        golds = [({i for s in g.cue for i in range(s.start, s.end)},
                  {i for s in g.content for i in range(s.start, s.end)}) for g in gold.attributions]
        for c in trusted:
            if tuple(c.cue) in seen or not c.cue:
                continue
            a = c.cue[0][0]
            m = lex.match_cue([t.text.lower() for t in tokens], a)
            lemma = m[1].lemma if m else tokens[a].text.lower()
            cue, content = _chars(tokens, c.cue), _chars(tokens, c.content)
            over = [(gc, gx) for gc, gx in golds if gc & cue]
            verdict = "row" if any(dice(gx, content) >= 0.5 for _, gx in over) else "cue" if over else "no"
            counts[lemma][verdict] += 1
            if len(examples[lemma]) < 3 and verdict != "row":
                s = tokens[max(0, a - 8)].start
                examples[lemma].append(f"{verdict}: {text[s:tokens[min(len(tokens) - 1, a + 10)].end]!r}")
    print("lemma\trow\tcue\tno\tprecision(row)")
    for lemma, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        print(f"{lemma}\t{c['row']}\t{c['cue']}\t{c['no']}\t{c['row'] / n:.2f}\t" + " | ".join(examples[lemma])[:300])


if __name__ == "__main__":
    main()
