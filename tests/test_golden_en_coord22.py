"""Golden source rows of round 22 (tests/golden/en_coord22.json; issue #11 item 5).

A verb of saying after `and` shares the subject of the verb before it
(`shared_subject.shared_subject`); the rows and sentences here are the openings the clause
reader used to miss: a fronted prepositional phrase with no comma (`rules.fronted_phrase_end`)
and a conjunction opening the sentence (`rules.clause_subject`). The sentence tests hold the
traps the breadth check (BBC 2004-05 non-politics, PolNeAR train) was read for.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import source_row_problems

import sayso

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "evaldata" / "en-news"
TABLE = Path(__file__).parent / "golden" / "en_coord22.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_coord22_row(row: dict) -> None:
    assert source_row_problems(row, NEWS) == []


def test_rows_name_an_open_article() -> None:
    for row in CASES:
        assert row["id"].startswith("encoord22-")
        assert row["article"].startswith("tune/"), row["id"]


def _source(text: str, cue: str) -> str | None:
    """The source text of the first attribution whose cue opens with the word `cue`."""
    analysis = sayso.analyze(text, language="en")
    hits = [a for a in analysis.attributions if a.cue and a.cue[0].text.split()[0] == cue]
    assert hits, f"no attribution with cue {cue!r}"
    return hits[0].source.text if hits[0].source else None


def test_conjunction_opening_the_sentence_is_passed_over() -> None:
    # BBC sport 2004 (breadth, sport/189): `But` takes no comma; the subject follows it
    text = "But the player is determined to return to Scotland and rejected a move to Goodison Park."
    assert _source(text, "rejected") == "the player"


def test_conjunction_then_a_name_and_a_dated_second_verb() -> None:
    # BBC sport 2004 (breadth, sport/047)
    text = ("But Kenteris has continually protested his innocence - and on Sunday blamed Greek Olympic "
            "Committee officials and his former coach Christos Tzekos for failing to inform him of the test.")
    assert _source(text, "blamed") == "Kenteris"


def test_conjunction_before_a_wh_clause_gives_no_subject() -> None:
    # PolNeAR train (Washington Post, 2016-03-30): `which get answered` is a clause, not a source
    analysis = sayso.analyze("But which get answered says something about the candidates' priorities, "
                             "efforts to stimulate potential supporters and how serious they are about "
                             "reaching beyond their base to other segments of the electorate.", language="en")
    assert all(a.source is None or a.source.text != "which" for a in analysis.attributions)


def test_fronted_phrase_ending_in_a_preposition_gives_no_subject() -> None:
    # BBC tech 2004 (breadth, tech/002): `following the blaze` belongs to the fronted phrase; the
    # bare `authorities` has no article to find, so no wrong `the blaze authorities`
    text = ("During the crackdown following the blaze authorities moved to clean up net cafes and "
            "demanded that all of them get permits to operate.")
    analysis = sayso.analyze(text, language="en")
    assert all(a.source is None or a.source.text != "the blaze authorities" for a in analysis.attributions)
