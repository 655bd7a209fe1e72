"""JSON Lines corpora: one article per line, read as a stream so that one bad line costs one item.

Each line is an object with `id`, `text` (or `html`, or `markdown`) and optionally `title`, `url`,
`published`, `language`. Blank lines are skipped. Every other line yields either a Document or
an InputError naming `path:line`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError
from ..model import Document
from .decode import decode
from .limits import Limits
from .meta import iso_date, language_tag
from .plain import normalize_newlines


def iter_jsonl(
    lines: Iterable[bytes], path: str, stem: str, limits: Limits,
) -> Iterator[Document | InputError]:
    """Documents (or errors) for each non-blank line of a JSONL stream."""
    for lineno, raw in enumerate(lines, 1):
        where = f"{path}:{lineno}"
        if not raw.strip():
            continue
        try:
            limits.check_size(where, len(raw))
            yield _record(raw, where, f"{stem}-{lineno}", limits)
        except InputError as exc:
            yield exc


def iter_json(
    raw: bytes, path: str, stem: str, limits: Limits,
) -> Iterator[Document | InputError]:
    """Articles of a whole-file JSON document: one object, or a list of objects.

    A file that is not one JSON value is read as JSON Lines instead.
    """
    try:
        value = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        yield from iter_jsonl(raw.splitlines(), path, stem, limits)
        return
    items = value if isinstance(value, list) else [value]
    for index, obj in enumerate(items, 1):
        where = f"{path}[{index}]" if isinstance(value, list) else path
        try:
            if not isinstance(obj, dict):
                raise InputError(where, f"expected a JSON object, got {type(obj).__name__}")
            doc = _document(obj, where, f"{stem}-{index}" if isinstance(value, list) else stem)
            limits.check_lines(where, doc.text)
            yield doc
        except InputError as exc:
            yield exc


def _record(raw: bytes, where: str, default_id: str, limits: Limits) -> Document:
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        line = decode(raw, where).text
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InputError(where, f"not valid JSON ({_short(exc)})") from None
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    doc = _document(obj, where, default_id)
    limits.check_lines(where, doc.text)
    return doc


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120]


def _document(obj: dict[str, Any], where: str, default_id: str) -> Document:
    from .html import read_html
    from .markdown import read_markdown

    doc_id = obj.get("id")
    doc_id = str(doc_id) if isinstance(doc_id, (str, int)) and str(doc_id).strip() else default_id
    url = _opt_str(obj, "url", where)
    if isinstance(obj.get("text"), str):
        doc = Document(text=normalize_newlines(obj["text"]), id=doc_id)
    elif isinstance(obj.get("html"), str):
        doc = read_html(obj["html"], doc_id=doc_id, url=url)
    elif isinstance(obj.get("markdown"), str):
        doc = read_markdown(obj["markdown"], doc_id=doc_id)
    else:
        raise InputError(where, 'no "text", "html" or "markdown" string field')
    if not doc.text.strip():
        raise InputError(where, "the article text is empty")
    doc.title = _opt_str(obj, "title", where) or doc.title
    doc.url = url or doc.url
    doc.published = iso_date(obj.get("published")) or doc.published
    language, script = language_tag(_opt_str(obj, "language", where))
    if language:
        doc.language, doc.script = language, script
    doc.meta.update({k: v for k, v in obj.items() if k not in ("text", "html", "markdown")})
    return doc


def _opt_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(where, f'"{key}" must be a string, got {type(value).__name__}')
    return value.strip() or None
