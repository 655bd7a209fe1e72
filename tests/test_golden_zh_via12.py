"""Golden Chinese channel (`via`) rows of round 12 (tests/golden/zh_via12.json).

Each row is a real sentence (or the two sentences a citing chain needs) of a zh-news tune or part
F tune article or of the opened test half A (`origin` names the article), with the expected
attribution copied from that article's gold. One row per construction fixed on branch zhvia12:
an addressee who is no outlet (向與會者表示, 向訪華的大馬官員表示), two bodies addressed (向亚洲足协及
国际足联投诉), a citing chain read as one source (刘可瑞引述蔡崇信的话说), a bare 报导 citing after a
根据X报导 frame, a quotation before the cue with a notice on a site, an issuer glued to its
statement (娃哈哈方面声明表示), and 告诉 + a clause (no channel).

A prediction matches when its content overlaps the expected by Dice >= 0.8; then its `via` must
equal the gold's, and so must every field the row lists in `checked`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import checked_row_problems

CASES = json.loads((Path(__file__).parent / "golden" / "zh_via12.json").read_text("utf-8"))["cases"]



def test_rows_are_real_open_material() -> None:
    for row in CASES:
        assert row["origin"].startswith("zh-news"), row["id"]
        assert "half B" not in row["origin"] and "test (" not in row["origin"], row["id"]
        assert "source" in row["checked"], row["id"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_zh_via12(row: dict) -> None:
    assert checked_row_problems(row, "zh") == []
