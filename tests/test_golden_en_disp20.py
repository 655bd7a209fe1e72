"""Golden English dispute rows of endisp20 (tests/golden/en_disp20.json) and the small pieces
behind them (`stance.subject_names`, `stance.SPOKEN_ABOUT`).

Each row is a real passage of BBC News 2004-05 (non-politics), PolNeAR train or an open en-news
tune article (`origin` names it) with the certainty ANNOTATION.md gives it (`disputed` "when the
text reports it being denied or contradicted"): a denial disputes the claims of a party it names
just before it only when that party is its subject; a denial naming the party's speech (`Trump's
comments`) answers the nearest claim, not every claim of the party; a denial of a report ahead of
it answers the first report sharing its words; a claim the narrator calls untrue on its cue or
source (`falsely suggesting`, `the fake press release claimed`) is disputed with no denial
(`disputes.said_falsely`); a `claimed` statement is contested only by a denial within about ten
sentences (`certainty.CLAIM_DENIAL_REACH`). A prediction matches the expected attribution when
its content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import certainty_row_problem

from sayso.lang.en import stance

TABLE = Path(__file__).parent / "golden" / "en_disp20.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_dispute_row(row: dict) -> None:
    assert certainty_row_problem(row, "en") is None


def test_rows_come_from_open_or_breadth_text() -> None:
    """Broad unlabeled text or open tune articles only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("BBC News 2004-05 business/", "BBC News 2004-05 sport/",
                                         "PolNeAR train", "en-news part F tune", "en-news part G tune",
                                         "en-news part M tune")), row["id"]


@pytest.mark.parametrize(("content", "expected"), [
    ("Taliban involvement in the latest incident", {"Taliban"}),                # en-aljazeera-1
    ("President Trump did not use the words", {"President", "Trump"}),          # enH-trtworld-1
    ("Victor Conte's allegations are not true", {"Victor", "Conte"}),          # BBC sport/036
    ("a higher offer from Qwest", set()),                                      # BBC business/188
    ("back to Mr O’Callaghan last week that the allegations were false", set()),  # enM-britpanorama-1
])
def test_subject_names(content: str, expected: set[str]) -> None:
    assert stance.subject_names(content) == expected


@pytest.mark.parametrize(("before", "expected"), [
    ("dismissed criticism of Mr. ", True),   # PolNeAR train nyt 2016-08-01: the comments are criticised, not denied
    ("complaints about ", False),            # `complaints` is no speech noun of SPEECH_NOUNS
    ("pushed back against Mr. ", False),     # PolNeAR train nyt 2016-04-08: `Mr. Sanders's attack` is denied
    ("made a third attempt to deflect Mr. ", False),  # PolNeAR train nyt 2016-08-01: `Mr. Khan's criticism`
])
def test_spoken_about(before: str, expected: bool) -> None:
    assert (stance.SPOKEN_ABOUT.search(before) is not None) is expected
