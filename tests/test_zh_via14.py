"""Chinese channels of round 14 (branch zhvia14): golden rows of the open zh part H tune
(tests/golden/zh_via14.json) and the mechanisms, on real sentences.

Classes (benchmarks/data/zhvia14/classes.md): a written or posted channel (statement, letter and
its addressee, post, platform) goes on in the speaker's next sentence when nobody else speaks in
between, unless that sentence opens a new topic or names a time of its own; a platform the
narrator puts someone on is the channel of that person's next words; a letter to a paper's
editor names the person (致函《X》总编辑Y). The hkcnews sentences are from
hkarchivist/hkcnews-article-archive (Citizen News HK, commit 635cc02f), articles named in each
test; zhB-storm-1 is a zh-news tune article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import checked_row_problems

import sayso

CASES = json.loads((Path(__file__).parent / "golden" / "zh_via14.json").read_text("utf-8"))["cases"]


def _vias(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


def test_rows_are_real_open_material() -> None:
    for row in CASES:
        assert row["origin"].startswith("zh-news part H tune"), row["id"]
        assert "source" in row["checked"], row["id"]
    assert {r["script"] for r in CASES} == {"Hans", "Hant"}


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_zh_via14(row: dict) -> None:
    assert checked_row_problems(row, "zh") == []


def test_posted_words_go_on_in_the_next_sentence() -> None:
    """…在Twitter批評…。他說：「…」: the post's words go on (hkcnews article_28024, article_17630)."""
    rows = _vias("民主黨總統參選人、前副總統拜登周三在Twitter批評特朗普總統使用「中國病毒」的說法。"
                 "他說：「停止仇外式的散布恐懼。誠實做人。承擔責任。做好你的工作。」")
    assert ("他", "說", ["Twitter"]) in rows
    rows = _vias("同日，特朗普還在推特上回應朝鮮領導人金正日的新年講話，他說「我也期待與金委員長的會面，"
                 "對方非常瞭解朝鮮擁有極大的經濟潛力。」")
    assert ("他", "說", ["推特"]) in rows


def test_no_carry_over_a_time_of_its_own() -> None:
    """政府隨即發表聲明，稱…。…政府也不會早前要求…。此外，政府於7月18日宣布…: other occasions
    (hkcnews article_32276); 在Facebook留下…。他在4日後承認… (article_12232): a plea in court."""
    rows = _vias("政府隨即發表聲明，稱豁免檢疫屬必要，又指所有豁免人士須在入境時通過體溫監測及在入境後自我隔離14天。"
                 "此外，政府於7月18日宣布，過去14天內到過7個高風險地區的抵港人士，須持有病毒呈陰性的檢測結果。")
    assert [v for s, c, v in rows if c == "宣布"] == [[]]
    assert [v for s, c, v in rows if c == "發表聲明"] == [["聲明"]]  # the statement itself keeps it
    rows = _vias("梁天琦在Facebook留下一首《問我》、一個笑臉符號，開始迎接長達50多天的審訊。"
                 "他在4日後承認一項襲警罪，與承認一項暴動罪的同案被告黃家駒即時還柙。")
    assert all(v == [] for _, _, v in rows)


def test_no_carry_into_a_new_topic_or_a_spoken_channel() -> None:
    """對於邀請龐畢歐來台一事，黃偉哲表示 (zh-news tune zhB-storm-1): a new question, answered
    anew; spoken channels (an interview, a press conference) are not carried."""
    rows = _vias("台南市長黃偉哲也在臉書留言表示，誠摯的邀請您來台南，享受最甜美的鳳梨與自由的滋味。"
                 "對於邀請龐畢歐來台一事，黃偉哲表示，這個月初，他看到駐美代表蕭美琴與龐畢歐在雙橡園合照。")
    assert [v for s, c, v in rows if s == "黃偉哲"][-1] == []
    rows = _vias("外交部发言人毛宁在例行记者会上说，中方一贯反对单边制裁。她说，美方应当停止干涉。")
    assert [v for s, c, v in rows if s == "她"] == [[]]


def test_someone_else_speaking_ends_the_carry() -> None:
    """白宫新闻秘书…在一份声明中说，中央情报局局长…均确认…。她表示… (zh part G tune
    zhG-xinhua-1 gold: no via on 她表示): a speaker quoted inside the statement comes between."""
    text = ("白宫新闻秘书麦克纳尼当天在一份声明中说,中央情报局局长、国家安全事务助理和白宫办公厅主任均确认"
            "特朗普和副总统彭斯未获悉相关情报。她表示不评价据称的情报的价值,仅为指出《纽约时报》报道不准确。")
    rows = _vias(text)
    assert ("白宫新闻秘书麦克纳尼", "说", ["一份声明"]) in rows
    assert [v for s, c, v in rows if s == "她"] == [[], []]
    # with nobody in between the statement goes on (zhH-sgnews-1 gold: 黃志明要求 via 聲明)
    rows = _vias("白宫新闻秘书麦克纳尼当天在一份声明中说,总统并未获悉相关情报。她表示不评价据称的情报的价值。")
    assert [v for s, c, v in rows if s == "她"] == [["一份声明"]]


def test_a_pronoun_or_the_public_told_is_no_channel() -> None:
    """有人告訴他，… (hkcnews article_33770), 同学间的组织者告诉大家，… (THUCNews cnews.val line
    974): the one told is a pronoun or everyone, no channel; the words still start after it. An
    outlet told stays the channel (告诉法新社)."""
    rows = sayso.analyze("博明提醒特朗普，武漢肺炎正在中國「無症狀」傳播。有人告訴他，50%受感染者沒有症狀。",
                         language="zh").attributions
    told = [a for a in rows if a.cue[0].text == "告訴"]
    assert [v.text for v in told[0].via] == [] and told[0].content[0].text.startswith("50%")
    assert ("同学间的组织者", "告诉", []) in _vias("“同学间的组织者告诉大家，最近不便接电话。”")
    assert ("一名官员", "告诉", ["路透社"]) in _vias("一名官员告诉路透社，调查仍在进行。")


def test_a_statement_issued_through_a_go_between() -> None:
    """王乙康、徐芳達於5月6日就曾通過新聞秘書,發出聯合聲明:… (zh part H tune zhH-sgnews-1 gold:
    source the two ministers, cue 發出聯合聲明, via 新聞秘書): 發出聲明 opens a statement like
    發表聲明, and the go-between is named without the date before it."""
    text = ("王乙康、徐芳達於5月6日就曾通過新聞秘書,發出聯合聲明:無論在這些飯局之前或之後,"
            "王乙康、徐芳達並不認識蘇海金,與他沒有聯繫,沒有往來。")
    rows = _vias(text)
    assert [(s, v[0]) for s, c, v in rows if c == "發出聯合聲明"] == [("王乙康、徐芳達", "新聞秘書")]
    # 入境處當日發出聲明，不評論個別… (hkcnews breadth sample, article_17093)
    assert ("入境處", "發出聲明", ["聲明"]) in _vias("入境處當日發出聲明，不評論個別個案。")
