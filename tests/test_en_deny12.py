"""Round 12 (endeny12): English denials and accusations (issue #11 item 3, STANCE.md rows 2 and 8).

Positive rows are real passages of open articles (A-D tune, test half A; named in the comment);
each class has the over-reach it must not make, taken from the open sets and the breadth check
over PolNeAR and BBC News 2004-05 business/tech/entertainment (benchmarks/data/endeny12/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sayso import pipeline
from sayso.lang.en.stance import refine
from sayso.model import Attribution, Document

EN_NEWS = Path(__file__).resolve().parent.parent / "evaldata" / "en-news"


def _run(text: str) -> list[Attribution]:
    return pipeline.run(Document(text=text, language="en")).attributions


def _article(part: str, name: str) -> list[Attribution]:
    return _run((EN_NEWS / part / name).read_text(encoding="utf-8"))


def _by_content(found: list[Attribution], words: str) -> Attribution:
    return next(a for a in found if any(words in c.text for c in a.content))


def test_main_clause_denial_wins_over_later_sentences() -> None:
    # enD-bbc-6 (test half A, STANCE.md row 2's own example): `We need to be sure` in a later
    # sentence of the same quotation made it urge
    found = _article("test", "enD-bbc-6.txt")
    assert _by_content(found, "got our sums wrong").stance == "deny"


def test_own_assurance_frame_is_read_past() -> None:
    # enC-polygraph-1 (test half A): `I can say with confidence that the U.S. most certainly does not`;
    # the words it shares with the lede's accusation (`Syrian`, `Rubkan`, `camp`) come from the
    # later paragraph the system's content runs on into, so this holds on the whole article only
    found = _article("test", "enC-polygraph-1.txt")
    assert _by_content(found, "most certainly does not").stance == "deny"


@pytest.mark.parametrize(("text", "words"), [
    # a reassurance and a forced act answer nothing even when an earlier statement shares their
    # words (enC-smithsonian-1, enC-cbssports-1 shapes)
    ("Officials said the plague risk in Beijing was being monitored closely. The Chinese CDC has said that "
     "there is no need for Beijing residents to worry about the risk of plague infection.", "no need"),
    ("Critics said Rudolph started the fight after the play. His supporters have stated Rudolph had no "
     "choice but to act after Garrett started the fight.", "no choice"),
    # the speaker's own earlier words are no claim to deny
    ("The governor said the bank would review its growth forecast. The governor added the bank has not "
     "changed its growth forecast yet.", "has not changed"),
])
def test_negations_that_answer_nothing_stay_assert(text: str, words: str) -> None:
    assert _by_content(_run(text), words).stance != "deny"


@pytest.mark.parametrize(("cue", "content"), [
    ("has heard", 'Three Labour councillors in Birmingham were caught operating a "vote-rigging factory'),  # enD-bbc-8
    ("reported", "supervisors unfairly demanding credit for research, despite having little involvement, and of "
                 "being bullied"),                                                                  # en-guardian-1
    ("said", "This has all the signs of Michael Howard overruling colleagues' concerns over ID cards"),  # enD-bbc-5
    ("concluded", "Taylor made a unilateral decision last night to enlist her fanbase in a calculated"),  # enC-foxnews-1
])
def test_bad_faith_of_a_party_accuses(cue: str, content: str) -> None:
    assert refine("assert", cue.split(), content) == "accuse"


@pytest.mark.parametrize("content", [
    "the firm got caught up in the slowdown of the housing market",
    "investors were caught out by the sudden fall in the dollar",
    "the band overruled nobody and recorded the album in a week",
])
def test_no_bad_faith_stays_assert(content: str) -> None:
    assert refine("assert", ["said"], content) == "assert"
