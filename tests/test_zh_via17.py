"""Chinese channels of round 17 (branch zhvia17): channel phrasings that need no gazetteer.

Mechanisms (sayso/lang/zh/channels.py, lists in markers.json and source.json): a channel followed
by adverbs, manner words or the part of a document before the cue (在網誌不點名批評, 在推文开头这样
写道); a programme attended (出席網台節目時); a clause that only names the channel opening the
sentence (在…的一家电台采访中，…); tweets named in the cue (发推称); more document nouns (演詞,
影片, 四季报, 法庭文件). A press conference stays out of these rules: parts F-J of zh-news give it as
the venue, not a via (evaldata/zh-news/README-f.md, -h, -i, -j). The THUCNews sentences are from
qianshuang/dl-exp `data/cnews/cnews.val.txt` (line numbers 1-based), the hkcnews ones from
hkarchivist/hkcnews-article-archive (Citizen News HK), articles named in each test.
"""

from __future__ import annotations

import sayso


def _vias(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


def test_channel_before_a_manner_word() -> None:
    """任志剛早前在網誌不點名批評 (hkcnews article_6179): the blog, not 網誌不點名."""
    rows = _vias("任志剛早前在網誌不點名批評，政府過去十年採取「守財奴」政策，被解讀為劍指曾俊華。")
    assert ("任志剛", "批評", ["網誌"]) in rows


def test_speech_text_and_video_are_channels() -> None:
    """夏寶龍在演詞中說 (hkcnews article_38394), 控方在影片指出 (article_39634): the speech text and
    the video the words are in (ANNOTATION.md, Channels: a book, a report in a newspaper)."""
    rows = _vias("夏寶龍在演詞中說，作為中國的特別行政區，「香港的管治權必須掌握在愛國者手中」。")
    assert ("夏寶龍", "說", ["演詞"]) in rows
    rows = _vias("控方在影片指出吳向格仔衫男子伸手，吳不同意畫面顯示手臂是屬於他。")
    assert ("控方", "指出", ["影片"]) in rows


def test_a_clip_played_is_not_the_channel() -> None:
    """在控方播放片段時，吳就確認… (hkcnews article_39634): the clip shown is what the witness
    speaks about, not where he speaks."""
    rows = _vias("在控方播放片段時，吳就確認看到「阮叔」舉起手上的遮、作勢打人，又指「宜家（畫面）畀佢打嘅"
                 "都係村民」，形容他似乎「打錯咗」。")
    assert rows and all(v == [] for _, _, v in rows)


def test_quarterly_report_with_and_without_owner() -> None:
    """王勇在四季报中表示, 王勇在其四季报中也证实 (THUCNews line 20): the report, without 其."""
    rows = _vias("王勇在四季报中表示，“本基金在四季度操作上，仓位控制上依然保持谨慎态度。”")
    assert ("王勇", "表示", ["四季报"]) in rows
    rows = _vias("王勇在其四季报中也证实：“在行业配置方面，加大了以通信、IT服务等行业的配置。”")
    assert ("王勇", "证实", ["四季报"]) in rows


def test_programme_attended() -> None:
    """李國章周三出席網台節目時，指… (hkcnews article_9389): the internet radio, then the programme
    (ANNOTATION.md, Channels: said on X's programme (outlet, then programme))."""
    rows = _vias("港大校委會主席李國章周三出席網台節目時，指《南華早報》發放「假新聞」，並即場讀出他與馬斐森的"
                 "短訊內容。")
    assert ("港大校委會主席李國章", "指", ["網台", "節目"]) in rows


def test_channel_opening_the_sentence() -> None:
    """在当地周五达拉斯的一家电台采访中，库班…，他认为… (THUCNews line 948): the radio interview
    is where both statements of the sentence were made."""
    rows = _vias("在当地周五达拉斯的一家电台采访中，库班对韦伯的批评作出强烈的回应，他认为球队并不“软”，"
                 "并质疑韦伯实际上只是人云亦云，根本不会自己思考。")
    assert ("他", "认为", ["一家电台", "采访"]) in rows


def test_press_conference_opening_the_sentence() -> None:
    """在記者會尾聲，林鄭月娥說… (hkcnews article_28174): round 23 gives a press conference as the
    channel wherever it is named (ANNOTATION.md, Channels: the medium of speech; markers.json
    press_events; round 17 had called it the venue, as README-f.md)."""
    rows = _vias("在記者會尾聲，林鄭月娥說向所有走在抗疫前線的醫護人員，以及參與防疫工作的政府人員，表示深切"
                 "敬意。")
    assert ("林鄭月娥", "說", ["記者會"]) in rows


def test_court_document() -> None:
    """控方在法庭文件中也提及… (hkcnews article_36408): the court filing."""
    rows = _vias("控方在法庭文件中也提及黎智英「反抗中國及特區政權」，並列舉黎智英在《蘋果日報》十多篇文章佐證。")
    assert ("控方", "提及", ["法庭文件"]) in rows


def test_tweet_named_in_the_cue() -> None:
    """DODO官方发推称… (anquanke.com post 234657, an open security-news article): the tweet,
    as 发表声明称 gives 声明 (README-d.md; README-h.md: 两推 is a via)."""
    rows = _vias("北京时间2021年3月9日，DODO官方发推称DODO V2资金池wCRES/USDT遭到黑客攻击，"
                 "已暂时禁用DODO上的资金池创建。")
    assert [v for _, c, v in rows if c.startswith("发推")] == [["推"]]


def test_own_reporter_addressed() -> None:
    """徐宗威对本报记者表示 (THUCNews line 177): the paper's reporter told, as 告诉本报记者 (golden
    rules zh-288; ANNOTATION.md, Channels: the addressee of speech)."""
    rows = _vias("住建部政策法规司副司长徐宗威对本报记者表示，当前扩大内需的新着力点应该放在鼓励民间投资积极性，"
                 "进一步改革垄断领域和市政公用行业体制。")
    assert ("住建部政策法规司副司长徐宗威", "表示", ["本报记者"]) in rows


def test_media_addressed() -> None:
    """潘石屹向媒体透露 (THUCNews line 498), 警方发言人向媒体表示 (line 507): the media told
    (README-h.md, README-j.md: the media addressed are a via)."""
    rows = _vias("今年一月，潘石屹向媒体透露，SOHO中国2008年的王牌销售员全年税后收入高达400万元。")
    assert ("潘石屹", "透露", ["媒体"]) in rows
    rows = _vias("警方发言人向媒体表示，卡拉克特的确在新奥尔良被警方逮捕。")
    assert ("警方发言人", "表示", ["媒体"]) in rows


def test_weekly_report() -> None:
    """诺安基金在周报中称, 中金公司在其策略周报中表示 (THUCNews line 502): the fund's weekly."""
    rows = _vias("诺安基金在周报中称，“总的来看，‘两会’前市场环境相对宽松，投资者信心恢复较快。”")
    assert ("诺安基金", "称", ["周报"]) in rows


def test_channel_clause_right_before_the_source() -> None:
    """面对这一系列质疑，在1月初回复本报的采访邮件中，北京规划委表示 (THUCNews line 952): the
    e-mail the answer came in, named in the clause before the speaker."""
    rows = _vias("面对这一系列质疑，在1月初回复本报的采访邮件中，北京规划委表示，在公示期内，首先需要听取当初"
                 "参加土地竞拍的其他竞买者的意见。")
    assert ("北京规划委", "表示", ["采访邮件"]) in rows
