"""Chinese attribution extraction (simplified and traditional): the main flow.

    extract(analysis, ctx) -> list[Attribution]

1. Fold the text to simplified script (same length, so offsets carry over), pair quotation
   marks and split sentences outside quotations (`sayso.extract.quotes`).
2. Find cue occurrences with one Aho-Corasick pass (`lexicon.Lexicon.find_cues`) and the
   discontinuous frames (据…报道, 援引…的话说, 以“…”为由将其驳回, …) with bounded regexes per
   sentence, then analyse each cue locally: the source is cut from the clause before it
   (`source.cut_source`), the content is the adjacent quotation or the clause after it.
3. Relate the attributions of a sentence: elided subjects (…，并补充说) reuse the previous
   source, a later cue truncates a sibling's content, a cue inside another's content becomes
   its child (`parent`); 据-frames hand their outlet down as `via`.
4. Hedges (无法确认) make an attribution `unconfirmed`; denials (否认, 以“错误”为由将其驳回)
   get `stance: deny`, a `target`, and make the denied report `disputed`.
5. Entities: `zh_entities.link_entities` (coreference, aliases) when available, else one
   registry entry per source text.

The design is the cue-anchored, rule-based approach of the attribution literature (Pareti,
"Attribution: a computational approach", 2015; Krestel et al., 2008), with the quotation
patterns of Chinese news reporting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import Analysis, Attribution, Document, EntitySpan, Span
from ...text import to_simplified
from .base import _Cand
from .passes import _Passes

if TYPE_CHECKING:
    from ...context import Context

__all__ = ["extract"]


class _Extractor(_Passes):
    """The whole flow over one document (see the module docstring)."""

    def run(self) -> list[_Cand]:
        """Candidates of the whole document: per sentence, then the document-level passes."""
        cues = self.lex.find_cues(self.s)
        self._cue_starts = [c0 for c0, _, _ in cues]
        ci = 0
        for idx, (ss, se) in enumerate(self.sentences):
            while ci < len(cues) and cues[ci][0] < ss:
                ci += 1
            used: list[tuple[int, int]] = []
            cands = self._frames(ss, se, idx, used)
            while ci < len(cues) and cues[ci][0] < se:
                c0, c1, cue = cues[ci]
                ci += 1
                if (used and any(a <= c0 < b for a, b in used)) or self._in_title(c0):
                    continue
                if cands and any(c.src and c.src[0] <= c0 < c.src[1] for c in cands):
                    continue
                cands.extend(self._single(c0, c1, cue, ss, se, idx))
            if cands:
                cands.sort(key=lambda c: c.cue_start)
                self._relate(cands, ss)
                self.cands.extend(c for c in cands if c.content and (c.src or not c.elided)
                                  and self._not_background(c))
            self._interview_via(ss, se)
        self._continue_transcripts(cues)
        self._continue_quotes()
        self._headlines()
        self._transcript_turns()
        self._hedges()
        self._parents()
        self._denials()
        self._certainty()
        return self.cands


def _to_attribution(c: _Cand, text: str) -> Attribution:
    # Spans built directly (what `Span.at` does, one call level less: a dozen per attribution).
    src = EntitySpan(c.src[0], c.src[1], text[c.src[0]:c.src[1]]) if c.src else None
    return Attribution(
        id=c.id,
        source=src,
        cue=[Span(a, b, text[a:b]) for a, b in c.cue],
        content=[Span(a, b, text[a:b]) for a, b in c.content],
        kind=c.kind,
        via=[EntitySpan(a, b, text[a:b]) for a, b in c.via],
        parent=c.parent,
        stance=c.stance,
        target=c.target,
        certainty=c.certainty,
        hedges=[Span(a, b, text[a:b]) for a, b in c.hedges],
        evidence=c.evidence,
    )


def extract(analysis: Analysis, ctx: Context) -> list[Attribution]:
    """Every attribution of a Chinese article, with source/via entities linked in `ctx`."""
    doc = analysis.document
    if not doc.text:
        return []
    ex = _Extractor(doc, ctx)
    cands = ex.run()
    atts = [_to_attribution(c, doc.text) for c in cands]
    ids = {a.id for a in atts}
    for a in atts:
        if a.parent not in ids:
            a.parent = None
        if a.target not in ids:
            a.target = None
    _link(doc, atts, ctx, ex)
    return atts


def _link(doc: Document, atts: list[Attribution], ctx: Context, ex: _Extractor) -> None:
    """Entities for sources and vias: the coreference module when present, else a fallback."""
    try:
        from .entities import link_entities
    except ImportError:
        _fallback_link(doc, atts, ctx, ex)
    else:
        link_entities(doc, atts, ctx)


def _fallback_link(doc: Document, atts: list[Attribution], ctx: Context, ex: _Extractor) -> None:
    """One registry entity per source text until the coreference module is available."""
    reg = ctx.registry
    last_person = None
    for a in sorted(atts, key=lambda x: x.cue[0].start):
        for es in ([a.source] if a.source else []) + list(a.via):
            name = es.text.strip()
            outlet = ctx.gazetteer.lookup(name)
            if outlet is not None:
                es.entity = reg.add_outlet(outlet, name).id
                continue
            key = to_simplified(name)
            if key in ex.lex.pronouns and last_person is not None:
                es.entity = last_person
                continue
            if ex._is_anonymous(es.start, es.end):
                es.entity = reg.add("unnamed", name, merge=False).id
                continue
            etype = "organization" if key.endswith(("部", "局", "院", "宫", "党", "会", "府", "军",
                                                     "方", "中心", "团", "署", "处")) else "person"
            ent = reg.add(etype, name)
            es.entity = ent.id
            if es is a.source and etype == "person":
                last_person = ent.id
