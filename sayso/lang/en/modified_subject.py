"""A subject set apart from its verb by a modifier of its head (issue #11, speakers on new text).

`A family in Kerala's Ernakulam district has levelled allegations ..., saying ...` (NDTV 2020,
enL-ndtv-1), `The trust spending more than $100 million on a 20-mile Bus Rapid Transit line in
South Dade refused ..., saying ...` (Miami Today, enC-miamitoday-1), `The mother of a woman who
took suspected diet pills bought online has described how ...` (BuzzFeed, en-buzzfeed-1): the
clause's subject is a noun phrase whose head a prepositional phrase, a reduced relative (`-ing`)
or a relative clause with no commas follows; the verb comes only after it. The source is the
whole noun phrase with its modifier, as PolNeAR spans it ("the source is the whole noun phrase",
rules.py module docstring); the speaker is its head.

The head must be determined (an article or a possessive: `A family`, `The trust`, `Nisan
Ahmado's source`) for the modifier to count as part of it; after a bare capitalised word the
phrase may be an adjunct (`Trump in Florida said`) or the word no name at all (`Data from ...`,
`Spurred by ...`: BBC 2004, PolNeAR train), and nothing is read. No comma, quotation, colon or
dash may stand in the modifier (those set off an apposition or a clause, other rules' work),
and without a relative pronoun no auxiliary or conjunction either (a verb of its own). The verb
must be finite and active (`has`, a past form; not `are expected`, a passive, nor a noun cue
such as `requests`).
"""

from __future__ import annotations

from .lexicon import Lexicon
from .rules import FINITE_AUXILIARIES, IRREGULAR_PAST, QUOTE_TOKENS, Range
from .tokens import Token

# Prepositions that open a modifier of a subject's head (`a family in Kerala`, `the mother of
# a woman`, `a source inside the camp`).
MODIFIER_PREPOSITIONS = frozenset({"of", "in", "at", "from", "inside", "near", "outside", "within",
                                   "across", "for", "with", "on"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "whose"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "our"})
# Words that mean the modifier holds a verb or clause of its own (no relative pronoun before).
CLAUSE_WORDS = frozenset({"and", "but", "or", "is", "are", "was", "were", "be", "been", "has",
                          "have", "had", "will", "would", "could", "can", "may", "might", "should",
                          "must", "did", "does", "do", "not", "to", "which", "when", "while",
                          "because", "if", "as"})
# Auxiliaries that open a subject's verb group (not `be`: a passive's subject is no speaker).
FINITE_VERB_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "can", "may",
                                     "might", "should", "must", "did", "does"})
SET_OFF = frozenset({",", ";", ":", "(", ")", "-", "--", "—", "–"})
MAX_HEAD = 4       # lower-case words of the head phrase after its determiner
MAX_NAMED_HEAD = 12  # all its words (`A VOA Extremism Watch Desk reporter Nisan Ahmado's source`)
MAX_MODIFIER = 22  # tokens from the modifier's first word to the verb


def _head_end(tokens: list[Token], lower: list[str], lo: int, end: int) -> int | None:
    """Where the determined head noun phrase at `lo` ends: an article or a possessive and at
    most `MAX_HEAD` lower-case words (a name's capitalised words do not count)."""
    first = tokens[lo].text
    possessive = first[:1].isupper() and lower[lo].endswith(("'s", "’s"))
    if lower[lo] in DETERMINERS or possessive:
        j = start = lo + 1
        common = 0  # lower-case words of the head (a name's capitalised words do not count)
        while j < end and j - lo <= MAX_NAMED_HEAD and tokens[j].text[:1].isalnum() \
                and lower[j] not in MODIFIER_PREPOSITIONS and lower[j] not in RELATIVE_PRONOUNS \
                and lower[j] not in CLAUSE_WORDS and not _participle(tokens, lower, j):
            if tokens[j].text[:1].isupper() and lower[j].endswith(("'s", "’s")):
                start, common = j + 1, 0  # `A VOA ... reporter Nisan Ahmado's | source`: the head restarts
            elif not tokens[j].text[:1].isupper():
                common += 1
                if common > MAX_HEAD:
                    return None
            j += 1
        return j if j > start else None
    j = lo
    while j < end and j - lo < MAX_HEAD and tokens[j].text[:1].isupper() and tokens[j].text[:1].isalpha():
        if lower[j].endswith(("'s", "’s")):
            return _head_end(tokens, lower, j, end)  # `Nisan Ahmado's source`
        j += 1
    return None  # a bare capitalised word may be a name or only the sentence's first word
    # (`Data from ...`, `Spurred by ...`); a bare name's phrase is an adjunct (`Gates in Seattle`)


def _participle(tokens: list[Token], lower: list[str], j: int) -> bool:
    """A lower-case -ing word that opens a reduced relative (`The trust spending ...`)."""
    return len(lower[j]) > 5 and lower[j].endswith("ing") and tokens[j].text[:1].islower()


