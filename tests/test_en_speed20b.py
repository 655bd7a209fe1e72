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
