"""Chinese `disputed` certainty, round 19 (brief zhdisp19): a contested report (a scoop, a rumour,
what unnamed insiders say) answered by a denial anywhere in the article, and one answered by a
charge of spreading false news beside it (ANNOTATION.md: `disputed` when the text reports it
being denied or contradicted), each with its negative side, on real sentences of open articles.
The counts behind both rules: benchmarks/data/zhdisp19/README.md."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

ZH_NEWS = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news"


def _certainty(path: str, cue: str, content_start: str) -> str:
    """The certainty of the attribution of an open article with this cue whose content opens
    with `content_start`."""
    return zh_judged(ZH_NEWS / f"{path}.txt", cue, content_start)[1]


def test_a_scoop_denied_in_the_headline_is_disputed() -> None:
    # zhL-ifeng-1 (tune) gold: 权健官方否认接触科斯塔 (headline) … 西班牙塞尔电台爆料，迭戈-科斯塔将
    # 加盟中超球队天津权健 (body): the scoop the club denies is disputed
    assert _certainty("tune/zhL-ifeng-1", "爆料", "迭戈") == "disputed"
    got = zh_judgements_by_cue(
        "权健官方否认接触科斯塔：从未与该球员就转会沟通过。日前，西班牙塞尔电台爆料，迭戈-科斯塔将加盟"
        "中超球队天津权健，他的转会费将来到9000万欧元。")
    assert got["爆料"][1] == "disputed"
    assert got["否认"][1] == "asserted"  # the denial's own row


def test_a_plain_background_report_is_not_disputed_by_a_denial() -> None:
    # zhA-rfi-2 (tune) gold: 中央社说，55岁的杨恒均是中国知名部落客… is background, reported, though
    # 杨恒均否认间谍罪的指控 later shares his name with it: no scoop or rumour word in its clause
    assert _certainty("tune/zhA-rfi-2", "说", "55岁") == "reported"


def test_a_report_that_agrees_with_the_denial_is_not_disputed() -> None:
    # zhC-sputnik-1 (tune, traditional) gold: 媒體：美國官員推測洩露的機密文件可能是偽造的 is a guess,
    # and the unnamed officials' 不排除…可能是偽造的 agrees with it: anonymous, not disputed
    assert _certainty("tune/zhC-sputnik-1", "援引+的話報道", "美國官員不排除") == "anonymous"


def test_a_charge_of_spreading_false_news_disputes_the_report_beside_it() -> None:
    # zhK-zaobao-1 (tune) gold: the office condemns 个别西方媒体捕风捉影、散布不实消息, and the next
    # sentence gives the FT's report citing two unnamed sources: disputed
    assert _certainty("tune/zhK-zaobao-1", "引述+报道称", "香港特首") == "disputed"
    got = zh_judgements_by_cue(
        "中国外交部驻香港特派员公署昨天批评“个别西方媒体捕风捉影、散布不实消息”，并称已提出严正交涉。"
        "该公署的声明并没有点名，但此前一天，英国《金融时报》引述两名匿名消息人士报道称，香港特首林郑月娥"
        "近期几度向中央政府请辞，但都被拒绝。")
    assert got["引述+报道称"][1] == "disputed"
    assert got["批评"][1] == "asserted"


def test_a_criticism_without_a_charge_of_falsehood_disputes_nothing() -> None:
    # the same report after a criticism that calls nothing false (zhK-zaobao-1's sentences with
    # the office's words cut to its protest): the report keeps its unnamed sources' certainty
    got = zh_judgements_by_cue(
        "中国外交部驻香港特派员公署昨天表示强烈不满和坚决反对。此前一天，英国《金融时报》引述两名匿名消息"
        "人士报道称，香港特首林郑月娥近期几度向中央政府请辞，但都被拒绝。")
    assert got["引述+报道称"][1] == "anonymous"


def test_a_rumour_word_that_modifies_a_named_speaker_marks_no_report() -> None:
    # zhK-zaobao-1's charge, then hkcnews article_10543's 盛傳將接任人大常委的港區人代譚耀宗認為…:
    # 盛传 belongs to the name (what is rumoured is his next post), and his view is his own, not
    # the contested news the charge rejects: asserted
    got = zh_judgements_by_cue(
        "中国外交部驻香港特派员公署昨天批评“个别西方媒体捕风捉影、散布不实消息”，并称已提出严正交涉。"
        "盛传将接任人大常委的港区人代谭耀宗认为，今年的政府工作报告已强调贯彻一国两制，已包含「港人治港、"
        "高度自治」。")
    assert got["认为"][1] == "asserted"
