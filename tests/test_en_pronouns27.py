"""English pronoun sources resolved by gender, topic and the previous sentence's subject
(round 27, `benchmarks/data/enpron27/README.md`).

Found by `benchmarks/en_pronoun_census.py` over the BBC 2004-05 news dataset (Greene &
Cunningham; non-politics) and PolNeAR train (2015-16), which flags pronoun sources whose entity
looks wrong without gold: `she` resolved to Bill Clinton where the surname `Clinton` is Hillary
Clinton's (a surname registered to the bearer of the other gender), `He cannot get a budget
passed` after `Even in the House, Mr. Ryan's ideas have met with resistance` resolved to the
last speaker (the possessor opening the previous sentence is its topic), and `They said` after
`But throughout the summer and fall, members within both unions criticized the decision` (a
conjunction before the previous sentence's subject). The sentences are trimmed from those
articles; guards: a possessor inside the previous sentence (not opening it) stays embedded.
"""

from __future__ import annotations

import sayso


def _entities(text: str) -> dict[tuple[str, int], str]:
    """(source surface, its offset) -> the display name of its entity."""
    analysis = sayso.analyze(text, language="en")
    return {(a.source.text, a.source.start): analysis.entity(a.source.entity).name
            for a in analysis.attributions if a.source and a.source.entity}


def _pronoun(text: str, pronoun: str, occurrence: int = -1) -> str:
    got = sorted((k, v) for k, v in _entities(text).items() if k[0] == pronoun)
    return got[occurrence][1]


def test_she_takes_the_surnames_female_bearer():
    # PolNeAR train, nyt_2016-08-11 (trimmed): `Clinton` was Bill Clinton's alias
    text = ("Clinton aides sought to limit her exposure\n\n"
            "Former President Bill Clinton said on Monday that the foundation would stop taking "
            "foreign money.\n\n"
            "Hillary Clinton's campaign said the emails had no bearing on the foundation's work.\n\n"
            "The documents included 44 emails that Clinton had previously given to the State "
            "Department, which she said represented all her work-related emails.")
    assert _pronoun(text, "she") == "Hillary Clinton"


def test_he_keeps_a_male_bearer():
    # the same text with `he`: Bill Clinton stays (the rule only moves a pronoun of the other gender)
    text = ("Clinton aides sought to limit her exposure\n\n"
            "Former President Bill Clinton said on Monday that the foundation would stop taking "
            "foreign money.\n\n"
            "Hillary Clinton's campaign said the emails had no bearing on the foundation's work.\n\n"
            "The foundation, which Clinton had run for years, closed, he said.")
    assert _pronoun(text, "he") == "Bill Clinton"


def test_possessor_opening_the_previous_sentence_is_its_topic():
    # PolNeAR train, nyt_2016-04-12 `Ryan wages campaign` (trimmed): not Lindsey Graham
    text = ("Ryan wages campaign\n\n"
            "House Speaker Paul Ryan said on Tuesday that he would not accept the nomination.\n\n"
            "Senator Lindsey Graham of South Carolina, a reluctant Cruz supporter, agreed. \"If you "
            "can't get everyone on board, it makes it harder,\" he said.\n\n"
            "Even in the House, Mr. Ryan's ideas have met with resistance. He cannot get a budget "
            "passed, largely because he will not support the deep spending cuts favored by "
            "conservatives.")
    assert _pronoun(text, "he") == "Paul Ryan"


def test_possessor_inside_the_previous_sentence_stays_embedded():
    # guard: `Graham has long opposed Mr. Ryan's ideas`: the subject is Graham, `He` too
    text = ("Ryan wages campaign\n\n"
            "House Speaker Paul Ryan said on Tuesday that he would not accept the nomination.\n\n"
            "Senator Lindsey Graham of South Carolina, a reluctant Cruz supporter, agreed. \"If you "
            "can't get everyone on board, it makes it harder,\" he said.\n\n"
            "Graham has long opposed Mr. Ryan's ideas on the budget. He said he will not support "
            "the deep spending cuts favored by conservatives.")
    assert _pronoun(text, "He") == "Lindsey Graham"


def test_they_after_a_conjunction_and_a_fronted_phrase():
    # PolNeAR train, politico_2016-04-06 `Hillary Clinton's union problem` (trimmed): not the NEA
    text = ("Unions\n\n"
            "Randi Weingarten, the AFT president, said the union had done its homework. The NEA "
            "didn't endorse a candidate until after the primaries in 2008.\n\n"
            "But throughout the summer and fall, members within both unions criticized the "
            "decision. They said the endorsement was rushed.")
    assert _pronoun(text, "They") == "members within both unions"
