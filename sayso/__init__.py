"""sayso: who said what, on whose authority, through which channels, how sure.

    >>> import sayso
    >>> analysis = sayso.analyze("外交部发言人秦刚说：“中方坚决反对。”")
    >>> analysis.attributions[0].source.text
    '外交部发言人秦刚'
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .model import Analysis, Document
from .pipeline import run
from .store import Store
from .version import __version__

__all__ = ["Analysis", "Document", "InputError", "Store", "analyze", "analyze_file", "__version__"]


def analyze(
    text: str,
    *,
    language: str | None = None,
    title: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
) -> Analysis:
    """Analyse a plain-text article. `language` ("zh" or "en") overrides detection."""
    doc = Document(
        text=text.replace("\r\n", "\n"), id=doc_id or "", title=title, url=url, language=language,
    )
    return run(doc)


def analyze_file(path: str | Path, *, format: str | None = None) -> Analysis:
    """Analyse the (first) article in a file of any supported format."""
    from .read import read_path

    docs = read_path(path, format=format)
    if not docs:
        raise InputError(str(path), "no article found")
    return run(docs[0])
