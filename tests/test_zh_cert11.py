"""Chinese certainty and stance conventions of ANNOTATION.md as fresh annotators mark them.

- "Not settled" replies to a report (一切待定, 尚未敲定, 目前尚未有任何敲定事项) deny that report
  (STANCE.md row 2: rejects a report made in the article), and the report is then disputed
  (ANNOTATION.md: "disputed when the text reports it being denied"). Only when an outlet's, a
  report's or an unnamed source's claim comes just before: a plain 尚未决定 stays assert.
- An unnamed person counted inside a body (韩国外交通商部“外讯组”一名负责人), a bare 高官 and
  "X的代表" name no one: anonymous ("anonymous when the source is unnamed"); a surname or a
  name after the count (另一名兒子劉業光) names the person.

Passages are excerpts of open articles (part F tune, test half A) named in each test, and of the
breadth samples (THUCNews cnews.val, hkcnews archive).
"""

from __future__ import annotations

import sayso


def _atts(text: str):
    return sayso.analyze(text, language="zh").attributions


def _by(atts, source_part: str, content_part: str):
    return next(a for a in atts if a.source and source_part in a.source.text
                and content_part in "".join(c.text for c in a.content))


YONHAP = ("韩青瓦台对习近平月底访韩报道表态\n"
          "韩联社首尔6月6日电 日前有媒体引述北京消息称,中国国家主席习近平最近决定在出席G20大阪峰会前访韩,"
          "韩国总统府官员6日就此表示,一切待定。\n"
          "这位青瓦台官员接受韩联社采访称,据其了解,习近平主席访韩与否尚未敲定。外交部官员也澄清称,毫无相关动向,否认了上述报道。")


def test_not_settled_reply_denies_and_disputes_the_report():
    """zhF-yonhap-1 (part F tune): 尚未敲定 answers 有媒体引述北京消息称…访韩 (the first reply,
    一切待定, is still read inside the claim's content, a boundary error left to the content code)."""
    atts = _atts(YONHAP)
    assert _by(atts, "这位青瓦台官员", "尚未敲定").stance == "deny"
    assert _by(atts, "北京", "访韩").certainty == "disputed"
    # the later 否认了上述报道 disputes the report, not the earlier reply 一切待定
    assert _by(atts, "韩国总统府官员", "一切待定").certainty != "disputed"


PASSION = ("就部分媒體稱中國國家主席習近平將於3月訪韓,南韓總統府青瓦台澄清相關消息並不屬實。\n"
           "據《韓聯社》報道,青瓦台發言人高旼廷向記者發送短訊稱,韓中雙方正就習近平訪韓事宜協調,目前尚未有任何敲定事項。")


def test_not_settled_reply_traditional():
    """zhF-passiontimes-1 (part F tune, traditional): 目前尚未有任何敲定事項 denies 部分媒體稱…訪韓."""
    atts = _atts(PASSION)
    assert _by(atts, "高旼廷", "敲定").stance == "deny"
    assert _by(atts, "部分媒體", "訪韓").certainty == "disputed"


def test_undecided_without_a_report_before_stays_assert():
    """THUCNews cnews.val line 245: 葆拉也说她尚未决定投谁的票 answers no report."""
    text = ("她名叫葆拉，来自圣路易斯，是芝大英文和音乐系学生，几个月前刚在这里租了套宿舍。"
            "不过，和很多菲尼克斯市民都说不一定会投票给麦凯恩一样，葆拉也说她尚未决定投谁的票。")
    a = next(a for a in _atts(text) if "尚未决定" in "".join(c.text for c in a.content))
    assert a.stance != "deny"


def test_counted_person_inside_a_body_is_anonymous():
    """zhD-huanqiu-1 (test half A): 韩国外交通商部“外讯组”一名负责人表示 names no one."""
    text = "韩国外交通商部“外讯组”一名负责人表示,目前不了解中国大使馆前发生的具体情况,无法掌握确切信息,所以“无从告之”。"
    assert _by(_atts(text), "一名负责人", "不了解").certainty == "anonymous"


