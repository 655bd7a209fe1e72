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

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...model import Analysis, Attribution, Document, EntitySpan, Span
from ...text import to_simplified
from ..quotes import CLOSERS, OPENERS, Quote, QuoteIndex, pair_quotes, split_sentences
from .lexicon import Cue, Lexicon, lexicon
from .source import cut_source

if TYPE_CHECKING:
    from ...pipeline import Context

__all__ = ["extract"]

_CLAUSE_PUNCT = "，,；;：:。！？!?\n"
_TERMINALS = "。！？!?"
_SPACES = " \t\u3000\xa0"
_TRAIL = " \t\u3000\xa0，,。；;！!？?、：:…"
_TIME_OPENER = re.compile(r"\d+[年月日时]|周[一二三四五六日]|星期")
_HEADLINE_COLON = re.compile(r"\s*([^\s：:，,。“”《》]{2,12})([：:])\s*(\S[^\n]*)")
_TURN = re.compile(r"(?m)^[ \t\u3000*]*(?P<label>[^\s：:，,。；;“”「」《》()（）*]{1,16})\**(?P<colon>[：:])")
_EVENT_VIA = re.compile(r"[在于](?P<via>[^，,。；;：:]{2,30})(?:中|上)")
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
        return (min(a for a, _ in self.content), max(b for _, b in self.content))


