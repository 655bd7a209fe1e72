"""Golden English rows of envia12g (tests/golden/en_via12g.json): channels of a telling.

Each row is a real paragraph of an en-news part G tune article (opened for envia12g; `origin`
names it; never part G test). The expected fields are copied from that article's gold:
`the paper claimed Johnson told those in attendance ...` gives the telling the relaying paper
as its outer channel and the audience told as the inner one (ANNOTATION.md, "Channels" and
"Citing chains").

A prediction matches the expected attribution when its content overlaps by Dice >= 0.8; its
`via` must equal the gold's, and so must every field the row lists in `checked`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import checked_row_problems

TABLE = Path(__file__).parent / "golden" / "en_via12g.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_via12g_row(row: dict) -> None:
    assert checked_row_problems(row, "en") == []


def test_rows_come_from_part_g_tune() -> None:
    root = Path(__file__).parents[1] / "evaldata" / "en-news" / "tune"
    for row in CASES:
        corpus, folder, article = row["origin"].split("/")
        assert (corpus, folder) == ("en-news", "tune") and article.startswith("enG-"), row["origin"]
        assert row["text"] in (root / f"{article}.txt").read_text("utf-8"), row["id"]
