"""Golden English rows of endeny28 (tests/golden/en_deny28.json) and the tests behind them
(`echoed_claims`: a neutral answer of the party a claim is about, negating an event emphatically
and echoing the claim's key words, is a denial and the claim is disputed).

Each row is a real passage of PolNeAR train (`origin` names it), with the stance STANCE.md row 2
gives it or the certainty ANNOTATION.md gives it; one row is a case the rule must not fire on. A
prediction matches the expected attribution when its content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import label_row_problems

from sayso.lang.en import echoed_claims

TABLE = Path(__file__).parent / "golden" / "en_deny28.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_deny28_row(row: dict) -> None:
    assert label_row_problems(row, "en") == []


def test_rows_come_from_breadth_text() -> None:
    """Broad unlabeled text only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith("PolNeAR train"), row["id"]


@pytest.mark.parametrize(("clause", "expected"), [
    ("none of her emails were marked classified when they were sent", True),       # PolNeAR train wash-post
    ("Neither Speaker Ryan nor anyone on his team has ever asked for it", True),   # PolNeAR train huff-post
    ("her group never worked with Manafort or Gates", True),                       # PolNeAR train politico
    ("he did not sign a nondisclosure agreement with Trump", False),               # a plain `not`
    ("he hasn't spoken to Trump's district backers", False),                       # PolNeAR train politico
])
def test_emphatic_negation(clause: str, expected: bool) -> None:
    assert bool(echoed_claims.EMPHATIC.search(clause)) is expected
