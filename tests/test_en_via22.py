"""envia22: English channels (`via`) in fresh text: an inserted medium phrase closed by a comma
before its verb, a broadcaster named by its channel number, an outlet's own website told, and
regional papers named by their title's head.

Round 22 (issue #11): via recall on part N tune (the freshest open text) is 36.4 against 87.6 on
the open pool; its misses are channels the frames already read but whose names or punctuation
the shapes did not take (`told 1News`, `told the BBC News website`, `Yerima in a statement on
Monday, dismissed`). Each sentence is from an open article (en-news tune, cited by id) or from
broad unlabeled text (BBC 2005 non-politics, PolNeAR train; the file is cited) and runs through
the whole pipeline. ANNOTATION.md "Channels": "the addressee or medium of speech is a `via`:
... told Reuters, ... in a statement to Rolling Stone".
"""

from __future__ import annotations

import pytest
from golden_support import source_vias_by_cue, vias_by_cue


def test_inserted_medium_closed_by_a_comma() -> None:
    # enN-vanguard-1 (gold: source `Director Army Public Relations, Brigadier General Mohammed
    # Yerima`, via `statement`): the phrase between the subject and its verb names the medium,
    # closed by a comma that no comma opened
    text = ("Director Army Public Relations, Brigadier General Mohammed Yerima in a statement on "
            "Monday, dismissed the allegation as “baseless fabrication aimed at not only tarnishing "
            "the good image of the Nigerian Army, but to create distrust”.")
    assert source_vias_by_cue(text, "dismissed") == (
        "Director Army Public Relations, Brigadier General Mohammed Yerima", ["statement"])


@pytest.mark.parametrize(("text", "cue", "via"), [
    # enN-1news-1 (gold: `1News`): a broadcaster named by its channel number, tokenised in two
    ("However, a spokesperson for Amazon has told 1News that the claims are untrue.", "told",
     ["1News"]),
    # BBC tech 2005 (052.txt; the same sentence in enN-bbc-4, gold `BBC News website`, then
    # `interview`): the outlet's own website keeps its word
    ("Rory Armes, studio general manager for games giant Electronic Arts (EA) in Europe, recently "
     "told the BBC News website in an interview that EA was beginning to get a sense of the "
     "capabilities of the new machines.", "told", ["BBC News website", "interview"]),  # (envia23:
    # the interview beside the addressee too, as the gold has it)
    # BBC sport 2005 (358.txt): a regional paper the gazetteer lacks, named by its title's head
    ("\"Under the Elite Player Squad agreement, England wanted a second opinion, which they can "
     "do,\" director of rugby Nigel Melville told the Gloucester Citizen.", "told",
     ["Gloucester Citizen"]),
    # BBC entertainment 2005 (375.txt): a trial told, named by its case, is the body addressed
    # (as `told the court`, `told the hearing`: channels.json audiences)
    ("A PR expert has told the Michael Jackson child abuse trial that the TV documentary at the "
     "heart of the case was an \"absolute disaster\".", "told", ["Michael Jackson child abuse trial"]),
])
def test_outlet_named_by_shape(text: str, cue: str, via: list[str]) -> None:
    assert vias_by_cue(text, cue) == via


def test_a_number_told_is_an_audience_count() -> None:
    # PolNeAR train usa-today_2016-04-28_sanders-lays-off-more-than-campa: a number of people
    # told is no channel's name (`_numbered_name` wants a capitalised word glued to the digits)
    text = ("\"Our job, whether we win or whether we do not win, is to transform not only our "
            "country but the Democratic Party,\" he told 2,267 people gathered at Purdue University.")
    assert vias_by_cue(text, "told") == []


@pytest.mark.parametrize(("text", "via"), [
    # BBC business 2005 (426.txt) and entertainment 2005 (094.txt): `newspaper` after a paper's
    # name is its kind, not part of the channel (as the gold names `the Independent newspaper`
    # `Independent`); only a website is a service of its own
    ("Economy minister German Gref told the Kommersant newspaper that direct state involvement in "
     "oil was \"unjustified\".", ["Kommersant"]),
    ("His agent told the Times newspaper that Pullman was happy with the adaptation so far.", ["Times"]),
])
def test_a_kind_after_a_name_only_describes_it(text: str, via: list[str]) -> None:
    assert vias_by_cue(text, "told") == via


@pytest.mark.parametrize(("text", "cue", "source", "via"), [
    # enN-1news-1 (gold: source `a message posted on the ransomware group’s blog`, via `blog`),
    # here with a verb the lexicon knows: a document put up somewhere speaks from there
    ("A message posted on the ransomware group’s blog said there was always an option to leak "
     "the data.", "said", "A message posted on the ransomware group’s blog", ["blog"]),
    # PolNeAR train usa-today_2016-05-13_auction-of-gun-used-to-kill-tray: the site's own name
    # after its kind is the channel
    ("A statement posted on the website GunBroker.com said listings are user generated, and that "
     "the company reserved the right to reject any at its discretion.", "said",
     "A statement posted on the website GunBroker.com", ["GunBroker.com"]),
])
def test_document_posted_on_a_place(text: str, cue: str, source: str, via: list[str]) -> None:
    assert source_vias_by_cue(text, cue) == (source, via)


def test_an_outlets_website_is_the_outlet() -> None:
    # BBC tech 2005 (052.txt): the website told is the BBC's own; its channel text keeps the
    # word, its entity is the outlet (issue #15: one outlet, one entity)
    from sayso import pipeline
    from sayso.model import Document

    text = ("Rory Armes, studio general manager for games giant Electronic Arts (EA) in Europe, "
            "recently told the BBC News website in an interview that EA was beginning to get a "
            "sense of the capabilities of the new machines.")
    analysis = pipeline.run(Document(text=text, language="en"))
    vias = [v for a in analysis.attributions for v in a.via]
    assert [v.text for v in vias] == ["BBC News website", "interview"]  # (envia23: and the medium)
    assert analysis.entity(vias[0].entity).name == "BBC"


def test_bare_medium_closing_a_noun_content() -> None:
    # PolNeAR train politico_2015-12-26_british-diplomat-praises-obama-s: the interview closing
    # a noun-phrase content is where the praise was said (ANNOTATION.md: the medium of speech is
    # a via), not part of what was praised
    text = ("Westmacott, who will retire soon after also serving in Iran, Turkey and France, praised "
            "Obama’s presidency in an interview published Saturday.")
    assert source_vias_by_cue(text, "praised") == ("Westmacott", ["interview"])
    from sayso import pipeline
    from sayso.model import Document

    analysis = pipeline.run(Document(text=text, language="en"))
    assert [[c.text for c in a.content] for a in analysis.attributions] == [["Obama’s presidency"]]
