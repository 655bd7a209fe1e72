"""Speech running over several sentences: a quotation standing alone after an attributed one
continues it, and indirect speech runs on over cue-less sentences of its paragraph."""

from __future__ import annotations

import bisect
import re

from .doc import CLAUSE_PUNCT, Candidate, ChineseDoc
from .lexicon import Cue
from .turns import in_question_turn

_TIME_OPENER = re.compile(r"(?:在|于)?(?:\d+[年月日时]|周[一二三四五六日]|星期)")


def continue_quotes(doc: ChineseDoc) -> None:
    """“……”她说。“……” — a quotation standing alone as the next sentence of the same
    paragraph continues the quotation or the indirect speech just attributed (ANNOTATION.md: a
    statement of several sentences is one attribution up to where another speaker or the
    narrator takes over)."""
    s = doc.s
    last_by_sentence: dict[int, Candidate] = {}
    # every content span of each sentence with its candidate, once per document
    spans_by_sentence: dict[int, list[tuple[int, int, Candidate]]] = {}
    for k in doc.cands:
        spans_by_sentence.setdefault(k.sentence, []).extend((a, b, k) for a, b in k.content)
    for c in doc.cands:
        if c.kind in ("direct", "mixed", "indirect") and c.quote is None and c.src is not None:
            x = c.src[0]
            if c.kind != "direct" and any(a <= x < b and k is not c and not _relaying(doc, k)
                                          for a, b, k in spans_by_sentence.get(c.sentence, ())):
                continue  # 陳國誠續強調，工會…指出…。「…」: the quotation is the outer speaker's
            prev = last_by_sentence.get(c.sentence)
            # a direct quotation of the sentence goes on before indirect speech does
            if prev is None or (c.kind == "direct", c.cue_start) > (prev.kind == "direct", prev.cue_start):
                last_by_sentence[c.sentence] = c
    taken = {c.sentence for c in doc.cands}
    for idx, (ss, se) in enumerate(doc.sentences):
        if idx in taken or idx - 1 not in last_by_sentence:
            continue
        q = doc.qi.starting_at(ss)
        if q is None or doc.trim(q.close + 1, se)[1] > q.close + 1:
            continue
        if "\n" in s[doc.sentences[idx - 1][1]:ss]:
            continue
        c = last_by_sentence[idx - 1]
        if c.kind != "direct" and q.inner_end - q.inner_start < 8:
            continue  # “上下两难”。 after indirect speech: a quoted subheading, not more words
        c.content.append((q.inner_start, q.inner_end))
        if c.kind == "indirect":
            c.kind = "mixed"  # 王滬寧告訴夏立言,…。「沒有誰比我們更重視…」: one statement (ANNOTATION.md)
        last_by_sentence[idx] = c


def _relaying(doc: ChineseDoc, k: Candidate) -> bool:
    """《联合早报》报道,内政部文告说,…。“范国瀚须…” (zhR-sinchew-1 gold: the quotation is the
    ministry's, via the paper): an outlet's report (据X报道, X报道) relays the speaker it names, so
    a quotation after it goes on with that speaker's words (conv15 divergences D1: the outlet row
    holds the clause, the speaker row is its child with the outlet as via)."""
    return k.frame == "ju" or k.reported or (k.src is not None and doc.is_outlet(*k.src))


