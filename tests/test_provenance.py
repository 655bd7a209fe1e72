"""Provenance (`sayso.provenance`): datelines, reposts, credits and references."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from layout_support import strip_markdown

from sayso import layout
from sayso.context import Context
from sayso.dateline import find_dateline
from sayso.model import Document, Link
from sayso.provenance import find_provenance

ZH_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "zh-dev"
CNEWS_GOLD = sorted(ZH_DEV.glob("cnews-*.gold.json")) if ZH_DEV.exists() else []


def _provenance(text: str, language: str = "zh", links: list[Link] | None = None):
    doc = Document(text=text, language=language, links=links or [])
    doc.sections = layout.segment(doc)
    ctx = Context()
    return find_provenance(doc, ctx), ctx


@pytest.mark.skipif(not CNEWS_GOLD, reason="shared/eval not available")
@pytest.mark.parametrize("gold_path", CNEWS_GOLD, ids=lambda p: p.name.split(".")[0])
def test_cnews_gold_datelines_are_found_exactly(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text("utf-8"))
    text = (ZH_DEV / gold["text_file"]).read_text("utf-8")
    prov, ctx = _provenance(text)
    want = gold["provenance"]["dateline"]
    assert prov.dateline is not None and prov.dateline.text == want
    assert text[prov.dateline.start:prov.dateline.end] == want
    # The filing outlet is an entity, and publishes the article.
    outlet_names = {a for e in ctx.registry.entities if e.type == "outlet" for a in e.aliases}
    assert any(want.startswith(name) for name in outlet_names)
    published = [c.name for c in prov.credits if c.role == "published_by"]
    assert published and want.startswith(published[0])


@pytest.mark.skipif(not ZH_DEV.exists(), reason="shared/eval not available")
def test_reference_article_provenance() -> None:
    doc = strip_markdown((ZH_DEV / "gnews-2181912.md").read_text("utf-8"))
    doc.language = "zh"
    doc.sections = layout.segment(doc)
    ctx = Context()
    prov = find_provenance(doc, ctx)
    assert [(r.name, r.url) for r in prov.reposted_from] == [
        ("GNews", "https://gnews.org/zh-hans/2181912/")]
    credits = {(c.role, c.name) for c in prov.credits}
    assert ("compiled_by", "意大利罗马达芬奇农场") in credits
    assert ("published_by", "喜马拉雅意大利罗马达芬奇农场") in credits
    assert [r.url for r in prov.references] == [
        "https://www.zerohedge.com/geopolitical/kremlin-reports-major-progress-ukraine-talks-"
        "wrong-bidens-putin-remark-unforgiveable"]
    entity = ctx.registry.get(prov.references[0].outlet)
    assert entity is not None and entity.name == "ZeroHedge"
    assert prov.dateline is None


@pytest.mark.parametrize("text, dateline", [
    ("人民网北京6月30日电 国务院新闻办公室30日举行新闻发布会。", "人民网北京6月30日电"),
    ("（法新社大马士革十二日电）叙利亚政府军十二日在北部发动新的攻势。", "（法新社大马士革十二日电）"),
    ("【路透社华盛顿3日电】美国劳工部3日公布的数据显示，上月非农就业人数增加。", "【路透社华盛顿3日电】"),
    ("本报讯 昨天上午，市政府召开常务会议，研究部署防汛工作。", "本报讯"),
    ("（中央社記者陳家倫台北3日電）行政院3日通過新的防疫條例草案。", "（中央社記者陳家倫台北3日電）"),
    ("新華社北京5月4日電 國家統計局4日發布數據。", "新華社北京5月4日電"),
    ("WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday.",
     "WASHINGTON (Reuters) -"),
    ("BEIJING, June 30 (Xinhua) -- China's manufacturing activity expanded in June.",
     "BEIJING, June 30 (Xinhua) --"),
    ("LONDON, March 3 (AP) — British lawmakers voted on Tuesday to approve the plan.",
     "LONDON, March 3 (AP) —"),
    ("DES MOINES, Iowa — Senator Ted Cruz won the Iowa caucuses on Monday night.",
     "DES MOINES, Iowa —"),
    ("ST. LOUIS -- The two candidates met for their second debate on Sunday.", "ST. LOUIS --"),
])
def test_dateline_forms(text: str, dateline: str) -> None:
    found = find_dateline(text)
    assert found is not None and text[found.start:found.end] == dateline


@pytest.mark.parametrize("text", [
    "他说，北京6月30日的会议很重要。",
    "The report, released in Washington on Monday, said growth slowed.",
    "据新华社报道，会议将于下月举行。",
    "EXCLUSIVE — The campaign is preparing a new advertising blitz, aides said.",
])
def test_no_dateline_in_ordinary_sentences(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_outlet_is_an_entity_and_publisher() -> None:
    prov, ctx = _provenance("WASHINGTON (Reuters) - The Senate passed the bill on Thursday.", "en")
    assert prov.dateline is not None and prov.dateline.text == "WASHINGTON (Reuters) -"
    assert [e.name for e in ctx.registry.entities] == ["Reuters"]
    assert [(c.role, c.name) for c in prov.credits] == [("published_by", "Reuters")]


def test_english_bylines_and_reporting_credits() -> None:
    text = ("Factory Output Rises for Third Month\n\n"
            "By John Smith and Maria Garcia\n\n"
            "Industrial production rose 0.4 percent in May, the Federal Reserve said.\n\n"
            "Reporting by Lucia Mutikani; Editing by Andrea Ricci")
    prov, _ = _provenance(text, "en")
    assert [(c.role, c.name) for c in prov.credits] == [
        ("author", "John Smith"), ("author", "Maria Garcia"),
        ("author", "Lucia Mutikani"), ("compiled_by", "Andrea Ricci")]


def test_photo_credits_in_captions() -> None:
    text = ("The president spoke to reporters at the White House on Monday.\n\n"
            "President Joe Biden speaks in the Rose Garden. (AP Photo/Evan Vucci)\n\n"
            "台风过后，市民在街头清理倒伏的树木。\n\n"
            "图片来源：路透社")
    prov, _ = _provenance(text, "en")
    assert ("photo", "Evan Vucci") in [(c.role, c.name) for c in prov.credits]
    assert ("photo", "路透社") in [(c.role, c.name) for c in prov.credits]


def test_chinese_credit_lines_in_both_scripts() -> None:
    text = ("外交部发言人汪文斌在例行记者会上回答了提问。\n\n"
            "編譯：王小明\n\n"
            "（责任编辑：张丽）")
    prov, _ = _provenance(text)
    assert [(c.role, c.name) for c in prov.credits] == [
        ("compiled_by", "王小明"), ("compiled_by", "张丽")]


def test_english_repost_line_and_bare_urls() -> None:
    text = ("Heatwave Grips Southern Europe\n\n"
            "Temperatures passed 45C in Sicily, according to data at "
            "https://www.bbc.com/news/world-europe-66254925 and local reports.\n\n"
            "This article first appeared on The Conversation on July 20, 2023.")
    prov, ctx = _provenance(text, "en")
    assert [(r.name, r.url) for r in prov.reposted_from] == [("The Conversation", None)]
    assert [r.url for r in prov.references] == ["https://www.bbc.com/news/world-europe-66254925"]
    entity = ctx.registry.get(prov.references[0].outlet)
    assert entity is not None and entity.name == "BBC"


def test_repost_url_comes_from_the_link_on_the_marker_and_is_not_a_reference() -> None:
    text = "转载自大纪元\n\n美国国务院周二发表声明，谴责有关行为。"
    links = [Link(0, 6, "https://www.epochtimes.com/gb/23/5/2/n1.htm")]
    prov, _ = _provenance(text, links=links)
    assert [(r.name, r.url) for r in prov.reposted_from] == [
        ("大纪元", "https://www.epochtimes.com/gb/23/5/2/n1.htm")]
    assert prov.references == []


def test_navigation_links_are_not_references() -> None:
    body = "The central bank left rates unchanged on Wednesday.\n\n"
    anchors = ["Home", "Privacy Policy"]
    text = body + "\n".join(anchors)
    links = [Link(len(body), len(body) + 4, "https://example.com/"),
             Link(len(body) + 5, len(text), "https://example.com/privacy")]
    prov, _ = _provenance(text, "en", links)
    assert prov.references == []


def test_empty_text_has_empty_provenance() -> None:
    prov, _ = _provenance("")
    assert prov.to_dict() == {"reposted_from": [], "credits": [], "references": [], "dateline": None}


def test_chinese_footer_source_and_editor_lines() -> None:
    text = ("原标题：美联储再次加息\n\n"
            "美联储周三宣布将联邦基金利率目标区间上调25个基点。\n\n"
            "（完）\n\n"
            "来源：中国新闻网 编辑：王琴\n\n"
            "【责任编辑：张三】")
    doc = Document(text=text, language="zh")
    doc.sections = layout.segment(doc)
    assert [s.kind for s in doc.sections] == ["headline", "body", "boilerplate", "credits"]
    prov = find_provenance(doc, Context())
    assert [(r.name, r.url) for r in prov.reposted_from] == [("中国新闻网", None)]
    assert [(c.role, c.name) for c in prov.credits] == [
        ("compiled_by", "王琴"), ("compiled_by", "张三")]


def test_chinese_photo_caption_credit() -> None:
    text = ("美国总统拜登周二在白宫就经济问题发表讲话，他表示通胀已经开始回落。\n\n"
            "拜登在白宫发表讲话。（美聯社）\n\n"
            "白宫发言人随后补充说，政府将继续关注物价。")
    doc = Document(text=text, language="zh")
    doc.sections = layout.segment(doc)
    assert [s.kind for s in doc.sections] == ["body", "caption", "body"]
    prov = find_provenance(doc, Context())
    assert [(c.role, c.name) for c in prov.credits] == [("photo", "美聯社")]


def test_reporter_lines_name_each_reporter() -> None:
    text = ("本报记者 张三 李四\n\n"
            "昨天上午，市政府召开常务会议，研究部署防汛工作。\n\n"
            "（记者 王芳 实习生 李明）")
    prov, _ = _provenance(text)
    assert [(c.role, c.name) for c in prov.credits] == [
        ("author", "张三"), ("author", "李四"), ("author", "王芳"), ("author", "李明")]


def test_taiwan_wire_story_layout() -> None:
    text = ("立法院三讀通過防疫條例修正案\n\n"
            "（中央社記者陳家倫台北3日電）立法院會今天三讀通過防疫條例修正案，延長施行期限一年。\n\n"
            "衛福部長表示，修法後將持續檢討各項措施。\n\n"
            "（編輯：張三）1120103\n\n"
            "延伸閱讀\n\n"
            "› 疫苗採購進度說明\n\n"
            "› 指揮中心記者會重點")
    doc = Document(text=text, language="zh")
    doc.sections = layout.segment(doc)
    assert [s.kind for s in doc.sections] == ["headline", "body", "credits", "navigation"]
    ctx = Context()
    prov = find_provenance(doc, ctx)
    assert prov.dateline is not None and prov.dateline.text == "（中央社記者陳家倫台北3日電）"
    assert [(c.role, c.name) for c in prov.credits] == [("compiled_by", "張三"), ("published_by", "中央社")]
    assert [e.name for e in ctx.registry.entities] == ["Central News Agency"]
