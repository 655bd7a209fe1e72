"""Content per cue: what a cue reports, from the text after it (a quotation standing as the
clause, or the clause or sentence that follows), with its kind (direct, indirect, mixed)."""

from __future__ import annotations

import bisect
import re

from ...extract.quotes import OPENERS
from .doc import SPACES, Candidate, ChineseDoc
from .source import pos_tags


def content_after(doc: ChineseDoc, cand: Candidate, p: int, limit: int, scope: str) -> bool:
    """Fill `cand.content`/`kind` from the text after the cue ending at `p`."""
    s = doc.s
    while p < limit and s[p] in SPACES:
        p += 1
    punct = False
    if p < limit and s[p] in "，,：:﹕":
        p += 1
        punct = True
        while p < limit and s[p] in SPACES:
            p += 1
    cand.direct_follow = not punct
    k = bisect.bisect_right(doc.section_bounds, p)
    if k < len(doc.section_bounds):
        limit = min(limit, doc.section_bounds[k])  # a headline never runs into the body
    if p >= limit:
        if punct and s[p - 1] in "：:﹕":
            return _quote_in_next_paragraph(doc, cand, p)
        return False
    q = doc.qi.starting_at(p) if (s[p] in OPENERS or s[p] == '"') else None
    if q is not None and q.close <= limit and doc.quote_ends_clause(q, limit) \
            and not _quote_as_topic(s, q.close + 1, limit):
        cand.content = doc.quote_parts(q)
        cand.kind = "direct"
        return True
    if not punct and cand.stance in ("confirm", "deny") and doc.lex.report_ref_re.match(s, p):
        scope = "clause"  # 证实了这一消息，但…: the confirmed report is the whole object
    end = doc.content_end(p, limit, "sentence" if punct else scope)
    if not punct:
        m = doc.lex.resume_narration_re.search(s, p, end)
        if m is not None:
            end = m.start()  # 辩称自己无辜，并一直在…争取…: the object clause ends, narration resumes
    a, b = doc.trim(p, end)
    b = _narrator_tail_end(doc, a, b)
    if b < 120:
        tail = doc.lex.lead_dateline_re.search(s, a, b)
        if tail is not None and tail.start() > a:
            b = tail.start()  # 孙海平称目标是伦敦奥运新浪体育讯: a glued headline and dateline
    if not punct and scope == "clause" and b == end:
        b = doc.trim(a, _coordinated_predicates(doc, end, limit))[1]
    if not punct and (cand.stance in doc.lex.addressee_stances or _asks_someone(s, cand)):
        m = _SHORT_FIRST_CLAUSE.match(s, a, b)
        if m is not None and not doc.cue_between(a, m.end()) \
                and not _QUESTION_WORDS.search(m.group()) and _nominal(doc, a, m.end()):
            # 警告美国，莫斯科有能力…: 美国 is the addressee; 问张国财，港台与警队的关系…
            # 会如何…？ / 有人问他，香港的抗争…: the one asked, not part of the question
            a = doc.trim(m.end() + 1, b)[0]
    if not punct and cand.stance == "ask":
        b = _question_clause_end(doc, a, b)
    if b <= a:
        return False
    # 彭博社报道，在人们……的猜测中，“……” / 详细介绍了战场情况，“……”: a quotation that
    # closes the sentence after a comma and carries most of it is the content.
    inner = doc.qi.inside(a, b + 1)
    for q2 in inner:
        rest = doc.trim(q2.close + 1, b)
        if rest[1] <= rest[0] and s[q2.open - 1] in "，,：: " \
                and (q2.inner_end - q2.inner_start) >= 0.6 * (b - a) \
                and not doc.cue_between(a, q2.open):
            cand.content = [(q2.inner_start, q2.inner_end)]
            cand.kind = "direct"
            return True
    cand.content = [(a, b)]
    cand.kind = doc.kind_of(inner)  # the quotations of (a, b), found just above
    return True


# ，但未透露… / ，但並未進一步作出說明 / ，但就未有指明…: a clause with no subject of its own that
# says what the speaker left unsaid is the reporter's comment on the report, not its content
# (ANNOTATION.md: the content ends where the narrator takes over; zhD-redants-1, zhN-hongxing-1,
# zhS-am1320-1, zhD-unwire-1 gold).
_UNDISCLOSED_TAIL = re.compile(
    "[，,][ \u3000]*(?:但是|但|不過|不过|然而|惟)?(?:他|她|其|對方|对方)?(?:並|并|則|则|就|亦|也|卻|却)?"
    "(?:未有|未|沒有|没有|沒|没)(?:進一步|进一步|具體|具体|詳細|详细|明確|明确|再)?"
    "(?:透露|說明|说明|指明|交代|披露|公布|解釋|解释|詳述|详述|作出說明|作出说明|作出解釋|作出解释"
    "|提供(?:更多)?(?:細節|细节|詳情|详情|資料|资料)|說出|说出)"
)

