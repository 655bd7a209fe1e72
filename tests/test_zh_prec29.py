"""Chinese spurious attributions, round 29 (brief zhprec29): a cue that the words around it make a
noun or an embedded verb, so nothing is said. Real sentences from the open pool (zhopen ids) and
from breadth text (THUCNews `cnews.val.txt`, thN = line N+1; hkcnews articles), and beside each
class sentences where the same cue still reports speech (the rule must not fire there).

Data in `sayso/lang/zh/cues.json` `noun_after` (之/而 after a cue; 投訴激增, 指控做出回应,
传言纯属; 辟謠平臺, 披露渠道); code in `sayso/lang/zh/cues.py` (`_noun_after`, `_governed_cue`:
a source span that ends in an auxiliary, an adverb, a coverb or a conjunction governing the cue;
`_SUFFERED_THREAT`: a threat received with 接到/收到).
"""

from __future__ import annotations

import pytest

import sayso


def _rows(text: str) -> list[tuple[str, str]]:
    """(cue, source) of every attribution, cue parts joined by +, source "-" when none."""
    a = sayso.analyze(text, language="zh")
    return [
        ("+".join(c.text for c in x.cue), x.source.text if x.source else "-")
        for x in a.attributions
    ]


# (origin, sentence, a cue word that must not be an attribution's cue)
NO_SPEECH = [
    # 之/而 after the cue: a noun joined to what follows
    (
        "zhP-worldjournal-1",
        "莊文怡就此發表聲明,她和州眾議員寇頓(William Colton)一貫反對在國王高速路建庇護所,"
        "這也是她競選的焦點主張之一;她說,不少房地產業通過修建庇護所和收房租賺大錢。",
        "主張",
    ),
    (
        "zhR-ctmanga-1",
        "對此,Gold Medalist反駁,指出是完全是無根據的謠言,並表示當時負責徐睿知的經紀人,已經離開公司,"
        "這次因爲這些荒唐指控而聯繫了公司,呼籲停止散播無根據的假消息。",
        "指控",
    ),
    (
        "THUCNews th768",
        "如果时光可以倒流，我会带着你们过另一种生活，不要太多的钱，每天去菜场斤斤计较，"
        "为发论文、评职称而与人争得面红耳赤，也为女儿考不上好学校而心焦。",
        "称",
    ),
    # the cue word as the subject of a predicate of number or response
    (
        "zhS-am1470-1",
        "魁省皇家騎警在社交平台,以英文和簡體中文發出的一個帖文,稱警方正在積極調查魁北克境內,"
        "與中國干預相關的犯罪活動指控,以應對滿地可華裔加拿大人投訴激增的情況。",
        "投訴",
    ),
    (
        "zhS-orientaldaily-1",
        "此前媒体报导,阿米鲁丁被要求针对该名官员涉嫌拥有不明财富指控做出回应,"
        "对方据称在州政府中担任多个职位。",
        "指控",
    ),
    # the cue word modifying a noun of a channel
    (
        "zhN-zhengguan-1",
        "當天下午,上海辟謠平臺記者走訪了中山醫院東院區的急診區和西院區的發熱門診。",
        "辟謠",
    ),
    (
        "zhO-tuliaojing-1",
        "關於交流紀要所提及的公司2023年業勣目標是否真實,該人士也衹是表示,"
        "公司未來的業勣情況會通過公司指定的信息披露渠道進行披露。",
        "披露",
    ),
    # a threat received (接到/收到)
    (
        "zhT-sinahk-1",
        "據新加坡《聯合早報》報導,新加坡當地時間23日上午全島共有18個地點接到炸彈威脅,"
        "其中包括新加坡永續發展與環境部大廈。",
        "威脅",
    ),
    (
        "zhT-sinahk-1",
        "報導稱,警方知悉韓國近來也收到了似乎是同一人發送的電郵炸彈威脅,結果證明是虛假信息。",
        "威脅",
    ),
    # a source span ending in a word that governs the cue
    (
        "zhA-bbc-2",
        "这些假账号主要通过社交媒体平台支持中国的利益主张，发布的一些内容还与美国选举有关。",
        "主张",
    ),
    ("zhF-guancha-1", "面对假消息及假新闻,警方会积极澄清以释除公众疑虑。", "澄清"),
    (
        "zhN-orientaldailymy-1",
        "他说,州选委会将会在其官方网站、记者会及文告宣布有关州选举的重要日期,包括提名日和投票日。",
        "宣布",
    ),
    ("zhQ-aamacau-1", "但有記者即時反駁,是否有必要去採訪,應由記者自行判斷,無需警方代勞。", "判斷"),
    (
        "zhU-sgnews-1",
        "他说,李总理遵循了包括李光耀先生在内的前代领导人的做法,支持贪污调查局调查担任政治职务者"
        "可能犯下的违法行为,这恰恰清楚表明了政府对贪污指控的立场。",
        "表明了",
    ),
    (
        "zhA-nyt-1",
        "他的帐户有奇怪的点赞记录，经常给自己的推文点赞，甚至给批评中国的帖子点赞。",
        "批评",
    ),
    (
        "THUCNews th667",
        "如一封来自名人的推荐信写道：“该生思想积极要求进步，学习刻苦努力，尊敬老师，团结同学。",
        "要求",
    ),
    (
        "THUCNews th391",
        "从此，奔驰对必美品牌的选择所代表的不仅仅是汽车与木地板，更是欧洲人对奔驰高品质生活的态度和要求："
        "环保、优雅、简洁和成功。",
        "要求",
    ),
    (
        "hkcnews 670",
        "有大量照片和視頻可提供足夠人證和物證，去辨識和指證兇徒；現場到處有監察鏡頭。",
        "指證",
    ),
]


