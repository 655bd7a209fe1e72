"""A time word, clause adverb or clause conjunction after the subject's head ends the subject
(`sayso.lang.zh.source.cut_predicate`). Sentences are verbatim from the opened zh-news articles
(half A of round 11 and tune), named in each test; the counter-cases keep names, honorifics and
relative clauses whole."""

from __future__ import annotations

import sayso


def _sources(text: str) -> dict[str, str | None]:
    """cue text -> source text of every attribution of `text`."""
    out = {}
    for a in sayso.analyze(text, language="zh").attributions:
        out["".join(c.text for c in a.cue)] = a.source.text if a.source else None
    return out


def test_a_weekday_after_the_subject_is_no_part_of_it():
    # zh-news zhA-voa-3 (VOA, 2020-10): gold source 阿塞拜疆
    text = "阿塞拜疆星期天表示，亚美尼亚军队对占贾发动夜间炮击。"
    assert _sources(text)["表示"] == "阿塞拜疆"


def test_a_place_time_word_and_adverb_after_a_name():
    # zh-news zhB-mingpao-2 (明報): gold source 王志民 for 質疑 (會上 is where, 不點名 how)
    text = ("據了解,王志民會上不點名批評有人在特首宣布暫緩修例前「爭出鏡」亂說話,"
            "質疑人們與傳媒率先表達有關信息是沒想清楚。")
    assert _sources(text)["質疑"] == "王志民"


def test_a_clause_conjunction_after_an_outlet_in_title_marks():
    # zh-news zhC-singtao-1 (星島): gold source 《聯合早報》
    text = ("《聯合早報》其後發表聲明說,《華郵》以其既定的思維方式和自身議程,"
            "對《早報》做了大量具偏頗性評論與不公正陳述。")
    assert "《聯合早報》" in _sources(text).values()


def test_a_conjunction_and_adverb_after_a_name():
    # zh-news zhD-unwire-1 (unwire.hk): gold source 馬雲
    text = "馬雲其後似有回應,指當前中國金融系統面臨並非系統性風險,而是缺乏健康金融系統的風險。"
    assert "馬雲" in _sources(text).values()
    assert not any(s and s.startswith("馬雲其後") for s in _sources(text).values())


def test_names_holding_an_adverb_or_time_character_stay_whole():
    # 曾 (once) opens the name 曾浩辉; 春 in 华春莹; zh-dev cnews-263 and zh-news zhB-mingpao-3
    assert _sources("卫生防护中心总监曾浩辉表示，女佣的流感测试结果呈阴性。")["表示"] == "卫生防护中心总监曾浩辉"
    assert _sources("外交部發言人華春瑩表示,香港是中國的一部分。")["表示"] == "外交部發言人華春瑩"


def test_a_time_word_inside_a_relative_clause_stays():
    # the data published yesterday: 昨日 modifies 数据, the phrase is the source
    assert _sources("国家统计局昨日发布的数据显示，5月份新建商品住宅价格环比上涨1.2%。")["显示"] \
        == "国家统计局昨日发布的数据"


def test_an_honorific_tagged_as_adverb_does_not_cut():
    # jieba tags 首相 as an adverb; only listed clause adverbs cut (shuohk.com 2023-12)
    text = "馬來西亞首相拿督斯裡安華表示,在2024年,他將重點放在加強經濟實力上。"
    assert _sources(text)["表示"] == "馬來西亞首相拿督斯裡安華"
