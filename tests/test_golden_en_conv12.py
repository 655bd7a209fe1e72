"""Golden English rows of enconv12 (tests/golden/en_conv12.json): ANNOTATION.md read literally.

Each row is a real passage (one paragraph, or two when the second names the channel of the
first) of an open en-news article: a tune article of parts A-F or the round-11 opened test half
A (`origin` names it; never half B, part E test, part F test). The expected fields are copied
from that article's gold; en-express-1's `interview` is the gold edit listed in
benchmarks/data/enconv12/gold-edits.md ("the addressee or medium of speech is a via"). One row
per class fixed in enconv12: an event with its describing words, a document issued, an
outlet's edition, a subject before an unset-off setting or a date adverb, an outlet relaying a
named speaker (`reported`), a follow-up sentence naming the medium, a hearing body, a bare
interview.

A prediction matches the expected attribution when its content overlaps by Dice >= 0.8; its
`via` must equal the gold's, and so must every field the row lists in `checked`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import checked_row_problems

TABLE = Path(__file__).parent / "golden" / "en_conv12.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]



@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_conv12_row(row: dict) -> None:
    assert checked_row_problems(row, "en") == []


def test_rows_come_from_open_articles() -> None:
    root = Path(__file__).parents[1] / "evaldata" / "en-news"
    assert len(CASES) >= 10
    for row in CASES:
        corpus, folder, article = row["origin"].split(" ")[0].split("/")
        assert corpus == "en-news" and folder in ("tune", "test"), row["origin"]
        # tune (parts A-F) or the round-11 half A; part E/F test articles live in test/ and are
        # never half A
        assert folder == "tune" or row["origin"].endswith("(round-11 half A)"), row["origin"]
        assert folder == "tune" or not article.startswith(("enE-", "enF-")), row["origin"]
        text = (root / folder / f"{article}.txt").read_text("utf-8")
        assert row["text"] in text, f"{row['id']}: text is not verbatim from {article}"
        assert set(row["checked"]) <= {"source", "cue", "kind", "stance", "certainty", "speaker"}
