"""Sections (`sayso.layout.segment`): gold section lists of the zh-dev articles, markers in
both scripts and in English, shapes (link lists, bare URLs, watermarks), inline cross-heads."""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_support import locate_gold_sections, matches_exactly, strip_markdown

from sayso import layout, pipeline
from sayso.model import Document, Link, Section

ZH_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "zh-dev"
GOLD_FILES = sorted(ZH_DEV.glob("*.gold.json")) if ZH_DEV.exists() else []
POLNEAR_DEV = ZH_DEV.parent / "en-polnear" / "dev" / "text"


def _covers(text: str, sections: list[Section]) -> None:
    pos = 0
    for s in sections:
        assert s.start == pos and s.end > s.start, sections
        pos = s.end
    assert pos == len(text)


def _kinds(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.text[s.start:s.end].strip()) for s in layout.segment(doc)]


def _gold_documents(gold_path: Path) -> list[tuple[str, Document]]:
    import json

    gold = json.loads(gold_path.read_text("utf-8"))
    source = (ZH_DEV / gold["text_file"]).read_text("utf-8")
    if not gold["text_file"].endswith(".md"):
        return [("text", Document(text=source, language="zh"))]
    docs = [("soft breaks kept", strip_markdown(source)),
            ("soft breaks as spaces", strip_markdown(source, softbreak=" "))]
    from sayso.read import read_path

    read = read_path(ZH_DEV / gold["text_file"])[0]
    if "**" not in read.text:  # the Markdown reader strips markup
        docs.append(("sayso.read", read))
    for _, d in docs:
        d.language = "zh"
    return docs


@pytest.mark.skipif(not GOLD_FILES, reason="shared/eval not available")
@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name.split(".")[0])
def test_every_gold_section_is_one_predicted_section(gold_path: Path) -> None:
    import json

    gold = json.loads(gold_path.read_text("utf-8"))
    for variant, doc in _gold_documents(gold_path):
        sections = layout.segment(doc)
        _covers(doc.text, sections)
        for kind, start, end in locate_gold_sections(doc, gold["sections"]):
            assert matches_exactly(doc.text, sections, kind, start, end), (
                variant, kind, doc.text[start:start + 30],
                [(s.kind, doc.text[s.start:s.start + 20]) for s in sections])


@pytest.mark.skipif(not GOLD_FILES, reason="shared/eval not available")
def test_reference_preamble_is_credits_and_watermark() -> None:
    doc = _gold_documents(ZH_DEV / "gnews-2181912.gold.json")[0][1]
    kinds = _kinds(doc)
    assert kinds[0] == ("credits", "喜马拉雅意大利罗马达芬奇农场 轉載自GNews")
    assert kinds[1] == ("boilerplate", "belengbeleng.com")
    assert kinds[2][0] == "body"


