"""Chinese attribution classes fixed in round 11 (zhattr11), on real text of the open material.

Each test names its article (zh-news tune or test half A); the texts are quoted (some paragraphs
shortened) from
`evaldata/zh-news` and `/work/r11/zhtestA` (copies of the zh-news test part, half A).
"""

from __future__ import annotations

import sayso


def _turns(text: str) -> list:
    return [a for a in sayso.analyze(text, language="zh").attributions if a.evidence.startswith("transcript")]


# zhA-mfa-3 (zh-news test half A; fmprc.gov.cn transcript, 2024): a spokesperson's answer runs
# over two paragraphs, up to the next turn label (总台…记者:).
MFA3 = ("路透社记者:据消息人士透露,台湾海军负责人将于下周访美,出席军事典礼并讨论双方海军合作。外交部对此有何评论?\n"
        "林剑:我们注意到有关报道。中方坚决反对美台军事勾连。\n"
        "世界上只有一个中国,台湾是中国领土不可分割的一部分。一个中国原则是中美关系的政治基础。\n"
        "总台华语环球节目中心记者:日前,博鳌亚洲论坛发布《亚洲经济前景及一体化进程2024年度报告》。发言人能否介绍更多论坛的有关情况?\n")


def test_named_turn_runs_over_the_next_paragraph() -> None:
    turn = next(a for a in _turns(MFA3) if a.source and a.source.text == "林剑")
    # each paragraph whole, with its final 。, as the gold copies multi-paragraph answers
    assert [c.text for c in turn.content] == [
        "我们注意到有关报道。中方坚决反对美台军事勾连。",
        "世界上只有一个中国,台湾是中国领土不可分割的一部分。一个中国原则是中美关系的政治基础。"]


def test_single_paragraph_turn_keeps_its_span() -> None:
    turn = next(a for a in _turns(MFA3) if a.source and a.source.text == "路透社记者")
    assert len(turn.content) == 1 and not turn.content[0].text.endswith("。")


# zhA-mfa-1 (zh-news tune; fmprc.gov.cn 2016): the narrator takes the floor back after the answer
# (会后，有记者问及：…), so that paragraph is not the spokesperson's.
MFA1 = ("外交部发言人洪磊主持例行记者会\n"
        "问:据报道,世界反兴奋剂机构表示,开始对中国游泳选手隐瞒使用兴奋剂事进行调查。中方对此持何看法?\n"
        "答:你可能已经注意到,中国游泳协会已就此介绍了有关情况,阐明了中方在反兴奋剂方面的坚定立场。\n"
        "会后,有记者问及:是否有中国公民在比利时布鲁塞尔恐怖袭击事件中的最新伤亡报告?\n")


def test_answer_stops_where_the_narrator_resumes() -> None:
    answer = next(a for a in _turns(MFA1) if a.cue and a.cue[0].text == "答")
    assert len(answer.content) == 1
    assert "会后" not in answer.content[0].text


# zhC-cctv-1 (zh-news tune; CCTV interview, 2021): a short question on a line of its own is the
# programme's sub-heading, not the interviewee's words.
CCTV1 = ("王华庆:我们国家要建立免疫屏障,可能需要10亿人以上接种新冠疫苗,接种率越高,免疫屏障形成就越牢固,接下来我们还有一段路要走。\n"
         "新冠疫苗的安全性究竟如何?\n"
         "虽然在刚刚过去的一周,国内新冠疫苗单日接种量从三四百万快速增长到700万,但和一些接种率达到百分之四十甚至百分之六十的国家相比,仍然属于较低水平。\n")


def test_sub_heading_ends_the_turn() -> None:
    turn = next(a for a in _turns(CCTV1) if a.source and a.source.text == "王华庆")
    assert len(turn.content) == 1


def _cues(text: str) -> list[str]:
    return ["".join(c.text for c in a.cue) for a in sayso.analyze(text, language="zh").attributions]


# zhD-mirror-1 (zh-news test half A; 鏡週刊 2024): 提供更正説明 is an explanation demanded, a
# noun after a light verb; only 強調 reports speech (the gold has its stance as threaten, from
# 否則會對相關人等採取法律行動, a construction seen once in the open material and left alone).
def test_light_verb_object_is_no_cue() -> None:
    text = ("王鴻薇她強調,除了要請NCC據實開罰,更要請民視於今日中午之前,自律下架相關錯誤資訊並提供更正説明,"
            "否則會對相關人等採取法律行動。")
    assert _cues(text) == ["強調"]


# THUCNews (qianshuang/dl-exp cnews.val.txt lines 461 and 751): 则 and 一起 are adverbs, not a
# number and a classifier, so the cue after them stays.
def test_adverbs_are_not_counted_nouns() -> None:
    assert "表示" in _cues("中国房地产协会副会长兼秘书长朱中一则表示，目前中国楼市并不存在所谓的“拐点”，房地产投资还在增长。")


# zhA-nyt-1 (zh-news test half A; 纽约时报中文网 2020): 这样写道 after a quotation that opens its
# own sentence points at that quotation (“……”X这样写道), unlike 皆如此表态, which points back at
# words already attributed. THUCNews has the same form (“……”科尔宾这样说, cnews.val.txt line 408).
def test_manner_cue_after_an_opening_quotation() -> None:
    text = ("“警告：吃饭时不宜读此文，”英国人权委员会的保守党成员卢克·德·普尔福德(Luke de Pulford)"
            "在引起人们注意刘晓明似乎支持色情视频的推文开头这样写道。")
    atts = sayso.analyze(text, language="zh").attributions
    wrote = [a for a in atts if [c.text for c in a.cue] == ["写道"]]
    assert len(wrote) == 1
    assert wrote[0].kind == "direct" and wrote[0].content[0].text == "警告：吃饭时不宜读此文，"
    assert wrote[0].source is not None and "普尔福德" in wrote[0].source.text


def test_manner_cue_pointing_back_is_no_attribution() -> None:
    # THUCNews (cnews.val.txt line 391): 就这样说 points back at 他就说… just reported, with no
    # quotation opening the sentence, so it is no second attribution
    text = ("后来我问他怎么回事，我这个暖气被停了，他就说交了物业费再给修好，就这样说。")
    assert _cues(text).count("说") == 1


# zhD-now-1 (zh-news test half A; Now新聞 2020): a turn label holding a bracketed gloss of the
# member's functional constituency is still a speaker's label.
def test_turn_label_with_a_bracketed_gloss() -> None:
    text = ("港台新聞報道近日被投訴,有議員在答問會上關注政府如何跟進。\n"
            "立法會議員(漁農界)何俊賢:「佐敦封區罐頭刀事件,令香港市民批評特區政府派罐頭,不派罐頭刀;"
            "但有很多市民都知有『易拉罐』。香港電台作為公營電台,用香港市民公帑,部分亦是公務員,"
            "是否因為難解僱而令他們肆無忌憚?」\n")
    turns = _turns(text)
    assert [t.source.text for t in turns if t.source] == ["立法會議員(漁農界)何俊賢"]  # paragraphs 3-4
    assert turns[0].kind == "direct" and turns[0].content[0].text.startswith("佐敦封區罐頭刀事件")
