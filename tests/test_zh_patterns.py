"""Chinese extraction patterns: source cutting, cue lexicon, end-to-end on real text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sayso
from sayso.lang.zh.lexicon import lexicon
from sayso.lang.zh.source import cut_source


def _src(clause: str) -> str | None:
    r = cut_source(clause, 0, len(clause), lexicon())
    return clause[r[0]:r[1]] if r else None


@pytest.mark.parametrize("clause, expected", [
    ("正在基辅访问的土耳其外长卡乌索格鲁（Cavusoglu）", "土耳其外长卡乌索格鲁（Cavusoglu）"),
    ("2008年至2012年担任总统、现为俄罗斯安全委员会副秘书的德米特里·梅德韦杰夫（Dmitry Medvedev）",
     "德米特里·梅德韦杰夫（Dmitry Medvedev）"),
    ("此前美国国务卿布林肯", "美国国务卿布林肯"),
    ("此外，泽连斯基", "泽连斯基"),
    ("佩斯科夫在谈到周四的会谈时", "佩斯科夫"),
    ("乌克兰周三", "乌克兰"),
    ("他还", "他"),
    ("越来越多的西方国家安全专家", "越来越多的西方国家安全专家"),
    ("周四的报告", "周四的报告"),
    ("吕秀莲当地时间2日在华盛顿", "吕秀莲"),
    ("卫生防护中心总监曾浩辉", "卫生防护中心总监曾浩辉"),
    ("并", None),
    ("但却", None),
    ("该声明是迄今为止最明确地", None),
])
def test_cut_source(clause, expected):
    assert _src(clause) == expected


@pytest.mark.parametrize("text, cues", [
    ("他说服了我", []),
    ("这本小说很长", []),
    ("这被称为奇迹", []),
    ("他表示感谢", []),
    ("这个问题很难", []),
    ("他补充说", ["补充说"]),
    ("她表示，", ["表示"]),
    ("路透社报道称", ["报道称"]),
    # unseen news (sohu sports, ctwant, hk01, 2019-2025): words that merely contain a cue
    ("他只是说了一句便再也说不下去了", ["说"]),
    ("接受询答", []),
    ("余铠均开首即指摘示威者", []),
    ("警方在多次警告下作出驱散", []),
    # 星洲网/163.com: 发(布) joins 声明称, the company alone is the source
    ("王安宇工作室发布声明称：", ["发布声明称"]),
    ("悦凯娱乐发声明称：", ["发声明称"]),
])
def test_cue_lexicon_and_blocklist(text, cues):
    """`find_cues` reads folded (simplified) text."""
    assert [c.word for _, _, c in lexicon().find_cues(text)] == cues


def test_lexicon_is_large_enough():
    assert len(lexicon().cues) >= 150


def _find(atts, source=None, cue=None, content_part=None):
    for a in atts:
        if source is not None and (a.source.text if a.source else None) != source:
            continue
        if cue is not None and [c.text for c in a.cue] != cue:
            continue
        if content_part is not None and not any(content_part in c.text for c in a.content):
            continue
        return a
    return None


REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "zh-dev" / "gnews-2181912.md"


@pytest.fixture(scope="module")
def reference():
    if not REFERENCE.exists():
        pytest.skip("shared/eval not available")
    return sayso.analyze_file(REFERENCE)


def test_reference_outlet_cites_outlet(reference):
    # 《零对冲》援引《中东眼》报道说: the cited outlet speaks, the citing one is the channel
    a = _find(reference.attributions, "《中东眼》", ["援引", "报道说"])
    assert a is not None
    assert [v.text for v in a.via] == ["《零对冲》"]
    assert a.certainty == "reported"
    assert a.content[0].text.startswith("乌克兰正在寻求土耳其的帮助")


def test_reference_split_quote(reference):
    a = _find(reference.attributions, "卡乌索格鲁", ["说"], "埃尔多安")
    assert a is not None and a.kind == "direct"
    assert [c.text for c in a.content] == ["埃尔多安（Erdogan）今天与普京通了电话。", "普京和泽连斯基应该会面。"]


def test_reference_nested_in_quote(reference):
    outer = _find(reference.attributions, "他", ["说"], "俄罗斯对此没有异议")
    inner = _find(reference.attributions, "乌克兰外长库莱巴（Kuleba）", ["说"])
    assert outer is not None and inner is not None
    assert inner.parent == outer.id
    assert inner.content[0].text == "基辅将土耳其视为担保国之一"


def test_reference_denial_targets_disputed_report(reference):
    report = _find(reference.attributions, "有报道", ["称"])
    denial = _find(reference.attributions, "克里姆林宫发言人", ["以", "为由将其驳回"])
    assert report is not None and denial is not None
    assert denial.stance == "deny"
    assert denial.target == report.id
    assert report.certainty == "disputed"


def test_reference_hedge_makes_unconfirmed(reference):
    a = _find(reference.attributions, "《纽约时报》", ["的报道", "声称"])
    assert a is not None
    assert a.certainty == "unconfirmed"
    assert [h.text for h in a.hedges] == ["尽管这些数字仍然无法确认"]
    assert a.content[0].text == "约有7000名俄罗斯军队可能已经被杀"


def test_reference_via_state_media_and_interview(reference):
    peskov = _find(reference.attributions, "佩斯科夫", ["说"], "我不知道")
    assert peskov is not None and [v.text for v in peskov.via] == ["国家媒体"]
    zelensky = _find(reference.attributions, "泽连斯基", ["说"], "我相信")
    assert zelensky is not None and [v.text for v in zelensky.via] == ["美国全国广播公司"]


def test_reference_anonymous_in_commentary(reference):
    a = _find(reference.attributions, None, ["据悉"])
    assert a is not None
    assert a.source is None and a.certainty == "anonymous"


def test_reference_author_narration_is_not_attributed(reference):
    texts = " ".join(c.text for a in reference.attributions for c in a.content)
    assert "普京与泽连斯基的实际会面似乎还很牵强" not in texts


def test_traditional_gives_the_same_attributions_as_simplified():
    import opencc

    simplified = "据新华社报道，外交部发言人说：“中方坚决反对。”消息人士透露，双方已达成一致。"
    traditional = opencc.OpenCC("s2t").convert(simplified)
    assert traditional != simplified and len(traditional) == len(simplified)
    a = sayso.analyze(simplified, language="zh").attributions
    b = sayso.analyze(traditional, language="zh").attributions
    assert [(x.kind, x.stance, x.certainty, [(c.start, c.end) for c in x.content]) for x in a] == \
        [(x.kind, x.stance, x.certainty, [(c.start, c.end) for c in x.content]) for x in b]
    assert all(c.text == traditional[c.start:c.end] for x in b for c in x.content)


@pytest.mark.parametrize("text, no_cue", [
    # 大纪元/中央社, 2006-10-23: a bracketed credit is no statement, nor the start of a source
    ("【大紀元10月23日報導】(中央社記者康世人新加坡二十三日專電)日前因「馬來西亞、印尼華人遭邊緣化」"
     "言論而引發外交風波的新加坡內閣資政李光耀表示,這件事只是「地平線上的微小信號干擾」。", "報導"),
    # ctwant, 2025: a causative comment (令人質疑) and an anaphoric 如此表態 report no new words
    ("國民黨表示,賴清德過去多次公開宣示願到立法院報告,從 2024 年初到就任後皆如此表態,"
     "令人質疑賴清德是否擔心面對預算細項而選擇退縮。", "質疑"),
    ("國民黨表示,賴清德過去多次公開宣示願到立法院報告,從 2024 年初到就任後皆如此表態,"
     "令人質疑賴清德是否擔心面對預算細項而選擇退縮。", "表態"),
    # 大纪元, 2006: 要求李光耀寫信說明 is the explanation demanded, not one given
    ("馬來西亞總理阿布杜拉並要求李光耀寫信說明,最後雖然對李光耀的回函說明不表滿意。", "說明"),
])
def test_non_speech_uses_of_cue_words(text, no_cue):
    atts = sayso.analyze(text, language="zh").attributions
    assert not any(no_cue in [c.text for c in a.cue] for a in atts), [
        ([c.text for c in a.cue], a.source.text if a.source else None) for a in atts]
    assert all("【" not in a.source.text and "】" not in a.source.text for a in atts if a.source)


def test_empty_and_cue_only_texts():
    assert sayso.analyze("", language="zh").attributions == []
    assert sayso.analyze("说。", language="zh").attributions == []
    assert sayso.analyze("他说：", language="zh").attributions == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "他说", "：", "，", "。", "“", "”", "「", "」", "据", "报道", "新华社", "消息人士透露",
    "否认", "无法确认", "《", "》", "有报道称", "并补充说", "被问到", "以", "为由将其驳回", "\n",
    "外交部发言人", "表示", "援引", "的话说", "（", "）", "Reuters", " ",
]), max_size=40))
def test_any_chinese_like_text_gives_a_valid_record(parts):
    # The conftest fixture validates every span and reference of the produced record.
    sayso.analyze("".join(parts), language="zh")


def test_confirmation_targets_the_report_without_disputing_it():
    text = "据路透社报道，两国将于下月举行峰会。外交部发言人随后证实了这一报道。"
    atts = sayso.analyze(text, language="zh").attributions
    report = _find(atts, "路透社", ["据", "报道"])
    confirm = _find(atts, "外交部发言人", None)
    assert report is not None and confirm is not None
    assert confirm.stance == "confirm"
    assert confirm.target == report.id
    assert report.certainty == "reported"


def test_denial_of_an_unnamed_report_disputes_it():
    text = "有消息称该公司将被收购。该公司随后否认了这一报道。"
    atts = sayso.analyze(text, language="zh").attributions
    rumour = _find(atts, "有消息", ["称"])
    denial = _find(atts, "该公司", None)
    assert rumour is not None and denial is not None
    assert denial.stance == "deny" and denial.target == rumour.id
    assert rumour.certainty == "disputed"


def test_denial_before_the_report_it_denies():
    text = "华为公司在一份声明中表示，该公司从未向任何第三方提供用户数据。此前有媒体报道称，华为涉嫌违规收集用户信息。"
    atts = sayso.analyze(text, language="zh").attributions
    denial = _find(atts, "华为公司", ["表示"])
    report = _find(atts, "有媒体", ["报道称"])
    assert denial is not None and report is not None
    assert denial.stance == "deny" and denial.target == report.id
    assert report.certainty == "disputed"
