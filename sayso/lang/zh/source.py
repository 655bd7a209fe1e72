"""Cutting the source noun phrase out of the clause that stands before a cue.

Chinese reporting clauses are `[adverbials][SOURCE][adverbials][CUE]`: the source is the noun
phrase with its titles and roles (土耳其外长卡乌索格鲁（Cavusoglu）), preceded by time or place
adverbials and relative clauses ending in 的 (正在基辅访问的…), and followed by adverbs or a
prepositional phrase (…在谈到周四的会谈时说, …还表示). We cut from both ends with word lists
(`sayso/lang/zh/source.json`) instead of tagging parts of speech, which keeps the analysis local
and fast; the idea follows the pattern-based speaker identification of Pareti (2015) and of the
Chinese quotation extractors of Zhang & Liu (2016), adapted to a segmenter-free setting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...text import quiet_jieba
from .lexicon import Lexicon
from .names import find_names, word_tag
from .names import lexicon as name_lexicon

_TIME_LEAD = re.compile(
    r"^(?:\d{4}年(?:至\d{4}年)?)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:当地时间)?"
    r"(?:周[一二三四五六日末]|星期[一二三四五六日天])?(?:上午|下午|晚间|晚上|早上|凌晨|中午)?"
)
_PP_END = re.compile(r"[在于当][^，,。；;：:]{1,30}(?:时|中|上|期间|之际|以后|之后|后)")
_PP_START = re.compile("[在于当]")  # where a prepositional phrase can begin
# 三立电视以「独!柯与朱通电…」为标题，指称…: a title, name or reason given with 以…为 frames the
# speech act after the subject; the subject ends where the phrase opens (zhI-taisounds-1 gold:
# 三立電視 + 指稱). The quoted title may hold any punctuation.
FRAMED_AS = re.compile(r"以[“「『《\"][^”」』》\"\n]{1,80}[”」』》\"](?:为(?:标题|题|主题|题目|名|由|借口))")
# X就…一事表示, X向访华的大马官员表示: a topic or addressee phrase after the subject
_TOPIC_PP = re.compile("就|针对|对于|关于|向")
_EXPERIENCED = re.compile(r"(?:受到|遭到|遭受|招致)(?P<src>[^，,。；;：:的]{2,16})的"
                          r"(?:广泛|强烈|严厉|普遍|一致|猛烈|多方|不少)?$")
# a verb of receiving word (接获消息指出, 收到通知称): its object is the source, not its subject
_RECEIVED = re.compile("(?:接获|接到|收到|获得|得到)了?")
_RECEIVED_AT_END = re.compile(_RECEIVED.pattern + "$")
_MESSAGE_HEADS = ("消息", "通知", "信息", "讯息", "情报", "线报", "举报", "投报", "通报", "报案", "投诉",
                  "爆料", "报料")
# a clause opening with 流传 (網上流傳消息指): the verb is existential, its object speaks
_CIRCULATING = re.compile(r"\s*(?:网上|网络上|网络|网路上|网路|坊间|社交媒体上|社群媒体上)?流传(?:着|了)?")
_HEARSAY = re.compile(r"(?<=[他她我们])(?:也|还|曾)?听(?:到|见)?(?P<src>[^，,。；;：:的]{1,6})$")
# 被白宫, 遭到环保团体: the agent of a passive, at the end of the clause before the cue
_PASSIVE_AGENT = re.compile(r"(?:被|遭到|遭受|遭|受到)(?P<src>[^，,。；;：:“”「」的被遭]{2,16})$")
# verbs of perception whose object is the one who speaks (我注意到很多与会嘉宾表示, 我们看到美方表示)
_NOT_PERCEIVED_SPEAKER = ("与", "和", "跟", "同", "对", "向", "把", "被", "了", "过")
_CLAUSE_END = frozenset("，,。；;：:！？!?\n")
_PERCEIVED = re.compile("(?:注意到|留意到|看到|见到|听到|察觉到|意识到)")
_NEGATED_CUE = re.compile("(?:并|也|还|从)?(?:没有|没|并未|未曾|未)(?:说|表示|指出|提到|透露|声称|称)")
_CHAINING = ("并", "又", "还", "随即", "随后", "继而", "接着", "进而")
_TOPIC_NOUNS = ("事件", "一事", "事宜", "问题", "报道", "报导", "指控", "言论", "说法", "决定", "案")
_STATED = re.compile("(?:则|也|还|又|亦|即|随即|旋即|随后|再次|同时|并)(?:发表|发布|发出)?(?:了|一份)?(?:声明|公告)$")
# 台媒《上报》30日发表一篇题为《…》的社评提到, 博鳌亚洲论坛发布《…年度报告》指出, ，发布声明指责: the
# subject issued a document that carries the words; the document is the channel, its issuer
# the source (zh-news half A gold: zhA-rfa-1 台媒《上报》 via 社评, zhA-mfa-3 博鳌亚洲论坛 via
# 《…报告》, zhA-nyt-1 中国大使馆 via 声明). A 的 right after the verb (国家统计局昨日发布的数据)
# makes a relative clause instead, and the whole phrase stays the source.
_ISSUED = re.compile(r"(?:发表|发布|发出|公布|刊出|刊登|刊发)了?(?:一[篇份则封项])?"
                     r"(?:(?:题为|名为)?《[^《》]{1,40}》的)?"
                     r"(?:声明|社评|社论|评论文章|评论|文章|报告|公告|新闻稿|贴文|帖文|推文|公开信|"
                     r"《[^《》]{1,40}(?:报告|白皮书|声明|公告)》)中?$")
# 台湾国防部近期公布的共机扰台的资料(显示): a document whose relative clause names its issuer
# (issuer, a time, a verb of issuing, 的) is the source whole, as the zh-news gold marks it
# (zhA-rfa-1: 台湾国防部近期公布的共机扰台的资料, speaker 台湾国防部); the entity is the issuer's
# (entities.document_owner). 他在直播前得到的情报 names a receiver, not an issuer, and is cut.
ISSUED_BY = re.compile("(?:公布|发布|发表|撰写|公开|出具|提交)的")
# 题目为"冒着惹怒北京的风险" (riskiert den Zorn Pekings)的文章, 一篇题为“…”的文章: a document
# named by its title. 题为 names the piece, no relative clause about someone: the phrase is the
# source whole (zhB-dw-1 gold), not the bare head after 的 nor the title before it. (An issuer
# before it, 台媒《上报》发表一篇题为《…》的社评, is read by _ISSUED first.)
TITLED_DOCUMENT = re.compile(r"\s*(?:[一这该此][篇份则封项部])?(?:题为|题目为|标题为|题目是|名为)\s*"
                             r"[“「『《\"][^”」』》\"\n]{1,80}[”」』》\"]\s*(?:[（(][^（()）\n]{0,80}[）)])?\s*的")
# 对外媒的转会传闻进行(辟谣), 对美方的指责进行了(驳斥), 就此事作出(回应): a light verb before the
# cue takes the act as its object, and the phrase with 对/就/针对 before it is what the act is
# about; the subject stands before that phrase
LIGHT_VERBS = ("进行", "作出", "做出", "予以", "加以")
_LIGHT_VERB = re.compile("(?:" + "|".join(LIGHT_VERBS) + ")了?$")
OBJECT_PP = re.compile("对于|对|针对|就")
# 对待, 对比, 对手, 就是, 就要: the character after makes 对 or 就 part of a word or an adverb
NOT_OBJECT_PP_AFTER = frozenset("待比手象方话应面抗立照称是要会在能可")
# 成就, 早就, 方向, 面向: the character before makes it part of a word, no preposition
_TOPIC_NOT_AFTER = {"就": frozenset("成早也这那"), "向": frozenset("方导意志动取偏转面倾")}
# 11 月 7 日, 2025 年 5 月: a date with spaces between its parts (web copies of Hong Kong and
# Taiwanese news), which the word segmenter does not tag as a time word.
_SPACED_DATE_TAIL = re.compile(r"\s*(?:\d{2,4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s+[日号]\s*$"
                               r"|\s*(?:\d{2,4}\s*年\s*)?\d{1,2}\s+月\s*(?:\d{1,2}\s*[日号])?\s*$")
_TIME_TAIL = re.compile(r"(?:\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?$")
_ZONG_ORGS = frozenset("足工商侨妇农教")
_PRONOUNS = ("他们", "她们", "它们", "他", "她", "它")
_SENTENCE_PUNCT = re.compile("[。！？；\n]")
_NOT_NP = re.compile(r"是|了|着|^[有将会要把被让使]$")
_DATELINE = re.compile(
    r"[^，,。；;\s]{0,24}?\d{1,2}日(?:电|讯)\s*(?:[（(][^）)]{0,24}[）)])?\s*"
)
_JUNK = " \t\u3000\xa0*`#>-—_~|"
# A clause opening with the disposal 把/将 (把文件交给…, 将示威品丢向…) is a verb phrase;
# 将军, 将领 are nouns.
DISPOSAL_OPENING = re.compile("把|将(?![军领士官帅近要会])")
# 《山南网》2017年的一篇, 《纽约时报》周日的一篇: an outlet's piece named by date and count.
_DATED_PIECE = re.compile(r"(?P<title>《[^》]{1,20}》)(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?"
                          r"(?:周[一二三四五六日]|今天|昨天|日前|早前|此前)?的?(?:一|这|该|另一)?[篇份则]")
# a full date opening a clause (去年12月, 2009年12月5日, 3月17日); not 2月份, 2008年度
_OPENING_DATE = re.compile(r"(?:(?:去年|今年|明年|前年|\d{2,4}年)\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}月\d{1,2}[日号])"
                           r"(?![份度季])")
# 今(23)日, 昨（5）日: Taiwanese style day of the month after the subject, no part of it
_PAREN_DAY = re.compile(r"[今昨前明本]\s*[（(]\d{1,2}[）)]\s*[日号]")
_PARENTHESES = re.compile(r"[（(][^（()）]*[）)]")  # glosses do not count against a name's length
_OPEN_PAREN = "（("
_CLOSE_PAREN = "）)"


_AFTER_WORDS = frozenset({"后", "之后", "以后"})
# what opens a subject right after a time clause: a pronoun or determiner (对方, 该机构, 他)
_SUBJECT_OPENERS = ("对方", "该", "本", "这", "他", "她", "我", "其")


def after_time_clause(folded: str, a: int, b: int, lex: Lexicon) -> int | None:
    """Where the subject starts in folded[a:b] when a time clause ending in 后 is glued before
    it with no comma (放映结束后姜帝圭导演表示, 与厂家交涉后对方称, 本月初中美經貿磋商後中方發表聲明指,
    聯絡後該機構否認: THUCNews th779, th493, hkcnews article_12876, article_23474): the clause
    dates the statement, its subject speaks (ANNOTATION.md: the source is who makes the
    statement). Only a 后 that jieba reads as a word of its own (not 后卫, 幕后, 赛后 trimmed
    elsewhere), with an event of two characters or more before it and, after it, a recognised
    name, a pronoun or determiner, a side (中方, 校方) or a noun phrase headed by a speaker."""
    seg = folded[a:b]
    if b - a < 5 or "后" not in seg[2:-2]:
        return None
    tags = pos_tags(seg)
    at = 0
    cut = None
    for word, flag in tags[:-1]:
        at += len(word)
        if word in _AFTER_WORDS and flag == "f" and at - len(word) >= 2:
            cut = at
    if cut is None or b - (a + cut) < 2:
        return None
    rest = seg[cut:]
    if _name_starts_at(folded, a + cut, b) or rest.startswith(_SUBJECT_OPENERS) \
            or _name_ends_at(folded, a + cut, b) and _noun_phrase(rest) \
            or len(rest) <= 3 and rest.endswith("方") \
            or rest.endswith(lex.role_suffixes + lex.acting_subject_heads + lex.group_heads) \
            and not _NOT_NP.search(rest):
        return a + cut
    return None


def _after_comma(folded: str, a: int) -> bool:
    """A comma stands right before `a` (spaces and markup aside): the clause continues a
    sentence, whose subject may stand in the clause before."""
    j = a - 1
    while j >= 0 and folded[j] in _JUNK:
        j -= 1
    return j >= 0 and folded[j] in "，,"


_SENTENCE_ENDS = "。！？!?\n"
_RELAYING_CUES = ("报道", "报导")


def _inside_statement(folded: str, a: int, lex: Lexicon) -> bool:
    """A cue (not a news report's 报道, which relays whole sentences) stands earlier in the
    sentence before `a`: a topic clause there is part of that statement (耿爽回應稱，有關國家的
    致函枉顧事實真相，對中國無端指責…, hkcnews article_21995: the letter accuses, not 耿爽; 耿爽，
    就…表示，對…表示強烈憤慨: one statement), and its cue keeps the reading it had."""
    start = a
    while start > 0 and folded[start - 1] not in _SENTENCE_ENDS and a - start < 200:
        start -= 1
    return any(cue.word not in _RELAYING_CUES for _, _, cue in lex.find_cues(folded[start:a]))


def topic_opening(clause: str, lex: Lexicon) -> bool:
    """`clause` (what stands between a comma and the cue) opens with a one-character topic
    preposition and its object (中國外交部發言人耿爽，就美國國會眾議院通過《…》表示, hkcnews
    article_24216; 蓬佩奧與楊潔篪通電話，就中國外交部發言人之前有關「美軍播毒」的言論表示,
    article_27926): the object is what the statement is about, no speaker (ANNOTATION.md: the
    source is who makes the statement); the subject is elided, in the clause before. Not an
    adverb or another word by jieba (就连, 就有人, 对方: source.json topic_openers). A 的 makes
    the clause a noun phrase whose head speaks (对周边约2万名兰州市民进行的血清检测结果显示,
    zhD-hongxing-1) unless that head is a topic noun (…的言論). The caller asks for a comma
    before the clause: one opening the sentence (就部分媒體稱…，青瓦台澄清) holds a report of
    its own."""
    if len(clause) < 4 or clause[0] not in lex.topic_openers \
            or clause.startswith(lex.topic_openers[clause[0]], 1):
        return False
    if "的" in clause and not clause.endswith(_TOPIC_NOUNS):
        return False
    return pos_tags(clause[:6])[0][0] == clause[0]


# a head of letters and digits only (no dash, mark or bracket: …是得到肯定的——上述知情人士 is
# two clauses), and the time nouns that make 的 a time clause (上学的时候老师: 老师 alone)
_WORDS_ONLY = re.compile(r"[\w]+")
_TIME_NOUNS = ("时候", "时", "期间", "之后", "之前", "以后", "以前")


def unnamed_person_head(head: str, lex: Lexicon) -> bool:
    """`head` (what follows a relative clause's 的) is a kind of person and no one by name
    (中國遊客, 國土官員, 基金公司固定收益副总监 is not listed; source.json
    described_person_heads): the relative clause before it is the description of an unnamed
    source and stays in the span, as the zh-news gold keeps 到濟州旅遊的中國遊客 and
    駐守在服務臺的保安 (ANNOTATION.md: the source is the text span naming the source). A head
    holding a name (中國遊客沈女士, 日本首相菅义伟) is the named person; the clause goes."""
    return 2 <= len(head) <= 12 and _WORDS_ONLY.fullmatch(head) is not None \
        and not head.startswith(_TIME_NOUNS) \
        and (head.endswith(lex.described_person_heads) or head.endswith(tuple(lex.description_heads))) \
        and not find_names(head + "说")


@lru_cache(maxsize=4)
def person_heads(lex: Lexicon) -> tuple[str, ...]:
    """Nouns of two or more characters that head a phrase naming a person (source.json
    described_person_heads and description_heads, the role suffixes): where a counted person
    (一位…朋友) ends."""
    words = (*lex.described_person_heads, *lex.description_heads, *lex.role_suffixes)
    return tuple(sorted({w for w in words if len(w) >= 2}))


def _strip_parenthetical_end(clause: str) -> int:
    """Index where a trailing parenthesised part begins (卡乌索格鲁（Cavusoglu）), else len."""
    if clause and clause[-1] in _CLOSE_PAREN:
        k = max(clause.rfind("（"), clause.rfind("("))
        if k > 0:
            return k
    return len(clause)


def cut_source(folded: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The (start, end) of the source noun phrase within folded[start:end], or None.

    `start` is the clause boundary, `end` the start of the cue.
    """
    a, b = start, end
    clause = folded[a:b].strip(_JUNK)
    if clause.startswith(lex.adverbial_openers) and clause.endswith(lex.adverbial_ends):
        return None  # 就日本记者关于…的提问时表示: an adverbial clause, the subject is elided
    if clause.startswith(_ADDRESSEE) and not _name_starts_at(folded, folded.find(clause, a), b):
        return None  # ，向在場的記者重申…: the addressee, the subject is elided (not 記者)
    if clause[:1] in lex.topic_openers and _after_comma(folded, a) and topic_opening(clause, lex) \
            and not _inside_statement(folded, a, lex):
        return None  # 耿爽，就美国国会众议院通过该法案表示: the topic, the subject is elided
    if lex.adverbs_only_re.fullmatch(clause) or DISPOSAL_OPENING.match(clause):
        return None  # ，立即再次确认了… / ，将示威品丢向梁，痛斥…: no subject in the clause
    # 0. a dateline opening the clause (人民网北京2015年11月18日电(记者…)11月17日) is no subject,
    # and a clause that is only a dateline and a date names no speaker.
    lead = a
    while lead < b and folded[lead] in _JUNK:
        lead += 1
    dated = _DATELINE.match(folded, lead, b)
    if dated is not None and dated.end() > lead:
        when = _TIME_LEAD.match(folded, dated.end(), b)
        if not folded[when.end() if when else dated.end():b].strip(_JUNK + "，,"):
            return None
        a = dated.end()
    # 0b. 昨(6)日更有週刊(爆料), 現在有美國官員(透露): 有 after a time word or adverb is
    # existential; the source opens at it, as a clause-initial 有记者 does.
    existential = existential_opening(folded, a, b, lex)
    if existential is not None:
        a = existential
    # 1. adverbs and particles right before the cue (他还表示, 乌克兰周三驳斥了).
    b = strip_adverbs(folded, a, b, lex)
    if b <= a:
        return None
    # 1a'. 王先生跟记者(说), 我会跟你(说): the addressee of 跟 right before the cue is a channel
    # (ANNOTATION.md: the addressee of speech is a via), no part of the source.
    b = without_addressee(folded, a, b, end, lex)
    if b <= a:
        return None
    # 1a. 中超球队对外媒的转会传闻进行(辟谣): the light verb and the phrase of its object go.
    light = _LIGHT_VERB.search(folded, a + 1, b)
    if light is not None:
        b = strip_adverbs(folded, a, light.start(), lex)
        about = next((m for m in OBJECT_PP.finditer(folded, a + 1, b)
                      if folded[m.start() - 1] not in lex.post_subject_not_after.get(m.group(), ())
                      and folded[m.end():m.end() + 1] not in NOT_OBJECT_PP_AFTER
                      and not inside_marks(folded[a:b], m.start() - a)), None)
        if about is not None:
            b = strip_adverbs(folded, a, about.start(), lex)
        if b <= a:
            return None
    # 1b. 阿里巴巴则声明表示: a statement after an adverb is the channel, not the subject.
    stated = _STATED.search(folded, a + 1, b)
    if stated is not None:
        b = stated.start()
    # 1c. 台媒《上报》30日发表一篇…的社评提到: the issuer of the document is the subject; a clause
    # that is only the issuing (，发布声明指责) has its subject elided.
    issued = _ISSUED.search(folded, a, b) if ("发" in clause or "布" in clause or "刊" in clause) else None
    if issued is not None:
        if not folded[a:issued.start()].strip(_JUNK + "，,"):
            return None
        b = strip_adverbs(folded, a, issued.start(), lex)
    # 2. a prepositional phrase before the cue (佩斯科夫在谈到周四的会谈时说) ends the subject.
    for m in _PP_START.finditer(folded, a + 1, b):
        if folded[m.start() - 1] in lex.post_subject_not_after.get(m.group(), ()):
            continue  # 终于在会上: 于 ends a word here, the phrase opens at 在
        if m.group() in name_lexicon().ambiguous_surnames and titled_surname_name(folded[a:b], m.start() - a):
            continue  # 教授于丹在节目中(说): 于 is the surname
        if _PP_END.fullmatch(folded, m.start(), b):
            b = strip_adverbs(folded, a, m.start(), lex)  # 胡锡进也在推特上指: strip 也 too
            break
    # 2'. 安倍在其後的記者會(表示), 他在《明報》的專欄(寫道): a 在 phrase naming the medium or
    # venue of speech ends the subject, also with a 的 inside it (the 的-cut of step 3 would
    # keep the medium alone as the source).
    medium = medium_phrase_start(folded, a, b, lex)
    if medium is not None:
        b = strip_adverbs(folded, a, medium, lex)
        if b <= a:
            return None  # ，在其後的記者會表示: the subject is elided
    # 2a. 三立电视以「…」为标题指称: the framing phrase ends the subject.
    framed = FRAMED_AS.search(folded, a + 1, b)
    if framed is not None and not folded[framed.end():b].strip(_JUNK + "，,"):
        b = strip_adverbs(folded, a, framed.start(), lex)
    # 2b. 专家看到他的肌电图后建议: a time clause (…后, …时) holding a 的 phrase; its subject
    # is the speaker, not the object after the 的.
    seg = folded[a:b]
    if _time_clause(seg) and "的" in seg and len(seg) > 3:
        lead = time_clause_subject(seg, lex)
        if lead:
            b = a + lead
    # 2b'. 此文受到海内外华人的广泛批评: in a passive of experience the agent criticises.
    agent = _EXPERIENCED.search(folded, a + 1, b)
    if agent is not None:
        return agent.span("src")
    # 2d. 卫健委通报兰州布菌抗体阳性事件处置进展称: a reporting verb with its object inside the
    # clause ends the subject (the verb and object lead in to the cue). Two characters before
    # a two-character verb and two after it: a shorter clause (most subjects) holds none.
    inner = next((c0 for c0, c1, cue in lex.find_cues(folded[a:b])
                  if c1 - c0 >= 2 and c0 >= 2 and b - (a + c1) >= 2 and not cue.needs_punct
                  and "、" not in folded[a + c0 - 1:a + c1 + 1]  # 官媒报道、公司文件: a noun
                  and "的" not in folded[a + c1:b]  # 两名要求匿名的官员: a relative clause
                  # 網上流傳一份「…申請書」顯示: the thing circulating is the subject (cues.json
                  # rumour_cues counted_object), not the place where it circulates
                  and not (cue.word in lex.rumour_verbs and lex.rumour_counted_object_re.match(folded, a + c1))),
                 None) if b - a >= 6 else None
    if inner is not None:
        b = strip_adverbs(folded, a, a + inner, lex)
    # 2d'. 《华盛顿邮报》没有说特朗普向俄罗斯泄露了…,只说…: a negated reporting verb inside the
    # clause is the subject's predicate (the cue lexicon does not fire on a bare 说 there).
    negated = _NEGATED_CUE.search(folded, a + 2, b)
    if negated is not None:
        b = strip_adverbs(folded, a, negated.start(), lex)
    # 2e. 这一说法被白宫驳斥，称… / 该计划遭到环保团体批评，称…: in a passive the agent is the
    # one who speaks (ANNOTATION.md: the source is who makes the statement), not the patient.
    passive = _PASSIVE_AGENT.search(folded, a, b)
    if passive is not None and passive.start() > a \
            and not folded.startswith(lex.bei_nouns + lex.agentless_passives, passive.start()) \
            and not _TOPIC_PP.search(folded, a + 1, passive.start()) \
            and not clause.endswith(_TEMPORAL_ENDS):
        # (金正恩就韩方…被朝军射击身亡事件表示: a topic; 邹幸彤被书记询问…时表示: a time clause,
        # whose subject speaks)
        src = (passive.start("src"), b)
        verb = next((k for k in (3, 2) if folded[b - k:b] in lex.cues and b - k - src[0] >= 2), 0)
        src = (src[0], b - verb)  # 被白宫驳斥，称…: the passive's own verb of saying goes
        if not _NOT_NP.search(folded, *src) and _noun_phrase(folded[src[0]:src[1]]):
            return src  # (not 遭执法部门扣留或(问话): a verb phrase follows 遭)
    # 2c'. 我也注意到很多与会嘉宾表示: the one perceived speaking is the source (zhA-mfa-3 gold:
    # 很多与会嘉宾), the perceiver only reports it.
    perceived = _PERCEIVED.search(folded, a + 1, b) if folded[end:end + 1] not in _CLAUSE_END \
        and b == end else None  # (卢伟光没看到该剧播出，…要求, 司机一听到目的地便说: the perceiver acts)
    if perceived is not None and b - perceived.end() >= 2 \
            and not folded.startswith(_NOT_PERCEIVED_SPEAKER, perceived.end()) \
            and folded[b - 1] not in "便就都也又还才即" \
            and not folded.endswith(_TEMPORAL_ENDS + ("时候",), perceived.end(), b):
        a = perceived.end()  # (看到与…页面显示不同的…, 看到Z31的时候询问: no speaker perceived)
    # 2c''. 外交委员会近日都接获消息指出, 他收到消息指: the receiver only passes on what the
    # message says; the message is the (unnamed) source (zhA-dw-1 gold: 消息). (他在直播前得到
    # 的情报显示: a relative clause, cut at its 的 below.)
    message = received_message(folded, a, b)
    if message is not None:
        return message
    # 2c'''. 網上流傳一份「…申請書」顯示, 網上流傳消息指: what circulates speaks, not the place
    # (zhB-hkcnews-6 gold: 一份「…」); the verb is existential, like 有 before a group.
    circulating = _CIRCULATING.match(folded, a, b)
    if circulating is not None and b - circulating.end() >= 2:
        a = circulating.end()
    # 2c. 他听人说: hearsay; the one heard (人, 朋友) is the source.
    hear = _HEARSAY.search(folded, a + 1, b)
    if hear is not None:
        return (hear.start("src"), b)
    # 3a. a topic phrase after the subject (朝鲜方面就韩国政府掌握的焚烧尸体一事表示): its 的
    # belongs to the topic, so the subject ends at the preposition.
    topic = _TOPIC_PP.search(folded, a + 2, b)
    if topic is not None and ("的" in folded[topic.end():b]
                              or folded.endswith(_TOPIC_NOUNS, topic.end(), b)) \
            and folded[topic.start() - 1] not in _TOPIC_NOT_AFTER.get(topic.group(), ()):
        b = strip_adverbs(folded, a, topic.start(), lex)
        when = _TIME_TAIL.search(folded, a + 1, b)
        if when is not None and when.end() == b:
            b = when.start()  # 中国官员2016年向…表示: the year is no part of the subject
    # 3. relative clause or modifier ending in 的: keep what follows the last 的.
    titled = TITLED_DOCUMENT.match(folded, a, b)
    if titled is not None and folded.startswith(lex.document_heads, titled.end(), b):
        return trim_function_words(folded, a, b)  # 一篇题为“…”的文章: the titled piece whole
    seg = folded[a:b]
    paren_at = _strip_parenthetical_end(seg)
    de = seg.rfind("的", 0, paren_at)
    document = False
    described = 0  # where the head of a kept relative clause begins (its 的), relative to a
    while de >= 0:
        head = seg[de + 1:paren_at]
        if seg.endswith(lex.keep_de, 0, de + 1):
            de = seg.rfind("的", 0, de)
            continue
        relative = bool(lex.relative_re.search(seg, 0, de))
        if head.startswith(lex.document_heads) and not unnamed_person_head(head, lex):
            # (一位接近谈判的消息人士: 消息人士 is a person, not the document 消息; below)
            # 印度商务与工业部的数据, 周四的报告: the phrase is the source; but in
            # 他在直播前得到的情报 the relative clause goes and the document speaks.
            document = True
            if relative and head not in lex.not_sources and not ISSUED_BY.search(seg, 2, de + 1):
                a = a + de + 1  # 数据 alone names nobody: 国家统计局昨日发布的数据 stays whole
            break
        if not head or not relative:
            break  # 古特雷斯的发言人迪雅里克: a possessive, not a relative clause
        marker = lex.post_subject_re.search(head, 1)  # 官员对本报: the head before 对
        bare = head[:marker.start()] if marker else head
        if bare in lex.description_heads or bare in lex.bare_roles or unnamed_person_head(bare, lex):
            # 一位接近谈判的人士, 负责接诊布病的医生 (zhI-ectoday-1 gold), 到濟州旅遊的中國遊客
            # (zhB-cna-5 gold): the clause is all that describes an unnamed source (anonymous.json
            # bare_roles: a role noun names no one)
            described = de
            break
        a = a + de + 1
        break
    # 4. the first post-subject marker (在, 于, 周三, 当地时间, 对此 ...) ends the subject; a full
    # date opening the clause (去年12月, 3月17日: `opening_date`) is cut off instead.
    seg = folded[a:b]
    opening = None if document else opening_date(folded, a, b, lex)
    dated = _PAREN_DAY.search(seg, 1)
    if dated is not None and not document:
        b = strip_adverbs(folded, a, a + dated.start(), lex)  # 蔡英文总统今(23)日上午出席…时
        seg = folded[a:b]
    for m in ([] if document else lex.post_subject_re.finditer(seg)):
        if m.start() == 0 or m.start() < described:
            continue  # 駐守在服務臺的保安 (zhN-zhengguan-1 gold): 在 inside the kept clause
        if opening is not None and m.start() < opening[0] - a:
            continue  # 去年12月罗斯(曾经说), 3月17日发改委…副司长曹文炼: the date goes on the
            #           time opening the clause (cut below), the subject comes after it
        word = m.group()
        if any(seg.startswith(x, m.start()) for x in lex.post_subject_not_before.get(word, ())):
            continue
        if seg[m.start() - 1] in lex.post_subject_not_after.get(word, ()):
            continue  # 受到, 反对: the marker ends a word
        if _inside_parentheses(seg, m.start()) or inside_marks(seg, m.start()):
            continue
        if word in name_lexicon().ambiguous_surnames and titled_surname_name(seg, m.start()):
            continue  # ofo小黄车联合创始人于信在朋友圈(回应): 于 is the surname (zhO-chinaz-1)
        b = strip_adverbs(folded, a, a + m.start(), lex)  # 刘翔本人则在…: strip 则, 本人
        break
    if opening is not None and opening[1]:
        a = opening[0]
    # 5. leading connectives and time adverbials (此外，同样在周四，3月17日).
    changed = True
    while changed and a < b:
        changed = False
        while a < b and folded[a] in _JUNK + "，,、：:）)】]":
            a += 1
            changed = True
        lead = lex.leading_re.match(folded, a, b)
        if lead is not None and folded.startswith(
                lex.leading_keep_before.get(lead.group(), ()), lead.end()):
            lead = None  # 另一名知情人士: 另 is a determiner here, not "besides"
        if lead is not None and lead.end() < b:
            a = lead.end()
            changed = True
        if folded[a] == "有" and folded.startswith(lex.population_quantifiers, a + 1):
            a += 1  # 此前有多项民调显示, 有许多人询问: existential 有, the group is the source
            changed = True
        m = _DATELINE.match(folded, a, b)
        if m and m.end() < b:
            a = m.end()  # 新华社华盛顿6月27日电(记者刘品然)美国白宫
            changed = True
            continue
        if folded[a] in _OPEN_PAREN:
            close = _matching_paren(folded, a, b)
            if close is not None and close + 1 < b and not _place_gloss(folded[a + 1:close]):
                a = close + 1  # （中央社记者台北16日电）陆委会: a dateline in parentheses
                changed = True
                continue
        m = _TIME_LEAD.match(folded, a, b)
        if m and m.end() > a and m.end() < b and folded[m.end()] != "的":
            a = m.end()
            changed = True
    while b > a and folded[b - 1] in _JUNK:
        b -= 1
    if b <= a:
        return None
    spaced = _SPACED_DATE_TAIL.search(folded, a + 1, b)
    if spaced is not None and spaced.start() > a:
        b = spaced.start()  # 高市早苗（Sanae Takaichi）11 月 7 日(於國會): a date typed with spaces
    after = after_time_clause(folded, a, b, lex)
    if after is not None:
        a = after  # 放映结束后姜帝圭导演(表示): the subject after the time clause
    if not _time_clause(folded[a:b]):  # (…之初时: the time clause is cut below)
        a, b = trim_function_words(folded, a, b)
    seg = folded[a:b]
    dated = _DATED_PIECE.fullmatch(seg)
    if dated is not None:
        return (a, a + dated.end("title"))  # 《山南网》2017年的一篇(报导指出): the outlet
    # 6. a pronoun at the end after other words (…确诊他又称): the pronoun is the subject.
    if seg.endswith(_PRONOUNS):
        for p in _PRONOUNS:
            if seg.endswith(p) and len(seg) > len(p) and seg[-len(p) - 1] not in "的其":
                return (b - len(p), b)
    if _time_clause(seg) and len(seg) > 3:
        lead = time_clause_subject(seg, lex)
        if lead:
            b = a + lead  # 检察官复讯后认为, 他受到批评后表示: the subject of the time clause
            seg = folded[a:b]
    if seg in lex.not_sources or seg in lex.connectives or len(_PARENTHESES.sub("", seg)) > 40:
        return None
    if seg.startswith(lex.prepositions):
        return None
    if lex.adverb_end_re.fullmatch(seg):
        return None  # ，充分表明…: an adverb alone, the subject is elided
    if seg.startswith(lex.adverbial_openers) and seg.endswith(lex.adverbial_ends):
        return None  # 就日本记者关于…的提问时表示: an adverbial clause, the subject is elided
    if seg.endswith(lex.verb_phrase_ends) or seg.startswith(lex.verb_phrase_openers):
        return None  # 只想说, 希望美方恪守承诺: a verb phrase, not a noun phrase
    if clause.startswith(_CHAINING) and seg not in lex.cues and _is_verb(seg):
        return None  # 并道歉称: a chained verb alone, the subject is elided
    if _NOT_NP.search(seg) or seg.endswith("的"):
        return None  # 我要很骄傲的(再次告诉): 的 for 地 ends an adverbial, not a noun phrase
    if _SENTENCE_PUNCT.search(seg):
        return None
    b = cut_predicate(folded, a, b, lex)
    return (a, _without_adverb_and_cue(folded, a, _without_trailing_verb(folded, a, b, lex), lex))


def _without_adverb_and_cue(folded: str, a: int, b: int, lex: Lexicon) -> int:
    """有人|甚至传言(称) (zhQ-itbear-1 gold: 有人): an adverb and a second word of saying
    between the subject and the cue are the predicate (the cue is 传言称), not the end of the
    subject (ANNOTATION.md: the source is the span naming who speaks). Only with an adverb of
    source.json adverbs_before_cue between them and words left before it."""
    for k in (3, 2):
        if b - a > k + 1 and folded[b - k:b] in lex.cues:
            kept = strip_adverbs(folded, a, b - k, lex)
            if a < kept < b - k:
                return kept
    return b


def function_words_only(seg: str, lex: Lexicon, tags: frozenset[str] | None = None) -> bool:
    """`seg` is one or two dictionary words that are conjunctions, adverbs or time words by
    jieba's tags (虽然, 似乎, 不久前, 昨日|晚些时候: source.json function_word_sources; `tags`
    narrows them), no title (首相, tagged an adverb) and no recognised name: it names no one, so
    it is no source (ANNOTATION.md: the source is the text span naming who makes the
    statement) and the subject is elided, as for a date alone (昨日). Dictionary look-ups only
    (no segmentation): it runs on every source."""
    if not seg or len(seg) > 6:
        return False
    return _function_words_only(seg, lex.function_word_tags if tags is None else tags, lex.role_suffixes)


@lru_cache(maxsize=4096)
def _function_words_only(seg: str, allowed: frozenset[str], role_suffixes: tuple[str, ...]) -> bool:
    """`function_words_only` for one string and word classes: sources recur within and across
    articles (each is tested by the subject finder and again after entity repair)."""
    whole = word_tag(seg)
    if whole is not None and whole not in allowed:
        return False  # a dictionary word of another class is not read as two (太太: 太|太)
    if whole is None and not any(
            word_tag(seg[:k]) in allowed and word_tag(seg[k:]) in allowed for k in range(1, len(seg))):
        return False
    return seg not in name_lexicon().titles and not seg.endswith(role_suffixes) \
        and not find_names(seg + "说")


TIME_WORD_TAGS = frozenset({"t"})  # jieba's tag of time words (昨日, 晚些时候, 不久前)


# 在/于 opening a phrase of place (not 在野, 正在: source.json post_subject_not_before/_after)
_MEDIUM_PP = re.compile("[在于]")
_MEDIUM_PP_ENDS = ("上", "中", "里", "内")
# before a one-character medium (信, 书) these make it a noun of its own (的信, 其书, 一封信),
# not the end of a word (自信, 相信, 秘书)
_SINGLE_MEDIUM_AFTER = frozenset("的其封本篇在")


def medium_phrase_start(folded: str, a: int, b: int, lex: Lexicon) -> int | None:
    """Where a 在 phrase naming the medium or venue of speech begins in folded[a:b], when that
    phrase runs to the cue: 安倍在其後的記者會(表示), 台灣國防部周四晚在臨時召開的記者會(表示),
    他在《明報》的專欄(寫道), 在…的推文开头这样(写道) (hkcnews probe of round 22, zhA-nyt-1).
    ANNOTATION.md, Channels: "the addressee or medium of speech is a `via`" and the source is
    the party who speaks, so the medium is no part of the source. The phrase ends in a medium
    or venue noun (source.json channel_nouns, venue_nouns), optionally with a part of it
    (markers.json channel_parts: 开头, 尾声), a locative (上, 中) and a manner word
    (channel_tails: 这样, 公开). A phrase ending in 时 (在北京接受傳媒訪問時) is a time clause
    read elsewhere (_PP_END). None when no such phrase ends the clause."""
    if "在" not in folded[a:b] and "于" not in folded[a:b]:
        return None
    end = b
    tail = next((w for w in lex.channel_tails if folded.endswith(w, a, end)), "")
    end -= len(tail)
    if folded[end - 1:end] in _MEDIUM_PP_ENDS:
        end -= 1
    part = next((w for w in lex.channel_parts if folded.endswith(w, a, end)), "")
    end -= len(part)
    if part and folded[end - 1:end] == "的":
        end -= 1
    if not folded.endswith(lex.speech_places, a, end):
        return None  # (one C test first: most clauses end in no medium)
    noun = max((w for w in lex.speech_places if folded.endswith(w, a, end)), key=len)
    if len(noun) == 1 and folded[end - 2:end - 1] not in _SINGLE_MEDIUM_AFTER:
        return None  # (在三月份一次训练后的自信(表态), THUCNews th794: 信 ends 自信)
    for m in _MEDIUM_PP.finditer(folded, a, end):
        word = m.group()
        if m.start() > 0 and folded[m.start() - 1] in lex.post_subject_not_after.get(word, ()):
            continue  # 正在, 于 ending a word (终于, 对于)
        if any(folded.startswith(x, m.start()) for x in lex.post_subject_not_before.get(word, ())):
            continue  # 在野, 在任
        if word in name_lexicon().ambiguous_surnames and titled_surname_name(folded[a:end], m.start() - a):
            continue  # 联合创始人于信在朋友圈(回应): 于 is the surname (zhO-chinaz-1)
        inner = folded[m.end():end]
        if not inner or len(inner) > 30 or any(c in _CLAUSE_END for c in inner) or "“" in inner \
                or "「" in inner:
            continue
        return m.start()
    return None


# 跟 + the one spoken to, at the end of the clause before the cue
_ADDRESSEE_GEN = re.compile(r"跟(?P<to>[^，,。；;：:、的跟和与及]{1,8})$")
# adverbs of a plural subject (美国跟日本都表示): 跟 joins two subjects there
_JOINT = re.compile("都|均|一起|一同|共同|同时|齐|皆")
_TIME_CLAUSE_ENDS = ("之前", "以前", "前", "之后", "以后", "后", "时", "时候")


def without_addressee(folded: str, a: int, b: int, end: int, lex: Lexicon) -> int:
    """End of the subject in folded[a:b] when it ends with 跟 and the one spoken to (王先生跟
    记者, 我会跟你), else b. An adverb of a plural subject between it and the cue end (美国跟
    日本都表示) makes 跟 "and"; a clause that is 跟 and its object alone has its subject
    elided, and is left to the other steps."""
    if folded.find("跟", a + 1, b) < 0:
        return b  # (most clauses hold no 跟: no search)
    m = _ADDRESSEE_GEN.search(folded, a + 1, b)
    if m is None or _JOINT.search(folded, b, end) or folded[m.start() - 1] in "紧":
        return b  # (紧跟: follows closely, a verb)
    k = strip_adverbs(folded, a, m.start(), lex)
    if folded.endswith(_TIME_CLAUSE_ENDS, a, k):
        return b  # 颁奖礼之前已经跟对方说了: a time clause; the subject is elided, as before
    return k


def existential_opening(folded: str, a: int, b: int, lex: Lexicon) -> int | None:
    """Where the existential 有 stands when folded[a:b] opens with time words or adverbs and
    then 有 (昨(6)日更有週刊, 現在有美國官員, 另有媒体), else None.

    The time words and adverbs are no part of the source (source.json `existential_after_lead`);
    the source opens at 有 as a clause-initial 有记者 does in the zh-news gold (有记者提问, 有分析
    指); 有 before a plural quantifier is cut later (此前有多项民调). 有 beginning a word (这也有助,
    此外还有关) is no existential, and the noun after 有 must have two characters.
    """
    if folded.find("有", a + 1, b) < 0:
        return None  # (most clauses hold no 有 after their first character: no search)
    i = a
    led = False
    while i < b:
        while i < b and folded[i] in _JUNK:
            i += 1
        lead = lex.leading_re.match(folded, i, b)
        if lead is not None and folded.startswith(lex.leading_keep_before.get(lead.group(), ()), lead.end()):
            lead = None
        if lead is None:
            lead = lex.existential_adverbs_re.match(folded, i, b)
        if lead is None:
            lead = _PAREN_DAY.match(folded, i, b)
        if lead is None:
            lead = _TIME_LEAD.match(folded, i, b)
            if lead is not None and lead.end() == i:
                lead = None
        if lead is None:
            break
        i = lead.end()
        led = True
    if not led or i >= b or folded[i] != "有" or folded.startswith(lex.existential_not_words, i):
        return None
    if b - (i + 1) < 2 or _SENTENCE_PUNCT.search(folded, i + 1, b):
        return None
    return i


def _place_gloss(inside: str) -> bool:
    """A parenthesis holding one place name ((美国)国家安全委员会的官员) qualifies the noun
    after it, the editor's gloss of whose body it is: it stays in the source (zh-news gold
    zhI-huanqiu-2). A dateline in parentheses ((中央社记者台北16日电), (吉隆坡4日讯)) holds more than
    a place name."""
    words = pos_tags(inside) if 2 <= len(inside) <= 6 else []
    return len(words) == 1 and words[0][1] == "ns"


def strip_adverbs(folded: str, a: int, b: int, lex: Lexicon) -> int:
    """End of folded[a:b] without trailing adverbs and particles (他还, 刘翔本人则)."""
    changed = True
    while changed and b > a:
        changed = False
        while b > a and folded[b - 1] in _JUNK:
            b -= 1
            changed = True
        ends = lex.adverb_end_chars
        m = lex.adverb_end_re.search(folded, max(a + 1, b - lex.adverb_reach), b) \
            if folded[b - 1] in ends or b >= 2 and folded[b - 1] == "\n" and folded[b - 2] in ends \
            else None  # (most clauses end in no adverb's last character: no search)
        if m is not None and m.group() in lex.adverbs_also_name_ends and _name_ends_at(folded, a, b):
            break  # 杨恒均: the 均 ends a name here, it is no adverb
        if m is not None and m.group() == "总" and m.start() > a and folded[m.start() - 1] in _ZONG_ORGS:
            break  # 大马足总, 中华工总: 总 ends an organisation's short name (足总 = 足球总会)
        if m is not None:
            # only strip when something is left before it (曾浩辉 keeps its 曾)
            b = m.start()
            if folded[m.end() - 1] == "地" and b - 2 > a and _idiom_before(folded, b):
                b -= 2  # 程永田兴致勃勃地: a four-character idiom of manner, not 勃勃地 alone
            changed = True
    return b


def _idiom_before(folded: str, b: int) -> bool:
    """The four characters before `b` are one idiom by jieba's dictionary (兴致勃勃, 语重心长):
    the two-character manner adverb the pattern …地 cut (勃勃地) is its second half."""
    tags = pos_tags(folded[b - 2:b + 2])
    return len(tags) == 1 and tags[0][1] in ("i", "l")


# jieba tags of words that never end a subject noun phrase (adverbs, time words, localisers:
# 機管局|剛, 漁護署|過去, 羅官|最後) or open one (conjunctions, adverbs: 儘管|主席林鄭月娥,
# 亦|有獸醫學生).
_NOT_LAST_TAGS = ("d", "t", "f")
# Conjunctions after which the subject follows (儘管|主席林鄭月娥已…解釋): concessive and
# additive ones only. A condition (如果复查结果显示…), a cause (因為比賽勝負遭到抨擊) or a
# coordination (與其 = 與 + 其 in 袁國勇與其助理教授) keeps the clause as it is.
_CONCESSIVE = frozenset({"尽管", "虽然", "虽", "不过", "但是", "但", "而", "而且", "并且", "此外",
                         "另外", "然而", "同时", "甚至", "至于", "可是", "只是"})
# A demonstrative or a numeral with a person classifier (这位, 该名, 一位, 两名) opens a noun
# phrase that ends on its head noun (ANNOTATION.md: the source is the text span naming the
# source): the word after it is that head, never an adverb to trim (这位首相: 首相 is tagged d).
_NUMERAL = "[一二两三四五六七八九十几数多0-9]+"
_PERSON_CLASSIFIER = "[位名个]"
_DETERMINED = re.compile(f"(?:[这那该此某另每]|{_NUMERAL}){_PERSON_CLASSIFIER}$")
# A clause opened by the one spoken to (向在場的記者, 对着镜头) has no subject of its own.
_ADDRESSEE = ("向", "对着", "朝着", "跟", "给")


def trim_function_words(folded: str, a: int, b: int) -> tuple[int, int]:
    """folded[a:b] without the adverbs, time words and conjunctions at its ends that the word
    lists of source.json do not know, by jieba's dictionary tags (the same evidence as
    `pos_tags`), when two characters remain; a name ending the span keeps its last character
    (杨恒均: 均 is no adverb here)."""
    if b - a < 3 or not _may_trim(folded[a:b]):
        return a, b
    tags = pos_tags(folded[a:b])
    while (len(tags) > 1 and tags[-1][1] in _NOT_LAST_TAGS and b - a - len(tags[-1][0]) >= 2
           and not (tags[-1][1] == "f" and len(tags[-1][0]) == 1)  # 通知|中: for the repair
           and not _names_a_side(tags[-1])
           and not _DETERMINED.search(folded, a, b - len(tags[-1][0]))  # 这位|首相 (d to jieba)
           and not _name_ends_at(folded, a, b)):
        b -= len(tags.pop()[0])
    while (len(tags) > 1 and (tags[0][1] == "c" and tags[0][0] in _CONCESSIVE
                              or tags[0][1] == "d" and len(tags[0][0]) == 1
                              and tags[0][0] not in "不没未非无别勿"  # 不|具名美國官員 stays
                              or tags[0] == ("当", "t") and folded[a + 1] not in "着著面")
           # 当|记者询问…时: "when"; 当局 and 当着 (in front of) stay
           and b - a - len(tags[0][0]) >= 2 and not _name_starts_at(folded, a, b)):
        a += len(tags.pop(0)[0])  # 亦|有, 儘管|主席…; 不少行家 and 曾浩辉 stay whole
    return a, b


def _names_a_side(word: tuple[str, str]) -> bool:
    """中方, 外方: jieba tags these 'sides' (a country's government, the foreign party) as
    localisers; a two-character X方 that is no direction (上方, 东方) heads the subject
    (雖然中方已明確表示 -> 中方, zhH-etnet-1)."""
    w, tag = word
    return tag == "f" and len(w) == 2 and w[1] == "方" and w[0] not in _DIRECTIONS


_DIRECTIONS = frozenset("上下前后左右东西南北内")


# conjunctions that join two subjects (美国和日本, 推特及脸书): no end of the subject
_COORDINATING = frozenset({"和", "与", "及", "以及", "跟", "同", "或", "或者", "暨", "而且", "并且"})
_HEAD_TAGS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "eng", "ng", "vn"})


