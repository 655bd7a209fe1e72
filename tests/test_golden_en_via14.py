"""Golden English rows of envia14 (tests/golden/en_via14.json): citing chains and channels on
open articles.

Each row is a real paragraph of an open en-news part H tune article (round 14: fresh annotators;
`origin` names it; never half B, a test part or parts I), from outlets PolNeAR lacks (eKathimerini,
ETV Bharat, EWN, Global News, The New Daily, TRT World). The expected fields are copied from that
article's gold: an outlet that quoted or cited a party is its channel (`The Star cited a source
claiming`, `Citing unnamed inside sources, The Globe and Mail reported`, `..., Anadolu Agency
reported quoting unnamed sources`), a closing credit relays a named speaker (`..., media reports
said`, `“made up,” Turkey’s state-run Anadolu Agency reported`), a call sign is the station, and
the speaking a source is barred from is no channel.

A prediction matches the expected attribution when its content overlaps by Dice >= 0.8; its
`via` must equal the gold's, and so must every field the row lists in `checked`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import checked_row_problems

TABLE = Path(__file__).parent / "golden" / "en_via14.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]
OPEN = {("en-news", "tune"): ("enH-",)}


@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_via14_row(row: dict) -> None:
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
