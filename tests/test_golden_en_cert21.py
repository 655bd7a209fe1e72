"""Golden English dispute rows of encert21 (tests/golden/en_cert21.json) and the patterns behind
them (`disputes.PLURAL_CHARGES`, `disputes.TAKEN_UP`).

Each row is a real passage of BBC News 2004-05 (non-politics) or an open en-news tune article
(`origin` names it) with the certainty ANNOTATION.md gives it (`disputed` "when the text reports
it being denied or contradicted"): a denial that takes up `the allegations`, `the accusations`,
`the claims` in the plural answers every charge of the run it closes (`disputes.
plural_charges_answered`), back to the first plain account of another party or a charge no one is said to make
(`have also been charged over`); a claim that only
speaks of the charges (`on foot of the allegations`) is not one of them; a narrator's `The hospital
has denied these allegations.` with no row of its own counts (`disputes.narrated_charge_denials`). A prediction matches the
expected attribution when its content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import certainty_row_problem

from sayso.lang.en import disputes
from sayso.model import Attribution, Span

TABLE = Path(__file__).parent / "golden" / "en_cert21.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_plural_charges_row(row: dict) -> None:
    assert certainty_row_problem(row, "en") is None


def test_rows_come_from_open_or_breadth_text() -> None:
    """Broad unlabeled text or open tune articles only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("BBC News 2004-05 business/", "BBC News 2004-05 tech/", "BBC News 2004-05 sport/",
                                         "en-news part L tune", "en-news part M tune")), row["id"]


@pytest.mark.parametrize(("content", "noun"), [
    # enM-britpanorama-1: the charges taken up inside a longer content
    ("back to mr o’callaghan last week that the allegations made by some members of the dáil were false",
     "allegations"),
    ("the two men would defend themselves strongly against the accusations", "accusations"),  # BBC tech/273
    ("all the charges", "charges"),                                       # BBC business/246
    ("the latest claims", "claims"),                                      # BBC business/195
    ("accusations that he threatened gary neville", None),               # BBC sport/137: a charge stated
    ("the accusations of bias", None),                                    # a charge named by its object
    ("an allegation by a woman that she had been stripped", None),        # one charge, not the run
])
def test_plural_charges(content: str, noun: str | None) -> None:
    m = disputes.PLURAL_CHARGES.search(content)
    assert (m.group("noun") if m else None) == noun


@pytest.mark.parametrize(("content", "expected"), [
    # enM-britpanorama-1 headline: the charge noun and who made it or whom it is against
    ("allegations made against gardaí are false", ("allegations", set())),
    ("the claims made by the newspaper were untrue", ("claims", set())),
    ("the allegations were very upsetting", ("allegations", set())),
    ("allegations made against gardaí, he said, were a matter for the courts", None),
])
def test_taken_up_after_a_participle(content: str, expected: tuple[str, set[str]] | None) -> None:
    d = Attribution(id="a1", source=None, cue=[], content=[Span(text=content, start=0, end=len(content))],
                    stance="deny")
    assert disputes.taken_up(d) == expected


@pytest.mark.parametrize(("text", "source", "content"), [
    # enL-ndtv-1: the extractor keeps no row for this noun-phrase denial
    ("The hospital has denied these allegations. The state human rights commission has asked ...",
     "The hospital", "these allegations"),
    # BBC News 2004-05 sport/234: `But` opens the sentence, not the subject
    ("But Lions chairman Theo Paphitis has denied the claims. He has said ...",
     "Lions chairman Theo Paphitis", "the claims"),
    # BBC News 2004-05 business/100: the opener goes, a phrase before the subject stays with it
    ("However during the case on Tuesday Mr Ebbers denied the allegations.",
     "during the case on Tuesday Mr Ebbers", "the allegations"),
    ("Mr Ebbers has denied charges of fraud and conspiracy.", None, None),  # BBC business/100: no plural take-up
    ("Lawyers for the pair, who deny the charges, said ...", None, None),   # no plain subject before the verb
])
def test_narrated_charge_denials(text: str, source: str | None, content: str | None) -> None:
    got = disputes.narrated_charge_denials(text, [])
    assert [(d.source.text, d.content[0].text) for d in got if d.source] == \
        ([(source, content)] if source else [])


def test_narrated_denial_with_a_row_is_left_to_the_row() -> None:
    """A denial row already covering the charge noun (`The company flat-out denied the
    allegations`, enC-foxnews-1) is not read a second time from the text."""
    text = "The company flat-out denied the allegations in a statement."
    at = text.index("the allegations")
    row = Attribution(id="a1", source=None, cue=[], stance="deny",
                      content=[Span(text="the allegations", start=at, end=at + len("the allegations"))])
    assert disputes.narrated_charge_denials(text, [row]) == []
