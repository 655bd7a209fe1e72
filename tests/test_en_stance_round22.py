"""Round 22 (enstance22): accusations by the name of an offence, denials passed on or by absent evidence.

ANNOTATION.md: "Stance follows the content when the cue is neutral"; the rows cited are those of
`evaldata/en-news/STANCE.md`. Every row is a real sentence of an open en-news article (named in
the comment) or of broad unlabeled text (PolNeAR train, BBC News 2004-05 business/entertainment/
sport/tech; `benchmarks/en_stance_breadth.py`); each class has the over-reach it must not make.
Counts: `benchmarks/data/enstance22/README.md`.
"""

from __future__ import annotations

import pytest

from sayso.lang.en.stance import crime_named, refine


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 8: a party held for an offence (stance.json crimes.held_for + crimes.nouns)
    ("claims", "the government official arrived in the UK via a private jet with the cash amount in suitcases and "
               "has been detained on grounds of suspected money laundering", "accuse"),  # enN-citinewsroom-1
    ("suggesting", "they are being investigated for embezzlement", "accuse"),      # BBC business/338
    # row 8: an act or a claim named an offence, with an article or a word that asserts the label
    ("emphasized", "the claims were an extortion attempt", "accuse"),               # enL-ghstandard-1
    ("said", "the Trump University allegations are \"just more evidence that Donald Trump himself is a fraud",
     "accuse"),                                                                     # PolNeAR train, wash-post
    # a labelling cue whose label is an offence (STANCE.md: the label decides)
    ("had labeled", "the alleged action of police officers as harassment and intimidation during the protests "
                    "at the USP campus last week", "accuse"),                       # enN-fbcnews-1
    ("describing", "the tactic as 'cheating,' prompting the International Rugby Board to rule that three men "
                   "had to pack down in the front row of the scrum", "accuse"),      # BBC sport/371
    # not: a bare offence after a copula names a topic (PolNeAR train, nyt)
    ("writing", "the real issue at stake in the election was terrorism", "assert"),
    # not: a negated charge, an inquiry
    ("said", "he was not arrested for fraud", "assert"),
    ("said", "a murder inquiry had been launched", "assert"),
    # not: `held` in the active voice (talks held over a topic)
    ("said", "the ministers held talks over corruption in the sector", "assert"),
])
def test_offences_laid(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want


def test_offence_only_in_the_first_sentence() -> None:
    # STANCE.md: the main clause (the first sentence of a long quotation) decides
    assert not crime_named("We met the minister. He was later charged with fraud.")


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 2: a named party's denial passed on as the content's main clause
    ("reported", "The National Emergency Crisis and Disaster Management Authority, NCEMA, has denied all "
                 "allegations and rumours spread via social networking sites surrounding the spraying of "
                 "pesticides in UAE skies", "deny"),                                 # enN-gulfnews-1
    # not: a court's ruling (row 11)
    ("said", "the court dismissed the charges", "assert"),
    # row 2: evidence of the event said to be absent (word_lists.ABSENT_EVIDENCE)
    ("said", "We currently have no indications that Ring has experienced a ransomware event", "deny"),  # enN-1news-1
    # not: no indication of a future event (PolNeAR train, wash-post)
    ("added", "that hasn't happened yet, and there is no indication that this will happen", "assert"),
    # row 2: a correction of the record (content.deny: `the true position is`, `not in fact`)
    ("According to", "the true position is that troops carried out routine clearance operations in line with "
                     "the rules of engagement", "deny"),                             # enN-vanguard-1
    ("declared", "4bn euros thought to be held in an offshore account did not in fact exist", "deny"),  # BBC business/312
])
def test_denials(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 8: an offence or a violent deed done by a party (crimes.done + crimes.nouns/deeds)
    ("said", "the Syrian army carried out two chemical weapons attacks using helicopters on villages in Idlib "
             "in 2014 and 2015", "accuse"),                                         # PolNeAR train, huff-post
    ("thinks", "Curiel has engaged in misconduct", "accuse"),                        # PolNeAR train, wash-post
    ("has always insisted", "the auction was state-sponsored theft", "accuse"),      # BBC business/314
    # not: a fight against the offence, a union's strike
    ("said", "the force is engaged in the fight against terrorism", "assert"),
    ("said", "workers carried out a strike on Monday", "assert"),
    # not: a content that opens on `no proof` is the cue's object (tests/test_en_stance.py)
    ("offered", "no proof that Clinton had a role", "assert"),
])
def test_offences_done(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want
