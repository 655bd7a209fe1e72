"""envia20: English channels (`via`) on new text: a verb coordinated after `and` shares the
channel of the verb before it, legislative chambers told by name, a relaying paper the gazetteer
lacks.

Round 20 (issue #11): via recall on the clean pool (64.0) stays below the open pool's (88.4);
46 of its 63 misses on matched pairs are rows with no via at all. Each sentence is from an open
article (en-news part M tune, cited by id) or from broad unlabeled text (PolNeAR train; the file
is cited), and runs through the whole pipeline. ANNOTATION.md "Channels": "the addressee or
medium of speech is a via"; "Outer channel first".
"""

from __future__ import annotations

import pytest
from golden_support import vias_by_cue

_DAIL = ("People Before Profit-Solidarity TD Richard Boyd Barrett told the Dáil that Mothers Against "
         "Genocide protesters were “arrested very, very violently in some cases” and repeated an "
         "allegation by a woman that she had been “stripped completely naked” in garda custody.")


@pytest.mark.parametrize(("text", "cue", "via"), [
    # enM-britpanorama-1 (gold: `Dáil` on both rows): a chamber named by its own name is a
    # body addressed, as `told the Commons` is
    (_DAIL, "told", ["Dáil"]),
    # ... and the verb coordinated after the first one's content speaks to the same chamber
    (_DAIL, "repeated", ["Dáil"]),
    # PolNeAR train breitbart_2016-07-13_trump-demands-ginsburg-resign-fo
    ("She escalated her criticism on Tuesday, telling CNN that Trump is a “faker” and questioning "
     "how he has “gotten away with not turning over his tax returns.”", "questioning", ["CNN"]),
    ("But he told ABC’s “Good Morning America” that he agrees Trump is a “total opportunist” and "
     "said “the record is quite clear that he lies just a whole lot of the time.”", "said",
     ["ABC", "Good Morning America"]),
    # PolNeAR train breitbart_2016-05-15_trump-talks-to-megyn-kelly-about
    ("She told ABC’s “Good Morning America” on Monday the tone of the interview was cordial, with "
     "tense moments, and predicted viewers “will be feeling a little uncomfortable.”", "predicted",
     ["ABC", "Good Morning America"]),
])
def test_coordinated_verb_shares_channel(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via


@pytest.mark.parametrize(("text", "cue"), [
    # PolNeAR train wash-post_2016-07-15_thin-skinned-trump-quells-critic: `and then tweeted`
    # is a later act on its own medium, not at the rally
    ('Trump blasted the California yoga instructor during a presidential campaign rally, calling '
     'her a "horrible, horrible witness," and then tweeted that she was "Disgraceful!"', "tweeted"),
])
def test_no_channel_shared_with_own_medium(text: str, cue: str) -> None:
    assert "presidential campaign rally" not in vias_by_cue(text, cue)


def test_relaying_paper_outside_gazetteer() -> None:
    # enM-rnz-1 (gold: `Fiji Times` on the minister's row): a paper named as papers are relays
    # the words it reports, outer first
    text = ("The Fiji Times reported the minister told Mr Tikoitoga his office was not involved in "
            "recruiting any Fijians to work in PNG's Ihu Special Economic Zone project in Gulf Province's "
            "Kikori district.")
    assert vias_by_cue(text, "told")[:1] == ["Fiji Times"]


@pytest.mark.parametrize(("text", "cue", "via"), [
    # BBC business 2005 (025.txt): a court's written decision carries the judge's words, as a
    # court filing carries a party's (channels.json platforms / written_in)
    ('In her ruling, the judge acknowledged that "it appears likely that agencies of the Russian '
     'government have acted in a manner that would be considered confiscatory under United States '
     'law".', "acknowledged", ["ruling"]),
    # BBC tech 2005 (248.txt): a party's pleading
    ('Apple said in the seven-page complaint, filed on 13 December, that it did not know the "true '
     'names or capacities, whether individual, associate, corporate or otherwise," of the '
     'defendants.', "said", ["complaint"]),
    # PolNeAR train nyt_2016-04-25_trump-s-aging-air-fleet-gives-hi: a film spoken in
    ("Trump said in a documentary that showed off some of the renovations.", "said", ["documentary"]),
    # PolNeAR train wash-post_2015-11-24_pfizer-deal-s-tax-strategy-assai: the call a company
    # holds with analysts, as a conference call with reporters
    ("In a call with analysts Monday, Pfizer chief executive Ian Read said company leaders had paid "
     "attention to the political debate around inversions but decided to proceed with the deal "
     "because it was a good business move.", "said", ["call with analysts"]),
])
def test_legal_and_corporate_media(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via
