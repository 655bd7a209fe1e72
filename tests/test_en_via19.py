"""envia19: English channels (`via`) on new text: media nouns as data, intermediaries spoken
through, people of the media told by role and name, audiences told.

Round 19 (issue #11): via recall on the clean pool (62.6) stays far below the open pool's (87.9);
the largest class of misses was one-word channel nouns, then proper names with no predicted
via. Each sentence is from an open article (en-news part L tune, cited by id) or from broad
unlabeled text (BBC 2005 non-politics, PolNeAR train; the file is cited), and runs through the
whole pipeline. ANNOTATION.md: a via is an outlet, channel or intermediary the words pass
through; "Channels": "the addressee or medium of speech is a via".
"""

from __future__ import annotations

import pytest
from golden_support import vias_by_cue


@pytest.mark.parametrize(("text", "cue", "via"), [
    # enL-emirates247-1 (gold: `press comments`)
    ("Reports circulated on WhatsApp that a gang is abducting children from their homes in the "
     "Eastern port of Khorfakkan are baseless as such a gang does not exist, the emirate’s police "
     "commander said in press comments published on Thursday.", "said", ["press comments"]),
    # BBC business 2005 (149.txt): a document of `written_in` after `in`
    ("In a separate announcement, GM unveiled a new scheme to allow European consumers the chance "
     "to test drive its Opel and Vauxhall models.", "unveiled", ["announcement"]),
    # BBC business 2005 (358.txt): the filing with its describing word, as events keep theirs
    ("\"This blatant attempt to artificially manufacture a basis for jurisdiction constitutes "
     "cause to dismiss this case,\" Deutsche Bank said in its court filing.", "said", ["court filing"]),
    # BBC business 2005 (200.txt): a participle after the medium describes it, it is no noun
    # the medium modifies
    ("In a live television broadcast announcing the measure, President Castro's chief aide said "
     "it was necessary because of the United States' increasing \"economic aggression\".", "said",
     ["television broadcast"]),
    # PolNeAR train wash-post_2016-03-30_trump-sticking-by-his-campaign-m: a sworn document
    ("\"Lewandowski . . . grabbed Fields' left arm with his right hand, causing her to turn and "
     "step back,\" Bujnowski wrote in the affidavit.", "wrote", ["affidavit"]),
])
def test_media_nouns(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via


@pytest.mark.parametrize(("text", "cue", "via"), [
    # enL-canindia-1 (gold: `telephone call`, on the `rejected` row; since enspk23 the denial
    # around the reports is a row of its own and holds it)
    ("New Delhi, Oct 17 (IANS) Sri Lankan President Maithripala Sirisena on Wednesday rejected "
     "media reports alleging an Indian hand in a plot to assassinate him and a former Defence "
     "Secretary of Sri Lanka during a telephone call with Prime Minister Narendra Modi.",
     "rejected", ["telephone call"]),
    # enL-bbc-3 (gold: `elite coaches' conference`): a plural possessive describes the event
    ("Speaking at an elite coaches' conference in Birmingham, Johnson also argued that although "
     "there has been more investment in the sport in Britain, it had not necessarily reaped the "
     "rewards.", "argued", ["elite coaches' conference"]),
    # PolNeAR train politico_2016-05-24_ken-starr-praises-laments-bill-c
    ("\"He just has remarkable gifts,\" Starr said during a panel discussion on the American "
     "presidency on May 16 at the National Constitution Center in Philadelphia.", "said",
     ["panel discussion"]),
])
def test_events_spoken_at(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via


def test_a_call_of_the_parties_reported_is_not_the_reporters_channel() -> None:
    """PolNeAR train (an Obama-Hollande call): `their` call is that of the people in the
    content; the White House reports it and was not on it."""
    text = ("During their phone call Tuesday, Obama and Hollande \"reaffirmed their shared "
            "commitment to degrading and destroying ISIL,\" the White House said.")
    assert vias_by_cue(text, "said") == []


def test_plural_speeches_are_no_event() -> None:
    """BBC business 2005: `in a series of speeches` is what a premier did; the regulators'
    order in the next clause was carried by none of them."""
    text = ("Last year, China's premier, Wen Jiabao, targeted bank lending practices in a series "
            "of speeches, and regulators ordered all big loans to be scrutinised.")
    assert vias_by_cue(text, "ordered") == []


@pytest.mark.parametrize(("text", "cue", "via"), [
    # enL-ghstandard-1 (gold: `lawyers`)
    ("The hospital, through its lawyers, stated that the claims were false, baseless, and "
     "unjustified, meant to ruin the institution's reputation.", "stated", ["lawyers"]),
    # BBC business 2005 (318.txt): the outlet relays, the lawyers passed the words on
    ("\"Russia's most efficient oil company has been destroyed,\" the Interfax news agency quoted "
     "Mr Khodorkovsky as saying via his lawyers.", "quoted", ["Interfax", "lawyers"]),
])
def test_intermediaries(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via


def test_a_release_helped_in_is_no_medium() -> None:
    """en-nypost-1: `help in their release` is what was asked for (`release` is no medium
    without `press`/`news`)."""
    text = ("Both men claimed at the time that they were being treated well and asked their "
            "governments to help in their release.")
    assert vias_by_cue(text, "claimed") == []


@pytest.mark.parametrize(("text", "cue", "via"), [
    # PolNeAR train breitbart_2016-04-14_gillibrand-on-hillary-releasing-
    ("Kristen Gillibrand (D-NY), a supporter of Hillary Clinton’s 2016 bid for the presidency "
     "told host Chris Cuomo she believed that Clinton would inevitably release a transcript of a "
     "speech she had given to Goldman Sachs.", "told", ["Chris Cuomo"]),
    # PolNeAR train wash-post_2016-05-26_hacker-who-revealed-private-clin
    ("In a wide-ranging, in-prison interview with journalist Matei Rosca last year, Lazar said "
     "he welcomed extradition to the United States.", "said", ["Matei Rosca"]),
    # PolNeAR train wash-post_2015-11-16_clinton-s-missteps-at-debate-arm
    ("\"I come from the '60s, a long time ago,\" she told moderator John Dickerson.", "told",
     ["John Dickerson"]),
])
def test_people_of_the_media_by_role(text: str, cue: str, via: list[str]) -> None:
    """As `told VOA Pentagon correspondent Carla Babb` gives `Carla Babb` (part A gold), a
    person named after a media role took the words."""
    assert vias_by_cue(text, cue) == via


@pytest.mark.parametrize(("text", "cue", "via"), [
    # PolNeAR train west-journal_2016-01-08_donald-trump-just-gave-some-free: voters addressed
    # (as `supporters`, `delegates` are)
    ("He told voters that if Iran were a stock, he would advise buying it.", "told", ["voters"]),
])
def test_audiences_told(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via



def test_a_programme_spoken_on_by_its_head() -> None:
    """PolNeAR train huff-post_2015-12-20_hillary-clinton-s-claim-that-don: `said on the show`
    names the programme that carried the words, as `told the programme` does."""
    text = ("“She didn’t have a particular video in mind, but he is being used in social media,” "
            "Palmieri said on the show.")
    assert vias_by_cue(text, "said") == ["show"]
