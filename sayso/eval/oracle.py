"""Oracle measurements: one component scored on gold input, the others taken out of the way."""

from __future__ import annotations

from pathlib import Path

from ..model import Analysis, Attribution, EntitySpan


def speakers_from_gold_sources(path: str | Path) -> tuple[int, int]:
    """(right, total) speakers when the Chinese entity linker gets the gold source spans.

    Separates linking and coreference errors from extraction errors: every scored gold
    attribution of the gold set at `path` is given with its source, cue, content and via
    spans but no entities, `link_entities` resolves them, and the README's speaker rule scores.
    """
    from ..context import Context
    from ..lang.zh.entities import link_entities
    from .command import read_document
    from .gold import discover
    from .score import speaker_right

    right = total = 0
    for case in discover(path):
        doc = read_document(case)
        gold = case.load(doc)
        atts = [
            Attribution(
                id=f"a{n}",
                source=EntitySpan(g.source.start, g.source.end, g.source.text) if g.source else None,
                cue=list(g.cue), content=list(g.content),
                via=[EntitySpan(v.start, v.end, v.text) for v in g.via],
            )
            for n, g in enumerate(gold.attributions)
        ]
        ctx = Context()
        link_entities(doc, atts, ctx)
        analysis = Analysis(doc, ctx.registry.entities, atts)
        for g, a in zip(gold.attributions, atts, strict=True):
            if not g.optional:
                total += 1
                right += speaker_right(g, analysis, a, "sayso")
    return right, total
