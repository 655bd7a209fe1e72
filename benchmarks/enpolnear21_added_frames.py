"""Train precision of the rule frames a test of `rules` adds beside the tagger (enpolnear21).

Runs the pipeline's candidates on a PolNeAR folder twice, with the test (`present_plural` or
`document_subject`, a function of `sayso.lang.en.rules` that returns a bool) switched off and as
shipped, and scores every candidate the second run adds against the gold: `row` when a gold
attribution's cue overlaps its cue and their contents have Dice >= 0.5, `cue` when only the cue
overlaps, `no` otherwise. Prints the counts by cue word and the non-row cases.

    python benchmarks/enpolnear21_added_frames.py RULE [FOLDER]   (default PolNeAR train)
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from sayso.eval.gold import discover
from sayso.eval.score import dice
from sayso.lang.en import extract as en_extract
from sayso.lang.en import rules as en_rules

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "eval" / "en-polnear" / "train"


def _chars(tokens, ranges) -> set[int]:
    return {i for a, b in ranges for t in range(a, b) for i in range(tokens[t].start, tokens[t].end)}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]  # -v: print the gold rows too
    rule = args[0]
    folder = args[1] if len(args) > 1 else str(TRAIN)
    shipped = getattr(en_rules, rule)
    counts: dict[str, Counter] = defaultdict(Counter)
    for case in discover(folder):
        doc = case.read()
        gold = case.load(doc)
        text = doc.text
        setattr(en_rules, rule, lambda *a: False)
        _, _, before = en_extract.candidates(text)
        setattr(en_rules, rule, shipped)
        tokens, _, after = en_extract.candidates(text)
        seen = {(tuple(c.cue), tuple(c.content)) for c in before}
        golds = [({i for s in g.cue for i in range(s.start, s.end)},
                  {i for s in g.content for i in range(s.start, s.end)}) for g in gold.attributions]
        for c in after:
            if (tuple(c.cue), tuple(c.content)) in seen or not c.cue:
                continue
            cue, content = _chars(tokens, c.cue), _chars(tokens, c.content)
            over = [gx for gc, gx in golds if gc & cue]
            verdict = "row" if any(dice(gx, content) >= 0.5 for gx in over) else "cue" if over else "no"
            word = tokens[c.cue[0][0]].text.lower()
            counts[word][verdict] += 1
            if verdict != "row" or "-v" in sys.argv:
                a = c.cue[0][0]
                print(f"{verdict}\t{text[tokens[max(0, a - 8)].start:tokens[min(len(tokens) - 1, a + 12)].end]!r}")
    total: Counter = Counter()
    for word, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        total.update(c)
        print(f"{word}\trow {c['row']}\tcue {c['cue']}\tno {c['no']}")
    n = sum(total.values())
    print(f"ALL\trow {total['row']}\tcue {total['cue']}\tno {total['no']}\tprecision(row) "
          f"{total['row'] / max(n, 1):.2f}")


if __name__ == "__main__":
    main()
