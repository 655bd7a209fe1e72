"""Relations inside one sentence (elided subjects, siblings, intransitive denials) and
across sentences (transcript-style continuation, interview channels)."""

from __future__ import annotations

import bisect

from .base import _CLAUSE_PUNCT, _SPACES, _TIME_OPENER, _Cand, _is_han
from .frames import _Frames
from .lexicon import Cue
from .source import cut_source


class _Relate(_Frames):
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
                if donor is not None and (donor.reported or donor.frame == "ju") \
                        and donor.content and donor.content_span()[0] < b.cue_start:
                    # 朝中社报道说，金正恩现场指导了试射，并称…: the reported person speaks
                    person = self._person_opening(donor.content_span()[0], b.clause_start)
                    if person is not None:
                        b.src, donor = person, None
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

    def _person_opening(self, a: int, b: int) -> tuple[int, int] | None:
        """A person's name (with its title) opening the text at `a`, before `b`."""
        try:
            from .names import find_names
        except ImportError:
            return None
        clause = self.text[a:b]
        for m in find_names(clause):
            start = m.title_start if m.title_start is not None else m.start
            if start == 0 and not self._cue_between(a, a + m.end):
                return (a, a + m.end)
        return None

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

    def _continue_quotes(self) -> None:
        """“……”她说。“……” — a quotation standing alone as the next sentence of the same
        paragraph continues the direct quotation just attributed."""
        s = self.s
        last_by_sentence: dict[int, _Cand] = {}
        for c in self.cands:
            if c.kind == "direct" and c.quote is None and c.src is not None:
                prev = last_by_sentence.get(c.sentence)
                if prev is None or c.cue_start > prev.cue_start:
                    last_by_sentence[c.sentence] = c
        taken = {c.sentence for c in self.cands}
        for idx, (ss, se) in enumerate(self.sentences):
            if idx in taken or idx - 1 not in last_by_sentence:
                continue
            q = self.qi.starting_at(ss)
            if q is None or self._trim(q.close + 1, se)[1] > q.close + 1:
                continue
            if "\n" in s[self.sentences[idx - 1][1]:ss]:
                continue
            c = last_by_sentence[idx - 1]
            c.content.append((q.inner_start, q.inner_end))
            last_by_sentence[idx] = c

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
            while b > a and self.s.endswith(self.lex.via_modifiers, a, b):
                b -= next(len(w) for w in self.lex.via_modifiers if self.s.endswith(w, a, b))
            if self.s.endswith("记者", a, b) and b - a > 2:
                b -= 2  # 接受新华社记者专访: the outlet is the channel
            if b <= a or self.s[a:b] in self.lex.generic_via:
                continue  # 接受本报电话采访: the paper itself is no channel
            for c in self.cands:
                if ss <= c.cue_start < se and c.cue_start > m.end() and (a, b) not in c.via \
                        and c.src is not None and c.quote is None:
                    c.via.append((a, b))
                    break