# adverbs that open a predicate (jieba's tag d is given to some nouns too: 首相, 正 in 谷内正太郎)
_CLAUSE_ADVERBS = frozenset({"却", "则", "竟", "竟然", "仍", "仍然", "也", "还", "又", "都", "更",
                             "已", "已经", "曾经", "随即", "随后", "其后", "旋即", "即", "便", "似",
                             "似乎", "自然", "亲自", "公开", "一再", "再次", "再度", "多次", "首次",
                             "一直", "始终", "不断", "同时", "甚至", "就此", "对此", "为此", "遂"})


def cut_predicate(folded: str, a: int, b: int, lex: Lexicon | None = None) -> int:
    """End of the subject when a time word, adverb or clause conjunction follows its head noun
    and the predicate went on to the cue (阿塞拜疆|星期天|表示, 王志民|会上|不点名批评…质疑,
    《联合早报》|其后|发表声明说, 郭宝胜|却|拍短片, 马云|其后|似有): in Chinese these stand
    between the subject and its verb, never inside a noun phrase. A recognised name or a title
    in marks is never cut into (王又曾, 英国《每日邮报》), nor a phrase whose head follows a 的
    (国家统计局昨日发布的数据: the time word modifies the data). Run on a span that passed
    every test of a noun phrase, so it only shortens sources, never makes one."""
    if b - a < 3:
        return b
    return a + _predicate_cut(folded[a:b], lex.role_suffixes if lex is not None else ())


