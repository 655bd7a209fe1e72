"""Round 23 English speakers (enspk23, issue #11 item 5): claims named by a noun whose maker is
named beside it or nowhere, the denials around a report's own attribution, and a subject of two
noun phrases joined by `and`. Real sentences of open en-news articles (the article is named) and
of BBC 2004-05 non-politics text (`/work/breadth/bbc`, the file is named).
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.model import Analysis, Attribution, Document


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _with_cue(a: Analysis, word: str) -> list[Attribution]:
    return [x for x in a.attributions if x.cue and x.cue[-1].text.split()[-1].lower() == word]


def _with_content(a: Analysis, start: str) -> list[Attribution]:
    return [x for x in a.attributions if x.content and x.content[0].text.startswith(start)]


@pytest.mark.parametrize("text,outer_cue,outer_content,source,content", [
    # enM-rnz-1 (RNZ 2020): the place the claim was made stands between the noun and `that`;
    # no maker is named, so the noun phrase is the source and there is no cue (README-h:
    # "claims on social media that ..." with source null; README-m: "is denying a claim on
    # social media that ...")
    ("The Papua New Guinea government is denying a claim on social media that it's recruiting "
     "Fijians to work in PNG.", "denying", "a claim on social media that it's recruiting",
     "a claim on social media", "it's recruiting Fijians to work in PNG"),
    # enN-vanguard-1 (Vanguard 2021): `in the social media`
    ("Similarly, the Army denied reports in the social media that troops are on vengeance mission "
     "in some parts of Ohafia communities following the alleged death of six soldiers in an "
     "exchange of fire with unknown gunmen.", "denied", "reports in the social media that troops",
     "reports in the social media", "troops are on vengeance mission"),
])
def test_claim_made_on_a_platform(text, outer_cue, outer_content, source, content) -> None:
    a = _run(text)
    outer = _with_cue(a, outer_cue)
    assert outer and outer[0].content[0].text.startswith(outer_content)
    inner = _with_content(a, content)
    assert inner and inner[0].source is not None and inner[0].source.text == source
    assert not inner[0].cue
    assert inner[0].parent == outer[0].id


def test_platform_claims_beside_an_outlet_speaker() -> None:
    """enO-sabcnews-1 (SABC News 2022): the speaker is a broadcaster, whose own reports an
    unnamed `reports that` would be (README-g); reports made `on social media platforms` are
    not its own, and the noun phrase is their source (O tune gold)."""
    a = _run("The South African Broadcasting Corporation (SABC) has refuted reports that originated "
             "from an article published by the online media platform, Mybroadband.co.za.\n\n"
             "The public broadcaster says it has noted with concern the reports on social media "
             "platforms that the Corporation paid R70 million for the former SABC GCEO, Madoda "
             "Mxakwe’s trip to the 2022 World Cup Qatar.")
    inner = _with_content(a, "the Corporation paid R70 million")
    assert inner and inner[0].source is not None
    assert inner[0].source.text == "the reports on social media platforms"


def test_claims_from_a_maker_after_to() -> None:
    """enI-ghanaweb-1 (GhanaWeb 2021): `reacted to claims from X that ...`: the `from`-phrase
    names the claims' maker (README-i: "the speaker the outlet or party that made them where the
    text names it"), after the `to` that opens the tagger's content."""
    a = _run("The Deputy General Secretary of the National Democratic Congress (NDC), Peter Boamah "
             "Otokunor has reacted to claims from the Ministry of Information that the opposition "
             "party is in the business of churning out fake news.")
    inner = _with_cue(a, "claims")
    assert inner and inner[0].source is not None and inner[0].source.text == "the Ministry of Information"
    assert inner[0].content[0].text.startswith("the opposition party is in the business")


