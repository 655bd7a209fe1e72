"""Golden English dispute rows of encert21 (tests/golden/en_cert21.json) and the patterns behind
them (`disputes.PLURAL_CHARGES`, `disputes.TAKEN_UP`).

Each row is a real passage of BBC News 2004-05 (non-politics) or an open en-news tune article
(`origin` names it) with the certainty ANNOTATION.md gives it (`disputed` "when the text reports
it being denied or contradicted"): a denial that takes up `the allegations`, `the accusations`,
`the claims` in the plural answers every charge of the run it closes (`disputes.
plural_charges_answered`), back to the first plain account of another party; a claim that only
speaks of the charges (`on foot of the allegations`) is not one of them. A prediction matches the
expected attribution when its content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import best_match

from sayso.lang.en import disputes
from sayso.model import Attribution, Span

TABLE = Path(__file__).parent / "golden" / "en_cert21.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_plural_charges_row(row: dict) -> None:
    _, got = best_match(row, "en")
    assert got is not None, f"no attribution for {row['expect']['content']!r}"
    assert got.certainty == row["expect"]["certainty"], f"{row['origin']}: {row['pattern']}"


def test_rows_come_from_open_or_breadth_text() -> None:
    """Broad unlabeled text or open tune articles only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("BBC News 2004-05 business/", "BBC News 2004-05 tech/",
                                         "en-news part M tune")), row["id"]


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
