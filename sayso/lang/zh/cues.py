"""Single cues: one reporting verb (说, 表示, 否认, 告诉 …) analysed locally into candidates: the
source cut from the clause before it, the content after it or the quotation before it, and the
channel named with the speech event (在…节目中, 告诉法新社)."""

from __future__ import annotations

import re

from ...extract.quotes import OPENERS
from ...text import is_han, quiet_jieba
from .content import content_after
from .doc import CLAUSE_PUNCT, SPACES, Candidate, ChineseDoc
from .lexicon import Cue, object_before_quote
from .source import (
    LIGHT_VERBS,
    NOT_OBJECT_PP_AFTER,
    OBJECT_PP,
    TITLED_DOCUMENT,
    cut_source,
    pos_tags,
    strip_adverbs,
)

# 在官网发表声明 / 在微博上发表联合声明: a platform, then what was published on it.
_PUBLISHED_ON = re.compile(r"(?P<where>[^，,。；;：:]{1,12}?)(?:上)?(?:发表|发布|发出|上载|上传|贴出|刊登|刊发)(?:了)?"
                           r"(?P<what>[^，,。；;：:]{1,10})")
# 在记者会上表示, 上周六在记者会表示: a time phrase may come first.
_EVENT_VIA = re.compile(r"(?:[^在于，,。；;：:]{0,8}?)[在于](?P<via>[^，,。；;：:]{1,30}?)(?:中|上|时)?")
# 在发给路透社的声明中: the outlet the statement went to is the outer channel.
_SENT_TO = re.compile(r"(?:发给|寄给|提供给|交给)(?P<to>[^，,。；;：:的]{2,12})的")
# 向法新社表示, 也对《纽约时报》说, 回应《新京报》称: the outlet spoken to is the channel.
_ADDRESSEE = re.compile(r"[^，,。；;：:]{0,6}?(?P<prep>[向对跟]|回应|回复|答复|致函|致信|去信|去函|写信给|投书)(?P<via>[^，,。；;：:]{2,20}?)"
                        r"(?:记者)?(?:时)?")
_PUBLISHED_IN = re.compile(r"[^，,。；;]{0,12}?[在于向](?P<via>《[^》]{1,20}》)(?:上)?(?:发表|刊登|刊发|撰文|投书|撰写)")



# 在X(与Y)(十三日)刊登的专访中: the outlets that published what was said.
_RAN_IN = re.compile(r"(?P<pubs>[^，,。；;：:的]{2,30}?)(?:[0-9０-９]{1,2}日|[一二三四五六七八九十]{1,3}日|今天|昨天|日前"
                     r"|周[一二三四五六日])?(?:刊登|刊出|刊发|发表|播出|播放|刊载)的"
                     r"(?:专访|访问|采访|访谈|文章|报道|报导)")
_PUB_PART = re.compile(r"[^与和及、]+")
_HELD = re.compile("召开|举行|主持|举办")


# the pieces the report-noun frame (X的文章写道, lexicon.report_noun_re) reads as reported; a
# piece named by its title (题为“…”的文章) is reported the same
_PRESS_PIECES = ("报道", "报导", "文章", "社论", "报告")
# 查閱一份台灣政府備忘錄,以及一位台灣安全部門高層官員說: a source that opens its clause with a
# conjunction is the second of two conjoined sources, the first in the clause before the comma
_CONJUNCTION_OPENING = ("以及", "及", "与", "和")


def _light_verb_object(s: str, a: int, c0: int) -> bool:
    """对美方的无理指责|进行了驳斥: the cue at `c0`, before a light verb, heads the noun phrase of
    a 对/针对 phrase (a 的 between them), so it is the object of the act, no statement (要求进行
    调查, 对此要求进行… keep their cue: no 的-phrase)."""
    m = OBJECT_PP.search(s, a, c0)
    return m is not None and m.group() != "就" and s[m.end():m.end() + 1] not in NOT_OBJECT_PP_AFTER \
        and "的" in s[m.end():c0]


# jieba's tags of fixed expressions: idioms (i) and set phrases (l) such as 长话短说, 不如说
_FIXED_EXPRESSION_TAGS = ("i", "l")


def _inside_other_word(doc: ChineseDoc, c0: int, ss: int, se: int) -> bool:
    """The one-character cue at `c0` (说, 问, 答, 称, 指) is part of a longer word by jieba's
    segmentation of the clause around it: a word it opens (答复, 说起, 说完, 说好, 问鼎, 指涉) or a
    fixed expression (长话短说, 不如说, 说不过去, 实话实说), so it reports no statement of its own.
    A word that ends in the cue after another word's character (时说, 并称, 笑答) keeps it, and so
    does a longer cue of the lexicon (说道, 问及), read as that cue, or a word that still reports
    (说出了自己的看法; cues.json `inside_other_word`), or a word another cue follows (答复称: the
    reply is speech, left to the cues as they were). On the open pool a cue inside a statement
    that made a second, spurious row (会请业者答覆, zhP-crntt-1); the breadth counts are in
    benchmarks/data/zhspan25/README.md."""
    s = doc.s
    start, end = max(ss, c0 - 6), min(se, c0 + 7)
    words = quiet_jieba().dt.FREQ  # jieba's dictionary: without HMM its only longer words
    # (FREQ also holds every prefix of its words, so a word covering the cue has the cue and the
    # next character, or its part up to the cue, among the keys: a cheap test before the scan)
    if not (s[c0:c0 + 2] in words or any(s[a:c0 + 1] in words for a in range(max(start, c0 - 4), c0))) \
            or not any(words.get(s[a:b]) for a in range(max(start, c0 - 4), c0 + 1)
                       for b in range(max(c0 + 1, a + 2), min(end, a + 6) + 1)):
        return False  # no dictionary word covers the cue (他说, 表示称): segmenting cannot join it
    i = start
    for word, flag in pos_tags(s[start:end]):
        if i <= c0 < i + len(word):
            return len(word) > 1 and word not in doc.lex.cues and word not in doc.lex.reporting_words \
                and (i == c0 or flag in _FIXED_EXPRESSION_TAGS) and i + len(word) not in doc.cue_starts
        i += len(word)
    return False


def _clause_start(s: str, floor: int, pos: int) -> int:
    """Where the clause holding `pos` starts, not before `floor`."""
    return max([floor] + [s.rfind(ch, floor, pos) + 1 for ch in CLAUSE_PUNCT])

def _report_cue(doc: ChineseDoc, cue: Cue) -> bool:
    """报道称, 报导指出, 消息指出: a report noun glued to a speech verb."""
    return len(cue.word) > 2 and cue.word.startswith(doc.lex.report_nouns)


# 就…被朝军射击身亡事件表示, 对于…被捕一事表示: the 被 is inside the topic phrase (就/对于/关于/
# 针对 … a noun of events), which the cue follows; the subject before the phrase speaks (zh-news
# tune zhD-hani-1 gold: 金正恩).
_TOPIC_EVENT = re.compile(r"(?:就|对于|关于|针对)[^，,。；;：:“”「」]{1,16}?被[^，,。；;：:“”「」]{1,12}"
                          r"(?:事件|一事|事|案件|一案|案|问题|情况|消息|报道|报导|指控|行为|决定)$")


# 应X(的)要求/邀请: at X's request or invitation.
# 响应X(的)号召/呼吁: answering someone's call, the call a noun.
_ANSWERING_CALL = re.compile(r"响应[^，,。；;：:]{0,20}$")
_AT_REQUEST = re.compile(r"(?:^|[^反回对响答呼])应[^，,。；;：:]{1,20}$")



_CHECK_CUES = frozenset(("证实", "确认", "核实", "查证", "核查"))


