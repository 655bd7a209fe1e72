"""Golden English dispute rows of endisp19 (tests/golden/en_disp19.json) and the small
functions behind them (`disputes.denial_cued`, `disputes.DEMONSTRATIVE_SUBJECT`).

Each row is a real passage of BBC News 2004-05 (non-politics) or PolNeAR train (`origin` names
it) with the certainty ANNOTATION.md gives it: a claim inside what a verb of denying denies, and
a denial taking up the claim just before it by `this` / `that` as its subject, are `disputed`;
the denial's own row stays `asserted`. A prediction matches the expected attribution when its
content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import certainty_row_problem

from sayso.lang.en import disputes
from sayso.model import Attribution, EntitySpan, Span

TABLE = Path(__file__).parent / "golden" / "en_disp19.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_dispute_row(row: dict) -> None:
    assert certainty_row_problem(row, "en") is None


def test_rows_come_from_breadth_text() -> None:
    """Broad unlabeled text only (BBC non-politics, PolNeAR train), never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("BBC News 2004-05 tech/", "BBC News 2004-05 business/",
                                         "BBC News 2004-05 sport/", "BBC News 2004-05 entertainment/",
                                         "PolNeAR train")), row["id"]


def _denial(cue: str, content: str, stance: str = "deny") -> Attribution:
    return Attribution(id="d1", source=EntitySpan(0, 3, "The", None), cue=[Span(4, 4 + len(cue), cue)],
                       content=[Span(20, 20 + len(content), content)], stance=stance)


@pytest.mark.parametrize(("cue", "stance", "expected"), [
    ("denied", "deny", True),             # `the company denied that this was its fault` (BBC tech/214)
    ("has denied", "deny", True),         # `Mr. Lewandowski ... has denied that that was the case`
    ("strongly disputing", "deny", True),  # PolNeAR train, nyt 2015-12-03
    ("has ruled out", "deny", True),      # `The Afghan government has ruled out Taliban involvement` (en-aljazeera-1)
    ("ruled", "deny", False),             # `the court ruled that ...`: no particle, no denial
    ("said", "deny", False),              # `said the report was false`: the denier's own account
    ("denied", "assert", False),          # not read as a denial
])
def test_denial_cued(cue: str, stance: str, expected: bool) -> None:
    assert disputes.denial_cued(_denial(cue, "this was its fault", stance)) is expected


@pytest.mark.parametrize(("content", "expected"), [
    ("this was its fault", True),
    ("that that was the case", True),
    ("that this had happened", True),
    ("it had settled on an arrangement with the music label", False),  # `it`: the denier itself (en-news C tune)
    ("the allegations", False),           # a noun taken up: stance.link_denials and answer_taken_up_claims
    ("this season's figures were wrong", False),
])
def test_demonstrative_subject(content: str, expected: bool) -> None:
    assert (disputes.DEMONSTRATIVE_SUBJECT.match(content) is not None) is expected
