"""Round 13 (enjudge13): English deny, accuse and certainty on fresh text (issue #11 items 2-3).

Positive rows are real sentences of open articles (part G tune; named in the comment), the golden
rows are in tests/golden/en_judge13.json; each class has the over-reach it must not make, taken
from the breadth check over PolNeAR train and BBC News 2004-05 business/tech/entertainment
(benchmarks/data/enjudge13/README.md).
"""

from __future__ import annotations

import pytest
from conftest import SHARED

from sayso import pipeline
from sayso.lang.en.stance import refine
from sayso.model import Attribution, Document

POLNEAR_TRAIN = SHARED / "eval" / "en-polnear" / "train" / "text"


def _run(text: str) -> list[Attribution]:
    return pipeline.run(Document(text=text, language="en")).attributions


def _by_content(found: list[Attribution], words: str) -> Attribution:
    return next(a for a in found if any(words in c.text for c in a.content))


def test_a_story_stood_by_denies_but_not_an_action() -> None:
    # enG-thenational-1 (gold deny, STANCE.md row 2); BBC business (Yukos' lawyers) stays assert
    assert refine("assert", ["said"], "it stood by both of its stories") == "deny"
    assert refine("assert", ["said"], "the company stands by its legal action") == "assert"


def test_claims_called_gross_distortions_or_total_rubbish_deny() -> None:
    # enG-neweuropean-1: a No 10 spokesman, and the prime minister on the allegation
    assert refine("assert", ["said"], "These are gross distortions of his position. Throughout this pandemic "
                  "we’ve done everything we can to save lives and protect livelihoods") == "deny"
    found = _run("The prime minister said that allegation was “total rubbish” before further details surfaced.")
    assert _by_content(found, "total rubbish").stance == "deny"


def test_lies_laid_at_a_party_accuse_a_claim_called_false_still_denies() -> None:
    # enG-newsweekpk-1: the practice charged accuses; `such unfounded allegations` of the same
    # spokesman names the claim he rejects (gold deny)
    assert refine("assert", ["adding"], "propagating fake news through its pliant media was part of "
                  "India’s state policy") == "accuse"
    assert refine("assert", ["said"], "fabricating such unfounded allegations and peddling white lies was a "
                  "part of India’s ongoing smear campaign against Pakistan") == "deny"


def test_bad_faith_accuses_unless_it_is_a_hypothesis() -> None:
    # PolNeAR train (nyt 2015-11-10, breadth read right); politico 2016-08-17 (a condition)
    assert refine("assert", ["said"], "What the Americans did is try to deceive us") == "accuse"
    assert refine("assert", ["believe"], "If Russia is indeed attempting to destabilize Clinton’s candidacy "
                  "through the widespread digital assault on Democratic institutions") != "accuse"


def test_affirmed_is_no_admission() -> None:
    # PolNeAR train (west-journal 2015-11-18): STANCE.md row 3 confirms admissions, not assertions
    found = _run("While Trump affirmed that he likes Cruz to the radio talk show host, he also stated a day "
                 "earlier, “If [Cruz] catches on, I guess we’ll have to go to war.”")
    assert _by_content(found, "he likes Cruz").stance != "confirm"


def test_a_denial_stating_its_claim_still_disputes_the_claim_it_states() -> None:
    # PolNeAR train (wash-post 2015-11-13): `Rubio's claim that Cruz is in favor of legalizing
    # illegal immigrants is "simply not true"` answers Rubio's `Ted is a supporter of legalizing
    # people that are in this country illegally` (two shared stems), not his other words
    path = POLNEAR_TRAIN / "wash-post_2015-11-13_cruz-rubio-take-off-the-kid-glov.txt"
    if not path.exists():
        pytest.skip("shared/eval not available")
    found = _run(path.read_text(encoding="utf-8"))
    assert _by_content(found, "Ted is a supporter of legalizing").certainty == "disputed"


def test_a_denial_reported_inside_the_content_is_not_the_speakers() -> None:
    # BBC entertainment/108 (breadth, read right): the son's denial, reported by his mother, is
    # an attribution of its own; the mother asserts. Not `too early to tell whether` (de Blasio,
    # PolNeAR train) nor a claim called wrong (`Mr. Khan was wrong to say`, PolNeAR train)
    assert refine("assert", ["told"], "her pop star son told her he was innocent") == "assert"
    assert refine("assert", ["insisted"], "Mr. Khan was wrong to say he had not sacrificed for his country") == "deny"
    assert refine("assert", ["said"], "it was too early to tell whether the explosion was caused by a bomb, and "
                  "there was “no evidence\" yet that it was an act of terrorism") == "deny"


def test_an_obligation_reported_inside_the_content_is_not_the_speakers() -> None:
    # enD-tass-2 (A-D tune, gold assert): Lavrov reports Putin's words; BBC business/307 (breadth,
    # read right): what a contract says; the speaker's own obligation still urges
    assert refine("assert", ["said"], "Regarding the legitimacy of the so-called current Ukrainian government, "
                  "President [of Russia Vladimir Putin] clearly stated during his recent year-end press conference "
                  "that Ukrainians should deal with this issue on their own") == "assert"
    assert refine("assert", ["insisted"], "the contract made it clear that the tax should be shouldered by the "
                  "licensee") == "assert"
    assert refine("assert", ["said"], "the Legislature should direct money from the state's $2 billion in cash "
                  "reserves") == "urge"
