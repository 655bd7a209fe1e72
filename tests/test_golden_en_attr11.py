"""Golden rows of round 11 for English attribution spans (tests/golden/en_attr11.json, issue #11).

Real sentences from the open en-news material (tune and round-11 test half A; never half B, part
E test or part F), one row per class fixed on branch enattr11. Checked with the same rules as
`test_golden_en_news.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_golden_en_news import problems

TABLE = Path(__file__).parent / "golden" / "en_attr11.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_attr11_row(row: dict) -> None:
    assert problems(row) == []


def test_rows_name_an_open_article() -> None:
    for row in CASES:
        assert row["origin"].startswith(("en-news tune:", "en-news round-11 test half A:")), row["id"]
