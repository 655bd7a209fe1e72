"""Plain-text reader: the decoded text, with only line endings normalised.

Offsets of outside annotations (PolNeAR's brat standoff) refer to the file's characters, so
nothing else is touched: no trimming, no Unicode normalisation, no whitespace folding.
"""

from __future__ import annotations

from ..model import Document


def normalize_newlines(text: str) -> str:
    """`\\r\\n` and lone `\\r` become `\\n`."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def read_text(text: str, *, doc_id: str = "") -> Document:
    """A Document whose text is `text` with normalised line endings."""
    return Document(text=normalize_newlines(text), id=doc_id)
