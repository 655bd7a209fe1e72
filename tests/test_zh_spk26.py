"""Chinese speakers, round 26 (branch zhspk26): a predicate the cue's clause left at the end of
a source span goes (mentions.json `closing_predicates`, `entities.closing_predicate`).

ANNOTATION.md: the source is the span naming who makes the statement, a noun phrase.
"""

from __future__ import annotations

import pytest

import sayso
from sayso.lang.zh.entities import closing_predicate


def _sources(text: str) -> dict[str, str | None]:
    """Cue text -> source text of each attribution of `text`."""
    out: dict[str, str | None] = {}
    for a in sayso.analyze(text, language="zh").attributions:
        out["".join(c.text for c in a.cue)] = a.source.text if a.source else None
    return out


@pytest.mark.parametrize("text,cue,source", [
    # zhR-orientaldaily-1 (gold source 2名高阶警官): the cited officers' 谈话 is no part of them
    ("根据报导,路透社在12日引述2名高阶警官谈话,指警方是于当天早上接获投报。", "引述指", "2名高阶警官"),
])
def test_a_closing_predicate_leaves_the_source(text, cue, source):
    assert _sources(text)[cue] == source


@pytest.mark.parametrize("text,cue,source", [
    # THUCNews th-sport (胡加时 is the official's name, its 时 ends no clause)
    ("很多媒体记者现场观看国青的训练课。篮管中心副主任胡加时说：“如果不是出了这个事，根本不可能有这么多媒体关注国青队。”",
     "说", "篮管中心副主任胡加时"),
])
def test_a_name_ending_in_shi_stays_whole(text, cue, source):
    assert _sources(text)[cue] == source


@pytest.mark.parametrize("tail,closes", [
    ("谈话", True), ("聽聞", True), ("質詢時", True), ("开场发言时", True),
    ("当时", False),  # a time word, no clause
    ("有时", False),
    ("时", False),  # a name's last character (胡加|时)
    ("談話內容", False),  # more than the predicate: left to the other rules
    ("", False), ("\u3000", False), ("說", False),  # too short for any: no OpenCC call (speed27)
])
def test_closing_predicate(tail, closes):
    assert closing_predicate(tail) is closes


def _entities_by_source(text: str) -> dict[str, list[str | None]]:
    """Source text -> the entity ids of its attributions, in text order."""
    out: dict[str, list[str | None]] = {}
    for a in sayso.analyze(text, language="zh").attributions:
        if a.source is not None:
            out.setdefault(a.source.text, []).append(a.source.entity)
    return out


# zhQ-aamacau-1 (gold: one "unnamed reporter" for both 有記者)
_REPORTERS = (
    "黃少澤又稱,自己收到有關消息時已經半夜12點,記者再去「糾纏」是無必要的,「已經排除了危險,再通知去採訪,"
    "你覺得有必要咩?」但有記者即時反駁,是否有必要去採訪,應由記者自行判斷,無需警方代勞。"
    "黃少澤則說︰「我諗大家唔好糾纏好嗎?應該做既嘢全部做曬架啦。你唔明白我無辦法。」\n"
    "黃少澤又表示,不同事件有不同處理,警方絕無隱瞞傳媒,也會不斷檢討通報傳媒機制。然而有關說話已說過多次,"
    "但警方的處理手法仍然時常出現問題。有記者追問,警方會如何檢討?黃少澤則說︰「我無必要同你在這裡講,"
    "有好多細節要睇下到底出現咩問題,有無必要進行重新的調整。」"
)
# zhB-ltn-2 (gold: "a netizen", then "another netizen" after 還)
_NETIZENS = (
    "對於總統府晚間緊急澄清,網友批評聲浪不斷,有網友諷刺馬英九「你上次記錯,這次又記錯」,還有網友質疑,"
    "8月31日晚上9時30分這個時間點,「特偵組不是還在問口供」,認為總統府與特偵組的說法一變再變。"
)


