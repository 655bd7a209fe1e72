"""The analysis pipeline: a sequence of small components over one Analysis.

Each component adds one kind of annotation (language, sections, provenance, attributions)
and shares the entity registry and gazetteer through a `Context`.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable

from . import dateline, langid, layout, provenance, text
from .context import Context
from .model import Analysis, Attribution, Document

Component = Callable[[Analysis, Context], None]
EXTRACTORS = ("zh", "en")  # languages with an extractor in sayso/lang/<code>/extract.py


def detect_language(analysis: Analysis, ctx: Context) -> None:
    doc = analysis.document
    language, script = langid.detect(doc.text)
    if doc.language is None:
        doc.language = language
    if doc.language == "zh" and doc.script is None:
        doc.script = script or "Hans"


def add_sections(analysis: Analysis, ctx: Context) -> None:
    analysis.document.sections = layout.segment(analysis.document)


def add_provenance(analysis: Analysis, ctx: Context) -> None:
    analysis.document.provenance = provenance.find_provenance(analysis.document, ctx)


def add_attributions(analysis: Analysis, ctx: Context) -> None:
    language = analysis.document.language
    if language not in EXTRACTORS:
        return
    # Each language's extractor is `sayso/lang/<code>/extract.py` with `extract(analysis, ctx)`:
    # a new language is a new folder and its code here.
    extractor = importlib.import_module(f".lang.{language}.extract", __package__)
    analysis.attributions = extractor.extract(analysis, ctx)


def finalize(analysis: Analysis, ctx: Context) -> None:
    """Text order, stable ids (a1, a2, ...), sections, and the entity list."""
    doc = analysis.document
    ordered = sorted(analysis.attributions, key=lambda a: a.start)
    renamed = {a.id: f"a{i}" for i, a in enumerate(ordered, 1)}
    for a in ordered:
        a.id = renamed[a.id]
        a.parent = renamed.get(a.parent) if a.parent else None
        a.target = renamed.get(a.target) if a.target else None
        a.section = _attribution_section(doc, a)
    analysis.attributions = ordered
    analysis.entities = ctx.registry.entities


def _attribution_section(doc: Document, a: Attribution) -> str:
    anchor = a.cue[0].start if a.cue else a.start
    kind = doc.section_at(anchor)
    return kind if kind in ("body", "commentary", "headline", "caption") else "body"


PIPELINE: list[Component] = [
    detect_language, add_sections, add_provenance, add_attributions, finalize,
]


def run(doc: Document, ctx: Context | None = None) -> Analysis:
    """Analyse one document read by a reader (or built from a string)."""
    ctx = ctx or Context()
    if not doc.id:
        doc.id = "sha1-" + hashlib.sha1(doc.text.encode("utf-8")).hexdigest()[:12]
    analysis = Analysis(document=doc)
    # Components share foldings and datelines within a document, never across documents.
    text.forget_recent()
    dateline.forget_datelines()
    for component in PIPELINE:
        component(analysis, ctx)
    return analysis
