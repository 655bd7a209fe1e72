"""Attributions without a cue verb: a headline's `source：content` and the speaker turns of a
press-conference transcript (外交部发言人汪文斌：…, 问：…)."""

from __future__ import annotations

import re

from .doc import Candidate, ChineseDoc
from .names import find_names
from .relate import interview_channel

# A bracketed topic tag may open the headline (【韓國瑜下台】蔡英文：…): not part of the source.
_HEADLINE_COLON = re.compile(r"\s*(?:【[^】\n]{1,20}】\s*)?([^\s：:，,。“”《》【】]{2,12})([：:])\s*(\S[^\n]*)")
# A front-matter field of a Markdown page (title:, date:, author:, category:, last_updated: in every
# hkcnews article: 729 of the 7,838 breadth rows of main): a lowercase ASCII key names no speaker.
_FIELD_KEY = re.compile(r"[a-z][a-z_]*")
# A label may name the outlet in title marks (《纽约时报》记者：…).
# … and may hold one short gloss in brackets (立法會議員(漁農界)何俊賢：…).
_TURN = re.compile(r"(?m)^[ \t\u3000*]*(?P<label>(?:《[^》\n]{1,12}》)?(?:[^\s：:，,。；;“”「」《》()（）*]{1,10}"
                   r"[（(][^\s：:，,。；;“”「」()（）\n]{1,8}[)）][^\s：:，,。；;“”「」《》()（）*]{2,8}"
                   r"|[^\s：:，,。；;“”「」《》()（）*]{1,16}))"
                   r"\**(?P<colon>[：:])")


# A reporter's turn: 问：… / 巴通社记者：… / 总台华语环球节目中心记者：… at a paragraph start.
_ASKER_LABEL = re.compile(r"[ \t\u3000*]*(?:问|提问|[^\s：:，,。；;“”「」]{0,14}记者)[：:]")


def in_question_turn(doc: ChineseDoc, p: int) -> bool:
    """True when `p` lies in a paragraph that is a reporter's question turn of a transcript
    (问：据报道，…。中方对此有何评论？): its label names the asker and it ends in a question
    mark. The report inside it is the question's premise; the closing question is the
    reporter's own (ANNOTATION.md: a question and its answer are two; zhA-mfa-1, zhA-mfa-4)."""
    s = doc.s
    a = s.rfind("\n", 0, p) + 1
    b = s.find("\n", p)
    b = len(s) if b < 0 else b
    body = s[a:b].rstrip()
    return body.endswith(("？", "?")) and _ASKER_LABEL.match(s, a) is not None


def _is_name(label: str) -> bool:
    """True when the label is a person's name, with its title."""
    return any((m.start == 0 or m.title_start == 0) and m.end >= len(label)
               for m in find_names(label + "说"))


def headlines(doc: ChineseDoc) -> None:
    """王毅：应共同反对保护主义 — a short source and a colon opening a headline."""
    s = doc.s
    spans = [(sec.start, sec.end) for sec in doc.doc.sections if sec.kind == "headline"]
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
        if not m or any(c.cue_start == m.start(2) for c in doc.cands):
            continue
        src = (m.start(1), m.end(1))
        ca, cb = doc.trim(m.start(3), min(b, m.end(3)))
        label = s[src[0]:src[1]]
        if cb <= ca or label in doc.lex.not_sources or label in doc.lex.labels \
                or label.isdigit():  # 2024-12-18 22:54: a time, not a speaker
            continue
        if _FIELD_KEY.fullmatch(label):
            continue  # title: "…", date: "2020-03-09", author: …: a metadata field, not a speaker
        if label.endswith(doc.lex.topic_label_ends):
            continue  # 新加坡合影門後續：有圖就實錘？…: the story's name, not who speaks (zhH-sgnews-1)
        cand = Candidate(doc.new_id(), src, [m.span(2)], [(ca, cb)], evidence="headline_colon",
                         clause_start=a)
        cand.kind = doc.kind(ca, cb)
        doc.cands.append(cand)


# 《面对面》专访了…专家王华庆: the programme or outlet that interviewed the person answering.
_INTERVIEWED = re.compile(r"(?P<via>《[^》\n]{1,20}》)(?:节目|栏目)?(?:独家)?(?:专访|采访|访问)了?"
                          r"(?P<who>[^，,。；;！？!?\n]{2,40})")


def _interviewers(doc: ChineseDoc) -> list[tuple[tuple[int, int], str]]:
    """(channel span, interviewee phrase) of every 《X》专访了Y and Y接受X(的)采访 in the article."""
    s = doc.s
    found = [(m.span("via"), m.group("who")) for m in _INTERVIEWED.finditer(s)]
    if "接受" in s:
        for m in doc.lex.interview_re.finditer(s):
            channel = interview_channel(doc, m)
            if channel is None:
                continue
            k = m.start()
            while k > 0 and s[k - 1] not in "，,。；;：:！？!?\n":
                k -= 1
            found.append((channel, s[k:m.start()]))  # 3月17日,崔天凯大使接受AXIOS…的采访
    return found


def _same_person(label: str, who: str) -> bool:
    """A turn label names the interviewee: 王华庆 in …专家王华庆, 崔大使 in 崔天凯大使."""
    if who.endswith(label) or label in who:
        return True
    return len(label) >= 2 and label[0] in who and who.endswith(label[1:])


