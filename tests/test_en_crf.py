"""Grouping CRF-tagged runs into attributions, and the shipped model on real sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sayso.lang.en.crf import MAX_PARAGRAPH_TOKENS, chunks, default_tagger, group, paragraphs
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import split_sentences, tokenize


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
    from sayso.lang.en.rules import Candidate

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


def test_long_paragraph_is_tagged_in_pieces_of_whole_sentences() -> None:
    sentence = "The minister said on Monday that the talks with the rebels would go on. "
    text = sentence * 150 + "\n\nOfficials said nothing."  # one paragraph of 2,100 tokens
    sentences = split_sentences(text)
    pieces = paragraphs(sentences)
    assert len(pieces) == 4  # three pieces of the long paragraph, then the short one
    assert all(last - first <= MAX_PARAGRAPH_TOKENS for first, last, _ in pieces)
    assert [s for _, _, group_ in pieces for s in group_] == sentences
    assert all(first == group_[0].first and last == group_[-1].last
               for first, last, group_ in pieces)
    assert pieces[-1][2] == sentences[-1:]


def _nearest_by_sorting(found: list[tuple[str, int, int]], sent_of: dict[int, int],
                        a: int, b: int) -> tuple[int, int]:
    """The grouping rule stated directly: rank every cue (own sentences first, then by gap)."""
    cues = [(x, y) for kind, x, y in found if kind == "CUE"]
    sa, sb = sent_of.get(a, -1), sent_of.get(b - 1, -1)

    def cost(c: tuple[int, int]) -> tuple[int, int]:
        same = sa <= sent_of.get(c[0], -2) <= sb
        return (0 if same else 1, abs(c[0] - b if c[0] >= b else a - c[1]))

    return sorted(cues, key=cost)[0]


_WORDS = "the senator said that officials told reporters , he added . “ ” we agreed".split()


@given(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=60),
       st.lists(st.sampled_from(["O", "CUE", "CON", "SRC"]), min_size=60, max_size=60))
def test_group_takes_the_nearest_cue_as_ranking_every_cue_would(words: list[str],
                                                               kinds: list[str]) -> None:
    text = " ".join(words)
    sentences = split_sentences(text)
    labels = [("O" if k == "O" else f"B-{k}") for k in kinds[:len(tokenize(text))]]
    found = chunks(labels)
    sent_of = {t: i for i, s in enumerate(sentences) for t in range(s.first, s.last)}
    cands = group(found, sentences)
    if not any(kind == "CUE" for kind, _, _ in found):
        return
    owner = {r: c.cue[0] for c in cands for r in c.content}
    for kind, a, b in found:
        if kind == "CON":
            assert owner[(a, b)] == _nearest_by_sorting(found, sent_of, a, b)
