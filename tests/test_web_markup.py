"""Standoff spans become well-nested HTML that keeps every span's exact text."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from sayso.web.markup import Mark, nest


class _Collect(HTMLParser):
    """Rebuilds the text and, for every mark id, the text its pieces cover."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text = ""
        self.covered: dict[str, str] = {}
        self.firsts: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append((tag, a.get("data-k")))
        if a.get("id"):
            self.firsts.append(a["id"])

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, "mis-nested element"
        self.stack.pop()

    def handle_data(self, data):
        self.text += data
        for _, key in self.stack:
            if key is not None:
                self.covered[key] = self.covered.get(key, "") + data


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=12)


@given(st.text(alphabet="ab<>&\"'说。 \n", min_size=0, max_size=40), spans)
def test_nesting_keeps_text_and_every_span(text, pairs):
    marks = [Mark(min(s, e), max(s, e), {"data-k": str(i)}, {"id": f"m{i}"})
             for i, (s, e) in enumerate(pairs)]
    html = nest(text, marks)
    parser = _Collect()
    parser.feed(str(html))
    parser.close()
    assert not parser.stack
    assert parser.text == text
    for i, m in enumerate(marks):
        if 0 <= m.start < m.end <= len(text):
            assert parser.covered[str(i)] == text[m.start:m.end]
            assert parser.firsts.count(f"m{i}") == 1  # the id only on the first piece


def test_overlap_is_split_and_nested_content_stays_inside():
    text = "他说：“俄方说，这是错误的。”"
    outer = Mark(4, 13, {"class": "content"}, {"id": "c1"})
    inner_src = Mark(4, 6, {"class": "src"})
    crossing = Mark(10, 15, {"class": "hedge"})
    html = str(nest(text, [outer, inner_src, crossing]))
    assert html.startswith('他说：“<span class="content" id="c1"><span class="src">俄方</span>')
    # The hedge crosses the content's end: one piece inside it, a continued piece after it.
    assert '<span class="hedge">错误的</span></span><span class="hedge cont">。”</span>' in html


def test_text_is_escaped():
    html = str(nest('<script>alert("x")</script>', [Mark(0, 8, {"title": '"><b>'})]))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'title="&#34;&gt;&lt;b&gt;"' in html
