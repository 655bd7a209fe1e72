"""Chinese channels of round 25 (branch zhvia25): the frame grammar before the cue, measured on
broad unlabeled text (benchmarks/data/zhvia25/README.md).

Mechanisms (ANNOTATION.md, Channels: "the addressee or medium of speech is a `via`: … 在微博上称,
… in a post on Telegram, … a book, a report in a newspaper"):

- verbs of posting or writing after a platform are one word class in the data (markers.json
  posting_verbs: 跟帖, 寫文 joined 發文, 撰文, 留言 …), read by every frame that takes them
  (channels.py `_wrote_in_re`, `_online_re`, `_quoted_programme`);
- a letter of a government is a document like 信函 (source.json channel_nouns: 公函, 函件, 回函);
  the opening of a press conference is a part of it (markers.json channel_parts: 开场发言, 一开场,
  开场), also before a comma (在記者會尾聲，表示: `_document_part`);
- 在《X》的文中 'in the article in X' names the paper (`_TITLE`);
- the last clause before the cue is read for its channel phrase when an earlier verb of speech
  stands in the predicate (她一度相信林鄭，日前在傳媒訪問中說: `_last_clause_channel`);
- a page, programme or paper gone through (透過Facebook專頁表示, 透過報章表示) by the head noun of
  its class (markers.json platform_pages, media_events, publications: `_THROUGH`).

Sentences: THUCNews (qianshuang/dl-exp data/cnews/cnews.val.txt, line named) and hkcnews
(hkarchivist/hkcnews-article-archive, article named), verbatim excerpts cut at a clause end;
the frame grid rows and the controls are made-up sentences, so marked.
"""

from __future__ import annotations

import pytest

import sayso


