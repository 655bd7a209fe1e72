"""What follows a channel inside an English content: the addressee told, an outlet's
descriptor, a platform's former name (`told the Reuters news agency the withdrawal was agreed`,
`in a post on X, formerly Twitter, that ...`). The channel is the via (`via.py`), not what was
said, so a content that opens on it starts after it.
"""

from __future__ import annotations

from . import via as en_via
from .rules import Candidate
from .tokens import QUOTES


def drop_addressee(cand: Candidate, via: list[tuple[int, int]], lower: list[str]) -> None:
    """`told lawmakers it was his duty`: a content that starts with the channel told starts
    after it."""
    for v in via:
        # `criticized the plan in an interview with CNN on Sunday`: the content ends before it
        cand.content = [(a, cut - (lower[cut - 1] == ",")) if a < v[0] and (cut := en_via.closing_adjunct(lower, v, b, a))
                        is not None and cut > a else (a, b) for a, b in cand.content]
        cand.content = [(_after_channel(lower, a, v, b), b) if (a <= v[0] < v[1] < b or v[0] < a < v[1] < b)
                        and any(w[:1].isalnum() for w in lower[v[1]:b]) else r
                        for r in cand.content for a, b in [r]]
        # `told the Reuters news agency the withdrawal was agreed`: the tagger's content opened
        # right after the outlet's name, on its description
        cand.content = [(_after_descriptor(lower, a, b), b) if a == v[1] else (a, b) for a, b in cand.content]
        # `told the hearing at the Birmingham and Midlands Institute the case could ...`: the
        # place or day of the telling is the frame's, not what was told
        # (the tagger may open the content past the preposition: `at | the scene the fire ...`)
        cand.content = [(max(a, _after_setting(lower, v[1], b)), b)
                        if (a == v[1] or a == v[1] + 1 and lower[v[1]] in _SETTING_PREPOSITIONS)
                        and _told_before(lower, v[0]) else (a, b) for a, b in cand.content]
        # `in a post on X, formerly Twitter, that ...`: the platform's old name is no content
        cand.content = [(_after_former_name(lower, a, b), b) if a in (v[1], v[1] + 1) else (a, b)
                        for a, b in cand.content]


# Prepositions of the place or day of a telling (`told reporters at the scene`, `told the
# hearing on Monday`).
_SETTING_PREPOSITIONS = frozenset({"at", "in", "on", "during", "outside"})
# Words that open the told clause after such a phrase: a determiner or a subject pronoun.
_CLAUSE_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "it", "we", "i", "his", "her",
                             "their", "its", "there", "this", "these", "those"})


def _told_before(lower: list[str], at: int) -> bool:
    """Whether a form of `tell` stands right before the addressee at `at` (or before its
    article)."""
    return any(lower[m] in en_via.TELL for m in range(max(0, at - 2), at))


def _after_setting(lower: list[str], a: int, b: int) -> int:
    """Where a told content that opens with a short place or time phrase (`at the Birmingham and
    Midlands Institute`, `at the scene`, `on Monday`) right after the addressee starts: at the
    determiner or pronoun that opens the clause after the phrase (at most six words, none of
    them punctuation), leaving at least three words; else at `a`. ANNOTATION.md: the content
    is what was said; a phrase saying where it was said is the frame's."""
    if lower[a] not in _SETTING_PREPOSITIONS or "that" in lower[a:min(b, a + 12)]:
        return a  # `told Trump at the beginning of the meeting that ...`: the `that` opens it
    k = a + 1 + (a + 1 < b and lower[a + 1] in ("the", "a", "an", "his", "her", "their", "its"))
    for m in range(k + 1, min(b - 2, a + 8)):
        if not lower[m - 1].replace("-", "").replace("&", "").isalpha() and lower[m - 1] != "&":
            return a
        if lower[m] in _CLAUSE_OPENERS and lower[m - 1] not in _PHRASE_INNER:
            return m
    return a


# Words after which a determiner goes on the phrase (`at the beginning of the meeting`).
_PHRASE_INNER = frozenset({"of", "in", "at", "on", "for", "to", "from", "with", "by", "and", "&"})


def _after_former_name(lower: list[str], a: int, b: int) -> int:
    """Where a content opening with a channel's former name (`formerly Twitter, that ...`)
    starts: after the `that` within five words, else at `a`."""
    k = a + (lower[a] == ",")
    if k >= b or lower[k] not in ("formerly", "previously", "once"):
        return a
    return next((m + 1 for m in range(k + 1, min(b - 1, k + 6)) if lower[m] == "that"), a)


def _after_channel(lower: list[str], a: int, v: tuple[int, int], b: int) -> int:
    """Where a content that held the channel `v` starts: after the channel, or, when the
    content opened with a preposition before it (`on her Telegram channel that ...`, `on X,
    formerly Twitter, that ...`), after the complementiser that follows within a few words."""
    if en_via.opens_with_channel(lower, a, v):
        for m in range(v[1], min(b - 1, v[1] + 8)):
            if lower[m] == "that":
                return m + 1
            if lower[m] in QUOTES or lower[m] in ("which", "who", ";"):
                break
    if a == v[0] and v[1] + 2 < b and lower[v[1]] in _PLATFORM_PIECES and lower[v[1] + 1] == "that":
        return v[1] + 2  # `said in a Facebook post | that ...`: the tagger's content opened on
        # the platform; the post is the medium (the channel is its platform), not what was said
    return _after_descriptor(lower, v[1], b)


# What is posted on a platform named before it (`a Facebook post`, `a Telegram message`).
_PLATFORM_PIECES = frozenset({"post", "posts", "message", "messages", "video", "tweet", "statement",
                              "page", "account", "channel", "livestream", "broadcast", "update",
                              # `said on his official Twitter | feed that ...` (PolNeAR train)
                              "feed", "handle", "profile"})


# Words describing an outlet right after its name (`told the Associated Press news agency`,
# `told the BBC News website`): part of the addressee, not of what was told.
_OUTLET_DESCRIPTORS = (("news", "agency"), ("news", "website"), ("news", "service"), ("news", "site"),
                       ("news", "channel"), ("news", "network"), ("news", "online"), ("news", "programme"),
                       ("news", "program"), ("website",), ("newspaper",), ("news", "agency's"))


def _after_descriptor(lower: list[str], k: int, b: int) -> int:
    """`k`, or past an outlet descriptor starting there that leaves a content after it."""
    for words in _OUTLET_DESCRIPTORS:
        n = len(words)
        if tuple(lower[k:k + n]) == words and k + n < b:
            return k + n
    return k