# …造成損失，對此，菊姐也覺得… / …，据估计，损失很大 / …访韩，韩国总统府官员6日就此表示，…: a
# clause that turns to the report (对此， / 就此 and a cue) or opens the narrator's own sourcing
# (据悉, 据估计) hands over to another speaker or the narrator (zhB-president-1, zhC-sputnik-1,
# zhF-yonhap-1 gold). Not 对此 and a cue: 中方對此表示強烈不滿 is the spokesman's side going on.
_HANDOVER = re.compile(
    "[，,；;][ \u3000]*(?:(?:对此|對此|就此)[，,]|据悉|據悉|据了解|據了解|据估计|據估計|据报道|據報道|據報導"
    "|[^，,。；;！？!?“”「」]{1,20}?就此(?:事)?(?:表示|回应|回應|称|稱|说|說|指出|澄清"
    "|否认|否認|强调|強調))"
)


def _narrator_tail_end(doc: ChineseDoc, a: int, b: int) -> int:
    """The end of an indirect content (a, b) before the first clause that the reporter or another
    speaker says (`_UNDISCLOSED_TAIL`, `_HANDOVER`), outside quotations (ANNOTATION.md: one
    attribution up to where another speaker or the narrator takes over)."""
    s = doc.s
    for rx in (_UNDISCLOSED_TAIL, _HANDOVER):
        i = a
        while (m := rx.search(s, i, b)) is not None:
            if m.start() > a and doc.qi.enclosing(m.start()) is None:
                b = doc.trim(a, m.start())[1]
                break
            i = m.start() + 1
    return b


# The words that make a clause a question (not 几, which opens 几乎, nor time clauses).
_ASKING_WORDS = re.compile("什么|为何|为什么|怎么|怎样|如何|是否|哪|谁|多少|多久|何时|吗|呢|能否|可否"
                           "|有没有|会不会|是不是")


def _question_clause_end(doc: ChineseDoc, a: int, b: int) -> int:
    """记者问他视频里发生了什么，他无言以对，… / 大家都问要延误多久，韩国工作人员迟迟没有回复: an
    indirect question asked without a comma after the cue ends with the clause that asks (a
    question word in it) when no question mark follows; the clauses after it are the narrator's
    (ANNOTATION.md: one attribution up to where another speaker or the narrator takes over;
    zhA-nyt-1, zhB-cna-5 gold)."""
    s = doc.s
    if "？" in s[a:b + 1] or "?" in s[a:b + 1]:
        return b
    i = a
    while i < b:
        m = _CLAUSE_COMMA.search(s, i, b)
        if m is None:
            return b
        if _ASKING_WORDS.search(s, i, m.start()) and not doc.qi.inside(i, m.start() + 1) \
                and _new_subject(doc, m.end(), b):
            return doc.trim(a, m.start())[1]
        i = m.end()
    return b


_SUBJECT_TAG_STARTS = ("n", "r")  # nouns, names, places, organisations and pronouns (jieba)


def _new_subject(doc: ChineseDoc, p: int, b: int) -> bool:
    """The clause at `p` opens with a subject of its own (他无言以对, 韩国工作人员迟迟没有回复), not
    a verb or connective that goes on with the question (让民众看清…, 以及有无替代方案), and holds
    no cue (…前往时，吕秀莲说: the later cue ends the question there itself)."""
    s = doc.s
    p = doc.trim(p, b)[0]
    end = doc.content_end(p, b, "clause")
    if end <= p or doc.cue_between(p, end):
        return False
    words = pos_tags(s[p:min(end, p + 8)])
    return bool(words) and words[0][1].startswith(_SUBJECT_TAG_STARTS)


_CLAUSE_COMMA = re.compile("[，,；;]")


def _coordinated_predicates(doc: ChineseDoc, end: int, limit: int) -> int:
    """呼吁叙双方牢牢把握机遇，秉持善意，拿出智慧…: the object clause of a one-clause cue
    (呼吁, 谴责, 要求) goes on over the comma while the next clause opens with a verb or a
    modal of its own (a predicate sharing the clause's subject, no new subject), holds no cue
    and no connective that hands back to the narration (并, 而, 但 …: cues.json clause_stops)."""
    s = doc.s
    while end < limit and s[end] in "，,":
        a = end + 1
        nxt = doc.content_end(a, limit, "clause")
        if nxt <= a or s.startswith(doc.lex.clause_stops, a) or doc.cue_between(a, nxt):
            break
        if s.startswith(_PROHIBITIVES, a):
            end = nxt  # 切勿以讹传讹: a prohibition of the same addressee
            continue
        words = pos_tags(s[a:min(nxt, a + 8)])
        while len(words) > 1 and words[0][1] == "d":
            words = words[1:]  # 如期续谈, 尽快找到: adverbs before the verb
        if not words or not (words[0][1] in _VERB_TAGS or words[0][0] in doc.lex.modals):
            break
        end = nxt
    return end


