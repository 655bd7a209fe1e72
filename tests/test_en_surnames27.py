"""A surname after an honorific or a description names the person the article named in full
(issue #15, round 27: one person is one entity).

Found by a census of person sources sharing a surname in one article but kept apart, over the
BBC 2004-05 news dataset (Greene & Cunningham; non-politics) and PolNeAR train (2015-16): `Mr
King` beside `Paul King` (a surname that is also a title), `Ms. Boxer` beside `Senator Barbara
Boxer` (a surname that is also an occupation), `A flabbergasted Noah` and `Falcons chief Andrew`
(an adjective or a role before the surname), `However Mr Mulligan was ...` (an honorific
antecedent of `he`), `Though Bush's campaign ...` (a clause opener glued to the name). Guards:
two people who share the surname (`coach Robinson` beside Andy and Jason Robinson), a kin word
(`the younger Mr. Trump`), a list (`Neither Cruz nor Christie`), a party (`most Republicans`).
"""

from __future__ import annotations

import sayso


def _entities(text: str) -> dict[str, str]:
    """Each source surface -> the display name of its entity."""
    analysis = sayso.analyze(text, language="en")
    return {a.source.text: analysis.entity(a.source.entity).name
            for a in analysis.attributions if a.source and a.source.entity}


def _entity_ids(text: str) -> dict[str, str]:
    analysis = sayso.analyze(text, language="en")
    return {a.source.text: a.source.entity for a in analysis.attributions if a.source and a.source.entity}


def test_honorific_before_a_surname_that_is_a_title():
    # BBC tech/077 (2005)
    got = _entities(
        "Hacker threat to web firms\n\n"
        "Not least, said Paul King, principal security consultant at Cisco, because the defences "
        'against such attacks are so common. "If you think of criminals they do not do clever," said '
        'Mr King, "they just do what works."')
    assert got["Mr King"] == "Paul King"


def test_honorific_before_a_surname_that_is_an_occupation():
    # New York Times 2016-05-19 (PolNeAR train)
    got = _entities(
        "Democrats Pressure Sanders\n\n"
        "Senator Barbara Boxer of California said she had reached out to Mr. Sanders about the need "
        "for unity. ''I have placed a couple of calls to Bernie,'' Ms. Boxer said.")
    assert got["Ms. Boxer"] == "Barbara Boxer"


def test_adjective_before_a_surname():
    # HuffPost 2016-08-12 (PolNeAR train)
    got = _entities(
        "Trevor Noah on Trump\n\n"
        "“Daily Show” host Trevor Noah on Thursday said that the businessman was given an opportunity "
        "to clarify his remarks. A flabbergasted Noah quipped, “It’s like a lawyer with the dumbest "
        "client ever.”")
    assert got["A flabbergasted Noah"] == "Trevor Noah"


def test_role_before_a_surname():
    # BBC sport/415 (2005)
    got = _entities(
        "Wilkinson to miss Ireland clash\n\n"
        "England will have to take on Ireland in the Six Nations without captain and goal-kicker "
        "Jonny Wilkinson, according to his Newcastle boss Rob Andrew. \"Jonny's not fit yet,\" "
        "Falcons chief Andrew told BBC Radio Five Live.")
    assert got["Falcons chief Andrew"] == "Rob Andrew"


def test_honorific_antecedent_of_a_pronoun():
    # BBC tech/206 (2005)
    got = _entities(
        "Advertisers help file-sharers\n\n"
        "But the issue is often more complicated for advertisers, said Mark Mulligan, a music "
        "analyst with Jupiter Research.\n\nHowever Mr Mulligan was not entirely convinced by these "
        "explanations. \"I would be surprised if these brands didn't have the know-how to prevent "
        "this happening,\" he said.")
    assert got["he"] == "Mark Mulligan"


def test_clause_opener_is_no_part_of_the_name():
    # Washington Post 2016-02-09 (PolNeAR train)
    got = _entities(
        "Barbs and pleas before N.H. vote\n\n"
        "Jeb Bush campaigned in Concord on Monday. Though Bush's campaign has languished for "
        "months, he said he would find his voice in the closing week in New Hampshire.")
    assert got["he"] == "Jeb Bush"


def test_two_people_with_the_surname_keep_a_bare_role_surname_apart():
    # BBC sport/342 (2005): Jason and Andy Robinson
    ids = _entity_ids(
        "Robinson out of Six Nations\n\n"
        "Jason Robinson said: \"This is very disappointing for me.\" And coach Andy Robinson said: "
        "\"I am hugely disappointed for Jason.\" England coach Robinson added: \"We will miss him.\"")
    assert ids["Jason Robinson"] != ids["coach Andy Robinson"]
    assert ids.get("England coach Robinson") != ids["Jason Robinson"]


def test_list_and_party_are_no_premodified_surname():
    # HuffPost 2016-02-07, New York Times 2016-06-09 (PolNeAR train)
    got = _entities(
        "GOP debate\n\n"
        "Chris Christie said he would quarantine people over fears of the Zika virus. Neither Cruz "
        "nor Christie acknowledged the Obama administration's efforts. Many Republicans said they "
        "would vote. But most Republicans agreed they had no real recourse at this point.")
    assert got["Chris Christie"] == "Chris Christie"
    assert got["Neither Cruz nor Christie"] != "Chris Christie"
    assert got.get("most Republicans", "most Republicans") != "Chris Christie"


def test_honorific_before_a_two_word_surname():
    # BBC entertainment/026 (2004)
    got = _entities(
        "National Gallery visitors rise\n\n"
        "Charles Saumarez Smith, the gallery's director, said he was \"delighted\". Mr Saumarez Smith "
        "added that strong temporary collections throughout 2004 had led to the strong performance.")
    assert got["Mr Saumarez Smith"] == "Charles Saumarez Smith"


def test_middle_initial_adds_nothing():
    # New York Times 2016-08-01 (PolNeAR train)
    ids = _entity_ids(
        "Pressure rises on Trump\n\n"
        "Donald J. Trump said on Sunday that he had made sacrifices for his country. Ms. Khan said "
        "Mr. Trump was ignorant of Islam. ''Donald Trump said he has made a lot of sacrifices,'' "
        "Ms. Khan said.")
    assert ids["Donald Trump"] == ids["Donald J. Trump"]
