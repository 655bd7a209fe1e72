"""A named outlet relaying a named speaker: the outlet's own `reported` row (round 16, conv15 D1).

`Y said ..., Anadolu reported`, `..., according to the Bronx Times`, `According to NPR's Feng, Li
wrote that ...`: the owners' zh-dev gold writes TWO rows for such a frame (据《印度斯坦时报》报道，
印度联邦政府表示… = cnews-567 #0/#1, cnews-569 #1-#4, gnews-2181912 #16/#17): the outlet, certainty
`reported`, cue `according to`/`reported`, its content the whole relayed clause with the
speaker's words; and the speaker's row, `asserted`, its cue the speaker's verb only, the outlet
as via, nested in the outlet's row. An unnamed outlet (`state media`, `local media`, `reports`)
keeps the one-row form (ANNOTATION.md: 据国家媒体报道，佩斯科夫说 → 佩斯科夫, via 国家媒体), and so
do citing chains (`X, citing Y`; `quoted as saying by Interfax`), which are no such frame.
`benchmarks/data/conv15/divergences.md` (D1) sets the two conventions side by side; the Chinese
side is `sayso/lang/zh/nesting.restore_outlet_frames`.

The extractor reads these sentences as one row (the speaker's, the outlet its via); this pass
runs on the finished rows and adds the outlet's where the sentence frames a named speaker's
words. Nesting (`extract._nest`) then makes the speaker's row the outlet row's child, since the
outlet's content holds its cue.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from ...model import Attribution, EntitySpan, Span
from .tokens import QUOTES, Sentence, Token

# Verbs of a closing report frame (`..., Anadolu reported.`, `..., the Times reports.`).
REPORT_VERBS = frozenset({"reported", "reports", "wrote", "writes"})
# Words that may follow that verb before the full stop (`reported on Tuesday`).
TRAILING_DATE_WORDS = frozenset({"on", "monday", "tuesday", "wednesday", "thursday", "friday",
                                 "saturday", "sunday", "today", "yesterday", "earlier", "late",
                                 "last", "this", "week", "morning", "afternoon", "evening", "night"})
# One opening word allowed before a fronted `according to` (`But according to NPR's Feng, ...`).
OPENERS = frozenset({"but", "and", "yet", "so", "later", "earlier", "meanwhile", "now"})
# Longest outlet phrase read (`Turkey's state-run Anadolu Agency` has five tokens).
MAX_OUTLET_TOKENS = 8

Range = tuple[int, int]


@dataclass
class OutletFrame:
    """One sentence's outlet frame: the outlet's tokens, the frame's cue tokens, and the token
    range of the clause it relays."""

    outlet: Range
    cue: Range
    clause: Range


def named_outlet(tokens: list[Token], lower: list[str], r: Range, is_outlet: Callable[[str], bool],
                 outlet_shaped: Callable[[Range], bool]) -> Range | None:
    """The part of the phrase `r` that names an outlet (`Anadolu Agency` of `Turkey's state-run
    Anadolu Agency`, `Bronx Times` of `the Bronx Times`), or the whole phrase for an outlet's
    named reporter (`NPR's Feng`); None for an unnamed medium (`state media`, `local media`,
    `Iranian state media`: no capitalised outlet name in it)."""
    a, b = r
    if b - a > MAX_OUTLET_TOKENS or b <= a:
        return None
    for k in range(a + 1, b - 2):
        if lower[k] in ("’", "'") and lower[k + 1] == "s" and tokens[k + 2].text[:1].isupper() \
                and _names_outlet(tokens, (a, k), is_outlet, outlet_shaped):
            return r  # `NPR’s Feng`, `NPR ’s Feng`: the outlet's reporter
    for k in range(a, b):
        if tokens[k].text[:1].isupper() and _names_outlet(tokens, (k, b), is_outlet, outlet_shaped):
            of = k - 1 - (lower[k - 1] == "the")
            if of > a and lower[of] == "of" and tokens[a].text[:1].isupper():
                return r  # `Sui-Lee Wee of the New York Times`: the outlet's reporter
            return (k, b)
    return None


def _names_outlet(tokens: list[Token], r: Range, is_outlet: Callable[[str], bool],
                  outlet_shaped: Callable[[Range], bool]) -> bool:
    name = " ".join(t.text for t in tokens[r[0]:r[1]])
    return is_outlet(name) or outlet_shaped(r)


def sentence_frame(tokens: list[Token], lower: list[str], sent: Sentence,
                   is_outlet: Callable[[str], bool], outlet_shaped: Callable[[Range], bool]) -> OutletFrame | None:
    """The named-outlet frame of one sentence, or None: a fronted `According to X, ...`, a
    closing `..., according to X.` or a closing `..., X reported (Tuesday).`."""
    f, end = sent.first, sent.last
    while end > f and (lower[end - 1] in (".", "!", "?") or tokens[end - 1].text in QUOTES):
        end -= 1
    if end - f < 6:
        return None
    # fronted: `According to X, ...`, `But according to X, ...`, `Later, according to X, ...`
    p = f + (lower[f] in OPENERS)
    p += lower[p] == "," and p > f
    if lower[p] == "according" and lower[p + 1] == "to":
        comma = next((k for k in range(p + 2, min(end, p + 3 + MAX_OUTLET_TOKENS)) if lower[k] == ","), None)
        if comma is not None and comma + 3 < end:
            outlet = named_outlet(tokens, lower, (p + 2, comma), is_outlet, outlet_shaped)
            if outlet is not None:
                return OutletFrame(outlet, (p, p + 2), (comma + 1, end))
        return None
    # closing: `..., according to the Bronx Times.`
    for p in range(max(f + 3, end - MAX_OUTLET_TOKENS - 3), end - 2):
        if lower[p] == "according" and lower[p + 1] == "to" and lower[p - 1] == ",":
            outlet = named_outlet(tokens, lower, (p + 2, end), is_outlet, outlet_shaped)
            return OutletFrame(outlet, (p, p + 2), (f, p - 1)) if outlet is not None else None
    # closing: `..., Anadolu reported.`, `..., the Times reported on Tuesday.`
    v = end - 1
    while v > f and lower[v] in TRAILING_DATE_WORDS:
        v -= 1
    if lower[v] not in REPORT_VERBS:
        return None
    comma = next((k for k in range(v - 1, max(f, v - MAX_OUTLET_TOKENS - 2), -1) if lower[k] == ","), None)
    if comma is None or comma - f < 3 or v - comma < 2:
        return None
    outlet = named_outlet(tokens, lower, (comma + 1, v), is_outlet, outlet_shaped)
    return OutletFrame(outlet, (v, v + 1), (f, comma)) if outlet is not None else None


def restore_outlet_frames(result: list[Attribution], text: str, tokens: list[Token], lower: list[str],
                          sentences: list[Sentence], is_outlet: Callable[[str], bool],
                          outlet_shaped: Callable[[Range], bool],
                          entity_of: Callable[[str, int], str | None]) -> None:
    """Add the outlet row of each sentence whose named-outlet frame relays a named speaker's
    row (module docstring), in place. The speaker's row loses the frame's words from its cue
    (owners: its cue is its own verb only) and gets the outlet as its outer via; the outlet row
    is `reported`, its content the relayed clause up to the end of the speakers' words.
    `entity_of(surface, offset)` gives the outlet mention its entity."""
    if not result:
        return
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[Attribution]] = {}
    for a in result:
        if a.cue and a.source is not None:
            k = max(0, bisect_right(starts, a.cue[0].start) - 1)  # the cue's sentence
            by_sentence.setdefault(k, []).append(a)
    taken = [(a.source.start, a.source.end) for a in result if a.source is not None]
    n = len(result)
    for k, rows in by_sentence.items():
        frame = sentence_frame(tokens, lower, sentences[k], is_outlet, outlet_shaped)
        if frame is None:
            continue
        o0, o1 = tokens[frame.outlet[0]].start, tokens[frame.outlet[1] - 1].end
        if any(s < o1 and o0 < e for s, e in taken):
            continue  # the outlet already has its row (`The Kremlin said ..., RIA Novosti reported`)
        c0, c1 = tokens[frame.clause[0]].start, tokens[frame.clause[1] - 1].end
        # (a row whose content holds the whole clause is no speaker inside it: `The four
        # "loopholes" he cited are "...," The Hill reported.`)
        speakers = [a for a in rows if c0 <= a.source.start and a.source.end <= c1
                    and any(c0 <= c.start < c1 for c in a.cue)
                    and not (a.content and a.content[0].start <= c0 and a.content[-1].end >= c1)]
        if not speakers:
            continue
        f0, f1 = tokens[frame.cue[0]].start, tokens[frame.cue[1] - 1].end
        outlet = EntitySpan.at(text, o0, o1, entity_of(text[o0:o1], o0))
        for a in speakers:
            a.cue = [c for c in a.cue if not (f0 <= c.start and c.end <= f1)]
            # the outlet is the outer channel (ANNOTATION.md: "Outer channel first"); channels
            # already read inside its phrase (`New York Times`, `Sui-Lee Wee`) stay as read
            inside = [v for v in a.via if v.start < o1 and o0 < v.end]
            a.via = (inside or [outlet]) + [v for v in a.via if v not in inside]
        if frame.clause[0] < frame.outlet[0]:  # closing frame: the clause before it
            end = c1
        else:  # fronted frame: up to the end of the speakers' words
            end = max(max(c.end for c in a.content) if a.content else a.cue[-1].end for a in speakers)
        content = _clause_span(text, c0, end)
        if content is None:
            continue
        n += 1
        quoted = any(ch in content.text for ch in "“”\"")
        result.append(Attribution(
            id=f"outlet{n}", source=outlet, cue=[Span.at(text, f0, f1)], content=[content],
            kind="mixed" if quoted else "indirect", certainty="reported",
            evidence="rule:outlet-frame"))


def _clause_span(text: str, start: int, end: int) -> Span | None:
    """The clause between `start` and `end` without the frame's comma, dash or the quotation
    marks at its edges (the contract's content excludes them)."""
    while start < end and text[start] in "“”\"‘’' ":
        start += 1
    while end > start and text[end - 1] in ",;:—–- “”\"’'":
        end -= 1
    if end - start < 10:
        return None
    return Span.at(text, start, end)
