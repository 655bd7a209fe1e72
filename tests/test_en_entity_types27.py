"""A channel that names a person (an interviewer or host) is typed person, not organisation
(entype27, issue #15: a person is a person wherever named). Sentences are from PolNeAR train
(`/work/shared/eval/en-polnear/train/text/`), the breadth text of round 27."""

from __future__ import annotations

import pytest

import sayso
from sayso.lang.en.coref import channel_person, name_type


def _via_types(text: str) -> dict[str, str]:
    a = sayso.analyze(text)
    return {v.text: a.entity(v.entity).type for att in a.attributions for v in att.via if v.entity}


def test_an_interviewer_named_as_the_channel_is_a_person():
    # politico_2016-05-19 (wash-post_2016-05-19_sanders-s-supporters-not-giving-)
    text = ('"It is absurd that you had 400 establishment Democrats on board Hillary Clinton\'s '
            'campaign before anybody was in the race," Sanders told MSNBC\'s Rachel Maddow in an '
            "interview last week.")
    assert _via_types(text).get("Rachel Maddow") == "person"


def test_the_host_keeps_the_person_type_when_he_speaks_later():
    # wash-post_2015-11-15 / politico_2016-01-14 shape: `told ... Hugh Hewitt`, then `Hewitt said`
    text = ('Coulter told conservative radio host Hugh Hewitt on Wednesday that her tweet was "a joke."\n\n'
            '"I took it as a joke," Hewitt said.')
    a = sayso.analyze(text)
    hewitt = [a.entity(att.source.entity) for att in a.attributions
              if att.source is not None and att.source.text == "Hewitt"]
    assert hewitt and hewitt[0].type == "person"


@pytest.mark.parametrize("name, person", [
    ("Sean Hannity", True),
    ("Maria Bartiromo", True),
    ("Andrea Mitchell Reports", False),  # politico_2016-04-11: a programme, not its host
    ("Laura Ingraham Show", False),  # west-journal_2015-11-18: `on The Laura Ingraham Show`
    ("Exhibitor Relations", False),  # BBC entertainment 363: no given name, a company
    ("Paris", False),  # a single word: no given name evidence
])
def test_channel_person(name, person):
    assert channel_person(name, "") is person


def test_a_programme_channel_stays_a_body():
    # west-journal_2015-11-18_donald-trump-just-revealed-who-h
    text = "“Well, I like like him,” Trump said on The Laura Ingraham Show on Tuesday."
    types = _via_types(text)
    assert types and all(t != "person" for t in types.values())


@pytest.mark.parametrize("name, kind", [
    ("Phil Musser of digital consulting firm IMGE", "person"),  # usa-today_2015-11-25 (PolNeAR train)
    ("Susanne Risse from the company", "person"),  # BBC tech 395
    ("Brett Lock of gay group OutRage!", "person"),  # BBC entertainment 248
    ("Bank of America", "organization"),  # no given name before `of`
    ("George Washington University of Law", "organization"),  # a body's word before `of`
])
def test_a_person_of_a_body_is_a_person(name, kind):
    assert name_type(name.split()) == kind


def test_a_firm_after_a_lower_case_role_noun_taken_up_by_it_is_a_body():
    # BBC tech 2004-05 (/work/r26/breadth/bbc-tech/153.txt)
    text = ("The mobile gaming industry is set to explode in 2005 with a number of high-profile "
            "devices offering a range of gaming and other features such as movie and music playback. "
            "Market leader Nintendo, however, is releasing a handheld console that it says will "
            "revolutionise the way games are played.")
    a = sayso.analyze(text)
    [att] = [x for x in a.attributions if x.source is not None and x.source.text == "it"]
    assert a.entity(att.source.entity).type == "organization"


def test_a_person_after_a_lower_case_title_taken_up_by_he_stays_a_person():
    # the negative: `he` marks the person (shape of BBC sport: `Wales coach Ruddock ... he said`)
    text = ('Wales coach Ruddock praised his side. "We played well," he said.')
    a = sayso.analyze(text)
    [att] = [x for x in a.attributions if x.source is not None and x.source.text == "he"]
    assert a.entity(att.source.entity).type == "person"
