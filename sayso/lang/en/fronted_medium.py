"""Sources behind a fronted or inserted phrase naming the medium.

News copy often names the medium of a statement before its speaker:

- fronted, closed by a comma: `In court papers, prosecutors said ...`, `In a filing with the
  Securities and Exchange Commission, the company said ...`, `In a YouTube video, the minister
  said ...`;
- inserted between the subject and its verb without commas: `Jeb Bush in a Medium post said
  ...`, `The White House in a statement said ...`, or with only a closing one (`Brigadier
  General Mohammed Yerima in a statement on Monday, dismissed ...`, Nigerian wire copy).

The tagger may run the source span over that phrase (`court papers, prosecutors`, `Jeb Bush in
a Medium post`). ANNOTATION.md: the source is the party speaking; "the addressee or medium of
speech is a `via`". The functions here give the source back its own words; the medium is then
read as a channel by the sentence's channel scan (`en_via.scan_sentence`), as for `In a
statement, the company said` (the inserted phrase, extract.py `_before_medium`).
"""

from __future__ import annotations

from typing import TypeAlias

from .lexicon import find_phrases
from .outlets import channel_words
from .rules import CONJUNCTIONS
from .tokens import Token

Range: TypeAlias = tuple[int, int]

# Prepositions that open a fronted phrase naming where or through what something was said
# (`In a statement, ...`, `On Sunday's edition of Face the Nation, ...`, `At a news conference,
# ...`, `During an interview, ...`, `Via a spokesman, ...`, `Through his lawyer, ...`).
FRONT_PREPOSITIONS = frozenset({"in", "on", "at", "during", "via", "through"})
RELATIVES = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


def subject_after_fronted(tokens: list[Token], lower: list[str], lo: int, source: Range,
                          cue: list[Range]) -> Range:
    """The subject after a fronted prepositional phrase that the source span `source` runs over:
    the sentence (from `lo`, after at most a conjunction) opens with a preposition of
    `FRONT_PREPOSITIONS`, the span starts at or right after it, holds the phrase's closing comma
    and ends before the cue (`In court papers, prosecutors said` -> prosecutors). The words after
    the first comma are the subject (a fronted phrase naming a medium has no comma of its own).
    `source` unchanged otherwise."""
    a, b = source
    if not cue or b > cue[0][0]:
        return source
    k = lo + (lower[lo] in CONJUNCTIONS if lo < b else 0)
    if lower[k] not in FRONT_PREPOSITIONS or a not in (k, k + 1):
        return source
    comma = next((m for m in range(a, b) if lower[m] == ","), None)
    if comma is None or comma + 1 >= b or not tokens[comma + 1].text[:1].isalnum() \
            or lower[comma + 1] in RELATIVES:
        return source  # `In recent months News Corp's unit, which publishes The Sun, ...`: the
        # comma opens a relative clause inside the phrase (BBC business 014), no subject follows
    return (comma + 1, b)


# Prepositions of a medium phrase inserted between a named subject and its verb (`Jeb Bush in a
# Medium post said`, `Smith during a news conference said`); not `at` (`officials at the
# embassy said` is a body of speakers).
INSERTED_PREPOSITIONS = frozenset({"in", "during"})
# The article of a medium the subject issued or spoke in: a new one (`in a statement`) or its
# own (`in his speech`); not `the` (`A footnote in the report makes that clear`, PolNeAR train
# wash-post 2015-11-16: the footnote is part of a known document, its source).
_DETERMINERS = frozenset({"a", "an", "his", "her", "their", "its", "our"})
MAX_MEDIUM = 8  # tokens of an inserted medium phrase (`in an interview with The New York Times`)


def inserted_medium(tokens: list[Token], lower: list[str], lo: int, cue: list[Range]) -> tuple[int, Range] | None:
    """A medium phrase inserted right before the cue, without an opening comma: `Jeb Bush in a
    Medium post | said`, `The White House in a statement | said`, `Yerima in a statement on
    Monday, | dismissed`. The phrase opens with `in`/`during` and an
    article of `_DETERMINERS` and names a medium of channels.json (`platforms` or `events`:
    post, statement, interview, news conference) within its first words. (where the phrase
    starts, the medium's range), or None."""
    if not cue:
        return None
    c = cue[0][0]
    if lower[c] in _DETERMINERS or lower[c].endswith("ing"):
        return None  # `Bush in a debate on Saturday, including a suggestion that ...`, `... in an
        # email to supporters, saying that` (PolNeAR train): the cue is no verb of that subject
    words = channel_words()
    end = c - 1 if c - 1 > lo and lower[c - 1] == "," else c
    # `Brigadier General Mohammed Yerima in a statement on Monday, dismissed the allegation`
    # (enN-vanguard-1): a comma may close the phrase when none opened it (an opening comma makes
    # it a fronted aside, read by the channel scan; the test on the word before `in` below)
    for m in range(end - 1, max(lo, end - 2 - MAX_MEDIUM), -1):
        if not tokens[m].text[:1].isalnum() or lower[m] in RELATIVES:
            return None  # `the unit, which publishes ...`: a clause, not a phrase
        if m > end - 3 or lower[m] not in INSERTED_PREPOSITIONS or lower[m + 1] not in _DETERMINERS:
            continue
        if m == lo or not tokens[m - 1].text[:1].isalnum() or lower[m - 1].endswith("ed"):
            return None  # `The company named in the lawsuit denied` (BBC tech 273): a
            # participle's phrase describes the subject
        named = find_phrases(lower, words.platforms, m + 2, min(end, m + 6)) \
            or find_phrases(lower, words.events, m + 2, min(end, m + 6))
        return (m, named[0]) if named else None
    return None


def name_after_unclosed(tokens: list[Token], lower: list[str], lo: int, source: Range) -> Range | None:
    """The name closing a source span that a fronted medium phrase without its comma runs into
    (`Furthermore, in | its report Cyble | said`, enR-cyberreport-1): a preposition of
    `FRONT_PREPOSITIONS` stands right before the span (after `lo`), the span opens with an
    article of `_DETERMINERS` and a one-word medium of channels.json (`platforms`, `events`), and capitalised
    words end it right after that noun. None otherwise."""
    a, b = source
    if a - 1 <= lo or lower[a - 1] not in FRONT_PREPOSITIONS:
        return None
    if b - a < 3 or lower[a] not in _DETERMINERS or not tokens[a + 1].text.islower() \
            or not find_phrases(lower, channel_words().platforms, a + 1, a + 2) \
            and not find_phrases(lower, channel_words().events, a + 1, a + 2):
        return None
    if not all(tokens[k].text[:1].isupper() for k in range(a + 2, b)):
        return None
    return (a + 2, b)
