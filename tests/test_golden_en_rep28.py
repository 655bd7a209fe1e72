"""Golden English certainty rows of enrep28 (tests/golden/en_rep28.json) and the test behind
them (`certainty.outlet_as_party`).

Each row is a real passage of BBC News 2004-05 (non-politics) or PolNeAR train (`origin` names
it): an outlet speaking as a party about itself (`The BBC denied it had lost a bidding war`,
`ESPN said in a statement`) is `asserted`; its reporting (`The New York Times reported that
...`, `the FT said it thought ...`) stays `reported` (ANNOTATION.md; open en-news gold
enD-bbc-4, enG-thenational-1, enS-bbc-2). A prediction matches the expected attribution when
its content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import certainty_row_problem

from sayso.lang.en import certainty

TABLE = Path(__file__).parent / "golden" / "en_rep28.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_outlet_as_party_row(row: dict) -> None:
    assert certainty_row_problem(row, "en") is None


def test_rows_come_from_breadth_text() -> None:
    """Broad unlabeled text only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("BBC News 2004-05 ", "PolNeAR train")), row["id"]


@pytest.mark.parametrize(("cue", "content", "via", "expected"), [
    ("said", "it stands by the truth of its piece", [], True),           # open enG-thenational-1
    ("said", "We respect our producing partners' right", ["statement"], True),  # BBC entertainment/205
    ("announced", "it had pulled out of an advertising agreement", [], True),   # PolNeAR train usa-today
    ("said", "it thought JP Morgan may still have had some role", [], False),   # BBC business/209
    ("said", "it had seen documents", [], False),                        # a reporting predicate
    ("reported", "its registration had expired in January", [], False),  # PolNeAR train nyt: reporting
    ("said", "a number of hot spots centred on the villages", [], False),  # open enQ-bbc-2: news
])
def test_outlet_as_party(cue: str, content: str, via: list[str], expected: bool) -> None:
    assert certainty.outlet_as_party(cue, content, via) is expected
