"""Round-20 English speed work (enspeed20b): patterns that were built from an article's own
words and compiled on every call are replaced by module-level patterns; each replacement must
find exactly what the per-call pattern found."""

from __future__ import annotations

import re

import pytest

from sayso.lang.en import coref

# Role descriptions before a name, built from the examples of `_name_after_role`'s docstring, with
# a name that follows the role twice, a lead that repeats inside a match (`Minister Prime
# Minister ...`: the per-call `finditer` resumes after its match) and a lead with no name after.
ROLE_TEXT = ("China's ambassador to Britain Liu Xiaoming said on Sunday. Interior Minister "
             "Wolfgang Peschorn and Foreign Minister Prime Minister Sebastian Kurz met. "
             "The minister declined.")


@pytest.mark.parametrize("lead", ["ambassador to Britain", "Minister", "Interior Minister",
                                  "Foreign Minister", "minister", "Prime", "Britain"])
def test_names_after_finds_what_the_per_call_pattern_found(lead: str) -> None:
    expected = [m.group(1) for m in re.finditer(re.escape(lead) + coref.ROLE_NAME.pattern, ROLE_TEXT)]
    assert list(coref._names_after(ROLE_TEXT, lead)) == expected


# BBC News 2005 (the sentence of test_en_speed20), extended with honorifics before names, a name in a
# longer word after one (`Kingston`), `Mrs`, a period-less `Dr` and a line break after `Mr.`.
HONORIFIC_TEXT = ('He added: "A stooge who will sing any song," Ms King said. Mrs Kingston and Dr '
                  'Patel met Mr.\nO\'Brien, Mr. Smith-Jones and Miss. Lee.')


@pytest.mark.parametrize("word", ["King", "Kingston", "Kings", "Patel", "O'Brien", "O", "Smith",
                                  "Smith-Jones", "Lee", "said", "stooge", "Brien"])
def test_after_honorific_finds_what_the_per_word_pattern_found(word: str) -> None:
    co = object.__new__(coref.Coreference)  # the method reads the text alone
    co.text, co._honorific_ends = HONORIFIC_TEXT, None
    assert co.after_honorific(word) == (coref._honorific_word_re(word).search(HONORIFIC_TEXT) is not None)


# Denials built from the examples of `_authored_by`'s and `_piece_of`'s docstrings (PolNeAR train, enH-etvbharat-1,
# enH-ekathimerini-1) and one with neither a speech noun nor an outlet's piece, where the
# per-name patterns are skipped.
DENIALS = [
    ("dismissed Mr. Khan's criticism as unfair", "Khan"),
    ("rejected the accusations by Exxon Mobil", "Exxon"),
    ("dismissed criticism of Mr. Trump's comments", "Trump"),
    ("denied the inaccuracy of the New York Times story", "Times"),
    ("rejected the claims that appeared in an article in Die Welt", "Welt"),
    ("said Trump never met him", "Trump"),
]


@pytest.mark.parametrize(("said", "name"), DENIALS)
def test_authored_by_answers_as_its_patterns(said: str, name: str) -> None:
    from sayso.lang.en import stance

    n, nouns, pieces = re.escape(name), stance.SPEECH_NOUNS, stance.OUTLET_PIECES
    piece = bool(re.search(rf"\b{n}(?: [A-Z][\w-]*)* {pieces}\b"
                           rf"|\b{pieces} (?:in|of|by) (?:the )?(?:[A-Z][\w-]* ){{0,2}}{n}\b", said))
    owned = any(stance.SPOKEN_ABOUT.search(said, 0, m.start()) is None
                for m in re.finditer(rf"\b{n}(?: [A-Z][\w-]*)*['’]s? (?:[\w-]+ ){{0,4}}{nouns}\b", said))
    agent = bool(re.search(rf"\b{nouns} (?:from|by) (?:[\w.,'’-]+ ){{0,3}}{n}\b", said))
    assert stance._piece_of(said, name) == piece
    assert stance._authored_by(said, name) == (owned or agent or piece)