def test_denial_around_a_report_participle() -> None:
    """enL-canindia-1 (IANS 2018): the tagger read only `media reports alleging ...`; the denial
    around it is a row of its own, its content the whole claim and the call its channel (L tune
    gold: `rejected` | `media reports alleging ...`, via `telephone call`)."""
    a = _run("New Delhi, Oct 17 (IANS) Sri Lankan President Maithripala Sirisena on Wednesday rejected "
             "media reports alleging an Indian hand in a plot to assassinate him and a former Defence "
             "Secretary of Sri Lanka during a telephone call with Prime Minister Narendra Modi.")
    outer = _with_cue(a, "rejected")
    assert outer and outer[0].content[0].text.startswith("media reports alleging an Indian hand")
    assert outer[0].source is not None and outer[0].source.text == "Sri Lankan President Maithripala Sirisena"
    assert [v.text for v in outer[0].via] == ["telephone call"]
    inner = _with_cue(a, "alleging")
    assert inner and inner[0].source is not None and inner[0].source.text == "media reports"
    assert not inner[0].via


def test_denial_around_a_statement_by() -> None:
    """enO-timeslive-1 (TimesLIVE 2016): `have rubbished a statement by X claiming ...` (README-o:
    "have rubbished a statement by the Democratic Alliance claiming ..." nested in the denial);
    `rubbish` is a verb of denying, and the two bodies joined by `and` are one source."""
    a = _run("The Presidency and the SABC have rubbished a statement by the Democratic Alliance "
             "claiming that SABC staffers had been summoned to the presidency.")
    outer = _with_cue(a, "rubbished")
    assert outer and outer[0].source is not None and outer[0].source.text == "The Presidency and the SABC"
    assert outer[0].content[0].text.startswith("a statement by the Democratic Alliance claiming")
    assert outer[0].stance == "deny"
    inner = _with_cue(a, "claiming")
    assert inner and inner[0].source is not None and "Democratic Alliance" in inner[0].source.text


def test_no_denial_made_under_an_infinitive() -> None:
    """enG-neweuropean-1 (The New European 2021): `declined to deny an ITV report stating ...`:
    the infinitive's frame (`declined to deny`, G tune gold) is not read as a bare `deny` row."""
    a = _run("No 10 and the Tories declined to deny an ITV report stating that the Conservative "
             "Campaign Headquarters paid the Cabinet Office to cover initial costs of the "
             "refurbishments, with Johnson now repaying the party.")
    assert not [x for x in a.attributions if x.cue and x.cue[0].text == "deny"]


@pytest.mark.parametrize("text,source", [
    # BBC business 2005 (business/179.txt): two papers joined by `and` open the sentence
    ("The Sunday Times and The Sunday Telegraph say they will oppose any formal pounds 800m "
     "takeover bid from US tycoon Malcom Glazer.", "The Sunday Times and The Sunday Telegraph"),
    # BBC business 2005 (business/066.txt): a clause, not a noun phrase, before `and`: the
    # speaker alone
    ("Latest indications are that growth is still proving elusive and Ifo president Hans-Werner "
     "Sinn said any improvement in German domestic demand was sluggish.",
     "Ifo president Hans-Werner Sinn"),
])
def test_subject_joined_by_and(text, source) -> None:
    a = _run(text)
    assert a.attributions and a.attributions[0].source is not None
    assert a.attributions[0].source.text == source


def test_passive_frame_subject_tells() -> None:
    """en-ap-1 (AP 2019): `Sondland was known for telling others "..."`: the subject of a passive
    of repute or blame before `for`/`of` does the telling (A-D tune gold: source Sondland)."""
    a = _run("Sondland was known for telling others \"he was in charge of Ukraine\" despite being "
             "the U.S. ambassador to the European Union.")
    told = _with_cue(a, "telling")
    assert told and told[0].source is not None and told[0].source.text == "Sondland"


@pytest.mark.parametrize("text,source", [
    # enO-bbc-1 (BBC business 2005): a list inside the relative clause; the tagger took its end
    ("Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed the offer as "
     "inadequate.", "Southcorp, whose brands include Penfolds, Rosemount and Lindemans"),
    # en-abcnews-1 (ABC News): the gold span keeps the relative clause
    ("Hicks, whose husband is still on active duty in the Navy, said the flag is a symbol of U.S. "
     "freedom.", "Hicks, whose husband is still on active duty in the Navy"),
])
def test_relative_clause_before_the_cue(text, source) -> None:
    a = _run(text)
    assert a.attributions and a.attributions[0].source is not None
    assert a.attributions[0].source.text == source
