"""A source span that opens with words naming nobody (round 28, `ensrc28`).

ANNOTATION.md: the source is "the exact text span naming the source". The tagger sometimes
starts the span at the sentence's first word although that word is a sentence adverb set off
by a comma, or takes the head of a fronted clause for the whole source:

- `Recently, the Adani Group also denied allegations ...` (enM-ibcworldnews-1), `However‚
  Ngqulunga denied that ...` (enO-timeslive-1, a low single quote standing for the comma),
  `Nevertheless, one of Mr Bakrie's deputies, Mahendra Siregar, told ...` (BBC business 491):
  the adverb and its comma are cut (`without_sentence_adverb`);
- `Days after announcing she and husband Alan Ferguson are calling it quits ..., Solange
  Knowles has addressed rumors` (enT-blackamericaweb-1), `After saying he was nervous ...`,
  `Furthermore`: a span made only of such words names nobody (`names_nobody`), and the time
  lead-in of a fronted clause (`time_lead_in`) is read by `fronted_clause` before its opener.

The word lists are data beside this module (`source_opening.json`); they are listed, not read
from an -ly ending, because names end so too (`Jolly, who was elected ...`).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TypeAlias

Range: TypeAlias = tuple[int, int]

_DATA = json.loads(resources.files("sayso.lang.en").joinpath("source_opening.json").read_text("utf-8"))
SENTENCE_ADVERBS = frozenset(_DATA["sentence_adverbs"])
NOBODY_WORDS = frozenset(_DATA["nobody_words"]) | SENTENCE_ADVERBS
TIME_LEAD_NOUNS = frozenset(_DATA["time_lead_nouns"])
NUMBER_WORDS = frozenset(_DATA["number_words"])
COMMAS = frozenset({",", "‚"})  # `‚` (U+201A) stands for the comma in some South African copy
TIME_LINKS = frozenset({"after", "before", "since"})


def without_sentence_adverb(lower: list[str], r: Range) -> Range:
    """`r` without an opening sentence adverb and the comma after it, when words follow
    (`Recently, the Adani Group` -> `the Adani Group`); `r` otherwise."""
    a, b = r
    if b - a > 2 and lower[a] in SENTENCE_ADVERBS and lower[a + 1] in COMMAS:
        return (a + 2, b)
    return r


def names_nobody(lower: list[str], r: Range) -> bool:
    """True when the span is only sentence adverbs, subordinators, conjunctions and a time
    lead-in (`Furthermore`, `After`, `Days after`, `One month after`, `In addition to`)."""
    a, b = r
    if b <= a:
        return False
    start = time_lead_in(lower, a, b)
    return all(lower[k] in NOBODY_WORDS for k in range(start, b))


def time_lead_in(lower: list[str], i: int, hi: int) -> int:
    """The index of `after`/`before`/`since` when a time lead-in opens at `i` (`Days after`,
    `One month after`, `Just hours before`, `Shortly after`); `i` itself otherwise."""
    k = i
    if k < hi and lower[k] in ("just", "only", "some"):
        k += 1
    if k < hi and (lower[k] in NUMBER_WORDS or lower[k].isdigit()):
        k += 1
    if k < hi and lower[k] in TIME_LEAD_NOUNS:
        k += 1
    if k > i and k < hi and lower[k] in TIME_LINKS:
        return k
    return i
