"""Readers for plain text, HTML and JSON Lines, format detection, and byte decoding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sayso.errors import InputError
from sayso.read import Limits, detect_format, iter_documents, read_path
from sayso.read.decode import decode
from sayso.read.html import html_text, read_html

POLNEAR_DEV = Path(__file__).resolve().parent.parent.parent / "shared/eval/en-polnear/dev/text"

ZH_HANS = ("外交部发言人秦刚在例行记者会上说，中方坚决反对任何形式的单边制裁，"
           "希望有关各方通过对话协商解决分歧。")
ZH_HANT = ("外交部發言人秦剛在例行記者會上說，中方堅決反對任何形式的單邊制裁，"
           "希望有關各方通過對話協商解決分歧。")
ARTICLE_HTML = """<!DOCTYPE html><html lang="en"><head>
<title>Kremlin calls FT report 'wrong' | Example News</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2022-03-17T10:00:00Z">
<link rel="canonical" href="https://example.com/world/kremlin-ft"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Kremlin calls FT report about Ukraine talks 'wrong'</h1>
<p>Kremlin spokesman Dmitry Peskov said on Thursday that a
<a href="https://www.ft.com/content/abc">Financial Times report</a> about major progress in
talks with Ukraine was "wrong", but that discussions were continuing.</p>
<p>"We expect contacts to take place today," Peskov told reporters, according to
<b>state media</b>, adding that Moscow was ready to work around the clock.</p>
<p>Originally published by <a href="https://www.zerohedge.com/geopolitical/kremlin">ZeroHedge</a>.</p>
</article><footer><a href="/terms">Terms of use</a> <a href="/privacy">Privacy Policy</a>
</footer></body></html>"""


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


# --- plain text ----------------------------------------------------------------------------

def test_text_line_endings_normalised_and_nothing_else(tmp_path):
    raw = "  Peskov said:\r\n\r\n\u00a0“Wrong.”  \rEnd\t\n"
    doc = read_path(write(tmp_path, "a.txt", raw))[0]
    assert doc.text == "  Peskov said:\n\n\u00a0“Wrong.”  \nEnd\t\n"
    assert doc.id == "a"


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="shared/eval not available")
def test_polnear_texts_read_back_identical():
    files = sorted(POLNEAR_DEV.glob("*.txt"))[:12]
    assert files
    for f in files:
        doc = read_path(f)[0]
        assert doc.text == f.read_bytes().decode("utf-8").replace("\r\n", "\n"), f.name


# --- encodings -----------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "gb18030", "gbk"])
def test_simplified_chinese_encodings(encoding):
    for text in (ZH_HANS, ZH_HANS[:14], ZH_HANS + "\nReuters 2022\n"):
        assert decode(text.encode(encoding), "x").text == text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "big5", "gb18030"])
def test_traditional_chinese_encodings(encoding):
    for text in (ZH_HANT, ZH_HANT[:14]):
        assert decode(text.encode(encoding), "x").text == text


def test_big5_news_paragraph_is_not_read_as_gbk():
    para = ("【中央社台北17日電】行政院長今天在立法院答詢時表示，政府將持續關注國際情勢，"
            "並與美方保持密切聯繫，確保台海和平穩定。")
    decoded = decode(para.encode("big5"), "x")
    assert decoded.text == para
    assert decoded.encoding == "big5"


def test_western_legacy_encoding():
    text = "The café owner said the naïve résumé was “fine”, according to Le Monde."
    assert decode(text.encode("cp1252"), "x").text == text


def test_mixed_utf8_and_gbk_lines_keep_both():
    raw = (ZH_HANS + "\n").encode("utf-8") + ("新华社报道称，双方同意继续谈判。\n").encode("gbk")
    decoded = decode(raw, "x")
    assert decoded.text == ZH_HANS + "\n新华社报道称，双方同意继续谈判。\n"
    assert decoded.encoding.startswith("mixed")


def test_one_damaged_byte_in_utf8_chinese_is_replaced_not_mojibake():
    for raw in (ZH_HANS.encode()[:-1], ZH_HANS.encode() + b"\xff" + ZH_HANS.encode(),
                (ZH_HANS + "\n").encode() + ZH_HANS.encode()[:-2] + b"\n" + ZH_HANS.encode()):
        text = decode(raw, "x").text
        assert text.count("\ufffd") == 1
        assert ZH_HANS[:-1] in text


def test_invalid_utf8_bytes_become_replacement_characters_not_errors():
    raw = b"Peskov said the report was wrong.\xff End \xc3"
    decoded = decode(raw, "x")
    assert decoded.text.startswith("Peskov said the report was wrong.")
    assert " End " in decoded.text
    assert len(decoded.text) == len(raw)  # one character per byte: nothing dropped


@pytest.mark.parametrize("raw,kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
])
def test_binary_formats_refused(raw, kind):
    with pytest.raises(InputError, match=kind):
        decode(raw, "x")


# --- HTML ----------------------------------------------------------------------------------

def test_html_main_text_metadata_and_links():
    doc = read_html(ARTICLE_HTML, doc_id="k")
    assert "Dmitry Peskov said on Thursday" in doc.text
    assert "Home" not in doc.text.split("\n")[0] and "Privacy Policy" not in doc.text
    assert doc.published == "2022-03-17"
    assert doc.url == "https://example.com/world/kremlin-ft"
    assert "Kremlin" in (doc.title or "")
    anchors = {doc.text[lk.start:lk.end]: lk.url for lk in doc.links}
    assert anchors["Financial Times report"] == "https://www.ft.com/content/abc"
    assert anchors["ZeroHedge"] == "https://www.zerohedge.com/geopolitical/kremlin"
    assert "**" not in doc.text


def test_html_fallback_when_extractor_finds_nothing():
    html = "<div><p>据新华社报道，<a href='https://x.cn/1'>双方</a>同意停火。</p><p>第二段。</p></div>"
    text, links = html_text(html)
    assert text == "据新华社报道，双方同意停火。\n\n第二段。"
    assert [(text[lk.start:lk.end], lk.url) for lk in links] == [("双方", "https://x.cn/1")]


def test_html_script_only_page_has_no_text(tmp_path):
    page = "<html><head><script>var a = 1;</script></head><body><script>x()</script></body></html>"
    with pytest.raises(InputError, match="no text"):
        read_path(write(tmp_path, "s.html", page))


# --- JSON Lines ----------------------------------------------------------------------------

def test_jsonl_bad_line_yields_error_and_continues(tmp_path):
    lines = [
        json.dumps({"id": "r1", "text": ZH_HANS, "language": "zh-Hans", "published": "2022-03-17"},
                   ensure_ascii=False),
        '{"id": "r2", "text": "unterminated',
        "",
        json.dumps({"id": 3, "html": ARTICLE_HTML, "url": "https://example.com/k"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "r5", "title": "no body"}),
        json.dumps({"id": "r6", "text": "Peskov said talks go on.\r\nMore.", "title": "T"}),
    ]
    path = write(tmp_path, "corpus.jsonl", "\n".join(lines) + "\n")
    items = list(iter_documents(path))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Document", "InputError", "Document", "InputError", "InputError",
                     "Document"]
    assert items[0].id == "r1" and items[0].language == "zh" and items[0].published == "2022-03-17"
    assert items[1].path == f"{path}:2" and "not valid JSON" in items[1].problem
    assert items[2].id == "3" and "Peskov" in items[2].text
    assert items[2].url == "https://example.com/k"
    assert items[4].path == f"{path}:6"
    assert items[5].text == "Peskov said talks go on.\nMore." and items[5].title == "T"
    with pytest.raises(InputError):
        read_path(path)  # the strict API refuses the file


def test_jsonl_record_limit_is_per_record(tmp_path):
    big = json.dumps({"id": "big", "text": "x" * 5000})
    small = json.dumps({"id": "small", "text": "Peskov said so."})
    path = write(tmp_path, "c.jsonl", big + "\n" + small + "\n")
    items = list(iter_documents(path, limits=Limits(max_bytes=1000)))
    assert isinstance(items[0], InputError) and "--max-bytes" in items[0].problem
    assert items[1].id == "small"


# --- formats and limits --------------------------------------------------------------------

@pytest.mark.parametrize("name,head,expected", [
    ("a.md", b"", "markdown"), ("a.HTM", b"", "html"), ("a.ndjson", b"", "jsonl"),
    ("a.txt", b"<html>", "text"), ("noext", b"<!DOCTYPE html><html>", "html"),
    ("noext", b'{"id": 1, "text": "x"}', "jsonl"), ("noext", b"---\ntitle: x\n---\n", "markdown"),
    ("-", b"Peskov said", "text"),
])
def test_detect_format(name, head, expected):
    assert detect_format(name, head) == expected


def test_size_limit_refused_before_reading(tmp_path):
    path = write(tmp_path, "big.txt", "Peskov said so. " * 100)
    with pytest.raises(InputError, match="over the limit of 1,000 .*--max-bytes"):
        read_path(path, limits=Limits(max_bytes=1000))
    assert read_path(path, limits=Limits(max_bytes=None))[0].text.startswith("Peskov")


def test_line_limit(tmp_path):
    path = write(tmp_path, "long.txt", "short line\n" + "长" * 500 + "\nend\n")
    with pytest.raises(InputError, match="line 2 is 500 characters .*--max-line"):
        read_path(path, limits=Limits(max_line=100))


def test_stdin_reads_bytes(monkeypatch):
    import io
    import sys

    fake = io.TextIOWrapper(io.BytesIO(ZH_HANT.encode("big5")))
    monkeypatch.setattr(sys, "stdin", fake)
    doc = read_path("-")[0]
    assert doc.text == ZH_HANT and doc.id == "stdin"


ZH_DEV = POLNEAR_DEV.parent.parent.parent / "zh-dev"


@pytest.mark.skipif(not ZH_DEV.exists(), reason="shared/eval not available")
@pytest.mark.parametrize("encoding", ["gb18030", "utf-16-le", "utf-16-be"])
def test_real_articles_in_legacy_encodings(encoding):
    for f in sorted(ZH_DEV.glob("*.txt")) + [ZH_DEV / "gnews-2181912.md"]:
        text = f.read_text("utf-8")
        decoded = decode(text.encode(encoding), f.name)
        assert decoded.text == text, f.name
        assert not decoded.encoding.startswith("mixed"), (f.name, decoded.encoding)


@pytest.mark.skipif(not ZH_DEV.exists(), reason="shared/eval not available")
def test_real_article_in_big5():
    import opencc

    text = opencc.OpenCC("s2t").convert((ZH_DEV / "cnews-263.txt").read_text("utf-8"))
    raw = text.encode("big5", errors="replace")
    expected = raw.decode("big5")
    assert decode(raw, "x").text == expected


def test_json_file_with_one_article_or_a_list(tmp_path):
    one = write(tmp_path, "one.json", json.dumps(
        {"id": "a1", "title": "标题", "text": ZH_HANS}, ensure_ascii=False, indent=2))
    docs = read_path(one)
    assert [(d.id, d.title, d.text) for d in docs] == [("a1", "标题", ZH_HANS)]
    many = write(tmp_path, "many.json", json.dumps(
        [{"text": ZH_HANS}, {"title": "no text"}, {"text": "Peskov said so."}], indent=1))
    items = list(iter_documents(many))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert items[0].id == "many-1" and items[1].path == f"{many}[2]"


@pytest.mark.parametrize("tag,expected", [
    ("zh-Hant-TW", ("zh", "Hant")), ("zh_TW", ("zh", "Hant")), ("zh-HK", ("zh", "Hant")),
    ("zh-CN", ("zh", "Hans")), ("zh", ("zh", None)), ("en-US", ("en", None)),
    ("EN", ("en", None)), ("Chinese (Taiwan)", (None, None)), ("", (None, None)),
])
def test_language_tags(tag, expected):
    from sayso.read.meta import language_tag

    assert language_tag(tag) == expected


def test_jsonl_language_tag_sets_script(tmp_path):
    path = write(tmp_path, "c.jsonl", json.dumps({"text": ZH_HANT, "language": "zh-TW"}) + "\n")
    doc = read_path(path)[0]
    assert (doc.language, doc.script) == ("zh", "Hant")


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "read"


def test_html_article_page_keeps_references_and_credits_not_navigation():
    doc = read_path(FIXTURES / "gnews-like.html")[0]
    text = doc.text
    assert doc.title == "土耳其要求普京与泽连斯基会面以推进俄乌停火"
    assert doc.published == "2022-03-18"
    assert doc.url == "https://gnews.org/zh-hans/2181912/"
    assert doc.meta["author"] == "喜马拉雅意大利罗马达芬奇农场"
    assert "3月17日，《零对冲》援引《中东眼》报道说" in text
    assert "\n\n特评：郭先生在刚刚结束的文贵大直播中透露" in text
    assert "\n\n参考链接：\n\nhttps://www.zerohedge.com/geopolitical/" in text
    assert text.endswith("编译 发布：意大利罗马达芬奇农场 Roma")
    for boilerplate in ("首页", "相关文章", "美国宣布对俄新一轮制裁", "ROL Foundation", "©",
                        "gtag", "display: flex"):
        assert boilerplate not in text
    (link,) = doc.links
    assert text[link.start:link.end] == link.url
    assert link.url.startswith("https://www.zerohedge.com/geopolitical/kremlin-reports")


def test_html_nbsp_is_content_but_markup_whitespace_collapses():
    text, _ = html_text("<p>玛丽亚·扎哈罗娃（&nbsp;Maria   Zakharova）\n  谴责</p>")
    assert text == "玛丽亚·扎哈罗娃（\u00a0Maria Zakharova） 谴责"


def test_html_relative_links_resolved_against_page_url():
    page = ("<html><head><link rel='canonical' href='https://example.com/news/a.html'></head>"
            "<body><article><p>Kremlin spokesman Dmitry Peskov said on Thursday that the "
            "<a href='/ft/report'>Financial Times report</a> about progress in talks was wrong, "
            "adding that the discussions would go on.</p></article></body></html>")
    doc = read_html(page)
    assert [lk.url for lk in doc.links] == ["https://example.com/ft/report"]


def test_html_container_leaves_out_navigation_sidebars_and_footers():
    page = """<html><head><title>T</title></head><body>
