"""enfront20: English sources and channels around a phrase naming the medium, fronted before the
subject (`In court papers, prosecutors said`) or inserted between the subject and its verb (`Jeb
Bush in a Medium post said`), on real sentences of PolNeAR train and the BBC News corpus
(business, entertainment, sport, tech, 2004-05; never politics), each checked through the whole
pipeline. ANNOTATION.md: the source is the party speaking; "the addressee or medium of speech is
a via".
"""

from __future__ import annotations

import pytest
from golden_support import source_cue_vias, source_vias_by_cue


def test_subject_after_fronted_phrase() -> None:
    # PolNeAR train breitbart_2016-03-01 (the-latest-sanders-wins-minnesot): the tagger ran the
    # source over the fronted `In each of those states,`
    text = "In each of those states, about a third of Democratic voters or less want a switch to more liberal policies."
    assert source_vias_by_cue(text, "want") == ("about a third of Democratic voters or less", [])


def test_relative_clause_is_no_fronted_phrase() -> None:
    # BBC business 014: the comma opens a relative clause inside the opening phrase, no subject
    # follows it (the source is not cut to `which`)
    text = ("In recent months News Corp's News International unit, which publishes The Sun and the News "
            "of the World, the Guardian Media Group, Trinity Mirror and the Daily Mail & General Trust "
            "have all announced substantial investments in new printing plants.")
    assert all(s != "which" for s, _, _ in source_cue_vias(text))


def test_inserted_medium_names_the_speaker() -> None:
    # PolNeAR train usa-today_2016-01-26 (candidates-fan-out-in-iowa): the tagger gave the verb
    # the first clause's subject; Bush speaks, in the post
    text = ("Retired neurosurgeon Ben Carson proposed the creation of a  federal agency to coordinate "
            "cyber security efforts, while Jeb Bush in a Medium post said he would put more "
            "conservative judges on the federal bench.")
    assert source_vias_by_cue(text, "said") == ("Jeb Bush", ["post"])


@pytest.mark.parametrize("text", [
    # PolNeAR train wash-post_2015-11-16 (clinton-s-claim-that-percent-of-): the footnote is part
    # of a known document (`the`), itself the source
    "A footnote in the report makes that clear: \"These assessments do not apply to the system used by the "
    "Department's high-level principals, the Secretary, the Deputy Secretaries, the Under Secretaries, and "
    "their immediate staff.\"",
    # BBC tech 273: a participle's phrase describes the subject
    "The company named in the lawsuit denied any wrongdoing and said it complied with all relevant laws.",
])
def test_describing_phrase_stays_in_the_source(text: str) -> None:
    assert all(not v for _, _, v in source_cue_vias(text)), source_cue_vias(text)


def test_measure_before_a_fronted_document() -> None:
    # PolNeAR train wash-post_2016-07-02 (judge-blocks-mississippi-s-relig): `60-page` is a
    # describing word of the ruling, the medium
    text = ("In his 60-page ruling, Reeves wrote that the title, history and text of the law showed it to "
            "be \"the State's attempt to put LGBT citizens back in their place.\"")
    assert source_vias_by_cue(text, "wrote") == ("Reeves", ["ruling"])


@pytest.mark.parametrize(("text", "cue", "source"), [
    # PolNeAR train huff-post_2015-12-10 (hillary-clinton-under-pressure-t): the phrase ends at a
    # comma and a participle; the subject of the sentence speaks
    ("She addressed Muslim-Americans in an email to supporters, saying that “what you’re hearing from "
     "Trump and other Republicans is absolutely, unequivocally wrong.”", "saying", "She"),
    # PolNeAR train wash-post_2016-02-09 (barbs-and-pleas-before-n-h-vote)
    ("Clinton's husband, Bill, effectively hurled the kitchen sink at Sanders in a speech Sunday, accusing "
     "Sanders's followers of sexism and his campaign of fabricated attacks.", "accusing", "Clinton's husband, Bill"),
])
def test_medium_phrase_before_a_comma_keeps_the_subject(text: str, cue: str, source: str) -> None:
    assert source_vias_by_cue(text, cue)[0] == source
