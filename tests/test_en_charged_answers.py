"""Round 18 (endeny18): a charged party that says it did not do the thing charged denies it.

STANCE.md row 2: deny "negates a claim, report, charge or accusation made or implied against the
speaker or their side ... (stated or plainly implied in the article)"; a plain negative fact is
assert. `sayso/lang/en/charged_answers.py` reads a neutral cue whose content negates the
speaker's own act as a denial when a sentence shortly before (or the headline) lays a charge
sharing a word root with it. Every passage is real text: PolNeAR train (politico, wash-post,
nyt) and BBC News 2004-05 (business, entertainment, sport), the file named in the comment; each
class has the over-reach it must not make, from the same text.
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.lang.en.charged_answers import negated_own_clause
from sayso.model import Document


def _stance_of(text: str, words: str) -> str | None:
    found = pipeline.run(Document(text=text, language="en")).attributions
    return next((a.stance for a in found if any(words in c.text for c in a.content)), None)


@pytest.mark.parametrize(("text", "words", "want"), [
    # the scandal over her classified email, then her own act negated (politico 2015-12-31)
    ("Clinton, after the scandal about her use of private email broke in March, initially said that there "
     "was no classified material on her email account. She has since stressed that she did not send any "
     "classified information and that no messages she sent or received were marked classified at the time.",
     "she did not send any classified information", "deny"),
    # the criminal complaint, then his `he never made contact with Fields` (wash-post 2016-03-30)
    ("Even after the complaint was filed, Lewandowski continued to say he had never touched Fields. In a "
     "previously unpublished interview with The Washington Post - conducted last Wednesday at Trump's "
     "Mar-a-Lago estate in Palm Beach - Lewandowski continued to assert that he never made contact with "
     "Fields.", "he never made contact with Fields", "deny"),
    # accusations that he threatened Neville, then his `I didn't threaten anybody` (BBC sport/137)
    ("Arsenal's Patrick Vieira had earlier denied accusations that he threatened Gary Neville before the 4-2 "
     "defeat. Vieira also clashed with opposing skipper Roy Keane and referee Graham Poll had to separate "
     "them.\n\n\"I didn't threaten anybody. They are big enough players to handle themselves,\" said Vieira.",
     "I didn't threaten anybody", "deny"),
    # no charge before it: a company's plain negative fact (BBC business/313)
    ("Reuters news agency reported that Iraq's Oil Ministry has awarded the first post-war oilfield contracts "
     "to a Canadian and a Turkish company. By 1700 GMT, Petrel's shares fell from 97p (dollars 1.87) to 44p "
     "(dollars 0.85). Petrel said that it has not received any information from Iraqi authorities to "
     "confirm or deny the report.", "it has not received any information", "assert"),
    # what he did not know or recall is no act charged (BBC entertainment/279; nyt 2015-12-31)
    ("A US rapper awaiting trial for murder has filmed part of a music video in jail, angering a sheriff who "
     "says he was tricked into letting TV crews in.\n\nBut Mr Lee said he did not know the rapper had filmed "
     "the video and made an album behind bars.", "he did not know the rapper", "assert"),
    ("In an email, Mr. Trump said his friendship with Mr. Clinton was strictly business. He said he did not "
     "recall whether the Clintons had stayed at Mar-a-Lago in Palm Beach.", "he did not recall", "assert"),
])
def test_charged_party_denies(text: str, words: str, want: str) -> None:
    assert _stance_of(text, words) == want


@pytest.mark.parametrize(("content", "source", "person", "negated"), [
    ("she did not send any classified information", "She", True, True),
    ("Platte River Networks did not, at any time, treat the server differently", "A spokesman for Platte River",
     False, True),                                                   # wash-post 2016-09-07: the body's own name
    ("it wasn't hiding anything", "Clinton's campaign", False, True),
    # another's negation after the speaker's view (`I think that you don't ...`, huff-post 2016-06-08)
    ("I think that you don't have any more trouble with what Trump said", "Grassley", True, False),
    # a person's `they` and `it` are others (`They just didn't have that leadership`, BBC sport/415;
    # `it is not surprising that agents want to interview Clinton`, wash-post 2016-03-03)
    ("They just didn't have that leadership", "he", True, False),
    ("it is not surprising that agents want to interview Clinton", "Former federal prosecutor Glen Kopp", True,
     False),
    # experience, habit and the future are no act charged (nyt 2016-09-03, politico 2016-05-05, BBC sport/502)
    ("We've never found a tunnel using them", "David Shaw", True, False),
    ("We don't always nominate a Lincoln and a Reagan every four years", "he", True, False),
    ("I will never apologise", "he", True, False),
])
def test_negated_own_clause(content: str, source: str, person: bool, negated: bool) -> None:
    assert (negated_own_clause(content, source, person) is not None) == negated