@pytest.mark.parametrize(
    ("origin", "text", "cue"), NO_SPEECH, ids=[f"{o}:{c}" for o, _, c in NO_SPEECH]
)
def test_no_statement(origin: str, text: str, cue: str) -> None:
    assert cue not in [c for c, _ in _rows(text)], origin


# (origin, sentence, cue, source): the same words where they do report a statement (source "" when
# any source will do)
SPEECH = [
    # 之前 'before' after the cue opens its object
    (
        "THUCNews th806",
        "科比今天也解释了之前拒绝做MRI的原因，“我移动的没问题，我觉得没有骨折。",
        "解释了",
        "科比",
    ),
    # a conjunction after a cue word joins two verbs of speech
    (
        "THUCNews th53",
        "尽管媒体一遍遍呼吁和提醒各位侨胞尊重伴侣、关爱生命、终止暴力，但家暴的悲剧却一直从未停止过。",
        "提醒",
        "",
    ),
    (
        "hkcnews 29918",
        "而家卷都未改，教育局公開譴責及要求取消試題，是否向教育界及考評局施壓？",
        "要求",
        "",
    ),
    # 附和 'echo' ends in 和, a verb of its own
    (
        "hkcnews 29420",
        "中聯辦代表中央監督涉及中央與特區政府的事務，港府亦附和說中聯辦有監督權。",
        "說",
        "港府",
    ),
    # 被 glued to the cue: the passive question is asked
    (
        "THUCNews th806",
        "今天科比的两个扣篮精彩程度堪比他获得扣篮大赛冠军的表演，在被问道是否让他想起23-24岁的科比，"
        "科比表示确实想起了自己的年轻时代。",
        "问道",
        "",
    ),
    # 去到 'until', not 去 of purpose
    (
        "hkcnews 34172",
        "鹿逢國去到今時今日才向政府要求各種各樣的支援，但過去多年來見到業界的沉淪卻選擇性失明。",
        "要求",
        "",
    ),
    # a source across a comma is left to the clause before: 強調 keeps 黃宏發 (main: the whole clause)
    (
        "hkcnews 10659",
        "被問及政府是否應修例，黃宏發說選舉主任根本不應有權去判斷，強調「等同選舉主任變成法官」。",
        "強調",
        "黃宏發",
    ),
    # 接到 + an object that is not the threat: the police receive a report, a statement follows
    (
        "zhT-sinahk-1",
        "據《聯合早報》此前報導,該媒體此前曾接到讀者通報,稱新加坡永續發展與環境部23日早上疑似接獲"
        "炸彈威脅,樓中貼出告示稱有緊急情況發生,大樓已經被封鎖。",
        "稱",
        "",
    ),
]


@pytest.mark.parametrize(
    ("origin", "text", "cue", "source"), SPEECH, ids=[f"{o}:{c}" for o, _, c, _ in SPEECH]
)
def test_still_a_statement(origin: str, text: str, cue: str, source: str) -> None:
    rows = _rows(text)
    assert any(c == cue and (s == source or not source) for c, s in rows), (origin, rows)
