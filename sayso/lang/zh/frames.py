"""Cue-anchored rules: one reporting cue, or one discontinuous frame (据…报道, 援引…的话说,
以“…”为由将其驳回, 传出…的消息, 从…获悉), analysed locally into a candidate attribution."""

from __future__ import annotations

import re

from ...extract.quotes import CLOSERS, OPENERS
from .base import (
    _CITING,
    _CLAUSE_PUNCT,
    _EVENT_VIA,
    _PUBLISHED_IN,
    _SPACES,
    _TIME_TAIL,
    _Base,
    _Cand,
)
from .lexicon import Cue
from .source import cut_source


class _Frames(_Base):
    def _single(self, c0: int, c1: int, cue: Cue, ss: int, se: int, idx: int) -> list[_Cand]:
        s = self.s
        if s.endswith(self.lex.noun_before, 0, c0) and not s.endswith("有关部门", 0, c1 + 2):
            return []  # 这一报道, 相关报导, 如果要求: a noun, not a reporting verb
        if cue.needs_punct and (c1 >= len(s) or s[c1] not in "，,：:“「\""):
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
        if s[lb:left_pos].strip(" \t\u3000") in self.lex.non_speakers:
            return []  # 这表示…, 结果显示…: not a speaker, and no elided one either
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
        if closer is None and src is not None and lb >= 2 and s[lb - 1] in "，," \
                and self._nothing_after(right_pos, limit):
            # “……”，他说。 — a comma typed after the closing mark
            q = self.qi.ending_at(lb - 2)
            if q is not None and not self._embedded(q) and self.qi.enclosing(q.open) == enclosing:
                closer = lb - 2
        if closer is not None and src is not None:
            q = self.qi.ending_at(closer)
            if q is not None and self.qi.enclosing(q.open) == enclosing:
                # “……”卡乌索格鲁说(，“……”)
                cand.content = self._quote_parts(q)
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

    def _nothing_after(self, p: int, limit: int) -> bool:
        """Only closing punctuation between `p` and `limit` (…他说。)."""
        return not self.s[p:limit].strip(" \t\u3000\xa0。！？!?，,；;…")

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
        if self.s.startswith("接受", va):
            return  # 在接受CNN采访时: the interview pass names the interviewer
        k = self.s.rfind("的", va, vb)
        if k >= 0 and (self.s[va:k] in self.lex.pronouns or vb - k - 1 >= 3):
            # 在他的节目中, 在刚刚结束的文贵大直播中: the named channel; a short head keeps
            # what identifies it (在一封给家人的信中, 在特朗普发的推文中)
            va = k + 1
        head = self.s[va:vb]
        core = head[:-2] if head.endswith("现场") else head  # 在招待会现场表示
        if core.endswith(self.lex.channel_nouns):
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
        if _CITING.search(s, ss, se):  # 援引, 引述, 引用, 转引
            for m in lex.cite_re.finditer(s, ss, se):
                # X援引Y(的话)说: the words are Y's, so the cited party is the source and the
                # citing one the channel (ANNOTATION.md, "citing chains"); with no X stated
                # (援引消息人士说) the channel is left out rather than guessed.
                lb, _ = self._left_boundary(m.start(), ss)
                citing = cut_source(s, lb, m.start(), lex)
                cited = self._trim(*m.span("via"))
                cand = _Cand(self._new_id(), cited, [m.span("c1"), m.span("c2")], [],
                             via=[citing] if citing else [], sentence=idx,
                             quote=self.qi.enclosing(m.start()), evidence="cite_frame",
                             clause_start=lb)
                cand.reported = True
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
