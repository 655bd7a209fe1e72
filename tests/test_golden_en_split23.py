"""Golden English sentence boundaries at abbreviations and initials (tests/golden/en_split23.json).

A wrong sentence boundary breaks everything after it (the source search, the content span,
certainty read "in the sentence and the next"), so the boundaries after abbreviations are a
table of real cases in the manner of pySBD's golden rules. Each row is a passage of PolNeAR
train, BBC News 2004-05 (non-politics) or an open en-news article (`origin`) with the sentences
`split_sentences` must give: an abbreviation that may end a sentence (`U.S.`, `Calif.`,
`Warner Bros.`, `etc.`; abbreviations.json `may_end_sentence`) ends it before a sentence starter
(`sentence_starters`) in running text; `No.` is an abbreviation only before a number; a capital
letter that ends a word the tokenizer cut (`M&S.`, `3G.`) is no initial.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sayso.lang.en.tokens import split_sentences

TABLE = Path(__file__).parent / "golden" / "en_split23.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_sentence_boundaries(row: dict) -> None:
    text = row["text"]
    assert [text[s.start:s.end] for s in split_sentences(text)] == row["sentences"]


def test_rows_come_from_open_or_breadth_text() -> None:
    """Broad unlabeled text or open articles only, never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("PolNeAR train ", "BBC News 2004-05 business/",
                                         "BBC News 2004-05 tech/", "BBC News 2004-05 entertainment/",
                                         "BBC News 2004-05 sport/", "open en-news en")), row["id"]
        assert not row["origin"].startswith("BBC News 2004-05 politics/"), row["id"]


@pytest.mark.parametrize(("text", "sentences"), [
    # Made-up variations on the rows: the guard words, one at a time.
    ("He lives in the U.S. He said so.", ["He lives in the U.S.", "He said so."]),
    ("He lives in the U.S. Senate building.", ["He lives in the U.S. Senate building."]),
    ("He met Sen. He Jiankui's lawyer.", ["He met Sen. He Jiankui's lawyer."]),       # a title never ends one
    ("The No. 2 Republican said so.", ["The No. 2 Republican said so."]),
    ("He said no. She agreed.", ["He said no.", "She agreed."]),
    ("He met George W. Bush there.", ["He met George W. Bush there."]),
])
def test_boundary_guards(text: str, sentences: list[str]) -> None:
    assert [text[s.start:s.end] for s in split_sentences(text)] == sentences
