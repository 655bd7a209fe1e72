"""Golden English dispute rows of endisp16 (tests/golden/en_disp16.json) and the small
functions behind them (`sayso/lang/en/disputes.py`, `certainty.rejects_proposal`).

Each row is a real passage of an open en-news article (`origin` names it) with the certainty
its gold gives: a denial that takes up `such a report` / `that allegation` by its noun, a
denial of `such reports` before the report it denies, a denied claim a hedge word had made
`unconfirmed`, a vote turning down an amendment (no dispute), unnamed reports (`anonymous`,
no source) nested in a disputed claim, and a newspaper named by its title as the source (`reported`) (a guard: row 07 broke when
sourceless reports became `reported` before `certainty.resting_on_disputed` took them in). A prediction matches the
expected attribution when its content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import certainty_row_problem

from sayso.lang.en import certainty, disputes
from sayso.lang.en.tokens import tokenize
from sayso.model import Attribution, Span

TABLE = Path(__file__).parent / "golden" / "en_disp16.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_dispute_row(row: dict) -> None:
    assert certainty_row_problem(row, "en") is None


def test_rows_come_from_open_articles() -> None:
    """Open tune parts or the opened test half A only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("en-news/tune", "en-news/test half A/")), row["id"]


def _claim(content: str, cue: str = "said") -> Attribution:
    return Attribution(id="a1", source=None, cue=[Span(0, len(cue), cue)],
                       content=[Span(10, 10 + len(content), content)])


@pytest.mark.parametrize(("content", "expected"), [
    ("such a report had never surfaced", ("report", set())),             # enF-inn-1
    ("that allegation was “total rubbish”", ("allegation", set())),      # enG-neweuropean-1
    ("the New York Times story was wrong", ("story", {"New", "York", "Times"})),  # enG-npr-1
    ("the reports", ("reports", set())),
    ("the report was inaccurate", ("report", set())),
    ("reports that Gordon Brown is preparing to oust Alan Milburn", None),  # states its claim (BBC 2005)
    ("he was afraid of looking soft", None),
])
def test_taken_up(content: str, expected: tuple[str, set[str]] | None) -> None:
    assert disputes.taken_up(_claim(content)) == expected


@pytest.mark.parametrize(("cue", "expected"), [
    ("reports", True),      # `following reports Boris Johnson's former aide ...` (enE-pa-1)
    ("rumours", True),
    ("to report", False),   # `to report objectionable material` (PolNeAR train, nyt 2016-02-08)
    ("said", False),
    ("claimed", False),
])
def test_report_cued(cue: str, expected: bool) -> None:
    assert disputes.report_cued(_claim("X", cue)) is expected


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("After Deonarine's amendment was rejected, the Senate considered", "rejected", True),  # enC-newsdaytt-1
    ("the Senate rejected separate amendments proposed to the motion", "rejected", True),
    ("The judge dismissed the appeal on Monday", "dismissed", True),
    ("The company rejected the claims as baseless", "rejected", False),
    ("He dismissed the report as nonsense", "dismissed", False),
    ("Mr Howard denied the bill was flawed", "denied", False),  # not a rejection verb
])
def test_rejects_proposal(sentence: str, word: str, expected: bool) -> None:
    lower = [t.text.lower() for t in tokenize(sentence)]
    assert certainty.rejects_proposal(lower, lower.index(word)) is expected


@pytest.mark.parametrize(("source", "expected"), [
    ("the Spokesman-Review", True),       # enC-timesofisrael-1
    ("the Des Moines Register", True),
    ("The Baltimore Sun", True),
    ("the Labour Leader", False),         # `leader` is left out: a party's leader
    ("the spokesman", False),             # not a name
    ("Sun Microsystems", False),          # no `the`, the head is not a paper's
])
def test_paper_named(source: str, expected: bool) -> None:
    assert disputes.paper_named(source) is expected
