"""Script folding and small text utilities shared by every component."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache
from types import ModuleType

import opencc


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def quiet_jieba() -> ModuleType:
    """jieba with its part-of-speech tagger loaded and its log quiet ("Building prefix dict"
    never reaches the user's terminal). Imported on first use, so English-only runs never load
    it; the level is set once, because each `setLogLevel` call clears every logger's cache (1 %
    of Chinese analysis time when it was called per clause)."""
    import jieba
    import jieba.posseg  # noqa: F401  (the tagger, as `jieba.posseg`)

    jieba.setLogLevel(logging.WARNING)
    return jieba


_RECENT: dict[str, str] = {}
_RECENT_MAX = 8
_MEMO_MIN, _MEMO_MAX = 200, 2_000_000


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, character for character where OpenCC allows.

    Several components fold the same whole document (language detection, layout, provenance,
    extraction, entity linking): the last few long texts are remembered until
    `forget_recent()`, which the pipeline calls before each document so that no work is
    shared between documents.

    Extraction runs on the folded text and reports offsets into the original, so the
    conversion must keep length: when OpenCC changes the length (rare phrase conversions)
    we fall back to converting one character at a time.
    """
    memo = _MEMO_MIN <= len(text) <= _MEMO_MAX
    if memo and text in _RECENT:
        return _RECENT[text]
    folded = _fold(text)
    if memo:
        if len(_RECENT) >= _RECENT_MAX:
            del _RECENT[next(iter(_RECENT))]
        _RECENT[text] = folded
    return folded


def forget_recent() -> None:
    """Drop the remembered foldings (called at the start of every document)."""
    _RECENT.clear()


def _fold(text: str) -> str:
    if text.isascii():
        # OpenCC's t2s tables convert no ASCII character (all 128 checked), and English names
        # and texts are mostly ASCII: the gazetteer and entity keys of English skip the call
        return text
    folded = _t2s().convert(text)
    if len(folded) == len(text):
        return folded
    convert = _t2s().convert
    out = []
    for ch in text:
        c = convert(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


def fold_key(name: str) -> str:
    """Comparison key for names: simplified, lower case, without spaces and name joiners."""
    s = to_simplified(name).lower()
    for ch in " \u00a0\u3000·・•.‧":
        s = s.replace(ch, "")
    return s


def is_han(ch: str) -> bool:
    """A CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def literal_alternation(phrases: Sequence[str]) -> str:
    """A regex alternation of the literal `phrases`, tried in their order, written as one branch
    per first character (`d(?:enied|ismissed)|n(?:ever)`) for a case-sensitive pattern.

    At a position only the branch of its character can match, and within that branch the
    phrases keep their order, so every match (and which phrase makes it, under `re`'s
    leftmost-first rule) is the one of `"|".join(map(re.escape, phrases))`; but `re` checks a
    few dozen first characters there instead of every phrase (stance.json's 500 content phrases:
    a third of the time). An empty phrase matches anywhere, so the order of all phrases counts
    then: such a list comes back as the plain alternation."""
    if not all(phrases):
        return "|".join(map(re.escape, phrases))
    by_first: dict[str, list[str]] = {}
    for p in phrases:
        by_first.setdefault(p[0], []).append(p[1:])
    return "|".join(re.escape(first) + "(?:" + "|".join(map(re.escape, rest)) + ")"
                    for first, rest in by_first.items())
