"""Round 24 English speakers (enspk24, issue #11 item 5): the subject a cue run swallowed, the
subject before a relative clause with no commas, the subject a coordinated verb shares. Real
sentences of open en-news articles (the article is named) and of BBC 2004-05 non-politics text
(`/work/breadth/bbc`, the file is named). One case per row, as the golden tables write them:
(text, cue, expected source or None).
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.model import Analysis, Attribution, Document


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _with_cue(a: Analysis, cue: str) -> list[Attribution]:
    return [x for x in a.attributions if " ".join(c.text for c in x.cue) == cue]


CASES = [
    # enP-koreaherald-1 (Yonhap in The Korea Herald, 2020): the tagger's cue run held the
    # subject (`the unification ministry flatly dismissed`); the cue is the verb with its adverb
    ("On Monday, the unification ministry flatly dismissed the report as groundless.",
     "flatly dismissed", "the unification ministry"),
    # enP-ckom-1 (CKOM 2020): a relative clause with no commas between the subject and `says`
    # (P tune gold: source `A scaffolding company`)
    ("A scaffolding company which has continued to send workers to the Co-op refinery through the "
     "lockout says its employees are being harassed and victimized.", "says", "A scaffolding company"),
    # enP-bbc-2 (BBC tech 2004, also /work/breadth/bbc/tech/147.txt): `found` after `and` shares
    # the subject of `analysed`, a classifier noun between two capitalised words (P tune gold:
    # `Monitoring firm Netcraft`)
    ("Monitoring firm Netcraft analysed response times for some of the sites targeted by the "
     "screensaver and found that a number were completely knocked offline.", "found",
     "Monitoring firm Netcraft"),
]


@pytest.mark.parametrize("text,cue,source", CASES)
def test_speaker(text: str, cue: str, source: str | None) -> None:
    found = _with_cue(_run(text), cue)
    assert found, [(x.cue, x.source) for x in _run(text).attributions]
    got = found[0].source.text if found[0].source else None
    assert got == source


def test_relative_clause_of_an_inner_noun_is_left() -> None:
    """en-buzzfeed-1 (BuzzFeed News 2015): `The mother of a woman who took ...`: the clause may
    belong to the inner noun, so the restrictive-relative reading does not cut the subject to
    `The mother of a woman` (the source stays the whole phrase, as before)."""
    a = _run("The mother of a woman who took suspected diet pills bought online has described how "
             "her daughter was \u201cliterally burning up from within\u201d moments before her death.")
    found = _with_cue(a, "has described")
    assert found and found[0].source is not None
    assert found[0].source.text != "The mother of a woman"


def test_name_before_a_relative_clause_without_comma_names_the_speaker() -> None:
    """enO-channelstv-1 (Channels Television 2019): the source `Omoni who issued the statement on
    behalf of the state's Commissioner of Police` is the spokesman named earlier: the name before
    `who` names him (O tune gold: Nnamdi Omoni), not the whole span."""
    a = _run("According to a statement by its spokesman, Nnamdi Omoni, the command said the reports "
             "are baseless.\n\n"
             "\u201cAnybody or group implicated in these acts of treachery will be dealt with in "
             "accordance with the Law,\u201d Omoni said.\n\n"
             "Omoni who issued the statement on behalf of the state\u2019s Commissioner of Police noted "
             "that CP has appealed to the residents of the State to remain steadfast.")
    found = _with_cue(a, "noted")
    assert found and found[0].source is not None
    entity = a.entity(found[0].source.entity)
    assert entity is not None and entity.name == "Nnamdi Omoni"


def test_indefinite_pronoun_before_who_is_no_name() -> None:
    """en-cnet-1 (CNET 2017): `Anyone who has ever been involved in closing a billion-dollar
    acquisition deal will tell you ...`: a capitalised `Anyone` opens the sentence; it is no name,
    so the entity keeps the whole description."""
    a = _run("Anyone who has ever been involved in closing a billion-dollar acquisition deal will tell "
             "you that you don't go in without a clear, well thought out plan.")
    found = _with_cue(a, "will tell")
    assert found and found[0].source is not None
    entity = a.entity(found[0].source.entity)
    assert entity is not None and entity.name != "Anyone"


@pytest.mark.parametrize("text", [
    # PolNeAR train, wash-post 2016-01-24: a plural common noun opens the sentence
    "Supporters who have heard directly from the Rubio campaign say their most immediate priority "
    "is to finish ahead of mainstream rivals Christie, Bush and John Kasich in Iowa and New Hampshire.",
    # PolNeAR train, wash-post 2016-06-14: a determiner and a noun, no name
    "Another Muslim who worshiped at the Islamic Center here and who didn't want to be named said "
    "he heard Mateen talk of \"immorality\" in the United States.",
])
def test_a_common_noun_before_who_names_no_one(text: str) -> None:
    """Capitalised words before `who` name the speaker only when they are a name: a plural noun
    (`Supporters`) or a determiner (`Another`) opening the sentence is a description, and the
    entity keeps the whole of it (enspk24 breadth, read by the lead)."""
    a = _run(text)
    assert a.attributions and a.attributions[0].source is not None
    entity = a.entity(a.attributions[0].source.entity)
    assert entity is not None and " who " in entity.name
