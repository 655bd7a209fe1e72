"""Census of English source spans that are not noun phrases (round 28, `ensrc28`).

A source is "the exact text span naming the source" (ANNOTATION.md): a noun phrase. The
open pool's speaker losses show spans that are not one - a sentence adverb (`Furthermore`,
`Recently, the Adani Group`, `However‚ Ngqulunga`), the head of a fronted time clause (`Days
after`), a phrase that runs into a verb (`... Baloch refuted media reports`) or into a
participle (`numerous reports detailing`). This script counts them by their look, gold-free,
over an `en_attr_breadth.py --entity` dump of unlabeled text, and prints a sample per class.

Usage:
    .venv/bin/python benchmarks/en_attr_breadth.py OUT.json DIR ... --entity
    .venv/bin/python benchmarks/en_source_shape_census.py OUT.json [--show N] [--class NAME]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from sayso.lang.en.lexicon import lexicon

# sentence adverbs and connectives that may open a sentence before its subject
ADVERBS = frozenset(
    "additionally consequently furthermore hence likewise moreover nevertheless nonetheless "
    "similarly subsequently therefore thus however meanwhile recently separately earlier later "
    "also instead still now then yet besides elsewhere previously initially finally indeed "
    "overall importantly notably interestingly ultimately originally currently today "
    "yesterday".split())
TIME_NOUNS = frozenset("days hours weeks months years minutes moments seconds day hour week month "
                       "year shortly soon just only".split())
TIME_LINKS = frozenset({"after", "before", "since", "until", "later", "earlier", "ago"})
PREPOSITIONS = frozenset("of to for with on in at by from about after before than into over "
                         "against between".split())
SUBORDINATORS = frozenset("after when while if although though since before because as despite "
                          "upon once unless whereas".split())
ING_NOUNS = frozenset("meeting building thing evening morning hearing briefing ruling spring "
                      "king ring wing string finding funding offering spending training "
                      "setting reading earnings beijing sterling viking"
                      .split())
COMMAS = (",", "‚", "،")


def _words(source: str) -> list[str]:
    return re.findall(r"[\w’'.&-]+|[,‚،;:]", source)


def shape(source: str, cue_words: frozenset[str]) -> str | None:
    """The class of a source span that is not a noun phrase, None for a noun phrase."""
    words = _words(source)
    if not words:
        return None
    low = [w.lower() for w in words]
    if low[0] in ADVERBS and (len(words) == 1 or low[1] in COMMAS):
        return "opening adverb" if len(words) > 2 else "adverb alone"
    if words[0][:1].isupper() and low[0].endswith("ly") and len(words) > 1 and low[1] in COMMAS:
        return "opening adverb"
    if len(low) >= 2 and low[0] in TIME_NOUNS and low[1] in TIME_LINKS:
        return "time clause head"
    if low[0] in SUBORDINATORS and words[0][:1].isupper():
        return "opening subordinator"
    for k in range(1, len(words) - 1):  # a finite verb between a capitalised phrase and more words
        if words[k].islower() and low[k] in cue_words and (low[k].endswith("ed") or low[k].endswith("s")
                                                      and not low[k].endswith("ss")) \
                and words[k - 1][:1].isupper():
            return "runs into a verb"
    if len(words) > 1 and words[-1].islower() and low[-1].endswith("ing") and len(low[-1]) > 5 \
            and low[-1] not in ING_NOUNS:
        return "ends in a participle"
    if len(words) > 1 and low[-1] in PREPOSITIONS:
        return "ends in a preposition"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("--show", type=int, default=8, help="examples per class")
    ap.add_argument("--class", dest="only", help="show only this class (all its lines)")
    args = ap.parse_args()
    lex = lexicon()
    cue_words = frozenset(k[0] for k in lex.cues if len(k) == 1)
    data = json.loads(args.dump.read_text("utf-8"))
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = 0
    for name, lines in data.items():
        for line in lines:
            source = line.split(" | ", 1)[0]
            if source == "-":
                continue
            total += 1
            source = source.split(" (= ", 1)[0]
            c = shape(source, cue_words)
            if c is not None:
                counts[c] += 1
                examples[c].append(f"{Path(name).parent.parent.name if name.count('/') > 4 else ''}"
                                   f"{Path(name).parent.name}/{Path(name).stem}: {line[:220]}")
    print(f"{total} sourced attributions; not noun phrases: {sum(counts.values())}")
    for c, n in counts.most_common():
        print(f"  {c}: {n}")
    rnd = random.Random(28)
    for c, n in counts.most_common():
        if args.only and c != args.only:
            continue
        print(f"\n== {c} ({n})")
        sample = examples[c] if args.only else rnd.sample(examples[c], min(args.show, n))
        print("\n".join(sample))


if __name__ == "__main__":
    main()
