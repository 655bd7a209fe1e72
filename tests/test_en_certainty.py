"""English certainty words and denial scope (`sayso/lang/en/certainty.py`) on real news phrases.

Whole sentences are golden rows in tests/golden/en.json; these check each rule alone.
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.lang.en import certainty
from sayso.lang.en.tokens import tokenize
from sayso.model import Document


@pytest.mark.parametrize(("source", "withheld"), [
    ("One academic", True),                         # The Guardian: One academic told the authors
    ("One Washington-based trade expert", True),
    ("an unnamed GOP official", True),              # a participle before the head modifies it
    ("a second person briefed on last weekend's trade phone call", True),
    ("Obama's former campaign strategist", False),  # a description of someone named
    ("analysts", False),                            # a population, not a withheld person
    ("Foreign policy analysts", False),
    ("a lawyer for the woman involved in the case", False),
])
def test_withheld(source: str, withheld: bool) -> None:
    assert certainty.withheld(source) is withheld


@pytest.mark.parametrize(("source", "report"), [
    ("evidence presented at trial", True),  # CBS News: the participle ends the head
    ("a Washington Post database tracking such deaths", True),
    ("the leaked report", True),
    ("Ivana Trump's brief", False),
])
def test_report_sources(source: str, report: bool) -> None:
    assert certainty.is_report(source) is report


def _lower(text: str) -> list[str]:
    return [t.text.lower() for t in tokenize(text)]


def test_concessive_contradiction() -> None:
    lower = _lower("who oppose his presidency, though there is no indication she has shown any.")
    end = lower.index(",")
    assert certainty.contradicted_after(lower, end + 1, len(lower))
    lower = _lower("who oppose his presidency, though she has shown none of it.")
    assert not certainty.contradicted_after(lower, lower.index(",") + 1, len(lower))


def test_denial_scope() -> None:
    # `said A and dismissed B`: the speaker's own second predicate
    lower = _lower("said that was not her view and dismissed those reports")
    assert certainty.coordinated_predicate(lower, 6, lower.index("dismissed"))
    # `..., calling them baseless`: a participle clause of the same subject
    lower = _lower("denied the allegations, calling them baseless")
    assert certainty.participle_clause(lower, 3, lower.index("baseless"))
    # `..., which Moscow denies`: a relative hands the claim to another speaker
    lower = _lower("Kyiv says they supply the Russian military, which Moscow denies.")
    content = [(3, len(lower) - 1)]
    assert certainty.relative_denial(lower, content, lower.index("denies"))
    assert not certainty.relative_denial(_lower("they denied it"), [(0, 3)], 1)


def _certainties(text: str) -> dict[str, str]:
    analysis = pipeline.run(Document(text=text, language="en"))
    return {a.source.text: a.certainty for a in analysis.attributions if a.source}


def test_contrast_after_but_disputes_only_another_named_party() -> None:
    # AP: a claim answered after `, but` by another named party is disputed
    got = _certainties("Trump has recently tried to suggest that he barely knows his hand-picked "
                       "ambassador, but Sondland has said he has spoken several times with the "
                       "president.")
    assert got["Trump"] == "disputed" and got["Sondland"] == "asserted"
    # a pronoun may take up the first speaker: no dispute
    got = _certainties("Putney later told CNN that the video was not from an angle that would show "
                       "a gun, but he said witnesses saw a gun.")
    assert got["Putney"] == "asserted"