def _nominal(doc: ChineseDoc, a: int, b: int) -> bool:
    """A person's name (勒鲁瓦, whose characters jieba may tag as verbs) or a phrase with no
    verb, adverb, preposition or conjunction by jieba's tags (各界, 某些人): an addressee, not a
    verb phrase (勿忘初衷)."""
    if any(m.start < b and m.end > a for m in doc.names()):
        return True
    return all(not flag.startswith(("v", "d", "p", "c")) for _, flag in pos_tags(doc.s[a:b]))


def _asks_someone(s: str, cand: Candidate) -> bool:
    """问/追问/询问 take the one asked as object (问他，…); 提问 and 发问 take none (提问机会)."""
    a, b = cand.cue[-1]
    return cand.stance == "ask" and s.endswith("问", a, b) and s[a:b] not in ("提问", "发问")


# An addressee: a short first clause before a comma (full-width or ASCII, as in Hong Kong and
# Taiwan text); one with a question word is the question itself (问为什么，…).
_SHORT_FIRST_CLAUSE = re.compile(r"[^，,。；;：:“”「」]{1,5}(?=[，,])")
_QUESTION_WORDS = re.compile("什么|为何|为什么|怎么|怎样|如何|是否|哪|谁|几|多少|多久|何时|吗|能否|可否"
                             "|有没有|会不会|时$|后$|前$|中$")  # 发问时，…: a time clause, no addressee
_VERB_TAGS = frozenset({"v", "vd", "vi", "vg"})  # not "vn": 防疫救援行动 is a noun phrase
_PROHIBITIVES = ("不要", "不得", "别", "勿", "切勿", "切莫", "不可")  # 不要插手…，不要干涉…


# 认为「以国内大循环为主体」，就意味着…: after the comma the clause goes on about the quoted
# words; the quotation is its topic, not the whole of what is said.
_TOPIC_GOES_ON = ("就意味", "就是", "就等于", "便意味", "即意味", "则意味", "就会", "便会", "就要")


def _quote_as_topic(s: str, j: int, limit: int) -> bool:
    return j < limit and s[j] in "，," and s.startswith(_TOPIC_GOES_ON, j + 1)


def _quote_in_next_paragraph(doc: ChineseDoc, cand: Candidate, p: int) -> bool:
    """他说：⏎“……”: a colon at a line end introduces the quotation that opens the next line;
    徐正源表示：⏎比起赢球，…… (press-conference and interview reports): without quote marks,
    the whole next paragraph is the named speaker's words."""
    s = doc.s
    j = p
    while j < len(s) and j < p + 4 and s[j] in SPACES + "\n":
        j += 1
    if j >= len(s) or "\n" not in s[p:j]:
        return False
    q = doc.qi.starting_at(j)
    if q is not None:
        cand.content = doc.quote_parts(q)
        cand.kind = "direct"
        return True
    if cand.src is None:
        return False  # 问：⏎… / 如下：⏎…: a heading or a question label, not a speaker's words
    end = s.find("\n", j)
    end = len(s) if end < 0 else end
    a, b = doc.trim(j, end)
    if b <= a or b - a > _MAX_PARAGRAPH or s[b - 1] in "：:" \
            or doc.doc.section_at(a) != doc.doc.section_at(p - 1):
        return False  # an empty line, a long document, another label, or a new section
    cand.content = [(a, b)]
    cand.kind = doc.kind_of(doc.qi.inside(a, b + 1))
    return True


_MAX_PARAGRAPH = 600  # longer "paragraphs" after a colon are documents (全文如下：), not speech


def keep_question_marks(doc: ChineseDoc) -> None:
    """A question (stance ask) whose content ends where its sentence's question mark stands keeps
    the mark (有记者问，…吗？; 她還反問道,…對吧?). ANNOTATION.md drops only a trailing 。 from
    indirect speech; in the open gold (zh-news tune, half A, parts F-H tune, zh-dev) 26 of the
    indirect or mixed contents ending in a question mark are questions (stance ask), 1 is not.
    A `?` inside a word (悉尼东面?郊, 元/?) is a lost character, not a question mark."""
    s = doc.s
    for c in doc.cands:
        if not c.content or c.stance != "ask":
            continue
        a, b = c.content[-1]
        if b < len(s) and (s[b] == "？" or s[b] == "?" and s[b - 1] != "/"
                           and (b + 1 == len(s) or s[b + 1] in _AFTER_QUESTION)):
            c.content[-1] = (a, b + 1)


# What may follow a question mark that ends a question: a line end, space or closing mark.
_AFTER_QUESTION = frozenset("\n \t\u3000”」』\"')）")
