"""Golden English dispute rows of encert23 (tests/golden/en_cert23.json) and the tests behind them
(`disputes.claims_denied_next`, `disputes.answers_someone_else`).

Each row is a real passage of BBC News 2004-05 (non-politics) or PolNeAR train (`origin` names
it) with the certainty ANNOTATION.md gives it (`disputed` "when the text reports it being denied
or contradicted"): a named party's plain claim answered at once, by the very next attribution,
by another party's verb of denying that takes up its matter (two shared content stems) is
disputed; a denial that shares a name only answers something else; a claim inside what another
party casts doubt on is disputed (`cast doubt` in certainty.json `denial_verbs`). A prediction matches the
expected attribution when its content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import certainty_row_problem

from sayso.lang.en import disputes
from sayso.model import Attribution, EntitySpan, Span

TABLE = Path(__file__).parent / "golden" / "en_cert23.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_claims_denied_next_row(row: dict) -> None:
    assert certainty_row_problem(row, "en") is None


def test_rows_come_from_breadth_text() -> None:
    """Broad unlabeled text only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("BBC News 2004-05 business/", "BBC News 2004-05 entertainment/",
                                         "BBC News 2004-05 sport/", "BBC News 2004-05 tech/", "PolNeAR train")), row["id"]


def _pair(text: str, claim: str, denial: str) -> tuple[Attribution, Attribution]:
    """The claim `claim` (its source the text's first words up to `told`/`said`) and the denial
    `denial` (its source the words before `rebutted`/`denied`) of `text`."""
    c0 = text.index(claim)
    d0 = text.index(denial)
    cue_at = text.rindex(" ", 0, c0 - 1) + 1
    claim_row = Attribution(id="a1", source=EntitySpan.at(text, 0, cue_at - 1), stance="assert",
                            cue=[Span(text=text[cue_at:c0 - 1], start=cue_at, end=c0 - 1)],
                            content=[Span(text=claim, start=c0, end=c0 + len(claim))])
    verb_at = text.rindex(" ", 0, d0 - 1) + 1
    src_start = text.rindex(". ", 0, verb_at) + 2
    denial_row = Attribution(id="d1", source=EntitySpan.at(text, src_start, verb_at - 1), stance="deny",
                             cue=[Span(text=text[verb_at:d0 - 1], start=verb_at, end=d0 - 1)],
                             content=[Span(text=denial, start=d0, end=d0 + len(denial))])
    return claim_row, denial_row


# A passage in the shape of the timeslive report (open en-news part O): a claim and the accused
# party's verb of denying in the next sentence, sharing `summon`, `SABC`, `Presidency`.
SUMMONED = ("The opposition said the summoning of SABC staff by the Presidency was irregular. "
            "The Presidency denied it had summoned the SABC staffers.")


def test_claim_sharing_its_matter_with_the_next_denial_is_disputed() -> None:
    claim, denial = _pair(SUMMONED, "the summoning of SABC staff by the Presidency was irregular",
                          "it had summoned the SABC staffers")
    assert (claim.source.text, denial.source.text, denial.cue[0].text) == ("The opposition", "The Presidency", "denied")
    disputes.claims_denied_next([claim, denial], SUMMONED)
    assert claim.certainty == "disputed" and denial.target == "a1"


def test_claim_sharing_one_stem_stays_asserted() -> None:
    """One shared stem: a denial after a named party's account answers many other things
    (PolNeAR train huff-post 2016-01-19: `Snyder ... has denied that Clinton ... had anything to
    do with his decision` after the campaign's account of Clinton's response)."""
    text = "The opposition said the staff had met the Presidency. The Presidency denied it was irregular."
    claim, denial = _pair(text, "the staff had met the Presidency", "it was irregular")
    disputes.claims_denied_next([claim, denial], text)
    assert claim.certainty == "asserted"


def test_denial_naming_another_party_answers_that_party() -> None:
    """`Columbia defends Exxon articles. The university rebutted Exxon's accusation that articles
    about the company ... were misleading` (PolNeAR train nyt 2015-12-03): the denial names whose
    accusation it answers, Exxon's, not the headline's claim."""
    text = ("Columbia said the Exxon articles were accurate. The university rebutted Exxon's accusation "
            "that articles about the company were misleading and inaccurate.")
    claim, denial = _pair(text, "the Exxon articles were accurate",
                          "Exxon's accusation that articles about the company were misleading and inaccurate")
    assert disputes.answers_someone_else(claim, denial)
    disputes.claims_denied_next([claim, denial], text)
    assert claim.certainty == "asserted"


@pytest.mark.parametrize(("content", "owner"), [
    ("Exxon's accusation that articles about the company were misleading", "Exxon"),       # PolNeAR train
    ("criticism from Republican presidential candidate Donald Trump that shutting down", "Republican"),
    ("he had summoned the SABC staffers", None),
])
def test_owned_speech(content: str, owner: str | None) -> None:
    m = disputes.OWNED_SPEECH.match(content)
    assert (m.group("owner") or m.group("agent") if m else None) == owner


@pytest.mark.parametrize(("cue", "expected"), [
    ("had cast doubt on", True),     # BBC sport/037: `The American had cast doubt on Campbell's claims ...`
    ("casting doubt on", True),
    ("doubted", False),              # one word that is no verb of denying in the list
])
def test_casting_doubt_is_a_verb_of_denying(cue: str, expected: bool) -> None:
    d = Attribution(id="d1", source=None, stance="deny", cue=[Span(text=cue, start=0, end=len(cue))],
                    content=[Span(text="the claims", start=len(cue) + 1, end=len(cue) + 11)])
    assert disputes.denial_cued(d) is expected
