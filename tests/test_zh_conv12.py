"""Round 12: Chinese source spans and certainty read literally from ANNOTATION.md, on real
sentences of the open zh-news articles (tune and test half A; benchmarks/data/zhconv12/)."""

from __future__ import annotations

import sayso


def _by_source(text: str) -> dict[str | None, list]:
    out: dict[str | None, list] = {}
    for a in sayso.analyze(text, language="zh").attributions:
        out.setdefault(a.source.text if a.source else None, []).append(a)
    return out


def test_parenthesised_day_after_the_subject_is_no_part_of_it():
    """蔡英文總統今(23)日上午出席…時強調 (zhB-president-2, 總統府): the source span is 蔡英文總統 (the
    document's spans name the source: 外交部发言人秦刚, never a date after it)."""
    text = ("蔡英文總統今(23)日上午出席「2020亞洲生技大會開幕典禮」時強調,生技醫療產業是「5加2產業創新計畫」"
            "中非常重要的發展項目。")
    assert "蔡英文總統" in _by_source(text)


def test_named_speaker_under_an_unnamed_report_is_asserted():
    """根據通訊社的報導,中國外長王毅指出… (zhB-dw-1, 德國之聲): the speaker is the source and the
    agencies the via; reported is for an outlet or report as the source (ANNOTATION.md 据X报道)."""
    text = "根據通訊社的報導,中國外長王毅指出這是'台灣方面搞的一個小動作'。"
    wang = _by_source(text)["中國外長王毅"][0]
    assert wang.certainty == "asserted"
    assert [v.text for v in wang.via] == ["通訊社"]


def test_report_with_no_speaker_stays_reported():
    """据澎湃新闻报道，… (zhA-rfi-2): no speaker in the clause, the outlet is the source: reported."""
    text = "据澎湃新闻报道，10月12日，中国外交部发言人赵立坚主持例行记者会。"
    assert _by_source(text)["澎湃新闻"][0].certainty == "reported"


def test_a_person_citing_someone_after_a_comma_keeps_speaking():
    """林又引述警員，指… (hkcnews 2020): a person, unlike a report, may go on in their own voice, so
    the comma form of the citing frame is only taken for reports and outlets."""
    text = "林又引述警員，指店舖關門後屬私人地方，並沒有違法。"
    assert "警員" not in _by_source(text)



def test_a_reporter_known_only_by_a_place_is_anonymous():
    """台湾记者提问说 (zhA-rfa-1, 自由亚洲电台, gold anonymous) names no one; 路透社记者 is the
    outlet's reporter (zhA-mfa-3 gold: asserted)."""
    text = "台湾记者提问说，如何给两岸目前紧张关系的程度打分？路透社记者问，中方对此有何评论？"
    found = _by_source(text)
    assert found["台湾记者"][0].certainty == "anonymous"
    assert found["路透社记者"][0].certainty == "asserted"


def test_wire_dateline_is_not_the_subject_of_a_chained_cue():
    """人民网北京2015年11月18日电(记者单薇 何蒨)11月17日,法国驻华大使顾山…举行了…记者会,…,并表示…
    (zhF-people-1, 人民网; gold source 法国驻华大使顾山): the dateline and its date open the sentence,
    the subject of the elided cue is in the next clause."""
    text = ("巴黎气候大会如期进行\n人民网北京2015年11月18日电(记者单薇 何蒨)11月17日,法国驻华大使顾山在北京"
            "举行了一场小型记者会,介绍了巴黎恐袭的最新调查进展,并表示巴黎气候大会将如期进行。")
    assert "法国驻华大使顾山" in _by_source(text)


def test_a_leading_date_is_not_the_subject_of_a_chained_cue():
    """15日香港警方曾在脸书贴出多条谣言,并指出… (zhF-guancha-1, 观察者网; gold source 香港警方)."""
    text = "15日香港警方曾在脸书贴出多条谣言,并指出这些“全部是假消息”。"
    police = _by_source(text)["香港警方"][0]
    assert [v.text for v in police.via] == ["脸书"]


def test_names_ending_like_an_outlet_are_not_outlets():
    """南韓總統府青瓦台澄清… (zhF-passiontimes-1, 熱血時報; gold asserted): 台 ends the Blue House,
    not a broadcaster, so its statement is not reported (ANNOTATION.md: reported when an outlet
    or report is the source)."""
    text = "就部分媒體稱中國國家主席習近平將於3月訪韓,南韓總統府青瓦台澄清相關消息並不屬實。"
    assert _by_source(text)["南韓總統府青瓦台"][0].certainty == "asserted"


def test_a_count_before_a_name_names_the_person():
    """一位詹明易先生誣指… (zhD-mirror-1, 鏡週刊): 一位 counts, but the name after it names him, so
    the speaker whose words mention him (立委王鴻薇) does not rest on an unnamed source; 一位感染者
    names no one and stays anonymous."""
    text = ("立委王鴻薇指出,由徐國勇主持的民視「全國第一勇」節目中,一位詹明易先生誣指她24日當晚在台大兒童醫院"
            "受訪,「光講幾句話就被噓到爆」;然而自己5月24日根本未於台大兒童醫院受訪。一位感染者表示，病情已经好转。")
    found = _by_source(text)
    assert found["立委王鴻薇"][0].certainty == "asserted"
    assert found["一位感染者"][0].certainty == "anonymous"


def test_a_social_media_company_speaking_is_not_an_outlet_report():
    """脸书称这些账户因为违反这一政策而被移除 (zhA-bbc-2, BBC中文网; gold asserted): the company
    speaks for itself; reported is for an outlet or report as the source."""
    assert _by_source("脸书称这些账户因为违反这一政策而被移除。")["脸书"][0].certainty == "asserted"


def test_named_speaker_under_an_unnamed_informant_is_anonymous():
    """據了解,王志民會上…批評…;又提及…,提到…,質疑… (zhB-mingpao-2, 明報; gold: all four
    anonymous): what he said reaches us from unnamed informants, so it rests on unnamed sources
    (ANNOTATION.md: anonymous); 据报道 + a named speaker stays asserted (zh-dev 佩斯科夫)."""
    text = ("據了解,王志民會上不點名批評有人在特首宣布暫緩修例前「爭出鏡」亂說話,質疑人們與傳媒率先表達有關信息是"
            "沒想清楚;又提及建制陣營的聲音未能透過傳媒表達,提到傳媒老闆多是商人,質疑為何「管不了」有關報道。")
    wang = _by_source(text)["王志民"]
    assert len(wang) >= 4 and all(a.certainty == "anonymous" for a in wang)
    peskov = _by_source("据国家媒体报道，佩斯科夫在谈到周四的会谈时说，预计他们将在不同的轨道上进行。")["佩斯科夫"]
    assert peskov[0].certainty == "asserted"
