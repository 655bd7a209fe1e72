"""Offline language and script detection for the languages sayso reads.

Chinese vs English is decided by the share of Han characters among letters; Simplified vs
Traditional by how much OpenCC's t2s conversion changes the Han characters.
"""

from __future__ import annotations

from .text import to_simplified


def detect(text: str) -> tuple[str | None, str | None]:
    """(language, script): ("zh", "Hans"|"Hant"), ("en", None), or (None, None) when unsure."""
    sample = text[:20000]
    han = [c for c in sample if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"]
    latin = sum(1 for c in sample if c.isascii() and c.isalpha())
    letters = sum(1 for c in sample if c.isalpha())
    if not letters:
        return None, None
    if len(han) * 3 >= latin and len(han) >= 0.3 * letters:
        hans = "".join(han)
        changed = sum(a != b for a, b in zip(hans, to_simplified(hans), strict=True))
        return "zh", ("Hant" if changed >= max(2, 0.03 * len(han)) else "Hans")
    if latin >= 0.6 * letters:
        return "en", None
    return None, None
