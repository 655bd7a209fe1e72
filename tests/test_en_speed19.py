"""Round-19 English speed changes that must not change what is found (enspeed19).

The CRF's word and shape strings are read through a dictionary that makes a missing value
itself (`crf.BoundedTable`); the stance literal pre-checks are one alternation search each;
the channel scan (`via.scan_sentence`) and the rules' cue scan (`rules.extract_sentence`) step
past the words at which none of their patterns can start. Whole outputs are compared by
benchmarks/snapshot_outputs.py (2,052 analyses, no difference); these tests pin the pieces."""

from __future__ import annotations

import pytest

from sayso.lang.en import crf, rules, stance, via
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import split_sentences, tokenize


def test_bounded_table_makes_each_value_once_and_clears_when_full() -> None:
    made: list[str] = []

    def make(key: str) -> str:
        made.append(key)
        return key.upper()

    table = crf.BoundedTable(make, 2)
    assert [table[k] for k in ("a", "b", "a")] == ["A", "B", "A"]
    assert made == ["a", "b"]  # `a` the second time read, not made
    assert table["c"] == "C" and set(table) == {"c"}  # full at two keys: cleared, then `c` kept
    assert list(map(table.__getitem__, ["c", "d"])) == ["C", "D"]  # as `features` reads it


def test_word_strings_are_the_strings_of_the_word_and_its_classes() -> None:
    assert crf._WORD_STRINGS["said"] == crf._word_strings("said")
    assert crf._WORD_STRINGS["said"][:2] == (b"w=said", b"s3=aid")
    assert crf._SHAPE_FEATURES["Fallon"] == b"sh=X" and crf._SHAPE_FEATURES["“"] == "sh=“".encode()


# Lower-cased contents (the `flat` that refine reads) from BBC News 2004-05 business and sport
# (/work/breadth/bbc) and the PolNeAR dev set, some with a literal of a list and some without.
FLATS = [
    "the company denied the claims, saying they were false and misleading",
    "the report is pure speculation",
    "he accused the government of covering up the scandal",
    "prices will rise next year, the bank warned",
    "we are delighted with the result",
    "the risks of a slowdown are low",
    "",
]


@pytest.mark.parametrize("words, literals", [
    (stance.ACCUSES_WORDS, stance.ACCUSES_LITERALS),
    (stance.CLAIM_WRONG_WORDS, stance.CLAIM_WRONG_LITERALS),
    (stance.CLAIM_DISCREDITED_WORDS, stance.CLAIM_DISCREDITED_LITERALS),
    (stance.HARM_FORECAST_WORDS, stance.HARM_FORECAST_LITERALS),
])
def test_literal_search_finds_one_exactly_when_a_literal_occurs(words, literals) -> None:
    for flat in FLATS:
        assert (literals.search(flat) is not None) == any(w in flat for w in words), flat
    for w in words:  # each literal alone, and inside other words
        assert literals.search(w) is not None and literals.search("x" + w + "x") is not None


def test_channel_scan_tries_every_word_that_opens_a_pattern() -> None:
    # the heads the scan's branches test (`introducer_at`, ISSUING, `according to`, `via`, ...)
    assert {head for head, _ in via.INTRODUCERS} <= via._SCAN_WORDS
    assert via.ISSUING <= via._SCAN_WORDS
    assert {"according", "in", "on", "at", "during", "via", "per", "by", "to"} <= via._SCAN_WORDS


@pytest.mark.parametrize("text, cue", [
    # BBC News 2004-05 business/001 and sport: cues after words that open none, and a cue word
    # inside a quotation that the rules leave to the quote patterns
    ("Time Warner said on Friday that it now owns 8% of search-engine Google.", "said"),
    ('"We will not say anything," the club\'s spokesman told reporters.', "told"),
])
def test_rules_scan_finds_the_cue_after_words_that_open_none(text: str, cue: str) -> None:
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    found = rules.extract(tokens, lower, split_sentences(text, tokens), lexicon())
    assert [lower[a] for c in found for a, _ in c.cue] == [cue]