def cue_candidates(doc: ChineseDoc, c0: int, c1: int, cue: Cue, ss: int, se: int, idx: int) -> list[Candidate]:
    s = doc.s
    if s.endswith(doc.lex.noun_before, 0, c0) and not _report_cue(doc, cue) and not s.endswith("有关部门", 0, c1 + 2):
        return []  # 这一报道, 相关报导, 如果要求: a noun, not a reporting verb
    if len(cue.word) == 1 and cue.word not in doc.lex.word_bound_exempt_cues \
            and _inside_other_word(doc, c0, ss, se):
        return []  # 请业者答复, 说起出国前, 长话短说: the cue character belongs to another word
    object_end = None
    if not cue.speaks_at(s, c1):
        object_end = object_before_quote(s, c1, doc.lex.cue_words) \
            if cue.word in doc.lex.object_quote_cues else None
        if object_end is None:
            return []  # 介绍了情况: these verbs report speech only before a comma or colon
    if c0 >= 1 and s[c0 - 1] == "经" and (c0 < 2 or s[c0 - 2] not in "曾已"):
        return []  # 经确认: agentless confirmation, no source in the text
    if s.endswith(doc.lex.negation, 0, c0) and cue.stance != "deny":
        return []  # 不要求, 没有说: a negated cue reports no statement
    if cue.word in _CHECK_CUES and any(h.end() == c1 for h in doc.lex.hedge_re.finditer(s, max(ss, c0 - 8), c1)):
        # 路透社未能证实该报道, 美联社无法独立证实这一消息: the text saying a claim could not be
        # verified (a hedge: the claim is unconfirmed, ANNOTATION.md), not a confirmation
        return []
    if cue.stance != "deny" and _NEGATED_MANNER.search(s, max(ss, c0 - 6), c0):
        return []  # 也没有对外说明, 未公开表示: negated with a manner adverb between
    if cue.stance != "deny" and doc.lex.negated_addressee_re.search(s, max(ss, c0 - 14), c0):
        return []  # 不会跟别人说, 也不想跟你解释: the negation governs the cue across the addressee
    if c0 > ss and s[c0 - 1] == "一" and (cue.word in doc.lex.whenever_cues
                                         or c0 >= 2 and s[c0 - 2] == cue.word[0]) \
            or len(cue.word) == 1 and s.startswith("一" + cue.word, c1):
        return []  # 一提到购房，人们…: whenever it comes up; 问一问网友: try asking (advice)
    if doc.lex.irrealis_re.search(s, max(ss, c0 - 8), c0):
        return []  # 业主不妨问自己, 可以称得上, 应该去问年轻人: what one may or should say
    if cue.word in doc.lex.noun_use_cues and (s.endswith(doc.lex.noun_use_before, max(ss, c0 - 4), c0)
                                              or doc.lex.noun_use_after_re.match(s, c1)):
        return []  # 符合要求, 工艺要求高, 要求及模式: the requirement as a noun
    if c0 > ss and s[c0 - 1] in _CLASSIFIERS and _COUNTED.search(s, max(ss, c0 - 6), c0) \
            and not _report_cue(doc, cue) or \
            cue.word in doc.lex.light_verb_object_cues and _LIGHT_VERB_OBJECT.search(s, max(ss, c0 - 8), c0):
        return []  # 七宗投訴, 三点要求; 提供更正説明, 進行單方面報導: the cue word is a noun
    if cue.word in doc.lex.noun_use_cues and s.startswith(("，", ","), c1) \
            and doc.lex.according_re.search(s, max(ss, c0 - 24), c0):
        return []  # 按醫生建議，林鄭月娥將留院觀察: according to the advice
    if cue.word in doc.lex.rumour_cues and c1 < se \
            and (s[c1] in doc.lex.rumour_noun_after and not (cue.word in doc.lex.rumour_verbs and s[c1] in "，,")
                 or c1 in doc.cue_starts
                 or cue.word in doc.lex.rumour_verbs and doc.lex.rumour_counted_object_re.match(s, c1)):
        # 交易传言中, 盛传的人选, 有传言称…: the rumour as a noun, or the subject of 称; 網上流傳一份
        # 申請書: a document circulates, its words are not the rumour
        return []
    if cue.word in doc.lex.adverb_led_cues and not s.endswith(doc.lex.adverb_led_before, ss, c0):
        return []  # 流动资金补充，…: the noun; 他也补充，…: the verb
    if cue.word in doc.lex.recognize_cues and _recognizes(doc, c1, se):
        return []  # 港大不再承認學生會角色: recognize a status, not admit
    if _REFUSED.search(s, max(ss, c0 - 10), c0):
        return []  # 拒绝进一步详细说明, 不愿亲赴国会说明: a refusal to speak reports no statement
    if cue.stance == "assert" and _DEMANDED.search(s, max(ss, c0 - 12), c0):
        return []  # 要求李光耀写信说明: the explanation demanded, not given
    if cue.stance == "promise" and _KEPT_PROMISE.search(s, max(ss, c0 - 10), c0):
        return []  # 兑现过去多次公开承诺: the promise as a noun
    if _CAUSATIVE.search(s, max(ss, c0 - 2), c0):
        return []  # 令人质疑…: the writer's comment, no speaker
    manner = _ANAPHORIC_MANNER.search(s, max(ss, c0 - 2), c0)
    pointed_back = manner is not None and (c1 >= len(s) or s[c1] not in "：:“「\"")
    if cue.stance == "threaten" and (_SUFFERED_THREAT.search(s, max(ss, c0 - 24), c0)
                                     or _ENDANGERED.match(s, c1)):
        return []  # 受海平面上涨威胁, 严重威胁在场人士安全: a danger, not a threat spoken
    if cue.word in doc.lex.label_cues and s.startswith(("：", ":"), c1) \
            and s.endswith(doc.lex.label_modifiers, max(ss, c0 - 4), c0) \
            or cue.word in doc.lex.advice_label_cues and _advice_label(doc, ss, c0, c1):
        return []  # 活动说明：, 特别说明：, 工作要求：, 搭配建议：: a label of the page, no one's statement
    if cue.word in ("报道", "报导") and s.startswith(("）", ")"), c1):
        return []  # 佳能7D单机跌破万元（中关村在线数码影像行情报道）: a credit line, not a statement
    if c1 < len(s) and s[c1] in "】〕" or any(s.rfind(o, max(ss, c0 - 20), c0) > s.rfind(c, max(ss, c0 - 20), c0)
                                              for o, c in _CREDIT_BRACKETS):
        # 【大纪元10月23日报导】, 〔即時新聞/綜合報導〕 (the Liberty Times' byline, zhP-ltn-1): a
        # bracketed credit or label, not a statement
        return []
    if cue.stance == "deny" and s.endswith(doc.lex.denial_negations, 0, c0):
        # 不否认曾与京官会面: a denial negated is a confirmation, the negation part of the cue
        neg = next(w for w in doc.lex.denial_negations if s.endswith(w, 0, c0))
        c0 -= len(neg)
        cue = Cue(neg + cue.word, "confirm", cue.scope, cue.certainty, cue.needs_source,
                  cue.needs_punct, cue.needs_quote)
    if c1 < len(s) and s[c1] in "的嘅" and not s.startswith(("的话", "嘅话"), c1):
        # 他承诺的事情, 她说的话; Cantonese 引用嘅兩份資料, 成日比人問嘅問題 (hkcnews article_29918,
        # article_37153): a relative clause, not a statement
        return []
    if s.startswith(LIGHT_VERBS, c1) and _light_verb_object(s, _clause_start(s, max(ss, c0 - 24), c0), c0):
        return []  # 对美方的无理指责进行了驳斥: the object of a light verb, a noun
    if c1 < len(s) and s[c1] == "、" or c0 > 0 and s[c0 - 1] == "、":
        return []  # 中国官媒报道、公司文件… / 贪污、政治献金、要求职位…: a noun in an enumeration
    if cue.word in doc.lex.suspected_cues and doc.lex.suspected_after_re.search(s, max(ss, c0 - 8), c0):
        return []  # 3個懷疑恐怖分子, 一名懷疑是…的男子: 'suspected', an attributive of the noun
    if cue.word in doc.lex.check_whether_cues and s.startswith(doc.lex.check_whether_objects, c1):
        return []  # 可前往…确认是否为行货正品: verifying, still to be done, states nothing
    if _characteristic(doc, ss, c0, c1, cue):
        return []  # 留学职业规划更强调国际就业思维: what it stresses, a quality, no statement
    if _adverbial_frame(doc, ss, c0, c1):
        return []  # 在控方追問下，吳又改口…: the questioning frames another's act, no statement
    if _conjoined_noun(doc, c0, c1):
        return []  # 提出了很多宝贵意见和建议，…: the last noun of a coordination
    if cue.word in doc.lex.request_nouns and _AT_REQUEST.search(s, max(ss, c0 - 24), c0):
        return []  # 加拿大应美国的引渡要求逮捕了…: "at the request of", no statement
    if cue.word in ("号召", "呼吁") and _ANSWERING_CALL.search(s, max(ss, c0 - 24), c0):
        return []  # 中大生響應黑客組織號召攻擊…: answering someone's call, no statement
    if cue.word in ("报道", "报导") and s.startswith(doc.lex.report_noun_after, c1):
        return []  # 《纽约时报》报道不准确, 报导所称: the report as a noun
    if _noun_after(doc, cue, c1):
        return []  # 焦點主張之一, 投訴激增的情況, 上海辟謠平臺: what follows makes the cue a noun
    passive_agent: tuple[int, int] | None = None
    agentless = False
    if cue.needs_source and "被" in s[max(ss, c0 - 12):c0]:
        k = s.rfind("被", max(ss, c0 - 12), c0)
        if not any(ch in s[k:c0] for ch in "，,。；;：:“”「」的时") and not s.startswith("被问", k) \
                and not any(s.startswith(n, k) and k + len(n) <= c0 for n in doc.lex.bei_nouns) \
                and not _TOPIC_EVENT.search(s, max(ss, c0 - 30), c0):
            # (被告表示: the defendant speaks; 被告知 is the passive of 告知, not 被告 + 知)
            if cue.word not in _CHARGED:
                return []  # 被(媒体)首次披露: a passive, the subject is not the source
            if k == c0 - 1:
                agentless, c0 = True, k  # 被指控…, 被質疑…: a charge, its makers unnamed
            else:
                passive_agent = doc.trim(k + 1, c0)  # 被总检察署指控: the agent charges
    enclosing = doc.qi.enclosing(c0)
    if enclosing is not None and doc.embedded(enclosing) and \
            s[enclosing.inner_start:enclosing.inner_end].strip() != cue.word:
        return []  # a cue inside a quoted phrase (敦促《纽约时报》“停止报道…”)
    left_pos, right_pos = c0, c1
    if enclosing is not None and s[enclosing.inner_start:enclosing.inner_end].strip() == cue.word:
        # “警告”: a quoted cue word is still the cue.
        left_pos, right_pos = enclosing.open, enclosing.close + 1
        enclosing = doc.qi.enclosing(enclosing.open)
    if c1 < len(s) and s[c1] == "了":
        c1 += 1
        right_pos = max(right_pos, c1)
    if object_end is not None:
        right_pos = object_end  # 回应过这样的消息，“…”: the words are the quotation after the object
    floor = enclosing.inner_start if enclosing is not None else ss
    limit = enclosing.inner_end if enclosing is not None else se
    lb, closer = doc.left_boundary(left_pos, floor)
    if pointed_back and closer is None:
        return []  # 皆如此表态: words already reported, pointed back at (“…”他在推文开头这样写道
        #            points at the quotation that opens its own sentence, and is kept)
    if pointed_back and manner is not None:
        left_pos = min(left_pos, manner.start())  # the speaker stands before 这样
    credit = max((m.end() for m in _CREDIT_END.finditer(s, lb, left_pos)), default=lb)
    if credit > lb:
        lb = credit  # 【大纪元10月23日报导】(中央社记者…专电)日前…的李光耀表示: the credits end
    if s[lb:left_pos].strip(" \t\u3000") in doc.lex.non_speakers:
        return []  # 这表示…, 结果显示…: not a speaker, and no elided one either
    if doc.lex.subjectless_modal_re.fullmatch(s[lb:c0].strip(" \t\u3000")):
        return []  # ，有理由相信…, 絕對有理由相信…: reasoning with no subject, no one's statement
    if cue.word in doc.lex.self_styled_cues and _self_styled(doc, lb, c0, c1, limit):
        return []  # 一名自称中国特工的男子: 'self-styled', a description of a noun
    report_source = posted_on = False
    if cue.word.startswith(("报道", "消息", "分析")) and len(cue.word) > 2 and c0 > lb \
            and s[c0 - 1] == "有":
        # 有报道称, 有分析指: the unnamed report (analysis) is the source, 称 the cue (zh-news
        # test half A gold zhB-hk01-1: 有分析 + 指).
        src: tuple[int, int] | None = (c0 - 1, c0 + 2)
        c0 = c0 + 2
    elif _report_cue(doc, cue) and s[lb:c0].strip(" \t\u3000") in doc.lex.report_determiners:
        # 报导指出，…, 该报道称: at a clause start the report (mentioned before) is the source.
        a = doc.trim(lb, c0)[0] if s[lb:c0].strip(" \t\u3000") else c0
        src = (a, c0 + 2)
        c0 = c0 + 2
        report_source = True
    elif not cue.needs_source:
        src = None  # 被问到: an agentless passive
    elif _on_platform(doc, lb, left_pos):
        src = None  # ，于脸书的贴文称: the clause is the channel, its subject elided
        posted_on = True
    else:
        src = cut_source(s, lb, left_pos, doc.lex)
        if src is not None:
            src = with_first_conjunct(doc, src, lb, floor)
        if src is not None and s[src[0]:src[1]].lstrip("该这此") in doc.lex.report_nouns:
            report_source = True  # 消息指出: the report speaks
        elif src is not None and s.endswith(doc.lex.report_nouns, *src) \
                and s[src[1] - 3:src[1] - 2] == "的" and doc.is_outlet(src[0], src[1] - 3):
            report_source = True  # 路透社的报导指: an outlet's report (not 郑国恩的报告)
        elif src is not None and s.endswith(_PRESS_PIECES, *src) and TITLED_DOCUMENT.match(s, *src):
            report_source = True  # 题为“…”的文章写道: a piece of the press, reported as 的文章写道 is
        if src is None and cue.word in doc.lex.evidence_cues:
            return []  # 但仍然显示…: the figures show, inside someone's statement
    rumour_place = rumour_channel(doc, src) if cue.word in doc.lex.rumour_cues else None
    if cue.word in doc.lex.rumour_verbs and rumour_place is None and src is not None and (
            doc.lex.rumour_counted_object_re.match(s, src[0]) or s[src[0]] in "在于"
            or s[c1:c1 + 1] in ("，", ",") and not s.endswith("有人", *src)
            and not (s[c1 + 1:c1 + 2] in OPENERS or s[c1 + 1:c1 + 2] == '"')):
        # 一份…文档在网上流传，继而引发…: the thing circulates and the narrator goes on (cues.json
        # rumour_cues); 在內地流傳「七不講」之際: a place that is no platform names no one who spreads
        # a claim (hkcnews article_3420); 网上有人流传，昨日…: someone spreads what follows
        return []
    if rumour_place is not None:
        src = None  # 社群平台流傳…: the platform carries the rumour, nobody is named
    if passive_agent is not None:
        src = passive_agent
    elif agentless:
        src = None
    if src is not None and cue.certainty == "reported" and doc.lex.byline_re.search(s, src[0], src[1]):
        return []  # 特约记者王斯报道: a byline, not an attribution
    if src is not None and not report_source and doc.cue_between(src[0], src[0] + 1) \
            and not s.startswith(doc.lex.report_nouns, src[0]):
        return []  # 指出总检察署的举措证实…: a "source" opened by a cue is that cue's content
    if src is not None and cue.word in doc.lex.sign_cues and (
            s.endswith(doc.lex.sign_nouns, *src) or _SIGN_CHAR.fullmatch(s, *src)):
        return []  # 黄色表示作业不会做的题: what a sign means, no one speaks
    if src is not None and cue.word in doc.lex.evidence_cues and _NO_EVIDENCE.search(s, src[0], left_pos):
        return []  # 目前没有消息显示…, 没有接获任何数据显示…: no evidence shows it, no source speaks
    if src is not None and _MODAL_OPENING.match(s, src[0], src[1]):
        return []  # 「不要說成績好…」, 不應該對外來做說明: a modal verb phrase, not a speaker
    if src is not None and _INSTRUMENT.fullmatch(s, src[0], src[1]):
        return []  # 可用“鹤立鸡群”来形容: "can be described as", no one speaks
    if src is not None and _governed_cue(doc, src, c0):
        return []  # 警方会积极澄清, 这些假账号主要…支持…的利益主张: the cue is governed, no statement
    if src is not None and _DATE_ONLY.fullmatch(s, src[0], src[1]):
        src = None  # 委外記者，6日在採訪…時報導說: the date is no speaker; the subject is elided
    if src is not None and _COUNT_ONLY.fullmatch(s, src[0], src[1]) \
            and "的" in s[c1:min(limit, c1 + 6)]:
        return []  # 一名要求不具名的美国官员表示: the cue of a relative clause; 一名 is no one
    cand = Candidate(doc.new_id(), src, [(c0, c1)], [], stance=cue.stance, quote=enclosing,
                     clause_start=lb, sentence=idx, evidence="indirect")
    if cue.certainty == "reported" or report_source:
        cand.reported = True
    if src is not None and s[src[0]:src[1]] in doc.lex.first_person and enclosing is not None:
        return []
    out = [cand]
    if closer is None and src is not None and lb >= 2 and s[lb - 1] in "，," \
            and _nothing_after(doc, right_pos, limit):
        # “……”，他说。 — a comma typed after the closing mark
        q = doc.qi.ending_at(lb - 2)
        if q is not None and not doc.embedded(q) and doc.qi.enclosing(q.open) == enclosing:
            closer = lb - 2
    if closer is not None and src is not None:
        q = doc.qi.ending_at(closer)
        if q is not None and doc.qi.enclosing(q.open) == enclosing:
            # “……”卡乌索格鲁说(，“……”)
            cand.content = doc.quote_parts(q)
            cand.kind = "direct"
            cand.evidence = "quote_before_cue"
            # “……”格莱歇尔在脸书官网的一则通告中表示: the channel read as after a cue
            speech_event_via(doc, cand, src[1], left_pos)
            p = right_pos
            while p < limit and s[p] in SPACES:
                p += 1
            if cue.word in ("告诉", "告知"):
                # “……”一位学者告诉中央社，“……”: the addressee is the channel, also when the
                # sentence ends with it (“……，”他告诉路透社。 THUCNews line 532: 温静告诉记者。)
                m = _TOLD_AFTER_QUOTE.match(s, p, limit)
                if m is not None:
                    told = s[m.start():m.end()].strip()
                    if told not in doc.lex.generic_via and not _told_nobody(doc, told):
                        cand.via.append(doc.trim(*m.span()))
                    p = m.end()
            if p < limit and s[p] in "，,：:":
                p += 1
                while p < limit and s[p] in SPACES:
                    p += 1
                q2 = doc.qi.starting_at(p) if p < limit and (s[p] in OPENERS or s[p] == '"') else None
                if q2 is not None and q2.close <= limit:
                    cand.content.append((q2.inner_start, q2.inner_end))
                    cand.evidence = "split_quote"
                else:
                    tail = Candidate(doc.new_id(), src, [(c0, c1)], [], stance=cue.stance,
                                     quote=enclosing, clause_start=lb, sentence=idx,
                                     evidence="quote_tail")
                    if content_after(doc, tail, right_pos, limit, cue.scope):
                        qa, qb = cand.content[-1]
                        if s[qb - 1:qb] in ("，", ",") or _own_quote_runs_on(doc, cue, qa, qb, lb, c0):
                            # “……，”张三称，他确信……: a quotation left open by a comma and its
                            # indirect continuation are one mixed attribution (ANNOTATION.md)
                            cand.content += tail.content
                            cand.kind = "mixed"
                            cand.evidence = "quote_and_continuation"
                        else:
                            out.append(tail)  # “……。”该发言人补充说，…: a new statement
            return out
    if not content_after(doc, cand, right_pos, limit, cue.scope):
        return []
    if cand.kind != "direct" and sum(b - a for a, b in cand.content) < 3:
        return []
    if s[c0:c1] in doc.lex.clause_object_cues and cand.direct_follow and cand.kind == "indirect" \
            and not _has_verb(_FIRST_CLAUSE.match("".join(s[a:b] for a, b in cand.content)).group()):
        return []  # 严重怀疑她的能力: doubt about a thing, no statement
    if s[c0:c1] in doc.lex.trust_cues and cand.direct_follow and cand.kind == "indirect" \
            and _noun_alone(_FIRST_CLAUSE.match("".join(s[a:b] for a, b in cand.content)).group()):
        return []  # 不能再相信臺灣了: trust in someone, no belief stated (cues.json trust_cues)
    if s[c0:c1] in doc.lex.modal_object_cues and cand.direct_follow and cand.kind == "indirect" \
            and not s.startswith(doc.lex.modals, cand.content[0][0]):
        return []  # 答应了对方的要求: agreeing to something, not a promise in words
    if cue.word == "表示" and cand.direct_follow and cand.kind == "indirect" \
            and sum(b - a for a, b in cand.content) <= 6 \
            and not s.startswith(doc.lex.modals, cand.content[0][0]):
        return []  # 中方对此表示强烈不满: an attitude, not a statement (表示会战斗到底 is one)
    if cand.kind != "direct" and s[cand.content[-1][0]:cand.content[-1][1]].endswith(doc.lex.background_endings):
        return []  # 回答记者提问时指出: a background clause, the attribution follows
    if src is not None:
        speech_event_via(doc, cand, src[1], left_pos)
    elif posted_on:
        speech_event_via(doc, cand, doc.trim(lb, left_pos)[0], left_pos)
    if cand.kind == "direct":
        cand.evidence = "quote_after_cue"
    if cue.word in ("告诉", "告知"):
        _tell_via(doc, cand, right_pos, limit)
    if rumour_place is not None:
        cand.via.extend(_each_platform(doc, *rumour_place))  # 網路或通訊軟體: two channels
    if src is None:
        cand.elided = True
        if not cue.needs_source or agentless or rumour_place is not None or cue.word in doc.lex.rumour_verbs:
            # 也謠傳…: 'it is rumoured', a rumour that needs no one to say it
            cand.anonymous = True
            cand.elided = False
    return out


