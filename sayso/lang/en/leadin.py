"""Paragraphs framed by a lead-in instead of a cue of their own.

Two news layouts put a speaker's words in paragraphs that carry no cue:

- a frame that ends its paragraph with a colon (`The governor added:`, `The New York Times
  reports:`, `Sanders made the following comment:`) and a block quotation after it, often without
  quotation marks. The words are one attribution of the frame's speaker with one content part
  per paragraph (ANNOTATION.md: "a statement of several sentences is one attribution up to where
  another speaker or the narrator takes over");
- a list announced by the narrator (`Below are Putin's key statements that TASS put together.`,
  state-media "IN BRIEF" items): each following paragraph is one statement of the list's
  speaker, `cue: []` (evaldata/en-news/README-c.md, "Lists of statements").

The block ends at the first paragraph that has an attribution of its own, and a block
quotation's second and later paragraphs must sound like the speaker (first or second person, or
a quotation) so that the narrator's next paragraph is not taken for the speaker's.
"""

from __future__ import annotations

from typing import TypeAlias

from . import rules as en_rules
from .lexicon import Lexicon
from .rules import Candidate
from .tokens import QUOTES, Sentence, Token

Range: TypeAlias = tuple[int, int]

# `Below are X's key statements`, `Here are the main points of X's speech`
LIST_OPENERS = (("below", "are"), ("here", "are"), ("following", "are"), ("the", "following", "are"))
STATEMENT_NOUNS = frozenset({"statements", "remarks", "points", "quotes", "highlights",
                             "comments", "theses", "excerpts", "takeaways", "quotations",
                             "answers", "messages"})
SPEAKER_VOICE = frozenset({"i", "we", "my", "our", "us", "me", "you", "your", "i'm", "i’m",
                           "we're", "we’re", "i've", "i’ve", "we've", "we’ve"})
FRAME_GAP = 3  # words allowed between a colon frame's cue and the colon (`the following comment`)
PLACEHOLDER = 3  # a frame's content this short before the colon is a placeholder (`the following`)
MAX_BLOCK = 6  # paragraphs one lead-in may frame


def _paragraphs(sentences: list[Sentence]) -> list[Range]:
    """Token ranges of the paragraphs, in order."""
    out: list[list[int]] = []
    last = None
    for s in sentences:
        if s.last <= s.first:
            continue
        if s.paragraph != last:
            out.append([s.first, s.last])
            last = s.paragraph
        else:
            out[-1][1] = s.last
    return [(a, b) for a, b in out]


def _body(tokens: list[Token], p: Range) -> Range:
    """The paragraph without its closing full stop (the contract's content never ends with
    the frame's full stop)."""
    a, b = p
    if b - a > 1 and tokens[b - 1].text == ".":
        b -= 1
    return a, b


def lead_in_candidates(tokens: list[Token], sentences: list[Sentence], found: list[Candidate],
                       lex: Lexicon, lower: list[str] | None = None) -> list[Candidate]:
    """New candidates for the paragraphs after lead-ins; a frame already in `found` takes its
    block's paragraphs as further content parts instead (in place). `lower`: the tokens lower-
    cased, when the caller has them already."""
    if lower is None:
        lower = [t.text.lower() for t in tokens]
    paras = _paragraphs(sentences)
    framed = _framed_paragraphs(paras, found, lower, lex)
    out: list[Candidate] = []
    for k, p in enumerate(paras[:-1]):
        listed = _list_speaker(tokens, lower, p, lex)
        if listed is not None:
            for q in _block(paras, k, framed, lower, voice=False):
                out.append(Candidate([], [_body(tokens, q)], listed, "rule:lead-in-list"))
            continue
        frame = _colon_frame(tokens, lower, p, found, lex)
        if frame is None:
            continue
        if any(r[0] >= paras[k + 1][0] for r in frame.content):
            # the frame has its block already (`He said:` and a quotation): it may run on
            end = max(r[1] for r in frame.content)
            last = next(j for j in range(k + 1, len(paras)) if end <= paras[j][1])
            frame.content += [_body(tokens, q) for q in
                              _block(paras, last, framed, lower, voice=True, started=True)]
            continue
        parts = [_body(tokens, q) for q in _block(paras, k, framed, lower, voice=True)]
        if not parts:
            continue
        if any(frame is c for c in found):
            # `said the following:` announces the words; a clause (`suggested that Clinton has
            # the following tasks:`) stays the first part
            frame.content = [r for r in frame.content if r[1] - r[0] > PLACEHOLDER] + parts
        else:
            frame.content = parts
            out.append(frame)
    return out


