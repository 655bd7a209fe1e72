"""Golden English rows of envia13 (tests/golden/en_via13.json): channels on open articles.

Each row is a real paragraph of an open en-news article (part F or G tune, or the round-11 half
A; `origin` names it; never half B, part E/F/G test or parts H). The expected fields are copied
from that article's gold: the person of an outlet addressed follows the outlet (`told VOA
Pentagon correspondent Carla Babb` -> VOA, Carla Babb), a title after `told The` is a
publication, and an event still to come carries nothing.

A prediction matches the expected attribution when its content overlaps by Dice >= 0.8; its
`via` must equal the gold's, and so must every field the row lists in `checked`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import checked_row_problems

TABLE = Path(__file__).parent / "golden" / "en_via13.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]
OPEN = {("en-news", "tune"): ("enF-", "enG-"), ("en-news", "test"): ("enC-polygraph-1",)}


@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_via13_row(row: dict) -> None:
    assert checked_row_problems(row, "en") == []


def test_rows_come_from_open_articles() -> None:
    root = Path(__file__).parents[1] / "evaldata"
    for row in CASES:
        corpus, folder, article = row["origin"].split("/")
        assert article.startswith(OPEN[(corpus, folder)]), row["origin"]
        assert row["text"] in (root / corpus / folder / f"{article}.txt").read_text("utf-8"), row["id"]
        gold = json.loads((root / corpus / folder / f"{article}.gold.json").read_text("utf-8"))
        assert any(a["content"] == row["expect"]["content"] and a.get("via", []) == row["expect"]["via"]
                   for a in gold["attributions"]), row["id"]
