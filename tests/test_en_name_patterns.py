"""`titled_surname` and `honorifics_before` (one title pattern searched up to each occurrence of
the surname) must agree with the per-surname patterns they replaced, on every capitalised word of
the PolNeAR dev articles and on tricky sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sayso.lang.en.coref import PERSON_TITLES, titled_surname
from sayso.lang.en.gender import HONORIFICS, honorifics_before

# the title alternation as coref.py builds it, longest first
TITLES = r"\b(?:" + "|".join(sorted(
    (re.escape(t.rstrip(".")[:1].upper() + t.rstrip(".")[1:]) for t in PERSON_TITLES | {"miss"}),
    key=len, reverse=True)) + r")\.?"
DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "en-polnear" / "dev" / "text"


def _reference(text: str, surname: str) -> bool:
    """The pattern compiled per surname before (coref.py at be577b2)."""
    return re.search(TITLES + rf"(?:[ \t\u00a0]+[A-Z][\w.-]*){{0,2}}[ \t\u00a0]+"
                     rf"{re.escape(surname)}(?![a-z])", text) is not None


def _reference_honorifics(text: str, surname: str) -> list[str]:
    """The pattern compiled per surname before (gender.py at be577b2)."""
    words = "|".join(re.escape(w.rstrip(".")) for w in HONORIFICS)
    return [m.group(1) for m in re.finditer(rf"\b({words})\.?[ \t\u00a0]+{re.escape(surname)}\b",
                                           text, re.IGNORECASE)]


@pytest.mark.parametrize(("text", "surname", "expected"), [
    ("Ms Rayner told Sky News. Mr. Juncker disagreed.", "Rayner", ["Ms"]),
    ("MR. TRUMP and Mrs Trump", "Trump", ["MR", "Mrs"]),   # any case, in text order
    ("Mr Trumpet played", "Trump", []),                    # not at a word's end
    ("Sir\nKeir Starmer", "Keir", []),                     # not across a line break
    ("the mr smith case", "Smith", ["mr"]),                # lower case kept (callers filter)
])
def test_honorifics_before_cases(text: str, surname: str, expected: list[str]) -> None:
    assert honorifics_before(text, surname) == expected
    assert _reference_honorifics(text, surname) == expected


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
def test_agrees_with_reference_on_dev() -> None:
    checked = 0
    for path in sorted(DEV.iterdir())[:40]:
        text = path.read_text("utf-8")
        for word in sorted(set(re.findall(r"\b[A-Z][\w’'.-]*", text))):
            word = word.strip(",.").removesuffix("’s").removesuffix("'s")
            if word:
                assert titled_surname(text, word) is _reference(text, word), (path.name, word)
                assert honorifics_before(text, word) == _reference_honorifics(text, word), (path.name, word)
                checked += 1
    assert checked > 1000
