"""Golden rows of round 13's Chinese extraction fixes (tests/golden/zh_ext13.json).

Each row is a real sentence of an open zh-news article (tune, part F or G tune, test half A;
`origin` names it) or of THUCNews, one or more per error class counted in
`benchmarks/data/zhext13/classes.md`: V+表示 compounds and bare 補充 (cue verbs missing from the
lexicon), the rumour verb 傳言, a reporter's question whose premise is 据报道/据了解, a quotation
and its speaker's indirect continuation (one mixed attribution), and non-speech uses of cue words
(胡說八道, 有利於揭露, 未清楚表明, the nouns 补充 and 传言).

Positive rows: the prediction whose content overlaps the expected one by Dice >= 0.8 must have
the row's `via` and every field it lists in `checked`. Negative rows: no attribution has one of
the `absent` cue strings, and a given `count` is the exact number of attributions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import checked_row_problems

import sayso

CASES = json.loads((Path(__file__).parent / "golden" / "zh_ext13.json").read_text("utf-8"))["cases"]
POSITIVE = [r for r in CASES if "expect" in r]
NEGATIVE = [r for r in CASES if "absent" in r]


def test_rows_cover_both_scripts_and_every_class() -> None:
    assert len(POSITIVE) >= 8 and len(NEGATIVE) >= 5
    assert {r["script"] for r in POSITIVE} == {"Hans", "Hant"}
    assert {r["script"] for r in NEGATIVE} == {"Hans", "Hant"}
    for row in CASES:
        assert "half B" not in row["origin"] and "part H" not in row["origin"], row["id"]


@pytest.mark.parametrize("row", POSITIVE, ids=[r["id"] for r in POSITIVE])
def test_found(row: dict) -> None:
    assert checked_row_problems(row, "zh") == []


@pytest.mark.parametrize("row", NEGATIVE, ids=[r["id"] for r in NEGATIVE])
def test_not_a_cue(row: dict) -> None:
    atts = sayso.analyze(row["text"], language="zh").attributions
    cues = [c.text for a in atts for c in a.cue]
    assert not set(cues) & set(row["absent"]), (row["pattern"], cues)
    if row.get("count") is not None:
        assert len(atts) == row["count"], (row["pattern"], [(a.source, cues) for a in atts])
