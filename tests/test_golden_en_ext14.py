"""Golden English rows of enext14 (tests/golden/en_ext14.json): a verb of saying coordinated
after a content, a document noun with a reporting participle, a lone quotation going on with the
speaker before it (benchmarks/data/enext14/README.md).

Each row is a real sentence of an open en-news article (`origin` names it: a tune part, H tune
or half A; never half B or a test part). Expected fields are copied from that article's gold.
A prediction matches when its content overlaps the expected content by Dice >= 0.8 (the
expected content is the row's new attribution, so its absence or a flat reading does not
match); every field the row lists in `checked` must equal the gold's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import best_match

TABLE = Path(__file__).parent / "golden" / "en_ext14.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


def test_table_shape() -> None:
    ids = [r["id"] for r in CASES]
    assert len(ids) == len(set(ids)) and all(i.startswith("enext14-") for i in ids)
    assert all(r["origin"].startswith(("en-news/tune/", "en-news/test/")) for r in CASES)
    assert all("half A" in r["origin"] for r in CASES if r["origin"].startswith("en-news/test/"))


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_row(row: dict) -> None:
    _, got = best_match(row, "en")
    exp = row["expect"]
    assert got is not None, f"no attribution for {exp['content']!r}"
    assert exp["cue"] in " ".join(c.text for c in got.cue)
    for name in row["checked"]:
        value = (got.source.text if got.source else None) if name == "source" else getattr(got, name)
        assert value == exp[name], name
