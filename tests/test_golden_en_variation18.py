"""Golden speaker rows of round 18 (tests/golden/en_variation18.json; issue #15, branch enb3_18).

Each row runs a whole open en-news article and checks that a role description the article
uses once, right after naming a person as the lead's subject (elegant variation:
`sayso/lang/en/elegant_variation.py`), or a `future` role of an `-elect` title holder
(`coref.elect_title`), resolves to that person's entity. The sentence tests below hold the
shapes and the guards: a person's aide or spokesman is someone else, genders that disagree,
a role another named person holds, a person who spoke in between.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import speaker_row_problems

import sayso
from sayso.lang.en.coref import elect_title
from sayso.lang.en.elegant_variation import role_noun

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "evaldata" / "en-news"
TABLE = Path(__file__).parent / "golden" / "en_variation18.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_variation18_row(row: dict) -> None:
    assert row["sentence"] in (NEWS / f"{row['article']}.txt").read_text("utf-8")
    assert speaker_row_problems(row, NEWS) == []


def test_rows_name_an_open_article() -> None:
    for row in CASES:
        assert row["id"].startswith("enb3_18-")
        assert row["article"].startswith("tune/") and row["origin"].startswith("en-news part")


@pytest.mark.parametrize(("description", "noun"), [
    ("the top government spokesperson", "spokesperson"),  # enF-jiji-1
    ("the national team coach", "coach"),  # BBC sport 2005 (breadth): Mike Ruddock
    ("the club's chief executive", "executive"),  # a body's role
    ("the former Florida governor", "governor"),  # a place is no name of its own
    ("his chief aide", None),  # PolNeAR train: someone working for him
    ("Trump's campaign manager", None),  # PolNeAR train (breadth): not Trump
    ("the rapper's spokesman", None),  # BBC entertainment 2005: the rapper's, not the rapper
    ("the Green leader", None),  # a capitalised modifier: the same-head rules' case
    ("a spokesman", None),  # indefinite: someone new
])
def test_role_noun(description: str, noun: str | None) -> None:
    assert role_noun(description) == noun


def test_elect_title() -> None:
    assert elect_title("the future President", "president") == "president-elect"
    assert elect_title("the incoming prime minister", "minister") == "minister-elect"
    assert elect_title("the President", "president") is None


def _entity_of(text: str, surface: str) -> str | None:
    """The entity name of the first source whose text is `surface`."""
    analysis = sayso.analyze(text, language="en")
    hits = [a for a in analysis.attributions if a.source is not None and a.source.text == surface]
    assert hits, f"no source {surface!r}: {[a.source.text for a in analysis.attributions if a.source]}"
    entity = analysis.entity(hits[0].source.entity)
    return entity.name if entity else None


# BBC sport 2005 (breadth, /work/breadth/bbc/sport/292.txt): the lead's subject is no source yet
RUDDOCK = ("Mike Ruddock paid tribute to his Wales side after they came from 15-6 down to beat "
           "France 24-18 in the Six Nations.\n\n\"After going two tries down in 12 minutes we had to "
           "show character,\" said the national team coach. \"I didn't have to tell them anything.\"")


def test_lead_subject_names_the_description() -> None:
    assert _entity_of(RUDDOCK, "the national team coach") == "Mike Ruddock"


def test_role_another_person_holds_stays_apart() -> None:
    # a responding party: the article titles someone else as the coach
    text = RUDDOCK.replace("beat France", "beat France, whose coach Bernard Laporte was angry,")
    assert _entity_of(text, "the national team coach") != "Mike Ruddock"


def test_genders_that_disagree_stay_apart() -> None:
    text = ("Chief Cabinet Secretary John Matsuno on Tuesday denied any leak.\n\n"
            "\"We have confirmed no case of leaks,\" the government spokeswoman told a press conference.")
    assert _entity_of(text, "the government spokeswoman") != "John Matsuno"
    assert _entity_of(text.replace("spokeswoman", "spokesman"), "the government spokesman") == "John Matsuno"


def test_a_person_who_spoke_in_between_stays_apart() -> None:
    # another source between the lead's subject and the description is the nearer antecedent
    text = ("Chief Cabinet Secretary Hirokazu Matsuno on Tuesday denied any leak, while Defense "
            "Minister Yasukazu Hamada told reporters the ministry was safe.\n\n\"We have confirmed "
            "no case of leaks,\" the top government spokesperson told a press conference.")
    assert _entity_of(text, "the top government spokesperson") != "Hirokazu Matsuno"


def test_the_plain_shape_joins() -> None:
    # the shape the three guards above break
    text = ("Chief Cabinet Secretary Hirokazu Matsuno on Tuesday denied any leak.\n\n\"We have "
            "confirmed no case of leaks,\" the top government spokesperson told a press conference.")
    assert _entity_of(text, "the top government spokesperson") == "Hirokazu Matsuno"
