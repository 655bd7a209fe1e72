"""Offline language and script detection for the languages sayso reads (zh, en).

Script statistics decide first, as in Google's CLD2, which settles single-language scripts from
the Unicode script of the letters before any statistics: Han with kana is Japanese, Hangul is
Korean, Cyrillic, Arabic, Hebrew, Devanagari ... are languages sayso does not read, so the answer
is None. Han-dominant text is Chinese; Simplified vs Traditional is decided by how much OpenCC's
t2s conversion changes the Han characters. Latin text is English only when English function
words outnumber those of the other common Latin-script news languages (data:
`sayso/data/langid.json`).

Why not a statistical identifier (lingua, fastText): their models are tens to hundreds of MB, slow
to load, and would only add languages sayso refuses anyway. Cost stays flat: at most
`SAMPLE_CHARS` characters, taken as evenly spread windows, are examined however long the text is.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from operator import ne

from .text import to_simplified

SAMPLE_CHARS = 12_000
_SCRIPT_SAMPLE = 4_000  # characters enough to tell Hans from Hant
_WINDOWS = 4
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    data = json.loads(resources.files("sayso.data").joinpath("langid.json").read_text("utf-8"))
    return {lang: frozenset(words) for lang, words in data["latin_function_words"].items()}


def sample(text: str, size: int = SAMPLE_CHARS) -> str:
    """`text` itself when short, else `_WINDOWS` evenly spread windows totalling `size` chars."""
    if len(text) <= size:
        return text
    window = size // _WINDOWS
    step = (len(text) - window) // (_WINDOWS - 1)
    return "\n".join(text[i * step: i * step + window] for i in range(_WINDOWS))


_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
_NOT_HAN_RUN = re.compile("[^\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+")


def _han_not_alpha() -> re.Pattern[str] | None:
    """Code points in the `_HAN` ranges that are not letters (unassigned in this Unicode)."""
    chars = [chr(c) for lo, hi in ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF))
             for c in range(lo, hi + 1) if not chr(c).isalpha()]
    return re.compile("[" + "".join(map(re.escape, chars)) + "]") if chars else None


_HAN_NOT_ALPHA = _han_not_alpha()
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile("[\uac00-\ud7af\u1100-\u11ff]")
# Latin letters counted by runs (a word each): one string per run, not one per letter.
_LATIN_RUN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")


def script_counts(text: str) -> dict[str, int]:
    """Letters of `text` by script: han, kana, hangul, latin, other.

    Regex scans over CJK text cost about as much as the rest of the analysis of a short
    article, so kana and Hangul are only counted when Han and Latin leave letters unexplained.
    """
    other = "".join(_NOT_HAN_RUN.findall(text))
    han = len(text) - len(other)
    # Letters: `str.isalpha` over the non-Han characters only (a tenth of a Chinese text);
    # Han characters are letters except a few unassigned code points, counted apart.
    letters = sum(map(str.isalpha, other)) + han - (
        len(_HAN_NOT_ALPHA.findall(text)) if _HAN_NOT_ALPHA is not None else 0)
    counts = {"han": han, "kana": 0, "hangul": 0,
              "latin": sum(map(len, _LATIN_RUN.findall(text)))}
    rest = letters - counts["han"] - counts["latin"]
    if rest > 0:
        counts["kana"] = len(_KANA.findall(text))
        counts["hangul"] = len(_HANGUL.findall(text))
    counts["other"] = max(0, rest - counts["kana"] - counts["hangul"])
    return counts


def _han_count(text: str) -> int:
    """Han characters in `text`: the length minus the non-Han runs (Chinese text has few
    runs, while `findall` would build one string per Han character)."""
    return len(text) - sum(len(run) for run in _NOT_HAN_RUN.findall(text))


def chinese_script(text: str, han_count: int | None = None) -> str:
    """"Hant" when OpenCC's t2s changes enough of the Han characters of `text`, else "Hans".

    The whole text is folded (not just its Han characters) because the extractor folds the
    same text next and `to_simplified` remembers it; only Han characters change.
    """
    if han_count is None or len(text) > _SCRIPT_SAMPLE:
        text = text[:_SCRIPT_SAMPLE]
        han_count = _han_count(text)
    folded = to_simplified(text)
    # Compared in blocks: only blocks that differ are compared character by character.
    changed = sum(sum(map(ne, text[i:i + 64], folded[i:i + 64]))
                  for i in range(0, len(text), 64) if text[i:i + 64] != folded[i:i + 64])
    return "Hant" if changed >= max(2, 0.03 * han_count) else "Hans"


def latin_language(text: str) -> str | None:
    """"en" when English function words lead among Latin-script languages, else None."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return None
    lists = _function_words()
    hits = {lang: sum(map(vocab.__contains__, words)) for lang, vocab in lists.items()}
    english = hits.pop("en", 0)
    if english < max(1, 0.08 * len(words)) and len(words) >= 8:
        return None
    return "en" if english > max(hits.values(), default=0) else None


def detect(text: str) -> tuple[str | None, str | None]:
    """(language, script): ("zh", "Hans"|"Hant"), ("en", None), or (None, None) when unsure
    or when the text is in a language sayso does not read."""
    part = sample(text)
    counts = script_counts(part)
    letters = sum(counts.values())
    if not letters:
        return None, None
    han, latin = counts["han"], counts["latin"]
    if counts["kana"] > 0.05 * (han + counts["kana"]) or counts["hangul"] > 0.2 * letters:
        return None, None  # Japanese or Korean
    if han >= 0.3 * letters and han * 3 >= latin:
        return "zh", chinese_script(part, han)
    if latin >= 0.6 * letters:
        return latin_language(part), None
    return None, None
