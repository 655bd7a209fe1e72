"""Golden Chinese rows of the round-13 to round-15 extraction branches, one table per branch.

Each row is a real sentence of an open zh-news article (tune, test half A, the opened tune halves
of parts F-I) or of broad unlabeled text (THUCNews, hkcnews); `origin` names it. The classes of
each table are counted in `benchmarks/data/<branch>/classes.md`:

* `zh_ext13.json`: V+表示 compounds and bare 補充, the rumour verb 傳言, a reporter's question whose
  premise is 据报道/据了解, a quotation and its speaker's indirect continuation, and non-speech uses
  of cue words (胡說八道, 有利於揭露, 未清楚表明, the nouns 补充 and 传言).
* `zh_ext14.json`: a 被 inside a 就…事件 topic phrase, the subject of a long or prepositional
  earlier clause, a date typed with spaces (11 月 7 日), 有分析指 without its source, the question
  mark of a question, cues whose object is a bare noun phrase (抨击中国的批评者).
* `zh_ext15.json`: a report inside a reporter's question turn, a 以「…」為標題 frame hiding the
  subject, a nested statement running over a semicolon into a named speaker's clause, a headline
  quotation before a full-width space, a headline story label read as a speaker.

Positive rows (`expect`): the prediction whose content overlaps the expected one by Dice >= 0.8
must have the row's `via` and every field it lists in `checked` (and, with `exact_content`,
exactly the expected content); a row with `xfail` names a known gap outside its table's class and
must fail. Negative rows (`absent`): no attribution has one of the `absent` cue strings, and a
given `count` is the exact number of attributions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import best_match, checked_row_problems

import sayso

GOLDEN = Path(__file__).parent / "golden"
TABLES = ("zh_ext13.json", "zh_ext14.json", "zh_ext15.json")
ROWS = {name: json.loads((GOLDEN / name).read_text("utf-8"))["cases"] for name in TABLES}
POSITIVE = [r for rows in ROWS.values() for r in rows if "expect" in r]
NEGATIVE = [r for rows in ROWS.values() for r in rows if "absent" in r]


def _param(row: dict):
    marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if row.get("xfail") else []
    return pytest.param(row, id=row["id"], marks=marks)


@pytest.mark.parametrize("name", TABLES)
def test_table_covers_both_scripts_and_only_open_text(name: str) -> None:
    rows = ROWS[name]
    assert {r["script"] for r in rows if "expect" in r} == {"Hans", "Hant"}
    assert any("absent" in r for r in rows)
    for row in rows:
        # test half A is open; half B and the test halves of parts F-J are clean
        assert "half B" not in row["origin"] and "test part" not in row["origin"], row["id"]
        assert "part H" not in row["origin"] or name != "zh_ext13.json", row["id"]


def test_ids_are_unique() -> None:
    ids = [r["id"] for rows in ROWS.values() for r in rows]
    assert len(ids) == len(set(ids))


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
    """The 發出聯合聲明 row (xfail for its channel gap) finds speaker, cue and content."""
    row = next(r for r in POSITIVE if r["id"] == "zhext14-lexicon-1")
    _, got = best_match(row, "zh")
    assert got is not None and got.source.text == row["expect"]["source"]
    assert [c.text for c in got.cue] == row["expect"]["cue"]


def test_question_turn_is_only_a_reporters_turn() -> None:
    """The question-turn check needs the asker's label: a speaker's own rhetorical question
    after his statement (no 问：/记者： label) stays in his words."""
    text = "他说,美方的做法严重损害中美关系,中方坚决反对。难道这就是美方所说的公平竞争吗?"
    atts = sayso.analyze(text, language="zh").attributions
    said = [a for a in atts if [c.text for c in a.cue] == ["说"]]
    assert said and said[0].content[-1].text.endswith("公平竞争吗"), [a.content for a in said]