def _framed_paragraphs(paras: list[Range], found: list[Candidate], lower: list[str],
                       lex: Lexicon) -> set[int]:
    """Indices of the paragraphs framed as someone's statement of their own: a candidate with a
    core reporting cue whose source opens the paragraph (`Peskov told reporters ...`) or whose
    cue closes it (`..., he said.`). A list item may hold other attributions (`Back in 2021,
    Biden suggested ...` is the list speaker's report, nested)."""
    framed: set[int] = set()
    for c in found:
        if not c.cue or c.source is None:
            continue
        core = any((cue := lex.cues.get((lower[i],))) is not None and cue.core
                   for i in range(c.cue[0][0], c.cue[-1][1]))  # `told` in `told reporters`
        if not core:
            continue
        for k, (pa, pb) in enumerate(paras):
            if pa <= c.cue[0][0] < pb and (c.source[0] <= pa + 1 or c.cue[-1][1] >= pb - 2):
                framed.add(k)
    return framed


def _block(paras: list[Range], k: int, stops: set[int], lower: list[str],
           voice: bool, started: bool = False) -> list[Range]:
    """The paragraphs after lead-in paragraph `k` that it frames: up to the first one in
    `stops` (an attribution of its own) or another lead-in, at most `MAX_BLOCK` for a block
    quotation; with `voice`, paragraphs after the first (all, when the block has `started`
    before `k`) must sound like the speaker (a quotation, or first or second person)."""
    out: list[Range] = []
    for j in range(k + 1, min(len(paras), k + 1 + MAX_BLOCK) if voice else len(paras)):
        a, b = paras[j]
        if j in stops or lower[b - 1] == ":":
            break
        if voice and (out or started) and lower[a] not in QUOTES \
                and not any(w in SPEAKER_VOICE for w in lower[a:b]):
            break
        out.append((a, b))
    return out


def _list_speaker(tokens: list[Token], lower: list[str], p: Range, lex: Lexicon) -> Range | None:
    """The speaker of a list lead-in (`Below are Putin's key statements ...`): the possessor
    before the statement noun, or the name after `by`/`of`; None when `p` is no such lead-in."""
    a, b = p
    if not any(tuple(lower[a:a + len(o)]) == o for o in LIST_OPENERS):
        return None
    noun = next((i for i in range(a + 2, min(b, a + 10)) if lower[i] in STATEMENT_NOUNS), None)
    if noun is None:
        return None
    for i in range(a + 2, noun):
        if lower[i].endswith(("'s", "’s")) and tokens[i].text[:1].isupper():
            return _named_before(lower, i, lower[i][:-2])
    if noun + 2 < b and lower[noun + 1] in ("by", "of") and tokens[noun + 2].text[:1].isupper():
        end = noun + 2
        while end < b and tokens[end].text[:1].isupper():
            end += 1
        last = lower[end - 1]
        if last.endswith(("'s", "’s")):  # `the main points of Lavrov's speech`
            return _named_before(lower, end - 1, last[:-2])
        return (noun + 2, end)
    return None


def _named_before(lower: list[str], i: int, name: str) -> Range:
    """The last mention of `name` before token `i` (`Putin told reporters ... Below are
    Putin's key statements`), which names the speaker without the possessive the source span
    cannot split off; token `i` itself when there is none."""
    k = next((j for j in range(i - 1, -1, -1) if lower[j] == name), i)
    return (k, k + 1)


def _colon_frame(tokens: list[Token], lower: list[str], p: Range, found: list[Candidate],
                 lex: Lexicon) -> Candidate | None:
    """The attribution frame that ends paragraph `p` with a colon (`Limbaugh added:`): a
    candidate of `found` whose cue ends at most `FRAME_GAP` words before the colon, or a cue of
    the lexicon there with a source right before it. None when there is none."""
    a, b = p
    if b - a < 2 or lower[b - 1] != ":":
        return None
    colon = b - 1
    for c in found:
        if c.cue and a <= c.cue[0][0] and colon - FRAME_GAP <= c.cue[-1][1] <= colon + 1:
            # the frame is found already: it takes the block unless its content lies elsewhere
            return c if all(a <= r[0] and r[1] <= colon + 1 for r in c.content) else None
    for i in range(max(a + 1, colon - FRAME_GAP - 3), colon):
        m = lex.match_cue(lower, i)
        if m is None or not colon - FRAME_GAP <= i + m[0] <= colon:
            continue
        source = en_rules.source_before(tokens, lower, a, i, lex)
        if source is not None and (source[0] == a or lower[source[0] - 1] in (",", ".")):
            return Candidate([(i, i + m[0])], [], source, "rule:lead-in")
    return None
