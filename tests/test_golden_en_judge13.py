"""Golden English rows of enjudge13 (tests/golden/en_judge13.json): deny, accuse and certainty.

Each row is a real passage of an open en-news article (a tune article, part G tune included, or
the round-11 opened test half A; `origin` names it; never half B or a reserved test part), the
whole article when the certainty depends on a denial elsewhere in it. Expected fields are copied
from that article's gold (benchmarks/data/enjudge13/make_golden.py). One row per class fixed in
enjudge13 (benchmarks/data/enjudge13/classes.md): a story stood by, claims called gross
distortions (deny); lies, attempts to divert, attacks and crossed airspace laid at a party
(accuse); a denial reported inside a content (assert); an allegation taken up as the subject of
a denial, a claim nested in a disputed one (disputed), an unnamed source's statement taken up
(anonymous), a denial stating its own proposition that shares one word with a claim (asserted).

A prediction matches the expected attribution when its content overlaps by Dice >= 0.8; every
field the row lists in `checked` must equal the gold's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import label_row_problems

TABLE = Path(__file__).parent / "golden" / "en_judge13.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


def test_table_shape() -> None:
    ids = [r["id"] for r in CASES]
    assert len(ids) == len(set(ids)) and all(i.startswith("enjudge13-") for i in ids)
    for r in CASES:
        assert r["origin"].startswith(("en-news/tune/", "en-news/test/"))
        name = r["origin"].rsplit("/", 1)[1]
        assert not name.startswith(("enE-", "enF-", "enG-", "enH-")) or "/tune/" in r["origin"]
        assert r["checked"] and set(r["checked"]) <= {"stance", "certainty"}


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_row(row: dict) -> None:
    assert label_row_problems(row, "en") == []
