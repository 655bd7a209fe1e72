"""Cue words PolNeAR train marks often and reliably that the cue lexicon lacks (issue #11).

For every token of PolNeAR TRAIN (first annotator per article, as the trainer reads it), count
how often its lower-cased form occurs and how often it lies inside a gold cue span. A form is a
candidate when it is a cue at least `--min-count` times, with cue precision (cue occurrences /
all occurrences) at least `--min-precision`, is alphabetic, and is not already the first token
of a lexicon cue. Forms of one verb/noun are grouped under a crude lemma (suffix stripping) and
their counts summed, so `reckon`/`reckoned` count together.

The candidates still need a reader: only general English attribution words (belief,
perception, report, claim nouns and verbs) go into `sayso/lang/en/cues.json`; topic words that
PolNeAR happens to mark (`support`, `opposed`) and function words do not. Never run it on the
test split; dev is for measurement only.

    python benchmarks/en_cue_candidates.py --data /work/shared/eval/en-polnear/train
"""

from __future__ import annotations

import argparse
import bisect
from collections import Counter

from sayso.lang.en.brat import iter_articles
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import tokenize


def lemma(word: str) -> str:
    """A crude shared key for inflected forms (`says`, `said` stay apart; enough to group)."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
    return word.rstrip("e") if len(word) > 4 else word


def counts(data: str) -> tuple[Counter, Counter]:
    """(occurrences, occurrences inside a gold cue) per lower-cased token of the split."""
    seen: Counter = Counter()
    as_cue: Counter = Counter()
    for art in iter_articles(data):
        spans = sorted(s for g in art.attributions for s in g.cue)
        starts = [a for a, _ in spans]
        for tok in tokenize(art.text):
            w = tok.text.lower()
            seen[w] += 1
            # spans are sorted by start and short: look back from the last one starting here
            k = bisect.bisect_right(starts, tok.start) - 1
            while k >= 0 and spans[k][0] >= tok.start - 200:
                a, b = spans[k]
                if a <= tok.start and tok.end <= b:
                    as_cue[w] += 1
                    break
                k -= 1
    return seen, as_cue


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="PolNeAR TRAIN split folder")
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--min-precision", type=float, default=0.5)
    args = ap.parse_args(argv)
    seen, as_cue = counts(args.data)
    known = lexicon().cue_first
    groups: dict[str, list[str]] = {}
    for w in seen:
        if w.isalpha() and w not in known:
            groups.setdefault(lemma(w), []).append(w)
    rows = []
    for key, forms in groups.items():
        n = sum(seen[w] for w in forms)
        c = sum(as_cue[w] for w in forms)
        if c >= args.min_count and c / n >= args.min_precision:
            rows.append((c, n, key, sorted(forms, key=lambda w: -as_cue[w])))
    for c, n, key, forms in sorted(rows, reverse=True):
        shown = " ".join(f"{w}:{as_cue[w]}/{seen[w]}" for w in forms)
        print(f"{key}\t{c}\t{n}\t{c / n:.2f}\t{shown}")


if __name__ == "__main__":
    main()
