"""Discontinuous frames of one sentence (据…报道, 援引…的话说, …的报道说, 以“…”为由将其驳回,
从…获悉, 传出…的消息), each analysed into a candidate; the spans they use are returned so that
the single-cue stage skips them."""

from __future__ import annotations

import re

from ...extract.quotes import CLOSERS
from .content import content_after
from .doc import CLAUSE_PUNCT, SPACES, Candidate, ChineseDoc
from .source import TITLED_DOCUMENT, cut_source, pos_tags

_CITING = re.compile("援引|引述|引用|转引|转述")
_TOPIC_PREPOSITION = re.compile(r"\s*(?:对于|关于|针对)")
# 据早前报道, 据此前报道: a time in the 据 frame names no one; "the earlier report" speaks.
_EARLIER = frozenset({"早前", "此前", "先前", "之前", "日前", "稍早", "稍早前", "较早前", "早些时候", "近日", "最近", "较早时"})
_TIME_TAIL = re.compile(r"(?:\d{1,2}月)?\d{1,2}[日号]$|(?:当地时间|周[一二三四五六日]|今天|昨天|今日|昨日|日前|近日)$")


_NOT_WIRE = tuple("邮话视台影脑子报力梯")


def _at_clause_start(doc: ChineseDoc, pos: int, ss: int, but: bool = False) -> bool:
    """Whether `pos` opens a clause; `but`: also after 但 (但据《南方都市报》报道)."""
    j = pos - 1
    while j >= ss and doc.s[j] in SPACES + "*`":
        j -= 1
    if j < ss or j < pos - 1:
        return True
    ch = doc.s[j]
    if ch in CLAUSE_PUNCT or ch in CLOSERS or ch in "电】]":  # 【环球网报道】据俄新社报道
        return True
    return ch in ("另又而并但" if but else "另又而并") and (j == ss or doc.s[j - 1] in CLAUSE_PUNCT + " ")


