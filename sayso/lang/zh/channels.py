"""Channels named anywhere in the predicate before a cue: the grammar of the speech event.

The single-cue stage reads a channel only when the text between the source and the cue is
exactly one frame (在记者会上表示, 向法新社表示). In unseen news that stretch usually holds
more: a time, a co-author, a second verb (袁国勇…与龙振邦在《明报》撰文，指; 冯伟华在记者会上
公布决定表示; 黄国俊亦向学生及校友发电邮，指). Frames mined over 3,563 unlabeled articles
(benchmarks/zh_channel_mining.py: Citizen News HK, THUCNews) show these phrasings are where
the channel of an attribution is most often missed. This pass runs after the others, for an
attribution with a source and no channel yet, and searches that stretch (never crossing
another cue or a quotation: after an earlier cue the text is often that cue's content, as in
敦促阁下发表强硬声明，谴责…, measured on the mined articles) for one of these constructions,
nearest the cue first:

1. a programme or publication: 出席眾新聞《線上談》时, 在《晴朗》如是说, 新书《…》中
   (the outlet before the title too, when it is one);
2. an outlet or platform written in: 在《明报》撰文, 在抖音开设帐号爆料;
3. an intermediary or medium gone through: 透过经理人回应指, 通过官方微博发表声明称; an outlet
   addressed: 接受…后向路透社表示 (only outlets: 对《基本法》表示 is a topic);
4. a speech event held, issued or spoken in: 召开记者会宣布, 发电邮，指, 在报告中提及,
   发表社评，指.
"""

from __future__ import annotations

import bisect
import functools
import re

from .cues import addressees, reporters_addressed, strip_gloss
from .doc import Candidate, ChineseDoc
from .relate import interview_channels
from .source import cut_source, strip_adverbs

# the words between the preposition and the title may only name the outlet (眾新聞《線上談》,
# 网台节目《议会内外》); 在补选前修改《议事规则》 has a verb there and is no channel
_TITLE = re.compile(r"(?:在|于|出席|登上|参加|透过|通过)(?P<pre>[^，,。；;：:“”「」在于]{0,12}?)"
                    r"(?P<title>《[^《》]{1,25}》)(?P<post>(?:节目|一书|这本书|新书|书|的?(?:文章|专栏|社论|社评|文(?=中)))?(?:中|上|里|内|时|的)?)")
# (a paper's article, column or editorial: 林鄭在《紐時》文章內承諾, hkcnews article_23808; 傅楠在《紐約客》
# 的文中寫道, hkcnews: 文中 'in the article' after a title)
_PIECE_AFTER_TITLE = re.compile(r"(?:文章|专栏|社论|社评)(?=[中上里内])")
_TITLE_AFTER = re.compile(r"(?:节目|一书|这本书|新书|书|访问|专访|采访|访谈|的?(?:文章|专栏|社论|社评|文(?=中)))?(?:中|上|里|内|时)|"
                          r".{0,2}$|"
                          r"(?:发表|撰文|发文|刊登|投书|专栏|栏目)")
_BOOK = re.compile(r"(?:新书|著作|一书|回忆录|自传)?(?P<title>《[^《》]{1,25}》)(?:一书|这本书|书)?中")
# laws and documents are topics, not channels (违反《基本法》，要求…)
_NOT_CHANNEL_TITLE = re.compile(r"(?:法|条例|规定|办法|决定|纲要|草案|议案|公约|协议|宪章|守则|通知|意见)》$")


@functools.cache
def _wrote_in_re(posting: tuple[str, ...]) -> re.Pattern[str]:
    """在/于 + an outlet or platform (its column, page or account) + a verb of publishing or of
    posting (markers.json posting_verbs: 在Facebook發文指, 在網上跟帖表示), compiled once per class."""
    return re.compile(r"[在于](?P<via>[^，,。；;：:“”「」在于]{2,14}?)(?:上|中|里)?的?"
                      r"(?:专栏|版面|帐号|账号|专页|页面|网页|频道)?(?:上|中)?"
                      r"(?:" + "|".join(map(re.escape, posting)) + r"|发表|刊登|刊发|投书|撰写|开设帐号|开设账号|"
                      r"发布|连发|发出|发了)")
_ADDRESSED = re.compile(r"(?:[向对跟]|回应|回复|答复|致函|致信|去信|去函|写信给|投书)(?P<via>[^，,。；;：:“”「」向对跟]{2,15}?)(?P<rep>的?记者)?"
                        r"(?:查询|询问|提问)?(?:时)?[，,]?$")
# (not after 所, which makes the verb a relative clause about the document: 看過賴世澤所寫的醫學
# 報告後，認為…, hkcnews article_19032: the report read is what is spoken about); a reply by
# mail (加迪奧回覆電郵說, hkcnews article_8402); a post updated (哈里斯更新了他的微博，呼吁…,
# THUCNews); the document may be followed by the reply it makes (董建華發表聲明回應修改香港選舉
# 辦法，指…, hkcnews article_38890), nothing else. The nouns are data (markers.json
# held_documents): see held_re.
_HELD_VERBS = (r"(?<!所)(?:召开|举行|举办|主持|发表|发布|发出|发送|寄出|公布|提交|呈交|写|拍摄|录制|拍|录|回复|更新|"
               r"发(?![放现生展动起给挥行布表出送觉])|致(?:函|信)?)了?(?:一[封份篇则段项个场次条])?")


