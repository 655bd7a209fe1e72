"""envia14: English channels (`via`) on real sentences of the BBC News corpus (business,
entertainment, tech, 2004-05; never politics) and PolNeAR train, checked through the whole
pipeline. The part H tune rows of the same classes are in tests/golden/en_via14.json.

ANNOTATION.md "Citing chains" (the cited party speaks, the citing outlet is the via), "据X报道"
(when the reported clause names its speaker, X is the via) and "Channels" (the addressee or
medium of speech is a via).
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.model import Document


def _attributions(text: str) -> list[tuple[str | None, list[str], list[str], str]]:
    analysis = pipeline.run(Document(text=text))
    return [(a.source.text if a.source else None, [c.text for c in a.cue], [v.text for v in a.via],
             " ".join(c.text for c in a.content)) for a in analysis.attributions]


def _with_cue(text: str, cue: str) -> tuple[str | None, list[str], list[str], str]:
    found = [a for a in _attributions(text) if a[1] and a[1][0] == cue]
    assert found, _attributions(text)
    return found[0]


def test_closing_credit_after_a_quotation_fragment() -> None:
    # BBC tech 132: the named speaker's words, then the agency that carried them
    text = ("Prosecutors said Jaynes was \"a snake oil salesman in a new format\", using the internet "
            "to peddle useless wares, news agency Associated Press reported.")
    source, _, via, _ = _with_cue(text, "said")
    assert (source, via) == ("Prosecutors", ["Associated Press"])


def test_media_reports_without_a_speaker_stay_the_source() -> None:
    # BBC business 316: no speaker is named, so the reports are the source, not a channel
    text = ("Pan-European group Euronext is poised to launch a bid for the London Stock Exchange, "
            "UK media reports say.")
    source, _, via, _ = _with_cue(text, "say")
    assert (source, via) == ("UK media reports", [])


def test_hyphenated_event_descriptor() -> None:
    # BBC business 332 (and enD-tass-2 gold `year-end press conference`)
    text = "\"Everything was done by market methods,\" Mr Putin said at his year-end press conference in Moscow."
    assert _with_cue(text, "said")[2] == ["year-end press conference"]


@pytest.mark.parametrize(("text", "channels"), [
    # PolNeAR train (wash-post 2016-09-07): a body told, as `told investigators`
    ("The Platte River employee told FBI agents that sometime in the week that followed, he realized "
     "he had not made the changes Mills requested months earlier.", ["FBI agents"]),
    # PolNeAR train (wash-post 2016-09-03)
    ("In his 2014 interview, Lazar told FBI agents that he trawled more or less randomly through the "
     "online accounts of \"important people,\" looking for weak spots.", ["FBI agents"]),
])
def test_investigators_told(text: str, channels: list[str]) -> None:
    assert _with_cue(text, "told")[2] == channels


def test_article_after_an_audience_opens_the_told_clause() -> None:
    # BBC entertainment 354: `reporters` is the channel; `the red carpet experience` is what was told
    text = ("Wearing a caramel-coloured floaty frock by the designer Alexander McQueen, Miller told "
            "reporters the red carpet experience was \"intense, nerve-wracking and cold\".")
    _, _, via, content = _with_cue(text, "told")
    assert via == ["reporters"]
    assert content.startswith("the red carpet experience")


@pytest.mark.parametrize(("text", "first", "second"), [
    # BBC business 290: a quotation sentence between the quoted speaker and another party's report
    ("\"So far the evidence suggests that last year's rate increases have helped to rebalance the economy "
     "without damaging the recovery in manufacturing,\" said EEF chief economist, Steve Radley. \"However, "
     "should the business outlook start to deteriorate, the Bank should stand ready to cut rates.\" Some "
     "economists have predicted rates will drop later in the year.", "said", "have predicted"),
    # BBC tech 273
    ("\"Illegal spam must be stopped,\" said Greg Abbott, Texas attorney general announcing the legal "
     "action. \"Spam is one of the most aggravating and pervasive problems facing consumers today.\" The "
     "attorney general alleges that messages sent by the companies broke the law.", "said", "alleges"),
])
def test_quotation_goes_on_quoting_the_speaker_before(text: str, first: str, second: str) -> None:
    # ANNOTATION.md: a statement of several sentences is one attribution up to where another
    # speaker or the narrator takes over; the next speaker's words follow its cue
    quoted = _with_cue(text, first)[3]
    reported = _with_cue(text, second)[3]
    assert "stand ready" in quoted or "aggravating" in quoted
    assert not reported.startswith(("However", "Spam"))
