"""Golden English rows of enstance29 (tests/golden/en_stance29.json) and the tests behind them.

Accuse (STANCE.md row 8, "lays wrongdoing, blame or bad faith at a party's door"): a wrong a party
tried or plotted to do, armed aggression done by a party, a self-serving aim or an effort to a
wrong laid at a party (stance.json `wrongdoing.attempts`/`attempted_acts`, the round-29 `acts`,
`faults.aims`). Deny (row 2, a negation set against a claim stated in the article): a negated
subject or a fronted time frame before the negation, a sentence that calls the claim false or
reports it rejected, a demonstrative after the negation taking the claim up
(`stance.deny_negated_reports`).

Each row is a real passage of the open en-news pool or of breadth text (`origin` names it); one
row is a case the rule must not fire on. A prediction matches the expected attribution when its
content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import pytest
from golden_support import golden_cases, label_row_problems, rows_from_held_out

from sayso.lang.en import stance

CASES = golden_cases("en_stance29")


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_stance29_row(row: dict) -> None:
    assert label_row_problems(row, "en") == []


def test_rows_come_from_open_or_breadth_text() -> None:
    """The open pool or broad unlabeled text only, never a held-out part (COMMON.md)."""
    assert rows_from_held_out(CASES) == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a wrong attempted or done by a party (open pool enQ-laprensalatina-1, PolNeAR train)
        (
            "mercenaries traveling from the neighboring country had tried to invade Venezuela by sea",
            "accuse",
        ),
        (
            "Pakistani fighters bombed targets in Salala neighborhood in the vicinity of Gushta district",
            "accuse",
        ),
        (
            "Huggins’ comments were part of a broader attempt to remain politically relevant",
            "accuse",
        ),
        ("Hillary Clinton was intrinsically part of the effort to discredit these women", "accuse"),
        # the attempt negated denies it, as `did not break any rules` does
        ("he never tried to invade anyone's territory", "deny"),
        # no charge: sport, a fight, the speaker's own side (BBC sport 2004-05, PolNeAR train)
        ("Holmes stormed to double Olympic gold", "assert"),
        ("He's trying to kill them", "assert"),
        ("we are trying to stay relevant in a changing market", "assert"),
    ],
)
def test_refine_reads_the_class(content: str, expected: str) -> None:
    assert stance.refine("assert", ["said"], content) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "he did not author that post and will not interfere",
            {"post"},
        ),  # open pool enP-africanews-1
        ("you can't say that about a woman", set()),  # PolNeAR train: a function word
        ("and with that Trump broke off", set()),  # no negation before it
    ],
)
def test_demonstrative_nouns(clause: str, expected: set[str]) -> None:
    assert stance.demonstrative_nouns(clause) == expected


def test_rejection_in_text_needs_a_predicate() -> None:
    """`false` as a charge's adjective reports no claim rejected (PolNeAR train politico)."""
    assert (
        stance.REJECTED_IN_TEXT.search(
            "prosecute Secretary Clinton for false statements to Congress"
        )
        is None
    )
    assert (
        stance.REJECTED_IN_TEXT.search("described the viral post as disturbing, completely false")
        is not None
    )