@pytest.mark.skipif(not GOLD_FILES, reason="shared/eval not available")
def test_reference_through_the_pipeline_has_commentary_sections() -> None:
    doc = _gold_documents(ZH_DEV / "gnews-2181912.gold.json")[0][1]
    analysis = pipeline.run(doc)
    kinds = [s.kind for s in analysis.document.sections]
    assert kinds == ["credits", "boilerplate", "body", "commentary", "references", "credits",
                     "disclaimer", "navigation"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\u00a0\n", "一句话。", "\n\n标题\n\n正文第一段。\n\n"])
def test_sections_cover_any_text(text: str) -> None:
    sections = layout.segment(Document(text=text, language="zh"))
    if text:
        _covers(text, sections)
    else:
        assert sections == []


def test_traditional_markers() -> None:
    text = ("美國宣布新一輪對俄制裁\n\n"
            "美國財政部週四宣布對俄羅斯實施新一輪制裁，涉及多家銀行。\n\n"
            "編者按：制裁的效果仍有待觀察。\n\n"
            "分析人士認為，俄羅斯經濟將承受更大壓力。\n\n"
            "參考鏈接：\n\n"
            "https://www.reuters.com/world/europe/us-sanctions-russia/\n\n"
            "編譯：王小明\n\n"
            "免責聲明：本文僅代表作者個人觀點。")
    assert _kinds(Document(text=text, language="zh")) == [
        ("headline", "美國宣布新一輪對俄制裁"),
        ("body", "美國財政部週四宣布對俄羅斯實施新一輪制裁，涉及多家銀行。"),
        ("commentary", "編者按：制裁的效果仍有待觀察。\n\n分析人士認為，俄羅斯經濟將承受更大壓力。"),
        ("references", "參考鏈接：\n\nhttps://www.reuters.com/world/europe/us-sanctions-russia/"),
        ("credits", "編譯：王小明"),
        ("disclaimer", "免責聲明：本文僅代表作者個人觀點。"),
    ]


def test_commentary_runs_until_the_next_non_body_marker() -> None:
    text = ("特评：这次会谈的成果有限。\n\n双方立场依然相距甚远。\n\n"
            "责任编辑：李华\n\n这一段在编辑署名之后。")
    kinds = [k for k, _ in _kinds(Document(text=text, language="zh"))]
    assert kinds == ["commentary", "credits", "body"]


def test_a_marker_word_inside_a_sentence_is_not_a_marker() -> None:
    text = "评论人士指出，这项政策将影响数百万家庭。\n\n图书馆周末照常开放。"
    assert [k for k, _ in _kinds(Document(text=text, language="zh"))] == ["body"]


def test_share_pleas_and_photo_captions() -> None:
    text = ("台风“杜苏芮”今晨登陆福建晋江。\n\n"
            "图：台风过后的晋江街头（新华社）\n\n"
            "气象部门表示，风力将逐渐减弱。\n\n"
            "欢迎转发、点赞、关注我们的公众号")
    assert [k for k, _ in _kinds(Document(text=text, language="zh"))] == [
        "body", "caption", "body", "boilerplate"]


def test_english_headline_byline_and_footer() -> None:
    text = ("Senate Passes Stopgap Bill to Avert Shutdown\n\n"
            "By Jane Smith and Tom Lee\n\n"
            "WASHINGTON (Reuters) - The U.S. Senate on Thursday passed a stopgap spending bill.\n\n"
            "The measure now goes to the House, where its fate is uncertain.\n\n"
            "Related\n\n"
            "House Republicans split over spending\n\n"
            "Copyright © 2023 Reuters. All rights reserved.")
    assert [k for k, _ in _kinds(Document(text=text, language="en"))] == [
        "headline", "credits", "body", "navigation", "boilerplate"]


def test_footer_link_list_is_navigation() -> None:
    anchors = ["Home", "World", "Business", "Contact us"]
    body = "The central bank left rates unchanged on Wednesday.\n\n"
    text = body + "\n".join(anchors)
    links, pos = [], len(body)
    for a in anchors:
        links.append(Link(pos, pos + len(a), f"https://example.com/{a.lower().replace(' ', '-')}"))
        pos += len(a) + 1
    doc = Document(text=text, language="en", links=links)
    assert _kinds(doc) == [("body", body.strip()), ("navigation", "\n".join(anchors))]


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="PolNeAR dev not available")
def test_polnear_first_line_is_a_headline() -> None:
    path = sorted(POLNEAR_DEV.glob("*.txt"))[0]
    text = path.read_text("utf-8")
    sections = layout.segment(Document(text=text, language="en"))
    _covers(text, sections)
    assert sections[0].kind == "headline"
    assert text[sections[0].start:sections[0].end].strip() == text.split("\n")[0].strip()
    assert sections[1].kind == "body"


def test_headline_run_into_a_dateline_is_cut_before_it() -> None:
    text = "国际油价大幅下跌新华社北京3月9日电 国际油价9日大幅下跌，布伦特原油期货价格跌破每桶70美元。"
    assert _kinds(Document(text=text, language="zh"))[:2] == [
        ("headline", "国际油价大幅下跌"),
        ("body", "新华社北京3月9日电 国际油价9日大幅下跌，布伦特原油期货价格跌破每桶70美元。"),
    ]


def test_inline_crosshead_between_sentences() -> None:
    lead = ("本市蔬菜价格连续三周下降。市物价局昨日发布的监测数据显示，随着本地蔬菜大量上市，"
            "青菜、菠菜、黄瓜等品种的零售价格均有不同程度回落，市民的菜篮子负担明显减轻。")
    text = lead + "价格涨幅回落 菜篮子供应充足商务部监测显示，上周全市蔬菜批发均价环比下降百分之三。"
    assert _kinds(Document(text=text, language="zh")) == [
        ("body", lead),
        ("headline", "价格涨幅回落 菜篮子供应充足"),
        ("body", "商务部监测显示，上周全市蔬菜批发均价环比下降百分之三。"),
    ]


