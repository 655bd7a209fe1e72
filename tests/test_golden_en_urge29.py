"""Golden English rows of enurge29 (tests/golden/en_urge29.json) and the tests behind them.

Praise (STANCE.md row 10, "self-praise of one's side and praise of others"): a content whose first
clause credits its subject with an accomplishment (`stance.ACCOMPLISHED`: reached a milestone,
improved its capacity, played a lead role, succeeded in) praises; not under a negation, a modal,
a question word or relative, a condition, nor after a cue of evidence (`results showed`).
Confirm (row 3, admissions): the speaker's own `admitted that`, `acknowledged ... that`, `has
taken responsibility for` opening the content (stance.json `own_acts.confirm`).

Each row is a real passage of the open en-news pool or of breadth text (`origin` names it); one
row is a case the rule must not fire on. A prediction matches the expected attribution when its
content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import pytest
from golden_support import golden_cases, label_row_problems, rows_from_held_out

from sayso.lang.en import stance

CASES = golden_cases("en_urge29")


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_urge29_row(row: dict) -> None:
    assert label_row_problems(row, "en") == []


def test_rows_come_from_open_or_breadth_text() -> None:
    """The open pool or broad unlabeled text only, never a held-out part (COMMON.md)."""
    assert rows_from_held_out(CASES) == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # credited accomplishments (open pool enR-newspravda-1, en-albawaba-1; PolNeAR train)
        (
            "the company's enterprises have been successfully developing for 27 years in Romania",
            "praise",
        ),
        ('The administration has "corrected an historic injustice', "praise"),
        ("she and Obama had made progress in the face of GOP opposition", "praise"),
        # a topic, a relative clause, someone else's resolve, a negation: no credit (PolNeAR train)
        ("what Obama accomplished in office", "assert"),
        (
            "the many countries where such a tax has already been successfully implemented",
            "assert",
        ),
        ("the court's decision strengthened his resolve to fight for more fairness", "assert"),
        ("Defra has not improved its capacity to deal with outbreaks", "assert"),
        # an accomplishment measured as small (PolNeAR dev, the row of tests/test_golden_en.py)
        ('The summit accomplished "too little', "assert"),
        # an admission (PolNeAR train wash-post 2016-08-06); awareness admits nothing (BBC
        # entertainment/289)
        (
            "I have acknowledged repeatedly that using two email accounts was a mistake",
            "confirm",
        ),
        ("We are aware of the importance of cultural exchange", "assert"),
    ],
)
def test_refine_reads_the_class(content: str, expected: str) -> None:
    assert stance.refine("assert", ["said"], content) == expected


def test_evidence_cue_credits_nobody() -> None:
    """PolNeAR train wash-post 2016-04-17: `early results ... showed that Cruz had succeeded`."""
    content = "Cruz had succeeded in picking up delegates in corners of the state"
    assert stance.refine("assert", ["showed"], content) == "assert"
    assert stance.refine("assert", ["said"], content) == "praise"
