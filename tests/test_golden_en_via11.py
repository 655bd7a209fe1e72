"""Golden English channel (`via`) rows from the open round-11 material (tests/golden/en_via11.json).

Each row is a real passage (one paragraph, or the few lines a quotation runs over) of an en-news
tune article or of the round-11 opened test half A (`origin` names the article; never half B,
part E test or part F), with the attribution's expected fields copied from that article's gold
(shared/eval/ANNOTATION.md "Channels"). One row per construction fixed in envia11 (issue #11
item 1): a hearing body (`the court was told`), a named event, a site named by its address, a
chamber addressed, a closing `according to` credit, a citing chain, an outlet holding a
document, coordinated verbs sharing a fronted channel, a platform posted on, a medium in the
source phrase, a new audience word, an outlet told before an honorific, and a report referred
to (a topic, no channel).

A prediction matches the expected attribution when its content overlaps by Dice >= 0.8; then
its `via` must equal the gold's (always), and so must every field the row lists in `checked`
(source text, cue, kind, stance, certainty, speaker by the scorer's alias rule). The fields a
row leaves unchecked are ones its passage alone does not settle or other issues own (a speaker
named paragraphs earlier, the cue `was told` read as `told`, a disputed certainty), kept for
the reader.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import checked_row_problems

TABLE = Path(__file__).parent / "golden" / "en_via11.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]



@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_via11_row(row: dict) -> None:
    assert checked_row_problems(row, "en") == []


def test_rows_come_from_open_articles() -> None:
    root = Path(__file__).parents[1] / "evaldata" / "en-news"
    assert CASES, "the table is empty"
    for row in CASES:
        corpus, folder, article = row["origin"].split(" ")[0].split("/")
        assert corpus == "en-news" and folder in ("tune", "test"), row["origin"]
        assert folder == "tune" or row["origin"].endswith("(round-11 half A)"), row["origin"]
        assert not article.startswith("enF-") and (folder == "tune" or not article.startswith("enE-"))
        text = (root / folder / f"{article}.txt").read_text("utf-8")
        assert row["text"] in text, f"{row['id']}: text is not verbatim from {article}"
        assert set(row["checked"]) <= {"source", "cue", "kind", "stance", "certainty", "speaker"}
