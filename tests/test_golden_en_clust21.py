"""Golden speaker rows of round 21 (tests/golden/en_clust21.json; issue #15, branch clust21).

Each row runs a whole open en-news article and checks that a title re-mention resolves to the
one person the article gave that title. The sentence tests hold the shape and its guard: one
holder of the title is `The President`; two holders leave it alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import speaker_row_problems

import sayso

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "evaldata" / "en-news"
TABLE = Path(__file__).parent / "golden" / "en_clust21.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_clust21_row(row: dict) -> None:
    assert row["sentence"] in (NEWS / f"{row['article']}.txt").read_text("utf-8")
    assert speaker_row_problems(row, NEWS) == []


def _speakers(text: str) -> dict[str, str | None]:
    analysis = sayso.analyze(text, language="en")
    return {a.source.text: analysis.entity(a.source.entity).name if a.source.entity else None
            for a in analysis.attributions if a.source}


def test_title_of_one_holder():
    got = _speakers('Chinese President Xi Jinping spoke with Prime Minister Narendra Modi on Tuesday. '
                    '"The talks were fruitful," Modi said. The President said the two countries should '
                    'deepen trade.')
    assert got["The President"] == "Xi Jinping"


def test_title_of_two_holders_stays_apart():
    got = _speakers('US President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday. '
                    '"We had a good talk," Trump said. "The meeting was useful," Putin said. The President '
                    'also said that talks would continue.')
    assert got["The President"] not in ("Donald Trump", "Vladimir Putin")


def test_a_people_is_no_one_person():
    """`The Chinese` / `The British` are a people, not the person named before."""
    got = _speakers('Chinese President Xi Jinping met the Prime Minister on Tuesday. The Chinese said '
                    'the talks were useful.')
    assert got.get("The Chinese") != "Xi Jinping"


def test_body_named_after_its_description():
    """enC-miamitoday-1 (Miami Today, excerpt): the lead's `The trust` is the body named
    three paragraphs later."""
    got = _speakers("The trust spending more than $100 million on a 20-mile Bus Rapid Transit line in "
                    "South Dade refused last week to hear long-sought answers about how the corridor "
                    "will work, saying meager responses to 28 questions asked last June finally arrived "
                    "too late for thorough review.\n\nThe Citizens’ Independent Transportation Trust, "
                    "which safeguards the half-penny tax for transit, complained in July that the "
                    "transportation department had kept it in the dark about operating plans for the "
                    "South Dade corridor.")
    assert set(got.values()) == {"The Citizens’ Independent Transportation Trust"}


def test_body_named_before_the_description_is_not_joined():
    """`ABN Amro ... following Deutsche Bank ... The bank said` (BBC business 2005, 297): the
    bank is ABN Amro, whose name lacks the noun; a body named before the description is left
    to the coreference rules (join_named_body joins only a name that comes after)."""
    got = _speakers("ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs. ABN Amro is the "
                    "third large European bank to announce cutbacks in the past month following "
                    "Deutsche Bank and Credit Suisse Group. The bank said it was on course for a 10% "
                    "rise in net income this year. Deutsche Bank said earlier this month it would "
                    "reduce its German workforce by 1,920.")
    assert got["The bank"] != got["Deutsche Bank"]