def continue_transcripts(doc: ChineseDoc, cues: list[tuple[int, int, Cue]]) -> None:
    """吕秀莲说，A。B。C。她说…: indirect speech runs on over following sentences.

    A top-level indirect statement that fills its sentence continues into the next
    sentences of the same paragraph and section while they hold no cue, quotation or
    frame and do not open with a connective or time phrase that hands back to narration
    (at most three sentences).
    """
    s = doc.s
    cue_starts = [c0 for c0, _, _ in cues]
    by_sentence: dict[int, list[Candidate]] = {}
    for c in doc.cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for idx, group in by_sentence.items():
        tops = [c for c in group if c.parent is None and c.quote is None and not c.frame
                and c.kind in ("indirect", "mixed") and c.stance == "assert" and not c.reported
                and c.evidence == "indirect" and c.src is not None]
        if len(group) != 1 or len(tops) != 1:
            continue
        c = tops[0]
        if c.direct_follow:
            continue  # only a complement clause after 说，/表示， runs on
        ss, se = doc.sentences[idx]
        section = doc.doc.section_at(c.cue_start)
        end = doc.trim(c.content[-1][0], se)[1]
        if end != c.content[-1][1]:
            continue
        new_end = end
        name = _personal_name(doc, c.src)
        document = _document_noun(doc, c.src)
        for k in range(idx + 1, min(idx + 4, len(doc.sentences))):
            ns, ne = doc.sentences[k]
            if "\n" in s[se:ns] or doc.doc.section_at(ns) != section:
                break
            k0 = bisect.bisect_left(cue_starts, ns)
            if k in by_sentence or (k0 < len(cue_starts) and cue_starts[k0] < ne
                                    and not _only_evidence(doc, cues, k0, ne)):
                break  # another attribution there (a bare 表明 of the same statement is none)
            body = s[ns:ne]
            if _END_MARK.fullmatch(body.strip()):
                break  # …毫无底线。(完): the wire's end mark, not the speaker's
            if body.rstrip().endswith(("？", "?")) and in_question_turn(doc, ns):
                break  # 问：据报道，X称…。中方对此有何评论？: the reporter asks, not X
            speech = any(not doc.embedded(q) and not doc.is_term_quote(q)
                         for q in doc.qi.inside(ns, ne))
            if speech or "据" in body or \
                    body.startswith(doc.lex.narration_openers + _CONTRAST_OPENERS) \
                    or _TIME_OPENER.match(body):
                break  # scare quotes (所谓“灰色地带威胁”) do not stop the statement
            if (name and name in body) or body.startswith(_THIRD_PERSON) \
                    or (document and body.lstrip("该这此份").startswith(document)):
                break  # …林郑月娥亦仅用「研究中」轻轻带过: the narrator speaks about the speaker
            new_end = doc.trim(ns, ne)[1]
            se = ne
        if new_end > end:
            c.content[-1] = (c.content[-1][0], new_end)


def continue_questions(doc: ChineseDoc, cues: list[tuple[int, int, Cue]]) -> None:
    """有记者提问，据报道，…。请问对此有何评论？ — a reporter's question whose first sentence
    is only its premise runs on to the sentence that asks (ANNOTATION.md: a statement of several
    sentences is one attribution up to where another speaker or the narrator takes over; a
    question and its answer are two). The question extends over at most two more sentences of
    its paragraph, none holding an attribution or a cue other than 问 (请问), and only when the
    last one ends in a question mark; otherwise nothing changes."""
    s = doc.s
    cue_starts = [c0 for c0, _, _ in cues]
    taken = {c.sentence for c in doc.cands}
    for c in doc.cands:
        if c.stance != "ask" or c.kind == "direct" or not c.content or c.parent is not None:
            continue
        idx = c.sentence
        ss, se = doc.sentences[idx]
        end = c.content[-1][1]
        if doc.trim(end, se)[1] > end or "？" in s[end - 1:end + 1] or "?" in s[end - 1:end + 1]:
            continue  # the content stops inside its sentence, or already asks
        section = doc.doc.section_at(c.cue_start)
        for k in range(idx + 1, min(idx + 3, len(doc.sentences))):
            ns, ne = doc.sentences[k]
            if k in taken or "\n" in s[se:ns] or doc.doc.section_at(ns) != section:
                break
            k0 = bisect.bisect_left(cue_starts, ns)
            if any(c0 < ne and "问" not in cues[j][2].word
                   for j, c0 in enumerate(cue_starts[k0:k0 + 4], start=k0)):
                break
            body_start, body_end = doc.trim(ns, ne)
            if body_end - body_start < 6:
                break  # 而徐若?表示: a garbled character split a sentence, no question
            if s[body_end - 1:body_end] in ("？", "?") or s[ne - 1:ne] in ("？", "?"):
                # the question mark stays (ANNOTATION.md drops only a trailing 。; zhA-cns-4 gold)
                c.content[-1] = (c.content[-1][0], body_end if s[body_end - 1] in "？?" else ne)
                break
            se = ne


