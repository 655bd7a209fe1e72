"""Quote pairing and quote-aware sentence splitting (sayso.extract.quotes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sayso.extract.quotes import QuoteIndex, pair_quotes, split_sentences


def _quoted(text: str) -> list[str]:
    return [text[q.inner_start:q.inner_end] for q in pair_quotes(text)]


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_curly_and_corner_quotes_pair():
    text = "他说：“中方反对。”她说：「我們不同意。」又引用『老子』的話。"
    assert _quoted(text) == ["中方反对。", "我們不同意。", "老子"]


def test_closing_mark_typed_as_opening_mark():
    # gnews-2181912: 她认为这是对…现实的 “歪曲“。
    text = "她认为这是对俄罗斯军事行动的现实的 “歪曲“。她还表示，莫斯科并不寻求。"
    assert _quoted(text) == ["歪曲"]
    assert len(_sentences(text)) == 2


def test_space_before_closer_is_kept_inside():
    text = "美国煽动了 “令人厌恶的 ”恐俄情绪。"
    assert _quoted(text) == ["令人厌恶的 "]


def test_titles_are_not_quotes():
    text = "《纽约时报》的报道声称约有7000人被杀。"
    assert _quoted(text) == []


def test_unbalanced_marks_do_not_crash_and_pair_what_they_can():
    text = "他说：“第一句。她说“第二句”。还有一个”落单的。"
    quoted = _quoted(text)
    assert "第二句" in quoted
    assert all(isinstance(q, str) for q in quoted)


def test_straight_quotes_pair():
    assert _quoted('他说"我们会赢"，然后离开。') == ["我们会赢"]


def test_sentence_does_not_end_inside_a_quote():
    text = "他说：“俄罗斯对此没有异议。乌克兰外长说，基辅将土耳其视为担保国之一。”随后离开。"
    sentences = _sentences(text)
    assert sentences[0].endswith("担保国之一。”")
    assert sentences[1] == "随后离开。"


def test_quote_opening_a_sentence_keeps_its_attribution_tail():
    text = "“埃尔多安今天与普京通了电话。”卡乌索格鲁说，“普京和泽连斯基应该会面。”尽管如此。"
    sentences = _sentences(text)
    assert sentences[0] == "“埃尔多安今天与普京通了电话。”卡乌索格鲁说，“普京和泽连斯基应该会面。”"


def test_quote_closing_a_sentence_ends_it():
    text = "蔡英文表示，评价是“不满意！”深绿媒体指出，民进党将提案。"
    assert _sentences(text) == ["蔡英文表示，评价是“不满意！”", "深绿媒体指出，民进党将提案。"]


def test_line_breaks_end_sentences_and_blank_lines_vanish():
    text = "第一段没有句号\n\n第二段。第三句！"
    assert _sentences(text) == ["第一段没有句号", "第二段。", "第三句！"]


def test_quote_spanning_paragraphs_reopened_by_convention():
    text = "他说：“第一段话。\n“第二段话。”\n之后。"
    quoted = _quoted(text)
    assert quoted == ["第一段话。\n“第二段话。"]


def test_quote_index_lookups():
    text = "他说：“甲说‘乙’。”"
    quotes = pair_quotes(text)
    qi = QuoteIndex(quotes)
    inner = text.index("乙")
    assert text[qi.enclosing(inner).open] == "‘"
    assert text[qi.enclosing(text.index("甲")).open] == "“"
    assert qi.enclosing(0) is None
    assert qi.starting_at(text.index("“")) is not None
    assert qi.ending_at(text.index("”")) is not None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="“”「」『』‘’\"。！？，说他\n 甲乙", max_size=60))
def test_any_text_pairs_and_splits_without_error(text):
    quotes = pair_quotes(text)
    for q in quotes:
        assert 0 <= q.open < q.close < len(text)
    spans = split_sentences(text, quotes)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        last = b


def test_runaway_sentences_are_cut_at_clause_punctuation():
    from sayso.extract.quotes import MAX_SENTENCE_CHARS, split_sentences

    text = "发言人说美国国务院表示乌克兰官员称，" * 400  # 7,600 chars, no sentence end
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert all(text[e - 1] == "，" for _, e in spans[:-1])
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