@lru_cache(maxsize=4096)
def _predicate_cut(seg: str, roles: tuple[str, ...]) -> int:
    """Length of the subject in `seg` (see `cut_predicate`); cached, as a speaker's span recurs
    through an article."""
    if not _may_cut(seg):
        return len(seg)
    pos, seen_head = 0, False
    names = None
    for word, flag in pos_tags(seg):
        if seen_head and pos >= 2 and (
                flag in ("t", "c") and len(word) >= 2 and word not in _COORDINATING
                or flag == "d" and word in _CLAUSE_ADVERBS):
            if names is None:
                names = [(m.start, m.end) for m in find_names(seg + "说")]
            if "的" in seg[pos:]:
                return len(seg)  # 国家统计局昨日发布的数据: the time word is inside a relative clause
            if _speaker_ends(seg[pos:], roles):
                return len(seg)  # …更要精选专业人士(提醒), …生存更重要詹晶明(表示): the speaker ends it
            if not inside_marks(seg, pos) and not any(x <= pos < y for x, y in names):
                return pos
        seen_head = seen_head or flag in _HEAD_TAGS or word in "》」”）)"  # (郭|宝|胜|却: a name read as a verb)
        pos += len(word)
    return len(seg)


# Verbs that go before a cue in one predicate (推特及脸书接连宣布, 遼寧畜牧局接到通報，稱, 蔡英文
# 出席…时表示): read over 1,000 THUCNews and 400 hkcnews articles, where jieba's verb tag alone
# also cut nouns (人权观察, 警务处处长, 原审裁决); cue words glued before a cue (提问说) count too.
_SERIAL_VERBS = frozenset({"接连", "接到", "收到", "予以", "出席", "点头", "致电", "提出", "发动", "联署",
                           "发言", "演讲", "出面",
                           # 所長陳志偉|受訪(表示), 国民党立委曾铭宗|质询(提问) (zhB-hkcnews-6,
                           # zhA-rfa-1 gold: the name ends the source)
                           "受访", "质询"})


