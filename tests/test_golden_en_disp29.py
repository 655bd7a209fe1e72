"""Golden English certainty rows of endisp29 (tests/golden/en_disp29.json) and the tests behind
them (`disputes.described_name`, read in `disputes.accused_answering`).

Each row is a real passage of open en-news tune text or BBC News 2004-05 breadth text (`origin`
names it) with the certainty ANNOTATION.md gives it (`disputed` "when the text reports it being
denied or contradicted", by another party): an accusation whose subject names the accused after
a description (`Former WorldCom boss Bernie Ebbers`) is disputed when the accused denies the
charges as a whole. A prediction matches the expected attribution when its content overlaps by
Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import certainty_row_problem

from sayso.lang.en.disputes import described_name

TABLE = Path(__file__).parent / "golden" / "en_disp29.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_disp29_row(row: dict) -> None:
    assert certainty_row_problem(row, "en") is None


def test_rows_come_from_open_or_breadth_text() -> None:
    """Open tune articles or broad unlabeled text only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("en-news part R tune", "BBC News 2004-05")), row["id"]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # enR-bbc-2 (BBC business/246): the description before the name is no name of the accused
        (
            "Former WorldCom boss Bernie Ebbers was directly involved in the dollars 11bn financial fraud",
            {"Bernie", "Ebbers"},
        ),
        # enT-inquirer-1: a name that opens the subject is read as before
        ("Kelly sexually abused women over the years", {"Kelly"}),
        # BBC sport/047: a body's name joined by no description stays whole
        (
            "Greek Olympic Committee officials and his former coach Christos Tzekos",
            {"Greek", "Olympic", "Committee"},
        ),
        # enQ-fortune-1: a subject with no name names nobody
        ("the company used the equipment to conduct fraudulent demonstrations", set()),
        # enU-thestarkenya-1: a capitalised opener up to `and`, as `stance.subject_names` reads it
        ("Police and gangs have shot and killed or wounded dozens of people", {"Police"}),
    ],
)
def test_described_name(subject: str, expected: set[str]) -> None:
    assert described_name(subject) == expected
