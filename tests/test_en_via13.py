"""envia13: English channels (`via`) of kinds the extractor did not read, on real sentences of
the BBC News corpus (business, entertainment, sport, tech, 2004-05; never politics) and PolNeAR
train, each checked through the whole pipeline (ANNOTATION.md "Channels": the addressee or
medium of speech is a via; "Citing chains": `X, quoting Y`: Y speaks, X is the via).
"""

from __future__ import annotations

import pytest
from golden_support import source_cue_vias, source_vias_by_cue


@pytest.mark.parametrize(("text", "source", "channels"), [
    # BBC business 417: a closing frame whose subject quotes someone
    ("\"It doesn't seem likely,\" Reuters quoted one trader as saying.", "one trader", ["Reuters"]),
    # BBC business 409
    ("\"They were able to move so quickly it caught HSBC by surprise,\" the Financial Times newspaper "
     "quoted an insider in the talks as saying.", "an insider in the talks", ["Financial Times"]),
    # BBC tech 132: a time or a go-between after `as saying`
    ("\"He has been ripping people off all these years,\" AP quoted prosecutor Russell McGuire as saying.",
     "prosecutor Russell McGuire", ["AP"]),
    ("\"The authorities have destroyed Russia's most efficient oil company,\" the Interfax news agency "
     "quoted Mr Khodorkovsky as saying via his lawyers.", "Mr Khodorkovsky", ["Interfax", "lawyers"]),
    # (envia19: the go-between is an intermediary the words passed through, a channel too, as
    # enL-ghstandard-1 gold gives `lawyers` for `The hospital, through its lawyers, stated`)
])
def test_closing_quoted_as_saying(text: str, source: str, channels: list[str]) -> None:
    assert source_vias_by_cue(text, "quoted") == (source, channels)


def test_fronted_quoted_as_saying_unchanged() -> None:
    # PolNeAR train (nyt): the fronted frame was read before envia13 and still is
    text = "The New York Times quoted one of Carson's advisers as saying the retired neurosurgeon is struggling."
    assert source_vias_by_cue(text, "quoted") == ("one of Carson's advisers", ["New York Times"])


@pytest.mark.parametrize(("text", "cue", "channels"), [
    # BBC business 133: a title word (`Network`) after the outlet's possessive opens the title
    ("\"The prime minister has given instructions for exemplary penalties,\" he told the BBC's "
     "Network Africa programme.", "told", ["BBC", "Network Africa programme"]),
    # BBC entertainment: a small word inside a programme's title
    ("\"I'm extremely outraged at the hypocrisy,\" the play's organiser, Sarah Mukasa, told the BBC's "
     "Focus on Africa programme.", "told", ["BBC", "Focus on Africa programme"]),
    # BBC tech: no possessive, the outlet then its programme
    ("\"The way I see it I'm selling something I already own,\" he told the BBC Today programme.",
     "told", ["BBC", "Today programme"]),
    # BBC entertainment 185: the outlet an interview was for
    ("\"I've been on TV and been funny not cursing,\" he said during an interview for CBS network's "
     "60 Minutes show.", "said", ["CBS"]),
    # BBC sport: quoted in an unnamed paper: the paper as the text describes it
    ("Anelka was quoted in a French newspaper as saying he would like to play in the Champions League "
     "for a bigger club.", "quoted", ["French newspaper"]),
])
def test_programmes_and_outlets(text: str, cue: str, channels: list[str]) -> None:
    assert source_vias_by_cue(text, cue)[1] == channels


@pytest.mark.parametrize(("text", "cue", "source", "channels"), [
    # BBC tech 186: a source after the verb, then the medium
    ("\"China is censoring Google News to force internet users to use the Chinese version of the site,\" "
     "said the group in a statement.", "said", "the group", ["statement"]),
    # BBC business 359: a broker's note, and the investors it was sent to (outer first)
    ("\"We are not expecting Fiat to exercise its put at this point,\" brokerage Merrill Lynch said in a "
     "note to investors.", "said", "brokerage Merrill Lynch", ["investors", "note"]),
    # BBC business 121: a report the speaker published
    ("In a report published on Wednesday, the Bank said that with rates at their current level, "
     "inflation would rise to its 2% target within two years.", "said", "the Bank", ["report"]),
    # PolNeAR train (nyt): a memo
    ("\"Satya had me at independence,\" Mr. Weiner wrote in his memo.", "wrote", "Mr. Weiner", ["memo"]),
    # PolNeAR train (breitbart): a statement set off between the subject and its verb
    ("Corey Lewandowski, in a statement released by the campaign on Thursday, said he appreciates the "
     "professionalism displayed by the state attorney.", "said", "Corey Lewandowski", ["statement"]),
])
def test_documents_read_after_in(text: str, cue: str, source: str, channels: list[str]) -> None:
    assert source_vias_by_cue(text, cue) == (source, channels)


@pytest.mark.parametrize(("text", "cue"), [
    # BBC business 417: the report talked about is no medium
    ("Barclays has declined to comment on the report in the Sunday Express, saying it does not respond "
     "to market speculation.", "saying"),
    # PolNeAR train (wash-post): `e-mail` modifying a noun
    ("The Clinton campaign, in a Q&A on the e-mail controversy, worded it even more carefully: \"Her "
     "work emails were immediately captured.\"", "worded it even more carefully"),
])
def test_documents_that_carry_nothing(text: str, cue: str) -> None:
    found = [v for s, c, v in source_cue_vias(text) if c and c[0] == cue]
    assert found and all(v == [] for v in found), source_cue_vias(text)


@pytest.mark.parametrize(("text", "channels"), [
    # PolNeAR train: the person of an outlet addressed, after the outlet
    ("\"This is a mess,\" Trump told CNN's Jake Tapper on Sunday.", ["CNN", "Jake Tapper"]),
    ("Jeff Weaver said in an interview with MSNBC's Tamron Hall that the race was not over.",
     ["MSNBC", "Tamron Hall"]),
    ("Mr. Trump told Fox News host Sean Hannity that the election was rigged.", ["Fox News", "Sean Hannity"]),
])
def test_outlet_person_addressed(text: str, channels: list[str]) -> None:
    assert [v for _, c, v in source_cue_vias(text) if c][0] == channels


def test_fronted_according_after_an_opening_word() -> None:
    # en-news part G tune (enG-npr-1), with an opening word before the frame
    text = "Later, according to the official, Comey told Priebus that the bureau could not help."
    assert source_vias_by_cue(text, "told") == ("Comey", ["official", "Priebus"])
