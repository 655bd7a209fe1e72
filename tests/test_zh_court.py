"""Chinese court reports: the judge behind a bare 法官 / 官, and the judicial role as the source.

Real text from Hong Kong court reports of 眾新聞 (hkcnews.com, hkarchivist/hkcnews-article-archive),
half A of the judged set `benchmarks/data/zhcourt10` (origins in its build.py). The golden table
checks source spans; these tests check who the speaker is.
"""

from __future__ import annotations

import sayso

# hkcnews.com article 7986 (2017, 曾蔭權 trial): headline and first paragraph.
TSANG = ("陪審團稱未能達成大多數裁決\u3000法官：時間尚早繼續商議\n\n前行政長官曾蔭權被控接受利益罪，"
         "案件今於高等法院續審，進入陪審團退庭商議的階段。在上午11時05分，陪審團向法庭表示，相信繼續"
         "商議，也未能達成大多數裁決（split）。法官陳慶偉認為，時間尚早，指陪審團昨退庭商議約7小時，"
         "今早則只商議了1.5小時，要求他們再給予自己一點時間。法官重申，商議期間必會涉及辯論，或會有"
         "一方被說服，但眾人必須遵守誓言，作出真誠的裁決。")

# hkcnews.com article 45086 (2021, 大埔警署縱火案): headline, first paragraph, a later one.
TAI_PO = ("【大埔警署縱火案】官質疑沒證據威脅警員性命\u3000控方拒改較輕罪名遭批評用花巧方法大包圍\n\n"
          "大埔警署去年4月1日凌晨被人投擲燃燒物，三名中學生被控有意圖縱火。兩名當場被捕的男生今在區域"
          "法院認罪，惟法官林偉權質疑，控方起訴被告罔顧停車場內一名警員的生命安全，缺乏證據支持。\n\n"
          "主控解釋，律政司認為停車場閘口會有人出入，法官重申法庭進行嚴謹法律討論，不能用街邊路人觀點。"
          "法官批評，用花巧方法「包晒全世界」，檢控工作如何進步，怎能令大眾對法律有正確認知和觀念。")


def _speakers(text: str) -> dict[str, list[str]]:
    """Cue text -> the names of the speakers of the attributions with that cue, in order."""
    analysis = sayso.analyze(text, language="zh")
    out: dict[str, list[str]] = {}
    for a in analysis.attributions:
        e = analysis.entity(a.source.entity) if a.source and a.source.entity else None
        out.setdefault("".join(c.text for c in a.cue), []).append(e.name if e else "-")
    return out


def test_headline_judge_is_the_judge_named_later_not_the_chief_executive():
    """法官：… in the headline is 法官陳慶偉 of the body; 前行政長官曾蔭權 holds a title ending
    in 官 but is no judge."""
    analysis = sayso.analyze(TSANG, language="zh")
    head = next(a for a in analysis.attributions if a.source and a.source.text == "法官")
    assert analysis.entity(head.source.entity).name == "陳慶偉"


def test_bare_guan_in_a_headline_is_the_judge():
    """官質疑… (the headline's clipped 法官) is the judge of the article."""
    assert _speakers(TAI_PO)["質疑"][0] == "林偉權"


def test_verb_after_a_judge_title_is_no_name():
    """法官|重申法庭…: 重申 is the judge's verb, not the name 重申法; 法官 stays the judge."""
    speakers = _speakers(TAI_PO)
    assert speakers["重申"] == ["林偉權"]
    assert speakers["批評"][-1] == "林偉權"  # (the headline's passive 遭批評 is not read yet)


def test_prosecutor_speaks_for_himself():
    """主控解釋 (the prosecutor, Hong Kong usage) is a source of its own, not the judge of the
    sentence before; nor is 外聘主控 (counsel briefed from outside)."""
    assert _speakers(TAI_PO)["解釋"] == ["主控"]
    # hkcnews.com article 45086, a later paragraph, after the judge's words.
    text = ("法官斥責，指根本不見任何警員實際受威脅。\n\n短暫休庭後，外聘主控稱諮詢了負責本案的兩名律政司"
            "檢控官，律政司建議維持控罪。")
    assert _speakers(text)["稱"] == ["外聘主控"]


