"""Golden English certainty rows of endisp26 (tests/golden/en_disp26.json) and the tests behind
them (`own_side.speaks_for_party`, `own_side.own_side`, read in `stance.link_denials` and
`stance.dispute_named_party`).

Each row is a real passage of open en-news part R tune or PolNeAR train (`origin` names it) with
the certainty ANNOTATION.md gives it (`disputed` "when the text reports it being denied or
contradicted", by another party): a party's press service, spokesman or campaign speaks for the
party, so its denial never disputes the party's own claim; the claim of another party it answers
stays disputed (the control row). A prediction matches the expected attribution when its content
overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import certainty_row_problem

from sayso.lang.en import own_side
from sayso.model import Attribution, EntitySpan, Span

TABLE = Path(__file__).parent / "golden" / "en_disp26.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_disp26_row(row: dict) -> None:
    assert certainty_row_problem(row, "en") is None


def test_rows_come_from_open_or_breadth_text() -> None:
    """Open tune articles or broad unlabeled text only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("en-news part R tune", "PolNeAR train")), row["id"]


@pytest.mark.parametrize(("speaker", "party", "expected"), [
    ("the Lukoil press service", {"Lukoil"}, True),                       # enR-newspravda-1
    ("SABC spokesman Kaizer Kganyago", {"SABC"}, True),                   # enO-timeslive-1
    ("Lukoil's spokesman", {"Lukoil"}, True),
    ("The Clinton campaign", {"Hillary", "Clinton"}, True),               # PolNeAR train nyt 2016-04-08
    ("Russian Foreign Ministry spokeswoman Maria Zakharova", {"Russia"}, False),  # not every word the party's
    ("Trump's rival", {"Donald", "Trump"}, False),                        # no role of speaking for him
    ("Sanders spokesman Michael Briggs", {"Hillary", "Clinton"}, False),  # another party's spokesman
    ("the company", {"Lukoil"}, False),                                   # no party named
    ("His lawyers", {"Bernie", "Ebbers"}, False),                         # a pronoun names no party
])
def test_speaks_for_party(speaker: str, party: set[str], expected: bool) -> None:
    assert own_side.speaks_for_party(speaker, party) is expected


@pytest.mark.parametrize(("x", "y", "expected"), [
    ({"Commissioner", "Manning"}, {"Police", "Commissioner", "David", "Manning"}, True),  # enR-postcourier-1
    ({"President"}, {"President", "Donald", "Trump"}, False),                               # a title alone
    ({"John", "Smith"}, {"Jane", "Smith"}, False),                                          # another first name
    (set(), {"Lukoil"}, False),                                                             # no name at all
])
def test_one_person(x: set[str], y: set[str], expected: bool) -> None:
    assert own_side.one_person(x, y) is expected


def _row(rid: str, text: str, source: str, content: str, entity: str) -> Attribution:
    s, k = text.index(source), text.index(content)
    return Attribution(id=rid, source=EntitySpan.at(text, s, s + len(source), entity), stance="assert",
                       cue=[], content=[Span(text=content, start=k, end=k + len(content))])


def test_own_side_reads_entity_names_both_ways() -> None:
    """`the company` (entity Lukoil) and `the Lukoil press service`: one side, whichever is the
    claim; a party the press service does not name is another side."""
    text = "The company said it was not charged. The Lukoil press service said the reports were fake. Moldova said so."
    names = {"e1": ["Lukoil", "Lukoil Group"], "e2": ["the Lukoil press service"], "e3": ["Moldova"]}.get
    company = _row("a1", text, "The company", "it was not charged", "e1")
    service = _row("a2", text, "The Lukoil press service", "the reports were fake", "e2")
    moldova = _row("a3", text, "Moldova", "so", "e3")
    assert own_side.own_side(company, service, lambda i: names(i) or [])
    assert own_side.own_side(service, company, lambda i: names(i) or [])
    assert not own_side.own_side(moldova, service, lambda i: names(i) or [])
