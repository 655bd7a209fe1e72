"""Chinese channels of round 29 (branch zhvia29): the exact string of a via.

Via recall needs the channel's exact string (folded, title marks aside). Mechanisms: a time word
after an outlet's name is the report's time, not part of the name (doc.py `_OUTLET_TIME`,
channels.py `_TRAILING_TIME`: 此前, 先前, 之前, 近期, 上周, ...); a channel span holds whole
titles (channels.py `channel_spans` closes a title an earlier stage cut open); 接受了采访 names
nobody, so the aspect particle 了 is never the interviewer (relate.py `interview_channel`).
THUCNews lines are 1-based in /work/tmp/breadth/cnews.val.txt (qianshuang/dl-exp
data/cnews/cnews.val.txt); zh-news sentences are from the open pool (zhT tune files).
"""

from __future__ import annotations

import sayso


def _vias(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [
        (a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
        for a in sayso.analyze(text, language="zh").attributions
    ]


def test_earlier_is_no_part_of_the_outlet() -> None:
    """據《聯合早報》此前報導,該媒體此前曾接到讀者通報 (zhT-sinahk-1, gold via 《聯合早報》): the
    outlet relayed was written 聯合早報》此前, with the time word and half a title."""
    rows = _vias(
        "據《聯合早報》此前報導,該媒體此前曾接到讀者通報,稱新加坡永續發展與環境部23日早上疑似接獲"
        "炸彈威脅,樓中貼出告示稱有緊急情況發生,大樓已經被封鎖。"
    )
    assert ("該媒體", "通報", ["《聯合早報》"]) in rows
    assert not any("此前" in v for _, _, vias in rows for v in vias)


def test_earlier_after_a_known_outlet() -> None:
    """The same frame with an outlet named without title marks (路透社此前報導, built on the
    zhT-sinahk-1 frame): the via is the name alone, as 路透社早前報導 gave before."""
    rows = _vias("據路透社此前報導,林鄭月娥表示,當局目前並不知道此事。")
    assert ("林鄭月娥", "表示", ["路透社"]) in rows


def test_relayed_outlet_keeps_its_title_whole() -> None:
    """據《詩華日報》等馬來西亞媒體報道,…馬哈蒂爾…表示 (zhT-ifuun-1, gold via 《詩華日報》等馬來西亞
    媒體): the relayed outlet was written 詩華日報》等馬來西亞媒體, its opening mark cut off. The
    contentless 予以駁斥 opens the row's cue list (駁斥 ; 表示, zhdeny29)."""
    rows = _vias(
        "據《詩華日報》等馬來西亞媒體報道,針對《華爾街日報》所謂中國牽涉馬來西亞腐敗案的報道,"
        "馬來西亞總理馬哈蒂爾1月10日予以駁斥,表示目前尚未有文件證明報道屬實。"
    )
    assert ("馬來西亞總理馬哈蒂爾", "駁斥", ["《詩華日報》等馬來西亞媒體"]) in rows


def test_place_and_title_of_a_relayed_weekly_stay_closed() -> None:
    """据英国《华闻周刊》报道，…的研究报告表明 (THUCNews line 692): written 英国《华闻周刊 before."""
    rows = _vias(
        "据英国《华闻周刊》报道，英国高等教育国际部(Higher Education International Unit)日前发布了"
        "《国际学生费用研究：英国和主要留学目的国留学生费用一览》的研究报告表明，英国无论在学费还是"
        "生活费方面都具有明显的国际竞争力。"
    )
    vias = [v for _, cue, vias in rows if cue == "表明" for v in vias]
    assert vias == ["英国《华闻周刊》"]


def test_interview_accepted_names_no_interviewer() -> None:
    """赛后，火箭主帅阿德尔曼接受了采访，…，他认为 (THUCNews line 497): the channel was 了."""
    rows = _vias("赛后，火箭主帅阿德尔曼接受了采访，对于今天的失利，他认为裁判要承担很大责任。")
    assert rows and all("了" not in vias for _, _, vias in rows)
    # with an interviewer named, it stays the channel
    rows = _vias("赛后，阿德尔曼接受了新华社的采访时表示，球队打得不好。")
    assert ("阿德尔曼", "表示", ["新华社"]) in rows


def test_quotation_after_a_relayed_speaker_is_the_speakers() -> None:
    """《联合早报》报道,内政部文告说,…。“范国瀚须在他的网络平台上贴出更正说明。” (zhR-sinchew-1
    gold: the quotation is a second part of the ministry's row, via 《联合早报》; the paper's row
    holds the reported clause only). Before, the quotation went to the outlet's row, the outer
    one, as for a speaker quoting another (陳國誠續強調，工會…指出…。「…」)."""
    text = (
        "《联合早报》报道,内政部文告说,范国瀚的推特推文歪曲了尚穆根10月4日在国会中的发言,"
        "说尚穆根认为现实中没有任何一个地方落实法治,这包括新加坡。“范国瀚须在他的网络平台上"
        "贴出更正说明。”"
    )
    rows = sayso.analyze(text, language="zh").attributions
    quote = "范国瀚须在他的网络平台上贴出更正说明。"
    outlet = [a for a in rows if a.source and a.source.text == "《联合早报》"]
    ministry = [a for a in rows if a.source and a.source.text == "内政部文告"]
    assert outlet and ministry
    assert all(quote not in [c.text for c in a.content] for a in outlet)
    assert any(quote in [c.text for c in a.content] for a in ministry)
    assert all([v.text for v in a.via] == ["《联合早报》"] for a in ministry)


def test_a_title_is_the_outlets_name_as_written() -> None:
    """刘娜对《中国产经新闻》记者分析 (THUCNews line 311): the gazetteer's 产经新闻 at the title's end
    cut the name to 产经新闻 (another paper); the title marks delimit the name. A place before the
    title still goes (日本《产经新闻》 -> 《产经新闻》, as 日本《每日新闻》)."""
    rows = _vias(
        "而根据目前的成交情况，亿房研究中心研究员刘娜对《中国产经新闻》记者分析，“购房者的观望情绪"
        "明显增强，本月商品住宅成交量将继续下滑，商家的‘金九’算盘肯定难以如愿。”"
    )
    assert ("亿房研究中心研究员刘娜", "分析", ["《中国产经新闻》"]) in rows
    rows = _vias("据日本《产经新闻》报道，刘娜表示，购房者仍在观望。")
    assert ("刘娜", "表示", ["《产经新闻》"]) in rows


def test_interview_in_a_year_names_its_interviewer_only() -> None:
    """蔣友柏在2008年接受BBC專訪時則說「…」 (hkcnews article_45353): the channels were
    2008年接受BBC專訪 and BBC; the interviewer is the channel (ANNOTATION.md: "CNN" in 接受CNN访问)."""
    rows = _vias(
        "不過，蔣中正曾孫的蔣友柏在2008年接受BBC專訪時則說「在那個時候那個銅像是錯的」，"
        "他認為要樹立銅像應該在死後至少50年以後再蓋。"
    )
    assert ("蔣友柏", "說", ["BBC"]) in rows
    # an interview with nobody named stays the channel
    rows = _vias("蔣友柏在接受採訪時說，銅像是錯的。")
    assert ("蔣友柏", "說", ["接受採訪"]) in rows


def test_a_modifier_of_an_interview_is_no_channel() -> None:
    """接受单独采访 (THUCNews line 536, inside a quotation told to 笔者) gave the channel 单独; a
    word qualifying the interview is stripped as 电话 and 独家 are (markers.json via_modifiers)."""
    rows = _vias(
        "“总干事太忙了。助理总干事福田敬二也不能接受单独采访，他现在每天工作至少15个小时。”"
        "工作人员汤姆斯这样告诉笔者。"
    )
    assert ("工作人员汤姆斯", "告诉", ["笔者"]) in rows
    rows = _vias("总干事福田敬二接受新华社单独采访时表示，他现在每天都很忙。")
    assert ("总干事福田敬二", "表示", ["新华社"]) in rows


def test_an_interview_without_its_time_before_it() -> None:
    """在映后接受媒体采访时则称赞 (THUCNews line 780) gave 映后接受媒体采访: the words before 接受
    say when it was given; the channel is the interview as 在接受媒体采访时 gives it."""
    rows = _vias(
        "两位小演员在片中的表现赢得了不少观众的心；特地前来观映的姜帝圭导演在映后接受媒体采访时"
        "则称赞该片是他最近看过的最美丽的电影。"
    )
    assert ("特地前来观映的姜帝圭导演", "称赞", ["接受媒体采访"]) in rows


def test_a_quoted_outlet_after_its_place_is_the_quoted_name() -> None:
    """据台湾“今日新闻”报道 (THUCNews line 531) relayed 台湾“今日新闻, its quotation half open; the
    name is what the marks hold, as 据“中央社”报道 gives 中央社 (zh-dev cnews-569 gold)."""
    rows = _vias(
        "吴淑珍首度以被告身份接受检方传唤中新网6月24日电 据台湾“今日新闻”报道，据传台特侦组7月初将会"
        "对陈水扁家族弊案中有关“二次金改”部分进行侦结。"
    )
    vias = [v for _, _, vias in rows for v in vias]
    assert vias and all(v == "今日新闻" for v in vias)
    rows = _vias("据“中央社”报道，吕秀莲说，民进党应该开放。")
    assert ("吕秀莲", "说", ["中央社"]) in rows
