"""Provenance: where the text came from (reposts, credits, references, dateline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Document, Provenance

if TYPE_CHECKING:
    from .pipeline import Context


def find_provenance(doc: Document, ctx: Context) -> Provenance:
    return Provenance()