_END_MARK = re.compile(r"[（(](?:完|全文完)[)）]")
# 惟哈迪并未点名…: the literary "but" of Malaysian and Hong Kong text, like 但 (markers.json)
_CONTRAST_OPENERS = ("惟", "唯独")
# 他接受…查询时补充…: a sentence opening with he/she is the narrator's, about the speaker.
_THIRD_PERSON = ("他", "她")


# 报告称，…。报告列举了…: a document source named again as a subject is the narrator's.
_DOCUMENT_NOUNS = ("报告", "报道", "报导", "声明", "文章", "研究", "调查", "文件", "白皮书", "公告",
                   "通知", "判决", "调查报告", "研究报告")
_DOCUMENT_NOUNS_LONGEST_FIRST = tuple(sorted(_DOCUMENT_NOUNS, key=len, reverse=True))


def _document_noun(doc: ChineseDoc, src: tuple[int, int] | None) -> str | None:
    if src is None:
        return None
    text = doc.s[src[0]:src[1]].strip()
    return next((n for n in _DOCUMENT_NOUNS_LONGEST_FIRST if text.endswith(n)), None)


def _personal_name(doc: ChineseDoc, src: tuple[int, int] | None) -> str | None:
    """The person's name inside the source (特首林郑月娥 -> 林郑月娥, by `names.find_names`),
    or None for a pronoun, a body (外交部, 中方: bodies speak of themselves by name) or no source."""
    if src is None:
        return None
    for m in doc.names():
        end = m.name_end if m.name_end > 0 else m.end
        if src[0] <= m.start and end <= src[1] and end - m.start >= 2:
            return doc.s[m.start:end]
    return None


def _only_evidence(doc: ChineseDoc, cues: list[tuple[int, int, Cue]], k0: int, end: int) -> bool:
    """The cues from index k0 up to `end` are all evidence verbs (表明, 显示) without a subject
    of their own, or words in scare quotes: they continue a statement rather than start one."""
    for c0, _, cue in cues[k0:]:
        if c0 >= end:
            break
        enclosing = doc.qi.enclosing(c0)
        if enclosing is not None and doc.embedded(enclosing):
            continue  # 所谓“灰色地带威胁”: a word in scare quotes
        if cue.word not in doc.lex.evidence_cues:
            return False
    return True


def continue_quote_paragraphs(doc: ChineseDoc) -> None:
    """魏家祥表示，…。⏎“我昨天已指出…。”⏎: a paragraph that is nothing but a quotation, right
    after a paragraph whose closing statement has a named source, is that speaker going on in
    their own words (common in Malaysian, Singaporean and Hong Kong reports); the quotation
    becomes a further content part, and an indirect statement becomes mixed."""
    s = doc.s
    taken = {c.sentence for c in doc.cands}
    for idx in range(1, len(doc.sentences)):
        ss, se = doc.sentences[idx]
        q = doc.qi.starting_at(ss)
        if idx in taken or q is None or doc.trim(q.close + 1, se)[1] > q.close + 1:
            continue  # not a quotation standing alone as the sentence
        if any(a < q.inner_end and q.inner_start < b for c in doc.cands for a, b in c.content):
            continue  # 尚达曼说：⏎“…”: already the content of the cue before it
        ps, pe = doc.sentences[idx - 1]
        if "\n" not in s[pe:ss] or not _ends_paragraph(s, q.close + 1) \
                or doc.doc.section_at(ss) != doc.doc.section_at(ps):
            continue  # the quotation must be a paragraph of its own, in the same section
        closing = doc.trim(ps, pe)[1] - 1
        last = [c for c in doc.cands if c.sentence == idx - 1 and c.content
                and c.content[-1][1] >= closing]
        if not last:
            continue  # the paragraph before must close with a statement
        c = min(last, key=lambda c: (c.content[0][0], c.cue_start))  # the outermost one
        if c.src is None or c.frame:
            continue  # an unnamed or framed (据…报道) statement: too weak to carry on
        c.content.append((q.inner_start, q.inner_end))
        if c.kind == "indirect":
            c.kind = "mixed"
        taken.add(idx)


