"""Chinese attribution extraction (simplified and traditional): the stages, in order.

    extract(analysis, ctx) -> list[Attribution]

`candidates(doc)` below is the whole flow; each stage is a module with a small public API over
the document (`doc.ChineseDoc`) and the candidate record (`doc.Candidate`):

1. `doc`: fold the text to simplified script (same length, so offsets carry over), pair
   quotation marks and split sentences outside quotations (`sayso.extract.quotes`).
2. `frames` and `cues`: per sentence, the discontinuous frames (据…报道, 援引…的话说,
   以“…”为由将其驳回, …) by bounded regexes, then every cue found by one Aho-Corasick pass
   (`lexicon.Lexicon.find_cues`) analysed locally: the source is cut from the clause before it
   (`source.cut_source`), the content (`content`) is the adjacent quotation or the clause after.
3. `relate`: within a sentence, elided subjects (…，并补充说) reuse the previous source, a later
   cue truncates a sibling's content, background clauses go, an interviewer is the channel.
4. `continuation` and `turns`: speech running over sentences; headlines and transcript turns.
5. `certainty` and `nesting`: hedges (无法确认) make an attribution `unconfirmed`; a cue inside
   another's content becomes its child (`parent`) and relaying outlets its `via`; denials (否认,
   以“错误”为由将其驳回) get `stance: deny`, a `target`, and make the denied report `disputed`.
6. `entities`: coreference and aliases for every source and channel.

The design is the cue-anchored, rule-based approach of the attribution literature (Pareti,
"Attribution: a computational approach", 2015; Krestel et al., 2008), with the quotation
patterns of Chinese news reporting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import Analysis, Attribution, EntitySpan, Span
from .certainty import (
    assign_certainty,
    dispute_absurd_claims,
    dispute_contrasted_claims,
    dispute_false_circulation,
    dispute_rebutted_children,
    dispute_rebutted_reports,
    mark_bare_denials,
    mark_denials,
    mark_hedges,
    mark_rebutted_report,
    moved_source_certainty,
)
from .channels import channel_spans, predicate_channels
from .content import keep_question_marks
from .continuation import (
    carry_written_channels,
    continue_questions,
    continue_quote_paragraphs,
    continue_quotes,
    continue_transcripts,
    narrated_documents,
    narrated_platforms,
)
from .cues import cue_candidates, drop_relative_clause_cues
from .doc import Candidate, ChineseDoc
from .entities import link_entities
from .frames import frame_candidates
from .nesting import nest, restore_outlet_frames
from .relate import interview_via, not_background, relate
from .turns import headlines, transcript_turns

if TYPE_CHECKING:
    from ...context import Context

__all__ = ["candidates", "extract"]


def candidates(doc: ChineseDoc) -> list[Candidate]:
    """The stages in order: per sentence (frames, single cues, relations), then the passes
    over the whole document (continuation, cue-less turns, hedges, nesting, denials, certainty).
    """
    cues = doc.lex.find_cues(doc.s)
    doc.cue_starts = [c0 for c0, _, _ in cues]
    ci = 0
    for idx, (ss, se) in enumerate(doc.sentences):
        while ci < len(cues) and cues[ci][0] < ss:
            ci += 1
        used: list[tuple[int, int]] = []
        cands = frame_candidates(doc, ss, se, idx, used)
        while ci < len(cues) and cues[ci][0] < se:
            c0, c1, cue = cues[ci]
            ci += 1
            if (used and any(a <= c0 < b for a, b in used)) or doc.in_title(c0) \
                    or doc.in_dateline(c0):
                continue
            if cands and any(c.src and c.src[0] <= c0 < c.src[1] for c in cands):
                continue
            cands.extend(cue_candidates(doc, c0, c1, cue, ss, se, idx))
        if cands:
            cands.sort(key=lambda c: c.cue_start)
            cands = drop_relative_clause_cues(doc, cands)
            relate(doc, cands, ss)
            doc.cands.extend(c for c in cands if c.content and (c.src or not c.elided)
                             and not_background(doc, c))
        interview_via(doc, ss, se)
        predicate_channels(doc, ss, se)
    continue_transcripts(doc, cues)
    continue_questions(doc, cues)
    continue_quotes(doc)
    continue_quote_paragraphs(doc)
    headlines(doc)
    transcript_turns(doc)
    mark_hedges(doc)
    nest(doc)
    narrated_platforms(doc)
    narrated_documents(doc)
    carry_written_channels(doc)
    mark_denials(doc)
    mark_bare_denials(doc)
    dispute_false_circulation(doc)
    dispute_rebutted_children(doc)
    dispute_rebutted_reports(doc)
    dispute_contrasted_claims(doc)
    dispute_absurd_claims(doc)
    mark_rebutted_report(doc)
    assign_certainty(doc)
    channel_spans(doc)
    keep_question_marks(doc)
    restore_outlet_frames(doc)
    return doc.cands


def _to_attribution(c: Candidate, text: str) -> Attribution:
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
    zh = ChineseDoc(doc, ctx)
    cands = {c.id: c for c in candidates(zh)}
    atts = [_to_attribution(c, doc.text) for c in cands.values()]
    ids = {a.id for a in atts}
    for a in atts:
        if a.parent not in ids:
            a.parent = None
        if a.target not in ids:
            a.target = None
    link_entities(doc, atts, ctx, zh.names())
    for a in atts:
        c = cands[a.id]
        if a.source is not None and c.src is not None and (a.source.start, a.source.end) != c.src:
            # the entity stage repaired the source (a clause's subject for a fragment): a
            # certainty judged on the first span follows the final one
            a.certainty = moved_source_certainty(zh, c, a.source.start, a.source.end)
    return atts
