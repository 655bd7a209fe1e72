"""Classify the gold attributions the English pipeline misses (issue #11, PolNeAR recall).

For each scored gold attribution without a match (content Dice < 0.5 with every prediction,
the official scorer's rule), the class says where it was lost:

- `boundary`: a prediction overlaps its content, but with Dice < 0.5 (span too long/short);
- `taken`: a prediction matches it at Dice >= 0.5 but was paired with another gold;
- `tagger only, bare`: the CRF alone (`candidates(text, "crf")`) has it, as a content with
  neither cue nor source (dropped by the pipeline);
- `tagger only`: the CRF alone has it with a cue or source, the combined pipeline lost it;
- `rules only`: the full rules alone (`candidates(text, "rules")`) have it, the combiner lost it;
- `nothing`: neither the tagger nor the rules find it; split by whether the gold cue starts
  with a word of the cue lexicon (`cues.json`).

Prints the counts and the most frequent gold cues per class. Reads the shipped model.

Usage: python benchmarks/en_missed.py [SET ...]   (default: PolNeAR dev)
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from sayso.eval.command import evaluate_path
from sayso.eval.score import char_set, dice
from sayso.lang.en.extract import candidates
from sayso.lang.en.lexicon import lexicon

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "en-polnear" / "dev"


def _char_sets(tokens, cands) -> list[tuple[object, set[int]]]:
    return [(c, {i for a, b in c.content for t in range(a, b)
                 for i in range(tokens[t].start, tokens[t].end)}) for c in cands]


def classify(path: str) -> tuple[Counter, dict[str, Counter]]:
    lex = lexicon()
    counts: Counter = Counter()
    cues: dict[str, Counter] = {}
    for result in evaluate_path(path).results:
        text = result.analysis.document.text
        golds = result.gold.attributions
        preds = [char_set(p.content) for p in result.analysis.attributions]
        if not result.score.missed:
            continue
        tokens, _, crf = candidates(text, "crf")
        _, _, rules = candidates(text, "rules")
        crf_sets, rule_sets = _char_sets(tokens, crf), _char_sets(tokens, rules)
        for g in result.score.missed:
            gs = char_set(golds[g].content)
            cue = " ".join(text[s.start:s.end] for s in golds[g].cue).lower()
            best = max((dice(gs, p) for p in preds), default=0.0)
            tagged = [c for c, s in crf_sets if dice(gs, s) >= 0.5]
            if best >= 0.5:
                cls = "taken"
            elif best > 0:
                cls = "boundary"
            elif tagged:
                bare = all(not c.cue and c.source is None for c in tagged)
                cls = "tagger only, bare" if bare else "tagger only"
            elif any(dice(gs, s) >= 0.5 for _, s in rule_sets):
                cls = "rules only"
            else:
                words = cue.split()
                known = bool(words) and words[0] in lex.cue_first
                cls = "nothing, lexicon cue" if known else "nothing, cue not in lexicon"
            counts[cls] += 1
            cues.setdefault(cls, Counter())[cue] += 1
    return counts, cues


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", default=[str(DEV)])
    args = ap.parse_args()
    for path in args.sets:
        counts, cues = classify(path)
        print(f"{path}: {sum(counts.values())} missed")
        for cls, n in counts.most_common():
            top = ", ".join(f"{c} {k}" for c, k in cues[cls].most_common(8))
            print(f"  {n:4d}  {cls:28s} {top}")


if __name__ == "__main__":
    main()