def _ends_paragraph(s: str, p: int) -> bool:
    """Only spaces lie between `p` and the next line break (or the end of the text)."""
    while p < len(s) and s[p] in " \t\u3000\r":
        p += 1
    return p >= len(s) or s[p] == "\n"


# The written or posted channels a statement keeps over the speaker's next sentences: the
# document itself (声明, 信函, 推文 …), the platform it was posted on, or the one a letter went to.
_WRITTEN_VIA_ENDS = ("声明", "信", "函", "电邮", "邮件", "推文", "帖文", "贴文", "文告", "通知")
_LETTER_TO = ("致函", "致信", "去信", "去函", "写信给")
_PRONOUNS = ("他", "她", "他们", "她们")
# A time of its own before the cue: the words were said on another occasion than the statement's.
_NEW_OCCASION = re.compile(r"曾|此前|早前|日前|先前|之前|稍早|早些时候|其后|之后|后来|随后|此后|以后|稍后|翌日|次日"
                           r"|同日|当晚|当天|当日|今天|昨天|今日|昨日|去年|今年|上周|本周|上月|本月|星期|周[一二三四五六日]"
                           r"|[0-9０-９]+[日月年号]|[一二三四五六七八九十]+[日月]后?|[0-9０-９]+[天周年]后")
_TOPIC_OPENERS = ("对于", "关于", "至于", "针对", "就")
_NOT_PLATFORMS = frozenset({"官网", "网站", "官方网站", "个人网站", "社群"})


def _written_via(doc: ChineseDoc, via: tuple[int, int]) -> bool:
    a, b = via
    name = doc.s[a:b]
    if name in doc.lex.platform_names:
        return name not in _NOT_PLATFORMS
    return name.endswith(_WRITTEN_VIA_ENDS) or doc.s.endswith(_LETTER_TO, 0, a)


def _same_speaker(doc: ChineseDoc, a: Candidate, b: Candidate, nested: bool = False) -> bool:
    """罗家良 after 新加坡驻华大使罗家良, 她 after 李亚玲: the speaker named again, or a pronoun;
    inside the words (`nested`), also the document issued (聲明中提到)."""
    assert a.src is not None and b.src is not None
    first, again = doc.s[a.src[0]:a.src[1]], doc.s[b.src[0]:b.src[1]]
    if any(again.removesuffix("中") == doc.s[v0:v1] for v0, v1 in a.via):
        return nested  # 黃志明發布聲明，聲明中提到…: the statement speaks for its issuer
    return again in _PRONOUNS or (len(again) >= 2 and first.endswith(again))


def _chained_pronoun(doc: ChineseDoc, a: Candidate, b: Candidate) -> bool:
    """权威人士向CBN记者证实了这一消息，他表示… (THUCNews line 894), 蔣友柏…接受BBC專訪時則說「…」，
    他認為… (hkcnews article_45353): in the same sentence, after a's words end, a pronoun taking up
    the speaker chains the next cue to the same speech event; the open gold keeps the channel of
    such chained cues in 11 of 13 same-sentence pairs of one speaker (zhopen, round 26:
    benchmarks/zh_via_census.py carry). A pronoun inside a's words is nested, not
    chained, and never reaches here (its parent is set)."""
    assert b.src is not None
    return doc.s[b.src[0]:b.src[1]] in _PRONOUNS and b.cue_start >= a.content_span()[1]


