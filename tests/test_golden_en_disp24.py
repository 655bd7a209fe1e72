"""Golden English certainty rows of endisp24 (tests/golden/en_disp24.json) and the tests behind
them (`extract._certainty` for questions, certainty.json `falsity_adjectives` + `so-called`,
`certainty.speaks_for` in `certainty.contradicted_next`).

Each row is a real passage of open en-news part P tune or BBC News 2004-05 (non-politics;
`origin` names it) with the certainty ANNOTATION.md gives it (`disputed` "when the text reports
it being denied or contradicted"): a question states nothing to deny, so the denial words of its
sentence never make it disputed (open en-news gold: 0 of 19 questions disputed); a report the
narrator calls `so-called` is disputed; a party's office or spokesman answering after `But`
speaks for the party and does not contradict it. A prediction matches the expected attribution
when its content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import certainty_row_problem

from sayso.lang.en import certainty
from sayso.model import Attribution, EntitySpan, Span

TABLE = Path(__file__).parent / "golden" / "en_disp24.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_disp24_row(row: dict) -> None:
    assert certainty_row_problem(row, "en") is None


def test_rows_come_from_open_or_breadth_text() -> None:
    """Open tune articles or broad unlabeled text only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("en-news part P tune", "BBC News 2004-05 business/")), row["id"]


@pytest.mark.parametrize(("speaker", "party", "expected"), [
    ("Pena Nieto’s office", "Mexican President Enrique Pena Nieto", True),    # enP-wtop-1
    ("Trump's lawyer", "Donald Trump", True),                                  # channels.json intermediaries
    ("Mr Blair's spokesman", "Tony Blair", True),
    ("Trump's rival", "Donald Trump", False),                                  # an opponent contradicts
    ("Clinton's campaign", "Donald Trump", False),                             # another party's office
    ("the White House", "Donald Trump", False),                                # no owner named
])
def test_speaks_for(speaker: str, party: str, expected: bool) -> None:
    assert certainty.speaks_for(speaker, party) is expected


def _row(rid: str, text: str, source: str, cue: str, content: str, stance: str) -> Attribution:
    s, c, k = text.index(source), text.index(cue), text.index(content)
    return Attribution(id=rid, source=EntitySpan.at(text, s, s + len(source), f"e-{source}"), stance=stance,
                       cue=[Span(text=cue, start=c, end=c + len(cue))],
                       content=[Span(text=content, start=k, end=k + len(content))])


# enP-wtop-1's lead, cut: the president's admission, then his office's denial after `But`.
LEAD = ("Mexican President Enrique Pena Nieto acknowledged that he met several times with officials of a "
        "construction firm. But Pena Nieto's office denied he met officials of the firm about money.")


def test_office_after_but_does_not_contradict_its_party() -> None:
    claim = _row("a1", LEAD, "Mexican President Enrique Pena Nieto", "acknowledged",
                 "he met several times with officials of a construction firm", "confirm")
    answer = _row("a2", LEAD, "Pena Nieto's office", "denied", "he met officials of the firm about money", "deny")
    certainty.contradicted_next([claim, answer], LEAD)
    assert claim.certainty == "asserted"


def test_other_party_after_but_still_contradicts() -> None:
    """The guard is the owner's name: another party's office after `But` still contradicts."""
    text = LEAD.replace("Pena Nieto's office", "Odebrecht's office")
    claim = _row("a1", text, "Mexican President Enrique Pena Nieto", "acknowledged",
                 "he met several times with officials of a construction firm", "confirm")
    answer = _row("a2", text, "Odebrecht's office", "denied", "he met officials of the firm about money", "deny")
    certainty.contradicted_next([claim, answer], text)
    assert claim.certainty == "disputed"
