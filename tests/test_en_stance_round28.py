"""Round 28 (enaccuse28): wrongdoing laid at a party's door in words the lexicon lacked.

ANNOTATION.md: "Stance follows the content when the cue is neutral"; STANCE.md row 8 (accuse
"lays wrongdoing, blame or bad faith at a party's door: ... `X lied`, `X killed civilians`").
Every row is a real sentence of broad unlabeled text (PolNeAR train, BBC News 2004-05 business,
entertainment, sport, tech; `benchmarks/en_accuse_census.py` over an `en_stance_breadth.py`
dump), with the cases the new forms must not read: a noun, a passive, the speaker's own side, a
refusal that is no duty, a negation, a condition.
"""

from __future__ import annotations

import pytest

from sayso.lang.en.stance import refine


@pytest.mark.parametrize(("cue", "content", "want"), [
    # present-tense wrongs with a party before and an object after
    ("said", "It exploits the sensitive emotions of adoption", "accuse"),             # BBC entertainment/166
    # a duty refused by a named party
    ("said", "The China Three Gorges Project Corp is refusing to obey a government order to stop construction "
     "of one of its giant dams", "accuse"),                                            # BBC business/282
    ("claims", "Mr Ebbers refused to stop the fraud", "accuse"),                       # BBC business/114
    ("reported", "The Clinton Foundation refused to release the names of 1,076 foreign donors",
     "accuse"),                                                                        # PolNeAR train, breitbart 2016-06-09
    # sexual assault and rape; acting unlawfully; the truth hidden
    ("said", "Clinton was trying to strike up a date with her weeks after he had sexually assaulted her",
     "accuse"),                                                                        # PolNeAR train, west-journal 2016-01-18
    ("said", "Clinton raped her in 1978", "accuse"),                                   # PolNeAR train, west-journal 2016-01-18
    ("says", "President Barack Obama is acting unlawfully and showing disregard for the Second Amendment with "
     "his actions on gun control", "accuse"),                                          # PolNeAR train, breitbart 2016-01-05
    ("said", "The Obama administration and Clinton officials hid this compelling Benghazi email for years",
     "accuse"),                                                                        # PolNeAR train, west-journal 2015-12-09
    # a duty shirked, a lie in the progressive, a duty failed
    ("according to", 'Phone companies are not doing enough to warn customers about internet "rogue-dialling" '
     "scams", "accuse"),                                                               # BBC tech/188
    ("said", "net firms are not doing enough to protect people", "accuse"),            # BBC tech/031
    ("said", "\"I thought 'not only has he gone behind my back, he's lying", "accuse"),  # BBC sport/260
    ("said", "Rubio “has failed to do anything beyond furthering his own political aspirations",
     "accuse"),                                                                        # PolNeAR train, politico 2016-08-23
    # must NOT fire: a plural noun, a verb of place, a refusal that is no duty, the speaker's side
    ("says", "They know Hillary’s the only one strong enough to stop Wall Street abuses and make the wealthy "
     "pay their fair share", "assert"),                                                # PolNeAR train, politico 2016-01-19
    ("said", "the real commercial opportunity lies with linking this through to web content",
     "assert"),                                                                        # BBC tech/269
    ("said", "it was seeking acquisitions but refused to comment on specifics", "assert"),  # BBC business/005
    ("said", "We have units behind a vehicle initially was refusing to stop. They picked it up again eastbound",
     "assert"),                                                                        # enD-wsvn-1 (gold assert)
    ("said", "they had not done enough to ensure victory", "assert"),                  # PolNeAR train (USDP members)
    ("replied", "On that date, yes. I was lying", "assert"),                           # BBC business (Mr Sullivan)
    ("said", "the woman's champagne was spiked and she was then assaulted", "assert"),  # BBC entertainment/115
    ("said", "she was assaulted after a recording of the Jimmy Kimmel Live TV show", "assert"),  # BBC entertainment/115
    ("said", "It's quite common for people to have two or three phones just lying around", "assert"),  # BBC tech/017
    # a patent infringed, a party's means turned to fraud
    ("claimed", "Internet Explorer (and other browsers) infringed an Eolas patent", "accuse"),  # BBC tech/399
    ("said", "Under the guise of protecting investors from fraud, Royer and Elgindy used the FBI's crime-fighting "
     "tools and resources actually to defraud the public", "accuse"),                  # BBC business/497
    ("pleaded guilty to charges", "they infringed copyright by illegally sharing music", "assert"),  # BBC tech/091
    # a sham that hides a party; the blame given its owner
    ("claimed", "Baikal was a front for gas monopoly Gazprom, which had been expected to win",
     "accuse"),                                                                        # BBC business/318
    ("argues", "some of the blame for the rise of Donald Trump belongs to Chief Justice Roberts' 2012 opinion in "
     "the Obamacare case, NFIB v. Sebelius", "accuse"),                                # PolNeAR train, huff-post 2016-05-07
    ("said", "No-one is putting the blame on Robin", "assert"),                        # BBC sport/178
    ("said", "the blame lies with us and nobody else", "assert"),  # constructed: the own side admits, it charges no one
])
def test_round28_accuse(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # STANCE.md row 7: a company's own act said with `will`/`would` (`Microsoft will also expand`)
    ("said", "it would produce 100,000 Mini models a year at its vast Cowley factory on the outskirts of Oxford",
     "promise"),                                                                       # BBC business/049
    ("has said", "it will double the broadband speeds of most of its home and business customers",
     "promise"),                                                                       # BBC tech/058
    ("said", "it would merge a number of departments", "promise"),                     # BBC business/201
    # must NOT fire: a poll's intention to buy is no commitment of a side
    ("said", "they would be buying some sort of wireless device", "assert"),           # BBC tech/361
])
def test_round28_company_commitments(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want