def carry_written_channels(doc: ChineseDoc) -> None:
    """致函X，指…。罗家良表示，…。罗家良要求… (zhH-zaobao-1 gold: the letter's addressee on all
    three); 警方曾在脸书贴出…。警方还警告称… (zhF-guancha-1): a statement made in writing or on a
    platform goes on in the speaker's next sentence when nobody else speaks in between and that
    sentence names no channel of its own (ANNOTATION.md: a statement of several sentences is one
    attribution up to where another speaker or the narrator takes over; its channel stays).
    Spoken channels (interviews, press conferences, outlets) are not carried to the next
    sentence: the open gold rarely carries them (benchmarks/data/zhvia14/classes.md); within one
    sentence, to the elided subject's next clause, every channel is."""
    prev: Candidate | None = None
    carried: set[str] = set()
    firsts = [a for a, _ in doc.sentences]
    for b in sorted(doc.cands, key=lambda c: c.cue_start):
        if b.parent is not None or b.quote is not None or b.src is None:
            if prev is not None and (b.src is None or prev.src is None or not _same_speaker(doc, prev, b, nested=True)):
                prev = None  # someone else speaks in between (quoted inside the words too)
            continue
        a, prev = prev, b
        if a is None or b.via or not a.via or b.frame or a.frame or a.src is None or not a.content:
            continue
        last = bisect.bisect_right(firsts, a.content_span()[1] - 1) - 1
        if b.sentence == a.sentence and (b.src == a.src or _chained_pronoun(doc, a, b)):
            # 此外，黃志明要求…，並指…; 拜登其後發聲明說，…，呼籲… (hkcnews article_35416): the
            # elided subject's next clause in the same sentence is the same statement, spoken
            # or written (the open gold keeps the channel in 8 of 10 such pairs, zhvia18)
            b.via = list(a.via)
            carried.add(b.id)
            continue
        if b.sentence != max(a.sentence, last) + 1:
            continue  # the next sentence after the words (她提到，…。並進一步提到…。所以…。她還反問道)
        if doc.s.startswith(_TOPIC_OPENERS, doc.sentences[b.sentence][0]):
            continue  # 對於邀請龐畢歐來台一事，黃偉哲表示: a new question, answered anew
        if _NEW_OCCASION.search(doc.s, doc.sentences[b.sentence][0], b.cue_start):
            continue  # 此外，政府於7月18日宣布 / 政府也不會早前要求: another time, another occasion
        if _written_via(doc, a.via[-1]) and _same_speaker(doc, a, b):
            b.via = list(a.via)
            carried.add(b.id)


_CLAUSE_STOPS = CLAUSE_PUNCT + "“”「」"  # a clause ends at a quotation mark too


class _Statements:
    """The document's statements in text order, to find the one a channel named in the narration
    leads to (`narrated_platforms`, `narrated_documents`)."""

    def __init__(self, doc: ChineseDoc) -> None:
        self.ordered = sorted(doc.cands, key=lambda c: c.cue_start)
        self.starts = [c.cue_start for c in self.ordered]
        self.spans = [(c.src[0] if c.src else c.cue_start, max(b for _, b in c.content + c.cue))
                      for c in self.ordered]

    def next_after(self, p: int) -> Candidate | None:
        """The first statement whose cue comes after `p`; None when there is none or when `p` is
        inside a statement (its own channel was read there)."""
        if any(a <= p < b for a, b in self.spans):
            return None
        k = bisect.bisect_right(self.starts, p)
        return self.ordered[k] if k < len(self.ordered) else None


def narrated_platforms(doc: ChineseDoc) -> None:
    """何晶也在臉書上轉發了《新報》文章，…反駁了謠言。她提到，… (zhH-sgnews-1 gold: 臉書 on her
    words); 郭台銘日前在臉書創辦粉絲頁，…，郭台銘說 (zhB-ettoday-1): a platform the narrator puts
    someone on, with no attribution of its own, is the channel of that person's next words, in the
    same sentence or the next, when nobody else speaks first and no channel of their own is named
    (ANNOTATION.md, Channels: in a post on Telegram; a named person speaking on a platform is
    asserted with the platform as via)."""
    if not doc.cands:
        return
    statements = _Statements(doc)
    for idx, (ss, se) in enumerate(doc.sentences):
        for m in doc.lex.on_platform_re.finditer(doc.s, ss, se):
            p = m.start()
            c = statements.next_after(p)
            if c is None:
                continue
            if c.via or c.src is None or c.parent is not None or c.quote is not None or c.frame \
                    or c.sentence not in (idx, idx + 1) or c.src[0] < m.end():
                continue
            lead = p
            while lead > ss and doc.s[lead - 1] not in _CLAUSE_STOPS:
                lead -= 1
            if _NEW_OCCASION.search(doc.s, m.end(), c.cue_start):
                continue  # 在Twitter上发了一张不雅照之后，辞去…，后来他承认: a later occasion
            subject, again = doc.s[lead:p], doc.s[c.src[0]:c.src[1]]
            if len(subject) >= 2 and (again in _PRONOUNS or (len(again) >= 2 and again in subject)):
                c.via = [m.span("via")]


