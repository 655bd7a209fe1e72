"""What every stage of the Chinese extractor works on: the document and the candidate record.

`ChineseDoc` folds the text to simplified script (same length, so offsets carry over), pairs
quotation marks, splits sentences outside quotations and keeps the section bounds; its methods
are the span helpers several stages share (clause boundaries, content ends, trimming, quotation
kinds, outlet and anonymity tests). `Candidate` is an attribution under construction, in
offsets of the folded text; `extract.candidates` runs the stages over it in order.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...extract.quotes import CLOSERS, OPENERS, Quote, QuoteIndex, pair_quotes, split_sentences
from ...model import Document
from ...text import is_han, to_simplified
from .lexicon import Lexicon, lexicon
from .names import NameMention, find_names, word_tag

if TYPE_CHECKING:
    from ...context import Context

CLAUSE_PUNCT = "，,；;：:。！？!?\n"
SPACES = " \t\u3000\xa0"
_TRAIL = " \t\u3000\xa0，,。；;！!？?、：:…"
_HEADLINE_PART_CLOSERS = frozenset("”」』》）)")
_SENTENCE_STOPS = re.compile("[。！？!?“「『‘﹁﹃\" \u3000]")
_CLAUSE_STOPS = re.compile("[。！？!?，,；;“「『‘﹁﹃\" \u3000]")
_BOUNDARY_STOPS = re.compile(
    "[" + re.escape("）)（(、" + CLAUSE_PUNCT + "".join(CLOSERS) + '"' + "".join(OPENERS) + " \u3000")
    + "]")


# An outlet's piece after its name (路透社的报导, 《纽约时报》的文章): the outlet relays it.
_OUTLET_PIECE = re.compile(r"的?(?:报道|报导|报告|文章|社论|消息)$")
# 俄新社同日, 韩联社12日, 彭博最新: a time after the outlet's name belongs to the report, not the name
# (據《聯合早報》此前報導, zhT-sinahk-1: 此前 'earlier' is when it reported)
_OUTLET_TIME = re.compile(r"(?:同日|同天|当日|当天|今天|昨天|今日|昨日|日前|稍早|稍后|最新|早前|较早前|此前|先前|之前|"
                          r"近日|近期|上周|本周|上月|本月|"
                          r"(?:\d{1,2}月)?\d{1,2}[日号])$")


# A parenthesised gloss in Latin letters (U.S. Chamber of Commerce), no Chinese inside.
_LATIN_GLOSS = re.compile(r"[（(][^（()）\u4e00-\u9fff]{2,60}[）)]")


@dataclass
class Candidate:
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


def _titled(span: str) -> bool:
    """A 《title》 names the source, unless it is the object of a verb in a relative clause
    (a 的 after it): in 提出《香港人权与民主法案》的4个两党参众议员 (zhB-mingpao-3) the bill is no
    outlet; in 台湾《远见》杂志最近的民调 the magazine's poll is."""
    k = span.find("《")
    if k < 0:
        return False
    if "的" in span[span.rfind("》") + 1:] and k >= 2 and word_tag(span[k - 2:k]) == "v":
        return False
    return True


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


# 一位设计师马先生, 一位郑姓老人: a surname given names the person in part (not anonymous)
_SURNAMED = re.compile("先生|女士|小姐|姓")


# U+FE30 PRESENTATION FORM FOR VERTICAL TWO DOT LEADER and U+FE55 SMALL COLON -> U+FF1A
_COLON_FORMS = ("\ufe30", "\ufe55")


def _plain_colons(s: str) -> str:
    """`s` with the presentation forms of the colon as the full-width colon, one character for
    one (a membership test first: `str.translate` maps every character through Python)."""
    for form in _COLON_FORMS:
        if form in s:
            s = s.replace(form, "：")
    return s