def test_no_crosshead_when_the_phrase_is_punctuated() -> None:
    text = "会议于下午结束。与会者表示满意，双方 将继续加强合作。"
    assert [k for k, _ in _kinds(Document(text=text, language="zh"))] == ["body"]


def test_marker_inside_a_flattened_line_opens_its_section() -> None:
    text = ("香港特区政府3日宣布，自下周起放宽多项防疫措施。行政长官表示会继续留意疫情。 "
            "特评：这一决定来得太晚。 免责声明：本文仅代表作者个人观点。")
    assert _kinds(Document(text=text, language="zh")) == [
        ("body", "香港特区政府3日宣布，自下周起放宽多项防疫措施。行政长官表示会继续留意疫情。"),
        ("commentary", "特评：这一决定来得太晚。"),
        ("disclaimer", "免责声明：本文仅代表作者个人观点。"),
    ]


def test_interview_question_is_body_not_a_credit() -> None:
    text = ("记者：您如何看待这次会谈的成果？\n\n"
            "王毅：双方进行了坦诚、深入的交流，达成了多项共识。\n\n"
            "（记者 张三）")
    assert [k for k, _ in _kinds(Document(text=text, language="zh"))] == ["body", "credits"]


PIECES = ["特评：", "参考链接：", "https://www.reuters.com/world/", "编译 发布：某某农场", "转载自GNews",
          "By John Smith", "。", "\n", "\n\n", "价格涨幅回落 菜篮子供应充足", "免责声明：", "（完）",
          "记者：", "中新网7月12日电 ", "WASHINGTON (Reuters) - ", "据新华社报道，", "İ", "\u00a0",
          "\u200b", "“", "”", "《纽约时报》", "belengbeleng.com", "Related", "- ", "}"]


def test_any_mixture_of_markers_gives_valid_sections_and_provenance() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from sayso.context import Context
    from sayso.model import Analysis, validate
    from sayso.provenance import find_provenance

    piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=8))

    @settings(max_examples=150, deadline=None)
    @given(st.lists(piece, max_size=40), st.sampled_from(["zh", "en", None]))
    def check(pieces: list[str], language: str | None) -> None:
        text = "".join(pieces)
        links = [Link(0, min(len(text), 5), "https://gnews.org/zh-hans/1/")] if text else []
        doc = Document(text=text, language=language, links=links)
        doc.sections = layout.segment(doc)
        if text:
            _covers(text, doc.sections)
        ctx = Context()
        doc.provenance = find_provenance(doc, ctx)
        assert validate(Analysis(document=doc, entities=ctx.registry.entities)) == []

    check()


def test_short_list_items_are_not_crossheads() -> None:
    text = ("The storm left a trail of damage across the county on Tuesday night, officials said.\n\n"
            "Three people killed\n\nTwelve homes destroyed\n\nPower lines down\n\n"
            "Crews worked through the night to restore electricity to thousands of homes.\n\n"
            "Roads reopen\n\n"
            "Most roads in the county reopened by Wednesday afternoon, the sheriff's office said.")
    kinds = _kinds(Document(text=text, language="en"))
    assert [k for k, t in kinds if k == "headline"] == ["headline"]
    assert ("headline", "Roads reopen") in kinds


def test_web_page_furniture_in_english() -> None:
    text = ("Fed Holds Rates Steady\n\n"
            "By Jane Doe, CNN\n\n"
            "Updated 10:32 AM EST, Wed March 22, 2023\n\n"
            "WASHINGTON (CNN) — The Federal Reserve held interest rates steady on Wednesday, "
            "pointing to signs that inflation is cooling.\n\n"
            "Advertisement\n\n"
            "Chair Jerome Powell said the central bank would watch the data closely.")
    assert [k for k, _ in _kinds(Document(text=text, language="en"))] == [
        "headline", "credits", "boilerplate", "body", "boilerplate", "body"]


def test_web_page_furniture_in_chinese() -> None:
    text = ("央行宣布降准0.25个百分点\n\n"
            "发布时间：2023-03-17 19:00\n\n"
            "中国人民银行17日宣布，将于3月27日下调金融机构存款准备金率0.25个百分点。\n\n"
            "返回搜狐，查看更多")
    assert [k for k, _ in _kinds(Document(text=text, language="zh"))] == [
        "headline", "boilerplate", "body", "boilerplate"]


def test_a_sentence_starting_with_updated_is_body() -> None:
    text = "Updated figures show the economy grew faster than expected in the third quarter."
    assert [k for k, _ in _kinds(Document(text=text, language="en"))] == ["body"]
