"""A role phrase before a person's name does not make another person (issue #15, round 26).

`Qantas chief executive Geoff Dixon`, `chief executive Geoff Dixon` and `Qantas boss Mr Dixon` in
one article are one person displayed as Geoff Dixon: the lower-case role before the given name
and surname (`coref._after_role_phrase`), or before an honorific and surname, is not part of the
name. Sentences from the BBC 2004-05 news dataset (Greene & Cunningham; business/128 and
business/455, business/191, entertainment/093). Guards: a role joined to the name by a
preposition is another person's (`A spokesman for House Speaker John Boehner`: the rule
leaves it alone), and a clause ending in `by Dr Graham` names no role.
"""

from __future__ import annotations

import sayso


def _entities(text: str) -> dict[str, str]:
    """Each source surface -> the display name of its entity."""
    analysis = sayso.analyze(text, language="en")
    return {a.source.text: analysis.entity(a.source.entity).name
            for a in analysis.attributions if a.source and a.source.entity}


def test_role_phrases_before_one_name_are_one_person():
    got = _entities(
        "Qantas profits soar\n\n"
        '"The tsunami affected travel patterns in ways that we were a bit surprised about," chief '
        "executive Geoff Dixon explained. \"We don't have as much hedging benefit in the second half "
        'as we had in the first," said chief financial officer Peter Gregg. Qantas boss Mr Dixon also '
        "said he would be reviewing the group's cost-cutting measures.")
    assert got["chief executive Geoff Dixon"] == "Geoff Dixon"
    assert got["Qantas boss Mr Dixon"] == "Geoff Dixon"


def test_company_role_and_bare_role_are_one_person():
    got = _entities(
        "Qantas may move jobs abroad\n\n"
        'Chief executive Geoff Dixon was quoted as saying the carrier could no longer afford to '
        'remain "all-Australian". "We\'re going to have to get the lowest cost structure we can," '
        "the newspaper quoted Qantas chief executive Geoff Dixon as saying.")
    names = {name for surface, name in got.items() if "Dixon" in surface}
    assert names == {"Geoff Dixon"}


def test_producer_with_film_title_is_the_producer():
    got = _entities(
        "Godzilla bows out\n\n"
        '"Godzilla should thank you for this historical and monumental star," said Final Wars '
        'producer Shogo Tomiyama. And producer Shogo Tomiyama added: "So long as Godzilla can '
        'fascinate people, I believe he will be resurrected by new generations of filmmakers in '
        'the future."')
    assert set(got.values()) == {"Shogo Tomiyama"}


def test_a_clause_ending_in_a_titled_surname_is_no_role():
    got = _entities(
        "Vioxx row deepens\n\n"
        "According to calculations presented to the US Senate by Dr Graham, the drug may have "
        "caused 27,000 heart attacks. David Graham from the FDA's Office of Drug Safety told the "
        "BBC \"there really doesn't appear to be a need for Cox-2\" inhibitors.")
    assert got["David Graham from the FDA's Office of Drug Safety"] == "David Graham"
