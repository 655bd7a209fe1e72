"""Tokens with offsets and quote-aware sentence splitting for news English."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sayso.extract.en_tokens import split_sentences, tokenize


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
