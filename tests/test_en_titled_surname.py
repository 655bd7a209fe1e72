"""`titled_surname` (one title pattern searched up to each occurrence of the surname) must agree
with the per-surname pattern it replaced, on every capitalised word of the PolNeAR dev articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sayso.lang.en.coref import PERSON_TITLES, titled_surname

# the title alternation as coref.py builds it, longest first
TITLES = r"\b(?:" + "|".join(sorted(
    (re.escape(t.rstrip(".")[:1].upper() + t.rstrip(".")[1:]) for t in PERSON_TITLES | {"miss"}),
    key=len, reverse=True)) + r")\.?"
DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "en-polnear" / "dev" / "text"


def _reference(text: str, surname: str) -> bool:
    """The pattern compiled per surname before (coref.py at be577b2)."""
    return re.search(TITLES + rf"(?:[ \t\u00a0]+[A-Z][\w.-]*){{0,2}}[ \t\u00a0]+"
                     rf"{re.escape(surname)}(?![a-z])", text) is not None


@pytest.mark.parametrize(("text", "surname", "expected"), [
    ("Gov. Kristi Noem said", "Noem", True),
    ("Mr Holm told reporters", "Holm", True),
    ("Mr. Holmes said", "Holm", False),           # a lower-case letter follows
    ("Mr.\nHolm said", "Holm", False),            # a title does not reach across a line break
    ("Sen. A. B. C. Day", "Day", False),          # three words between title and surname
    ("Noem met Gov. Noem", "Noem", True),         # the second occurrence is titled
])
def test_titled_surname_cases(text: str, surname: str, expected: bool) -> None:
    assert titled_surname(text, surname) is expected
    assert _reference(text, surname) is expected


@pytest.mark.skipif(not DEV.is_dir(), reason="PolNeAR dev not available")
def test_titled_surname_agrees_with_reference_on_dev() -> None:
    checked = 0
    for path in sorted(DEV.iterdir())[:40]:
        text = path.read_text("utf-8")
        for word in sorted(set(re.findall(r"\b[A-Z][\w’'.-]*", text))):
            word = word.strip(",.").removesuffix("’s").removesuffix("'s")
            if word:
                assert titled_surname(text, word) is _reference(text, word), (path.name, word)
                checked += 1
    assert checked > 1000
