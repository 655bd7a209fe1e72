"""Golden English certainty rows of endisp12 (tests/golden/en_disp12.json).

Each row is a real passage (one paragraph, or two when the denial is in the next one) of an
open en-news article (tune, or the round-11 opened test half A; `origin` names it), with the
certainty its gold gives: a hedge inside a phrase of the claim, an outlet's or document's own
hedge (`reported`), `we're told`, bare `Investigators`, a noun or report `claim` denied in
the next paragraph (`disputed`), a research or industry body in apposition (`reported`), a
statement nested in unnamed sources' (`anonymous`), a speaker's own `has yet to be verified`.

A prediction matches the expected attribution when its content overlaps by Dice >= 0.8 (a
row's `min_dice` where its `note` says why); its
certainty must equal the gold's, and so must its source where the row lists it in `checked`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import best_match

TABLE = Path(__file__).parent / "golden" / "en_disp12.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


def row_problems(row: dict) -> list[str]:
    """What the extractor gets wrong on one row (empty when the row passes)."""
    exp = row["expect"]
    _, got = best_match(row, "en", row.get("min_dice", 0.8))
    if got is None:
        return [f"no attribution for {exp['content']!r}"]
    out = []
    source = got.source.text if got.source else None
    if "source" in row["checked"] and source != exp["source"]:
        out.append(f"source {source!r} != {exp['source']!r}")
    if got.certainty != exp["certainty"]:
        out.append(f"certainty {got.certainty} != {exp['certainty']}")
    return out


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_certainty_row(row: dict) -> None:
    assert row_problems(row) == [], f"{row['origin']}: {row['pattern']}"


def test_rows_come_from_open_articles() -> None:
    """Tune or half A only: never half B, a reserved test part or parts G (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("en-news/tune/", "en-news/test half A/")), row["id"]
        assert not row["origin"].split("/")[-1].startswith("enG-"), row["id"]
