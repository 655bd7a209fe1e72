"""Golden English dispute rows of encert22 (tests/golden/en_cert22.json) and the test behind them
(`disputes.denies_claim`).

Each row is a real passage of BBC News 2004-05 (non-politics) or PolNeAR train (`origin` names
it) with the certainty ANNOTATION.md gives it (`disputed` "when the text reports it being denied
or contradicted"): a claim that rests on a report, an unnamed source or a hedge, answered in its
own sentence or the next by another party's verb of denying, is disputed whatever words the two
share (`disputes.reports_denied_next`); a proposal turned down (`rejected a takeover proposal`,
`rejected a push`) or a denial of wrongdoing after a neutral report disputes nothing. A
prediction matches the expected attribution when its content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import certainty_row_problem

from sayso.lang.en import disputes
from sayso.model import Attribution, EntitySpan, Span

TABLE = Path(__file__).parent / "golden" / "en_cert22.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_reports_denied_next_row(row: dict) -> None:
    assert certainty_row_problem(row, "en") is None


def test_rows_come_from_breadth_text() -> None:
    """Broad unlabeled text only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("BBC News 2004-05 business/", "BBC News 2004-05 entertainment/",
                                         "BBC News 2004-05 sport/", "PolNeAR train")), row["id"]


def _denial(cue: str, content: str) -> Attribution:
    return Attribution(id="d1", source=None, stance="deny", cue=[Span(text=cue, start=0, end=len(cue))],
                       content=[Span(text=content, start=len(cue) + 1, end=len(cue) + 1 + len(content))])


@pytest.mark.parametrize(("cue", "content", "expected"), [
    ("denies", "having done so", True),                                  # BBC sport/298
    ("denied", "that the pair were involved in the chase", True),         # BBC entertainment/327
    ("has denied", "the deal had been signed", True),                    # `deal` only turns a `rejected` down
    ("rejected", "a takeover proposal from German rival Deutsche Boerse", False),   # BBC business/316
    ("also rejected", "a push by Barbara Hendricks", False),             # PolNeAR train
    ("ruled out", "making a bid this morning", False),                   # PolNeAR train: one's own step
    ("told", "Chelsea have had no dealings whatsoever", False),          # no verb of denying
])
def test_denies_claim(cue: str, content: str, expected: bool) -> None:
    assert disputes.denies_claim(_denial(cue, content)) is expected


@pytest.mark.parametrize(("certainty", "expected"), [
    ("reported", "disputed"),   # a report answered at once
    ("anonymous", "disputed"),  # an unnamed source answered at once
    ("asserted", "asserted"),   # a named party's plain statement: left to the passes that need shared words
])
def test_only_claims_resting_on_others_word_are_answered(certainty: str, expected: str) -> None:
    """A named party's own plain statement (`asserted`) just before a denial is not taken as
    answered by it: a denial after a named party's account answers many other things (round 22:
    reading asserted claims as answered by a denial of another party within two sentences made
    15 open-set changes, most of them wrong, the denier's colleagues among them)."""
    text = "The minister said the plant would close. The union denied it had agreed to the cuts."
    claim = Attribution(id="a1", source=EntitySpan.at(text, 0, 12), certainty=certainty, stance="assert",
                        cue=[Span(text="said", start=13, end=17)],
                        content=[Span(text="the plant would close", start=18, end=39)])
    denial = Attribution(id="d1", source=EntitySpan.at(text, 41, 50), stance="deny",
                         cue=[Span(text="denied", start=51, end=57)],
                         content=[Span(text="it had agreed to the cuts", start=58, end=83)])
    assert (claim.source.text, denial.source.text, text[58:83]) == \
        ("The minister", "The union", "it had agreed to the cuts")
    disputes.reports_denied_next([claim, denial], text)
    assert claim.certainty == expected
