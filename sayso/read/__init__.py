"""Readers: turn a file (Markdown, HTML, plain text, JSON Lines, stdin) into Documents."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Document


def read_path(path: str | Path, *, format: str | None = None) -> list[Document]:
    """Documents in the file at `path` ("-" for standard input); raises InputError."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    text = raw.decode("utf-8-sig").replace("\r\n", "\n")
    return [Document(text=text, id=p.stem)]