def _without_trailing_verb(folded: str, a: int, b: int, lex: Lexicon) -> int:
    """推特及脸书|接连(宣布), 台湾记者|提问(说): a two-character verb (a cue word or one of
    `_SERIAL_VERBS`, and a verb by jieba's tags) glued between a noun head and the cue is the
    predicate, not the end of the subject; a document or report word stays (it is the source)."""
    word = folded[max(a, b - 2):b]
    if b - a < 4 or not (word in lex.cues or word in _SERIAL_VERBS) or word_tag(word) != "v" \
            or word in lex.not_sources or folded.endswith(lex.document_heads, a, b):
        return b
    tags = pos_tags(folded[a:b])
    if len(tags) < 2 or tags[-1] != (word, "v") or tags[-2][1] not in _HEAD_TAGS:
        return b
    if any(m.end == b - a for m in find_names(folded[a:b] + "说")):
        return b  # a name that ends in a verb-like word
    return b - 2


def _may_trim(seg: str) -> bool:
    """A dictionary word of a trimmed kind could end or open `seg` (one or two characters
    looked up): most sources have none, and the segmenter is not run for them."""
    for w in (seg[-2:], seg[-1:]):
        if (word_tag(w) or "")[:1] in _NOT_LAST_TAGS:
            return True
    for w in (seg[:2], seg[:1]):
        if w in _CONCESSIVE or len(w) == 1 and (word_tag(w) or "")[:1] == "d":
            return True
    return seg[:1] == "当"


