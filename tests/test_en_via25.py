"""envia25: English channels (`via`) generalised over broad text: a date describing a medium, an
article as a medium, an outlet's quoted programme opening the sentence, and an audience told
with describing words.

Round 25 (issue #11): the open via recall (89) is far above the clean pools' (63), so the frames
were measured on broad unlabeled text (BBC 2005 non-politics, PolNeAR train:
`benchmarks/en_via_frames.py`, `benchmarks/data/envia25/README.md`) and the classes frequent there
were fixed. Each sentence is from that text (the file is cited) and runs through the whole
pipeline. ANNOTATION.md "Channels": "the addressee or medium of speech is a `via`: ... told
Reuters, said on X's programme (outlet, then programme), in a post on Telegram, in a statement to
Rolling Stone, a book, a report in a newspaper."
"""

from __future__ import annotations

import pytest
from golden_support import source_cue_vias, vias_by_cue


@pytest.mark.parametrize(("text", "cue", "via"), [
    # PolNeAR train huff-post_2015-11-08_ben-carson-defends-himself-again: a year
    ("Carson wrote in his 1990 autobiography that he’d been named the most honest student in a Yale "
     "psychology class.", "wrote", ["autobiography"]),
    # PolNeAR train politico_2016-06-22_trump-s-stumbles-fuel-convention: a weekday
    ("“There is no organized effort, strategy or leader of this so-called movement,” said RNC "
     "spokesman Sean Spicer in a Friday tweet.", "said", ["tweet"]),
    # PolNeAR train politico_2016-02-19_more-hillary-clinton-emails-rele: month, day and year
    ("\"Pat Kennedy is the greatest!!!\" McDonough wrote in a September 16, 2012 email to top State "
     "officials.", "wrote", ["email"]),
    # PolNeAR train politico_2016-01-05_trump-quietly-builds-a-data-jugg: month and year before a
    # platform of two words, read whole
    ("In a November 2006 press release issued by his firm, Braynard boasted that he was the only "
     "pollster to correctly predict the wide victory margin.", "boasted", ["press release"]),
    # PolNeAR train nyt_2016-07-29_obama-lays-out-stakes-for-a-divi: an event dated (its describing
    # word stays, as `year-end press conference` in the en-news gold)
    ("In his 2004 convention speech, a testimonial to John Kerry, the Democratic nominee that year, "
     "Mr. Obama decried the ''spin masters and negative-ad peddlers who embrace the politics of "
     "anything goes.''", "decried", ["convention speech"]),
])
def test_a_date_describes_the_medium(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via


def test_no_medium_without_its_article() -> None:
    # the date needs the determiner a medium takes: `in 2012 email traffic` names no medium
    text = "Officials said in 2012 email traffic had doubled."
    assert all(v == [] for _, _, v in source_cue_vias(text))


@pytest.mark.parametrize(("text", "cue", "via"), [
    # BBC business 2005 374.txt
    ("Mr Schroeder said in a newspaper article that stability in foreign exchange markets required "
     "a correction of global economic imbalances.", "said", ["newspaper article"]),
    # PolNeAR train politico_2016-01-14_wsj-editorial-deport-nikki-haley: a participle after it
    ("Nikki Haley should be deported, a provocative headline from the Wall Street Journal editorial "
     "board reads in an article published Wednesday evening.", "reads", ["article"]),
])
def test_an_article_is_a_medium(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via


def test_the_outlet_an_article_came_from() -> None:
    # PolNeAR train west-journal_2016-03-01_right-after-this-big-name-senato: the outlet after
    # `article from` ran the piece (as `an article for`, `an op-ed in`); a time is no outlet
    text = ("In an article from Politico, Eli Stoklos says the endorsements from Christie and "
            "Sessions can be seen as an indication of growing acceptance.")
    assert vias_by_cue(text, "says") == ["article", "Politico"]
    assert vias_by_cue("He said in an article from last year that it works.", "said") == ["article"]


def test_an_article_spoken_about_is_no_medium() -> None:
    # the article as the topic of the content, not where the words were put
    text = "He said the claims in the article were false."
    assert all(v == [] for _, _, v in source_cue_vias(text))


@pytest.mark.parametrize(("text", "cue", "via"), [
    # PolNeAR train breitbart_2016-03-15_the-latest-kasich-scores-all-del: a day after the
    # programme's closing mark
    ("On ABC’s “Good Morning America” Tuesday, he said, “I never said I was going to pay for fees.”",
     "said", ["ABC", "Good Morning America"]),
    # PolNeAR train breitbart_2016-09-04_obama-i-m-optimistic-americans-w: a day before `on`, the
    # comma inside the marks
    ("Sunday on CNN’s “Fareed Zakaria GPS,” when asked about Republican presidential nominee Donald "
     "Trump, President Barack Obama said he expected that Americans will say “no” to Trump’s policy "
     "measures.", "said", ["CNN", "Fareed Zakaria GPS"]),
    # PolNeAR train wash-post_2015-11-16_clinton-s-missteps-at-debate-arm
    ("On ABC News's \"This Week,\" Rubio said that by refusing to say the words \"radical Islam,\" "
     "Democrats are \"saying we weren't at war with the Nazis.\"", "said", ["ABC News", "This Week"]),
])
def test_a_fronted_outlet_with_its_quoted_programme(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via


def test_a_quoted_title_after_an_inner_on_frames_nothing() -> None:
    # the `on` phrase must open the sentence: a topic `on` later is no frame
    text = "He wrote a book on Fox’s “Family Guy,” and he said the show was rude."
    assert all("Family Guy" not in v for _, _, v in source_cue_vias(text))


@pytest.mark.parametrize(("text", "cue", "via"), [
    # PolNeAR train breitbart_2016-02-20_the-latest-hillary-clinton-tells: a count and a
    # describing participle
    ("“Folks, let’s go, let’s have a big win in Nevada,” he tells hundreds of screaming supporters "
     "at a victory party in a Spartanburg.", "tells", ["screaming supporters"]),
    # the same article: a name describing the head, a time after it
    ("Patrick told Cruz backers Saturday night that Cruz has “taken every punch they’ve thrown, and "
     "he’s standing tall.”", "told", ["Cruz backers"]),
    # BBC entertainment 2005 131.txt: a measure describing the audience
    ("He told the 300-strong audience at the University's Reid Hall that musicians should listen to "
     "a wide range of music.", "told", ["audience"]),
    # PolNeAR train nyt_2016-01-12_evangelical-iowans-flock-to-cruz: a head added to the data
    ("''Find your polling place and get there,'' he tells parishioners.", "tells", ["parishioners"]),
    # an adverb before the describing word is dropped, as an event's (`_described_from`)
    ("He told the largely female audience that the plan would work.", "told", ["female audience"]),
])
def test_an_audience_told_with_describing_words(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via


def test_a_person_told_stays_none() -> None:
    # a person told is no channel (channels.json `_doc`), described or not
    text = "He told his worried wife that the plan would work."
    assert all(v == [] for _, _, v in source_cue_vias(text))