@functools.cache
def held_re(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a speech event held or a document or post issued before a cue (召开记者会,
    发表社评, 发表微博, 更新了他的微博), for the noun class `nouns` (Lexicon.held_documents):
    compiled once per class."""
    alternation = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    return re.compile(_HELD_VERBS + r"(?P<via>(?:(?:题为|名为)?《[^《》]{1,40}》的)?[^，,。；;：:“”「」]{0,6}?(?:"
                      + alternation + r")|《[^《》]{1,40}(?:报告|白皮书)》)(?!(?!回应|回复|响应)[^，,]{3})")
# 回答《环球时报》记者提问时, 答法新社记者问时: the outlet of the reporter who asked (an unnamed
# reporter is left out: zh-dev gnews-2181912 gives 接受记者提问时 no channel)
_ASKED_BY = re.compile(r"(?:回答|答复|答)(?P<via>[^，,。；;：:“”「」]{0,15}?)的?记者(?:的)?(?:提问|提出的问题|问题|问|询问)"
                       r"(?:时|后)?(?:如是)?[，,]?$")
# 致函特朗普，要求: the one a letter went to, right before the cue
_LETTER_TO = re.compile(r"(?:致函|致信|去信|去函|写信给)(?P<via>[^，,。；;：:“”「」]{2,20}?)[，,]?$")
# 回覆中央社記者詢問表示, 回應傳媒查詢時說, 接受眾新聞(電話)查詢時表示: the one whose enquiry was
# answered or accepted (hkcnews: 260 接受眾新聞查詢 beside 277 回覆眾新聞查詢)
_ANSWERED = re.compile(r"(?:回复|回应|答复|接受)(?P<via>[^，,。；;：:“”「」]{2,15}?)的?(?:电话|电邮|书面)?(?:询问|查询)(?:时|后)?[，,]?$")


def _answered_enquiry(doc: ChineseDoc, a: int, b: int) -> tuple[int, int] | None:
    """外交部回覆中央社記者詢問表示 (zhI-cna-1 gold: 中央社記者; zhC-orientaldaily-1: 对《环球时报》
    记者询问的回应 -> 《环球时报》记者): the outlet whose enquiry is answered is the channel
    (ANNOTATION.md, Channels: the addressee of speech), with its reporter when one is named;
    the media in general (传媒查询) or the paper itself (本报记者) name no channel."""
    m = _ANSWERED.search(doc.s, a, b)
    if m is None:
        return None
    va, vb = doc.trim(*m.span("via"))
    name = doc.s[va:vb]
    if name in _BARE_MEDIA or name in doc.lex.generic_via or "本报" in name or "本台" in name:
        return None
    ob = vb - 2 if name.endswith("记者") else vb
    if ob - va < 2 or not doc.is_outlet(va, ob) or doc.s[va:ob] in _BARE_MEDIA \
            or doc.s[va:ob] in doc.lex.generic_via:
        return None
    na, nb = doc.outlet_name(va, ob)
    return (na, vb) if ob < vb else (na, nb)  # the reporter named stays with the outlet


# 向記者發送短訊稱 (zhF-passiontimes-1 gold: 短訊, 記者): the one the message was sent to
_SENT_TO = re.compile(r"[向给对](?P<to>[^，,。；;：:“”「」向给对]{2,10}?)$")
# 向美國新聞評論網《布萊巴特》倫敦分部(Breitbart London)發聲明澄清 (zhP-ltn-1 gold: 布萊巴特, 聲明):
# an outlet addressed by its title inside a longer description (its kind, its branch, a gloss)
_SENT_TO_TITLED = re.compile(r"[向给对][^，,。；;：:“”「」向给对《》]{0,12}(?P<title>《[^《》]{1,20}》)"
                             r"[^，,。；;：:“”「」向给对《》]{0,30}$")
# 透过经理人回应指, 通过官方微博发表声明称, 通过发言人表示: the intermediary or medium
# (a post shared, then its comment: 罗永浩通过微博转发后称, zhP-a5-1 gold: 微博)
_THROUGH = re.compile(r"(?:通过|透过|经由)(?P<via>[^，,。；;：:“”「」]{2,10}?)(?:发表|发布|发出|发|公开|回应|回复|"
                      r"答复|发文|表态|传达|转发|转载|分享)?(?:了)?(?:一份|一则)?(?:声明|公告|文告|新闻稿)?"
                      r"(?:后|时)?[，,]?$")
# 透过电邮回覆路透社: a medium the answer to an outlet went by
_MEDIUM_BEFORE = re.compile(r"(?:通过|透过|经由|以|用)(?P<via>电邮|电子邮件|邮件|电话|短讯|短信|书面声明|声明|"
                            r"信函|视频)(?:回覆|回复|回应|答复|向|对|给|致)$")
# (an interpreter or a translating device is an intermediary too: 當地工作人員透過翻譯器告訴他們…,
# zhB-cna-5 gold: 翻譯器; a defendant's counsel: 劉家棟透過辯方表示, hkcnews article_31098)
_GO_BETWEENS = ("发言人", "秘书", "公关", "律师", "律师行", "经理人", "经纪人", "代理人", "助理", "办公室",
                "秘书处", "新闻处", "工作室", "团队", "代表", "特首办", "家属", "家人", "妻子", "丈夫",
                "翻译", "翻译员", "翻译器", "传译", "传译员", "口译", "口译员", "辩方")
# written messages a statement goes by (透過電郵回覆: not 电话, whose calls the gold leaves out)
_MESSAGES = frozenset({"电邮", "电子邮件", "邮件", "短讯", "短信", "讯息", "书面回复", "书面声明"})
_INTERVIEWED = re.compile(r"(?P<via>接受[^，,。；;：:“”「」]{0,16}?(?:采访|专访|访问|访谈))(?:时|中)?")
_ISSUE_VERB = re.compile(r"发表|发布|发出|召开|举行|举办|主持|发(?=[^生现展动起])|致(?=函|信)")


def _after_issuing(s: str, va: int, vb: int) -> int:
    """Where the thing issued begins in s[va:vb]: after the last issuing verb when two
    characters or more follow it (在周六发表声明中: the statement, not the day it was issued;
    公布結果發新聞稿: the release, not the result announced), else `va`."""
    ends = [m.end() for m in _ISSUE_VERB.finditer(s, va, vb)]
    return ends[-1] if ends and vb - ends[-1] >= 2 else va
# 在记者会上表示, 在网页报道 (the cue right after the channel)
_SPOKEN_IN = re.compile(r"[在于](?P<via>[^，,。；;：:“”「」在于]{1,14}?)(?:上|中|里|内|时|(?=[，,]?$))")


# 发表声明称, 声明指出, 发文告指: the document issued is named inside the cue itself
# 发推称, 连发两推称 (README-h: 两推 is a via): the tweets, without the verb
_CUE_DOCUMENT = re.compile(r"(?:发表|发布|发出|发)?(?:联合|书面|紧急)?(?P<via>声明|公告|文告|新闻稿|公开信|贴文|帖文|推文)|"
                           r"(?<=发表|发布|发出)(?P<notice>通报|通告|评论)|"
                           r"(?:连|再|又)?发了?(?P<tweet>(?:[一两二三四五六七八九十数多]+[条则篇])?推)(?![特测动进出荐断广])")


def predicate_channels(doc: ChineseDoc, ss: int, se: int) -> None:
    """Give each attribution of sentence [ss, se) with no channel the one its predicate names."""
    for c in reversed(doc.cands):
        if c.cue_start < ss:
            break
        _split_reported(doc, c)
        _cited_in_source(doc, c)
        _statement_in_source(doc, c)
        _platform_in_source(doc, c)
        _online_in_source(doc, c)
        _echoed_document(doc, c)
        _cite_frame_report(doc, c)
        if c.src is None or c.quote is not None or c.cue_start >= se:
            continue
        # 发表声明称 (gold: cue 发表声明 + 指, via 声明), 于社群发表贴文，直言: the document
        # named inside the cue, after the platform it went out on
        issued = _CUE_DOCUMENT.match(doc.s, *c.cue[0]) if c.cue else None
        # (an outer channel before the source, 據《韓聯社》報道，X向記者發送短訊稱, does not count)
        if not c.frame and not any(c.src[1] <= x < c.cue_start or (x < c.cue_start and not c.src[0] > y)
                                   for x, y in c.via):
            # no channel yet before the cue (a statement named inside the cue, 发表声明, comes
            # after the platform it went out on: 通过个人微博发表声明)
            a = c.src[1] if ss <= c.src[1] <= c.cue_start else c.clause_start
            b = c.cue_start
            if b - a < 3 or a < ss:
                pass  # no predicate words between the source and the cue
            elif doc.cue_between(a, b):
                c.via[0:0] = _document_clause(doc, a, b) or _channel_before_verb(doc, a, b) \
                    or _replied_to(doc, a, b) or _last_clause_channel(doc, a, b)
            elif not _quoted(doc.s, a, b):
                c.via[0:0] = _channel(doc, a, b)
            else:
                # a platform named in quotation marks (a quotation is otherwise not searched)
                named = _QUOTED_PLATFORM.search(doc.s, a, b)
                if named is not None:
                    c.via.insert(0, named.span("via"))
                else:
                    # (主持首個構建「對話平台」會議後，下午在網上留言說, hkcnews article_23126: the
                    # last clause, unquoted, names the medium)
                    k = max(doc.s.rfind("，", a, b), doc.s.rfind(",", a, b)) + 1
                    c.via[0:0] = _quoted_programme(doc, a, b) or (
                        _online(doc, k, b) if k > a and not _quoted(doc.s, k, b) else [])
        if ss <= c.src[1] < c.cue_start and not _quoted(doc.s, c.src[1], c.cue_start):
            # the outlet of a reporter's question (提问 is a cue of its own, so the search above
            # stops there: 在例行记者会上回答《环球时报》记者提问时如是说 -> 例行记者会, 《环球时报》)
            asked = None
            if doc.s.find("记者", c.src[1], c.cue[0][1] if c.cue else c.cue_start) >= 0:
                asked = _ASKED_BY.search(doc.s, c.src[1], c.cue_start) or (
                    _ASKED_BY.search(doc.s, c.src[1], c.cue[0][1]) if c.cue else None)
            outlet = _asked_by(doc, asked) if asked is not None else []
            if asked is not None and not c.via and asked.start() - c.src[1] >= 3:
                # 在例行记者会上回答…提问时如是说: the event before the answer too
                c.via = _channel(doc, c.src[1], asked.start())
            for v in outlet:
                if not any(x < v[1] and v[0] < y for x, y in c.via):
                    c.via.append(v)
            enquirer = _answered_enquiry(doc, c.src[1], c.cue_start)
            if enquirer is not None:
                # (询问 is a cue of its own, so the search above stopped there; an outlet found
                # inside the same words, 中央社, gives way to the reporter it names)
                c.via = [v for v in c.via if not (v[0] < enquirer[1] and enquirer[0] < v[1])]
                c.via.append(enquirer)
        if issued is not None:
            # 通报 alone is the verb 'notified' (旅行社也通報) or the source (官方通报称): a
            # notice is the channel only when issued (发布通报称)
            part = next(g for g in ("via", "notice", "tweet") if issued.group(g))
            if not any(x < issued.end(part) and issued.start(part) < y or doc.s.endswith(issued.group(part), x, y)
                       for x, y in c.via):  # 发表了一份声明，声明称: that statement, once
                c.via.append(issued.span(part))
        named = _cue_in_document(doc, c)
        if named is not None and not any(x < named[1] and named[0] < y for x, y in c.via):
            c.via.append(named)
        if c.via and c.src[1] < c.via[0][0] < c.cue_start:
            # 透过电邮回覆路透社表示 (zhA-dw-1 gold: 电邮, 路透社): the medium, then the outlet
            medium = _MEDIUM_BEFORE.search(doc.s, c.src[1], c.via[0][0])
            if medium is not None and medium.span("via") not in c.via:
                c.via.insert(0, medium.span("via"))
        if len(c.via) == 1 and c.src[1] < c.via[0][0] < c.cue_start:
            # 在官方网站刊发针对此事的声明，称 (zhF-lwdf-1 gold: 声明, 官方网站): the platform the
            # statement went out on, when the statement was found first
            on = _platform_of(doc, c.src[1], c.via[0][0])
            if on is not None:
                c.via.insert(0, on)
        c.via = [_balanced(doc.s, *v) for v in c.via]
    for c in reversed(doc.cands):
        if c.cue_start < ss:
            break
        # (after the predicate's search, which reads the words after the whole source span:
        # 農業農村部官網…向媒體通報稱, hkcnews article_17890 -> 官網, 媒體)
        _platform_after_source(doc, c)
    _opening_channel(doc, ss, se)


_ISSUING = ("发布", "发表", "发出", "公布")


def _cue_in_document(doc: ChineseDoc, c: Candidate) -> tuple[int, int] | None:
    """吉翔股份13日早间发布澄清公告,公司注意到… (zhN-cnstock-1 gold: via 澄清公告): a cue word read
    where it is the first part of the name of a document issued (发布 + 澄清 + 公告; markers.json
    issued_documents) speaks through that document (ANNOTATION.md, Channels: the medium of speech;
    README-n.md: 澄清公告 is a via)."""
    if not c.cue:
        return None
    a, b = c.cue[0]
    if not doc.s.endswith(_ISSUING, 0, a):
        return None
    noun = next((w for w in doc.lex.issued_documents if doc.s.startswith(w, b)), None)
    return (a, b + len(noun)) if noun is not None else None


def _document_clause(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """王乙康、徐芳達聯合發布聲明,向Righ Sng發出律師函,要求他撤回… (zhH-sgnews-1 gold: 律師函):
    the clause right before the cue issues a document, and the cue is what that document says;
    an earlier verb of speech in the predicate (發布聲明) does not stop the search there."""
    s = doc.s
    e = b - 1 if s[b - 1] in "，," else b
    k = max(s.rfind("，", a, e), s.rfind(",", a, e)) + 1
    if k <= a or e - k < 3 or doc.cue_between(k, e) or _quoted(s, k, e):
        return []
    hits = list(held_re(doc.lex.held_documents).finditer(s, k, e))
    if not hits or hits[-1].end() != e:
        return []
    return _channel(doc, k, b)


def _channel_before_verb(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """卫生部在面簿发文澄清，指… (zhK-xinjiapo-1 gold: 面簿), 他在Facebook發帖批評政府，指…: the
    predicate holds a verb of speech of its own before the cue (澄清, 批評), so the search above
    stops; the words between the source and that first verb are still the speaker's predicate,
    and a channel named there is where the whole statement was made (ANNOTATION.md, Channels:
    in a post on Telegram). Only the words before the first verb are read: after it they are
    often that verb's content (敦促阁下发表强硬声明，谴责…)."""
    k = doc.cue_starts[bisect.bisect_left(doc.cue_starts, a)]
    if k - a < 3 or _quoted(doc.s, a, k) or any(p in doc.s[a:k].rstrip("，,") for p in "，,；;：:"):
        return []  # (陳在看過…醫學報告後，認為…，形容: a clause before, about what was read)
    if doc.s.startswith(_QUESTION_NOUNS, k):
        return []  # 回應記者詢問時透露: an unnamed reporter's question names no channel (zh-dev)
    return _channel(doc, a, k)


def _last_clause_channel(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """她一度相信林鄭，日前在傳媒訪問中說 (hkcnews article_34400), 他批評…，又在記者會上表示: the
    predicate holds an earlier verb of speech, but its last clause, right before the cue and with
    no cue of its own, is only the channel phrase 在…上/中/时 (ANNOTATION.md, Channels: the medium
    of speech is a via); the words of earlier clauses are not read (they may be the earlier verb's
    content: 敦促阁下发表强硬声明，谴责…)."""
    s = doc.s
    e = b - 1 if s[b - 1] in "，," else b
    k = max(s.rfind("，", a, e), s.rfind(",", a, e)) + 1
    if k <= a or e - k < 3 or doc.cue_between(k, e) or _quoted(s, k, e):
        return []
    end = _before_tail(doc, k, e)
    m = _SPOKEN_IN.match(s, _LEADING_WORDS.match(s, k, end).end(), end)
    if m is None or m.end() < end:
        # (the clause is the channel phrase and nothing else, after a time or an adverb: not
        # 接獲…關於塌樹的報告，形容, hkcnews article_15160, where 于 ends 关于)
        return []
    return _spoken_in(doc, k, end)


# a time and adverbs opening a clause before its channel phrase (日前在, 昨日又在, 更在, 當時她在)
_LEADING_WORDS = re.compile(r"[0-9０-９一二三四五六七八九十两日月年周星期时前后今昨明早晚上下午当天同随即又也亦还再并更则曾先他她]*")


# what a reporter asked (回應記者提問時表示: the reporter asking is no channel of the answer)
_QUESTION_NOUNS = ("询问", "提问", "查询", "问题", "追问")

# recordings played or shown to the speaker (breadth: hkcnews article_39634)
_SHOWN = ("片段", "影片", "视频", "短片", "纪录片", "录音", "录像")
# bodies that meet and courts: where words are said, not a medium they pass through (README-h.md:
# "parliament or a forum (the venue) is not"); a press conference is a channel (markers.json press_events)
_VENUES = ("会议", "法院", "法庭")
# 在中国国台办30日的例行记者会上，台湾记者提问说: a channel opening the sentence, alone in its clause
_OPENING = re.compile(r"[在于](?P<via>[^，,。；;：:“”「」在于]{2,24}?)(?:上|中|里|内|时)?[，,]")
_OPENING_BARE = re.compile(r"[在于](?P<via>[^，,。；;：:“”「」在于]{2,24}?)(?:上|中|里|内)")


def _opening_channel(doc: ChineseDoc, ss: int, se: int) -> None:
    """在当地周五达拉斯的一家电台采访中，库班…，他认为… (THUCNews), 在昨日的最高法院审讯中，
    总检察署要求 (zhC-toc-1 gold: 最高法院审讯): a clause that only names the channel opens the
    sentence, and every attribution after it in the sentence without a channel of its own was
    made there; a channel clause right before a source (面对质疑，在回复本报的采访邮件中，北京规划委
    表示) is that source's (ANNOTATION.md, Channels)."""
    s = doc.s
    a = ss
    while a < se and s[a] in " \u3000\t\n":
        a += 1
    opening = _channel_clause(doc, a, se) if s.startswith(("在", "于"), a) else None
    for c in reversed(doc.cands):
        if c.cue_start < ss:
            break
        if not (c.cue_start < se and c.src is not None and not c.via and c.parent is None
                and c.quote is None and not c.frame):
            continue
        if opening is not None and c.src[0] >= opening[1]:
            c.via = [opening[0]]
            continue
        k = c.src[0] - 1
        if k > ss and s[k] in "上中里内":
            # 在信函中他說：「…」 (hkcnews article_17115): the channel phrase right before the source,
            # with no comma
            start = max(max(s.rfind(p, ss, k) for p in "，,；;：:。") + 1, ss)
            bare = _channel_clause(doc, start, k + 1, bare=True)
            if bare is not None:
                c.via = [bare[0]]
            continue
        if k <= ss or s[k] not in "，,":
            continue
        start = max(s.rfind(p, ss, k) for p in "，,；;：:") + 1
        start = max(start, ss)
        if s[start] not in "在于":
            # (a channel clause opens with 在 or 于, as _OPENING asks; else an outlet's call)
            inquiry = _outlet_inquiry(doc, start, k)
            if inquiry is not None:
                c.via = [inquiry]
            continue
        before = _channel_clause(doc, start, k + 1)
        if before is not None and before[1] == k + 1:
            c.via = [before[0]]


def _outlet_inquiry(doc: ChineseDoc, a: int, b: int) -> tuple[int, int] | None:
    """红星新闻致电…纪检科，一名工作人员称… (zhN-hongxing-1 gold: 红星新闻): the clause before the
    source is a named outlet calling, interviewing or checking with the one who answers
    (markers.json outlet_inquiries), so the answer is given to that outlet (ANNOTATION.md,
    Channels: the addressee of speech; README-n.md: the paper addressed is a via), with its
    reporter when one is named (as 回覆中央社記者詢問); an unnamed 记者 or the paper itself (本报)
    is none, and so are the speaker's own 接受媒体采访 (the interview accepted, not an outlet's call)
    and 有外国传媒 'some foreign media' (no outlet named)."""
    s = doc.s
    a, b = doc.trim(a, b)
    m = doc.lex.inquiry_contact_re.match(s, a, b)
    if m is None:
        return None
    oa, rb = doc.trim(*m.span("outlet"))
    rb = strip_adverbs(s, oa, rb, doc.lex)  # 红星新闻记者昨日致电
    ob = rb - 2 if s.endswith("记者", oa, rb) else rb
    name = s[oa:ob]
    if ob - oa < 2 or name in _BARE_MEDIA or name in doc.lex.generic_via or "本报" in name or "本台" in name \
            or "接受" in name or name.startswith("有") or not doc.is_outlet(oa, ob):
        # (高群书昨日接受媒体采访，他表示: THUCNews th435; 有外國傳媒詢問曾俊華…，曾俊華回答: hkcnews
        # article_21620, some outlet, none named)
        return None
    na, nb = doc.outlet_name(oa, ob)
    return (na, rb) if ob < rb else (na, nb)


def _channel_clause(doc: ChineseDoc, a: int, b: int, bare: bool = False) -> tuple[tuple[int, int], int] | None:
    """The channel named by a clause [a, ...) of the form 在…(上|中|时)，, and where the clause ends;
    `bare`: the phrase 在…(上|中) is all of [a, b), with no comma after it."""
    s = doc.s
    m = (_OPENING_BARE.fullmatch if bare else _OPENING.match)(s, a, b)
    if m is None:
        return None
    va, vb = _strip_owner(s, *doc.trim(*m.span("via")))
    part = _document_part(doc, va, vb)
    if part is not None:
        vb = part  # 在记者会尾声，: the press conference
    elif s[m.end("via")] in "，,":
        return None  # 在北京，: a place (only a part of a channel stands without 上/中)
    head = s[va:vb]
    if not head.endswith(doc.lex.channel_nouns + doc.lex.publications + doc.lex.ceremonies) or head.endswith(_VENUES) \
            or head.endswith(doc.lex.ceremonies) and not _ceremony(doc, m.start(), va, vb):
        return None  # (a meeting or a court is the venue; a press conference is a channel: press_events)
    if head.endswith(_SHOWN):
        return None  # 在控方播放片段时，吴就确认: a clip shown is what is spoken about, not where
    k = s.rfind("的", va, vb)
    if k >= 0 and vb - k - 1 >= 3:
        va = k + 1
    return (va, vb), m.end()


# 在社交平台“真实社交”上发文称, 在其社交媒体平台“真相社交”发帖称: a platform named in quotation
# marks after the generic word (a quotation is otherwise never searched for a channel)
_QUOTED_PLATFORM = re.compile(r"[在于](?:其|自己|他|她)?[^，,。；;：:“”「」在于]{0,8}?(?:社交媒体|社群媒体|社交平台|社群平台|"
                              r"社交网站|网络平台|媒体平台|平台)[“「](?P<via>[^“”「」，,。]{2,12})[”」]"
                              r"(?:上|中)?(?:$|发文|发帖|贴文|留言|写道|撰文|发布|发表)")
# 在“新闻面对面”节目中表示, 在专栏「…」撰文, 透過Facebook專頁「添馬台」發文, 在“健康中国”微信
# 公众号发文: a programme, column, account or site named in quotation marks next to its head noun,
# right before the cue; a quoted name alone when a posting verb follows it (在“学习强国”上撰文); a
# document posted there after it (在「立場新聞」網站上發表文章指)
_QUOTED_HEADS = "节目|栏目|专栏|频道|帐号|账号|专页|公众号|网站|网页|网志|博客"
_POSTING = "发文|发帖|撰文|写道|留言"
_QUOTED_PROGRAMME = re.compile(r"(?:[在于]|透过|通过|经由|出席|参加|做客|接受|登上)(?:其|自己的|他的|她的)?(?P<pre>[^，,。；;：:“”「」在于]{0,10}?)"
                               r"(?:(?P<head1>" + _QUOTED_HEADS + r")(?P<name1>[“「][^“”「」，,。]{2,15}[”」])|"
                               r"(?P<name2>[“「][^“”「」，,。]{2,15}[”」])(?P<head2>(?:微信|微博)?(?:" + _QUOTED_HEADS + "))|"
                               r"(?P<name3>[“「][^“”「」，,。]{2,15}[”」])(?=上|$))"
                               r"(?:上|中|里|内|时)?(?:(?:" + _POSTING + r"|发表|发布)了?(?:一[篇则条份])?"
                               r"(?P<doc>文章|贴文|帖文|推文|声明)?)?[，,]?$")


def _quoted_programme(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """在“新闻面对面”节目中表示 -> “新闻面对面”节目 (README-j.md: 「94要客訴」節目 is a via, with its
    head noun as written); 在节目“…”中 -> the quoted name; the outlet before it first, when one is
    named (民視「全國第一勇」節目中: zhD-mirror-1 gold 民視, then the programme). A site or account
    gone through is a channel as one written in (ANNOTATION.md, Channels: the medium of speech);
    a post named after the platform is a channel after it (zh-news gold: 面子书 + 帖文,
    zhC-bn308-1; 社群 + 貼文, zhD-xinlun-1)."""
    m = _QUOTED_PROGRAMME.search(doc.s, a, b)
    posting = doc.lex.posting_verbs + _UPLOADING_VERBS
    if m is None or m.group("name3") and not doc.s.startswith(posting, m.end("name3") + 1) \
            and not doc.s.startswith(posting, m.end("name3")):
        # (在“两会”上表示: a quoted name alone is a venue unless posted on, 在“学习强国”上撰文,
        # 金變玲在「推特」發文，表示: hkcnews article_19178, the cue's first part the posting verb)
        return []
    if m.group("name2"):
        via = (m.start("name2"), m.end("head2"))
    else:
        via = m.span("name1") if m.group("name1") else m.span("name3")
    out = []
    pa, pb = doc.trim(*m.span("pre"))
    for tail in ("的", "节目", "电台节目", "电视节目"):  # 商業電台節目「政經星期六」: the station
        if doc.s.endswith(tail, pa, pb) and pb - pa > len(tail) + 1:
            pb -= len(tail)
    if pb - pa >= 2 and doc.is_outlet(pa, pb):
        out.append(doc.outlet_name(pa, pb))
    return out + [via] + ([m.span("doc")] if m.group("doc") else [])


# reporters spoken to (ANNOTATION.md: 告诉记者, 告诉本报记者 are channels)
REPORTERS = frozenset({"记者", "记者们", "本报记者", "本台记者", "在场记者", "现场记者", "到场记者", "传媒记者",
                       "媒体记者"})


def _balanced(s: str, a: int, b: int) -> tuple[int, int]:
    """题为《关于…》的社论: a channel span holds whole titles (the 《 back in, or a lone 《 out)."""
    if s.count("》", a, b) > s.count("《", a, b):
        k = s.rfind("《", max(0, a - 40), a)
        if k >= 0 and s.find("》", k, a) < 0:
            return k, b
    if s.count("《", a, b) > s.count("》", a, b):
        k = s.find("》", b, b + 40)
        if k >= 0 and s.find("《", b, k) < 0:
            return a, k + 1
    return a, b


# the media told something, right before the cue (对媒体透露, 對外媒表示: hkcnews probe of round 22)
_MEDIA_TOLD = frozenset({"媒体", "传媒", "各大媒体", "各大传媒", "中外媒体", "中外记者", "外媒", "外国媒体"})
# the media in general, or the paper itself (回复本媒): no named channel
_BARE_MEDIA = frozenset({"传媒", "媒体", "各大传媒", "各大媒体", "记者", "传媒记者", "本媒", "本网", "本刊",
                         "本社", "本报记者", "本台记者"})


# said on an outlet's programme: the outlet, then the programme (ANNOTATION.md, Channels: "said on
# X's programme (outlet, then programme)"; zhA-nyt-1 gold: BBC, 节目)
# a programme (一档节目, 访谈节目); `_PROGRAMME` also takes an interview, `_PROGRAMME_ONLY` does not
_PROGRAMME_NOUNS = "节目|电视节目|广播节目|电台节目|新闻节目|访谈节目|直播节目|专栏"
_PROGRAMME = re.compile(r"(?P<outlet>[^，,。；;：:“”「」的]{2,20}?)(?:的|旗下的?)?(?P<prog>(?:一[档个期集])?(?:"
                        + _PROGRAMME_NOUNS + "|专访|访问|访谈|采访))")


def _outlet_programme(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """CNN的节目, 福克斯新闻的一档节目, 商台節目: [outlet, programme] when a known outlet opens it."""
    m = _PROGRAMME.fullmatch(doc.s, a, b)
    if m is None:
        return []
    oa, ob = doc.trim(*m.span("outlet"))
    if ob - oa < 2 or "接受" in doc.s[oa:ob] or not doc.is_outlet(oa, ob):
        return []  # 接受媒体采访: an interview, one channel as written
    na, nb = doc.outlet_name(oa, ob)
    if doc.s[na:nb] in _BARE_MEDIA or doc.s[na:nb] in doc.lex.generic_via:
        return []
    if doc.s[ob - 1] == "》" and not doc.s.startswith("的", ob):
        return []  # 《面对面》节目: the programme's own title, one channel
    return [(na, nb), m.span("prog")]


_PROGRAMME_ONLY = re.compile(r"(?:一[档个期集])?(?:" + _PROGRAMME_NOUNS + ")")


def _outlet_before(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """在福克斯新闻的一档节目中: a programme span cut after 的 gets the outlet before it back."""
    s = doc.s
    if a < 2 or s[a - 1] != "的" or not _PROGRAMME_ONLY.fullmatch(s, a, b):
        return []
    k = max(s.rfind("在", max(0, a - 22), a - 1), s.rfind("于", max(0, a - 22), a - 1))
    if k < 0:
        return []
    oa, ob = doc.trim(k + 1, a - 1)
    if ob - oa < 2 or not doc.is_outlet(oa, ob) or s[oa:ob] in _BARE_MEDIA:
        return []
    return [doc.outlet_name(oa, ob), (a, b)]


def _asked_by(doc: ChineseDoc, m: re.Match[str]) -> list[tuple[int, int]]:
    """The outlet of the reporter whose question was answered (zhA-hqsb-1 gold: 《环球时报》)."""
    va, vb = doc.trim(*m.span("via"))
    if vb - va >= 2 and doc.is_outlet(va, vb) and doc.s[va:vb] not in _BARE_MEDIA:
        return [doc.outlet_name(va, vb)]
    return []


def _title_channel(doc: ChineseDoc, m: re.Match[str], b: int) -> bool:
    """A title is the channel when only the outlet stands before it and the speech happens in
    or on it (…《晴朗》中, …《线上谈》时, …《明报》撰文, or the cue right after)."""
    s = doc.s
    pa, pb = doc.trim(*m.span("pre"))
    pre = s[pa:pb]
    if pre and not (pre.endswith(("的", "节目", "网台", "专栏", "栏目", "电台", "电视台", "新书", "著作"))
                    or doc.is_outlet(pa, pb)):
        return False
    return _TITLE_AFTER.match(s, m.start("post"), b) is not None and (
        m.group("post") != "" or _TITLE_AFTER.fullmatch(s, m.end("title"), b) is not None
        or b - m.end("title") <= 2)


def _split_reported(doc: ChineseDoc, c: Candidate) -> None:
    """日經亞洲報稱, 彭博報導稱: 报 glued to an outlet's name is the verb 'reported' (报称),
    not the end of the name, when the name without it is a known outlet and with it none
    (明报称 stays 明报 + 称). The outlet is then the source, reported."""
    if c.src is None or doc.ctx is None:
        return
    a, b = c.src
    s = doc.s
    part = next((i for i, (x, _) in enumerate(c.cue) if x == b), None)  # 日经亚洲报|称, 据|…报|称
    if part is None or b - a < 3 or not s.startswith(("称", "指", "说"), b):
        return
    verb = next((w for w in ("报道", "报导") if s.endswith(w, a, b)), None)
    if verb is not None:
        # 英国《金融时报》报导指: no outlet's name ends in 报导; the outlet before it reported
        if b - a - len(verb) < 2 or not doc.is_outlet(a, b - len(verb)):
            return
    elif s[b - 1] == "报":
        gaz = doc.ctx.gazetteer
        name = doc.text[a:b - 1].strip("《》“”「」 ")
        if gaz.lookup(doc.text[a:b]) is not None or gaz.lookup(name) is None:
            return
        verb = "报"
    else:
        return
    c.src = (a, b - len(verb))
    c.cue[part] = (b - len(verb), c.cue[part][1])
    c.reported = True


# 刘可瑞引述蔡崇信的话说, 报导引述5名知情人士，表示: a citing chain read as one source
_CITED_IN_SOURCE = re.compile(r"(?P<x>[^，,。；;：:“”「」]{2,30}?)(?P<cite>援引|引述|转引|引用)"
                              r"(?P<y>[^，,。；;：:“”「」]{2,30}?)(?P<words>的话|的说法|的讲话|所言|所说)?")


def _cited_in_source(doc: ChineseDoc, c: Candidate) -> None:
    """X引述Y(的话)说 cut as one source: the words are Y's, X is the channel (ANNOTATION.md,
    citing chains; zh-news gold zhD-reuters-1: source 蔡崇信, via 刘可瑞). A bare report noun
    (报导引述…) is the report of the outlet a 据/根据 frame named just before (zhA-dw-1: 路透社)."""
    if c.src is None or c.evidence.startswith("cite") or doc.s.find("引", *c.src) < 0:
        return  # every citing verb holds 引: most sources have none, no regex for them
    m = _CITED_IN_SOURCE.fullmatch(doc.s, *c.src)
    if m is None:
        return
    x, y = doc.trim(*m.span("x")), doc.trim(*m.span("y"))
    x = (x[0], strip_adverbs(doc.s, *x, doc.lex))  # 他又引述…: 他, not his 又
    report = doc.s[x[0]:x[1]] in doc.lex.report_nouns
    if y[1] - y[0] < 2 or doc.cue_between(*y) or not report and doc.s[c.src[1]:c.cue_start].strip():
        # 林又引述警員，指…: a person citing across a comma stays the speaker (the speaker
        # tests pin 林 as the one the next paragraph's 他 continues)
        return
    c.src = y
    # the cue as ANNOTATION.md writes a citing chain: 引述 + 的话说 (or 引述 + 表示)
    first = (m.start("words"), c.cue[0][1]) if m.group("words") and c.cue and c.cue[0][0] == m.end("words") \
        else None
    c.cue = [m.span("cite"), *([first] if first else []), *c.cue[1 if first else 0:]]
    via = _reported_by(doc, c, x) if report else doc.outlet_name(*x) if doc.is_outlet(*x) else x
    if via not in c.via:
        c.via.insert(0, via)
    if doc.is_anonymous(*y):
        c.anonymous = True


# what may stand before 声明 and be no issuer (该声明表示: the statement itself is the source)
_NOT_ISSUER = re.compile(r"(?:该|这|此|其|本|有关|相关|一份|联合|书面|上述|[^，,]*的)$")


# 长盛基金发布基金经理变更公告, 国泰基金发布公告: an issuer, the verb issuing, the document
# (a bare 发 too: 衞生防護中心發新聞稿稱, 昨晚渤海銀行再發公告稱, hkcnews; not the 发 of 开发, 研发,
# 转发, whose subject issues nothing)
_ISSUED_IN_SOURCE = re.compile(r"(?P<x>[^，,。；;：:“”「」]{2,}?)(?:发表|发布|发出|公布|更新|(?<![开研转揭告举颁分引散启激爆蒸收首])发)了?"
                               r"(?:一[份则篇封项条])?"
                               r"(?P<doc>[^，,。；;：:“”「」的]{0,8})$")


def _statement_in_source(doc: ChineseDoc, c: Candidate) -> None:
    """娃哈哈方面声明表示: the issuer speaks, the statement is the via (zh-news gold
    zhF-lwdf-1: source 娃哈哈方面, via 声明; zhD-yahoo-1: 阿里巴巴則聲明表示 -> via 聲明)."""
    if c.src is None or c.via:
        return
    _issued_in_source(doc, c)
    if not c.via:
        _announced_in_source(doc, c)
    if c.via or doc.s.find("声明", *c.src) < 0:
        return  # no 声明 in the source: nothing to split (the plain search before trimming)
    a, b = doc.trim(*c.src)
    if b - a < 4 or not doc.s.endswith("声明", a, b) or _NOT_ISSUER.search(doc.s, a, b - 2):
        return
    head = b - 2
    for verb in ("发表", "发出", "发布", "发"):  # 立法會議員發聲明表示: the members, not their 發
        if doc.s.endswith(verb, a, head) and head - len(verb) - a >= 2:
            head -= len(verb)
            break
    c.src = doc.trim(a, head)
    c.via.append((b - 2, b))


def _announced_in_source(doc: ChineseDoc, c: Candidate) -> None:
    """公司即公告稱 (zhN-zqrb-1 gold: source 公司, via 公告): after an adverb a document noun that is
    also a verb (markers.json announcing_nouns) is the verb 'announced', so the issuer speaks and
    the document is the via; with no adverb, 印度对外贸易处公告表示 is the document speaking
    (zh-dev cnews-567 gold: that source, no via) and stays whole."""
    if not doc.s.endswith(doc.lex.announcing_nouns, *c.src):
        return
    a, b = doc.trim(*c.src)
    noun = next((w for w in doc.lex.announcing_nouns if doc.s.endswith(w, a, b)), None)
    if noun is None:
        return
    head = b - len(noun)
    k = strip_adverbs(doc.s, a, head, doc.lex)
    if k == head or k - a < 2 or _NOT_ISSUER.search(doc.s, a, k):
        return
    c.src = doc.trim(a, k)
    c.via.append((head, b))


def _issued_in_source(doc: ChineseDoc, c: Candidate) -> None:
    """长盛基金发布基金经理变更公告称, 国泰基金发布公告，称 (THUCNews th374, th579): the words
    read as the source hold the issuer, the verb issuing and the document (markers.json
    issued_documents); the issuer speaks and the document is the via, as 发表声明称 gives
    (evaldata/zh-news/README.md: via 声明). A post or a white paper is issued the same way
    (4月26日發布微博稱, hkcnews article_31254; 學生會…再發帖文指, article_6715; 中央選舉結果同日發表
    白皮書宣稱, article_49365)."""
    if not doc.s.endswith(doc.lex.issued_documents, *c.src):
        return  # (the cheap test first, on the span as it comes trimmed: most end in no document)
    a, b = doc.trim(*c.src)
    m = _ISSUED_IN_SOURCE.fullmatch(doc.s, a, b)
    if m is None:
        return
    x = doc.trim(*m.span("x"))
    x = (x[0], strip_adverbs(doc.s, x[0], x[1], doc.lex))  # 渤海銀行再發公告稱: the bank
    if x[1] - x[0] < 2 or doc.cue_between(*x):
        return
    da, db = doc.trim(*m.span("doc"))
    c.src = x
    c.via.append((_after_issuing(doc.s, da, db), db))  # (公布結果發新聞稿: the release)


# X发表了一篇来自Y的声明，声明称…: the clause that issues the document the next clause names
_ISSUES_DOCUMENT = re.compile(r"(?P<x>[^，,。；;：:“”「」]{2,20}?)(?:[0-9一二三四五六七八九十]{1,3}日|周[一二三四五六日]|今天|昨天|日前)?"
                              r"(?:发表|发布|发出|公布|公开)了?(?:一[篇份封则条])?"
                              r"(?:(?:来自|由)(?P<y>[^，,。；;：:“”「」]{2,30}?)(?:发表|发出|签署|撰写)?的)?"
                              r"(?P<doc>[^，,。；;：:“”「」的]{0,4}?)$")


def _echoed_document(doc: ChineseDoc, c: Candidate) -> None:
    """声明称 right after a clause that issued that statement (白宫发表了一篇来自国务卿蒂勒森的
    声明,声明称…; zhG-wsjcn-1 gold: source 蒂勒森, via 白宫, 声明): the author speaks (or the
    issuer, when no author is named), through the issuer and the document."""
    if c.src is None or doc.s[c.src[1] - 1] not in "明告信函稿":
        return  # (every document below ends in one of these)
    s = doc.s
    a, b = doc.trim(*c.src)
    if any(v != (a, b) for v in c.via):
        return  # (the cue stage may have read 声明 of 声明称 as the channel already)
    noun = s[a:b]
    if noun not in ("声明", "文告", "公告", "报告", "公开信", "信", "信函", "通告", "新闻稿") or a < 3:
        return
    if s[a - 1] in "，,":
        end = a - 1  # the source is the document named again after the comma
    elif s[b:b + 1] in "，," and s.startswith(noun, b + 1):
        end = b  # the source is the issued document itself, the cue (声明称) names it again
    else:
        return
    j = end
    while j > 0 and s[j - 1] not in "，,。；;：:！？!?\n":
        j -= 1
    m = _ISSUES_DOCUMENT.fullmatch(s, j, end - len(noun)) if s.endswith(noun, j, end) else None
    if m is None or m.group("doc"):
        return
    x = cut_source(s, doc.trim(*m.span("x"))[0], m.end("x"), doc.lex)
    if x is None:
        return
    c.via = []
    if c.cue and c.cue[0][1] - c.cue[0][0] > len(noun) and s.startswith(noun, c.cue[0][0]):
        c.cue[0] = (c.cue[0][0] + len(noun), c.cue[0][1])  # 声明称 -> 称: the statement is the via
    if m.group("y"):
        c.src = doc.trim(*m.span("y"))
        c.via.extend([doc.outlet_name(*x) if doc.is_outlet(*x) else x, (end - len(noun), end)])
    else:
        c.src = x
        c.via.append((end - len(noun), end))


# 臉書（Facebook）粉專「迷因台式民主」發文: a page or account on a platform speaks on it
_PAGE_WORDS = ("粉丝专页", "粉专", "专页", "帐号", "账号", "频道", "博主", "用户", "群组", "版主", "公众号", "视频号")
_PAGE_AFTER = re.compile(r"(?:[（(][^（）()]{1,20}[）)])?(?P<rest>(?:" + "|".join(_PAGE_WORDS) + ")"
                         r"[^，,。；;：:]{0,20})")


def _platform_in_source(doc: ChineseDoc, c: Candidate) -> None:
    """A source opening with a named platform and a page or account on it (zhB-cna-3 gold:
    source 粉專「迷因台式民主」, via 臉書): the page speaks, the platform is the channel; a
    platform's name holding the page word (微信公眾號「長安街知事」指出, hkcnews article_24478) is
    split the same way (微信, 公眾號「長安街知事」)."""
    if c.src is None or c.via:
        return
    s = doc.s
    named = _named_platforms(doc).match(s, *c.src)  # (source spans come trimmed)
    if named is None:
        return
    a, b = doc.trim(*c.src)
    name = named.group()
    page = next((w for w in _PAGE_WORDS if name.endswith(w) and len(name) > len(w)), None)
    if page is not None:
        if not s.startswith(("“", "「"), a + len(name)):
            return  # 微信公眾號指, 微信公眾號文章: no account named, the words stay one source
        name = name[:-len(page)]  # 微信公眾號「長安街知事」: 微信, then its account speaking
    m = _PAGE_AFTER.fullmatch(s, a + len(name), b)
    if m is None or m.end("rest") - m.start("rest") < 3:
        return
    c.src = m.span("rest")
    c.via.append((a, a + len(name)))


def _platform_after_source(doc: ChineseDoc, c: Candidate) -> None:
    """A source closing with the speaker's own platform or page, no preposition between (北京协和
    医院官方微博通报, zhP-bjnews-1 gold: source 北京协和医院, via 官方微博; 外交部官網發布聲明指出;
    王鴻薇臉書發文): the speaker posts, the platform is the channel (ANNOTATION.md, Channels:
    在微博上称 … in a post on Telegram; "a named person speaking on a platform is asserted with the
    platform as via"). Not a platform company speaking (新浪微博称: the whole name is an outlet;
    推特及脸书宣布: two companies joined),
    nor a name ending in a Latin letter before a Latin platform name (SpaceX). A statement found
    in the source first (外交部官網發布聲明指出 -> 聲明) comes after the platform it went out on
    (zhB-hket-1 gold: 官網, 聲明)."""
    own_platform, own_platform_ends = _own_platform(doc)
    if c.src is None or not doc.s.endswith(own_platform_ends, *c.src):
        return  # (the cheap test first, on the span as it comes trimmed: most end in no platform)
    a, b = doc.trim(*c.src)
    if any(x < b for x, _ in c.via):
        return
    m = own_platform.search(doc.s, a, b)
    if m is None or m.end() != b:
        return
    head = m.start()
    if doc.s.endswith("的", a, head):
        head -= 1
        if doc.s.startswith("有", a) or doc.s[head - 1] in _POSTING_CHARS:
            return  # 另有记者发回的微博证实 (THUCNews line 696): a post described, not its poster's page
    else:
        # 宋丹丹发表微博向张伟平发问 (THUCNews line 860): the post issued, its issuer speaking
        head -= next((len(v) for v in ("发表了", "发表", "发布了", "发布", "更新了", "更新")
                      if doc.s.endswith(v, a, head)), 0)
    name = doc.s[a:head]
    if head - a < 2 or name.endswith(("旗下", "母公司", "创办人", "创始人") + _JOINERS) or doc.cue_between(a, head) \
            or (name[-1:].isascii() and name[-1:].isalnum() and m.group("platform")[:1].isascii()):
        return
    if doc.ctx is not None and _gazetteer_surface(doc, a, b):
        return
    c.src = doc.trim(a, head)
    c.via.insert(0, (m.start(), m.end("page") if m.group("page") else m.end("platform")))


_POSTING_CHARS = frozenset("发回出布表转写贴载传")
# 推特及脸书接连宣布 (zhA-bbc-2 gold: source 推特及脸书): companies joined, each speaking
_JOINERS = ("及", "和", "与", "、", "以及", "跟", "同")


def _gazetteer_surface(doc: ChineseDoc, a: int, b: int) -> bool:
    """The whole span is a name the gazetteer lists (新浪微博: the company, not its platform)."""
    hits = doc.ctx.gazetteer.find_all(doc.text[a:b]) if doc.ctx is not None else []
    return any(h[0] == 0 and h[1] == b - a for h in hits)


def _own_platform(doc: ChineseDoc) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """官方微博, 臉書粉專, 官网 at the end of a source: a body's or person's own channel (markers.json
    own_channels, platforms by name and their platform_pages), with 官方/个人 before it and the
    verb posting after it, which the source span may hold (外交部官網發布 | 聲明指出); and what
    such a source can end in (a platform, a page word or the verb posting), the cheap test
    before the pattern."""
    key = id(doc.lex)
    if key not in _OWN_PLATFORM_BY_LEX:
        lex = doc.lex
        names = lex.named_platforms | (set(lex.own_channels) - {"网站"})
        pattern = re.compile(
            r"(?:官方|个人)?(?P<platform>" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
            + r")(?P<page>" + "|".join(map(re.escape, sorted(lex.platform_pages, key=len, reverse=True)))
            + r")?(?:(?:上|中)?(?:" + "|".join(_UPLOADING_VERBS) + r")了?)?$")
        ends = tuple(lex.named_platforms | set(lex.own_channels) | set(lex.platform_pages)
                     | set(_UPLOADING_VERBS) | {"了"})
        _OWN_PLATFORM_BY_LEX[key] = (pattern, ends)
    return _OWN_PLATFORM_BY_LEX[key]


_OWN_PLATFORM_BY_LEX: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}
# (verbs of putting a post up on one's own platform: 官网发布, 微博贴出)
_UPLOADING_VERBS = ("发表", "发布", "发出", "贴出", "上载", "上传", "发")


def _named_platforms(doc: ChineseDoc) -> re.Pattern[str]:
    """Platforms by name, longest first (not 网站 or 社交媒体, which name none)."""
    key = id(doc.lex)
    if key not in _PLATFORMS_BY_LEX:
        names = sorted(doc.lex.named_platforms, key=len, reverse=True)
        _PLATFORMS_BY_LEX[key] = re.compile("|".join(map(re.escape, names)))
    return _PLATFORMS_BY_LEX[key]


_PLATFORMS_BY_LEX: dict[int, re.Pattern[str]] = {}


def _cite_frame_report(doc: ChineseDoc, c: Candidate) -> None:
    """报导引述5名知情人士，表示 read by the citing frame: the bare report noun it keeps as the
    channel is the report of the outlet named just before (zhA-dw-1: 路透社), as in
    `_cited_in_source`."""
    if c.evidence != "cite_frame" or len(c.via) != 1:
        return
    a, b = c.via[0]
    if doc.s[a:b] in doc.lex.report_nouns:
        c.via[0] = _reported_by(doc, c, (a, b))


def _reported_by(doc: ChineseDoc, c: Candidate, report: tuple[int, int]) -> tuple[int, int]:
    """The outlet whose report a bare 报导 refers back to: the source of the last 据/根据 frame
    or report of a named outlet within the two sentences before, in the same paragraph."""
    for p in reversed(doc.cands):
        if p is c or p.src is None or p.cue_start >= c.cue_start or c.sentence - p.sentence > 2:
            continue
        if "\n" in doc.s[p.cue_start:report[0]]:
            break
        if (p.frame == "ju" or p.reported) and doc.ctx is not None:
            # 根据路透社周一 (10月12日)独家报导: the outlet the span opens with
            a, b = doc.trim(*p.src)
            hits = [h for h in doc.ctx.gazetteer.find_all(doc.text[a:b]) if h[0] == 0]
            if hits:
                return a, a + max(h[1] for h in hits)
    return report


def _on_platform(doc: ChineseDoc, a: int, b: int) -> tuple[int, int] | None:
    """陈两裕在脸书为范国瀚抱不平，指出…: a named platform the subject acts on, anywhere in the
    predicate before the cue, is where the words appeared (zh-news zhC-toc-1 gold: 脸书)."""
    m = doc.lex.on_platform_re.search(doc.s, a, b) if doc.lex.on_platform_re else None
    return m.span("via") if m is not None else None


# 在官方网站刊发…的声明: the platform, then the verb issuing the statement
_PLATFORM_OF = re.compile(r"[在于](?P<via>[^，,。；;：:“”「」在于]{2,12}?)(?:上|中)?"
                          r"(?:发表|发布|发出|刊发|刊登|刊出|贴出|上载|上传)了?(?:一[份则篇封段条])?[^，,。；;]{0,8}$")


def _platform_of(doc: ChineseDoc, a: int, b: int) -> tuple[int, int] | None:
    m = _PLATFORM_OF.search(doc.s, a, b)
    if m is None:
        return None
    va, vb = _strip_owner(doc.s, *doc.trim(*m.span("via")))
    name = doc.s[va:vb]
    if name.endswith(doc.lex.own_channels) or name in doc.lex.platform_names:
        return va, vb
    if doc.is_outlet(va, vb) and name not in _BARE_MEDIA:
        return doc.outlet_name(va, vb)
    return None


def _title_end(s: str, a: int, b: int) -> tuple[int, int]:
    """致函《華爾街日報》並警告: the title, not the conjunction after it."""
    if s.startswith("《", a):
        k = s.find("》", a, b)
        if k > a + 1:
            return a, k + 1
    return a, b


_OWNERS = ("自己的", "他们的", "她们的", "他的", "她的", "其")


def _strip_owner(s: str, a: int, b: int) -> tuple[int, int]:
    """于其脸书帐号, 在他的节目: the channel without the possessive before it."""
    for det in _OWNERS:
        if s.startswith(det, a) and b - a > len(det) + 1:
            return a + len(det), b
    return a, b


def _quoted(s: str, a: int, b: int) -> bool:
    return any(ch in s[a:b] for ch in "“”「」\"")


def _channel(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    s = doc.s
    for rx in (_TITLE, _BOOK):
        hits = [m for m in rx.finditer(s, a, b) if not _NOT_CHANNEL_TITLE.search(m.group("title"))
                and (rx is _BOOK or _title_channel(doc, m, b))]
        if hits:
            m = hits[-1]
            out = []
            if "pre" in rx.groupindex and m.group("pre"):
                pa, pb = doc.trim(*m.span("pre"))
                for tail in ("的", "节目", "的"):  # NBC的《与媒体见面》, 香港电台节目《千禧年代》
                    if s.endswith(tail, pa, pb) and pb - pa > len(tail) + 1:
                        pb -= len(tail)
                if pb - pa >= 2 and doc.is_outlet(pa, pb):
                    out.append(doc.outlet_name(pa, pb))  # 眾新聞《線上談》: outlet, then programme
            head = _PIECE_AFTER_TITLE.match(s, m.end("title"), b) if rx is _TITLE else None
            # 在《紐時》文章內: the title with its head as written, as 在《明报》专栏中写道 is read
            out.append((m.start("title"), head.end()) if head is not None else m.span("title"))
            return out
    for m in reversed(list(_wrote_in_re(doc.lex.posting_verbs).finditer(s, a, b))):
        va, vb = _strip_owner(s, *doc.trim(*m.span("via")))
        name = s[va:vb]
        if name in doc.lex.generic_via or name in _BARE_MEDIA:
            continue
        if "《" in name:
            va = s.index("《", va)  # 在最新一期《求是》杂志上撰文: the magazine, not the issue
            if s[vb - 1] != "》":
                return [(va, vb)]  # 《求是》杂志: the title with its head, as written
        if name.endswith(doc.lex.own_channels) or name in doc.lex.platform_names or doc.is_medium(va, vb):
            return [doc.outlet_name(va, vb) if doc.is_outlet(va, vb) else (va, vb)]
    m = _THROUGH.search(s, a, b)
    if m is not None:
        va, vb = doc.trim(*m.span("via"))
        name = s[va:vb]
        # 通过 also passes a bill (通过动议表示): only a go-between or a medium is a channel
        # (醫管局公關於2月22日透過電郵回覆指, hkcnews: the mail, as zhA-dw-1 gold 电邮)
        # (a programme, page or paper gone through: 透過Facebook專頁表示, 透過電台節目表示, by the
        # head noun of its class, markers.json media_events, platform_pages, publications)
        if name not in doc.lex.generic_via and name not in _BARE_MEDIA and (
                name.endswith(_GO_BETWEENS) or name in _MESSAGES or name in doc.lex.platform_names
                or name.endswith(doc.lex.own_channels) or doc.is_outlet(va, vb)
                or name.endswith(doc.lex.media_events + doc.lex.platform_pages + doc.lex.publications)):
            page = next((p for p in doc.lex.platform_pages if name.endswith(p)
                         and name[:-len(p)] in doc.lex.named_platforms), None)
            if page is not None:
                vb -= len(page)  # 透過Telegram頻道: the platform, as 在Facebook專頁上 is read
            return [doc.outlet_name(va, vb) if doc.is_outlet(va, vb) else (va, vb)]
    m = _ASKED_BY.search(s, a, b)
    if m is not None and _asked_by(doc, m):
        return _asked_by(doc, m)
    told = _addressed(doc, a, b)
    if not told and (s.endswith(doc.lex.channel_tails, a, b) or s[b - 1:b] in doc.lex.adverb_end_chars):
        # 對媒體公開表示, 对传媒再度表示 (zhN-zqrb-1 gold: 媒體): the one addressed, then words that
        # only qualify the speaking
        end = _before_tail(doc, a, b)
        told = _addressed(doc, a, end) if end < b else []
    if told:
        return told
    m = _LETTER_TO.search(s, a, b)
    if m is not None:
        # 就香港問題致函特朗普，要求… (zhB-mingpao-3 gold: 特朗普): a letter's addressee, a person
        # or body as well as an outlet (ANNOTATION.md, Channels: the addressee of speech)
        listeners = addressees(doc, *m.span("via"), written=True)
        if listeners:
            return listeners
    hits = list(held_re(doc.lex.held_documents).finditer(s, a, b))
    if hits:
        va, vb = doc.trim(*hits[-1].span("via"))
        if s[vb - 1] != "》":
            va = _after_issuing(s, va, vb)  # 港鐵就政府昨晚公布結果發新聞稿表示 (hkcnews): the release
        k = s.rfind("的", va, vb) if s[vb - 1] != "》" else -1  # 《…的…报告》: the whole title
        if k >= 0 and vb - k - 1 >= 2:
            va = k + 1
        to = _SENT_TO.search(s, a, hits[-1].start())
        titled = _SENT_TO_TITLED.search(s, a, hits[-1].start()) if to is None else None
        if titled is not None and doc.is_outlet(*titled.span("title")):
            return [titled.span("title"), (va, vb)]
        if to is not None:
            ta, tb = doc.trim(*to.span("to"))
            if s[ta:tb] in REPORTERS:
                return [(va, vb), (ta, tb)]
            if doc.is_outlet(ta, tb) and s[ta:tb] not in _BARE_MEDIA and s[ta:tb] not in doc.lex.generic_via:
                return [(va, vb), doc.outlet_name(ta, tb)]
        return [(va, vb)]
    m = _INTERVIEWED.search(s, a, b)
    if m is not None:
        if "本报" in m.group("via") or "本台" in m.group("via"):
            return []  # 接受本报电话采访: the paper itself is no channel
        named = doc.lex.interview_re.match(s, m.start("via"), m.end("via"))
        channels = interview_channels(doc, named) if named is not None else []
        if channels:
            return channels  # 接受NHK访问说: the interviewer (the cue right after the interview)
        return [doc.trim(*m.span("via"))]  # 接受采访时谈到: an unnamed interview
    on = _on_platform(doc, a, b)
    if on is not None:
        return [on]
    spoken = _spoken_in(doc, a, b)
    if spoken:
        return spoken
    end = _before_tail(doc, a, b)
    if end < b:
        # 在例行记者会则回应称, 在网志不点名批评, 在推文开头这样写道: the channel, then words
        # that only qualify the speaking
        spoken = _spoken_in(doc, a, end)
        if spoken:
            return spoken
    return _attended(doc, a, b) or _online(doc, a, b)


@functools.cache
def _online_re(words: tuple[str, ...], posting: tuple[str, ...]) -> re.Pattern[str]:
    """在/透过 + the online medium named generically + 上/中, then at most a posting verb, up to the
    cue (compiled once per class: markers.json online_media, posting_verbs)."""
    return re.compile(r"(?:[在于]|透过|通过|经由|借助|利用)(?:其|自己的|个人|他的|她的|他们的)?(?P<via>"
                      + "|".join(map(re.escape, words)) + r")(?:上|中|里)?(?:" + "|".join(map(re.escape, posting))
                      + r"|发表文章|发布文章|发表|发布|贴出|直播)?了?[，,]?$")


def _online(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """他在网络上表示, 有網友在網路上發文指出, 衛福部在網路上澄清, 透过网络表示: the online medium
    named generically right before the cue (after adverbs and manner words) is where the words were
    said (ANNOTATION.md, Channels: the medium of speech, 在微博上称; markers.json online_media: the
    gold of parts B, K-O). Not after 现/正/所 (现在网上, where 在 is no preposition)."""
    m = _online_re(doc.lex.online_media, doc.lex.posting_verbs).search(doc.s, a, _before_tail(doc, a, b))
    if m is None or doc.s[m.start() - 1:m.start()] in _IN_WORDS:
        return []
    return [m.span("via")]


@functools.cache
def _online_source_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """The online medium named generically, then a verb of circulating or appearing, opening a clause."""
    return re.compile(r"(?:近日|日前|近期|最近|早前|昨日|今日|日来|连日来)?[在于]?(?P<via>"
                      + "|".join(map(re.escape, words)) + r")(?:上|中|间)?(?:有|出现|流传|疯传|热传|盛传|传出|转传|广传)了?")


# the last clause stop in a window (no other stop after it up to the window's end)
_LAST_CLAUSE_STOP = re.compile(r"[，,。；;：:！？\n][^，,。；;：:！？\n]*\Z")


def _online_in_source(doc: ChineseDoc, c: Candidate) -> None:
    """網上流傳消息指, 近日，網路上流傳一則訊息指稱: the source's clause opens with the online medium
    where it appeared, right before the source (markers.json online_media; zhL-modaily-1 gold:
    互聯網社交平台上昨日流傳一張…圖片及帖文 -> via 互聯網社交平台). Not when the source span holds the
    medium (zhF-guancha-1 gold: source 网上有人, no via)."""
    if c.src is None or c.via or c.quote is not None:
        return
    s = doc.s
    a, b = doc.trim(*c.src)
    stop = _LAST_CLAUSE_STOP.search(s, max(0, a - 30), a)
    k = stop.start() + 1 if stop is not None else 0
    k = doc.trim(k, b)[0]
    m = _online_source_re(doc.lex.online_media).match(s, k, a)
    if m is not None and m.end() == a:
        c.via.append(m.span("via"))


def _addressed(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """向法新社表示, 对《某周刊》表示, 向记者表达: the outlet, reporter or media addressed right
    before the cue (ANNOTATION.md, Channels: the addressee of speech is a via)."""
    s = doc.s
    m = _ADDRESSED.search(s, a, b)
    if m is None:
        return []
    va, vb = _title_end(s, *doc.trim(*m.span("via")))
    if s[va:vb] in REPORTERS:
        return [(va, vb)]  # 向记者表达了担忧 (zh-news gold: the reporter told is the channel)
    if m.group("rep") and s[va:m.end("rep")] in REPORTERS:
        return [(va, m.end("rep"))]  # 对本报记者表示, as 告诉本报记者 (golden rules zh-288)
    if s[va:vb] not in doc.lex.generic_via and s[va:vb] not in _BARE_MEDIA and doc.is_outlet(va, vb):
        return [doc.outlet_name(va, vb)]
    if m.group("rep") and m.end() == b and s.startswith("记者", vb):
        return _reporter_of(doc, va, vb)
    if s[va:vb] in _MEDIA_TOLD and s.startswith(("对", "向", "跟"), m.start()) and m.end() == b \
            and s[m.start() - 1:m.start()] not in doc.lex.post_subject_not_after.get(s[m.start()], ()):
        # 对媒体透露 (README-h.md, README-j.md: the media addressed are a via, as 向传媒表示);
        # not 针对外媒(報道表示), where 对 ends the word 针对 and the media are the topic
        return [(va, vb)]
    return []


def _reporter_of(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """对CBN记者透露, 对中国质量万里行记者说 (THUCNews lines 86, 554, 832): a reporter of a paper or
    programme the gazetteer does not know is spoken to right before the cue; 对 + 记者 leaves no
    reading as a topic (对此表示), so the paper is the channel as after 向 (`cues.addressees`:
    向CBN记者透露 -> CBN; ANNOTATION.md, Channels: the addressee of speech, 告诉法新社), not a
    count or determiner (对该记者, 对一名记者) nor the paper itself (本报: `_BARE_MEDIA`)."""
    name = doc.s[a:b]
    if name.startswith(doc.lex.reporter_determiners) or "本报" in name or "本台" in name or name in _BARE_MEDIA \
            or name in doc.lex.generic_via:
        return []
    return reporters_addressed(doc, a, b)


# 市衛健委答復上海辟謠平臺表示 (zhN-zhengguan-1 gold: 上海辟謠平臺): the platform or outlet replied
# to, the whole predicate before the cue
_REPLIED_TO = re.compile(r"(?:回应|回复|答复)(?P<via>[^，,。；;：:“”「」]{2,15}?)(?:时)?[，,]?")


def _replied_to(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """The medium a reply went to when the reply verb is read as a cue of its own (答復 … 表示;
    README-n.md: a cue with no content joins the next one's, and the platform addressed, 上海辟謠
    平臺, is a via): only a medium (doc.is_medium: a platform, an outlet, a name ending in 平台 or
    网站), not a person or body replied to."""
    a, b = doc.trim(a, b)
    m = _REPLIED_TO.fullmatch(doc.s, a, b)
    if m is None:
        return []
    va, vb = doc.trim(*m.span("via"))
    name = doc.s[va:vb]
    if name in doc.lex.generic_via or name in _BARE_MEDIA or not doc.is_medium(va, vb):
        return []
    return [doc.outlet_name(va, vb) if doc.is_outlet(va, vb) else (va, vb)]


def _before_tail(doc: ChineseDoc, a: int, b: int) -> int:
    """Where the stretch [a, b) ends without the adverbs (则, 亦, 再次), manner words (不点名,
    这样) and the part of a document (开头, 的总结部分) between a channel and its cue."""
    s = doc.s
    end = b
    while end > a:
        k = strip_adverbs(s, a, end, doc.lex)
        tail = next((w for w in doc.lex.channel_tails if s.endswith(w, a, k)), None) \
            if s.endswith(doc.lex.channel_tails, a, k) else None  # (one C test first: most end in none)
        if tail is not None:
            k -= len(tail)
        part = _document_part(doc, a, k)
        if part is not None:
            k = part
        if k >= end:
            break
        end = k
    return end


def _document_part(doc: ChineseDoc, a: int, b: int) -> int | None:
    """Where the part named at the end of [a, b) begins (报告|的总结及展望部分, 推文|开头), if one is."""
    s = doc.s
    if b > a and s[b - 1] in "，,":
        b -= 1  # 林鄭在記者會尾聲，表示 (hkcnews article_28174): the part, then a comma
    e = b - 1 if b > a and s[b - 1] in "中里处时" else b
    if not s.endswith(doc.lex.channel_parts, a, e):
        return None  # (most stretches end in no part word: no search)
    m = doc.lex.channel_part_re.search(s, max(a, e - 40), b)
    return m.start("part") if m is not None else None


def _attended(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """李国章周三出席网台节目时，指…, 做客央视节目时表示, 出席記者會時表示, 出席…開幕活動時指出:
    a programme, press conference or ceremony taken part in is where the words were said
    (ANNOTATION.md, Channels: said on X's programme; markers.json press_events, ceremonies); an
    assembly or forum attended is a venue, not a medium (zhH-yahoohk-1 gold: 论坛上 no via)."""
    m = _ATTENDED.search(doc.s, a, b)
    if m is None:
        return []
    va, vb = doc.trim(*m.span("via"))
    while doc.s.startswith(_ATTENDING, va) and vb - va > 4:
        va += 2  # 出席出席新聞工作者聯會活動時 (hkcnews): the verb written twice
    head = doc.s[va:vb]
    if not head.endswith(doc.lex.media_events + doc.lex.press_events + doc.lex.ceremonies) \
            or head in doc.lex.generic_via:
        return []
    k = doc.s.rfind("的", va, vb)
    if k >= 0 and vb - k - 1 >= 2:
        va = k + 1
    return _outlet_programme(doc, va, vb) or [(va, vb)]


# 出席网台节目时, 做客《…》, 参加记者会时: the programme or press event taken part in, right
# before the cue
_ATTENDING = ("出席", "参加", "参与", "做客", "登上", "现身")
_ATTENDED = re.compile(r"(?:出席|参加|参与|做客|登上|现身|上)了?(?P<via>[^，,。；;：:“”「」在于]{2,14}?)"
                       r"(?:时|中|上|期间|后)?[，,]?$")


def _spoken_in(doc: ChineseDoc, a: int, b: int) -> list[tuple[int, int]]:
    """在记者会上表示, 在网页报道: the channel the words were spoken or written in."""
    s = doc.s
    for m in reversed(list(_SPOKEN_IN.finditer(s, a, b))):
        va, vb = doc.trim(*m.span("via"))
        va = _after_issuing(s, va, vb)  # 在周六发表声明中 (新闻发布会 holds 发布 and is the event itself)
        va, vb = _strip_owner(s, va, vb)  # 在其主节目: the programme
        if s[m.end("via"):m.end()] == "时" and s.endswith(doc.lex.channel_acts, va, vb):
            # 在社交網站回應時批評 (hkcnews article_10725), 在記者會回應時: the site or the press
            # conference, not the act of answering there
            act = next(w for w in doc.lex.channel_acts if s.endswith(w, va, vb))
            vb -= len(act)
        head = s[va:vb]
        if head.endswith(doc.lex.ceremonies) and not _ceremony(doc, m.start(), va, vb):
            continue
        if (head.endswith(doc.lex.channel_nouns + doc.lex.publications + doc.lex.ceremonies)
                or _medium_spoken_in(doc, m, va, vb)) and not head.endswith(_VENUES):
            k = s.rfind("的", va, vb)
            programme = _outlet_programme(doc, va, vb)
            if programme:
                return programme
            if k >= 0 and vb - k - 1 >= 3:
                va = k + 1  # 在刚刚结束的文贵大直播中: the named channel
            return [(va, vb)]
    m = _SPOKEN_IN_LONG.search(s, a, b)
    if m is not None and s.endswith(doc.lex.channel_nouns, *m.span("via")):
        # 在引起人们注意刘晓明似乎支持色情视频的推文开头这样写道 (zhA-nyt-1 gold: 推文): a long
        # description, then the channel it describes
        k = s.rfind("的", *m.span("via"))
        if k >= 0 and m.end("via") - k - 1 >= 2:
            return [(k + 1, m.end("via"))]
    return []


# what is done to an activity rather than at an event (發起活動, 加強…間諜活動, 打击犯罪活动)
_ACTIVITY_VERBS = re.compile(r"发起|开展|策划|组织|加强|打击|进行|展开|推动|从事|参与|举办")


def _ceremony(doc: ChineseDoc, prep: int, va: int, vb: int) -> bool:
    """A ceremony or event [va, vb) spoken at after the preposition at `prep`: 在 is a preposition
    (not 正在加強針對美國的間諜活動, hkcnews article_25461) and the event is held, not an activity
    launched or fought (發起活動, article_29530)."""
    return doc.s[prep - 1:prep] not in _IN_WORDS and _ACTIVITY_VERBS.search(doc.s, va, vb) is None


def _medium_spoken_in(doc: ChineseDoc, m: re.Match[str], va: int, vb: int) -> bool:
    """一位武漢網友在個人社交平台上寫道 (hkcnews article_26367), 在官方朝中社發表談話稱 (article_12366):
    a medium named by its head or as an outlet (doc.is_medium), where 在 is the preposition
    (not 現在利用網台, article_4591) and the name no law's title (在《基本法》裏, article_21692)."""
    return doc.s[m.start() - 1:m.start()] not in _IN_WORDS and not _NOT_CHANNEL_TITLE.search(doc.s, va, vb) \
        and doc.is_medium(va, vb)


# words ending in 在 that are no preposition (现在, 正在, 实在, 存在, 所在)
_IN_WORDS = frozenset("现正实存所")
# 在 + a description of 15-30 characters + 的 + the channel, right before the cue
_SPOKEN_IN_LONG = re.compile(r"[在于](?P<via>[^，,。；;：:“”「」在于]{15,30}?)$")



# 有媒体引述…: 有 is the quantifier 'some', not part of the channel (zhF-yonhap-1 gold: 媒体);
# 有报道指 ('there are reports') is left alone
_SOME_MEDIA = re.compile(r"有(?=(?:[外港台日韩美英中]|境外|海外|国外|官方|当地|国内外)?(?:媒体|传媒|媒))")


def _paired_quote(s: str, a: int, b: int) -> bool:
    return any(0 <= s.find(o, a, b) < s.find(c, a, b) for o, c in ("「」", "“”", "『』"))


# a platform word that names no platform, before the one named (社交媒体推特, 社交平台“真实社交”,
# 其官方Telegram频道): the named one is the channel (zhG-xinhua-1 gold: 推特)
_GENERIC_HEAD = re.compile(r"(?:其|自己的|他的|她的|他们的)?(?:社交媒体|社群媒体|社交平台|社群平台|社交网站|"
                           r"社群网站|网络平台|网上平台|媒体平台)?(?:平台|帐号|账号|账户|帐户)?"
                           r"[“「]?(?P<name>[^“”「」]{2,20}?)[”」]?(?:频道|帐号|账号|账户|帐户|平台)?$")
@functools.cache
def _event_then(events: tuple[str, ...]) -> re.Pattern[str]:
    """An event followed by what was done at it (记者会上答问, 例行記者會上答問時, 在儀式上致辭時,
    hkcnews): the event only; `events` are the press events and ceremonies (markers.json) and the
    forums and summits of round 17, compiled once per class."""
    alternation = "|".join(re.escape(w) for w in sorted(events, key=len, reverse=True))
    return re.compile(r"(?:" + alternation + r")(?=[上中时])")


# one outlet reposting another's report, read as one channel span
_RELAYED = re.compile(r"(?P<x>[^，,。；;：:“”「」]{2,20}?)(?:也|还|亦|则)?转载了?(?P<y>[^，,。；;：:“”「」]{2,25}?)的?"
                      r"(?:报导|报道|文章|消息|新闻)")


# 根据公署官网上发布的声明，香港特区行政长官办公室…强调 (zhK-zaobao-1 gold: the speaker's via
# 声明; the site is the via of the statement itself): a document described by where it was
# published is the document
_PUBLISHED_DOCUMENT = re.compile(r"[^，,。；;：:“”「」]{2,20}?(?:上|中)?(?:发布|发表|公布|刊发|刊登|发出|贴出)的"
                                 r"(?P<doc>声明|报告|公告|通告|文告|新闻稿|公开信|文章|贴文|帖文|推文|视频|影片|短片)")


# 在向国会提交的年度报告中表示, 在提交给联合国的报告中说: a report described by the body it was
# submitted to is the report (the body is its reader, not a channel of the speaker's)
_SUBMITTED_DOCUMENT = re.compile(r"[^，,。；;：:“”「」]{0,20}?(?:提交|呈交|递交|呈递|提呈)(?:给|予|至)?[^，,。；;：:“”「」]{0,15}?的"
                                 r"(?:一份)?(?P<doc>[^，,。；;：:“”「」的]{0,4}?(?:报告|报告书|文件|意见书|信|信函|建议书))")


# a date opening a channel span (今年5月, 10月12日, 昨日上午)
# (a bare 今日 may open a name: 今日頭條平台, 今日美国; only with 的 is it the date: 今日的开幕式)
_LEADING_TIME = re.compile(r"(?:[0-9０-９]{4}年)?(?:今年|去年|前年|本月|上月|同月|今天|昨天|当日|当天|同日|(?:今日|昨日)的)?"
                           r"(?:[0-9０-９一二三四五六七八九十]{1,2}月(?:底|初|末|中旬|上旬|下旬)?)?"
                           r"(?:[0-9０-９一二三四五六七八九十]{1,2}[日号])?(?:上午|下午|晚上|晚间|早上|中午|傍晚)?(?=[^便就也亦再])")
# a time after an outlet's name is when, not where (有線新聞網絡（CNN）上月引述, hkcnews
# article_24955); the days before a press event or document are markers.json edge_days
_TRAILING_TIME = re.compile(r"(?:今年|去年|本月|上月|同月|今天|昨天|今日|昨日|日前|早前|近日|刚刚|稍早|此前|先前|之前|近期|上周|本周|"
                            r"[0-9０-９一二三四五六七八九十]{1,2}[日号]|周[一二三四五六日])$")
# an event, then the speech made there (…国际大会的谈话, 峰会上的讲话)
_SPEECH_AT = re.compile(r".{2,40}?(?:上|中)?的?(?P<speech>谈话|讲话|发言|致辞|致词|演讲|演说)")
_EVENT_HEADS = ("大会", "会议", "论坛", "峰会", "年会", "研讨会")


def _named_at(doc: ChineseDoc, a: int, b: int) -> bool:
    """An outlet or platform name of the gazetteer opens s[a:b] (今日美国, 今日头条)."""
    return doc.is_outlet(a, b) or doc.ctx is not None and any(
        h[0] == 0 for h in doc.ctx.gazetteer.find_all(doc.text[a:b]))


def _without_edge_days(doc: ChineseDoc, a: int, b: int) -> tuple[int, int]:
    """昨日例行記者會 -> 例行記者會, 今日公告 -> 公告, 有線新聞網絡（CNN）上月 -> 有線新聞網絡（CNN）: a
    day before a press event or document, or a time after an outlet's name, is when, not where
    (the open gold writes no via with a day: zhopen, round 26, 0 of 382)."""
    s = doc.s
    if s.startswith(doc.lex.edge_days, a) and b - a >= 4 and s.endswith(doc.lex.press_events + doc.lex.channel_nouns, a, b) \
            and "的" not in s[a:b] and not _named_at(doc, a, b):
        a += 2  # (not 今日俄罗斯电视台的节目, 今日头条平台: a name that opens with the day)
    t = _TRAILING_TIME.search(s, a, b)
    if t is not None and t.start() - a >= 2 and (_named_at(doc, a, t.start())
                                                 or doc.is_outlet(a, strip_gloss(s, a, t.start()))):
        b = t.start()
    return a, b


def _channel_extent(doc: ChineseDoc, a: int, b: int) -> tuple[int, int]:
    """A channel span cut to what names the channel: the named platform after a generic one, the
    event without the act done at it, a document without a dangling 的 (的讲话), a document
    without the place and act of its publishing (公署官网上发布的声明 -> 声明)."""
    s = doc.s
    if b - a > 3 and s[b - 1] in "中里内" and s.endswith(doc.lex.channel_nouns, a, b - 1):
        b -= 1  # 向国会提交的年度报告中: the report, not the locative after it
    time = _LEADING_TIME.match(s, a, b)
    if time is not None and time.end() > a and b - time.end() >= 2:
        a = time.end()  # 今年5月《日本经济新闻》“亚洲未来”国际大会 (zhC-orientaldaily-1 gold): no date
    a, b = _without_edge_days(doc, a, b)
    speech = _SPEECH_AT.fullmatch(s, a, b)
    if speech is not None:
        e = speech.start("speech")
        e -= s.startswith("的", e - 1)
        e -= s[e - 1] in "上中"
        if s.endswith(_EVENT_HEADS + doc.lex.press_events + doc.lex.ceremonies, a, e):
            b = e  # …国际大会的谈话: the event, not the speech made there
    published = _PUBLISHED_DOCUMENT.fullmatch(s, a, b)
    if published is not None:
        return published.span("doc")
    submitted = _SUBMITTED_DOCUMENT.fullmatch(s, a, b)
    if submitted is not None:
        return submitted.span("doc")
    k = max(s.rfind("通过", a, b), s.rfind("透过", a, b), s.rfind("经由", a, b))
    if k > a and b - k - 2 >= 2:
        a = k + 2  # 於5月6日就曾通過新聞秘書 (zhH-sgnews-1 gold: 新聞秘書): the go-between, not the time
    m = _GENERIC_HEAD.match(s, a, b)
    if m is not None and m.start("name") > a:
        na, nb = m.span("name")
        name = s[na:nb].removeprefix("官方")
        if name in doc.lex.platform_names and name not in doc.lex.generic_platforms \
                or s[a:na].strip("“「") and s[na - 1] in "“「" and s[nb:nb + 1] in "”」":
            return na, nb
    e = _event_then(doc.lex.press_events + doc.lex.ceremonies + ("峰会", "论坛")).search(s, a, b)
    if e is not None and b - e.end() >= 2 and s[e.end() + 1:b].strip() and not s.startswith("的", e.end()) \
            and s.find("接受", e.end(), b) < 0:  # (…慈善活動時接受《多倫多星報》訪問: the interview's)
        b = e.end()
    if s.endswith(doc.lex.press_events + doc.lex.ceremonies, a, b):
        k = max(s.rfind(v, a, b) for v in _ATTENDING)
        if k > a and b - k - 2 >= 2:
            a = k + 2  # 在伊利諾州參加競選活動時說 (hkcnews article_16221): the event, not the place
    k = s.find("接受", a + 1, b)
    if k > a and _INTERVIEWED.fullmatch(s, k, b) is not None:
        a = k  # 在映后接受媒体采访时 (THUCNews line 780): the interview, not when or where it was given
    if s.startswith("的", a) and b - a >= 3:
        return a + 1, b
    return a, b


def channel_spans(doc: ChineseDoc) -> None:
    """Every channel span in the form ANNOTATION.md writes it, whatever stage found it: an outlet
    written in title marks keeps them (via 《零对冲》; gold of every Chinese part keeps them
    in 23 of 25 cases), quotation marks around a name go (对」間諜說「表示 -> 間諜說), and a
    leading 有 'some' goes (有媒体引述 -> 媒体)."""
    s = doc.s
    for c in doc.cands:
        if not c.via:
            continue
        out: list[tuple[int, int]] = []
        for a, b in c.via:
            if not _paired_quote(s, a, b):  # 「無力感」 inside a span stays whole
                while b - a > 1 and s[a] in "“”「」『』\"":
                    a += 1
                while b - a > 1 and s[b - 1] in "“”「」『』\"":
                    b -= 1
            if _SOME_MEDIA.match(s, a) and b - a > 2:
                a += 1
            if s.startswith("其", a) and s.endswith(doc.lex.channel_nouns + tuple(doc.lex.platform_names), a, b):
                a, b = _strip_owner(s, a, b)  # 在其四季报中, 在其“脸书”页面上: the report, the page
            a, b = _channel_extent(doc, a, b)
            # a title cut open by an earlier stage is closed again (《詩華日報》等馬來西亞媒體 was
            # written as 詩華日報》等馬來西亞媒體, zhT-ifuun-1): the span holds whole titles
            a, b = _balanced(s, a, b)
            if b - a > 2 and s[b - 1] == "的":
                # 《金融時報》的報道指 (hkcnews article_26932): a source cut after 的 relays its
                # outlet as 金融時報》的; the name ends before 的, its title marks whole
                a, b = _balanced(s, a, b - 1)
            programme = _outlet_programme(doc, a, b) or _outlet_before(doc, a, b)
            if programme:
                out.extend(v for v in programme if v not in out)  # CNN的节目 -> CNN, 节目
                continue
            relay = _RELAYED.fullmatch(s, a, b) if s.find("转载", a, b) >= 0 else None
            if relay is not None and all(doc.is_outlet(*relay.span(g)) for g in ("x", "y")):
                # 环球网也转载了中国官方媒体新华社的报导，引述…说 (zhC-orientaldaily-1 gold: 环球网,
                # 新华社): the outlet reposting, then the one whose report it is, outer first
                for g in ("x", "y"):
                    v = doc.outlet_name(*relay.span(g))
                    if v not in out:
                        out.append(v)
                continue
            if 0 < a and b < len(s) and s[a - 1] == "《" and s[b] == "》" and "《" not in s[a:b]:
                a, b = a - 1, b + 1
            for opener, closer in (("“", "”"), ("「", "」")):
                k = s.find(opener, a, b)
                if k >= 0 and s.find(closer, k, b) < 0 and s.startswith(closer, b) and b - k > 2:
                    # 据台湾“今日新闻”报道 (THUCNews line 531) relayed 台湾“今日新闻: the quoted name, as
                    # “中央社” gives 中央社 and 台联合晚报 联合晚报 (zh-dev cnews-569, cnews-467 gold)
                    a = k + 1
            if (a, b) not in out:
                out.append((a, b))
        # 在2008年接受BBC專訪時說 (hkcnews article_45353) gave 接受BBC專訪 beside BBC: the interview
        # accepted is no channel of its own when its interviewer is one (ANNOTATION.md: "CNN" in
        # 接受CNN访问)
        c.via = [(a, b) for a, b in out if not (s.startswith("接受", a) and any(
            a <= x and y <= b and (x, y) != (a, b) for x, y in out))]
