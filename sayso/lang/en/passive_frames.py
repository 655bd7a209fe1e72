"""Reporting frames whose speaker is the subject of a passive, with the agent moved.

`He was quoted by RIA Novosti as saying that the deal was off.`, `The minister was quoted as
saying by the Interfax news agency that prices would rise.`, `Putin is said to have told aides
that ...`, `She was reported by Kyodo to have said ...`, `He was heard saying ...`: the subject is
the speaker (ANNOTATION.md, citing chains: the cited party is the source, the citing outlet the
via), the `by` phrase names the channel, and the words come after the participle (and `that`).
The tagger learned from US text, where these frames are rare, and reads only `saying` as a cue
with no source; the passive rule of the extractor (the subject of a passive cue is no source)
would drop the subject too. The frame's grammar is fixed, so a pattern over tokens reads it.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .rules import Candidate, Range, determined_np, source_before
from .tokens import Sentence, Token

BE = frozenset({"is", "was", "are", "were", "been"})
QUOTED = frozenset({"quoted", "cited"})
# `X is said to have told ...`: reported speech at second hand
HEARSAY = frozenset({"said", "reported", "understood", "believed", "thought", "alleged",
                     "rumoured", "rumored", "known"})
HEARD = frozenset({"heard", "overheard", "recorded", "filmed", "caught"})
SAYING = frozenset({"saying", "telling", "stating", "writing", "claiming", "warning", "asking"})
SPEECH_PERFECT = frozenset({"said", "told", "warned", "claimed", "stated", "written", "declared",
                            "remarked", "admitted", "confided", "boasted", "complained", "asked",
                            "suggested", "insisted", "described", "threatened", "promised"})
ADVERBS = frozenset({"also", "once", "later", "widely", "reportedly", "allegedly", "previously",
                     "repeatedly", "even", "then", "first"})
OPENING_QUOTES = frozenset({"“", '"', "‘", "'"})
CLOSING_QUOTES = frozenset({"”", '"', "’", "'"})
MAX_AGENT = 8  # tokens of a `by` phrase (`by the state-run Interfax news agency`)
MAX_ADDRESSEE = 6  # tokens between `telling`/`told` and its `that` (`told a meeting of aides`)


def moved_agent_frames(tokens: list[Token], lower: list[str], sentences: list[Sentence],
                       lex: Lexicon) -> list[Candidate]:
    """Candidates for every passive reporting frame of `sentences` (see the module docstring)."""
    out: list[Candidate] = []
    for s in sentences:
        i = s.first
        while i < s.last:
            found = _frame_at(tokens, lower, s.first, s.last, i, lex) if lower[i] in BE else None
            if found is not None:
                out.append(found)
                i = found.content[-1][1]
            else:
                i += 1
    return out


def _frame_at(tokens: list[Token], lower: list[str], lo: int, hi: int, be: int,
              lex: Lexicon) -> Candidate | None:
    j = be + 1
    while j < hi and (lower[j] in ADVERBS or lower[j].endswith("ly") and lower[j] != "only"):
        j += 1
    if j + 2 >= hi:
        return None
    verb = lower[j]
    via: list[Range] = []
    if verb in QUOTED:  # quoted [by Y] as saying [by Y] [that]
        k, agent = _agent(lower, j + 1, hi)
        via += agent
        if not (k + 1 < hi and lower[k] == "as" and lower[k + 1] in SAYING):
            return None
        cue = [(j, j + 1), (k, k + 2)]
        m = k + 2
    elif verb in HEARSAY:  # said [by Y] to have told
        k, agent = _agent(lower, j + 1, hi)
        via += agent
        if not (k + 2 < hi and lower[k] == "to" and lower[k + 1] == "have"
                and lower[k + 2] in SPEECH_PERFECT):
            return None
        cue = [(j, j + 1), (k, k + 3)]
        m = k + 3
    elif verb in HEARD and lower[j + 1] in SAYING:  # heard saying
        cue = [(j, j + 2)]
        m = j + 2
    else:
        return None
    if lower[m - 1] in ("telling", "told", "asking", "asked", "warning", "warned"):
        m = _after_addressee(lower, m, hi)
        if m is None:
            return None
    m, agent = _agent(lower, m, hi)  # `as saying by the Interfax news agency that`
    via += agent
    if m < hi and lower[m] in ("that", ",", ":"):
        m += 1
    content = _content(tokens, lower, m, hi)
    subject_end = be - 1 if lower[be] == "been" else be
    source = source_before(tokens, lower, lo, subject_end, lex) \
        or determined_np(tokens, lower, lo, subject_end, lex)
    if content is None or source is None:
        return None
    return Candidate(cue, [content], source, "rule:passive-frame", via)


def _agent(lower: list[str], k: int, hi: int) -> tuple[int, list[Range]]:
    """(index after the `by` phrase at `k`, [its noun phrase without the article]) or (k, [])."""
    if k >= hi or lower[k] != "by":
        return k, []
    end = k + 1
    while end < hi and end - k <= MAX_AGENT and lower[end] not in ("as", "to", "that", ",", ":", "saying"):
        end += 1
    if end >= hi or end - k > MAX_AGENT or lower[end] not in ("as", "to", "that", ",", ":"):
        return k, []
    start = k + 1 + (lower[k + 1] == "the")
    return end, [(start, end)] if end > start else []


def _after_addressee(lower: list[str], m: int, hi: int) -> int | None:
    """The index of `that` (or `:`/a quote mark) after the addressee of `telling`/`told`."""
    for n in range(m, min(hi, m + MAX_ADDRESSEE + 1)):
        if lower[n] in ("that", ":", ",") or lower[n] in OPENING_QUOTES:
            return n
    return None


def _content(tokens: list[Token], lower: list[str], m: int, hi: int) -> Range | None:
    """What follows the frame: a quotation up to its closing mark, else the rest of the
    sentence without its final punctuation."""
    if m >= hi:
        return None
    if tokens[m].text in OPENING_QUOTES:
        close = next((n for n in range(m + 1, hi) if tokens[n].text in CLOSING_QUOTES), None)
        if close is not None:
            return (m, close + 1)
    end = hi
    while end > m and (tokens[end - 1].text in (".", ",", ";", ":") or tokens[end - 1].text in CLOSING_QUOTES
                       and not any(tokens[n].text in OPENING_QUOTES for n in range(m, end - 1))):
        end -= 1
    return (m, end) if end - m >= 2 else None
