"""Golden rows of round 14's Chinese extraction fixes (tests/golden/zh_ext14.json).

Each row is a real sentence of an open zh-news article (tune A-D, test half A, part H tune;
`origin` names it), one or more per class counted in `benchmarks/data/zhext14/classes.md`: a 被
inside a 就…事件 topic phrase read as a passive, the subject of a long or prepositional earlier
clause, a date typed with spaces (11 月 7 日) left in the source, 有分析指 without its source, the
question mark of a question, and cues whose object is a bare noun phrase (抨击中国的批评者).

Positive rows: the prediction whose content overlaps the expected one by Dice >= 0.8 must have
the row's `via` and every field it lists in `checked` (and, with `exact_content`, exactly the
expected content). Negative rows: no attribution has one of the `absent` cue strings, and a given
`count` is the exact number of attributions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import best_match, checked_row_problems

import sayso

CASES = json.loads((Path(__file__).parent / "golden" / "zh_ext14.json").read_text("utf-8"))["cases"]
POSITIVE = [r for r in CASES if "expect" in r]
NEGATIVE = [r for r in CASES if "absent" in r]


def test_rows_cover_both_scripts_and_only_open_articles() -> None:
    assert len(POSITIVE) >= 6 and len(NEGATIVE) >= 2
    assert {r["script"] for r in POSITIVE} == {"Hans", "Hant"}
    assert {r["script"] for r in NEGATIVE} == {"Hans", "Hant"}
    for row in CASES:
        assert "half B" not in row["origin"] and "test part" not in row["origin"], row["id"]


def _param(row: dict):
    # a row with `xfail` names a known gap outside this table's class (strict: it must fail)
    marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if row.get("xfail") else []
    return pytest.param(row, id=row["id"], marks=marks)


@pytest.mark.parametrize("row", [_param(r) for r in POSITIVE])
def test_found(row: dict) -> None:
    assert checked_row_problems(row, "zh") == []
    if row.get("exact_content"):
        _, got = best_match(row, "zh")
        assert [c.text for c in got.content] == row["expect"]["content"]


@pytest.mark.parametrize("row", NEGATIVE, ids=[r["id"] for r in NEGATIVE])
def test_not_a_statement(row: dict) -> None:
    atts = sayso.analyze(row["text"], language="zh").attributions
    cues = [c.text for a in atts for c in a.cue]
    assert not set(cues) & set(row["absent"]), (row["pattern"], cues)
    if row.get("count") is not None:
        assert len(atts) == row["count"], (row["pattern"], [(a.source, cues) for a in atts])


def test_lexicon_row_finds_the_attribution() -> None:
    """The 發出聯合聲明 row without its known channel gap: speaker, cue and content are found."""
    row = next(r for r in POSITIVE if r["id"] == "zhext14-lexicon-1")
    _, got = best_match(row, "zh")
    assert got is not None and got.source.text == row["expect"]["source"]
    assert [c.text for c in got.cue] == row["expect"]["cue"]
