"""Sections: every paragraph gets a kind (headline, body, commentary, credits, ...)."""

from __future__ import annotations

from .model import Document, Section


def segment(doc: Document) -> list[Section]:
    """Sections covering `doc.text` in order, without overlap."""
    return [Section("body", 0, len(doc.text))] if doc.text else []
