"""Golden English rows of endeny12 (tests/golden/en_deny12.json): deny and accuse by STANCE.md.

Each row is a real passage of an open en-news article (a tune article, or the round-11 opened
test half A; `origin` names it; never half B, part E test, part F test, part G), with the
headline and lede when the denial answers their charge. Expected fields are copied from that
article's gold. One row per class fixed in endeny12 (benchmarks/data/endeny12/README.md): a
denial in the main clause of a quotation whose later sentence urges, and bad faith laid at a party (caught doing, an unfair act,
objections overruled, a calculated move).

A prediction matches the expected attribution when its content overlaps by Dice >= 0.8; every
field the row lists in `checked` must equal the gold's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import label_row_problems

TABLE = Path(__file__).parent / "golden" / "en_deny12.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


def test_table_shape() -> None:
    ids = [r["id"] for r in CASES]
    assert len(ids) == len(set(ids)) and all(i.startswith("endeny12-") for i in ids)
    for r in CASES:
        assert r["origin"].startswith(("en-news/tune/", "en-news/test/"))
        name = r["origin"].rsplit("/", 1)[1]
        assert not name.startswith(("enE-", "enF-", "enG-")) or "/tune/" in r["origin"]
        assert {r["expect"]["stance"]} <= {"deny", "accuse"}


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_row(row: dict) -> None:
    assert label_row_problems(row, "en") == []