_PLATFORM_OR = re.compile("或是|或|和|及|与|、")


def _each_platform(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """近來網路或通訊軟體流傳… -> 網路, 通訊軟體 (zhM-taichung-1 gold: two vias, outer first as
    written; ANNOTATION.md lists every channel): the platforms of a coordination one by one."""
    parts, p = [], a
    for m in _PLATFORM_OR.finditer(doc.s, a, b):
        parts.append(doc.trim(p, m.start()))
        p = m.end()
    parts.append(doc.trim(p, b))
    return [x for x in parts if x[1] > x[0]] if len(parts) > 1 and all(x[1] - x[0] >= 2 for x in parts) else [(a, b)]


def rumour_channel(doc: ChineseDoc, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span of a rumour's "source" that is only the platform or network it circulates on
    (社群平台流傳…, 網路社群媒體間流傳, 近來網路或通訊軟體流傳…): the channel, with what
    follows the platform (间, 上, 近日: cues.json `rumour_cues.place_ends`) left out. ANNOTATION.md
    Channels: the medium of speech is a via; zh-news gold zhK-ltn-1, zhL-guangming-1, zhK-cts-1
    give these rumours no source and the platform as via. None when a person or body is named
    (网上有人流传: 有人 circulates it)."""
    if src is None:
        return None
    a, b = doc.trim(*src)
    s, lex = doc.s, doc.lex
    start = next((w for w in lex.rumour_place_starts if s.startswith(w, a, b)), "")
    a = doc.trim(a + len(start), b)[0] if len(start) < b - a else a
    while b > a:
        if s.endswith(lex.rumour_places, a, b) or s[a:b] in lex.platform_names \
                or any(s.endswith(p, a, b) and b - a <= len(p) + 8 for p in lex.platform_names if len(p) > 1):
            return (a, b)
        end = next((e for e in lex.rumour_place_ends if s.endswith(e, a, b) and b - len(e) > a), None)
        if end is None:
            return None
        b -= len(end)
    return None


# A modal or negated verb phrase (不要, 不应该, 必须 …) opens no noun phrase: whatever follows is
# no speaker. 不愿/不具名 (不愿具名的官员) do open sources, so only these words count.
_MODAL_OPENING = re.compile(r"(?:不要|不应该|不应|不该|不必|别|无须|无需|必须|应该|应当|不能|不可以|可以|不会)")
# 可用“鹤立鸡群”来形容, 用一句话来概括: the phrase before the cue is the means (用…来), not a speaker.
_INSTRUMENT = re.compile(r"(?:可以|可|能|只能|不妨)?用(?!户)[^，,。；;：:]{1,20}来?")
# A single letter or digit as the subject of 表示 (A表示…, 1表示…): a sign in a legend.
_SIGN_CHAR = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
# 没有消息显示, 没有接获任何数据显示: the evidence is said not to exist, so it is no source.
_NO_EVIDENCE = re.compile(r"(?:没有|并无|并没有|未有|无)[^，,。；;]{0,12}(?:证据|数据|资料|消息|迹象|资讯|信息)$")
# A date alone (6日, 周三, 今天): the subject of the clause is elided, not the date.
_DATE_ONLY = re.compile(r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[日号]|周[一二三四五六日]|星期[一二三四五六日天]"
                        r"|今天|昨天|当天|今日|昨日")
# Charges and doubts whose makers a passive names or leaves unnamed (被指控, 被总检察署指控,
# 被質疑): attributions of their own, unlike 被披露 (ANNOTATION.md gold: zhA-voa-1, zhC-toc-1).
_CHARGED = frozenset({"指控", "控", "质疑", "指", "指责", "批评", "谴责", "控告", "起诉"})
# A number and a noun classifier right before the cue (七宗投訴, 两份报告, 三点要求): the cue word
# is a counted noun. 次/度 count events (两度表示, 多次强调), and 则/起 are adverbs as often
# (朱中一则表示, 一起透露), so they are not here. A report noun glued to its verb (一篇报导指出)
# is the counted subject, and speaks.
_CLASSIFIERS = "宗项份篇封种点"
_COUNTED = re.compile(r"(?<![第])[一二两三四五六七八九十几多数百千0-9０-９]+[" + _CLASSIFIERS + "]$")
# 提供更正说明, 进行单方面报导: these verbs take the cue word as their object noun (a short
# modifier may stand between), so nothing is said.
# 接到/接获/收到/处理/受理 take it as the thing received or handled (接到消费者投诉举报后, 溝通和處理投訴,
# 監管機構亦接獲許多投訴: THUCNews th831, hkcnews article_14606, article_41608).
_LIGHT_VERB_OBJECT = re.compile(r"(?:提供|进行|展开|开展|接到|接获|收到|处理|受理)[^，,。；;：:“”「」的]{0,4}$")
# 怀疑血迹，随即派员…: the object of a belief cue ends at the first comma (a noun, no claim).
_FIRST_CLAUSE = re.compile(r"[^，,；;。]*")
# The end of a clause: the object of 自称 runs to it.
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")
# A number and a classifier alone (一名, 两位, 多名): the start of a noun phrase, never a speaker.
_COUNT_ONLY = re.compile(r"[一二两三四五六七八九十几多数百千0-9]+[名位个人]")


# 拒绝(进一步详细)说明, 婉拒评论: the cue is what was refused (not 拒绝透露身分的外交官说,
# where the refusal is in a relative clause ending in 的, nor across a comma).
_NEGATED_MANNER = re.compile("(?:没有|没|未曾|未|不曾|从未|并未|并没有)"
                             "(?:对外|公开|正式|进一步|详细|直接|具体|明确|清楚)$")
_REFUSED = re.compile(r"(?:拒绝|婉拒|拒不|不愿意|不愿|不肯)[^，,。；;：:的“”「」]{0,6}$")
# The end of a bracketed credit before the lead's subject: 【…报导】, (中央社记者…专电).
_CREDIT_BRACKETS = (("【", "】"), ("〔", "〕"))
# (〔記者林惠琴／台北報導〕, 〔本報訊〕: not 国发〔2009〕, a document number inside a source)
_CREDIT_END = re.compile(r"】|〔[^〔〕\n]{0,30}(?:报导|报道|讯|电)〕|[（(][^（()）]{0,40}?(?:记者|社|日)[^（()）]{0,30}?(?:电|讯|报导|报道)[)）]")
# 要求李光耀写信说明, 促请美方澄清: the cue is the speech demanded, not speech that happened
# (not 要求匿名的官员表示, where 的 closes a relative clause on the speaker).
_DEMANDED = re.compile(r"(?:要求|请求|敦促|促请|吁请|呼吁)[^，,。；;：:“”「」的]{1,10}$")
# 兑现过去多次公开承诺: a promise kept or broken is a noun, the object of these verbs.
_KEPT_PROMISE = re.compile(r"(?:履行|兑现|违背|信守|遵守|恪守|许下|背弃|落实|违反)[^，,。；;：:“”「」]{0,8}$")
# 严重威胁在场人士安全: a danger to safety or life, not a threat anyone uttered.
_ENDANGERED = re.compile(r"[^，,。；;：:“”「」]{0,10}?(?:安全|生命|健康|稳定|和平|生存|安危|秩序)(?:[，,。；;]|$)")
# 令人质疑, 让人担心: a causative "makes one doubt" is the writer's comment, no one speaks.
_CAUSATIVE = re.compile(r"(?:令人|让人|使人|叫人|引人|惹人)$")
# 皆如此表态, 他这样说。: the cue points back at words already reported; only a colon or a
# quotation after it (他这样说：“…”) brings new words.
_ANAPHORIC_MANNER = re.compile(r"(?:如此|这样|这么|那样|那么)$")
# the words that, ending a source span, govern the cue after them (`_governed_cue`)
_GOVERNING_ENDS = ("将会", "还要", "也要", "自行", "恰恰", "积极", "主要", "被", "给", "去", "和", "与",
                   "及")
# a character before one of them that makes a word of it (过去 'past', 埃及 'Egypt', 以及, 交给,
# 附和 'echo': 港府亦附和說…, hkcnews article_29420)
_GOVERNING_END_WORDS = {"去": "过失回下出上进离死", "及": "埃以涉普波危顾", "给": "交供发送寄递带",
                        "和": "共温缓平调谐祥柔附", "与": "参给赋授"}
_CONJUNCTIONS_AFTER_VERB = frozenset({"和", "与", "及"})
# 受海平面上涨威胁, 面临…的威胁: the threat is a noun, the object of 受/面临.
_SUFFERED_THREAT = re.compile(r"(?:受到|受|遭受|遭到|面临|面对)[^，,。；;：:“”「」]{0,12}$"
                              # 18个地点接到炸弹威胁, 收到了…发送的电邮炸弹威胁 (zhT-sinahk-1): a
                              # threat received is a noun, its maker unnamed or in a relative clause
                              r"|(?:收到|接到|接获|接收到)[^，,。；;：:“”「」]{0,20}$")


# The object of 承认 up to the next punctuation or space (a headline's parts are spaced).
_OBJECT = re.compile(r"[^，,。；;：:！？!?“”「」\s]{1,12}(?=[，,。；;：:！？!?“”「」\s]|$)")


def _recognizes(doc: ChineseDoc, c1: int, se: int) -> bool:
    """承认学历 / 承認學生會角色: the whole object is a status or institution (recognize, not admit)."""
    m = _OBJECT.match(doc.s, c1, se)
    if m is None:
        return False
    obj = m.group()
    return obj.endswith(doc.lex.recognize_objects) and not obj.startswith(("自己", "了自己"))


# 补充说, 又说, 还表示: a cue that itself says a further statement begins.
_FURTHER = ("还", "又", "也", "并", "再", "续", "另", "则", "更", "亦")


def _own_quote_runs_on(doc: ChineseDoc, cue: Cue, qa: int, qb: int, lb: int, c0: int) -> bool:
    """“……。”林剑说，我们愿意…: a quotation closed by a full stop, then its speaker and a plain
    say-verb going on in indirect speech, is one statement in one sentence, a `mixed`
    attribution (ANNOTATION.md Boundaries; zh-news gold zhA-bjyouth-1, zhD-hongxing-1,
    zhF-people-1). A cue or adverb of addition (补充说, 又说, 还表示) starts a new one, and a
    quotation opened after a colon (官员向法新社表示：「…。」濟州航空說，…) is the earlier cue's."""
    s = doc.s
    opener = qa - 2  # the last character before the opening mark
    while opener >= 0 and s[opener] in SPACES:
        opener -= 1
    return s[qb - 1:qb] in ("。", "！", "？", "!", "?") and cue.word in _PLAIN_SAY \
        and not s.endswith(_FURTHER, lb, c0) and not (opener >= 0 and s[opener] in "：:")


_PLAIN_SAY = frozenset({"说", "表示", "称", "指出"})


_NOUN_FLAGS = ("n", "r")  # nouns of every kind (n, nr, ns, nt, nz) and pronouns
_PARTICLE_FLAGS = ("u", "y", "x")  # 了, 啊, punctuation


def _noun_alone(text: str) -> bool:
    """`text` is one noun or pronoun and particles by jieba's tags (臺灣了): an object, no clause."""
    tags = [flag for _, flag in pos_tags(text) if not flag.startswith(_PARTICLE_FLAGS)]
    return len(tags) == 1 and tags[0].startswith(_NOUN_FLAGS)


def _has_verb(text: str) -> bool:
    """Some word of `text` is a verb by jieba's tags (a clause, not a noun phrase)."""
    return any(flag.startswith("v") for _, flag in pos_tags(text))


def with_first_conjunct(doc: ChineseDoc, src: tuple[int, int], lb: int, floor: int) -> tuple[int, int]:
    """`src` widened to the first conjunct when it opens its clause with 以及/及/与/和 after a
    comma (路透社報導指出,查閱一份台灣政府備忘錄,以及一位台灣安全部門高層官員說 -> 一份台灣政府
    備忘錄,以及一位台灣安全部門高層官員, the zh-news gold span of zhI-cna-1: ANNOTATION.md, the
    source is the exact span naming the source where it is stated, here both parties). A verb
    that opens the first clause (查閱) is the reporter's act, no part of the source."""
    s = doc.s
    if src[0] != doc.trim(lb, src[1])[0] or not s.startswith(_CONJUNCTION_OPENING, src[0]) \
            or lb - 1 <= floor or s[lb - 1] not in "，,":
        return src
    second = pos_tags(s[src[0]:src[1]])
    if len(second) < 2 or second[0][1] != "c":
        return src  # 與會官員, 和平组织: the character begins a word, no conjunction; ，及(表明…)
    prev_lb, _ = doc.left_boundary(lb - 1, floor)
    first = cut_source(s, prev_lb, lb - 1, doc.lex)
    if first is None or doc.cue_between(first[0], lb - 1):
        return src
    a = first[0]
    words = pos_tags(s[a:lb - 1])
    if len(words) > 1 and words[0][1] == "v":
        a += len(words[0][0])  # 查閱|一份…備忘錄
        words = words[1:]
    if any(tag.startswith("v") and tag != "vn" for _, tag in words):
        return src  # 同学们都想亲眼看一看总理，和总理(说): a clause with its own verb, no conjunct
    return (a, src[1])


def _on_platform(doc: ChineseDoc, a: int, b: int) -> bool:
    """The clause before a cue is only a place of posting (于脸书的贴文, 在微博上): no subject."""
    a, b = doc.trim(a, b)
    return b > a and doc.s[a] in "在于" and doc.lex.posted_on_re.fullmatch(doc.s, a, b) is not None


def _nothing_after(doc: ChineseDoc, p: int, limit: int) -> bool:
    """Only closing punctuation between `p` and `limit` (…他说。)."""
    return not doc.s[p:limit].strip(" \t\u3000\xa0。！？!?，,；;…")


# 随即发表声明(强烈)否认, 则声明表示: a statement issued right before the cue is its channel.
# (the preposition a document is gone through or named in stays out of it: 透過新聞稿表示,
# 於新聞稿指 -> 新聞稿)
_ISSUED = re.compile(r"[^，,。；;“”「」]{0,4}?(?:发表|发布|发出|公布)?了?"
                     r"(?P<via>[^，,。；;“”「」发则也还又亦即并在于以过由]{0,4}?(?:声明|公告|新闻稿|公开信))"
                     r"(?:强烈|严正|郑重|正式|再次|明确|公开)?")


# 向與會者表示, 向亚洲足协及国际足联投诉, 致函特朗普: the one spoken or written to (对 is left
# out: 对此表示, 对该决定表示 name a topic far more often than a listener)
_SPOKEN_TO = frozenset({"向", "跟", "致函", "致信", "去信", "去函", "写信给"})
_AND = re.compile("以及|及|和|与|、")
_NOT_LISTENER = re.compile("一起|一同|共同|一道")
_VERB_XIANG = frozenset("一面走转方倾指流迈偏意动导趋取志风去投朝纵横单双反正逆定外内")
_OFTEN = ("多次", "再次", "一再", "屡次", "几度", "一度", "曾经", "曾")
_TRAILING_TAGS = frozenset({"a", "ad", "d", "v", "vn"})
_SENT_DOCUMENT = re.compile(r"(?:发出|发送|发了|寄出|送交|递交|提交|发)了?(?:一[份封则篇条])?"
                            r"(?P<doc>通知|信函|信件|公函|电邮|电子邮件|邮件|短讯|短信|讯息|信)$")
_DOCUMENTS = ("证明", "通知", "文件", "报告", "声明", "信", "函", "电邮", "邮件")


_WRITTEN_TO = frozenset({"致函", "致信", "去信", "去函", "写信给"})


def addressees(doc: ChineseDoc, a: int, b: int, written: bool = False) -> list[tuple[int, int]]:
    """The people or bodies spoken to in s[a:b] (ANNOTATION.md, Channels: the addressee of
    speech is a via), each of a coordination apart; none for a pronoun, the public at large
    (向外界表示) or a stretch that holds a verb (向法院申请…)."""
    s, lex = doc.s, doc.lex
    a, b = doc.trim(a, b)
    while b > a and s[b - 1] in " [(（【「“":
        b -= 1  # 向記者 [表示](https:…): a link's bracket in flattened markdown
    if s.startswith(("你", "您", "我", "他", "她"), a):
        return []  # 向你訴說, 向他表示: a pronoun addressed names no channel (zhD-hongxing-1 gold)
    if a > 0 and s[a - 1] == "向" and a > 1 and s[a - 2] in _VERB_XIANG:
        return []  # 一向被视作, 面向全国: 向 inside a word, no one is spoken to
    sent = _SENT_DOCUMENT.search(s, a, b)
    if sent is not None and sent.start() > a + 1:
        # 国资委向央企发出通知，要求…, 向教職員發信，指: the one addressed, then what was sent
        return [*addressees(doc, a, sent.start()), sent.span("doc")]
    if s[b:b + 1] in ("，", ",") and not written:
        # 在高處向一名內地生淋水，稱: the 向 of an act before, the cue after a comma (a letter's
        # words follow the comma: 四个参众议员致函特朗普，要求… (zhB-mingpao-3 gold: 特朗普))
        return []
    k = s.rfind("的", a, b)
    lead = a - 1
    while lead > max(0, a - 9) and s[lead - 1] not in "，,。；;：:！？!?\n“”「」":
        lead -= 1
    before_verb = k >= 0 and any(f == "v" for _, f in pos_tags(s[lead:a - 1]))
    tags = pos_tags(s[max(a, k + 1):b])
    while tags and (tags[-1][1] in _TRAILING_TAGS and (len(tags[-1][0]) > 1 or tags[-1][1] in ("a", "ad", "d")
                                                       or tags[-1][0] in "作做")
                    or tags[-1][0] in _OFTEN) and len(tags) > 1:
        b -= len(tags.pop()[0])  # 向何志平强烈建议, 向Francis多次问及: the one addressed only
    if k >= 0 and s.startswith("记者", b):
        # 向聚集在白宫门外的记者表示 (zhG-wsjcn-1 gold: 记者): the reporters, without the
        # relative clause describing them (a place or outlet right before 记者 stays: 香港记者)
        return [(k + 1, b + 2)] if b - k - 1 <= 6 and not any(
            f.startswith(("v", "p", "u")) for _, f in pos_tags(s[k + 1:b])) else []
    name = s[a:b]
    if (b - a < 2 or name in lex.generic_via or name in lex.public_addressees or name in lex.pronouns
            or _NOT_LISTENER.search(name) or any(ch in name for ch in "“”「」《》")):
        return []
    if k >= 0 and (s.endswith(_DOCUMENTS, a, b) or before_verb):
        # 向温县警方出具的证明显示: a document issued, not a listener; 曾从事过向中国出口废铜的
        # 华商: a verb just before 向 makes it part of a relative clause inside the source
        return []
    if not tags or any(f.startswith(("v", "p", "d", "u")) and f != "vn" for _, f in tags) \
            or tags[-1][1].startswith("r"):
        return []
    parts, p = [], a
    for m in _AND.finditer(s, a, b):
        parts.append((p, m.start()))
        p = m.end()
    parts.append((p, b))
    if len(parts) > 1 and k < 0 and all(y - x >= 2 for x, y in parts):
        return parts
    return [(a, b)]


# a place, region or side before 记者 describes the reporters (向香港記者, 对外国记者, 向中外记者)
_REPORTER_DESCRIPTORS = frozenset({"ns", "s", "f"})


def reporters_addressed(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """The channel of 向/对 + s[a:b] + 记者 (the 记者 right after b): the reporters as written when a
    place or side describes them (向香港記者表示 -> 香港記者, as 告诉外国记者 -> 外国记者), else
    the paper or programme they work for (向CBN记者透露 -> CBN, 对中国质量万里行记者说: THUCNews
    lines 86, 554, 832; ANNOTATION.md, Channels: the addressee of speech, 告诉法新社)."""
    tags = pos_tags(doc.s[a:b])
    if tags and all(f in _REPORTER_DESCRIPTORS for _, f in tags):
        return [(a, b + 2)]
    return addressees(doc, a, b)


_ONE_PIECE = re.compile("一[则份篇封条项]")  # 一则通告: a count before a document


def speech_event_via(doc: ChineseDoc, cand: Candidate, a: int, b: int) -> None:
    """郭先生在文贵大直播中透露: the programme, interview or post is the channel."""
    pub = _PUBLISHED_IN.match(doc.s, a, b)
    if pub:
        cand.via.append(pub.span("via"))  # 在《华盛顿邮报》发表署名文章指出
        return
    post = doc.lex.posted_on_re.fullmatch(doc.s, a, b)
    if post is not None:
        cand.via.append(post.span("via"))  # 张三发微博透露: the platform is the channel
        if post.group("post"):
            cand.via.append(post.span("post"))  # 在面子书发帖文表明: then the post on it
        return
    to = _ADDRESSEE.fullmatch(doc.s, a, b)
    if to is not None and doc.s.count("《", a, to.start("via")) > doc.s.count("》", a, to.start("via")):
        to = None  # 在《面对面》节目中: 对 inside a title is no addressee
    if to is not None:
        va, vb = to.span("via")
        vb = strip_gloss(doc.s, va, vb)
        if doc.s.startswith("《", va) and 0 <= doc.s.find("》", va, vb) < vb - 1:
            k = doc.s.find("》", va, vb) + 1
            if to.group("prep") in _WRITTEN_TO and doc.lex.outlet_person_re.search(doc.s, k, vb):
                # 致函《环球时报》总编辑胡锡进 (zhH-zaobao-1 gold): the letter went to the
                # person, named with the paper's title before the role
                cand.via.append((va, vb))
                return
            vb = k  # 致函《華爾街日報》並警告: the title only
        if doc.is_outlet(va, vb) and doc.s[va:vb] not in doc.lex.generic_via:
            cand.via.append(doc.outlet_name(va, vb))
        elif to.group("prep") in _SPOKEN_TO:
            listeners = addressees(doc, va, vb, written=to.group("prep") in _WRITTEN_TO)
            if listeners == [(va, vb)] and doc.s.startswith("记者", vb):
                listeners = reporters_addressed(doc, va, vb)
            if listeners and doc.s.find("在", a, to.start("prep")) >= 0:
                # 林鄭最後在信中向Ottersen表示: the letter, then the one it went to
                speech_event_via(doc, cand, a, to.start("prep"))
            cand.via.extend(v for v in listeners if v not in cand.via)
        return
    b = strip_adverbs(doc.s, a, b, doc.lex)  # 在声明中强烈否认: adverbs before the cue
    issued = _ISSUED.fullmatch(doc.s, a, b)
    if issued is not None:
        cand.via.append(issued.span("via"))  # 阿里巴巴随即发表声明强烈否认: the statement
        return
    if b > a and doc.s[b - 1] in "，,":
        b = strip_adverbs(doc.s, a, b - 1, doc.lex)  # 在…刊登的专访中，仍敦促: the comma too
    m = _EVENT_VIA.fullmatch(doc.s, a, b)
    if not m:
        return
    va, vb = m.span("via")
    sent = _SENT_TO.search(doc.s, va, vb)
    if sent is not None and doc.is_outlet(*sent.span("to")):
        cand.via.append(doc.outlet_name(*sent.span("to")))
        va = sent.end()  # 在发给路透社的声明中: 路透社, then 声明
    if doc.s.startswith("接受", va):
        return  # 在接受CNN采访时: the interview pass names the interviewer
    ran = _RAN_IN.fullmatch(doc.s, va, vb)
    if ran is not None:
        # 在日本经济新闻与日经亚洲十三日刊登的专访中: the outlets that ran the interview
        parts = [(ran.start("pubs") + m.start(), ran.start("pubs") + m.end())
                 for m in _PUB_PART.finditer(ran.group("pubs"))]
        if parts and any(doc.is_outlet(a, b) for a, b in parts):
            cand.via.extend(parts)
            return
    k = doc.s.rfind("的", va, vb)
    if k >= 0 and (doc.s[va:k] in doc.lex.pronouns or vb - k - 1 >= 3):
        # 在他的节目中, 在刚刚结束的文贵大直播中: the named channel; a short head keeps
        # what identifies it (在一封给家人的信中, 在特朗普发的推文中)
        where = doc.s[va:k]
        va = k + 1
        counted = _ONE_PIECE.match(doc.s, va, vb)
        if counted is not None and (where in doc.lex.platform_names or where.endswith(doc.lex.own_channels)
                                    or where.endswith(("官网", "网站", "网页", "专页"))):
            # 在脸书官网的一则通告中表示 (zhA-bbc-2 gold): the site, then the notice
            cand.via.append((k - len(where), k))
            va = counted.end()
    for verb in doc.lex.attending:  # 在出席达沃斯论坛时表示: the forum
        if doc.s.startswith(verb, va) and vb - va > len(verb) + 1:
            va += len(verb)
            break
    held = _HELD.search(doc.s, va, vb)
    if held is not None and held.end() < vb - 1:
        va = held.end()  # 在会所召开新闻发布会称: the press conference, not the hall
    head = doc.s[va:vb]
    for action in doc.lex.venue_actions:
        # 在国会作证时说, 在联合国大会上发言时说: the body or assembly spoken before
        if head.endswith(action) and len(head) > len(action) + 1:
            place = head[:-len(action)]
            place = place[:-1] if place.endswith(("上", "中")) else place
            if place.endswith(doc.lex.speech_places):
                cand.via.append((va, va + len(place)))
                return
    published = _PUBLISHED_ON.fullmatch(head)
    if published is not None and published.group("where").endswith(doc.lex.channel_nouns):
        # 在官网发表声明，指…: the website, then the statement
        cand.via.append((va + published.start("where"), va + published.end("where")))
        cand.via.append((va + published.start("what"), va + published.end("what")))
        return
    placed = _published_on(doc, va + published.start("where"), va + published.end("where"),
                           va + published.start("what"), va + published.end("what")) if published else []
    if placed:
        cand.via.extend(placed)
        return
    core = head[:-2] if head.endswith("现场") else head  # 在招待会现场表示
    if core.endswith(doc.lex.channel_nouns):
        k = max(doc.s.rfind("在", va, vb), doc.s.rfind("于", va, vb))
        if k > va:
            va = k + 1  # 在香港时间周日傍晚在网页报道: the second 在 opens the channel
        cand.via.append((va, vb))


def _published_on(doc: ChineseDoc, wa: int, wb: int, qa: int, qb: int) -> list[tuple[int, int]]:
    """在今日頭條平台發佈一則文章稱 (zhM-dahe-1 gold: 今日頭條平台, 文章), 在Facebook上載片段，指,
    在第5屆特區政府就職禮上發表重要講話中提到 (zhM-aamacau-1 gold: the ceremony only): the place
    [wa, wb) something [qa, qb) was published or spoken at. A medium (doc.is_medium) is the outer
    channel and the piece published on it, when it is a channel noun, the inner one (ANNOTATION.md,
    Channels: outer channel first); a ceremony is the venue, the speech made there no second
    channel; any other place (a day, a city) is no channel, the piece alone is, and no piece
    (新闻发布会 holds 发布) leaves the head to be read whole."""
    s = doc.s
    counted = _ONE_PIECE.match(s, qa, qb)
    if counted is not None:
        qa = counted.end()  # 一則文章: the article (as 发布了一份声明 gives 声明)
    piece = [(qa, qb)] if s.endswith(doc.lex.channel_nouns, qa, qb) else []
    if doc.is_medium(wa, wb):
        return [doc.outlet_name(wa, wb) if doc.is_outlet(wa, wb) else (wa, wb), *piece]
    if s.endswith(doc.lex.ceremonies, wa, wb):
        return [(wa, wb)]
    return piece


# “……”X告诉中央社，“……” / “……”X告诉路透社。: the one told, up to the next quotation or the
# sentence's end
_TOLD_AFTER_QUOTE = re.compile(r"[^，,。：:“”「」\n]{1,15}(?=[，,：:。！？!?]|$)")
# 告诉美国广播公司新闻网(ABC News)：: the name, a gloss in brackets after it, the colon
_TOLD = re.compile(r"([^，,。：:“\n（(]{1,15}?)(?:[（(][^）)，,。\n]{1,40}[）)])?(?:说|称|表示)?[，,：:]")
# 日本放送协会(NHK): a gloss in brackets after a name
_GLOSS = re.compile(r"\s*[（(][^（()）]{1,40}[）)]$")


def strip_gloss(s: str, a: int, b: int) -> int:
    """The end of the name in s[a:b] without a bracketed gloss (向日本放送协会(NHK)透露)."""
    m = _GLOSS.search(s, a, b)
    return m.start() if m is not None and m.start() > a + 1 else b


_CLAUSE_MARK = re.compile(r"[不没别]|未[曾有能经必]|(?:之|以)?[后前]$|时$|[0-9０-９一二三四五六七八九十]+[月日号]")


_TOLD_SELF = ("他", "她", "您", "你", "我", "自己", "它")


def _told_nobody(doc: ChineseDoc, name: str) -> bool:
    """告诉他, 告诉您, 告诉自己, 告诉大家(哦): a pronoun or the public at large is told, no channel
    (hkcnews and THUCNews breadth, benchmarks/data/zhvia14/classes.md; addressees() drops the
    same for 向…表示)."""
    return name.startswith(_TOLD_SELF) or name in doc.lex.public_addressees \
        or name.startswith(("大家", "全世界", "世人"))


def _told_clause(doc: ChineseDoc, a: int, b: int) -> bool:
    """告诉他相关专家没有上班: what runs up to the comma is the pronoun told and what he was
    told (a clause with a verb), not a channel's name (zh-news zhD-hongxing-1 gold: no via)."""
    name = doc.s[a:b].strip(" “”「」『』\"")
    if doc.is_outlet(a, b) or any(ch in doc.s[a:b] for ch in "“”「」『』\""):
        return False  # 告訴」間諜說」: a name in marks (SpyTalk), whatever its words
    if name.startswith(tuple(doc.lex.personal_pronouns) + ("我", "你", "其", "有")) and len(name) > 2:
        return True  # 告诉他并不打算…, 告诉其预约销售人员之后, 告知有重要的事
    if _CLAUSE_MARK.search(name):
        return True  # 告诉圆圆不要害怕, 告诉完云凌事情的缘由后, 告知租至9月19日
    # 告诉设计师选择什么品牌的烤箱: a subject noun, then its verb (告诉即将赴美的留学生 is a
    # relative clause on the one told; jieba misreads short names such as 张合义 as verbs, so a
    # short stretch is taken as the name it usually is)
    tags = pos_tags(name)
    return len(name) >= 5 and tags[0][1].startswith(("n", "r")) \
        and any(f.startswith("v") and f != "vn" for _, f in tags[1:])


def _tell_via(doc: ChineseDoc, cand: Candidate, p: int, limit: int) -> None:
    """告诉法新社(说)，…: the addressee is the channel."""
    m = _TOLD.match(doc.s, p, limit)
    if not m:
        return
    a, b = m.span(1)
    name = doc.s[a:b].strip()
    if name and name not in doc.lex.generic_via and not _told_clause(doc, a, b):
        if not _told_nobody(doc, name):
            cand.via.append((a, b))  # the one told (告诉他/大家: still cut from the words)
        c = cand.content[0]
        if c[0] < m.end() < c[1] and cand.kind != "direct":
            a2, b2 = doc.trim(m.end(), c[1])
            q = doc.qi.starting_at(a2)
            if q is not None and q.close >= b2 - 1:
                cand.content, cand.kind = doc.quote_parts(q), "direct"  # 告诉记者：「…」
            else:
                cand.content = [(a2, b2)]


def _conjoined_noun(doc: ChineseDoc, c0: int, c1: int) -> bool:
    """The cue closes a coordination (cues.json conjoined): 和/与/及/或 right before it, not 以及
    (a clause: …，以及认为…), and nothing of its own after it (宝贵意见和建议，, 骂名和指责，: THUCNews
    th836, th32), so it is a noun beside another, no statement (ANNOTATION.md: an attribution
    is a statement attributed to a source; the enumeration with 、 is the same case)."""
    s = doc.s
    if c0 < 2 or s[c0 - 1] not in doc.lex.conjunctions or s[c0 - 2] == "以" or not is_han(s[c0 - 2]):
        return False
    return c1 >= len(s) or s.startswith(doc.lex.conjoined_after, c1)


def _self_styled(doc: ChineseDoc, lb: int, c0: int, c1: int, limit: int) -> bool:
    """自称 as 'self-styled' (cues.json self_styled): no subject of its own before it (the clause
    start, or only a count or demonstrative: 一名, 那个, 19%) and a 的 before its clause ends, so
    it opens a relative clause on a noun (一名自称中国特工的男子王立强, 自稱普通市民的鄭國泉), not a
    claim (ANNOTATION.md: an attribution is a statement attributed to a source; zhP-sbs-1's gold
    row for it is optional). 他自称是该公司的员工 keeps its subject and stays a claim."""
    s = doc.s
    before = s[lb:c0].strip(" \t\u3000")
    if before and not before.endswith(doc.lex.self_styled_before):
        return False
    end = _CLAUSE_END.search(s, c1, limit)
    return "的" in s[c1:end.start() if end else limit]


def _advice_label(doc: ChineseDoc, ss: int, c0: int, c1: int) -> bool:
    """要求/建议/提醒 + colon as a heading of the page (cues.json labels advice_cues): after a
    job-ad, styling or editor's heading word (工作要求：, 搭配建议：, 编辑建议：: THUCNews th246, th723,
    th536) or after a label modifier that opens the clause (温馨提醒：). The page's own terms or
    advice, the author's narration (ANNOTATION.md); 福克斯咨询专家特别提醒： (th719) has a speaker."""
    s = doc.s
    if not s.startswith(("：", ":"), c1):
        return False
    if s.endswith(doc.lex.advice_label_heads, max(ss, c0 - 4), c0):
        return True
    start = _clause_start(s, ss, c0)
    return any(s.endswith(m, start, c0) and not s[start:c0 - len(m)].strip(SPACES)
               for m in doc.lex.label_modifiers)


def _characteristic(doc: ChineseDoc, ss: int, c0: int, c1: int, cue: Cue) -> bool:
    """强调/注重/侧重 after a degree adverb, its object glued to it (cues.json characteristic):
    留学职业规划更强调国际就业思维, 他比较强调以学生为中心 (THUCNews th108, th787) grade what a
    programme or an approach puts weight on; a degree adverb grades a quality, never an
    utterance, so no statement is reported (ANNOTATION.md). With a comma, colon or quotation
    after the cue (他更强调，…) the words follow and the cue stays."""
    s = doc.s
    if cue.word not in doc.lex.characteristic_cues or c1 >= len(s) \
            or s.startswith(doc.lex.characteristic_speech_after, c1):
        return False
    return s.endswith(doc.lex.characteristic_degree, max(ss, c0 - 3), c0)


def _noun_after(doc: ChineseDoc, cue: Cue, c1: int) -> bool:
    """The words right after the cue ending at `c1` make it a noun (cues.json `noun_after`): a
    particle that joins a noun to what follows (之, 而), a predicate of the cue word as subject
    (投訴激增, 指控做出回应, 传言纯属…) or a noun head it modifies (辟謠平臺, 披露渠道)."""
    s, lex = doc.s, doc.lex
    if s.startswith("了", c1):
        return False  # 要求了…: the aspect marker makes it the verb
    return lex.noun_after_particle_re.match(s, c1) is not None \
        or cue.word in lex.noun_after_cues and s.startswith(lex.noun_after_predicates, c1) \
        or cue.word in lex.noun_head_cues and s.startswith(lex.noun_heads, c1)


def _governed_cue(doc: ChineseDoc, src: tuple[int, int], c0: int) -> bool:
    """The source span, in the cue's own clause, ends in a word that governs what follows it, so
    the cue is embedded (brief zhprec29): a future or volitional auxiliary (警方会积极澄清,
    州选委会将会…宣布), an adverb the source cut kept (这些假账号主要…主张, 这恰恰
    清楚表明了, 應由記者自行判斷), a passive or dative coverb (阿米鲁丁被要求…, 甚至给批评中国的
    帖子点赞), 去 of purpose (逼迫他們去解釋) or a conjunction joining the cue to a noun (态度和要求,
    报考学生条件及要求). Nothing is said by the source. A conjunction after a cue word
    joins two verbs (媒体一遍遍呼吁和提醒…, 教育局公開譴責及要求…: hkcnews, THUCNews) and stays,
    as does a source separated from the cue by a comma (its clause's subject is elided) and 去到
    'until' (鹿逢國去到今時今日才向政府要求)."""
    s = doc.s
    a, b = src
    if any(ch in CLAUSE_PUNCT for ch in s[b:c0]):
        return False
    end = next((w for w in _GOVERNING_ENDS if s.endswith(w, a, b) and b - a > len(w)), None)
    if end is None or end == "去" and s.startswith("到", b) or end == "被" and b == c0 \
            or s[b - len(end) - 1] in _GOVERNING_END_WORDS.get(end, ""):
        return False  # (在被问道…: 被 glued to the cue is its passive, the question is asked)
    return not (end in _CONJUNCTIONS_AFTER_VERB and s.endswith(doc.lex.cue_words, a, b - len(end)))


def _adverbial_frame(doc: ChineseDoc, ss: int, c0: int, c1: int) -> bool:
    """在 + agent + cue + 下， (cues.json adverbial_frame): 'under X's questioning' (在控方追問下，
    吳又改口…, hkcnews article_39634), an adverbial of the clause after it. The cue names the
    circumstance of someone else's act and has no words of its own (ANNOTATION.md: an attribution
    is a statement attributed to a source). 在 must stand in the cue's own clause."""
    s = doc.s
    if not s.startswith(doc.lex.frame_closes, c1):
        return False
    start = _clause_start(s, max(ss, c0 - 24), c0)
    return any(s.find(o, start, c0) >= 0 for o in doc.lex.frame_opens)


def drop_relative_clause_cues(doc: ChineseDoc, cands: list[Candidate]) -> list[Candidate]:
    """早前宣布不竞逐连任的社福界议员狄志远表示…: a cue whose object runs, without a comma,
    through 的 into the source of a later cue is a relative clause modifying that speaker
    (the one who announced …), not a statement of its own; the later cue carries the words."""
    s = doc.s
    out = []
    for a in cands:
        drop = False
        if a.content and a.direct_follow and a.quote is None and a.kind == "indirect":
            end = a.cue[-1][1]
            for b in cands:
                if b is a or b.src is None or b.cue_start <= end:
                    continue
                span = s[end:b.cue_start]
                de = span.rfind("的")
                if de >= 0 and not any(ch in span for ch in "，,。；;：:！？!?\n“”「」") \
                        and b.src[0] >= end + de + 1:
                    drop = True
                break
        if not drop:
            out.append(a)
    return out
