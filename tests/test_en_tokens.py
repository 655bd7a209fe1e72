"""Tokens with offsets and quote-aware sentence splitting for news English."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from sayso.lang.en.tokens import split_sentences, tokenize


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_tokens_keep_offsets_and_split_quotes() -> None:
    text = "“We will win,” Sen. Ted Cruz said in the U.S. Capitol."
    tokens = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.text for t in tokens][:5] == ["“", "We", "will", "win", ","]
    assert "U.S." in [t.text for t in tokens]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = ("Sen. John McCain, R-Ariz., said the military was stretched thin. "
            "Gov. Jerry Brown said he disagreed. George W. Bush did not comment.")
    assert _sentences(text) == [
        "Sen. John McCain, R-Ariz., said the military was stretched thin.",
        "Gov. Jerry Brown said he disagreed.",
        "George W. Bush did not comment.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = '"We are ready." The minister said so on Monday. "Never!" he shouted.'
    assert _sentences(text) == ['"We are ready."', "The minister said so on Monday.",
                                '"Never!" he shouted.']


def test_quote_reopened_in_next_paragraph_is_marked() -> None:
    text = "“We came to win,” the coach said. “Nothing else matters.\n\n“Next year we return.”"
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert [s.reopens_quote for s in sentences] == [False, False, True]


@given(st.text(alphabet=st.sampled_from(list("ab .,\"“”'\n?!Mr")), max_size=80))
def test_sentences_are_ordered_and_within_text(text: str) -> None:
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    pos = 0
    for s in sentences:
        assert pos <= s.start < s.end <= len(text)
        pos = s.end
    assert sum(s.last - s.first for s in sentences) == len(tokens)


def test_sentence_without_punctuation_is_cut_into_bounded_pieces() -> None:
    from sayso.lang.en.tokens import MAX_SENTENCE_CHARS, MAX_SENTENCE_TOKENS

    text = " ".join(f"the spokesman said officials told reporters round {i}" for i in range(200))
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    assert len(sentences) > 1
    assert all(s.last - s.first <= MAX_SENTENCE_TOKENS for s in sentences)
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences)
    # The pieces follow each other and cover every token of the paragraph.
    assert sentences[0].first == 0 and sentences[-1].last == len(tokens)
    assert all(a.last == b.first for a, b in pairwise(sentences))
    assert all(text[s.start:s.end] == text[tokens[s.first].start:tokens[s.last - 1].end]
               for s in sentences)


def test_long_sentence_is_cut_after_clause_punctuation() -> None:
    from sayso.lang.en.tokens import MAX_SENTENCE_TOKENS

    clause = "the minister said the talks would go on for another week"  # 11 tokens
    text = ", ".join([clause] * 60) + "."
    pieces = _sentences(text)
    assert len(pieces) > 1
    # Every piece but the last ends with the comma closing a clause, not inside one.
    assert all(p.endswith(clause + ",") for p in pieces[:-1])
    assert all(len(tokenize(p)) <= MAX_SENTENCE_TOKENS for p in pieces)
    assert " ".join(pieces) == text


def test_long_real_sentence_is_not_cut() -> None:
    text = ("Sen. John McCain, R-Ariz., who has been among the most vocal critics of the plan, "
            "said on Sunday that the military was stretched thin, that the troops needed rest, "
            "and that Congress should wait for the Pentagon's review before voting on a bill "
            "that he said would cost far more than its sponsors had promised.")
    assert _sentences(text) == [text]


def test_quote_reopened_stays_on_the_first_piece_only() -> None:
    words = " ".join(f"word{i}" for i in range(900))
    text = f"“We came to win,” the coach said. “Nothing else matters.\n\n“{words}"
    sentences = split_sentences(text)
    reopened = [s for s in sentences if s.paragraph == 1]
    assert len(reopened) > 1
    assert [s.reopens_quote for s in reopened] == [True] + [False] * (len(reopened) - 1)