def _rows(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


# (sentence, origin, source, cue, the vias expected on that row)
CASES = [
    ("这一事件在市民中引起强烈反响。有市民在网上跟帖表示，开发商通过非法手段取得土地证，欺骗购房者，是第一责任人。",
     "THUCNews line 504 (跟帖 after the online medium)", "有市民", "表示", ["网上"]),
    ("太太日前在Patreon平台寫文，形容雖然仔女未能見到爸爸，但都好乖、自動做功課，不用自己勞氣。",
     "hkcnews article_39220 (寫文 after a named platform)", "太太", "形容", ["Patreon平台"]),
    ("中央人民政府在公函指，依據《中華人民共和國憲法》和《基本法》，香港特區應當依法履行維護國家安全的憲制責任。",
     "hkcnews article_18711 (a government letter)", "中央人民政府", "指", ["公函"]),
    ("警方在例行記者會的開場發言時指出，據收集到的情報顯示，有人策劃在十月一日作出不同類型襲擊，情況令人非常擔憂。",
     "hkcnews article_23870 (the opening remarks of a press conference)", "警方", "指出", ["例行記者會"]),
    ("傅楠在《紐約客》的文中寫道，金庸將洋洋幾千年中國歷史和「江湖」的場景扣合，書寫各種人性歡淚。",
     "hkcnews article_16079 (the article in a magazine)", "傅楠", "寫道", ["《紐約客》"]),
    ("她一度相信林鄭，日前在傳媒訪問中說 ：「林太，你兩年前話畀我哋聽，你嘅初心就係為咗幫阿女呀嘛。」",
     "hkcnews article_34400 (an earlier verb of belief, then the channel clause)", "她", "說", ["傳媒訪問"]),
    ("林鄭在記者會尾聲，表示對醫護表示深切敬意，並呼籲有關人士遵守家居檢疫令時，一度哽咽。",
     "hkcnews article_28174 (a part of the press conference, then a comma)", "林鄭", "表示", ["記者會"]),
    ("他在記者會一開場就提到中國，「我想今天以對中國的一些觀察開始。」",
     "hkcnews article_30105 (the opening of the press conference: 一開場; the quotation cut and closed)", "他", "提到", ["記者會"]),
    ("陳大文透過Facebook專頁表示，政府必須立即撤回有關決定。",
     "frame grid (a platform page gone through: the platform, as 在Facebook專頁上表示)", "陳大文", "表示",
     ["Facebook"]),
    ("陳大文透過報章表示，政府必須立即撤回有關決定。",
     "frame grid (a paper gone through)", "陳大文", "表示", ["報章"]),
]


@pytest.mark.parametrize("text,origin,source,cue,via", CASES, ids=[c[1] for c in CASES])
def test_channel(text: str, origin: str, source: str, cue: str, via: list[str]) -> None:
    rows = _rows(text)
    assert (source, cue, via) in rows, f"{origin}: {rows}"


@pytest.mark.parametrize("text,origin,source,cue", [
    ("他指，過去一星期接獲近1,500宗關於塌樹的報告，形容樹木損毀的規模和衝擊很大，現時仍有很多樹木有待移離。",
     "hkcnews article_15160 (于 ends 关于: a report received is spoken about, not spoken in)", "他", "形容"),
    ("他批評政府施政失誤，昨日在北京表示，會繼續監察。",
     "made-up control (a place in the last clause is no channel)", "他", "表示"),
    ("他昨日通過動議表示，政府必須立即撤回有關決定。",
     "made-up control (通过 passes a motion: no channel)", "他", "表示"),
])
def test_no_channel(text: str, origin: str, source: str, cue: str) -> None:
    rows = _rows(text)
    assert (source, cue, []) in rows, f"{origin}: {rows}"


# 留言 reports speech only before a quotation (cues.json needs_quote); the presentation-form colon
# ︰ of Hong Kong and Macau text is read as ： (doc.py)
@pytest.mark.parametrize("text,origin,source,cue,via", [
    ("不少市民在網上留言︰「荒謬,如果真係有炸彈,你又唔疏散人群,咪死好多人。」",
     "zhQ-aamacau-1 gold (留言, the presentation-form colon, then the quotation)", "不少市民", "留言", ["網上"]),
    ("盛洪周一在twitter留言：「記得2008年我到芝加哥大學參加科斯發起的改革開放30年研討會。」",
     "hkcnews article_16201 (a colon, then the quotation)", "盛洪", "留言", ["twitter"]),
    ("也有網民留言，「令和是日本的意志，但這種意志的形成與其說是為了擺脫中國。」",
     "hkcnews article_19508 (a comma, then the quotation)", "有網民", "留言", []),
], ids=["zhQ-aamacau-1", "article_16201", "article_19508"])
def test_comment_before_a_quotation(text: str, origin: str, source: str, cue: str, via: list[str]) -> None:
    rows = _rows(text)
    assert (source, cue, via) in rows, f"{origin}: {rows}"


@pytest.mark.parametrize("text,origin", [
    ("截至今日(22日)下午6時，共分析了137,893則與4位參選人相關的網絡留言，其中 58,611則涉及林鄭的留言。",
     "hkcnews article_1154 (the noun: comments counted)"),
    ("網民想跟你曖昧嗎？去看看留言，何止不曖昧，直情沒有半點餘地。", "hkcnews article_2851 (the noun: go and read them)"),
], ids=["article_1154", "article_2851"])
def test_comment_noun_is_no_cue(text: str, origin: str) -> None:
    assert all(cue != "留言" for _, cue, _ in _rows(text)), origin


def test_presentation_form_colon_opens_the_quotation() -> None:
    """他補充︰「…」 (hkcnews article_41800): the quotation is the content, without the colon."""
    text = "他補充︰「我只是提問題，不是指有人吞了錢。」"
    got = [a for a in sayso.analyze(text, language="zh").attributions if a.source and a.source.text == "他"]
    assert got and [c.text for c in got[0].content] == ["我只是提問題，不是指有人吞了錢。"]
    assert got[0].kind == "direct"
