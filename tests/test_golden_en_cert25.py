"""Golden English certainty rows of encert25 (tests/golden/en_cert25.json) and the tests behind
them (`agentless.reporting_passive`, `certainty.unnamed_press`).

Each row is a real passage of BBC News 2004-05 (non-politics) or PolNeAR train (`origin` names
it) with the certainty the conventions give it: an agentless passive of saying (`are said to`,
`was reported to have`, `it has been reported`) and the press as a class that names no outlet
(`according to reports`, `Press reports`, `various newspapers`) rest on
unnamed sources, `anonymous` (ANNOTATION.md; evaldata/en-news/README-k.md D2, README-q.md); a
named outlet stays `reported`; the writer's own `could be said to` is no unnamed sayer. A
prediction matches the expected attribution when its content overlaps by Dice >= 0.8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import certainty_row_problem

from sayso.lang.en import agentless, certainty

TABLE = Path(__file__).parent / "golden" / "en_cert25.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_unnamed_sayers_row(row: dict) -> None:
    assert certainty_row_problem(row, "en") is None


def test_rows_come_from_breadth_text() -> None:
    """Broad unlabeled text only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("BBC News 2004-05 business/", "BBC News 2004-05 entertainment/",
                                         "BBC News 2004-05 sport/", "BBC News 2004-05 tech/", "PolNeAR train")), row["id"]


def _frame(sentence: str, cue: str) -> tuple[int, int] | None:
    lower = sentence.lower().split()
    k = lower.index(cue)
    return agentless.reporting_passive(lower, [(k, k + 1)])


@pytest.mark.parametrize(("sentence", "cue", "expected"), [
    ("Chelsea were reported to have made inquiries", "reported", (1, 4)),        # BBC sport/168
    ("It has been reported that Tautou will play", "reported", (0, 4)),          # BBC entertainment/068
    ("Brando is said to have repeatedly turned down", "said", (1, 4)),           # BBC entertainment/056
    ("The firm is also said to be angry", "said", (2, 6)),                       # BBC business (LSE)
    ("The drawback could be said to be its format", "said", None),               # BBC tech/288: a modal
    ("A third case was reported by the ministry", "reported", None),             # the agent named
    ("A third case of plague was reported", "reported", None),                   # an event, no raising `to`
])
def test_reporting_passive(sentence: str, cue: str, expected: tuple[int, int] | None) -> None:
    assert _frame(sentence, cue) == expected


@pytest.mark.parametrize(("surface", "expected"), [
    ("reports", True),
    ("Press reports", True),
    ("local press reports", True),          # README-q.md, enQ-bbc-2
    ("various newspapers", True),           # README-q.md, enQ-bbc-3
    ("the local press", True),
    ("reports coming from the country", True),
    ("the report", False),                  # one document: `reported`
    ("a report", False),
    ("newspapers including El Watan", False),   # a named outlet
    ("Russian media", False),               # a nation's media (part K `Kenyan media`)
    ("the reports", False),                 # reports the text has named
    ("court papers", False),
])
def test_unnamed_press(surface: str, expected: bool) -> None:
    assert certainty.unnamed_press(surface) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The attackers were reportedly threatening to release the data", True),   # enN-1news-1 (open part N)
    ("The defendants allegedly operated the network", False),                  # a charge: stays a hedge
])
def test_reporting_adverb(sentence: str, expected: bool) -> None:
    lower = sentence.lower().split()
    k = lower.index("reportedly") if "reportedly" in lower else lower.index("allegedly")
    assert (agentless.reporting_adverb([(k, k + 1)], lower) is not None) is expected