_PEOPLE_HEADS = ("人士", "专家", "学者", "官员", "人员", "研究部", "研究员", "分析师", "老师", "网友", "民众",
                 "市民", "居民", "消息人士")


def _speaker_ends(tail: str, roles: tuple[str, ...]) -> bool:
    """After the would-be cut, the span still ends in a speaker: a name, a role or people
    (headline text glued to a lead: 墙漆涂料花费不多更要精选专业人士 -> the experts speak)."""
    if tail.endswith(_PEOPLE_HEADS) or tail.endswith(roles):
        return True
    return any(m.end == len(tail) for m in find_names(tail + "说"))


def _may_cut(seg: str) -> bool:
    """A dictionary time word, adverb or conjunction (one to three characters) stands after the
    first two characters of `seg`: only then can `cut_predicate` cut it."""
    for i in range(2, len(seg)):
        if seg[i] in _CLAUSE_ADVERBS:
            return True
        for w in (seg[i:i + 2], seg[i:i + 3]):
            if word_tag(w) in ("t", "d", "c"):
                return True
    return False


# jieba's tags of a place or a time word: 于北京, 于昨日 hold no given name
_NOT_GIVEN_TAGS = ("ns", "t", "m", "f")
# roles that put questions to others: 记者向江, 记者于北京 name no 向江, 于北京 (hkcnews article_23719)
_ASKING_ROLES = ("记者", "記者", "笔者", "主持人")


