"""Shared state and span helpers of the Chinese extractor (offsets into the folded text)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...extract.quotes import CLOSERS, OPENERS, Quote, QuoteIndex, pair_quotes, split_sentences
from ...model import Document
from ...text import is_han as _is_han
from ...text import to_simplified
from .lexicon import Lexicon, lexicon

if TYPE_CHECKING:
    from ...context import Context

_CLAUSE_PUNCT = "，,；;：:。！？!?\n"
_TERMINALS = "。！？!?"
_SPACES = " \t\u3000\xa0"
_TRAIL = " \t\u3000\xa0，,。；;！!？?、：:…"
_SENTENCE_STOPS = re.compile("[。！？!?“「『‘﹁﹃\" \u3000]")
_CLAUSE_STOPS = re.compile("[。！？!?，,；;“「『‘﹁﹃\" \u3000]")
_BOUNDARY_STOPS = re.compile(
    "[" + re.escape("）)（(" + _CLAUSE_PUNCT + "".join(CLOSERS) + '"' + "".join(OPENERS) + " \u3000")
    + "]")
_TIME_OPENER = re.compile(r"\d+[年月日时]|周[一二三四五六日]|星期")
_HEADLINE_COLON = re.compile(r"\s*([^\s：:，,。“”《》]{2,12})([：:])\s*(\S[^\n]*)")
_TURN = re.compile(r"(?m)^[ \t\u3000*]*(?P<label>[^\s：:，,。；;“”「」《》()（）*]{1,16})\**(?P<colon>[：:])")
_EVENT_VIA = re.compile(r"[在于](?P<via>[^，,。；;：:]{1,30}?)(?:中|上|时)?")
_PUBLISHED_IN = re.compile(r"[^，,。；;]{0,12}?[在于向](?P<via>《[^》]{1,20}》)(?:上)?(?:发表|刊登|刊发|撰文|投书|撰写)")
_CITING = re.compile("援引|引述|引用|转引")
_TIME_TAIL = re.compile(r"(?:\d{1,2}月)?\d{1,2}[日号]$|(?:当地时间|周[一二三四五六日]|今天|昨天|今日|昨日|日前|近日)$")


@dataclass
class _Cand:
    """An attribution under construction, with offsets into the folded text."""

    id: str
    src: tuple[int, int] | None
    cue: list[tuple[int, int]]
    content: list[tuple[int, int]]
    kind: str = "indirect"
    stance: str = "assert"
    certainty: str = "asserted"
    via: list[tuple[int, int]] = field(default_factory=list)
    parent: str | None = None
    target: str | None = None
    hedges: list[tuple[int, int]] = field(default_factory=list)
    evidence: str = ""
    elided: bool = False
    quote: Quote | None = None  # the quotation enclosing the cue
    frame: str = ""  # "ju" for 据-frames (they pass their source down as via)
    direct_follow: bool = False  # content starts right after the cue, without punctuation
    clause_start: int = 0
    reported: bool = False
    anonymous: bool = False
    sentence: int = 0

    @property
    def cue_start(self) -> int:
        return self.cue[0][0]

    def content_span(self) -> tuple[int, int]:
        if len(self.content) == 1:  # the usual case, without two generator passes
            a, b = self.content[0]
            return (a, b)
        return (min(a for a, _ in self.content), max(b for _, b in self.content))


_GAZETTEER_SEEN: dict[tuple[int, str], bool] = {}


def _gazetteer_has(gazetteer: object, surface: str) -> bool:
    """Gazetteer look-up of a source name, remembered across documents (names repeat)."""
    key = (id(gazetteer), surface)
    known = _GAZETTEER_SEEN.get(key)
    if known is None:
        known = gazetteer.lookup(surface) is not None  # type: ignore[attr-defined]
        if len(_GAZETTEER_SEEN) > 50_000:
            _GAZETTEER_SEEN.clear()
        _GAZETTEER_SEEN[key] = known
    return known


class _Base:
    """The document, its folded text, quotations, sentences and the span helpers."""

    def __init__(self, doc: Document, ctx: Context | None) -> None:
        self.doc = doc
        self.text = doc.text
        self.s = to_simplified(doc.text)
        self.lex: Lexicon = lexicon()
        self.ctx = ctx
        self.quotes = pair_quotes(self.s)
        self.qi = QuoteIndex(self.quotes)
        self.sentences = split_sentences(self.s, self.quotes)
        self.titles = [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]{0,60}》", self.s)]
        self._title_starts = [a for a, _ in self.titles]
        self.section_starts = {sec.start for sec in doc.sections}
        bounds = set(self.section_starts)
        if doc.provenance.dateline is not None:
            bounds.add(doc.provenance.dateline.start)  # …称目标是伦敦奥运新浪体育讯: stop there
        for m in self.lex.lead_dateline_re.finditer(self.s, 0, min(len(self.s), 200)):
            # 专家称调控效果有限本报讯（记者 王芳）国家统计局…: a dateline glued to the lead
            end = m.end()
            close = self.s.find("）", end, end + 16) if self.s.startswith("（", end) else -1
            bounds.add(m.start())
            self.section_starts.add(close + 1 if close > 0 else end)
        self._section_bounds = sorted(bounds)
        if doc.provenance.dateline is not None:
            self.section_starts.add(doc.provenance.dateline.end)  # 新华社…电(记者…)美国白宫…
        # Where `_left_boundary` can stop: brackets, clause punctuation, quote marks, spaces
        # and section starts (computed once per document).
        self._stops = sorted({m.start() for m in _BOUNDARY_STOPS.finditer(self.s)}
                             | self.section_starts)
        self._outlet_cache: dict[str, bool] = {}
        self._outlet_names: dict[tuple[int, int], tuple[int, int]] = {}
        self._cue_starts: list[int] = []
        self.cands: list[_Cand] = []
        self._n = 0

    # ----------------------------------------------------------------- helpers

    def _new_id(self) -> str:
        self._n += 1
        return f"z{self._n}"

    def _in_title(self, pos: int) -> bool:
        k = bisect.bisect_right(self._title_starts, pos) - 1
        return k >= 0 and pos < self.titles[k][1] - 1 and self.titles[k][0] < pos

    def _left_boundary(self, pos: int, floor: int) -> tuple[int, int | None]:
        """Start of the clause ending at `pos`, and the offset of a quote closer ending it.

        Walks back over `self._stops` only: every other character is passed over anyway.
        """
        s = self.s
        stops = self._stops
        depth = 0
        lo = max(floor, pos - 80)
        k = bisect.bisect_left(stops, pos) - 1
        while k >= 0 and stops[k] >= lo:
            i = stops[k]
            ch = s[i]
            if ch in "）)":
                depth += 1
            elif ch in "（(":
                depth = max(0, depth - 1)
            elif depth == 0:
                if ch in _CLAUSE_PUNCT:
                    return i + 1, None
                if ch in CLOSERS or ch == '"':
                    q = self.qi.ending_at(i)
                    if q is not None:
                        if self._embedded(q):
                            # 民进党“立院”党团: part of the clause; go on before the opener
                            k = bisect.bisect_left(stops, q.open) - 1
                            continue
                        return i + 1, i
                if ch in OPENERS:
                    return i + 1, None
                if ch in " \u3000" and 0 < i < len(s) - 1 and _is_han(s[i - 1]) and _is_han(s[i + 1]):
                    return i + 1, None
            if i in self.section_starts and i > lo:
                return i, None
            k -= 1
        return max(lo, floor), None

    def _content_end(self, p: int, limit: int, scope: str) -> int:
        """End of an indirect content starting at `p`: the sentence (or clause) end.

        Only the special characters are visited (one regex search per stop), quotations are
        skipped whole.
        """
        s = self.s
        rx = _CLAUSE_STOPS if scope == "clause" else _SENTENCE_STOPS
        i = p
        while i < limit:
            m = rx.search(s, i, limit)
            if m is None:
                return limit
            i = m.start()
            ch = s[i]
            if ch in OPENERS or ch == '"':
                q = self.qi.starting_at(i)
                if q is not None and q.close < limit:
                    i = q.close + 1
                else:
                    i += 1
                continue
            if ch in " \u3000":
                if i > p and _is_han(s[i - 1]) and i + 1 < limit and _is_han(s[i + 1]):
                    return i  # 港府否认打压新闻自由 记协：…: a space between two headline parts
                i += 1
                continue
            if ch in "，," and s.startswith(self.lex.purpose_openers, i + 1):
                i += 1  # …阴谋，以撕裂俄罗斯: a purpose clause belongs to the content
                continue
            return i
        return limit

    def _trim(self, a: int, b: int) -> tuple[int, int]:
        s = self.s
        b = min(b, len(s))
        while a < b and s[a] in _SPACES:
            a += 1
        while b > a and s[b - 1] in _TRAIL:
            b -= 1
        return a, b

    def _embedded(self, q: Quote) -> bool:
        """A quotation inside a phrase (台当局“内政部”儿童局), not one standing as a clause."""
        j = q.open - 1
        while j >= 0 and self.s[j] in _SPACES:
            j -= 1
        if j < 0:
            return False
        before = self.s[j]
        return (_is_han(before) or before.isalnum() or before in "》）)") \
            and before not in "说称道示问答"

    def _is_term_quote(self, q: Quote) -> bool:
        """Scare quotes and terms (“甲流”, “立院”党团) rather than quoted speech."""
        inner = self.s[q.inner_start:q.inner_end].strip()
        if inner in self.lex.scare_terms:
            return True
        if len(inner) > 4 or not inner or any(ch in self.lex.speech_chars for ch in inner):
            return False
        if self.lex.long_cue_re.search(inner):
            return False  # “强烈谴责”: a quoted cue is speech, not a term
        nxt = self.s[q.close + 1] if q.close + 1 < len(self.s) else ""
        if _is_han(nxt) and nxt not in "的了":
            return True
        return len(inner) <= 3 and self.s.count("“" + inner + "”") >= 2  # “甲流” used as a term

    def _is_outlet(self, a: int, b: int) -> bool:
        surface = self.text[a:b]
        known = self._outlet_cache.get(surface)
        if known is None:
            name = self.s[a:b].strip("“”\"《》 ")
            known = (name.endswith(self.lex.outlet_suffixes) or "《" in self.s[a:b]
                     or (self.ctx is not None and _gazetteer_has(self.ctx.gazetteer, surface)))
            self._outlet_cache[surface] = known
        return known

    def _is_anonymous(self, a: int, b: int) -> bool:
        name = self.s[a:b]
        return name in self.lex.anonymous_sources or name.endswith(self.lex.anonymous_heads) \
            or self.lex.anonymous_re.search(name) is not None

    # ---------------------------------------------------------- right side

    def _right(self, cand: _Cand, p: int, limit: int, scope: str) -> bool:
        """Fill `cand.content`/`kind` from the text after the cue ending at `p`."""
        s = self.s
        while p < limit and s[p] in _SPACES:
            p += 1
        punct = False
        if p < limit and s[p] in "，,：:":
            p += 1
            punct = True
            while p < limit and s[p] in _SPACES:
                p += 1
        cand.direct_follow = not punct
        k = bisect.bisect_right(self._section_bounds, p)
        if k < len(self._section_bounds):
            limit = min(limit, self._section_bounds[k])  # a headline never runs into the body
        if p >= limit:
            if punct and s[p - 1] in "：:":
                return self._quote_in_next_paragraph(cand, p)
            return False
        q = self.qi.starting_at(p) if (s[p] in OPENERS or s[p] == '"') else None
        if q is not None and q.close <= limit and self._quote_ends_clause(q, limit):
            cand.content = self._quote_parts(q)
            cand.kind = "direct"
            return True
        if not punct and cand.stance in ("confirm", "deny") and self.lex.report_ref_re.match(s, p):
            scope = "clause"  # 证实了这一消息，但…: the confirmed report is the whole object
        end = self._content_end(p, limit, "sentence" if punct else scope)
        a, b = self._trim(p, end)
        if b < 120:
            tail = self.lex.lead_dateline_re.search(s, a, b)
            if tail is not None and tail.start() > a:
                b = tail.start()  # 孙海平称目标是伦敦奥运新浪体育讯: a glued headline and dateline
        if not punct and cand.stance in self.lex.addressee_stances:
            k = s.find("，", a, min(b, a + 6))
            if k > a and not self._cue_between(a, k):
                a = self._trim(k + 1, b)[0]  # 警告美国，莫斯科有能力…: 美国 is the addressee
        if b <= a:
            return False
        # 彭博社报道，在人们……的猜测中，“……” / 详细介绍了战场情况，“……”: a quotation that
        # closes the sentence after a comma and carries most of it is the content.
        inner = self.qi.inside(a, b + 1)
        for q2 in inner:
            rest = self._trim(q2.close + 1, b)
            if rest[1] <= rest[0] and s[q2.open - 1] in "，,：: " \
                    and (q2.inner_end - q2.inner_start) >= 0.6 * (b - a) \
                    and not self._cue_between(a, q2.open):
                cand.content = [(q2.inner_start, q2.inner_end)]
                cand.kind = "direct"
                return True
        cand.content = [(a, b)]
        cand.kind = self._kind_of(inner)  # the quotations of (a, b), found just above
        return True

    def _quote_in_next_paragraph(self, cand: _Cand, p: int) -> bool:
        """他说：⏎“……”: a colon at a line end introduces the quotation that opens the next line."""
        s = self.s
        j = p
        while j < len(s) and j < p + 4 and s[j] in _SPACES + "\n":
            j += 1
        q = self.qi.starting_at(j) if j < len(s) else None
        if q is None or "\n" not in s[p:j]:
            return False
        cand.content = self._quote_parts(q)
        cand.kind = "direct"
        return True

    def _quote_parts(self, q: Quote) -> list[tuple[int, int]]:
        """The quoted text of `q`; a quotation running over paragraphs (each reopened with “)
        gives one part per paragraph, without the reopening marks and line breaks."""
        s = self.s
        a, b = q.inner_start, q.inner_end
        if "\n" not in s[a:b]:
            return [(a, b)]
        parts = []
        for m in re.finditer(r"[^\n]+", s[a:b]):
            pa, pb = a + m.start(), a + m.end()
            while pa < pb and (s[pa] in _SPACES or s[pa] in OPENERS):
                pa += 1
            while pb > pa and s[pb - 1] in _SPACES:
                pb -= 1
            if pb > pa:
                parts.append((pa, pb))
        return parts or [(a, b)]

    def _cue_between(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self._cue_starts, a)
        return k < len(self._cue_starts) and self._cue_starts[k] < b

    def _quote_ends_clause(self, q: Quote, limit: int) -> bool:
        j = q.close + 1
        while j < limit and self.s[j] in _SPACES:
            j += 1
        return j >= limit or self.s[j] in "。！？!?，,；;\n" or self.s[j] in CLOSERS

    def _kind(self, a: int, b: int) -> str:
        return self._kind_of(self.qi.inside(a, b + 1))

    def _kind_of(self, quotes: list[Quote]) -> str:
        """"mixed" when a content holds a quotation that is speech, not a term."""
        for q in quotes:
            if not self._is_term_quote(q):
                return "mixed"
        return "indirect"

    # ------------------------------------------------------------ single cues
