"""Document-level passes: headlines and transcript turns, hedges, nesting (parent) and via
inheritance, denials and their targets, certainty."""

from __future__ import annotations

import re

from .base import _HEADLINE_COLON, _TURN, _Cand
from .relate import _Relate


def _is_name(label: str) -> bool:
    """True when the label is a person's name, with its title (D2's recogniser, when present)."""
    try:
        from .names import find_names
    except ImportError:
        return False
    return any((m.start == 0 or m.title_start == 0) and m.end >= len(label)
               for m in find_names(label + "说"))


class _Passes(_Relate):
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
            label = s[src[0]:src[1]]
            if cb <= ca or label in self.lex.not_sources or label in self.lex.labels:
                continue
            cand = _Cand(self._new_id(), src, [m.span(2)], [(ca, cb)], evidence="headline_colon",
                         clause_start=a)
            cand.kind = self._kind(ca, cb)
            self.cands.append(cand)

    def _transcript_turns(self) -> None:
        """外交部发言人汪文斌：…  /  问：… — speaker turns of a press-conference transcript.

        A paragraph opening with a short label and a colon is a turn when the label ends in a
        role (发言人, 外长, 记者) or is a person's name (sayso.lang.zh.names); 问 is an
        unnamed reporter's question. Labels such as 编者按 or 来源 are not speakers.
        """
        s = self.s
        taken = {c.cue_start for c in self.cands}
        for m in _TURN.finditer(s):
            label_a, label_b = m.span("label")
            colon = m.start("colon")
            if colon in taken or self.doc.section_at(colon) not in ("body", "commentary"):
                continue
            if any(label_a <= t < colon for t in taken):
                continue  # 乔科维奇告诉记者：「…」: the label holds a cue already extracted
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
                cand.content = self._quote_parts(q)
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
        """Nesting: the innermost other attribution whose content holds a cue is its parent."""
        cands = sorted(self.cands, key=lambda c: c.cue_start)
        spans = [(c, *c.content_span()) for c in cands]
        for i, b in enumerate(cands):
            best = None
            best_len = 0
            b0, b1 = b.cue[0][0], b.cue[-1][1]
            for a, ca, cb in spans[max(0, i - 8):i + 8]:
                if ca > b0 or b1 > cb or a is b or a.parent == b.id:
                    continue
                if a.src == b.src and a.cue == b.cue:
                    continue  # the tail of a quotation attributed to the same cue
                if best is None or cb - ca < best_len:
                    best, best_len = a, cb - ca
            if best is not None:
                b.parent = best.id
        by_id = {c.id: c for c in cands}
        self._end_at_summaries(cands, by_id)
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
            if p is not None and p.src is not None and (p.frame == "ju" or (
                    p.kind == "indirect" and not p.evidence.startswith("cite")
                    and (p.reported or self._is_outlet(*p.src)))):
                # 据X报道，Y说… / 深绿媒体指出，民进党声称…: the outlet relays Y's words
                a, b = p.src
                inner = self._outlet_name(a, b)
                if inner not in c.via:
                    c.via.insert(0, inner)
            if c.parent in drop:
                c.parent = None
        self.cands = [c for c in cands if c.id not in drop]
        self._backward_via()

    def _end_at_summaries(self, cands: list[_Cand], by_id: dict[str, _Cand]) -> None:
        """简慧娟指出，媒体报道，A，B，上述情形，…: the nested report ends before the summary."""
        s = self.s
        for c in cands:
            p = by_id.get(c.parent) if c.parent else None
            if p is None or c.kind == "direct" or len(c.content) != 1:
                continue
            a, b = c.content[0]
            k = a
            while True:
                k = s.find("，", k + 1, b)
                if k < 0:
                    break
                if s.startswith(self.lex.summary_openers, k + 1):
                    c.content = [self._trim(a, k)]
                    break

    def _backward_via(self) -> None:
        """据“中央社”报道，吕秀莲是在…时作了以上表示: the outlet relayed the earlier remarks."""
        s = self.s
        for f in self.cands:
            if f.frame != "ju" or f.src is None:
                continue
            a, b = f.content_span()
            if not self.lex.earlier_remarks_re.search(s, a, b):
                continue
            inner = self._outlet_name(*f.src)
            for c in self.cands:
                if c.parent is None and c is not f and 0 < f.sentence - c.sentence <= 2 \
                        and "\n" not in s[c.cue_start:f.cue_start] and inner not in c.via:
                    c.via.append(inner)

    def _outlet_name(self, a: int, b: int) -> tuple[int, int]:
        """The outlet's own name inside a source span (台联合晚报 -> 联合晚报, “中央社” -> 中央社)."""
        known = self._outlet_names.get((a, b))
        if known is None:
            known = self._outlet_names[(a, b)] = self._find_outlet_name(a, b)
        return known  # asked once per child of the same parent: remembered for this document

    def _find_outlet_name(self, a: int, b: int) -> tuple[int, int]:
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
            text = s[c.content[0][0]:c.content[0][1]] if len(c.content) == 1 \
                else "".join(s[a:b] for a, b in c.content)
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
            for prev in reversed(cands[max(0, i - 8):i] if refers else []):
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
            if c.target is None and c.stance == "deny" and c.parent is None:
                # 华为…表示，从未…。此前有媒体报道称，…: the denied report follows, marked 此前
                for nxt in cands[i + 1:i + 6]:
                    if nxt.sentence - c.sentence > 2:
                        break
                    if (nxt.reported or nxt.anonymous) and nxt.stance != "deny" and \
                            s.startswith(self.lex.earlier_openers, nxt.clause_start):
                        c.target = nxt.id
                        nxt.certainty = "disputed"
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
