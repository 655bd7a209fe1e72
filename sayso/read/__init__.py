"""Readers: turn a file (Markdown, HTML, plain text, JSON Lines, stdin) into Documents.

`read_path` returns every article of a file or raises `InputError`; `iter_documents` yields a
Document or an InputError per article, so that one bad record of a corpus costs one item.
JSON input is JSON Lines (`.jsonl`, streamed) or one JSON value (`.json`: an article object or
a list of them).
The format comes from `format=`, else the file name, else a look at the content.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .decode import decode
from .html import read_html
from .jsonl import iter_json, iter_jsonl
from .limits import DEFAULT_LIMITS, Limits
from .markdown import read_markdown
from .plain import read_text

__all__ = [
    "FORMATS", "Limits", "DEFAULT_LIMITS", "detect_format", "iter_documents", "read_bytes",
    "read_path",
]

FORMATS = ("markdown", "html", "text", "jsonl")
_SUFFIXES = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".txt": "text", ".text": "text", ".ann": "text",
}
STDIN = "-"


def detect_format(path: str, head: bytes) -> str:
    """Format from the file name, else from the first bytes (`head`)."""
    suffix = Path(path).suffix.lower() if path != STDIN else ""
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024].lower()
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in start \
            or b"<head" in start:
        return "html"
    if start.startswith(b"{") and start.rstrip().endswith(b"}") or start.startswith(b'{"'):
        return "jsonl"
    if start.startswith((b"---\n", b"---\r\n", b"# ")):
        return "markdown"
    return "text"


def read_path(
    path: str | Path, *, format: str | None = None, limits: Limits = DEFAULT_LIMITS,
) -> list[Document]:
    """Documents in the file at `path` ("-" for standard input); raises InputError."""
    docs: list[Document] = []
    for item in iter_documents(path, format=format, limits=limits):
        if isinstance(item, InputError):
            raise item
        docs.append(item)
    return docs


def iter_documents(
    path: str | Path, *, format: str | None = None, limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Document | InputError]:
    """Each article of `path` as a Document, or an InputError for an article that is bad.

    A problem with the file as a whole (missing, unreadable, binary, too large) is raised, not
    yielded. JSON Lines files are streamed line by line.
    """
    name = str(path)
    if format is not None and format not in FORMATS:
        raise InputError(name, f"unknown format {format!r} (use one of {', '.join(FORMATS)})")
    stem = "stdin" if name == STDIN else Path(name).stem
    suffix = "" if name == STDIN else Path(name).suffix.lower()
    streamed = (format == "jsonl" and suffix != ".json") or (
        format is None and suffix in (".jsonl", ".ndjson"))
    if name != STDIN:
        _check_file(name, limits, check_size=not streamed)  # a corpus: the limit is per record
    if streamed:
        yield from _stream_jsonl(name, stem, limits)
        return
    raw = _read_all(name, limits)
    fmt = format or detect_format(name, raw[:2048])
    if fmt == "jsonl":
        yield from iter_json(raw, name, stem, limits)  # one JSON value, else JSON Lines
        return
    yield read_bytes(raw, name, format=fmt, limits=limits, doc_id=stem)


def read_bytes(
    raw: bytes, path: str, *, format: str, limits: Limits = DEFAULT_LIMITS, doc_id: str = "",
) -> Document:
    """One Document from the bytes of a Markdown, HTML or plain-text file."""
    limits.check_size(path, len(raw))
    if not raw.strip():
        raise InputError(path, "empty file" if not raw else "no text: the file is only whitespace")
    decoded = decode(raw, path)
    if not decoded.text.strip():
        raise InputError(path, "no text: the file is only whitespace")
    limits.check_lines(path, decoded.text)
    if format == "markdown":
        doc = read_markdown(decoded.text, doc_id=doc_id)
    elif format == "html":
        doc = read_html(decoded.text, doc_id=doc_id)
    else:
        doc = read_text(decoded.text, doc_id=doc_id)
    if not doc.text.strip():
        what = {"html": "in the HTML page", "markdown": "after removing Markdown markup"}
        raise InputError(path, f"no text {what.get(format, 'in the file')}")
    doc.meta.setdefault("format", format)
    doc.meta.setdefault("encoding", decoded.encoding)
    if decoded.replaced:
        doc.meta["replaced_bytes"] = decoded.replaced
    return doc


def _check_file(path: str, limits: Limits, *, check_size: bool = True) -> None:
    """Existence, kind, permission and size, before anything is read."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a directory (use `sayso batch` for folders)")
    if stat.S_ISREG(st.st_mode) and check_size:
        limits.check_size(path, st.st_size)
    if not os.access(path, os.R_OK):
        raise InputError(path, "permission denied")


def _read_all(path: str, limits: Limits) -> bytes:
    """All bytes of `path` (or stdin), reading at most one byte past the size limit."""
    cap = -1 if limits.max_bytes is None else limits.max_bytes + 1
    try:
        if path == STDIN:
            raw = sys.stdin.buffer.read(cap)
        else:
            with open(path, "rb") as fh:
                raw = fh.read(cap)
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    limits.check_size(path, len(raw))
    return raw


def _stream_jsonl(path: str, stem: str, limits: Limits) -> Iterator[Document | InputError]:
    try:
        fh = sys.stdin.buffer if path == STDIN else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    try:
        yield from iter_jsonl(fh, path, stem, limits)
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()