class _Extractor:
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
        self._section_bounds = sorted(self.section_starts)
        if doc.provenance.dateline is not None:
            self.section_starts.add(doc.provenance.dateline.end)  # 新华社…电(记者…)美国白宫…
        self._outlet_cache: dict[str, bool] = {}
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
        """Start of the clause ending at `pos`, and the offset of a quote closer ending it."""
        s = self.s
        depth = 0
        i = pos - 1
        lo = max(floor, pos - 80)
        while i >= lo:
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
                            i = q.open - 1  # 民进党“立院”党团: part of the clause
                            continue
                        return i + 1, i
                if ch in OPENERS:
                    return i + 1, None
                if ch in " \u3000" and 0 < i < len(s) - 1 and _is_han(s[i - 1]) and _is_han(s[i + 1]):
                    return i + 1, None
            if i in self.section_starts and i > lo:
                return i, None
            i -= 1
        return max(lo, floor), None

    def _content_end(self, p: int, limit: int, scope: str) -> int:
        """End of an indirect content starting at `p`: the sentence (or clause) end."""
        s = self.s
        stops = _TERMINALS + ("，,；;" if scope == "clause" else "")
        i = p
        while i < limit:
            ch = s[i]
            if ch in OPENERS or ch == '"':
                q = self.qi.starting_at(i)
                if q is not None and q.close < limit:
                    i = q.close + 1
                    continue
            if ch in stops:
                return i
            if ch in " \u3000" and i > p and _is_han(s[i - 1]) and i + 1 < limit and _is_han(s[i + 1]):
                return i  # 港府否认打压新闻自由 记协：…: a space between two headline parts
            i += 1
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
        nxt = self.s[q.close + 1] if q.close + 1 < len(self.s) else ""
        if _is_han(nxt) and nxt not in "的了":
            return True
        return self.s.count("“" + inner + "”") >= 2

    def _is_outlet(self, a: int, b: int) -> bool:
        surface = self.text[a:b]
        known = self._outlet_cache.get(surface)
        if known is None:
            name = self.s[a:b].strip("“”\"《》 ")
            known = (name.endswith(self.lex.outlet_suffixes) or "《" in self.s[a:b]
                     or (self.ctx is not None and self.ctx.gazetteer.lookup(surface) is not None))
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
            return False
        q = self.qi.starting_at(p) if (s[p] in OPENERS or s[p] == '"') else None
        if q is not None and q.close <= limit and self._quote_ends_clause(q, limit):
            cand.content = [(q.inner_start, q.inner_end)]
            cand.kind = "direct"
            return True
        end = self._content_end(p, limit, "sentence" if punct else scope)
        a, b = self._trim(p, end)
        if b <= a:
            return False
        # 彭博社报道，在人们……的猜测中，“……” / 详细介绍了战场情况，“……”: a quotation that
        # closes the sentence after a comma and carries most of it is the content.
        for q2 in self.qi.inside(a, b + 1):
            rest = self._trim(q2.close + 1, b)
            if rest[1] <= rest[0] and s[q2.open - 1] in "，,：: " \
                    and (q2.inner_end - q2.inner_start) >= 0.6 * (b - a) \
                    and not self._cue_between(a, q2.open):
                cand.content = [(q2.inner_start, q2.inner_end)]
                cand.kind = "direct"
                return True
        cand.content = [(a, b)]
        cand.kind = self._kind(a, b)
        return True

    def _cue_between(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self._cue_starts, a)
        return k < len(self._cue_starts) and self._cue_starts[k] < b

    def _quote_ends_clause(self, q: Quote, limit: int) -> bool:
        j = q.close + 1
        while j < limit and self.s[j] in _SPACES:
            j += 1
        return j >= limit or self.s[j] in "。！？!?，,；;\n" or self.s[j] in CLOSERS

    def _kind(self, a: int, b: int) -> str:
        for q in self.qi.inside(a, b + 1):
            if not self._is_term_quote(q):
                return "mixed"
        return "indirect"

    # ------------------------------------------------------------ single cues
    def _single(self, c0: int, c1: int, cue: Cue, ss: int, se: int, idx: int) -> list[_Cand]:
        s = self.s
        if s.endswith(self.lex.noun_before, 0, c0) and not s.endswith("有关部门", 0, c1 + 2):
            return []  # 这一报道, 相关报导, 如果要求: a noun, not a reporting verb
        if cue.needs_punct and (c1 >= len(s) or s[c1] not in "，,：:"):
            return []  # 介绍了情况: these verbs report speech only before a comma or colon
        if c0 >= 1 and s[c0 - 1] == "经" and (c0 < 2 or s[c0 - 2] not in "曾已"):
            return []  # 经确认: agentless confirmation, no source in the text
        if s.endswith(self.lex.negation, 0, c0) and cue.stance != "deny":
            return []  # 不要求, 没有说: a negated cue reports no statement
        if cue.word in ("报道", "报导") and s.startswith(self.lex.report_noun_after, c1):
            return []  # 《纽约时报》报道不准确, 报导所称: the report as a noun
        if cue.needs_source and "被" in s[max(ss, c0 - 12):c0]:
            k = s.rfind("被", max(ss, c0 - 12), c0)
            if not any(ch in s[k:c0] for ch in "，,。；;：:“”「」的时") and not s.startswith("被问", k):
                return []  # 被(媒体)首次披露: a passive, the subject is not the source
        enclosing = self.qi.enclosing(c0)
        if enclosing is not None and self._embedded(enclosing) and \
                s[enclosing.inner_start:enclosing.inner_end].strip() != cue.word:
            return []  # a cue inside a quoted phrase (敦促《纽约时报》“停止报道…”)
        left_pos, right_pos = c0, c1
        if enclosing is not None and s[enclosing.inner_start:enclosing.inner_end].strip() == cue.word:
            # “警告”: a quoted cue word is still the cue.
            left_pos, right_pos = enclosing.open, enclosing.close + 1
            enclosing = self.qi.enclosing(enclosing.open)
        if c1 < len(s) and s[c1] == "了":
            c1 += 1
            right_pos = max(right_pos, c1)
        floor = enclosing.inner_start if enclosing is not None else ss
        limit = enclosing.inner_end if enclosing is not None else se
        lb, closer = self._left_boundary(left_pos, floor)
        if cue.word.startswith(("报道", "消息")) and len(cue.word) > 2 and c0 > lb \
                and s[c0 - 1] == "有":
            # 有报道称: the unnamed report is the source, 称 the cue.
            src: tuple[int, int] | None = (c0 - 1, c0 + 2)
            c0 = c0 + 2
        elif not cue.needs_source:
            src = None  # 被问到: an agentless passive
        else:
            src = cut_source(s, lb, left_pos, self.lex)
        if src is not None and cue.certainty == "reported" and self.lex.byline_re.search(s, src[0], src[1]):
            return []  # 特约记者王斯报道: a byline, not an attribution
        cand = _Cand(self._new_id(), src, [(c0, c1)], [], stance=cue.stance, quote=enclosing,
                     clause_start=lb, sentence=idx, evidence="indirect")
        if cue.certainty == "reported":
            cand.reported = True
        if src is not None and s[src[0]:src[1]] in self.lex.first_person and enclosing is not None:
            return []
        out = [cand]
        if closer is not None and src is not None:
            q = self.qi.ending_at(closer)
            if q is not None and self.qi.enclosing(q.open) == enclosing:
                # “……”卡乌索格鲁说(，“……”)
                cand.content = [(q.inner_start, q.inner_end)]
                cand.kind = "direct"
                cand.evidence = "quote_before_cue"
                p = right_pos
                while p < limit and s[p] in _SPACES:
                    p += 1
                if cue.word in ("告诉", "告知"):
                    # “……”一位学者告诉中央社，“……”: the addressee is the channel
                    m = re.compile(r"[^，,。：:“”「」\n]{1,15}(?=[，,：:])").match(s, p, limit)
                    if m is not None:
                        if s[m.start():m.end()].strip() not in self.lex.generic_via:
                            cand.via.append(self._trim(*m.span()))
                        p = m.end()
                if p < limit and s[p] in "，,：:":
                    p += 1
                    while p < limit and s[p] in _SPACES:
                        p += 1
                    q2 = self.qi.starting_at(p) if p < limit and (s[p] in OPENERS or s[p] == '"') else None
                    if q2 is not None and q2.close <= limit:
                        cand.content.append((q2.inner_start, q2.inner_end))
                        cand.evidence = "split_quote"
                    else:
                        tail = _Cand(self._new_id(), src, [(c0, c1)], [], stance=cue.stance,
                                     quote=enclosing, clause_start=lb, sentence=idx,
                                     evidence="quote_tail")
                        if self._right(tail, right_pos, limit, cue.scope):
                            out.append(tail)
                return out
        if not self._right(cand, right_pos, limit, cue.scope):
            return []
        if cand.kind != "direct" and sum(b - a for a, b in cand.content) < 3:
            return []
        if cue.word == "表示" and cand.direct_follow and cand.kind == "indirect" \
                and sum(b - a for a, b in cand.content) <= 6:
            return []  # 中方对此表示强烈不满: an attitude, not a statement
        if cand.kind != "direct" and s[cand.content[-1][0]:cand.content[-1][1]].endswith(self.lex.background_endings):
            return []  # 回答记者提问时指出: a background clause, the attribution follows
        if src is not None:
            self._speech_event_via(cand, src[1], left_pos)
        if cand.kind == "direct":
            cand.evidence = "quote_after_cue"
        if cue.word in ("告诉", "告知"):
            self._tell_via(cand, right_pos, limit)
        if src is None:
            cand.elided = True
            if not cue.needs_source:
                cand.anonymous = True
                cand.elided = False
        return out

    def _speech_event_via(self, cand: _Cand, a: int, b: int) -> None:
        """郭先生在文贵大直播中透露: the programme, interview or post is the channel."""
        pub = _PUBLISHED_IN.match(self.s, a, b)
        if pub:
            cand.via.append(pub.span("via"))  # 在《华盛顿邮报》发表署名文章指出
            return
        m = _EVENT_VIA.fullmatch(self.s, a, b)
        if not m:
            return
        va, vb = m.span("via")
        k = self.s.rfind("的", va, vb)
        if k >= 0:
            va = k + 1
        head = self.s[va:vb]
        if head.endswith(self.lex.channel_nouns) and head not in self.lex.channel_nouns:
            cand.via.append((va, vb))

    def _tell_via(self, cand: _Cand, p: int, limit: int) -> None:
        """告诉法新社(说)，…: the addressee is the channel."""
        m = re.compile(r"([^，,。：:“\n]{1,15}?)(?:说|称|表示)?[，,：:]").match(self.s, p, limit)
        if not m:
            return
        a, b = m.span(1)
        name = self.s[a:b].strip()
        if name and name not in self.lex.generic_via:
            cand.via.append((a, b))
            c = cand.content[0]
            if c[0] < m.end() < c[1] and cand.kind != "direct":
                cand.content = [self._trim(m.end(), c[1])]

    # ---------------------------------------------------------------- frames
    def _at_clause_start(self, pos: int, ss: int) -> bool:
        j = pos - 1
        while j >= ss and self.s[j] in _SPACES + "*`":
            j -= 1
        if j < ss or j < pos - 1:
            return True
        ch = self.s[j]
        if ch in _CLAUSE_PUNCT or ch in CLOSERS or ch == "电":
            return True
        return ch in "另又而并" and (j == ss or self.s[j - 1] in _CLAUSE_PUNCT + " ")

    def _frames(self, ss: int, se: int, idx: int, used: list[tuple[int, int]]) -> list[_Cand]:
        s, lex = self.s, self.lex
        sent = s[ss:se]
        out: list[_Cand] = []
        anon_starts: set[int] = set()
        if "据" in sent:
            for m in lex.anon_re.finditer(s, ss, se):
                if not self._at_clause_start(m.start(), ss):
                    continue
                cand = _Cand(self._new_id(), None, [m.span()], [], sentence=idx,
                             quote=self.qi.enclosing(m.start()), evidence="anonymous_frame",
                             clause_start=m.start())
                cand.anonymous = True
                if m.group() in lex.frames["anonymous"]["hedge"]:
                    cand.certainty = "unconfirmed"  # 据称，…: alleged
                    cand.hedges.append(m.span())
                if self._right(cand, m.end(), se, "sentence"):
                    out.append(cand)
                    used.append(m.span())
                anon_starts.add(m.start())
            for m in lex.ju_re.finditer(s, ss, se):
                if m.start() in anon_starts or not self._at_clause_start(m.start(), ss):
                    continue
                if _CITING.search(m.group("src")):
                    continue  # 据《南华早报》引述消息人士指: the citing frame handles it
                a, b = m.span("src")
                a, b = self._trim(a, b)
                t = _TIME_TAIL.search(s, a, b)
                if t and t.start() > a:
                    b = t.start()
                if b <= a or s[a:b] in lex.not_sources:
                    continue
                cand = _Cand(self._new_id(), (a, b), [m.span("c1"), m.span("c2")], [],
                             sentence=idx, quote=self.qi.enclosing(m.start()), frame="ju",
                             evidence="ju_frame", clause_start=m.start())
                cand.reported = m.group("c2") in lex.ju_reported or self._is_outlet(a, b)
                if self._right(cand, m.end(), se, "sentence"):
                    out.append(cand)
                    used.append((m.start(), m.end()))
        if any(w in sent for w in ("援引", "引述", "引用", "转引")):
            for m in lex.cite_re.finditer(s, ss, se):
                lb, _ = self._left_boundary(m.start(), ss)
                src = cut_source(s, lb, m.start(), lex)
                cand = _Cand(self._new_id(), src, [m.span("c1"), m.span("c2")], [],
                             via=[self._trim(*m.span("via"))], sentence=idx,
                             quote=self.qi.enclosing(m.start()), evidence="cite_frame",
                             clause_start=lb)
                cand.reported = True
                cand.elided = src is None
                if self._right(cand, m.end(), se, "sentence"):
                    out.append(cand)
                    used.append((m.start(), m.end()))
        if "的报" in sent or "的文章" in sent or "的声明" in sent or "的公告" in sent or "的社论" in sent:
            for m in lex.report_noun_re.finditer(s, ss, se):
                lb, _ = self._left_boundary(m.start(), ss)
                src = cut_source(s, lb, m.start(), lex)
                if src is None:
                    continue
                cand = _Cand(self._new_id(), src, [m.span("c1"), m.span("c2")], [],
                             sentence=idx, quote=self.qi.enclosing(m.start()),
                             evidence="report_noun_frame", clause_start=lb)
                cand.reported = True
                if self._right(cand, m.end(), se, "sentence"):
                    out.append(cand)
                    used.append((m.start(), m.end()))
        if "以" in sent:
            for rx, name, stance in ((lex.pretext_re, "pretext_deny", "deny"),
                                     (lex.express_re, "express_frame", "assert")):
                for m in rx.finditer(s, ss, se):
                    lb, _ = self._left_boundary(m.start(), ss)
                    src = cut_source(s, lb, m.start(), lex)
                    qa, qb = m.span("q")
                    cand = _Cand(self._new_id(), src, [m.span("c1"), m.span("c2")],
                                 [(qa + 1, qb - 1)], kind="direct", stance=stance,
                                 sentence=idx, quote=self.qi.enclosing(m.start()),
                                 evidence=name, clause_start=lb)
                    cand.elided = src is None
                    out.append(cand)
                    used.append((m.start(), m.end()))
        if "获悉" in sent or "了解到" in sent or "得知" in sent or "获知" in sent:
            for m in lex.learned_re.finditer(s, ss, se):
                if not self._at_clause_start(m.start(), ss):
                    continue
                a, b = self._trim(*m.span("src"))
                if b <= a or s[a:b] in lex.not_sources:
                    continue
                cand = _Cand(self._new_id(), (a, b), [m.span("c1"), m.span("c2")], [],
                             sentence=idx, quote=self.qi.enclosing(m.start()),
                             evidence="learned_frame", clause_start=m.start())
                if self._right(cand, m.end(), se, "sentence"):
                    out.append(cand)
                    used.append((m.start(), m.end()))
        if "传出" in sent or "传来" in sent:
            for m in lex.rumour_re.finditer(s, ss, se):
                a, b = self._trim(*m.span("content"))
                cand = _Cand(self._new_id(), None, [m.span("c1"), m.span("c2")], [(a, b)],
                             sentence=idx, quote=self.qi.enclosing(m.start()),
                             evidence="rumour_frame", clause_start=m.start())
                cand.anonymous = True
                cand.kind = self._kind(a, b)
                out.append(cand)
                used.append((m.start(), m.end()))
        return out

    # ------------------------------------------------------------- sentences
    def run(self) -> list[_Cand]:
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
                if any(a <= c0 < b for a, b in used) or self._in_title(c0):
                    continue
                if any(c.src and c.src[0] <= c0 < c.src[1] for c in cands):
                    continue
                cands.extend(self._single(c0, c1, cue, ss, se, idx))
            if cands:
                cands.sort(key=lambda c: c.cue_start)
                self._relate(cands, ss)
                self.cands.extend(c for c in cands if c.content and (c.src or not c.elided)
                                  and self._not_background(c))
            self._interview_via(ss, se)
        self._continue_transcripts(cues)
        self._headlines()
        self._transcript_turns()
        self._hedges()
        self._parents()
        self._denials()
        self._certainty()
        return self.cands

    def _not_background(self, c: _Cand) -> bool:
        """Drop 回答记者提问时指出-style background clauses; trim 时 off agentless questions."""
        if c.kind == "direct":
            return True
        a, b = c.content[-1]
        if c.stance == "ask":
            for k in range(a + 1, b):
                if self.s[k] == "时" and (self.s[k + 1] in "，," or self._cue_between(k + 1, k + 2)):
                    b = k + 1  # 被问及此事时表示…: the question ends at 时
                    c.content[-1] = (a, b)
                    break
        if not self.s[a:b].endswith(self.lex.background_endings):
            return True
        if c.stance != "ask":
            return False
        for w in self.lex.background_endings:
            if self.s.endswith(w, a, b):
                c.content[-1] = self._trim(a, b - len(w))
                break
        return c.content[-1][1] > c.content[-1][0]

    def _continue_transcripts(self, cues: list[tuple[int, int, Cue]]) -> None:
        """吕秀莲说，A。B。C。她说…: indirect speech runs on over following sentences.

        A top-level indirect statement that fills its sentence continues into the next
        sentences of the same paragraph and section while they hold no cue, quotation or
        frame and do not open with a connective or time phrase that hands back to narration
        (at most three sentences).
        """
        s = self.s
        cue_starts = [c0 for c0, _, _ in cues]
        by_sentence: dict[int, list[_Cand]] = {}
        for c in self.cands:
            by_sentence.setdefault(c.sentence, []).append(c)
        for idx, group in by_sentence.items():
            tops = [c for c in group if c.parent is None and c.quote is None and not c.frame
                    and c.kind == "indirect" and c.stance == "assert" and not c.reported
                    and c.evidence == "indirect" and c.src is not None]
            if len(group) != 1 or len(tops) != 1:
                continue
            c = tops[0]
            if c.direct_follow:
                continue  # only a complement clause after 说，/表示， runs on
            ss, se = self.sentences[idx]
            section = self.doc.section_at(c.cue_start)
            end = self._trim(c.content[-1][0], se)[1]
            if end != c.content[-1][1]:
                continue
            new_end = end
            for k in range(idx + 1, min(idx + 4, len(self.sentences))):
                ns, ne = self.sentences[k]
                if "\n" in s[se:ns] or self.doc.section_at(ns) != section:
                    break
                k0 = bisect.bisect_left(cue_starts, ns)
                if k0 < len(cue_starts) and cue_starts[k0] < ne:
                    break
                body = s[ns:ne]
                if any(ch in body for ch in "“”「」『』\"") or "据" in body or \
                        body.startswith(self.lex.narration_openers) or _TIME_OPENER.match(body):
                    break
                new_end = self._trim(ns, ne)[1]
                se = ne
            if new_end > end:
                c.content[-1] = (c.content[-1][0], new_end)

    def _interview_via(self, ss: int, se: int) -> None:
        """接受美国全国广播公司采访时，…说: the interviewer is the channel of what follows."""
        if "接受" not in self.s[ss:se]:
            return
        for m in self.lex.interview_re.finditer(self.s, ss, se):
            a, b = self._trim(*m.span("via"))
            if self.s[a:b] in self.lex.generic_via or b <= a:
                continue
            if self.s.endswith("记者", a, b) and b - a > 2:
                b -= 2  # 接受新华社记者专访: the outlet is the channel
            for c in self.cands:
                if ss <= c.cue_start < se and c.cue_start > m.end() and (a, b) not in c.via \
                        and c.src is not None and c.quote is None:
                    c.via.append((a, b))
                    break

    def _relate(self, cands: list[_Cand], ss: int) -> None:
        """Elided subjects, sibling truncation within one sentence."""
        self._merge_intransitive(cands)
        for i, b in enumerate(cands):
            donor: _Cand | None = None
            if b.elided and b.src is None and self._adverbial_clause(b):
                continue  # ，基于安全理由已要求…: part of the statement around it, no new speaker
            if b.elided and b.src is None and not self.s.startswith(self.lex.coordinators, b.clause_start):
                b.src = self._previous_clause_subject(b, cands)
            if b.elided and b.src is None:
                for a in reversed(cands[:i]):
                    if a.src is not None and a.quote == b.quote and a.cue_start < b.cue_start:
                        b.src = a.src
                        donor = a
                        break
                if b.src is None:
                    b.src = self._sentence_subject(ss, b)
            for a in cands[:i]:
                if a.quote != b.quote or a.frame or a.kind == "direct" or not a.content:
                    continue
                ca, cb = a.content_span()
                if not (ca <= b.cue_start < cb):
                    continue
                if a is donor or (not b.elided and (a.direct_follow or self._contrast(b))):
                    cut = b.clause_start - 1 if b.clause_start > ca else b.cue_start
                    na, nb = self._trim(ca, max(ca, cut))
                    if nb > na:
                        a.content = [(na, nb)]
                        a.kind = self._kind(na, nb)

    def _merge_intransitive(self, cands: list[_Cand]) -> None:
        """对于上述报道，X予以否认，称“…”: the denial has no object of its own; the statement
        that follows carries it (stance deny), and the bare denial is dropped."""
        for a in list(cands):
            if a.stance == "assert" or a.kind == "direct" or not a.content or a.frame:
                continue
            start = a.content[0][0]
            nxt = next((b for b in cands if b is not a and start <= b.cue_start <= start + 1), None)
            if nxt is None or nxt.stance != "assert":
                continue
            nxt.stance = a.stance
            if nxt.src is None:
                nxt.src, nxt.elided = a.src, False
            cands.remove(a)

    def _previous_clause_subject(self, b: _Cand, cands: list[_Cand]) -> tuple[int, int] | None:
        """儿童局依据媒体报道内容，认为…: a subject left in the previous, cue-less clause."""
        s = self.s
        end = b.clause_start - 1
        if end <= 0 or s[end] not in "，,":
            return None
        start = end
        while start > 0 and s[start - 1] not in _CLAUSE_PUNCT and end - start < 40:
            start -= 1
        if any(start <= c.cue_start < end for c in cands):
            return None
        m = self.lex.post_subject_re.search(s, start + 1, end)
        if m is None:
            return None
        r = cut_source(s, start, m.start(), self.lex)
        if r is None or r[0] != start or r[1] - r[0] > 8 or _is_han(s[r[1] - 1]) is False:
            return None
        return r

    def _adverbial_clause(self, b: _Cand) -> bool:
        j = b.clause_start
        while j < b.cue_start and self.s[j] in _SPACES:
            j += 1
        return self.s.startswith(self.lex.prepositions, j, b.cue_start)

    def _contrast(self, b: _Cand) -> bool:
        """…，但巴勒斯坦方面称: a new speaker after a contrastive connective starts a sibling."""
        return self.s.startswith(self.lex.contrast, b.clause_start)

    def _sentence_subject(self, ss: int, b: _Cand) -> tuple[int, int] | None:
        """The subject of the sentence's first clause (佩斯科夫对…进行了权衡，称…).

        A document named at the end of an earlier clause is preferred: in 警方…发现死者写下的
        遗书，…，也直指… the note, not the police, makes the claim.
        """
        s = self.s
        k = b.clause_start - 1
        while k > ss:
            j = k
            while j > ss and s[j - 1] not in "，,；;：:":
                j -= 1
            clause = s[j:k]
            for head in self.lex.document_heads:
                if clause.endswith(head) and len(head) >= 2:
                    de = clause.rfind("的")
                    start = j + de + 1 if de >= 0 else k - len(head)
                    if k - start <= 8:
                        return (start, k)
            k = j - 1
        end = ss
        while end < b.clause_start and s[end] not in "，,；;：:":
            end += 1
        if end <= ss or end >= b.cue_start:
            return None
        seg_end = end
        m = self.lex.post_subject_re.search(s, ss + 1, seg_end)
        if m:
            seg_end = m.start()
        for w in ("对这", "对此", "对该", "对其", "进行了", "进行"):
            k = s.find(w, ss + 1, seg_end)
            if k > 0:
                seg_end = k
        r = cut_source(s, ss, seg_end, self.lex)
        if r is None or r[1] - r[0] > 12:
            return None
        return r

    # ---------------------------------------------------------------- passes
    def _headlines(self) -> None:
        """王毅：应共同反对保护主义 — a short source and a colon opening a headline."""
        s = self.s
        spans = [(sec.start, sec.end) for sec in self.doc.sections if sec.kind == "headline"]
        if not spans and s:
            first = s.split("\n", 1)[0]
            if len(first) <= 40 and not any(ch in first for ch in "。！？"):
                spans = [(0, len(first))]
        for a, b in spans:
            m = _HEADLINE_COLON.match(s, a, b)
            if m is None:
                for gap in re.finditer(r"[ \u3000]+", s[a:b]):
                    m = _HEADLINE_COLON.match(s, a + gap.end(), b)
                    if m is not None:
                        break
            if not m or any(c.cue_start == m.start(2) for c in self.cands):
                continue
            src = (m.start(1), m.end(1))
            ca, cb = self._trim(m.start(3), min(b, m.end(3)))
            if cb <= ca or s[src[0]:src[1]] in self.lex.not_sources:
                continue
            cand = _Cand(self._new_id(), src, [m.span(2)], [(ca, cb)], evidence="headline_colon",
                         clause_start=a)
            cand.kind = self._kind(ca, cb)
            self.cands.append(cand)

    def _transcript_turns(self) -> None:
        """外交部发言人汪文斌：…  /  问：… — speaker turns of a press-conference transcript.

        A paragraph opening with a short label and a colon is a turn when the label ends in a
        role (发言人, 外长, 记者) or is a person's name (sayso.extract.zh_names); 问 is an
        unnamed reporter's question. Labels such as 编者按 or 来源 are not speakers.
        """
        s = self.s
        taken = {c.cue_start for c in self.cands}
        for m in _TURN.finditer(s):
            label_a, label_b = m.span("label")
            colon = m.start("colon")
            if colon in taken or self.doc.section_at(colon) not in ("body", "commentary"):
                continue
            label = s[label_a:label_b]
            if label in self.lex.labels and label != "问":
                continue
            end = s.find("\n", colon)
            end = len(s) if end < 0 else end
            ca, cb = self._trim(colon + 1, end)
            if cb - ca < 4:
                continue
            if label == "问":
                cand = _Cand(self._new_id(), None, [(label_a, label_b)], [(ca, cb)],
                             stance="ask", evidence="transcript_question", clause_start=label_a)
                cand.anonymous = True
            elif label.endswith(self.lex.role_suffixes) or _is_name(self.text[label_a:label_b]):
                cand = _Cand(self._new_id(), (label_a, label_b), [(colon, colon + 1)], [(ca, cb)],
                             evidence="transcript_turn", clause_start=label_a)
            else:
                continue
            if "？" in s[ca:end] or "?" in s[ca:end]:
                cand.stance = "ask"  # 总台央视记者：……你能否介绍此访安排？
            cand.kind = "direct" if self._whole_quote(ca, cb) else self._kind(ca, cb)
            if cand.kind == "direct":
                q = self.qi.starting_at(ca)
                cand.content = [(q.inner_start, q.inner_end)]
            self.cands.append(cand)

    def _whole_quote(self, a: int, b: int) -> bool:
        q = self.qi.starting_at(a)
        return q is not None and self._trim(q.close + 1, b)[1] <= q.close + 1

    def _hedges(self) -> None:
        """Hedges in an attribution's sentence (or the next one) make it unconfirmed."""
        s = self.s
        by_sentence: dict[int, list[_Cand]] = {}
        for c in self.cands:
            by_sentence.setdefault(c.sentence, []).append(c)
        for idx, (ss, se) in enumerate(self.sentences):
            m = self.lex.hedge_re.search(s, ss, se)
            if not m:
                continue
            a = m.start()
            while a > ss and s[a - 1] not in "，,；;。":
                a -= 1
            b = m.end()
            while b < se and s[b] not in "，,；;。！？":
                b += 1
            targets = by_sentence.get(idx) or (by_sentence.get(idx - 1) if idx else None) or []
            for c in targets:
                if c.parent is not None:
                    continue
                c.hedges.append((a, b))
                c.certainty = "unconfirmed"
                new = []
                for ca, cb in c.content:
                    if ca < a < cb and c.kind != "direct":
                        ca, cb = self._trim(ca, a)
                    new.append((ca, cb))
                c.content = new

    def _parents(self) -> None:
        cands = sorted(self.cands, key=lambda c: c.cue_start)
        spans = [(c, c.content_span()) for c in cands]
        for i, (b, _) in enumerate(spans):
            best = None
            lo = max(0, i - 12)
            for a, (ca, cb) in spans[lo:i + 12]:
                if a is b or a.parent == b.id:
                    continue
                if ca <= b.cue_start and b.cue[-1][1] <= cb and not (
                        a.src == b.src and a.cue == b.cue):
                    if best is None or (cb - ca) < (best[1][1] - best[1][0]):
                        best = (a, (ca, cb))
            if best is not None:
                b.parent = best[0].id
        by_id = {c.id: c for c in cands}
        drop: set[str] = set()
        for c in cands:
            p = by_id.get(c.parent) if c.parent else None
            if p is None or p.frame != "ju":
                continue
            pa, pb = p.content_span()
            ca, cb = c.content_span()
            if c.kind == "direct" and (cb - ca) >= 0.5 * (pb - pa):
                drop.add(p.id)
        for c in cands:
            p = by_id.get(c.parent) if c.parent else None
            if p is not None and p.frame == "ju" and p.src is not None:
                a, b = p.src
                inner = self._outlet_name(a, b)
                if inner not in c.via:
                    c.via.insert(0, inner)
            if c.parent in drop:
                c.parent = None
        self.cands = [c for c in cands if c.id not in drop]

    def _outlet_name(self, a: int, b: int) -> tuple[int, int]:
        """The outlet's own name inside a source span (台联合晚报 -> 联合晚报, “中央社” -> 中央社)."""
        if self.ctx is not None:
            hits = self.ctx.gazetteer.find_all(self.text[a:b])
            if hits:
                ha, hb, _ = hits[-1]
                a, b = a + ha, a + hb
        while a < b and self.s[a] in "“”\"《》「」 ":
            a += 1
        while b > a and self.s[b - 1] in "“”\"《》「」 ":
            b -= 1
        return (a, b)

    def _denials(self) -> None:
        s = self.s
        cands = sorted(self.cands, key=lambda c: c.cue_start)
        parents = {c.parent for c in cands if c.parent}
        for i, c in enumerate(cands):
            text = "".join(s[a:b] for a, b in c.content)
            if c.stance == "assert":
                if self.lex.deny_strong_re.search(text):
                    c.stance = "deny"
                else:
                    m = self.lex.deny_re.search(text)
                    if m is not None and m.start() <= 8:
                        c.stance = "deny"
                    elif c.id not in parents and not c.reported and self.lex.accuse_re.search(text):
                        c.stance = "accuse"
            if c.stance not in ("deny", "confirm"):
                continue
            ss = self.sentences[c.sentence][0] if c.sentence < len(self.sentences) else 0
            topic = s[ss:c.cue[0][0]] if c.sentence < len(self.sentences) else ""
            refers = c.evidence == "pretext_deny" or bool(self.lex.report_ref_re.search(
                text + "|" + s[c.cue[-1][0]:c.cue[-1][1]] + "|" + topic))
            if not refers:
                continue
            for prev in reversed(cands[max(0, i - 8):i]):
                if prev.stance == "deny" or prev.parent == c.id or c.parent == prev.id:
                    continue
                if c.sentence - prev.sentence > 3:
                    break
                if prev.src is not None and c.src is not None and \
                        s[prev.src[0]:prev.src[1]] == s[c.src[0]:c.src[1]]:
                    continue
                if prev.reported or prev.anonymous or (prev.src and self._is_anonymous(*prev.src)):
                    named = re.search(r"《([^》]+)》[^，。]{0,30}的报道", text)
                    if named and (prev.src is None or named.group(1) not in s[prev.src[0]:prev.src[1]]):
                        continue
                    c.target = prev.id
                    if c.stance == "deny":
                        prev.certainty = "disputed"
                    break

    def _certainty(self) -> None:
        children: dict[str, list[_Cand]] = {}
        for c in self.cands:
            if c.parent:
                children.setdefault(c.parent, []).append(c)
        for c in self.cands:
            if c.certainty in ("unconfirmed", "disputed"):
                continue
            if c.anonymous or (c.src is not None and self._is_anonymous(*c.src)):
                c.certainty = "anonymous"
            elif c.reported or (c.src is not None and self._is_outlet(*c.src)):
                c.certainty = "reported"
            if c.stance == "ask" and c.src is None:
                c.certainty = "anonymous"
        for c in self.cands:
            if c.certainty == "asserted" and any(
                    k.src is not None and k.certainty == "anonymous" for k in children.get(c.id, [])):
                c.certainty = "anonymous"


def _is_name(label: str) -> bool:
    """True when the label is a person's name, with its title (D2's recogniser, when present)."""
    try:
        from ..zh_names import find_names
    except ImportError:
        return False
    return any((m.start == 0 or m.title_start == 0) and m.end >= len(label)
               for m in find_names(label + "说"))


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _to_attribution(c: _Cand, text: str) -> Attribution:
    src = EntitySpan.at(text, *c.src) if c.src else None
    return Attribution(
        id=c.id,
        source=src,
        cue=[Span.at(text, a, b) for a, b in c.cue],
        content=[Span.at(text, a, b) for a, b in c.content],
        kind=c.kind,
        via=[EntitySpan.at(text, a, b) for a, b in c.via],
        parent=c.parent,
        stance=c.stance,
        target=c.target,
        certainty=c.certainty,
        hedges=[Span.at(text, a, b) for a, b in c.hedges],
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
        from ..zh_entities import link_entities
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
