"""envia12g: the addressee of a telling as its channel (ANNOTATION.md, "Channels": "the addressee
or medium of speech is a via"), checked alone on sentences of en-news part G tune and of the
BBC corpus, with the article's person names given as a fixed lookup so a failure names the rule.
"""

from __future__ import annotations

import pytest

from sayso.lang.en import outlets, via
from sayso.lang.en.tokens import tokenize

PEOPLE = {"Priebus", "McCabe", "Comey", "Clark", "Alexander", "Johnson"}


def _channels(text: str, cue_word: str) -> list[str]:
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    cue = lower.index(cue_word)
    found = via.sentence_channels(tokens, lower, 0, len(tokens), [(cue, cue + 1)], [],
                                  lambda name: False, is_person=PEOPLE.__contains__)
    return [outlets.surface(tokens, r) for r in found]


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # enG-npr-1: a named person told, the reported clause right after the name
    ("McCabe told Priebus the New York Times story was wrong.", "told", ["Priebus"]),
    # enG-npr-1: the name, then a quotation
    ('According to the official, Comey told Priebus, "We\'d love to help."', "told", ["Priebus"]),
    # BBC business 2005: a judge told, with the honorific-style title kept
    ("Zack Clement, a lawyer for Yukos, told Judge Clark in an emergency hearing that it was urgent.",
     "told", ["Judge Clark", "emergency hearing"]),
    # enG-thenational-1: the people present at a gathering
    ("The paper claimed Johnson told those in attendance he had regrets.", "told", ["those in attendance"]),
    # enG-neweuropean-1: staff told
    ("Boris Johnson has been accused of telling aides he would rather let coronavirus rip.", "telling",
     ["aides"]),
    # enG-thenational-1: an outlet's person told, then the medium
    ("with a spokesperson allegedly telling the paper’s editor via text: “The Prime Minister did not make "
     "this remark.”", "telling", ["paper’s editor", "text"]),
])
def test_addressee_is_channel(text: str, cue: str, expected: list[str]) -> None:
    assert _channels(text, cue) == expected


@pytest.mark.parametrize(("text", "cue"), [
    # enG-npr-1 gold: `told him` has no via (a pronoun names no one the reader can place)
    ("McCabe asked to speak to Priebus and told him the report was inaccurate.", "told"),
    # en-sun-1 gold (A-D tune): a common noun told is no channel
    ("He told doctors he ate the rabbit meat in Inner Mongolia.", "told"),
    # a capitalised word the article never uses for a person, followed by a noun, is no name
    ("She told Labour colleagues the vote was lost.", "told"),
    # `those` not followed by a phrase of presence
    ("He told those who asked that he would stay.", "told"),
])
def test_no_channel(text: str, cue: str) -> None:
    assert _channels(text, cue) == []


def test_hedged_telling_keeps_its_source() -> None:
    """enG-thenational-1 (`One dinner guest allegedly told ...`): a hedge between the subject and
    its reporting verb; the rules still find the subject (here on a sentence the tagger leaves
    without a cue), and the channel follows."""
    from sayso import pipeline
    from sayso.model import Document

    text = "Boris Johnson to sue paper\n\nA guest allegedly told aides that the plan was dead."
    found = [(a.source.text if a.source else None, [c.text for c in a.cue], [v.text for v in a.via])
             for a in pipeline.run(Document(text=text)).attributions]
    assert ("A guest", ["told"], ["aides"]) in found


def test_hedged_telling_with_a_quotation() -> None:
    """`A guest allegedly told reporters: "..."` (the construction of enG-thenational-1's `One
    dinner guest allegedly told The New European: "..."`): the quotation after the addressee's
    colon is what was told, and the rule's `told` (a core verb inside the non-core lexicon
    phrase `told reporters`) takes over the tagger's cue-less content."""
    from sayso import pipeline
    from sayso.model import Document

    text = ("Johnson to sue paper\n\nA guest allegedly told reporters: “Clearly he just assumed he was "
            "amongst friends.”")
    found = [(a.source.text if a.source else None, [c.text for c in a.cue], [v.text for v in a.via],
              [c.text for c in a.content]) for a in pipeline.run(Document(text=text)).attributions]
    assert found == [("A guest", ["told"], ["reporters"], ["Clearly he just assumed he was amongst friends"])]