def transcript_turns(doc: ChineseDoc) -> None:
    """外交部发言人汪文斌：…  /  问：… — speaker turns of a press-conference transcript.

    A paragraph opening with a short label and a colon is a turn when the label ends in a
    role (发言人, 外长, 记者) or is a person's name (sayso.lang.zh.names); 问 is an
    unnamed reporter's question. Labels such as 编者按 or 来源 are not speakers.
    """
    s = doc.s
    taken = {c.cue_start for c in doc.cands}
    interviewers = _interviewers(doc)
    for m in _TURN.finditer(s):
        label_a, label_b = m.span("label")
        colon = m.start("colon")
        if colon in taken or doc.doc.section_at(colon) not in ("body", "commentary"):
            continue
        if any(label_a <= t < colon for t in taken):
            continue  # 乔科维奇告诉记者：「…」: the label holds a cue already extracted
        label = s[label_a:label_b]
        end = s.find("\n", colon)
        end = len(s) if end < 0 else end
        ca, cb = doc.trim(colon + 1, end)
        # 记者：张三 is a byline; 记者：您如何看待…？ is the interviewer's question
        asking = label == "记者" and cb - ca > 6 and ("？" in s[ca:end] or "?" in s[ca:end])
        if label in doc.lex.labels and label not in ("问", "答") and not asking:
            continue
        if cb - ca < 4:
            continue
        if label == "问":
            cand = Candidate(doc.new_id(), None, [(label_a, label_b)], [(ca, cb)],
                             stance="ask", evidence="transcript_question", clause_start=label_a)
            cand.anonymous = True
        elif label == "答":
            host = _HOST.search(s, 0, label_a)
            if host is None:
                continue
            # 答：… in a transcript headed 外交部发言人洪磊主持例行记者会: the host answers,
            # over the paragraphs up to the next turn
            cand = Candidate(doc.new_id(), host.span("name"), [(label_a, label_b)],
                             _paragraphs(doc, (ca, cb), end),
                             evidence="transcript_answer", clause_start=label_a)
        elif label.endswith(doc.lex.role_suffixes) or _is_name(doc.text[label_a:label_b]):
            # 林剑：我们注意到有关报道。… and the paragraphs after it, up to the next turn:
            # the speaker keeps the floor until another label opens a turn (as 答：…)
            cand = Candidate(doc.new_id(), (label_a, label_b), [(colon, colon + 1)],
                             _paragraphs(doc, (ca, cb), end, label),
                             evidence="transcript_turn", clause_start=label_a)
            for via, who in interviewers:
                if via[1] < label_a and _same_person(label, who):  # the interviewee answers
                    cand.via.append(via)
                    break
        else:
            continue
        if "？" in s[ca:end] or "?" in s[ca:end]:
            cand.stance = "ask"  # 总台央视记者：……你能否介绍此访安排？
        cand.kind = "direct" if _whole_quote(doc, ca, cb) else doc.kind(ca, cb)
        if cand.kind == "direct":
            q = doc.qi.starting_at(ca)
            cand.content = doc.quote_parts(q)
        doc.cands.append(cand)


# The spokesperson hosting a press conference whose transcript follows.
_HOST = re.compile(r"发言人(?P<name>[^\s，,。：:“”（(]{2,4}?)(?:主持|答记者问|举行|在例行)")


def _paragraphs(doc: ChineseDoc, first: tuple[int, int], end: int,
                name: str = "") -> list[tuple[int, int]]:
    """A turn's first paragraph and the ones after it, each with its final 。: a turn is the
    speaker's own words copied whole, as a direct quotation keeps its 。 (the zh gold copies
    whole paragraphs: 10 of 13 multi-paragraph turn contents of tune, half A and zh-dev end in
    it; of the single-paragraph turns of the round-28 open pool, 林剑：… / 答：… / 王华庆：…,
    the gold keeps it in 14 of 17, benchmarks/data/zhcontent28)."""
    rest = _answer_paragraphs(doc, end, name)
    s = doc.s
    return [(a, b + 1) if b < len(s) and s[b] == "。" else (a, b) for a, b in [first, *rest]]


def _answer_paragraphs(doc: ChineseDoc, end: int, name: str = "") -> list[tuple[int, int]]:
    """The paragraphs after an answer's first one, up to the next turn, section or heading, or
    one that names the speaker (the narrator speaking about them: …及鄒幸彤今否認所有控罪)."""
    s = doc.s
    parts: list[tuple[int, int]] = []
    section = doc.doc.section_at(end - 1) if end else None
    p = end + 1
    while p < len(s) and len(parts) < 8:
        nxt = s.find("\n", p)
        nxt = len(s) if nxt < 0 else nxt
        a, b = doc.trim(p, nxt)
        if b > a:
            last = s[p:nxt].rstrip()[-1:]  # trim() drops a final 。, so read the raw line
            if _TURN.match(s, p) or doc.doc.section_at(a) != section or b - a < 8 \
                    or last not in "。！？!?”」" or _HANDS_BACK.match(s, a, b) \
                    or (last in "？?" and b - a < 30 and not _COMMA.search(s, a, b)) \
                    or (len(name) >= 2 and name in s[a:b]):
                break  # 会后，有记者问及：… / 新冠疫苗的安全性究竟如何？ (a sub-heading)
            parts.append((a, b))
        p = nxt + 1
    return parts


# A paragraph that hands the floor back to the narrator: a colon early on (有记者问及：…) or a
# time or sequence opener (会后, 随后, 此外).
_HANDS_BACK = re.compile(r"[^。！？!?\n]{0,16}[：:]|(?:会后|随后|此后|之后|此外|另外|同日|当天|当日)")
_COMMA = re.compile("[，,；;]")


def _whole_quote(doc: ChineseDoc, a: int, b: int) -> bool:
    q = doc.qi.starting_at(a)
    return q is not None and doc.trim(q.close + 1, b)[1] <= q.close + 1
