"""Golden English rows of enjudge14 (tests/golden/en_judge14.json): accuse, deny, warn and certainty.

Each row is a real passage of an open en-news article (part H tune, opened in round 14, or part F
tune; `origin` names it; never half B or a reserved test part), the whole article when the stance
or certainty depends on a report or a denial elsewhere in it. Expected fields are copied from that
article's gold (benchmarks/data/enjudge14/make_golden.py). One row per class fixed in enjudge14
(benchmarks/data/enjudge14/classes.md): covert harm laid at a party (accuse); a negated clause
taking a report up with `such`, a report said to lack substantiation (deny); `did not confirm or
deny` (assert); jobs forecast lost (warn); a report's restatement of a denied claim, an outlet's
story named in a denial, the report of `the contrary` (disputed); the denier's own side, a
denial's own `no evidence`, a party's statement (asserted). Every row fails at 573f6d3.

A prediction matches the expected attribution when its content overlaps by Dice >= 0.8; every
field the row lists in `checked` must equal the gold's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import label_row_problems

TABLE = Path(__file__).parent / "golden" / "en_judge14.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


def test_table_shape() -> None:
    ids = [r["id"] for r in CASES]
    assert len(ids) == len(set(ids)) and all(i.startswith("enjudge14-") for i in ids)
    for r in CASES:
        assert r["origin"].startswith(("en-news/tune/", "en-news/test/"))
        name = r["origin"].rsplit("/", 1)[1]
        assert not name.startswith(("enE-", "enF-", "enG-", "enH-")) or "/tune/" in r["origin"]
        assert r["checked"] and set(r["checked"]) <= {"stance", "certainty"}


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_row(row: dict) -> None:
    assert label_row_problems(row, "en") == []
