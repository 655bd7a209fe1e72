"""Grouping CRF-tagged runs into attributions, and the shipped model on real sentences."""

from __future__ import annotations

import pytest

from sayso.extract.en_crf import chunks, default_tagger, group
from sayso.extract.en_lexicon import lexicon
from sayso.extract.en_tokens import split_sentences, tokenize


def test_chunks_follow_bio_runs() -> None:
    labels = ["B-CON", "I-CON", "O", "B-SRC", "B-CUE", "I-CUE", "B-CON", "B-CON"]
    assert chunks(labels) == [("CON", 0, 2), ("SRC", 3, 4), ("CUE", 4, 6), ("CON", 6, 7),
                              ("CON", 7, 8)]


def test_group_joins_a_quote_split_around_its_cue() -> None:
    text = "“We are ready,” the governor said, “and we will not wait.” Others said nothing."
    sentences = split_sentences(text)
    # “We are ready,” | the governor | said | , | “and we will not wait.”
    found = [("CON", 0, 6), ("SRC", 6, 8), ("CUE", 8, 9), ("CON", 10, 18)]
    (cand,) = group(found, sentences)
    assert cand.cue == [(8, 9)] and cand.source == (6, 8)
    assert cand.content == [(0, 6), (10, 18)]


def test_content_without_cue_continues_the_previous_paragraph_cue() -> None:
    text = "The senator said:\n\n“We will win.”"
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    from sayso.extract.en_rules import Candidate

    pending = Candidate([(2, 3)], [], (0, 2))
    (cand,) = group([("CON", 4, 9)], sentences[1:], pending)
    assert cand is pending and cand.content == [(4, 9)]


@pytest.mark.skipif(default_tagger() is None, reason="model not shipped")
def test_shipped_model_tags_a_plain_news_sentence() -> None:
    text = "“We are not worried,” said Brian Fallon, a spokesman for the campaign."
    tokens = tokenize(text)
    (cand,) = default_tagger().extract(tokens, [t.text.lower() for t in tokens],
                                       split_sentences(text, tokens), lexicon())

    def span(r: tuple[int, int]) -> str:
        return text[tokens[r[0]].start:tokens[r[1] - 1].end]

    assert [span(r) for r in cand.content] == ["“We are not worried,”"]
    assert [span(r) for r in cand.cue] == ["said"]
    assert span(cand.source).startswith("Brian Fallon")
