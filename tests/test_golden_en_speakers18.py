"""Golden source rows of round 18 (tests/golden/en_speakers18.json; issue #11 speakers, #15).

Each row runs a whole open en-news article (tune parts C-K, round-11 test half A) and checks the
source span and speaker of one attribution: a sentence-opening `they` / `it` takes the party that
opens the sentence before (`previous_subject`), and a name inside a fronted `When asked ...`
phrase is no antecedent of the pronoun that answers (`coref.Coreference._asked_about`); a name
followed by its role without a comma is that person (`coref.NAME_THEN_ROLE`).
The sentence tests below hold the shapes and the traps the breadth check found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import source_row_problems

import sayso
from sayso.lang.en.previous_subject import agrees, previous_subject

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "evaldata" / "en-news"
TABLE = Path(__file__).parent / "golden" / "en_speakers18.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_speakers18_row(row: dict) -> None:
    assert source_row_problems(row, NEWS) == []


def test_rows_name_an_open_article() -> None:
    for row in CASES:
        assert row["id"].startswith("enspk18-")
        half_a = row["origin"].startswith("en-news round-11 test half A:")
        assert row["article"].startswith("test/" if half_a else "tune/"), row["id"]


@pytest.mark.parametrize(("sentence", "pronoun", "party"), [
    # enH-bbc-4 (BBC 2005): a fronted time phrase, then the subject up to its auxiliary
    ("Over the past few months, delegations of European and other business leaders have been "
     "heading to the SEC's Washington DC headquarters to protest. ", "they",
     "delegations of European and other business leaders"),
    # enH-sbs-1 (SBS 2015): a body's name
    ("The U-S has raised concerns over poor security along Kenya's north-eastern border with Somalia.",
     "it", "The U-S"),
    # enD-bbc-8 (BBC 2005): the subject does not agree with `they`, the passive's agent does
    ("The case against Muhammad Afzal, Mohammed Islam and Mohammed Kazi is being brought by local "
     "Liberal Democrat supporters. ", "they", "local Liberal Democrat supporters"),
    # a plural thing is no party that speaks (`The votes were later counted`, enD-bbc-8)
    ("The votes were later counted towards that month's English local elections. ", "they", None),
    # a clause the reader cannot parse plainly (a comma inside the subject) is left alone
    ("The company that runs the AMAs, Dick Clark Productions, denies that anything has been sorted. ",
     "they", None),
])
def test_previous_subject_shapes(sentence: str, pronoun: str, party: str | None) -> None:
    found = previous_subject(sentence, 0, len(sentence), pronoun)
    assert (found[1] if found else None) == party


def test_agreement() -> None:
    assert agrees("Many foreign firms", "they")
    assert agrees("Bush and Blair", "they")
    assert not agrees("The case against Muhammad Afzal", "they")
    assert agrees("The ministry", "it")
    assert not agrees("The protesters", "it")


def _speaker(text: str, cue: str) -> str | None:
    """The entity name of the first attribution whose cue opens with the word `cue`."""
    analysis = sayso.analyze(text, language="en")
    hits = [a for a in analysis.attributions if a.cue and a.cue[0].text.split()[0] == cue]
    assert hits, f"no attribution with cue {cue!r}"
    entity = analysis.entity(hits[0].source.entity) if hits[0].source else None
    return entity.name if entity else None


def test_the_one_asked_answers() -> None:
    # enK-nation-1 (The Nation, Pakistan 2014): Snowden's name is inside the question put to him
    text = ("ISLAMABAD: Pakistani government yesterday dismissed the claims of former US intelligence "
            "contractor, Edward Snowden, as unverified. Foreign Office Spokesman Qazi Khalilullah "
            "termed the claims as 'report of an individual'. \"We have to check first how credible "
            "this news is,\" he said. When asked if the government of Pakistan is doing something to "
            "verify Snowden's claims, he replied: No further comments.")
    assert _speaker(text, "replied") == _speaker(text, "said") != "Edward Snowden"


def test_it_names_no_person() -> None:
    # the person opening the sentence before is no `it` (`coref` checks the phrase's type)
    text = ("The council said the road would close. Judge Ann Smith has heard the case. "
            "It argues the closure was lawful.")
    assert _speaker(text, "argues") != "Ann Smith"


def test_last_source_in_the_sentence_before_stays() -> None:
    # the last source was named in the sentence before: the pronoun keeps it
    text = ("Many foreign firms had protested that the SEC was imposing an unfair burden. "
            "They say the rules cost too much.")
    assert _speaker(text, "say") == "Many foreign firms"


@pytest.mark.parametrize(("text", "speaker", "person"), [
    # BBC business 2005 (breadth): a name, then its role without a comma
    ("Mike Watts head of exploration said the field was promising.", "Mike Watts", True),
    # PolNeAR train (USA Today 2016-03-07): a name after the role is the person, not `Former Reagan`
    ("Former Reagan chief of staff Don Regan knew all about that, he said.", "Don Regan", True),
    # a nationality and a party are no person's name: the role stays the source's name
    ("Austrian Green member of the European Parliament said the vote was close.",
     "Austrian Green member of the European Parliament", False),
])
def test_name_then_role(text: str, speaker: str, person: bool) -> None:
    analysis = sayso.analyze(text, language="en")
    got = analysis.entity(analysis.attributions[0].source.entity)
    assert got.name == speaker
    assert (got.type == "person") is person