def frame_candidates(doc: ChineseDoc, ss: int, se: int, idx: int, used: list[tuple[int, int]]) -> list[Candidate]:
    s, lex = doc.s, doc.lex
    sent = s[ss:se]
    out: list[Candidate] = []
    anon_starts: set[int] = set()
    if "据" in sent or "照" in sent:  # 据…报道, 按照…所述
        for m in lex.anon_re.finditer(s, ss, se):
            start = m.start() - 1 if m.start() > ss and s[m.start() - 1] == "根" else m.start()
            if not _at_clause_start(doc, start, ss):
                continue  # 根据报道，…: the same frame
            if s.startswith(("人士", "来源", "源"), m.end()):
                continue  # 据消息人士透露: the people are named as the source (据X…透露 frame)
            cand = Candidate(doc.new_id(), None, [(start, m.end())], [], sentence=idx,
                             quote=doc.qi.enclosing(m.start()), evidence="anonymous_frame",
                             clause_start=start)
            cand.anonymous = True
            if m.group() in lex.frames["anonymous"]["reported"]:
                # 据报道，…: an unnamed report, not an unnamed person; its certainty is still
                # anonymous, as no one is named (certainty.assign_certainty)
                cand.anonymous, cand.reported = False, True
            if m.group() in lex.frames["anonymous"]["hedge"]:
                cand.certainty = "unconfirmed"  # 据称，…: alleged
                cand.hedges.append(m.span())
            if content_after(doc, cand, m.end(), se, "sentence"):
                out.append(cand)
                used.append(m.span())
            anon_starts.add(start)
        for m in lex.ju_re.finditer(s, ss, se):
            if m.start() in anon_starts or not _at_clause_start(doc, m.start(), ss, but=True):
                continue
            if m.group("c2") == "电" and s.startswith(_NOT_WIRE, m.end()):
                continue  # 根据…内部电邮: an e-mail, not a wire (据新华社电)
            if _CITING.search(m.group("src")):
                continue  # 据《南华早报》引述消息人士指: the citing frame handles it
            a, b = m.span("src")
            a, b = doc.trim(a, b)
            t = _TIME_TAIL.search(s, a, b)
            if t and t.start() > a:
                b = t.start()
            if b - a > 1 and s[b - 1] == "的":
                b -= 1  # 根据通讯社的报导: the agency, not its 的
            if b <= a or s[a:b] in lex.not_sources:
                continue
            if s[a:b] in _EARLIER:
                b = m.end("c2")  # 据早前报道: no one named; the earlier report is the source
            channel = next((w for w in lex.own_channels if s.endswith(w, a, b) and b - a > len(w) + 1),
                           None)
            if m.group("c2").startswith("发布") and not channel:
                continue  # 据统计局发布的数据: 据X官网发布 only (zhD-unwire-1 gold: 官網)
            via = [(b - len(channel), b)] if channel else []
            if channel:
                b -= len(channel)  # 据国家统计局网站消息: the bureau speaks through its website
            cand = Candidate(doc.new_id(), (a, b), [m.span("c1"), m.span("c2")], [], via=via,
                             sentence=idx, quote=doc.qi.enclosing(m.start()), frame="ju",
                             evidence="ju_frame", clause_start=m.start())
            cand.reported = doc.is_outlet(a, b) or (
                not channel and m.group("c2") in lex.ju_reported)
            if content_after(doc, cand, m.end(), se, "sentence"):
                out.append(cand)
                used.append((m.start(), m.end()))
    if _CITING.search(s, ss, se):  # 援引, 引述, 引用, 转引, 转述 (X代为转述Y的说法)
        for m in lex.cite_re.finditer(s, ss, se):
            # X援引Y(的话)说: the words are Y's, so the cited party is the source and the
            # citing one the channel (ANNOTATION.md, "citing chains"); with no X stated
            # (援引消息人士说) the channel is left out rather than guessed.
            lb, _ = doc.left_boundary(m.start(), ss)
            lb = max(lb, s.rfind("】", lb, m.start()) + 1)  # 【环球网报道】《联合早报》援引…: a dateline
            topic = _TOPIC_PREPOSITION.match(s, lb, m.start())
            # 对于有报道引述张德江…称: the preposition opens a topic; the report still cites
            ca = topic.end() if topic else lb
            if s.startswith(("根据", "据"), ca) and doc.is_outlet(*doc.trim(ca + 1 + (s[ca] == "根"), m.start())):
                ca += 1 + (s[ca] == "根")  # 根據《南華早報》引述《華爾街日報》報導: the citing outlet
            citing = cut_source(s, ca, m.start(), lex)
            if citing is None and lb > ss and s[lb - 1] in "，,":
                # 这篇由三名记者署名的报道，引述…表示: the report named in the clause before
                ka = lb - 1
                while ka > ss and s[ka - 1] not in "，,。；;：:！？!?\n":
                    ka -= 1
                ka, kb = doc.trim(ka, lb - 1)
                if _TOPIC_PREPOSITION.match(s, ka) and ka - 1 > ss and s[ka - 1] in "，,":
                    # 环球网也转载了新华社的报导,针对…的言论,引述罗家良说 (zhC-orientaldaily-1
                    # gold: 环球网, 新华社): a topic clause between the report and its citing
                    kb = ka - 1
                    while ka > ss and s[ka - 2] not in "，,。；;：:！？!?\n":
                        ka -= 1
                    ka, kb = doc.trim(ka - 1, kb)
                if kb > ka and s.endswith(lex.report_nouns, ka, kb) and not doc.cue_between(ka, kb):
                    citing = (ka, kb)
            if s[m.start("c2") - 1] in "，," and (citing is None or not (
                    doc.is_outlet(*citing) or s.endswith(lex.report_nouns, *citing))):
                # 报导引述5名知情人士，表示…: a report relays the cited party's words; a person
                # (林又引述警員，指…) may go on in their own voice after the comma
                continue
            if citing is not None and citing[1] - citing[0] > 2 and s.endswith("代为", *citing):
                citing = (citing[0], citing[1] - 2)  # 森喜朗代为转述…: relaying on someone's behalf
            second = m.span("c2")
            if s.endswith(lex.negation, 0, second[0]):
                # 引述一名拒绝透露身分的外交官说: 透露 is negated inside the description
                later = _next_second(doc, second[1], se)
                if later is None:
                    continue
                second = later
            cited = doc.trim(m.start("via"), second[0])
            if s[cited[1] - 1] in "）)":
                k = max(s.rfind("（", cited[0], cited[1]), s.rfind("(", cited[0], cited[1]))
                if k > cited[0]:
                    cited = doc.trim(cited[0], k)  # 知悉情况人士（two people …）: the gloss goes
            if s.endswith(("时", "时称", "后"), cited[0], cited[1]):
                # 引述人大委员长张德江会见建制派人士时称: the subject of the time clause
                person = cut_source(s, cited[0], cited[1], lex)
                if person is not None and person[0] == cited[0] and person[1] < cited[1]:
                    cited = person
            for tail in lex.cited_tails:  # 援引知情人士的消息报道: the people, not their news
                if s.endswith(tail, cited[0], cited[1]) and cited[1] - cited[0] > len(tail):
                    cited = (cited[0], cited[1] - len(tail))
                    break
            if s.endswith("消息", *cited) and s.endswith(tuple(lex.description_heads), cited[0], cited[1] - 2) \
                    and not s.endswith("消息人士", *cited):
                # 美聯社引述白宮官員消息 (zhG-ntdtv-2 gold: 白宮官員): the officials, not their news;
                # a place's 消息 (引述北京消息, zhF-yonhap-1 gold) names no people and stays whole
                cited = (cited[0], cited[1] - 2)
            if s.startswith("消息", second[0]) and second[1] - second[0] > 2 \
                    and not s.endswith(tuple(lex.description_heads) + lex.acting_subject_heads, *cited):
                # 引述北京消息称 (zhF-yonhap-1 gold: source 北京消息, cue 引述 + 称): the news of a
                # place names no people, the phrase is the source; 引述白宫官员消息称, 引述警方消息指
                # stay the officials, the police (people, a body: `Lexicon.acting_subject_heads`)
                again = lex.cite_second_re.match(s, second[0] + 2)
                # (消息指|出 -> 指出: the verb is read again after the noun, longest first)
                cited, second = (cited[0], second[0] + 2), (second[0] + 2, again.end() if again else second[1])
                placed_news = True
            else:
                placed_news = False
            cand = Candidate(doc.new_id(), cited, [m.span("c1"), second], [],
                             via=[citing] if citing else [], sentence=idx,
                             quote=doc.qi.enclosing(m.start()), evidence="cite_frame",
                             clause_start=lb)
            # 澎湃引述贺建奎表示: he speaks, named; 有报道引述张德江称: an indefinite report
            # relays him (报道引述秦苏骥, the report named before, does not)
            cand.reported = doc.is_outlet(*cited) or (
                citing is not None and s.startswith("有", citing[0])
                and s.endswith(lex.report_nouns, *citing))
            cand.anonymous = cand.anonymous or placed_news  # 北京消息: unnamed sources (gold)
            if content_after(doc, cand, second[1], se, "sentence"):
                out.append(cand)
                used.append((m.start(), second[1]))
    if "的报" in sent or "的文章" in sent or "的声明" in sent or "的公告" in sent or "的社论" in sent:
        for m in lex.report_noun_re.finditer(s, ss, se):
            lb, _ = doc.left_boundary(m.start(), ss)
            titled = TITLED_DOCUMENT.match(s, lb, m.start() + 1)
            if titled is not None and titled.end() == m.start() + 1:
                continue  # 题为“…”的文章写道: the titled piece is the source, its verb the cue
            src = cut_source(s, lb, m.start(), lex)
            if src is None:
                continue
            cue = [m.span("c1"), m.span("c2")]
            hedged = lex.hedge_re.search(s, src[0], m.start())
            if hedged is not None and hedged.end() == m.start():
                # 已有未经证实的报告称 (zhA-voa-3 gold: 未经证实的报告 + 称): a hedge before 的
                # owns nothing; the unverified report is the source, only the verb the cue
                src, cue = (hedged.start(), m.end("c1")), [m.span("c2")]
            cand = Candidate(doc.new_id(), src, cue, [],
                             sentence=idx, quote=doc.qi.enclosing(m.start()),
                             evidence="report_noun_frame", clause_start=lb)
            cand.reported = True
            if content_after(doc, cand, m.end(), se, "sentence"):
                out.append(cand)
                used.append((m.start(), m.end()))
    if "以" in sent:
        for rx, name, stance in ((lex.pretext_re, "pretext_deny", "deny"),
                                 (lex.express_re, "express_frame", "assert")):
            for m in rx.finditer(s, ss, se):
                lb, _ = doc.left_boundary(m.start(), ss)
                src = cut_source(s, lb, m.start(), lex)
                qa, qb = m.span("q")
                cand = Candidate(doc.new_id(), src, [m.span("c1"), m.span("c2")],
                                 [(qa + 1, qb - 1)], kind="direct", stance=stance,
                                 sentence=idx, quote=doc.qi.enclosing(m.start()),
                                 evidence=name, clause_start=lb)
                cand.elided = src is None
                out.append(cand)
                used.append((m.start(), m.end()))
    if "获悉" in sent or "了解到" in sent or "得知" in sent or "获知" in sent:
        for m in lex.learned_re.finditer(s, ss, se):
            if not _at_clause_start(doc, m.start(), ss):
                continue
            a, b = doc.trim(*m.span("src"))
            if b <= a or s[a:b] in lex.not_sources:
                continue
            cand = Candidate(doc.new_id(), (a, b), [m.span("c1"), m.span("c2")], [],
                             sentence=idx, quote=doc.qi.enclosing(m.start()),
                             evidence="learned_frame", clause_start=m.start())
            if content_after(doc, cand, m.end(), se, "sentence"):
                out.append(cand)
                used.append((m.start(), m.end()))
    if "：“" in sent or "：「" in sent or ":“" in sent:
        out += _narrative_colons(doc, ss, se, idx, used)
    if "传出" in sent or "传来" in sent:
        for m in lex.rumour_re.finditer(s, ss, se):
            a, b = doc.trim(*m.span("content"))
            cand = Candidate(doc.new_id(), None, [m.span("c1"), m.span("c2")], [(a, b)],
                             sentence=idx, quote=doc.qi.enclosing(m.start()),
                             evidence="rumour_frame", clause_start=m.start())
            cand.anonymous = True
            cand.kind = doc.kind(a, b)
            out.append(cand)
            used.append((m.start(), m.end()))
    return out