def titled_surname_name(seg: str, k: int) -> bool:
    """A person's name opens at `k` with a surname that is also a post-subject preposition
    (于, 向: surnames.json `ambiguous`), right after a title (联合创始人于信, 外交部长向明).

    The title is what makes it a name (surnames.json: an ambiguous surname needs a title
    before it); a given name that is a dictionary place or time word (记者于北京, 董事长于昨日)
    is the preposition's object, not a name (a one-character given name is not looked up: 丹 of
    于丹 is Denmark to jieba). ANNOTATION.md: the source is the span naming the
    speaker, title and name (外交部发言人秦刚)."""
    for m in find_names(seg + "说"):
        if m.start != k or m.kind != "chinese" or m.guessed or m.title_start is None:
            continue
        given = m.name[1:]
        if seg.endswith(_ASKING_ROLES, 0, k):
            continue  # 有記者向江(表示): the reporter asks someone named before, 向 is "to"
        if m.title_start < k and (len(given) < 2 or not (word_tag(given) or "").startswith(_NOT_GIVEN_TAGS)):
            return True
    return False


def time_clause_subject(seg: str, lex: Lexicon) -> int:
    """Length of the subject opening a time clause (检察官复讯后, 总统致词时), 0 if none: the
    noun phrase by jieba's tags (`_leading_noun_phrase`), run on to a person's name that the
    tags split (特首林鄭月娥致辭時) or that a body's 的 and a title bring in (易方达…基金的拟任
    基金经理伍卫日前接受采访时, THUCNews th432: the titled person speaks, ANNOTATION.md's
    外交部发言人秦刚). A name ending the clause (副主任胡加时) makes no time clause: 0."""
    found = find_names(seg + "说")
    names = [m for m in found if m.kind != "honorific" and not m.guessed]
    if names and names[-1].name_end == len(seg):
        return 0
    lead = _leading_noun_phrase(seg, person_heads(lex))
    if not lead:
        # 「銀娛」高級副總裁林志成代表集團發言時 (zhQ-waou-1 gold: the titled name): the tags
        # break on a quoted company name; a titled name ends the subject
        # (a name jieba's dictionary lacks counts when a title stands before it)
        lead = next((m.name_end for m in found if m.title_start is not None
                     and m.kind != "honorific" and m.name_end < len(seg)), 0)
    for m in names if lead else ():
        opens = m.title_start if m.title_start is not None else m.start
        if m.name_end < len(seg) and (opens <= lead < m.name_end
                                      or seg[lead:lead + 1] == "的" and opens == lead + 1):
            lead = m.name_end
    return lead


