"""Round 23 English pronouns for bodies (enpron23, issue #11 item 5, issue #15 points 2-3): a
`they` or `it` inside a sentence that names a club, company or government before it stands for
that body (number agreement from the entity type: a body may be `they` or `it`, one person
neither), and a club's short name is the one entity of its full name. Real sentences of open
en-news articles (the article is named) and of BBC 2004-05 text (`/work/breadth/bbc`).
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.extract.entities import EntityRegistry
from sayso.model import Analysis, Attribution, Document


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _with_cue(a: Analysis, word: str) -> Attribution:
    found = [x for x in a.attributions if x.cue and x.cue[-1].text.split()[-1].lower() == word]
    assert found, [x.cue[-1].text for x in a.attributions if x.cue]
    return found[0]


def _speaker(a: Analysis, x: Attribution) -> str | None:
    entity = a.entity(x.source.entity) if x.source is not None else None
    return entity.name if entity is not None else None


# enO-irishindependent-1 (Irish Independent 2018, en-news part O tune; gold United for each).
_UNITED = (
    "Manchester United continue to back Jose Mourinho as a swirl of rumours engulf the Old "
    "Trafford club\n\n"
    "Jose Mourinho retains the backing of the Manchester United hierarchy after they dismissed a "
    "report claiming a decision had been made to sack the Portuguese manager.\n\n"
    "The Daily Mirror reported on Friday night that Mourinho would be sacked regardless of the "
    "result of Saturday's Premier League game against Newcastle.\n\n"
    "That story sparked a furious reactions from United legend Gary Neville, who told Sky Sports "
    "that the hierarchy at the club needed to be changed as he claimed persistent leaks from Old "
    "Trafford insiders were undermining a succession of the club's managers.\n\n"
    "Yet United made it clear on Saturday morning that Mourinho's position is not under imminent "
    "threat, as they insisted no decision has been made over his long-term future.\n\n"
    "They also suggested the Daily Mirror report was 'nonsense', in what may be viewed as a vote "
    "of confidence in the beleaguered United boss.")


@pytest.mark.parametrize("cue", ["dismissed", "insisted", "suggested"])
def test_they_for_a_club_named_in_its_sentence(cue: str) -> None:
    """`the Manchester United hierarchy after they dismissed`, `Yet United made it clear ...,
    as they insisted`: the club, not an unresolved `they` nor the Daily Mirror (the last
    source); the next sentence's `They` stays with it."""
    a = _run(_UNITED)
    assert _speaker(a, _with_cue(a, cue)) == "Manchester United"


def test_club_short_name_is_one_entity() -> None:
    """`Manchester United` ... `United`: one body (issue #15 point 3: one entity per body)."""
    reg = EntityRegistry()
    full = reg.add("organization", "Manchester United")
    assert reg.add("organization", "United") is full


def test_two_bodies_sharing_a_last_word_stay_apart() -> None:
    """Two organisations ending in `United` leave a bare `United` alone."""
    reg = EntityRegistry()
    reg.add("organization", "Manchester United")
    reg.add("organization", "Newcastle United")
    assert reg.add("organization", "United").name == "United"


def test_frame_after_its_content_names_no_one_in_it() -> None:
    """enH-bbc-4 (BBC 2005): `The European Union, in particular, was imposing ..., it noted`:
    the body inside the content is not the frame's `it` (gold: the SEC, which spoke just
    before)."""
    a = _run("The SEC said it had taken into consideration the fact that foreign companies were "
             "already working to meet more onerous financial reporting rules in their home "
             "countries. The European Union, in particular, was imposing new international "
             "financial reporting standards in 2005, it noted.")
    assert _speaker(a, _with_cue(a, "noted")) != "European Union"


def test_pronoun_after_a_fronted_clause_keeps_its_subject() -> None:
    """enC-smithsonian-1 (Smithsonian 2019): `And though the Chinese CDC has said that there is
    "no need" for Beijing residents to worry ..., it has also acknowledged`: not Beijing, named
    inside the clause before the comma."""
    a = _run("And though the Chinese CDC has said that there is “no need” for Beijing residents "
             "to worry about the risk of plague infection, it has also acknowledged that remote "
             "regions of the country—like Yunnan and the Qinghai-Tibet plateau—are vulnerable to "
             "outbreaks.")
    assert _speaker(a, _with_cue(a, "acknowledged")) != "Beijing"


def test_they_after_people_named_since_the_body() -> None:
    """A plural of people between the body and `they` may be what `they` stands for: the rule
    stays out (`told fans ... as they`)."""
    a = _run("Chelsea told supporters on Friday that the stadium would stay closed, as they "
             "claimed the club had ignored safety warnings.")
    speaker = _speaker(a, _with_cue(a, "claimed"))
    assert speaker != "Chelsea"


