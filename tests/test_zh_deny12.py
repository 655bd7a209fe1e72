"""Chinese denials without a marker (round 12, `benchmarks/data/zhdeny12/README.md`): the negative
side on real sentences of broad text, where a looser rule fired (a negated statement sharing words
with an unnamed source's or an accuser's claim read as a denial); the positive side is in the
golden rows `zh-deny12-*` (tests/golden/zh.json)."""

from __future__ import annotations

from golden_support import zh_judgements_by_cue


def _by_cue(text: str) -> dict[str, tuple[str, str]]:
    return zh_judgements_by_cue(text, "")


def test_accusers_own_case_is_no_denial() -> None:
    # hkcnews article_17309: the research team's 未有針對打擊 repeats the report's charge against
    # the government; it answers nothing, and the report stays asserted
    text = '研究報告提及，政府對涉嫌違規作棕土作業的多個個案不作追究，規劃署更曾主動改劃，助長棕地擴張。報告引用洪水橋一帶作案例指，政府曾主動將大面積「康樂」用地，改劃為「露天貯物」地帶，令涉嫌違規發展的棕地「合法化」，違背原有土地使用目標。現時的洪水橋新發展區，位於原本為廈村發展審批地區圖（DPAP）涵蓋範圍。1993年，該處雖未有任何規劃許可申請，但已出現大面積的棕土，主要為貨櫃場，研究團隊相信，當中涉及違規發展，而該些疑似違規發展的棕土持續擴張，規劃署不但未有針對打擊、沒有作出追究，反而於2008年將區內36 公頃「康樂」用地，改劃成「露天貯物」地帶。'
    got = _by_cue(text)
    assert got["相信"][0] != "deny"
    assert got["提及"][1] != "disputed"


def test_unnamed_background_with_negation_is_no_denial() -> None:
    # THUCNews cnews.val.txt line 602: 据介绍 goes on with background (还没有统一的…标准) that
    # shares words with the unnamed official before it
    text = '昨天，东南大学建筑学院有关人士向记者透露，该院正受国家建设部委托，联合相关单位正在编制首部有关房屋建筑室内装修设计制图的国家标准，预计该规范最快将于明年出台。据介绍，目前我国还没有统一的室内设计装饰行业相关标准，很多装饰公司给客户拿出的设计图纸都是“公司标准”，往往自家的设计图在别的公司就成了“天书”让人看不懂，这也使得原本严谨的方案图、施工图变相成为不少家装公司玩猫腻的重灾区。'
    got = _by_cue(text)
    assert got["据介绍"][0] != "deny"
    assert got["透露"][1] != "disputed"
