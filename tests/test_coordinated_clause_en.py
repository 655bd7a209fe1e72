"""Golden-rule tests of `coordinated_after.after_clause` (encue26): a core verb of saying
coordinated after a verb that reports nothing shares the clause's subject as its source
(ANNOTATION.md: every attribution; the source is the one who speaks). Real sentences of the open
en-news gold and of the breadth text (BBC News 2004-05, PolNeAR train); the negatives are the
breadth shapes the rule must leave alone (an act, not speech; a passive order)."""

from __future__ import annotations

import pytest

from sayso.lang.en import coordinated_after
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import split_sentences, tokenize


def _frames(text: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) of the rule's frames on `text` (nothing found before)."""
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    found = coordinated_after.after_clause(tokens, lower, split_sentences(text, tokens), [], lexicon())

    def words(a: int, b: int) -> str:
        return text[tokens[a].start:tokens[b - 1].end]
    return [(words(*c.source) if c.source else "-", words(*c.cue[0]), words(*c.content[0])) for c in found]


@pytest.mark.parametrize(("text", "expected"), [
    # enC-foxnews-1 (enopen gold: Swift, accused, Braun ... used)
    ("On Thursday, Swift took to social media and accused Braun, Borchetta and Big Machine of also "
     "disallowing the production of a Netflix documentary she has been working on where her music "
     "was to be used.",
     [("Swift", "accused", "Braun, Borchetta and Big Machine of also disallowing the production of a "
       "Netflix documentary she has been working on where her music was to be used")]),
    # BBC tech/004 (breadth)
    ("Mr Negroponte wants the laptops to become more common than mobile phones but conceded this "
     "was ambitious.",
     [("Mr Negroponte", "conceded", "this was ambitious")]),
    # BBC business/318 (breadth): `has` between the join and the verb
    ("Yukos is not planning on letting go of its unit without a fight and has threatened legal "
     "action against any buyer.",
     [("Yukos", "threatened", "legal action against any buyer")]),
])
def test_coordinated_clause_frames(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _frames(text) == expected


@pytest.mark.parametrize("text", [
    # PolNeAR train (huff-post 2016-04-12): `confirmed` nominees is a Senate act
    "Democrats controlled the Senate and had confirmed 68 judicial nominees by this point.",
    # PolNeAR train (wash-post 2016-04-21): `denied Carter a photograph` is a refusal
    "Kennedy engineered a floor fight over the rules and denied Carter a final-night photograph of unity.",
    # BBC sport/414: `added a penalty` scores
    "Hodgson converted and added a penalty after one of several French infringements on the floor "
    "for a 10-3 lead.",
    # BBC entertainment/114: `and told to` is a passive order
    "Mr Wass was also given a curfew and told to surrender his passport.",
])
def test_no_coordinated_clause_frame(text: str) -> None:
    assert _frames(text) == []
