"""Golden rows of round 15's Chinese extraction fixes (tests/golden/zh_ext15.json).

Each row is a real sentence of an open zh-news article (tune A-D, parts H and I tune) or of the
broad unlabeled hkcnews sample (`origin` names it), one or more per class counted in
`benchmarks/data/zhext15/classes.md`: a report inside a reporter's question turn running into the
closing question, a 以「…」為標題 frame hiding the subject, a nested statement running over a
semicolon into a named speaker's clause (and one where no speaker follows, kept), a headline
quotation before a full-width space, and a headline story label read as a speaker.

Positive rows: the prediction whose content overlaps the expected one by Dice >= 0.8 must have
the row's `via` and every field it lists in `checked` (and, with `exact_content`, exactly the
expected content). Negative rows: no attribution has one of the `absent` cue strings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import best_match, checked_row_problems

import sayso

CASES = json.loads((Path(__file__).parent / "golden" / "zh_ext15.json").read_text("utf-8"))["cases"]
POSITIVE = [r for r in CASES if "expect" in r]
NEGATIVE = [r for r in CASES if "absent" in r]


def test_rows_cover_both_scripts_and_only_open_text() -> None:
    assert len(POSITIVE) >= 6 and len(NEGATIVE) >= 1
    assert {r["script"] for r in POSITIVE} == {"Hans", "Hant"}
    for row in CASES:
        # test half A is open; half B and the test halves of parts F-J are clean
        assert "half B" not in row["origin"] and "test part" not in row["origin"], row["id"]


@pytest.mark.parametrize("row", POSITIVE, ids=[r["id"] for r in POSITIVE])
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


def test_question_turn_is_only_a_reporters_turn() -> None:
    """The question-turn check needs the asker's label: a speaker's own rhetorical question
    after his statement (no 问：/记者： label) stays in his words."""
    text = "他说,美方的做法严重损害中美关系,中方坚决反对。难道这就是美方所说的公平竞争吗?"
    atts = sayso.analyze(text, language="zh").attributions
    said = [a for a in atts if [c.text for c in a.cue] == ["说"]]
    assert said and said[0].content[-1].text.endswith("公平竞争吗"), [a.content for a in said]