def opening_date(folded: str, a: int, b: int, lex: Lexicon) -> tuple[int, bool] | None:
    """A full date opening folded[a:b] (去年12月, 3月17日): where it ends, and whether it is cut
    off the source. Its day or month is no post-subject marker; before a person's or body's name
    it is no part of the source (ANNOTATION.md: the source is the span naming the speaker), but
    a document keeps its year (2009年第二季度货币政策报告) and a relative clause its time
    (2018年入職的陳繼忠). A date before a verb (4月26日發布微博稱, hkcnews article_31254) is
    left as it was."""
    dated = _OPENING_DATE.match(folded, a, b)
    if dated is None:
        return None
    rest = pos_tags(folded[dated.end():b])
    if rest and rest[0][1].startswith("v"):
        return None
    kept = "的" in folded[dated.end():b] or folded.endswith(lex.document_heads, dated.end(), b)
    return dated.end(), not kept


def _name_starts_at(folded: str, a: int, b: int) -> bool:
    """A recognised person's name starts exactly at `a` (曾浩辉: 曾 is a surname here)."""
    return any(m.start == 0 for m in find_names(folded[a:b] + "说"))


def _name_ends_at(folded: str, a: int, b: int) -> bool:
    """A recognised person's name ends exactly at `b` (the clause is read as if a cue followed)."""
    seg = folded[max(a, b - 12):b]
    return any(m.end == len(seg) for m in find_names(seg + "说"))