def _next_second(doc: ChineseDoc, p: int, se: int) -> tuple[int, int] | None:
    """The next un-negated second part of a citing frame (…说) in the same clause."""
    s, lex = doc.s, doc.lex
    for m in lex.cite_second_re.finditer(s, p, min(se, p + 40)):
        if any(ch in s[p:m.start()] for ch in "，,。；;：:！？!?\n"):
            return None
        if not s.endswith(lex.negation, 0, m.start()):
            return m.span()
    return None


_NARRATIVE = re.compile(r"(?P<pre>[^，,。；;：:！？!?\n“”「」『』]{3,30})(?P<colon>[：:])\s*(?=[“「])")
_SUBJECT_TAGS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "r", "m", "q", "j", "eng"})


def _narrative_colons(doc: ChineseDoc, ss: int, se: int, idx: int,
                      used: list[tuple[int, int]]) -> list[Candidate]:
    """两名男子亮出工作证：“我们是……”: narrative dialogue, a quotation introduced by a colon
    after an action rather than a cue; the subject of the action speaks (issue #10, class 7).

    The clause before the colon must hold a verb and no cue; its opening noun phrase (jieba's
    tags on this clause only) is the source.
    """
    s = doc.s
    out = []
    for m in _NARRATIVE.finditer(s, ss, se):
        a, colon = m.start("pre"), m.start("colon")
        if doc.cue_between(a, colon + 1) or any(x <= colon < y for x, y in used):
            continue
        q = doc.qi.starting_at(doc.trim(colon + 1, se)[0])
        if q is None or q.close > se:
            continue
        n, verb = 0, False
        for word, flag in pos_tags(s[a:colon]):
            if flag not in _SUBJECT_TAGS:
                verb = flag.startswith("v")
                break
            n += len(word)
        if not n or not verb:
            continue
        cand = Candidate(doc.new_id(), (a, a + n), [m.span("colon")], doc.quote_parts(q),
                         kind="direct", sentence=idx, quote=doc.qi.enclosing(a),
                         evidence="narrative_colon", clause_start=a)
        out.append(cand)
        used.append((colon, colon + 1))
    return out
