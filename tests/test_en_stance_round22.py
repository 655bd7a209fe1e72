"""Round 22 (enstance22): denials passed on, by absent evidence, or by a correction of the record.

ANNOTATION.md: "Stance follows the content when the cue is neutral"; the rows cited are those of
`evaldata/en-news/STANCE.md`. Every row is a real sentence of an open en-news article (named in
the comment) or of broad unlabeled text (PolNeAR train, BBC News 2004-05 business/entertainment/
sport/tech; `benchmarks/en_stance_breadth.py`); each class has the over-reach it must not make.
Counts: `benchmarks/data/enstance22/README.md`.
"""

from __future__ import annotations

import pytest

from sayso.lang.en.stance import refine


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 2: a named party's denial passed on as the content's main clause
    ("reported", "The National Emergency Crisis and Disaster Management Authority, NCEMA, has denied all "
                 "allegations and rumours spread via social networking sites surrounding the spraying of "
                 "pesticides in UAE skies", "deny"),                                 # enN-gulfnews-1
    # not: a court's ruling (row 11)
    ("said", "the court dismissed the charges", "assert"),
    # row 2: evidence of the event said to be absent (word_lists.ABSENT_EVIDENCE)
    ("said", "We currently have no indications that Ring has experienced a ransomware event", "deny"),  # enN-1news-1
    # not: no indication of a future event (PolNeAR train, wash-post)
    ("added", "that hasn't happened yet, and there is no indication that this will happen", "assert"),
    # row 2: a correction of the record (content.deny: `the true position is`, `not in fact`)
    ("According to", "the true position is that troops carried out routine clearance operations in line with "
                     "the rules of engagement", "deny"),                             # enN-vanguard-1
    ("declared", "4bn euros thought to be held in an offshore account did not in fact exist", "deny"),  # BBC business/312
    # not: a content that opens on `no proof` is the cue's object (tests/test_en_stance.py)
    ("offered", "no proof that Clinton had a role", "assert"),
])
def test_denials(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want