_TEMPORAL_ENDS = ("之后", "以后", "后", "时")
# jieba's tag of two-character time words in 时, no clause's end (当时, 平时); adverbs such as
# 随时, 届时 (d) stay clause ends: over THUCNews and hkcnews the noun phrase before them was
# the subject more often than what `trim_function_words` leaves (校方可能会随时宣布)
_TIME_ADVERB_TAGS = frozenset({"t"})


def _time_clause(seg: str) -> bool:
    """`seg` ends a time clause (…后, …时: 检察官复讯后, 总统致词时), whose subject is the speaker;
    a time adverb in 时 (财经事务及库务局局长刘怡翔当时|解释: "at that time") ends none, and
    is trimmed as a time word instead."""
    if not seg.endswith(_TEMPORAL_ENDS):
        return False
    return not (seg.endswith("时") and len(seg) >= 2 and not seg.endswith("之", 0, len(seg) - 2)
                and word_tag(seg[-2:]) in _TIME_ADVERB_TAGS)  # (…之初|时 stays a time clause)


# a numeral (or 某) and a person classifier opening a noun phrase (一位, 两名, 某位)
_COUNTED_OPENING = re.compile(f"(?:{_NUMERAL}|某){_PERSON_CLASSIFIER}")
_JOINING = frozenset({"和", "与", "及", "以及", "暨"})
_BODY_TAGS = ("n", "nt", "nz", "j")  # common nouns and bodies (no person names, no pronouns)
_NOUN_TAGS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "r", "eng", "j", "zg"})


def pos_tags(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) pairs of a short clause by jieba's dictionary (no HMM, quiet):
    the fallbacks that need a clause's phrase structure use it on that clause only."""
    return [(w.word, w.flag) for w in quiet_jieba().posseg.lcut(text, HMM=False)]


def ends_in_receiving(folded: str, lo: int, hi: int) -> bool:
    """Whether `folded[lo:hi]` ends in a verb of receiving (接获, 收到了…): the span right after it
    names a received message's sender (接获|沙角邨保安报案, `received_message`)."""
    return _RECEIVED_AT_END.search(folded, lo, hi) is not None


def received_message(folded: str, a: int, b: int) -> tuple[int, int] | None:
    """The sender or message a clause `folded[a:b]` ends in when it says something was received
    (外交委员会近日都接获消息, 警方接获沙角邨保安报案), else None. The receiver only passes on
    what the message says: a named sender speaks (zhF-guancha-1, zhT-sinahk-1 gold: 沙角邨保安,
    讀者), else the message itself (zhA-dw-1, zhR-orientaldaily-1 gold: 消息, 投报)."""
    received = _RECEIVED.search(folded, a + 1, b)
    if received is None or b - received.end() < 2 or folded[received.end()] == "的" \
            or not folded.endswith(_MESSAGE_HEADS, received.end(), b) \
            or _SENTENCE_PUNCT.search(folded, received.end(), b):
        return None  # (他在直播前得到的情报显示: a relative clause, cut at its 的 by the caller)
    head = next(h for h in _MESSAGE_HEADS if folded.endswith(h, received.end(), b))
    owner = b - len(head) - (folded[b - len(head) - 1] == "的")
    if owner - received.end() >= 2 and _sender(folded[received.end():owner]):
        return (received.end(), owner)
    return (received.end(), b)


def _sender(seg: str) -> bool:
    """`seg` can name who sent a message (队目黎伟杰, 武昌某大学学生): no verb, preposition,
    adverb or 的 among jieba's tags (沙角|邨|保安 has a tag zg, 某大学 one vn)."""
    tags = pos_tags(seg)
    return bool(tags) and "的" not in seg and not any(
        flag[0] in "vpdcu" and flag != "vn" for _, flag in tags)


def _noun_phrase(seg: str) -> bool:
    """`seg` is nouns only by jieba's tags (白宫, 环保团体, 國民黨), a noun last."""
    tags = pos_tags(seg)
    return bool(tags) and tags[-1][1] in _NOUN_TAGS and all(
        flag in _NOUN_TAGS or flag in ("m", "q", "b", "a") for _, flag in tags)


def _is_verb(seg: str) -> bool:
    """`seg` is one verb by jieba's dictionary (道歉, 回应): a predicate, no subject."""
    tags = pos_tags(seg)
    return len(tags) == 1 and tags[0][1] == "v"


def _leading_noun_phrase(seg: str, heads: tuple[str, ...] = ()) -> int:
    """Length of the noun phrase opening `seg` by its part-of-speech tags, 0 if none or if it
    is the whole segment (a clause like 检察官复讯后 has a verb after its subject). A possessive
    before a counted person (我的一位立會朋友總辭之後: `heads`, person nouns) is no phrase of
    its own: the phrase runs to the head noun after the classifier."""
    n = 0
    tags = pos_tags(seg)
    k = 0
    while k < len(tags):
        word, flag = tags[k]
        if n and word == "的" and heads:
            counted = _COUNTED_OPENING.match(seg, n + 1)
            if counted is not None:
                ends = [e + len(h) for h in heads if (e := seg.find(h, counted.end())) >= 0]
                return min(ends) if ends and min(ends) < len(seg) else 0
        if n and word.startswith("驻") and len(word) <= 2 and k + 1 < len(tags):
            # 俄罗斯|驻华|大使馆, 中国|驻|基辅|大使馆: 驻 ties a body to its post, no verb of the
            # clause; the place after it (驻|日, a numeral to jieba) goes with it
            n += len(word) + (len(tags[k + 1][0]) if len(word) == 1 else 0)
            k += 2 if len(word) == 1 else 1
            continue
        if n and word in _JOINING and k + 1 < len(tags) and tags[k - 1][1] in _BODY_TAGS \
                and tags[k + 1][1] in _BODY_TAGS + ("ns", "nrt"):
            # 中国驻基辅大使馆和哈尔科夫文化学院(调查后澄清说), zhI-ectoday-1 gold: two bodies
            # joined are one subject (persons joined by 和 stay apart: 特朗普和普京会晤后, where
            # 和 is "with")
            n += len(word)
            k += 1
            continue
        if flag not in _NOUN_TAGS or (n and flag == "r"):
            break
        n += len(word)
        k += 1
    if n == len(seg) and len(tags) >= 3 and tags[-1][0] in _TEMPORAL_ENDS:
        # 总统|致词|时: jieba tags the event (致词) a noun; the subject is what stands before it
        n -= len(tags[-1][0]) + len(tags[-2][0])
    if 0 < n < len(seg):
        for m in find_names(seg + "说"):
            if m.start < n < m.end:
                n = m.end  # 萧|文|生(vn)|口头报告时: the name is not cut
    return n if n < len(seg) else 0


def _matching_paren(s: str, a: int, b: int) -> int | None:
    depth = 0
    for k in range(a, b):
        if s[k] in _OPEN_PAREN:
            depth += 1
        elif s[k] in _CLOSE_PAREN:
            depth -= 1
            if depth == 0:
                return k
    return None


def inside_marks(seg: str, pos: int) -> bool:
    """Inside 《title》 or “quoted name” marks (《零对冲》, 民进党“立院”党团)."""
    head = seg[:pos]
    return head.count("《") > head.count("》") or head.count("“") > head.count("”") \
        or head.count("「") > head.count("」")


def _inside_parentheses(seg: str, pos: int) -> bool:
    depth = 0
    for ch in seg[:pos]:
        if ch in _OPEN_PAREN:
            depth += 1
        elif ch in _CLOSE_PAREN and depth:
            depth -= 1
    return depth > 0
