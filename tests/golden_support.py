"""What the golden-row tables share: where a row's expected content lies in its text, and how
much a prediction overlaps it (Dice over characters)."""

from __future__ import annotations


def content_chars(text: str, parts: list[str]) -> set[int]:
    """Character offsets of the expected content parts, each found after the one before."""
    out: set[int] = set()
    pos = 0
    for part in parts:
        k = text.find(part, pos)
        k = text.find(part) if k < 0 else k
        assert k >= 0, f"expected content {part!r} is not in the row's text"
        out |= set(range(k, k + len(part)))
        pos = k + len(part)
    return out


def dice(a: set[int], b: set[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0