<header><div class="logo">Example News</div><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Kremlin calls FT report about Ukraine talks wrong</h1></header>
<div class="share-bar"><a href="https://twitter.com/share">Share on Twitter</a></div>
<article><p>Kremlin spokesman Dmitry Peskov said on Thursday that a Financial Times report about
major progress in talks with Ukraine was wrong, but that discussions were continuing.</p>
<p>"We expect contacts to take place today," Peskov told reporters, according to state media,
adding that Moscow was ready to work around the clock on a settlement.</p>
<p>Source: <a href="https://www.zerohedge.com/geopolitical/kremlin">https://www.zerohedge.com/geopolitical/kremlin</a></p>
</article>
<aside id="related-stories"><a href="/a">Another story about sanctions</a></aside>
<footer><a href="/terms">Terms of use</a></footer></body></html>"""
    doc = read_html(page)
    for boilerplate in ("Home", "World", "Share on Twitter", "Another story", "Terms of use"):
        assert boilerplate not in doc.text
    assert doc.meta["extractor"] == "trafilatura+container"
    assert doc.text.startswith("Kremlin spokesman Dmitry Peskov said on Thursday")
    assert doc.text.endswith("\n\nSource: https://www.zerohedge.com/geopolitical/kremlin")
    assert [lk.url for lk in doc.links] == ["https://www.zerohedge.com/geopolitical/kremlin"]
