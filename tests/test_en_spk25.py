"""Round 25 English speakers (enspk25, issue #11 item 5, issue #15): a personal pronoun agrees
with its antecedent in gender, and the evidence for that gender must be sound. Real sentences of
PolNeAR train (the article is named) and of BBC 2004-05 non-politics text (`/work/breadth/bbc`,
the file is named), shortened around the pronoun. One case per row, as the golden tables write
them: (text, cue, expected entity name of the source, or the pronoun itself when it stays
unresolved).
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.lang.en.gender import GenderIndex
from sayso.model import Analysis, Document


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _speaker(text: str, cue: str) -> str | None:
    a = _run(text)
    found = [x for x in a.attributions if " ".join(c.text for c in x.cue) == cue]
    assert found, [(x.cue, x.source) for x in a.attributions]
    source = found[0].source
    if source is None:
        return None
    entity = a.entity(source.entity)
    return entity.name if entity is not None else source.text


# Washington Post 2016-08-06 (PolNeAR train, wash-post_2016-08-06_clinton-acknowledges-that-she-mi):
# `Comey` is given the man's name `James B.` across a middle initial, so `she` is not Comey.
CLINTON = (
    "Hillary Clinton on Friday only further muddled a controversy that has dogged her presidential "
    "candidacy from the start.\n\n"
    "Clinton acknowledged that she had misspoken in two recent media interviews when she claimed "
    "that FBI Director James B. Comey had characterized as \"truthful\" all of her public "
    "statements about her use of a private email server.\n\n"
    "The Democratic presidential nominee explained that Comey was referring only to her interviews "
    "with the FBI - but she also insisted that all of her other public statements on the matter "
    "have been consistent with those interviews.")

# Huffington Post 2016-08-15 (PolNeAR train, huff-post_2016-08-15_this-democrat-isn-t-challenging-):
# `Faso ... his donor`; nothing near is marked a woman (`Zephyr` is no listed name): `she` is
# left unresolved, not given to the man.
TEACHOUT = (
    "Faso had been relying on super PAC funding from another hedge fund billionaire, Robert "
    "Mercer, to get through a much tighter primary contest on the Republican side. When Singer "
    "signed on in May, Faso had the firepower to challenge Teachout in the general election.\n\n"
    "On Monday, Teachout decided to bypass Faso himself and go after his donor. In a video posted "
    "to her Facebook account, she criticized Singer and challenged him to a debate.")

# BBC tech 2005 (/work/breadth/bbc/tech/352.txt): `he` after `Ms Finger` is the ntl spokesman
# (no name): left unresolved, not given to the woman the honorific marks.
FINGER = (
    "\"If the bandwidth is there then ISPs will buy it,\" said Jill Finger, a research director at "
    "analyst firm IDC. \"It has been losing market share and this could be one way of gaining some "
    "of that back,\" said Ms Finger. Cable firms ntl and Telewest are also bound to increase "
    "bandwidth at some time in the future and, according to an ntl spokesman, are in a better "
    "position than BT in the long term. \"BT's network is limited compared to that of cable. With "
    "all the other services coming on stream such as video on demand, the question is will 8Mbps "
    "be enough?\" he asked.")

# BBC entertainment 2005 (/work/breadth/bbc/entertainment/137.txt): `Mr Eavis' daughter Emily`
# is marked by `Mr` only as her father's possessor: `she` stays hers.
EAVIS = (
    "\"That will be the official source,\" festival organiser Michael Eavis said. When the ID card "
    "idea was floated, Mr Eavis' daughter Emily said it would be \"quite a big step in terms of "
    "ticketing for events\". \"As long as it's approached in the right way, it might really work,\" "
    "she said.")

# Washington Post 2016-01-20 (PolNeAR train, wash-post_2016-01-20_fiorina-pushed-ahead-and-paid-a-):
# `Frank Fiorina` (her husband) is no mark on Carly Fiorina, whose given name is unlisted.
FIORINA = (
    "Carly Fiorina, 61, and her husband Frank Fiorina live in Virginia. Walter Hewlett sniped that "
    "Fiorina, a first-time chief executive, was \"learning on the job,\" while Fiorina and other HP "
    "leaders penned a series of letters.\n\n"
    "\"This is a choice between taking the hill and charging ahead or retreating,\" she said at a "
    "technology conference in Palm Springs.")

CASES = [
    (CLINTON, "also insisted", "Hillary Clinton"),
    (TEACHOUT, "criticized", "she"),
    (FINGER, "asked", "he"),
]


@pytest.mark.parametrize("text,cue,name", CASES)
def test_pronoun_agrees_or_stays_unresolved(text: str, cue: str, name: str) -> None:
    assert _speaker(text, cue) == name


def test_possessor_honorific_marks_not_the_person_described() -> None:
    """A guard (right before this round too): the unresolving filter must not read `Mr` of
    `Mr Eavis' daughter Emily` as her mark."""
    a = _run(EAVIS)
    last = [x for x in a.attributions if x.source is not None and x.source.text == "she"]
    assert last, [(x.cue, x.source) for x in a.attributions]
    entity = a.entity(last[0].source.entity)
    assert entity is not None and "Emily" in entity.name


def test_unlisted_given_name_beside_a_relative_is_no_mark() -> None:
    index = GenderIndex(FIORINA)
    assert index.marked("Carly Fiorina") is None  # Carly unlisted: her own name tells nothing
    assert index.marked("Fiorina") is None  # Frank and Carly: a family's surname
    assert index.marked("Walter Hewlett") == "m"
    a = _run(FIORINA)
    said = [x for x in a.attributions if x.source is not None and x.source.text == "she"]
    assert said and a.entity(said[0].source.entity).name != "Walter Hewlett"


def test_given_name_across_a_middle_initial() -> None:
    index = GenderIndex(CLINTON)
    assert index.of("Comey") == "m"
    # a capitalised word closing a sentence is no middle initial (BBC business 2004, 083.txt)
    assert GenderIndex("The firm's chief is Steven Theede. Yukos said it would appeal.").of("Yukos") is None


def test_marks_ignore_pronoun_counts_and_unisex_names() -> None:
    # `Leslie` is a unisex given name (gender.json): no mark, whatever the list's commoner reading
    assert GenderIndex("Leslie Grantham apologised.").marked("Leslie Grantham") is None
    assert GenderIndex("Ms Rayner told Sky News the party would win.").marked("Rayner") == "f"


SOURCE_CASES = [
    # enQ-fortune-1 (Fortune 2017, Q tune gold: source `Theranos`): `at the time` between the
    # subject and the verb is the verb's setting, not part of the source
    ("Theranos at the time said it only used outside equipment temporarily while it worked to "
     "develop its own proprietary devices.", "said", "Theranos"),
    # enQ-newscentral-1 (News Central TV, AFP report, 2025, Q tune gold: `Nobert Ochieng,
    # Oyoo’s brother`): an apposition opening with a capitalised possessor names the person by a
    # relation; the name before its comma is the speaker, not a sentence opener
    ("The families appealed to a Ugandan court for access. Nobert Ochieng, Oyoo\u2019s brother, said "
     "the men face no formal charges.", "said", "Nobert Ochieng, Oyoo\u2019s brother"),
]


@pytest.mark.parametrize("text,cue,source", SOURCE_CASES)
def test_source_span(text: str, cue: str, source: str) -> None:
    a = _run(text)
    found = [x for x in a.attributions if " ".join(c.text for c in x.cue) == cue]
    assert found and found[-1].source is not None, [(x.cue, x.source) for x in a.attributions]
    assert found[-1].source.text == source