def test_bare_judge_after_another_judicial_title_simplified():
    """A bare 法官 is the one judge, whatever judicial title named him first (审判长, 裁判官)."""
    # 中新网 2008 (THUCNews, cnews.val.txt line 610 of github qianshuang/dl-exp): its first
    # sentence, then a bare 法官 in the style of the rest of the report.
    text = ("据台湾TVBS报道，陈水扁涉嫌机要费等案，审判长蔡守训24日宣布，台北地方法院将在9月11日做出"
            "一审宣判。法官表示，被告可在宣判前提出书面意见。")
    assert _speakers(text)["表示"] == ["蔡守训"]


def test_guan_cheng_is_the_title_and_the_cue_not_one_word():
    """許官稱… : 官稱 is no cue (as a word it means an official title); 許官 speaks with 稱."""
    # hkcnews.com article 48782 (2021, 觀塘暴動案), two sentences of the body.
    text = ("暫委法官許肇強指，當日遊行本來和平有序，但由警方衝向示威者一刻才演變成暴動。"
            "從片段顯示，警員附近的地上有一個磚塊，許官稱或有個別示威者曾向警員掟磚。")
    analysis = sayso.analyze(text, language="zh")
    att = next(a for a in analysis.attributions if [c.text for c in a.cue] == ["稱"])
    assert att.source.text == "許官"
    assert analysis.entity(att.source.entity).name == "許肇強"


def test_judgment_speaks_for_its_judge():
    """判詞指… is the judge's reasoning: the speaker is the judge the article names."""
    # hkcnews.com article 45923 (2021, 803基金 judicial review), two sentences of the body.
    text = ("但法官周家明認為，教育局有合理理由不透露資料給803基金此等無關人士。"
            "判詞指局方拒絕披露資料完全合理，不認同基金指局方考慮不周全。")
    assert _speakers(text)["指"][0] == "周家明"


def test_bare_defendant_is_the_one_defendant_named():
    """被告王志亮承認… then 被告承認…: the one defendant of the article; 被告 is a title."""
    # hkcnews.com article 48293 (2021, 警署偷拍案), two sentences of the body.
    text = ("被告王志亮承認於今年7月7日，在葵涌警署2樓221室女廁遊蕩。"
            "被告承認因衝動犯案，強調沒有針對特定受害者，亦沒有在網上分享或上傳照片。")
    assert _speakers(text)["承認"] == ["王志亮", "王志亮"]


def test_bare_defendant_with_two_named_is_nobody_in_particular():
    """With 第一被告 and 第三被告 in the article (one of them named), a bare 被告 is none of them
    in particular."""
    # hkcnews.com article 34934 (2020), the sentence naming the defendants, then a bare 被告
    # in the style of the report.
    text = ("其中第一被告承認普通襲擊及阻礙公職人員罪；第三被告何家樂承認在公眾地方管有攻擊性武器。"
            "被告表示會上訴。")
    assert "何家樂" not in _speakers(text)["表示"]


def test_two_people_joined_speak_as_one():
    """詹春柏与吴敦义都表示…: two bare names joined are one speaker, named by both."""
    # THUCNews 2008 (中新网), cnews.val.txt line 195 of github qianshuang/dl-exp.
    text = ("对于马英九今天在“中常会”宣布参选下届党主席后，6月15日由谁出面领表，詹春柏与吴敦义都表示，"
            "马英九没有要他们代为领表。")
    assert _speakers(text)["表示"] == ["詹春柏与吴敦义"]


def test_two_titled_people_are_not_joined():
    """港大校長張翔及科大教授葉玉如…: each name has its own title; they are not one group."""
    # The subject of a question in hkcnews.com article 44672 (evaldata/entities/tune), with a
    # plain cue after it.
    text = "港大校長張翔及科大教授葉玉如表示，研究有進展。"
    assert _speakers(text)["表示"] == ["葉玉如"]