def test_bare_senior_official_and_embassy_representative_are_anonymous():
    """zhF-yonhap-1: 青瓦台高官…回答; zhA-dw-1 (half A): 中国驻美大使馆的代表写道."""
    text = ("青瓦台高官前日被问及会否借G20峰会之际举行韩日、韩中首脑会谈时回答,正在与几乎所有与会国家商议首脑会谈事宜。")
    assert _by(_atts(text), "青瓦台高官", "商议").certainty == "anonymous"
    text = ("中国驻美大使馆的代表写道：「中国持续且坚定地反对美国对台湾进行军售，"
            "并坚信我们有权捍卫中国的主权与安全。」")
    assert _by(_atts(text), "中国驻美大使馆的代表", "反对").certainty == "anonymous"


def test_counted_person_with_a_name_is_not_anonymous():
    """hkcnews article_6179: 劉皇發另一名兒子劉業光則形容… names the son."""
    text = ("劉皇發另一名兒子劉業光則形容自己「遺憾、抱歉、內疚」，遺憾48年來未與父親變成朋友，"
            "有時不必要頂撞父親。")
    a = next(a for a in _atts(text) if a.source and "劉業光" in a.source.text)
    assert a.certainty != "anonymous"


HK01 = ("據早前報道,《華盛頓自由燈塔》所公開的一份題為《中共中央辦公廳關於我國與朝鮮民主主義人民共和國就進一步深化解決"
        "該國核問題開展溝通協調工作的決定》(下稱文件),披露中方認為朝鮮當前無需立即放棄核武,並指朝鮮只要承諾不再進行核試"
        "並付諸實行,便會增加對朝經商及軍事支持。不過中國外交部昨日隨回應指該文件為「fake news(假新聞)」、"
        "「fake document(假文件)」。")


def test_document_called_fake_news_with_english_gloss_is_denied():
    """zhB-hk01-1 (test half A): 指該文件為「fake news(假新聞)」 denies the document (a copula
    before a false-news noun, here after its English gloss), not an accusation; 該文件 names
    the report it answers."""
    atts = _atts(HK01)
    assert _by(atts, "外交部", "fake news").stance == "deny"
    assert any(a.certainty == "disputed" for a in atts if a.source and a.source.text == "早前報道")


def test_speakers_own_cannot_confirm_is_not_the_texts_hedge():
    """zhA-dw-1 (test half A): the spokesman saying the department 不能证实或评论 arms sales is
    his own statement (anonymous: an unnamed spokesman), not the text calling it unverified."""
    text = ("一名美国国务院发言人向路透社表示：「美国的政策规定，在国会正式核准之前，"
            "美国国务院不能证实或评论任何进行中的军售案或是军事装备转移案。」")
    assert _by(_atts(text), "发言人", "不能证实").certainty == "anonymous"


def test_unverified_report_relayed_leaves_the_relaying_speaker_asserted():
    """zhA-voa-3 (test half A): 联合国人权事务处说，已有未经证实的报告称… : the hedge qualifies the
    reports, the UN office that relays them is asserted."""
    text = "联合国人权事务处说，已有未经证实的报告称，自9月27日战斗爆发以来，已有50多名平民死亡，其中甚至包括了儿童。"
    assert _by(_atts(text), "联合国人权事务处", "平民").certainty == "asserted"


def test_concessive_hedge_after_a_report_stays_unconfirmed():
    """zh-dev reference article gnews-2181912: 《纽约时报》的报道声称…，尽管这些数字仍然无法确认 is
    the text's hedge (unconfirmed), though it follows the claim in the same sentence."""
    text = "《纽约时报》的报道声称约有7000名俄罗斯军队可能已经被杀，尽管这些数字仍然无法确认。"
    atts = _atts(text)
    assert any(a.certainty == "unconfirmed" for a in atts)
