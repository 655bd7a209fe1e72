"""Chinese channels of round 19 (branch zhvia19): named accounts, sites and programmes.

Mechanisms: the 道 of a noun (頻道「…」) is no 说道, so a quotation after it is a name, not
speech (sayso/lang/zh/doc.py `embedded`, markers.json `dao_nouns`); a programme, account or site
named in quotation marks next to its head noun is the channel when it is gone through (透過…專頁
「…」), attended (出席港台節目「…」時) or spoken on with a comma before the cue, and the station
before 節目 is the outlet (ANNOTATION.md, Channels: "said on X's programme (outlet, then
programme)"); a written message gone through (透過電郵回覆指) is a channel as 透过电邮回覆路透社
is in zhA-dw-1 gold; the preposition before a document (透過新聞稿, 於聲明) is no part of it; a
platform name holding the account word (微信公眾號「…」) splits like 臉書粉專「…」 (zhB-cna-3 gold).
Sentences from hkcnews (hkarchivist/hkcnews-article-archive, Citizen News HK, the article named).
"""

from __future__ import annotations

import sayso


def _vias(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


def test_quotation_after_a_channel_noun_is_a_name() -> None:
    """YouTube頻道「高松傑高Sir正能量」亦發影片指「…」 (hkcnews article_31497): 頻道 ends in 道 but
    is no verb of speech; the quotation after 指 is the content, the channel's name is not."""
    analysis = sayso.analyze("YouTube頻道「高松傑高Sir正能量」亦發影片指「羅冠聰條契弟疑似佬英國」，片中附上相同圖片。",
                             language="zh")
    contents = [c.text for a in analysis.attributions for c in a.content]
    assert "羅冠聰條契弟疑似佬英國" in contents
    assert "高松傑高Sir正能量" not in contents


def test_named_page_gone_through() -> None:
    """其實政府早前已透過Facebook專頁「添馬台」發文，指… (hkcnews article_37603): the page the
    post went out on, as 在Facebook專頁「…」發文 gives it."""
    rows = _vias("其實政府早前已透過Facebook專頁「添馬台」發文，指派發給居民的罐頭中，約80%有拉環，"
                 "換言之並非所有派發罐頭都有拉環。")
    assert any(v == ["「添馬台」"] for _, _, v in rows)


def test_named_programme_attended_or_spoken_on_before_a_comma() -> None:
    """出席港台節目「千禧年代」時，表示 (hkcnews article_6336), 於商業電台節目「政經星期六」中，指
    (article_27280), 接受港台節目「自由風自由phone」時說 (article_2835): the station, then the
    programme."""
    rows = _vias("立法會議員何君堯今日出席港台節目「千禧年代」時，表示外界稱上周被判入獄的社運人士，包括黃之鋒、"
                 "羅冠聰、周永康等人為「政治犯」是強詞。")
    assert ("立法會議員何君堯", "表示", ["港台", "「千禧年代」"]) in rows
    rows = _vias("兩週前的星期六，政制及內地事務局局長聶德權於商業電台節目「政經星期六」中，指政府處理武漢肺炎"
                 "疫情，比處理2003年沙士的疫情更有難度。")
    assert ("政制及內地事務局局長聶德權", "指", ["商業電台", "「政經星期六」"]) in rows
    rows = _vias("周永新晚上接受港台節目「自由風自由phone」時說：「若不是競選，林鄭不會再搵我。」")
    assert ("周永新", "說", ["港台", "「自由風自由phone」"]) in rows


def test_mail_gone_through() -> None:
    """醫管局公關於2月22日透過電郵回覆指 (hkcnews article_19043): the mail is the channel."""
    rows = _vias("在眾新聞4次追問下，醫管局公關於2月22日透過電郵回覆指：「本局早前已向閣下提供，透過計劃成功"
                 "配對自選兼職工作的醫護人員數目。」")
    assert any(cue == "回覆指" and v == ["電郵"] for _, cue, v in rows)


def test_document_without_its_preposition() -> None:
    """李透過新聞稿指 (hkcnews article_46231), 楊穎宇於聲明回應指 (article_37135), 該會於新聞稿指
    (article_43984): the document, not 透過新聞稿 or 於聲明."""
    assert ("李", "指", ["新聞稿"]) in _vias(
        "李透過新聞稿指，吳翰林生前因為性傾向遭受多方面歧視，吳提出多宗司法覆核。")
    assert ("楊穎宇", "回應指", ["聲明"]) in _vias(
        "楊穎宇於聲明回應指，管理層於去年7月22日與他討論去留問題，他確信管理層在會議上所提供的資訊為真。")
    assert ("該會", "指", ["新聞稿"]) in _vias("該會於新聞稿指，該館自開館日起，脫離支聯會，由策展團隊獨立運作。")


def test_account_on_a_platform_speaks() -> None:
    """對此，微信公眾號「長安街知事」強調… (hkcnews article_18599): the account speaks, on 微信."""
    rows = _vias("對此，微信公眾號「長安街知事」強調，在中共六項紀律中，政治紀律最重要、最根本、最關鍵，排在第一位。")
    assert ("公眾號「長安街知事」", "強調", ["微信"]) in rows


def test_platform_account_word_without_a_name_stays_one_source() -> None:
    """有線中國組：微信公眾號指美國將病屍製成漢堡 (hkcnews article_32327): no account is named, so
    nothing splits off as a channel."""
    rows = _vias("有線中國組：微信公眾號指美國將病屍製成漢堡。")
    assert ("微信公眾號", "指", []) in rows
