"""A report or claim named by a noun inside another attribution is a nested attribution
(`sayso/lang/en/report_nouns.py`, enext13; ANNOTATION.md: "every attribution ..., including
nested ones"). Real sentences of open en-news G and F tune articles (the article is named).
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.model import Analysis, Document


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _with_cue(a: Analysis, cue: str):
    return [x for x in a.attributions if x.cue and x.cue[-1].text.split()[-1].lower() == cue]


@pytest.mark.parametrize("text,noun,source,content,outer_cue", [
    # enG-thenational-1: the noun was in the tagger's cue (`has denied reports`)
    ("DOWNING Street has denied reports that the Prime Minister is to take legal action "
     "against a British newspaper.", "reports", None,
     "the Prime Minister is to take legal action against a British newspaper", "denied"),
    # enG-newsweekpk-1: the noun phrase opens the tagger's content; `by` names the source
    ("Pakistan on Wednesday rejected “baseless” claims by the Indian media that Delhi Police "
     "had busted a “terror module” with alleged links to Pakistan’s intelligence agency.",
     "claims", "the Indian media", "Delhi Police had busted", "rejected"),
])
def test_report_noun_nested(text, noun, source, content, outer_cue):
    a = _run(text)
    inner = _with_cue(a, noun)
    assert inner, f"no attribution with the cue {noun!r}"
    got = inner[0]
    assert " ".join(s.text for s in got.content).startswith(content)
    assert (got.source.text if got.source else None) == source
    outer = _with_cue(a, outer_cue)
    assert outer and outer[0].content[0].text.split()[0].strip("“”\"").lower() in (noun, "baseless")
    assert got.parent == outer[0].id  # nested in the denial (ANNOTATION.md `parent`)


@pytest.mark.parametrize("text,noun", [
    # enF-kbs-1: `a report that said ...` is a relative clause, the report's own frame
    ("The Japanese government has denied a report that said Seoul contacted Tokyo about a visit "
     "by President Moon Jae-in to coincide with the Tokyo Olympic Games.", "said"),
    # enD-bbc-1: `opposition claims` is the cue itself, no verb before the noun
    ("Tony Blair has backed Chancellor Gordon Brown's pre-Budget report amid opposition claims "
     "he was too bullish about the state of the UK economy.", "claims"),
])
def test_no_nested_report_where_the_noun_is_no_frame(text, noun):
    a = _run(text)
    assert not [x for x in a.attributions if x.cue and x.cue[-1].text.lower() in
                ("report", "reports") and x.cue[-1].text.lower() != noun
                and any(s.text.startswith(("said", "he was")) for s in x.content)]
    assert all(len(x.cue) != 1 or x.cue[0].text.lower() != "opposition" for x in a.attributions)
