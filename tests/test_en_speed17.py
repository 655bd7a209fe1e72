"""Round-17 English speed changes that must not change what is found (enspd17)."""

from __future__ import annotations

import re

from sayso.lang.en import certainty


def test_note_prefilter_keeps_every_note() -> None:
    # `The Hill has not independently verified the claims` (The Hill 2023, cited in
    # `unverified_by_note`), in capitals and with the two letters `re` folds onto `i` but
    # `str.lower` does not: the prefilter must let each through to _NOTE
    for text in ("The Hill has not independently verified the claims.",
                 "THE HILL HAS NOT INDEPENDENTLY VERIFIED THE CLAIMS.",
                 "The Hill has not independently verİfied the claims.",
                 "The Hill has not independently verıfied the claims."):
        assert certainty._NOTE.search(text) is not None
        assert certainty.may_hold_note(text)
    assert not certainty.may_hold_note("Wagner Group fighters say they killed an American.")


def test_note_prefilter_is_a_superset_of_the_pattern() -> None:
    # every letter that `re` matches case-insensitively to a letter of the stems lowers to it,
    # but for `ı` and `İ` (which `may_hold_note` checks for by name)
    letters = set("".join(certainty._NOTE_STEMS))
    every = "".join(chr(i) for i in range(0x2000))
    odd = {m.group() for letter in letters for m in re.finditer(letter, every, re.IGNORECASE)
           if m.group().lower() != letter}
    assert odd == {"ı", "İ"}
