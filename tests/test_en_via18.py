"""envia18: English channels (`via`) on new text: events, online outlets written at, programmes
the gazetteer does not know, outlets and audiences told by a common noun.

Round 18 (issue #11): via recall on clean sets of other outlets was far below the open pool's; the
misses were channels named by shapes the grammar lacked. Each sentence below is from broad
unlabeled text (PolNeAR train, which has no channel labels; the file is cited) and runs through
the whole pipeline. ANNOTATION.md "Channels": "the addressee or medium of speech is a via ...
said on X's programme (outlet, then programme)"; an event spoken at is one as `at a news
conference` is (part E/F/G gold: `regular press briefing`, `government debate`).
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.context import Context
from sayso.gazetteer import Gazetteer, default_gazetteer
from sayso.model import Document


def _without(*names: str) -> Context:
    """A context whose gazetteer lacks the outlets called `names` (as in test_en_via17.py)."""
    full = default_gazetteer()
    drop = {o.id for name in names if (o := full.lookup(name)) is not None}
    assert len(drop) == len(names), names
    kept = [o for o in full.outlets if o.id not in drop]
    return Context(gazetteer=Gazetteer(kept, blockers=full.blockers, suffix_guards=full.suffix_guards,
                                       place_prefixes=full.place_prefixes))


def _vias(text: str, cue: str, ctx: Context | None = None) -> list[str]:
    """The channels of the first attribution whose cue holds the word `cue`."""
    analysis = pipeline.run(Document(text=text, language="en"), ctx)
    found = [[v.text for v in a.via] for a in analysis.attributions
             if a.cue and cue in a.cue[0].text.split()]
    assert found, [[c.text for c in a.cue] for a in analysis.attributions]
    return found[0]


@pytest.mark.parametrize(("text", "cue", "via"), [
    # huff-post_2015-12-20_why-the-democratic-party-s-move-: a debate spoken at
    ("At the debate, Sanders said his staff “did the wrong thing” by looking at Clinton’s "
     "information.", "said", ["debate"]),
    # a debate spoken during, with its describing word (as `government debate`, part G gold)
    ("WASHINGTON — Hillary Clinton argued during Saturday’s Democratic presidential debate that "
     "she could take a hard line on Wall Street excesses while accepting millions from the "
     "industry in campaign contributions.", "argued", ["presidential debate"]),
    # huff-post_2016-05-25_obama-to-asians-worried-about-u-: a town hall spelled as one word
    ("At his freewheeling townhall, where he was greeted with a standing ovation, Obama noted that "
     "two-thirds of the country’s population were born after 1975.", "noted", ["freewheeling townhall"]),
    # breitbart_2016-01-05_the-latest-cruz-to-give-away-eng
    ("During a campaign stop in Onawa, Iowa, the Republican presidential candidate repeated his "
     "promise to repeal all of Obama’s executive actions, including the latest ones on guns.",
     "repeated", ["campaign stop"]),
])
def test_events_spoken_at(text: str, cue: str, via: list[str]) -> None:
    assert _vias(text, cue) == via


def test_a_debate_argued_in_is_a_topic() -> None:
    """`in the debate over X` names what is argued about, not where (only `at`/`during` a
    debate carry words)."""
    text = "In the debate over tariffs, analysts said prices would rise."
    assert _vias(text, "said") == []


@pytest.mark.parametrize(("text", "cue", "via"), [
    # breitbart_2016-04-07_ny-post-megyn-kelly-is-no-differ: an online outlet written at
    ("From Andrea Peyser writing at The New York Post: \"Rising to the A-list from the middle of "
     "the pack requires extreme cunning.\"", "writing", ["New York Post"]),
    # breitbart_2016-02-02_red-hot-chili-peppers-in-final-s: a programme head before its title
    ("Speaking on radio show Joney’s Jukebox last week, Kiedis said his band and collaborator "
     "Brian Burton, AKA Danger Mouse, wrote a host of new songs for the upcoming album.", "said",
     ["Joney’s Jukebox"]),
    # a programme appeared on, by its title alone (PolNeAR train, Trump's appearance)
    ("“I mean, he talks about unity, but what is this about unity?” Trump added during his "
     "appearance on Fox and Friends.", "added", ["Fox and Friends"]),
])
def test_outlets_and_programmes_by_frame(text: str, cue: str, via: list[str]) -> None:
    assert _vias(text, cue) == via


def test_time_after_writing_at_is_no_outlet() -> None:
    text = "\"It is over,\" Smith wrote at the time."
    assert _vias(text, "wrote") == []


@pytest.mark.parametrize(("text", "cue"), [
    # PolNeAR train (breitbart_2016-02-08_the-latest-nh-towns): the debate is where he
    # performed or clashed, not where the words were spoken (`_debate_spoken_at`)
    ("He dismissed critique of his performance at Saturday’s debate, saying Monday that it was "
     "his campaign’s “Despite what people want to say, it was our greatest fundraising night.”", "saying"),
    ("Bush, Florida’s former governor, also attacked billionaire Donald Trump, with whom he clashed "
     "at Saturday’s GOP debate over the issue of eminent domain, calling him a “loser.”", "calling"),
])
def test_a_debate_talked_about_is_no_channel(text: str, cue: str) -> None:
    assert _vias(text, cue) == []


def test_journal_named_after_its_noun() -> None:
    """BBC tech 2005 (tech/019.txt): `the journal Nature` names the journal as `the magazine
    Der Spiegel` names the magazine (a journal that printed the words is a via, as part A-D
    gold `paper published in Oxford Open Climate Change` -> the journal)."""
    text = ("Writing in the journal Nature, Dr Paniccia - and colleagues Haisheng Rong, Richard Jones, "
            "Ansheng Liu, Oded Cohen, Dani Hak and Alexander Fang - show how they have made a continuous "
            "laser from the same material used to make computer processors.")
    assert _vias(text, "show") == ["Nature"]


@pytest.mark.parametrize(("text", "cue", "via"), [
    # PolNeAR train (huff-post_2016-03-15_ted-cruz-physically-assaulting-a): whoever asked the question took the answer
    # (`told reporters`: the audience is a via; an outlet asking, `a question from TIME`, is too)
    ("“Of course it’s not appropriate,” Cruz said in response to a question from a reporter ahead of "
     "his fourth event of the day on Monday in Illinois.", "said", ["reporter"]),
    # PolNeAR dev (politico_2016-09-22_house-panel-votes-to-hold-clinto): a question refused,
    # not answered, carried nothing
    ("However, Pagliano's lawyer has said he will refuse to answer any questions from the oversight "
     "panel.", "said", []),
])
def test_asker_of_an_answered_question(text: str, cue: str, via: list[str]) -> None:
    assert _vias(text, cue) == via


def test_acronym_spoken_to_without_the_gazetteer() -> None:
    """PolNeAR train (politico_2016-03-23_sanders-scrambles-to-keep-pace-w), CNN held out of the
    gazetteer: an acronym spoken to is an outlet or a body addressed (`_acronym_spoken_to`), as
    an acronym told is (`_unknown_agency`)."""
    text = ("\"We're going to start chipping away at the secretary's delegate lead,\" added his campaign "
            "manager Jeff Weaver, speaking to CNN after the senator spoke.")
    assert _vias(text, "added", _without("CNN")) == ["CNN"]


def test_acronym_learnt_from_is_no_channel() -> None:
    """BBC tech 2005 (tech/188.txt): what the writer learnt from talking to BT was not said to
    BT (`_acronym_spoken_to` is not tried after `from`)."""
    text = ("From talking to BT in Belfast, I believe that they will shortly be giving out a free "
            "application that can stop you dialling expensive numbers without knowing.")
    assert _vias(text, "believe") == []


def test_role_spoken_to_is_no_outlet() -> None:
    """`the MP` is a person's role, not an acronym of an outlet (channels.json
    `not_outlet_acronyms`)."""
    assert _vias("Speaking to the MP, Smith said the race was over.", "said") == []
