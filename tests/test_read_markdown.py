"""The Markdown reader on the reference article and on small real-looking snippets."""

from __future__ import annotations

import json

import pytest

from sayso.read import read_path
from sayso.read.markdown import markdown_to_text, read_markdown, split_front_matter


@pytest.fixture
def reference_doc(reference_path):
    docs = read_path(reference_path)
    assert len(docs) == 1
    return docs[0]


def test_reference_markup_removed(reference_doc):
    text = reference_doc.text
    assert "特评：郭先生在刚刚结束的文贵大直播中透露" in text
    assert "编译 发布：意大利罗马达芬奇农场 Roma" in text
    assert "**" not in text
    assert "](" not in text and "![" not in text
    assert "`" not in text


def test_reference_front_matter(reference_doc):
    assert reference_doc.title == "土耳其要求普京与泽连斯基会面以推进俄乌停火"
    assert reference_doc.id == "gnews-2181912"
    assert not reference_doc.text.startswith("---")


def test_reference_links(reference_doc):
    text = reference_doc.text
    by_anchor = {text[lk.start:lk.end]: lk.url for lk in reference_doc.links}
    assert by_anchor["轉載自GNews"] == "https://gnews.org/zh-hans/2181912/"
    zerohedge = [a for a, u in by_anchor.items() if "zerohedge.com" in u]
    assert zerohedge and zerohedge[0].startswith("https://www.zerohedge.com/geopolitical/")
    assert zerohedge[0] == by_anchor[zerohedge[0]]  # the anchor is the URL itself
    for anchor in ("ROL Foundation", "ROL Society", "Terms of use", "Privacy Policy"):
        assert anchor in by_anchor


def test_reference_paragraphs_and_list(reference_doc):
    text = reference_doc.text
    assert "\n\n免责声明：本文内容仅代表作者个人观点" in text
    assert text.endswith("ROL Foundation\nROL Society\nTerms of use\nPrivacy Policy")
    # the mistyped closing quote (“ for ”) is kept as it is
    assert "的 “歪曲“。" in text
    assert "（\u00a0Maria Zakharova）" in text


def test_reference_gold_strings_survive(reference_doc, reference_path):
    gold = json.loads(reference_path.with_name("gnews-2181912.gold.json").read_text("utf-8"))
    missing = []
    for a in gold["attributions"]:
        strings = [*a["content"], *a["cue"], *a["via"]] + ([a["source"]] if a["source"] else [])
        missing += [s for s in strings if s not in reference_doc.text]
    assert missing == []


def test_cjk_emphasis_closes_before_han():
    text, _ = markdown_to_text("**特评：**郭先生在直播中透露，情况有变。")
    assert text == "特评：郭先生在直播中透露，情况有变。"


def test_latin_emphasis_rules_unchanged():
    text, _ = markdown_to_text("The *Financial Times* said my_var_name is **not** news.")
    assert text == "The Financial Times said my_var_name is not news."


def test_inline_code_image_alt_and_link():
    text, links = markdown_to_text(
        "`新华社` 据[路透社](https://www.reuters.com/x)报道 ![拜登在白宫讲话](a.jpg) ![](b.png)结束")
    assert text == "新华社 据路透社报道 拜登在白宫讲话 结束"
    assert [(text[lk.start:lk.end], lk.url) for lk in links] == [
        ("路透社", "https://www.reuters.com/x")]


def test_blocks_headings_quotes_code_and_tables():
    src = ("# 标题\n\n第一段，\n第二行。\n\n> 引用的一段话。\n\n```\ncode()\n```\n\n"
           "| 国家 | 发言人 |\n| --- | --- |\n| 俄罗斯 | 佩斯科夫 |\n\n1. one\n2. two\n")
    text, _ = markdown_to_text(src)
    assert text == ("标题\n\n第一段，\n第二行。\n\n引用的一段话。\n\ncode()\n\n"
                    "国家\t发言人\n俄罗斯\t佩斯科夫\n\none\ntwo")


def test_loose_list_items_are_paragraphs():
    text, _ = markdown_to_text("- first item\n\n- second item\n")
    assert text == "first item\n\nsecond item"


def test_front_matter_fields():
    doc = read_markdown(
        "---\ntitle: Kremlin calls report wrong\ndate: 2022-03-17\nurl: https://example.com/a\n"
        "author: Jane Doe\nlanguage: en-US\n---\nPeskov said the report was wrong.\n",
        doc_id="x")
    assert doc.title == "Kremlin calls report wrong"
    assert doc.published == "2022-03-17"
    assert doc.url == "https://example.com/a"
    assert doc.meta["author"] == "Jane Doe"
    assert doc.language == "en"
    assert doc.text == "Peskov said the report was wrong."


def test_broken_front_matter_keeps_article_and_simple_keys():
    meta, body, offset = split_front_matter(
        "---\ntitle: 普京: 谈判 [未完\ndate: 2022年3月17日\n---\n正文第一段。\n")
    assert meta["title"].startswith("普京")
    assert body == "正文第一段。\n"
    assert offset > 0
    doc = read_markdown("---\ntitle: a: b: [\ndate: 2022年3月17日\n---\n正文第一段。\n")
    assert doc.published == "2022-03-17" and doc.text == "正文第一段。"


def test_unclosed_front_matter_is_not_metadata():
    meta, body, _ = split_front_matter("---\n正文没有结束标记。\n")
    assert meta == {} and body.startswith("---")