def test_the_same_anonymous_phrase_again_is_one_source():
    ids = _entities_by_source(_REPORTERS)["有記者"]
    assert len(ids) == 2 and ids[0] is not None and ids[0] == ids[1]


def test_an_anonymous_phrase_after_hai_is_another_source():
    ids = _entities_by_source(_NETIZENS)["有網友"]
    assert ids[0] is not None and ids[0] != ids[1]


def test_two_anonymous_phrases_in_one_sentence_are_two_sides():
    # THUCNews th641: "some say..., others say..." in one sentence
    text = ("对于这些考生，经常有很多人出主意想办法。有人说背单词最重要，有人说千万别背单词要注重阅读技巧。"
            "这些建议常常让四级考生无以适从。")
    ids = _entities_by_source(text)["有人"]
    assert len(ids) == 2 and ids[0] != ids[1]


def test_the_same_unnamed_words_again_are_one_source():
    # THUCNews th620: a nickname the name recogniser does not know, written the same each time
    text = ("9月26日，片方公布了一款制作花絮。在花絮中，阿信(微博)表示，希望歌迷不要放弃自己的梦想，与五月天一起追梦。"
            "在特辑中，阿信表示，“我们的电影中有一个很大的主题，梦想。”"
            "《五月天追梦3DNA》是3D音乐电影。阿信透露，五月天和电影制作团队经历了辛苦的前期拍摄和漫长的后期剪辑。")
    ids = _entities_by_source(text)["阿信"]
    assert len(ids) == 3 and ids[0] is not None and len(set(ids)) == 1


def test_a_bodys_side_and_its_name_are_one_source():
    # zhQ-itbear-1 (gold speaker 洋河股份 for both)
    text = ("近日,有关洋河股份(股票代码:002304.SZ)高管亲属现身2025年春节联欢晚会前排观众席的传闻在网络上引起热议。"
            "对此,洋河股份官方迅速作出回应,明确否认了这一说法,称其为毫无根据的谣言。\n"
            "据洋河股份透露,其现任董事长张联东仅育有一子,公司并未获得春晚现场的任何活动门票。")
    by = _entities_by_source(text)
    assert by["洋河股份官方"][0] is not None and by["洋河股份"] == [by["洋河股份官方"][0]]


def test_a_persons_side_stays_apart_from_the_person():
    # THUCNews th753: 约翰逊方面 (his camp) and 约翰逊 himself
    text = ("“我们看到了萨克拉门托的努力，他们承诺了更多的赞助，也承诺了不仅有新球馆的计划。”确实如此，"
            "约翰逊方面也承认会跟国王确保至少会在广告、球票销售和其他方面有超过920万美金的资金投入。"
            "这将极大地减少国王下赛季承受的财政压力，同时约翰逊还表示也在争取更多时间去操作新球馆的融资问题。")
    by = _entities_by_source(text)
    assert by["约翰逊方面"][0] != by["约翰逊"][0]


# THUCNews th831: 郑军 named, then a source the cut left a closing quote on (”郑军)
_ZHENGJUN = (
    "2009年5月23日，下岗女工张合义与河南温县国土局原局长郑军签订了一份“商品房买卖合同”。"
    "案件调查中，郑军辩称：“按照合同，张合义付款日期已越期”，办案民警当时便指出：“你那合同就没签署日期，怎么就超期了？”"
    "郑军在自己的那份合同上随手填上“2009年5月23日”，说“填上不就完了”。"
)


def test_words_before_a_name_the_article_used_leave_the_same_speaker():
    atts = sayso.analyze(_ZHENGJUN, language="zh").attributions
    named = {a.source.entity for a in atts if a.source is not None and a.source.text == "郑军"}
    glued = [a.source for a in atts if a.source is not None and a.source.text.endswith("郑军")
             and a.source.text != "郑军"]
    assert glued and len(named) == 1 and all(s.entity in named for s in glued)

