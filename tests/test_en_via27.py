"""envia27: a station, show or site named after a speech word's `on` at the end of its clause,
whether or not the gazetteer knows it.

Round 27 (issue #11): via recall on the clean pools (64 %) is far below the open pool's (90 %).
`benchmarks/en_via_names.py` counted channel frames by shape over BBC 2005 + PolNeAR train: a
name the gazetteer knows got its via far more often than one it does not. `said on NAME that`
was read (envia24); `said on NAME.`, `speaking on NAME,`, `in an interview on NAME,`, `in a post
on NAME` were not. Sentences are from PolNeAR train and BBC 2005 (file cited) and run through
the whole pipeline. ANNOTATION.md "Channels": said on X's programme; in a post on Telegram.
"""

from __future__ import annotations

import pytest
from golden_support import vias_by_cue


@pytest.mark.parametrize(("text", "cue", "via"), [
    # PolNeAR train usa-today_2016-08-09_khans-trump-stirs-ugliness-musli (USA Today's show)
    ("\"You see people wearing scarves, people are pointing fingers at them,\" Khizr Khan, 66, "
     "said on Capital Download.", "said", ["Capital Download"]),
    # PolNeAR train politico_2015-11-20_de-blasio-trust-bratton-on-secur (a radio call sign)
    ("De Blasio, speaking on WOR710, called Trump a “blowhard,” and said his anti-Muslim remarks "
     "were priceless “propaganda” for terrorist groups like Islamic State.", "said", ["WOR710"]),
    # PolNeAR train usa-today_2016-01-29_absent-trump-derides-debate-cruz
    ("In an interview on Fox, Cruz said any candidate who wants to win Iowa \"owes it to the men "
     "and women\" of the state to answer questions.", "said", ["Fox"]),
    # PolNeAR train west-journal_2016-03-19_revealed-here-are-the-conservati (a website)
    ("“This is sophomoric,” Alicia Powe wrote on Young Conservatives.", "wrote",
     ["Young Conservatives"]),
])
def test_a_name_closing_the_clause_after_on_is_the_channel(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via


def test_a_post_on_an_unlisted_site_gives_the_site() -> None:
    # BBC 2005 tech 255 (the file-sharing site Suprnova); `posted on NAME` after the piece
    text = ("In a message posted on Suprnova, the site's controllers said the site was \"closing "
            "down for good in the way that we all know it\".")
    assert "Suprnova" in vias_by_cue(text, "said")


@pytest.mark.parametrize(("text", "cue"), [
    # PolNeAR train nyt_2016-03-17_reputations-at-risk-over-bets-on: an abbreviated month
    ("''The biggest regret I have with Valeant is that we're not in a position to buy more,'' he "
     "said on Nov. 9.", "said"),
    # PolNeAR train nyt_2015-11-18_paris-attacks-test-clinton-s-str: a day
    ("Clinton said on Saturday that ''this cannot be an American fight.''", "said"),
    # a place is where, not through what (places of entity_types.json)
    ("\"We will not back down,\" the minister said on Iraq.", "said"),
    # a place opener (`Capitol Hill`)
    ("Smith, speaking on Capitol Hill, said the bill would pass.", "said"),
])
def test_a_day_abbreviation_or_place_after_on_is_no_channel(text: str, cue: str) -> None:
    assert vias_by_cue(text, cue) == []


@pytest.mark.parametrize(("text", "via"), [
    # BBC 2005 entertainment 113: a regional paper the gazetteer does not know, with its town
    ("\"While Wal-Mart sets high standards, it would not be possible to eliminate every image,\" "
     "Wal-Mart spokesman Guy Whitcomb told the Herald-Mail of Hagerstown.", ["Herald-Mail"]),
    # PolNeAR train usa-today_2016-06-09_trump-tries-new-chapter-in-campa: a station's call sign
    ("\"It's just sad in America that we have such poor choices right now,\" he told WKOW-TV of "
     "Madison.", ["WKOW-TV"]),
])
def test_a_hyphenated_outlet_name_before_its_town_is_the_channel(text: str, via: list[str]) -> None:
    assert vias_by_cue(text, "told") == via


def test_a_hyphenated_person_before_a_town_is_no_channel() -> None:
    # a person told (the code's convention: no via); `Bowles` is no outlet head
    text = "\"We are winning,\" the minister told Anne Parker-Bowles of London."
    assert vias_by_cue(text, "told") == []


def test_a_titled_show_before_its_day_is_read_without_the_day() -> None:
    # PolNeAR train west-journal_2015-11-18_donald-trump-just-revealed-who-h (envia25 left it)
    text = "“Well, I like like him,” Trump said on The Laura Ingraham Show on Tuesday."
    assert vias_by_cue(text, "said") == ["Laura Ingraham Show"]


def test_a_web_radio_named_before_its_medium_is_the_channel() -> None:
    # BBC 2005 tech 293 (`web` joins channels.json `channel_words`: `Novastream web radio`)
    text = ("In an interview with Novastream web radio, Sloncek said Exeem would combine ideas "
            "from the BitTorrent and Kazaa file-sharing systems.")
    assert vias_by_cue(text, "said") == ["Novastream web radio"]
