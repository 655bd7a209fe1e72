"""English company descriptions (`the company`, `the firm`) resolved to the company the text
means (issue #15: one speaker, one entity; ANNOTATION.md: a description resolves to the
organisation it refers to). Real BBC business/tech 2004-05 articles (the round-26 breadth
text, `/work/r26/breadth`), cut to the lines that matter; enco26."""

from __future__ import annotations

from sayso import pipeline
from sayso.model import Analysis, Document


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _speaker(a: Analysis, source: str, cue: str) -> str | None:
    """The entity name of the attribution with source text `source` and cue `cue`."""
    for x in a.attributions:
        if x.source is not None and x.source.text == source and " ".join(c.text for c in x.cue).endswith(cue):
            e = a.entity(x.source.entity)
            return e.name if e else None
    raise AssertionError(f"no {source!r} {cue!r}: {[(x.source and x.source.text) for x in a.attributions]}")


def test_a_plural_noun_opening_a_sentence_is_no_company() -> None:
    # bbc-business/035: `Analysts say ... The company said` is WPP, not the analysts
    text = ("Ad firm WPP's profits surge 15%\n\nUK advertising giant WPP has posted larger-than-expected "
            "annual profits and predicted that it will outperform the market in 2005.\n\nDuring the year WPP "
            "bought US rival Grey Global, creating a giant big enough to rival sector leader Omnicom. "
            "Analysts say the unit sell could sell for up to pounds 350m. WPP in recent years has also bought "
            "firms such as Ogilvy & Mather and Cordiant Communications. The company said the US Congressional "
            "elections and the FIFA World Cup are likely to present advertising opportunities in the near "
            "future.\n")
    assert _speaker(_run(text), "The company", "said") == "WPP"


def test_a_state_is_no_company() -> None:
    # bbc-business/102: `... an unnamed agent in Benin claiming ties ... The company says` is Titan
    text = ("US company admits Benin bribery\n\nA US defence and telecommunications company has agreed to pay "
            "dollars 28.5m after admitting bribery in the West African state of Benin.\n\nThe Titan corporation "
            "was accused of funnelling more than dollars 2m into the 2001 re-election campaign of President "
            "Mathieu Kerekou. At the time, Titan was trying to get a higher price for a telecommunications "
            "project in Benin. The SEC had accused Titan of illegally paying dollars 2.1m to an unnamed agent "
            "in Benin claiming ties with President Kerekou. Shortly after the poll, Benin officials agreed to "
            "quadruple Titan's management fee. The company says it no longer tolerates such practices.\n")
    assert _speaker(_run(text), "The company", "says") == "Titan"


def test_the_company_is_the_name_written_most_often_not_the_nearest() -> None:
    # bbc-tech/084: `Nintendo's new handheld console, the DS, ..., the company has announced`
    text = ("Nintendo handheld given Euro date\n\nNintendo's new handheld console, the DS, will launch in Europe "
            "on 11 March, the company has announced.\n\nThe portable games machine, which features touch-screen "
            "control, will retail for pounds 99 in the UK (149 euros). Nintendo said 15 games would be available "
            "in the UK at launch. More than 2.8 million DS consoles have been sold since it first appeared in the "
            "US and Japan at the end of 2004. More than 120 games are in development for the new console, "
            "Nintendo has said.\n")
    assert _speaker(_run(text), "the company", "has announced") == "Nintendo"


def test_a_company_named_in_full_still_counts() -> None:
    # bbc-business/096, must NOT lose Burren: `Burren Energy` is always written with `Energy`,
    # a company's longer name, so its occurrences count for `Burren`
    text = ("Burren awarded Egyptian contracts\n\nBritish energy firm Burren Energy has been awarded two potentially "
            "lucrative oil exploration contracts in Egypt.\n\nThe company successfully bid for the two contracts, "
            "granted by government owned oil firms, covering onshore and offshore areas in the Gulf of Suez. "
            "Burren Energy already has a presence in Egypt, having been awarded an exploration contract last year. "
            "The firm, which floated in 2003, recently announced a deal to buy 26% of Indian firm Hindustan Oil "
            "Exploration. The pounds 13.8m deal gives Burren Energy access to the Indian oil and gas industry.\n")
    assert _speaker(_run(text), "The firm, which floated in 2003", "recently announced") == "Burren"


def test_an_earlier_description_of_the_company_keeps_it() -> None:
    # bbc-business/042, must NOT split: `the mining group` (lower-case, yet a description of a
    # company, not a role) is what `The company said` means
    text = ("UK Coal plunges into deeper loss\n\nShares in UK Coal have fallen after the mining group reported "
            "losses had deepened to pounds 51.6m in 2004 from pounds 1.2m.\n\nThe UK's biggest coal producer "
            "blamed geological problems, industrial action and \"operating flaws\" at its deep mines for its "
            "worsening fortunes. In early trade on Thursday, its shares were down 10% at 119 pence. UK Coal said "
            "it was making \"significant progress\" in shaking up the business. The company said these actions "
            "should \"significantly uplift earnings\".\n")
    a = _run(text)
    assert _speaker(a, "The company", "said") == _speaker(a, "the mining group", "reported")


def test_the_airline_is_the_company_written_after_airline() -> None:
    # bbc-business/109: `German airline Lufthansa ... the airline announced` is Lufthansa
    text = ("Lufthansa flies back to profit\n\nGerman airline Lufthansa has returned to profit in 2004 after posting "
            "huge losses in 2003.\n\nIn a preliminary report, the airline announced net profits of 400m euros "
            "(dollars 527.61m; pounds 274.73m), compared with a loss of 984m euros in 2003. Lufthansa was hit in "
            "2003 by tough competition and a dip in demand following the Iraq war. Last year, Lufthansa showed "
            "signs of recovery even as some European and US airlines were teetering on the brink of bankruptcy.\n")
    assert _speaker(_run(text), "the airline", "announced") == "Lufthansa"


def test_the_airline_is_no_name_that_does_not_fit_it() -> None:
    # bbc-business/432, must NOT take `Saudi` (`two Saudi services`, `the Saudi flights`): no
    # airline is written so, and British Airways' `BA` is never called an airline there
    text = ("BA to suspend two Saudi services\n\nBritish Airways is to halt its flights from London Heathrow to "
            "Jeddah and Riyadh in Saudi Arabia from 27 March.\n\nThe airline said the decision was a commercial one "
            "due to reduced passenger demand for the services. BA currently operates four flights per week from "
            "Heathrow to Jeddah, and three weekly journeys to Riyadh. BA will now suspend the Saudi flights from "
            "27 March.\n")
    assert _speaker(_run(text), "The airline", "said") != "Saudi"