class ChineseDoc:
    """One document as every stage sees it: the folded text, its quotations, sentences and
    section bounds, the candidates found so far, and the span helpers the stages share."""

    def __init__(self, doc: Document, ctx: Context | None) -> None:
        self.doc = doc
        self.text = doc.text
        # (the presentation forms of the colon, 說︰「…」 and 寫道﹕「…」 in Hong Kong and Macau
        # text, hkcnews and zhQ-aamacau-1, are read as the colon they stand for: one character
        # for one, so offsets carry over)
        self.s = _plain_colons(to_simplified(doc.text))
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
        self.section_bounds = sorted(bounds)
        if doc.provenance.dateline is not None:
            self.section_starts.add(doc.provenance.dateline.end)  # 新华社…电(记者…)美国白宫…
        # Where `_left_boundary` can stop: brackets, clause punctuation, quote marks, spaces
        # and section starts (computed once per document).
        self._stops = sorted({m.start() for m in _BOUNDARY_STOPS.finditer(self.s)}
                             | self.section_starts)
        self._outlet_cache: dict[str, bool] = {}
        self._outlet_names: dict[tuple[int, int], tuple[int, int]] = {}
        self.cue_starts: list[int] = []
        self.cands: list[Candidate] = []
        # 据X报道 frames of a named outlet set aside by `nesting.nest`, with the ids of the
        # statements they relay: `nesting.restore_outlet_frames` puts them back at the end
        self.outlet_frames: dict[str, tuple[Candidate, list[str]]] = {}
        self._names: list[NameMention] | None = None
        # Content bigrams by content spans (`certainty`: denials compared with earlier claims).
        self.bigrams_seen: dict[tuple[tuple[int, int], ...], frozenset[str]] = {}
        self._n = 0

    def new_id(self) -> str:
        self._n += 1
        return f"z{self._n}"

    def names(self) -> list[NameMention]:
        """The person names of the whole document (`names.find_names`), found once, on first
        use; the entity linker is handed the same list."""
        if self._names is None:
            self._names = find_names(self.text)
        return self._names

    def in_dateline(self, pos: int) -> bool:
        """Inside the lead's dateline ((中央社首尔31日综合外电报导)): a credit, not a cue."""
        d = self.doc.provenance.dateline
        return d is not None and d.start <= pos < d.end

    def in_title(self, pos: int) -> bool:
        k = bisect.bisect_right(self._title_starts, pos) - 1
        return k >= 0 and pos < self.titles[k][1] - 1 and self.titles[k][0] < pos

    def left_boundary(self, pos: int, floor: int, reach: int = 80) -> tuple[int, int | None]:
        """Start of the clause ending at `pos`, and the offset of a quote closer ending it.

        Walks back over `self._stops` only: every other character is passed over anyway.
        Latin glosses in parentheses do not count against the `reach` of 80 characters
        (美國全國商會(U.S. Chamber of Commerce)和中國美國商會(American Chamber of Commerce in
        China)在…中稱, zhF-chinatimes-1: else the clause starts inside "Chamber").
        """
        s = self.s
        stops = self._stops
        depth = 0
        lo = max(floor, pos - reach)
        k = bisect.bisect_left(stops, pos) - 1
        while k >= 0 and stops[k] >= lo:
            i = stops[k]
            ch = s[i]
            if ch in "）)":
                depth += 1
            elif ch in "（(":
                depth = max(0, depth - 1)
            elif depth == 0:
                if ch in CLAUSE_PUNCT:
                    return i + 1, None
                if ch == "、":
                    if i > 0 and (s[i - 1] in CLOSERS or s[i - 1] == '"'):
                        return i + 1, None  # 南华早报指他的「…」、明报指…: the next report
                    k -= 1
                    continue
                if ch in CLOSERS or ch == '"':
                    q = self.qi.ending_at(i)
                    if q is not None:
                        if self.embedded(q):
                            # 民进党“立院”党团: part of the clause; go on before the opener
                            k = bisect.bisect_left(stops, q.open) - 1
                            continue
                        return i + 1, i
                if ch in OPENERS:
                    return i + 1, None
                if ch in " \u3000" and 0 < i < len(s) - 1 and is_han(s[i - 1]) and is_han(s[i + 1]):
                    return i + 1, None
            if i in self.section_starts and i > lo:
                return i, None
            k -= 1
        if lo > floor and reach == 80:
            glossed = sum(m.end() - m.start() for m in _LATIN_GLOSS.finditer(s, lo, pos))
            if glossed:
                return self.left_boundary(pos, floor, reach + glossed)
        return max(lo, floor), None

    def content_end(self, p: int, limit: int, scope: str) -> int:
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
                if i > p and (is_han(s[i - 1]) or (ch == "\u3000" and s[i - 1] in _HEADLINE_PART_CLOSERS)) \
                        and i + 1 < limit and is_han(s[i + 1]):
                    return i  # 港府否认打压新闻自由 记协：…: a space between two headline parts
                    #           (…被指“强迫劳动”　中国强烈否认: after a closing mark too, when the
                    #           space is the ideographic one; 《警察通例》 第29條 is body text)
                i += 1
                continue
            if ch in "，," and s.startswith(self.lex.purpose_openers, i + 1):
                i += 1  # …阴谋，以撕裂俄罗斯: a purpose clause belongs to the content
                continue
            return i
        return limit

    def trim(self, a: int, b: int) -> tuple[int, int]:
        s = self.s
        b = min(b, len(s))
        while a < b and s[a] in SPACES:
            a += 1
        while b > a and s[b - 1] in _TRAIL:
            b -= 1
        return a, b

    def embedded(self, q: Quote) -> bool:
        """A quotation inside a phrase (台当局“内政部”儿童局), not one standing as a clause.
        After a verb of speech (说「…」, 表示“…”) it stands; the 道 of a noun (频道「…」, 街道“…”:
        `dao_nouns`) is no 说道, so a quotation after it names the channel or street."""
        j = q.open - 1
        while j >= 0 and self.s[j] in SPACES:
            j -= 1
        if j < 0:
            return False
        before = self.s[j]
        if before == "道":
            return self.s.endswith(self.lex.dao_nouns, 0, j + 1)
        return (is_han(before) or before.isalnum() or before in "》）)") \
            and before not in "说称示问答"

    def is_term_quote(self, q: Quote) -> bool:
        """Scare quotes and terms (“甲流”, “立院”党团) rather than quoted speech."""
        inner = self.s[q.inner_start:q.inner_end].strip()
        if inner in self.lex.scare_terms:
            return True
        if len(inner) > 4 or not inner or any(ch in self.lex.speech_chars for ch in inner):
            return False
        if self.lex.long_cue_re.search(inner):
            return False  # “强烈谴责”: a quoted cue is speech, not a term
        nxt = self.s[q.close + 1] if q.close + 1 < len(self.s) else ""
        if is_han(nxt) and nxt not in "的了":
            return True
        return len(inner) <= 3 and self.s.count("“" + inner + "”") >= 2  # “甲流” used as a term

    def is_outlet(self, a: int, b: int) -> bool:
        surface = self.text[a:b]
        known = self._outlet_cache.get(surface)
        if known is None:
            name = self.s[a:b].strip("“”\"《》 ")
            known = self.lex.outlet_person_re.search(name) is None \
                and not name.endswith(self.lex.not_outlets) and (
                name.endswith(self.lex.outlet_suffixes) or _titled(self.s[a:b])
                or (self.ctx is not None and _gazetteer_has(self.ctx.gazetteer, surface)))
            self._outlet_cache[surface] = known
        return known

    def is_medium(self, a: int, b: int) -> bool:
        """A place written or posted in that is a medium (ANNOTATION.md, Channels: 在微博上称, in a
        post on Telegram): a platform by name, an outlet, or a name ending in a medium's head
        (今日头条平台, 新华网, 其YouTube频道; markers.json medium_suffixes), not the net itself."""
        name = self.s[a:b].strip("“”\"《》「」 ")
        if len(name) < 2 or name in self.lex.generic_media or name in self.lex.generic_via:
            return False
        if name in self.lex.platform_names or name.endswith(self.lex.own_channels + self.lex.publications):
            return True
        suffix = next((w for w in self.lex.medium_suffixes if name.endswith(w)), None)
        if suffix is not None and len(name) > len(suffix) + (1 if suffix == "网" else 0):
            return True
        raw = self.s[a:b].strip()
        if "《" in raw:  # a title stands alone (在《明报》), not before an event (《…》看片会) or 的文
            return raw.startswith("《") and raw.endswith("》") and raw.count("《") == 1
        return self.is_outlet(a, b)

    def is_anonymous(self, a: int, b: int) -> bool:
        name = self.s[a:b]
        return name in self.lex.anonymous_sources or name.endswith(self.lex.anonymous_heads) \
            or self.lex.anonymous_re.search(name) is not None \
            or (name.startswith("有") and len(name) > 2) \
            or self.is_indefinite(name)  # 有到济州旅游的中国游客, 一位感染者: someone

    def is_indefinite(self, name: str) -> bool:
        """一位感染者, 3名与会者, 外交部一名官员: people counted, not named (一位名叫…的 names one)."""
        if any(w in name for w in self.lex.named_by):
            return False
        count = self.lex.indefinite_re.match(name)
        if count is not None:
            # 一位詹明易先生: a count before a person's name names that person
            return not any(m.start == 0 for m in find_names(name[count.end():] + "说"))
        inner = self.lex.indefinite_inner_re.search(name)
        return inner is not None and not _SURNAMED.search(inner.group(1)) \
            and not find_names(inner.group(1) + "说")

    def quote_parts(self, q: Quote) -> list[tuple[int, int]]:
        """The quoted text of `q`; a quotation running over paragraphs (each reopened with “)
        gives one part per paragraph, without the reopening marks and line breaks."""
        s = self.s
        a, b = q.inner_start, q.inner_end
        if "\n" not in s[a:b]:
            return [(a, b)]
        parts = []
        for m in re.finditer(r"[^\n]+", s[a:b]):
            pa, pb = a + m.start(), a + m.end()
            while pa < pb and (s[pa] in SPACES or s[pa] in OPENERS):
                pa += 1
            while pb > pa and s[pb - 1] in SPACES:
                pb -= 1
            if pb > pa:
                parts.append((pa, pb))
        return parts or [(a, b)]

    def cue_between(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self.cue_starts, a)
        return k < len(self.cue_starts) and self.cue_starts[k] < b

    def quote_ends_clause(self, q: Quote, limit: int) -> bool:
        j = q.close + 1
        while j < limit and self.s[j] in SPACES:
            j += 1
        if j < limit and self.s[j] in "（(":
            # 「我认为，…」（I think …）。: a translation gloss after the quotation
            close = self.s.find("）" if self.s[j] == "（" else ")", j, limit)
            if close > 0:
                j = close + 1
                while j < limit and self.s[j] in SPACES:
                    j += 1
        if j > q.close + 1 and j < limit and is_han(self.s[j]) \
                and self.doc.section_at(q.close) == "headline":
            return True  # 被指“强迫劳动”　中国强烈否认: a space between two headline parts
        return j >= limit or self.s[j] in "。！？!?，,；;\n" or self.s[j] in CLOSERS

    def kind(self, a: int, b: int) -> str:
        return self.kind_of(self.qi.inside(a, b + 1))

    def kind_of(self, quotes: list[Quote]) -> str:
        """"mixed" when a content holds a quotation that is speech, not a term."""
        for q in quotes:
            if not self.is_term_quote(q):
                return "mixed"
        return "indirect"

    def outlet_name(self, a: int, b: int) -> tuple[int, int]:
        """The outlet's own name inside a source span (台联合晚报 -> 联合晚报, “中央社” -> 中央社)."""
        known = self._outlet_names.get((a, b))
        if known is None:
            known = self._outlet_names[(a, b)] = self._find_outlet_name(a, b)
        return known  # asked once per child of the same parent: remembered for this document

    def _find_outlet_name(self, a: int, b: int) -> tuple[int, int]:
        if self.ctx is not None:
            surface = self.text[a:b].rstrip("“”\"《》「」 ")
            piece = _OUTLET_PIECE.search(self.s, a, a + len(surface))
            if piece is not None and piece.start() > a:
                surface = surface[:piece.start() - a]  # 路透社的报导 -> 路透社
            when = _OUTLET_TIME.search(self.s, a, a + len(surface))
            timed = when is not None and when.start() > a + 1
            if timed:
                surface = surface[:when.start() - a]  # 俄新社同日 -> 俄新社
            # only a name ending the span: 台联合晚报 -> 联合晚报, but 《日经亚洲评论》 stays
            # whole (日经 is a name at its start); a closing mark kept for names found only
            # inside title marks (日本《每日新闻》)
            closed = surface + "》" if self.text[a + len(surface):b].startswith(("》", "」")) else surface
            hits = [h for h in self.ctx.gazetteer.find_all(closed) if h[1] in (len(surface), len(closed))
                    and h[0] < len(surface)]
            inner = surface.rstrip("》")
            if inner.startswith("《") and "《" not in inner[1:] and "》" not in inner:
                # one title is the name as written: 《中国产经新闻》 is no 产经新闻, 《台湾苹果日报》 no
                # 苹果日报 (THUCNews line 311: 对《中国产经新闻》记者分析 relayed 产经新闻)
                hits = [h for h in hits if h[0] <= 1]
            if hits:
                ha, hb, _ = hits[-1]
                a, b = a + ha, a + min(hb, len(surface))
            elif timed:
                b = a + len(surface)
        while a < b and self.s[a] in "“”\"《》「」 ":
            a += 1
        while b > a and self.s[b - 1] in "“”\"《》「」 ":
            b -= 1
        return (a, b)