def _joining_hyphen(tokens: list[Token], m: int) -> bool:
    """A hyphen glued to the words on both sides joins a compound (`a 20-mile line`), it sets
    nothing off."""
    return tokens[m].text == "-" and 0 < m < len(tokens) - 1 \
        and tokens[m - 1].end == tokens[m].start and tokens[m].end == tokens[m + 1].start


def modified_subject(tokens: list[Token], lower: list[str], lo: int, end: int,
                     lex: Lexicon) -> Range | None:
    """The subject at `lo` whose head's modifier runs right up to its verb at `end`; None when
    the words there are not one noun phrase with a modifier."""
    if not finite_verb(tokens, lower, end):
        return None
    return _modified_phrase(tokens, lower, lo, end, lex)


def _modified_phrase(tokens: list[Token], lower: list[str], lo: int, end: int,
                     lex: Lexicon) -> Range | None:
    """The determined noun phrase with a modifier that runs from `lo` right up to `end`."""
    if end - lo < 3 or lower[lo] in lex.pronouns:
        return None
    j = _head_end(tokens, lower, lo, end)
    if j is None or lower[end - 1] in RELATIVE_PRONOUNS:
        return None  # (`rhetoric on immigration that portrays`: the relative clause's verb)
    if j >= end - 1 or not (lower[j] in MODIFIER_PREPOSITIONS or lower[j] in RELATIVE_PRONOUNS
                            or _participle(tokens, lower, j) and lower[j] not in lex.participle_not_cues):
        return None
    if end - j > MAX_MODIFIER:
        return None
    relative = lower[j] in RELATIVE_PRONOUNS
    for m in range(j + 1, end):
        if lower[m] in SET_OFF and not _joining_hyphen(tokens, m) or tokens[m].text in QUOTE_TOKENS:
            return None
        relative = relative or lower[m] in RELATIVE_PRONOUNS
        if not relative and lower[m] in CLAUSE_WORDS:
            return None
    return (lo, end)


def finite_verb(tokens: list[Token], lower: list[str], k: int) -> bool:
    """Whether token `k` opens a finite verb group: an auxiliary other than a form of `be` (a
    passive subject is no speaker: `The next generation of consoles are expected to ...`: BBC
    2004) or a past form. Not a present form in -s: a noun cue may be one (`A new batch of State
    Department communications includes requests to help ...`: PolNeAR train, NYT 2016)."""
    w = lower[k]
    if w in FINITE_VERB_AUXILIARIES:
        return True
    if not (tokens[k].text.isalpha() and tokens[k].text.islower()):
        return False
    return w.endswith("ed") or w in IRREGULAR_PAST


def main_verb(tokens: list[Token], lower: list[str], lo: int, end: int) -> int | None:
    """Where the verb of a subject with a modifier stands before `end` (a participle cue's
    comma): the first finite auxiliary, or a lower-case past form after a noun (not after an
    article or preposition: `the affected district`, `in armed clashes`)."""
    for m in range(lo + 2, end):
        w = lower[m]
        if w in RELATIVE_PRONOUNS or w in SET_OFF and not _joining_hyphen(tokens, m) \
                or tokens[m].text in QUOTE_TOKENS:
            return None  # a clause of its own before the verb: not read here
        if w in FINITE_AUXILIARIES:
            return m if w in FINITE_VERB_AUXILIARIES else None
        if tokens[m].text.isalpha() and tokens[m].text.islower() \
                and (w.endswith("ed") or w in IRREGULAR_PAST) \
                and lower[m - 1] not in DETERMINERS and lower[m - 1] not in MODIFIER_PREPOSITIONS:
            return m
    return None


def apposition_subject(tokens: list[Token], lower: list[str], lo: int, a: int,
                       lex: Lexicon) -> Range | None:
    """`A VOA Extremism Watch Desk reporter Nisan Ahmado's source inside the Rukban camp, a
    Syrian refugee who feared regime retaliation and asked not to be identified, said`
    (Polygraph.info 2019, enC-polygraph-1): a subject with a modifier, then an apposition
    opening with an article and closed by a comma right before the cue at `a`; the source is
    both, PolNeAR's way (`rules.apposition_before` reads the same shape after a name)."""
    if a - 1 <= lo or lower[a - 1] != "," or not finite_verb(tokens, lower, a):
        return None
    for k in range(a - 2, max(lo, a - 2 - MAX_MODIFIER), -1):
        if tokens[k].text in QUOTE_TOKENS or lower[k] in (";", ":"):
            return None
        if lower[k] == ",":
            if lower[k + 1] not in ("a", "an", "the"):
                return None
            subject = _modified_phrase(tokens, lower, lo, k, lex)
            return (subject[0], a - 1) if subject is not None else None
    return None