def test_place_named_in_passing_is_no_body() -> None:
    """BBC 2005 business (`/work/breadth/bbc/business/150.txt`): `Shares in ... Phytopharm
    closed down ... on the London Stock Exchange on Monday, after it said`: the exchange is
    where the shares trade and `Phytopharm` may be the body meant; the sentence rule stays out
    rather than take the exchange."""
    a = _run("Shares in UK pharmaceutical firm Phytopharm closed down 19.84% at 151.5 pence on the "
             "London Stock Exchange on Monday, after it said a partner was set to pull out of a "
             "deal on an experimental Alzheimer's disease treatment.")
    assert _speaker(a, _with_cue(a, "said")) != "London Stock Exchange"


def test_it_for_a_name_typed_person_only_by_default() -> None:
    """enO-bbc-1 (BBC 2005, en-news part O tune): `Australian winemaker Southcorp ... However,
    it said`: a name with no given name, title or `he`/`she` that the text calls `it` is a
    body (issue #15 point 2: types from evidence; a company is not a person)."""
    a = _run("Australian winemaker Southcorp has rejected a takeover offer worth 3.1bn Australian "
             "dollars from brewing giant Foster's Group.\n\n"
             "Southcorp said Foster's takeover offer was \"opportunistic\". However, it said that "
             "the offer may represent an 'opening bid', opening up the possibility of Foster's "
             "returning with an improved offer.")
    x = _with_content_start(a, "the offer may represent")
    entity = a.entity(x.source.entity)
    assert entity is not None and "Southcorp" in entity.name and entity.type == "organization"


def test_it_names_no_person() -> None:
    """PolNeAR dev (USA Today 2016 letters): `... Clinton wanted to shield her shady dealings
    ... It sends a clear message`: `it` (the FBI's decision) is not Hillary Clinton (animacy
    agreement: `it` names no one person)."""
    a = _run("I cannot fathom how Hillary Clinton has escaped charges for her mishandling of "
             "classified information thus far. It is apparent that Clinton wanted to shield her "
             "shady dealings and favors to foreign governments from the U.S. public by having a "
             "private server, which she thought (foolishly) that only she would have access to.\n\n"
             "This political decision by the FBI to not recommend any charges on all dubious "
             "actions, without even a slap on the wrist, destroys credibility and faith in our "
             "justice system. It sends a clear message that the \"elites\" in this country don't "
             "need to obey our laws -- only the ordinary people have to.")
    for x in a.attributions:
        if x.source is not None and x.source.text.lower() == "it":
            assert _speaker(a, x) != "Hillary Clinton"


def _with_content_start(a: Analysis, start: str) -> Attribution:
    found = [x for x in a.attributions if x.content and x.content[0].text.startswith(start)]
    assert found
    return found[0]


def test_place_as_the_subject_speaks_for_its_government() -> None:
    """BBC 2005 business (`/work/breadth/bbc/business/446.txt`): `The US has asked the World
    Trade Organisation to investigate European Union customs tariffs, which it says are
    inconsistent`: the subject, not the nearer European Union."""
    a = _run("The US has asked the World Trade Organisation to investigate European Union customs "
             "tariffs, which it says are inconsistent and hamper trade.")
    x = next(x for x in a.attributions if x.source is not None and x.source.text == "it")
    assert _speaker(a, x) == "US"


def test_subject_after_an_opening_adverb() -> None:
    """BBC 2005 business (`/work/breadth/bbc/business/230.txt`): `However, Yukos still has an
    outstanding complaint against Deutsche Bank, which it alleges ...`: Yukos, the subject after
    `However,`, not the bank."""
    a = _run("Yukos has said it will appeal. However, Yukos still has an outstanding complaint "
             "against Deutsche Bank, which it alleges to be the leader of a consortium that was "
             "behind a bid for Yugansk by state gas monopoly Gazprom.")
    x = next(x for x in a.attributions if x.source is not None and x.source.text == "it")
    assert _speaker(a, x) != "Deutsche Bank"


def test_expletive_it_is_no_body() -> None:
    """BBC 2005 tech (`/work/breadth/bbc/tech/187.txt`): `Why was not the pensions minister in
    Parliament ..., when it was clear that there was a serious problem?`: no body's `it`."""
    a = _run("Why was not the pensions minister in Parliament to make an emergency statement on "
             "Tuesday, when it was clear that there was a serious problem?")
    for x in a.attributions:
        if x.source is not None and x.source.text == "it":
            assert _speaker(a, x) != "Parliament"


def test_place_inside_the_subject_phrase_is_no_subject() -> None:
    """BBC 2004 sport (`/work/breadth/bbc/sport/038.txt`): `A win in the New York marathon ...,
    but it will offer hope`: a place inside a noun phrase is no subject."""
    a = _run("A win in the New York marathon doesn't make up for the disappointment of Athens in "
             "any shape or form, but it will offer hope and reassurance for next year.")
    for x in a.attributions:
        if x.source is not None and x.source.text == "it":
            assert _speaker(a, x) != "New York"
