"""Round-17 English speed changes that must not change what is found (enspd17).

Literal pre-checks skip a pattern's search when the content lacks a word every match holds;
the CRF's feature rows are assembled from tables and visit only cue words and quote marks."""

from __future__ import annotations

import re

import pytest

from sayso.lang.en import certainty, crf, stance
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import split_sentences, tokenize


def test_note_prefilter_keeps_every_note() -> None:
    # `The Hill has not independently verified the claims` (The Hill 2023, cited in
    # `unverified_by_note`), in capitals and with the two letters `re` folds onto `i` but
    # `str.lower` does not: the prefilter must let each through to _NOTE
    for text in ("The Hill has not independently verified the claims.",
                 "THE HILL HAS NOT INDEPENDENTLY VERIFIED THE CLAIMS.",
                 "The Hill has not independently verİfied the claims.",
                 "The Hill has not independently verıfied the claims."):
        assert certainty._NOTE.search(text) is not None
        assert certainty.may_hold_note(text)
    assert not certainty.may_hold_note("Wagner Group fighters say they killed an American.")


def test_note_prefilter_is_a_superset_of_the_pattern() -> None:
    # every letter that `re` matches case-insensitively to a letter of the stems lowers to it,
    # but for `ı` and `İ` (which `may_hold_note` checks for by name)
    letters = set("".join(certainty._NOTE_STEMS))
    every = "".join(chr(i) for i in range(0x2000))
    odd = {m.group() for letter in letters for m in re.finditer(letter, every, re.IGNORECASE)
           if m.group().lower() != letter}
    assert odd == {"ı", "İ"}


# Contents that match each branch of the stance patterns given a literal pre-check, from the
# sources the patterns' comments cite (TASS, BBC 2004-05, PolNeAR, enH-bbc-2/-4) and the
# patterns' own examples: each pre-checked reading must agree with the plain search.
STANCE_BRANCHES = [
    "he said the claims were false",  # DISCLAIMS, second branch
    "there is no truth in these allegations",
    "he never robbed or killed anyone",  # NEVER_DID
    "i didn't do anything that disrespected this flag",
    "talks will not resume until the sanctions are lifted",  # WITHHOLDS
    "they will be hit hard if they attack",  # CONDITIONAL_HARM, first branch
    "we will have to respond",  # CONDITIONAL_HARM, second branch (no `will be`)
    "this would greatly undermine the spirit of the summit",  # HARM_FORECAST
    "the poor will bear the brunt",
    "the plan risks pushing the country into recession",
    "heavy use is linked to physical and psychological problems",
    "it is a deadly toxin",
    "a top worry is low pay causing many new teachers to leave",
    "the decision is particularly concerning",
    "3,000 jobs - out of a total workforce of 6,500 - could be lost",
    "tax receipts have been overestimated",  # ERRORS_CHARGED
    "the chancellor has got a black hole in his finances",
    "his forecast is way too optimistic",
    "the decision was based on flawed research",
    "a series of mistakes in the research",
    "the widespread misuse of postal votes",
    "taking spin to the very verge of deception",
    "such a policy ultimately harms a number of institutions",  # PRESENT_HARM
    "a state law banning fracking is hurting the economy",
    "the burden is too expensive and the timescale too short",  # TOO_BAD
    "the company said it would continue to invest in the region",  # none of them
]


@pytest.mark.parametrize("content", STANCE_BRANCHES)
def test_stance_prechecks_agree_with_their_patterns(content: str) -> None:
    pairs = [(stance._disclaims, stance.DISCLAIMS), (stance._never_did, stance.NEVER_DID),
             (stance._withholds, stance.WITHHOLDS), (stance._conditional_harm, stance.CONDITIONAL_HARM),
             (stance._harm_forecast, stance.HARM_FORECAST), (stance._errors_charged, stance.ERRORS_CHARGED),
             (stance._present_harm, stance.PRESENT_HARM)]
    for checked, pattern in pairs:
        assert checked(content) == (pattern.search(content) is not None), pattern.pattern[:40]
    matched = [pattern for checked, pattern in pairs if checked(content)]
    too_bad = stance.TOO_BAD.search(content) is not None
    assert bool(matched) or too_bad or content.startswith("the company")


def test_feature_rows_edges_and_open_quotes() -> None:
    # a one-token sentence opens and closes its sentence (`sb` before `se`, as token by token);
    # a quotation left open runs on to the paragraph's end (every row after the mark inside)
    text = 'Yes\nHe said: "We will win'  # `Yes` alone on its line: a sentence of one token
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    rows = crf.features(tokens, lower, 0, len(tokens), split_sentences(text, tokens), lexicon())
    assert rows[0][-2:] == [b"sb", b"se"] and rows[1][-1] == b"sb" and rows[-1][-1] == b"se"
    mark = [t.text for t in tokens].index('"')
    assert all(b"q=1" in row for row in rows[mark:])
    assert all(b"q=0" in row for row in rows[:mark])
