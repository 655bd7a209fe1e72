"""envia24: English channels (`via`) on fresh outlets: a release as a medium of speech, a
platform named in a document source, and a station named between `said on` and `that`.

Round 24 (issue #11): via recall on part P tune (newly opened) is 46.2 against 87.6 on the open
pool; its misses on matched rows are channels outside the gazetteer, most of them common nouns
(`In a media release, Brickner said`, `said in the release`, `a social media post claiming`,
`the report said, citing a ... official`) and one radio show named after `admitted on`. Each
sentence is from an open article (en-news tune, cited by id) or from broad unlabeled text (BBC
2005 non-politics, PolNeAR train; the file is cited) and runs through the whole pipeline.
ANNOTATION.md "Channels": "the addressee or medium of speech is a `via`"; "Citing chains":
"X, citing Y": Y is the source and X goes into `via`.
"""

from __future__ import annotations

import pytest
from golden_support import source_cue_vias, source_vias_by_cue, vias_by_cue


@pytest.mark.parametrize(("text", "cue", "via"), [
    # enP-ckom-1 (gold: `media release`): a fronted release is the medium, as `a news release`
    ("In a media release, Brickner said its employees have been getting threats from picketers who "
     "tell the employees to “watch out” and say they know where the Brock employees live.",
     "said", ["media release"]),
    # enP-ckom-1 (gold: `release`): the bare noun after `in the`
    ("“We demand Unifor cease and desist from further actions on all Brock employees,” Brickner "
     "said in the release.", "said", ["release"]),
    # PolNeAR train west-journal_2016-04-26_judicial-watch-state-department-: `in a release` with
    # a day after it
    ("Judicial Watch stated in a release Tuesday that a search declaration by the State Department "
     "to the court “suggests the hidden email was found in September 2014.”", "stated", ["release"]),
])
def test_a_release_is_a_medium(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via


def test_a_release_done_to_people_is_no_medium() -> None:
    # en-nypost-1 (gold: no via): `their release` is the hostages' freeing, not a document
    text = ("Both men claimed at the time that they were being treated well and asked their "
            "governments to help in their release — but it’s impossible to know whether they were "
            "forced to speak.")
    assert all("release" not in v for _, _, v in source_cue_vias(text))


@pytest.mark.parametrize(("text", "cue", "source", "via"), [
    # enP-africanews-1 (gold: source `a social media post`, via `social media`): a post put up on
    # a platform spoke there; the post stays the source
    ("Ghana’s president, Nana Akufo-Addo has dissociated himself from a social media post claiming "
     "he had written to the presidential candidate of the ruling All Progressive Congress.",
     "claiming", "a social media post", ["social media"]),
    # PolNeAR train nyt_2015-12-09_terrorists-mock-bids-to-block-th: a platform's spokesman is no
    # piece put up there (no channel)
    ("''Violent threats and the promotion of terrorism deserve no place on Twitter, and our rules "
     "make that clear,'' a Twitter spokesman said.", "said", "a Twitter spokesman", []),
])
def test_a_platform_named_in_a_document_source(text: str, cue: str, source: str, via: list[str]) -> None:
    assert source_vias_by_cue(text, cue) == (source, via)


def test_a_station_between_on_and_that() -> None:
    # enP-ckom-1 (gold: via `Gormley`, cue `admitted`): a radio show the gazetteer does not know;
    # the cue no longer runs over it
    text = ("Scott Doherty, the executive assistant to Unifor’s national president, admitted on "
            "Gormley that some of the people on the video are Brock employees.")
    assert [(c, v) for _, c, v in source_cue_vias(text)] == [(["admitted"], ["Gormley"])]


def test_no_station_on_a_day() -> None:
    # BBC business 2005 (358.txt): a weekday after `said on` dates the frame
    text = "Mike Lake, a spokesman for Yukos' lawyers, said on Tuesday that the company stands by its legal action."
    assert all(v == [] for _, _, v in source_cue_vias(text))


def test_a_known_platform_after_said_on_is_read_as_before() -> None:
    # PolNeAR train breitbart_2016-04-14_the-latest-trump-delivers-defens: the platform frame
    # reads it, not the station shape (a day stands before `that`)
    text = "Sanders said on Twitter Thursday that the comment by Dr. Paul Song “was inappropriate and insensitive.”"
    assert vias_by_cue(text, "said") == ["Twitter"]


def test_an_unknown_name_after_a_closing_reports() -> None:
    # enP-indiatv-1 (gold: the club's row has via `Efe`, the Spanish agency the gazetteer lacks):
    # the closing credit after the words ends (`, reports Efe.`) is read by its shape, as
    # `..., Efe reported.` is
    from sayso.lang.en.tokens import tokenize
    from sayso.lang.en.via import closing_credit

    text = ('It regretted the dissemination of "malicious" rumours, which the club saw as serving '
            'solely to involve the club in baseless scandals, reports Efe.')
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    end = lower.index("scandals") + 1
    credit = closing_credit(tokens, lower, end, len(tokens), lambda _: False)
    assert [" ".join(t.text for t in tokens[a:b]) for a, b in credit] == ["Efe"]


def test_a_weekday_after_a_closing_reports_is_no_outlet() -> None:
    # the same sentence closed by a day: no name, no credit
    from sayso.lang.en.tokens import tokenize
    from sayso.lang.en.via import closing_credit

    text = ("It regretted the dissemination of rumours, which the club saw as serving solely to "
            "involve the club in baseless scandals, reports Monday.")
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    end = lower.index("scandals") + 1
    assert closing_credit(tokens, lower, end, len(tokens), lambda _: False) == []


def test_the_cue_ends_before_its_platform() -> None:
    # PolNeAR train huff-post_2016-05-19_these-are-the-people-missing-in-: the platform is the
    # channel and no part of the cue (en-news gold: `wrote` + via `Facebook`, en-abcnews-1;
    # PolNeAR's own cue spans keep `on Facebook`, a convention of that corpus)
    text = ("Al Ashry and Mosad were returning home to Cairo after a month-long stay in Paris, their "
            "children’s school, Leaders’ College, confirmed on Facebook Friday.")
    assert [(c, v) for _, c, v in source_cue_vias(text) if v] == [(["confirmed"], ["Facebook"])]


def test_a_cue_that_reads_on_past_its_channel_stays_whole() -> None:
    # PolNeAR train west-journal_2016-07-29_clinton-acceptance-speech-skewer: the cut would leave
    # `opened up` (no speech verb) and lose the row; the cue stays as it was
    text = ("In response to Clinton’s address, former Hewlett-Packard CEO and presidential candidate "
            "Carly Fiorina opened up on Twitter, reminding Americans of Clinton’s most infamous "
            "statements and lies.")
    assert [(c, v) for _, c, v in source_cue_vias(text)] == [(["opened up on Twitter, reminding"], ["Twitter"])]