# 陳偉儀發表聲明予以反駁。她說 (zhP-worldjournal-1): a document issued in narration, by the verb
# issuing it (markers.json issued_documents, longest first)
# (not 发到微博里面, THUCNews line 871: a place sent to, no document issued)
_ISSUING = r"(?:发表|发布|发出|公布|(?<![开研转揭告举颁分引散启激爆蒸收首])发(?![到给向至往回]))了?(?:一[份则篇封项条])?"
_COMPANY_ANAPHORS = ("公司", "该公司", "本公司", "集团", "该集团")


def _issued_re(doc: ChineseDoc) -> re.Pattern[str]:
    key = id(doc.lex)
    if key not in _ISSUED_BY_LEX:
        nouns = "|".join(map(re.escape, sorted(doc.lex.issued_documents, key=len, reverse=True)))
        _ISSUED_BY_LEX[key] = re.compile(_ISSUING + r"(?P<via>[^，,。；;：:“”「」的]{0,4}?(?:" + nouns + "))")
    return _ISSUED_BY_LEX[key]


_ISSUED_BY_LEX: dict[int, re.Pattern[str]] = {}


def _issuing_matches(doc: ChineseDoc) -> list[re.Match[str]]:
    """Every document issued in the text, in order: tried only where an issuing verb starts (发,
    公布), found by str.find, which is faster than a regex scan of the whole text."""
    pattern, s, out = _issued_re(doc), doc.s, []
    for head in ("发", "公布"):
        i = s.find(head)
        while i >= 0:
            m = pattern.match(s, i)
            if m is not None:
                out.append(m)
            i = s.find(head, i + 1)
    return sorted(out, key=lambda m: m.start())


def narrated_documents(doc: ChineseDoc) -> None:
    """陳偉儀發表聲明予以反駁。她說，… (zhP-worldjournal-1 gold: via 聲明); 吉翔股份13日早间发布澄清
    公告,公司注意到…认为… (zhN-cnstock-1 gold: via 澄清公告): a statement or notice the narrator
    says someone issued, with no attribution of its own, is the channel of that speaker's next
    words in the same sentence or the next, as `narrated_platforms` does for a platform
    (ANNOTATION.md, Channels: a book, a report in a newspaper, in a statement to Rolling Stone:
    the document the words went out in). The speaker must be the issuer named again, a pronoun,
    or 公司 after a company's name; nobody else may speak first and no other occasion be named."""
    if not doc.cands:
        return
    statements = _Statements(doc)
    firsts = [a for a, _ in doc.sentences]
    for m in _issuing_matches(doc):
        p = m.start()
        c = statements.next_after(p)
        if c is None:
            continue
        idx = bisect.bisect_right(firsts, p) - 1
        ss, se = doc.sentences[idx]
        if m.end() > se:
            continue
        if c.via or c.src is None or c.parent is not None or c.quote is not None or c.frame \
                or c.sentence not in (idx, idx + 1) or c.src[0] < m.end() or "\n" in doc.s[m.end():c.src[0]]:
            continue
        lead = p
        while lead > ss and doc.s[lead - 1] not in _CLAUSE_STOPS:
            lead -= 1
        if _NEW_OCCASION.search(doc.s, m.end(), c.cue_start):
            continue
        subject, again = doc.s[lead:p], doc.s[c.src[0]:c.src[1]]
        if subject.startswith(_TOPIC_OPENERS):
            continue  # 至於…向美國總統發公開信，卻成為…罪證，他認為 (hkcnews article_14680): a topic
        if len(subject) >= 2 and (again in _PRONOUNS or (len(again) >= 2 and again in subject)
                                  or again in _COMPANY_ANAPHORS):
            c.via = [m.span("via")]
