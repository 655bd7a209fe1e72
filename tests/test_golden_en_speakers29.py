"""Golden speakers of round 29 (`enspk29`; benchmarks/data/enspk29/README.md): number and animacy
agreement of `it` (Lappin & Leass 1994) as a filter in `coref.py`.

`it` stands for no plural description (`analysts`, `Some security experts`, `response-time
figures gathered by Netcraft`) and no person a description gives a gender: the latest party that
agrees, in the pronoun's sentence or the two before, takes it up, else it stays unresolved. A
body agrees whatever its noun's number (`Venezuelan authorities`), and so does an entity any of
whose names agrees (`test_a_body_is_it_whatever_its_number` is a case the rule must leave alone).
An acronym in parentheses glosses the body just named. `the company` is the company its own
sentence or the one before names, also one typed person only by default (`Lycos Europe`).
"""

from __future__ import annotations

import pytest

import sayso
from sayso.lang.en.coref import description_head


def _speaker(text: str, cue: str, pronoun: str) -> tuple[str, str]:
    """(entity name, entity type) of the attribution whose source is `pronoun` and whose cue opens
    with `cue`."""
    analysis = sayso.analyze(text, language="en")
    hits = [
        a
        for a in analysis.attributions
        if a.cue
        and a.cue[0].text.split()[0] == cue
        and a.source is not None
        and a.source.text == pronoun
    ]
    assert hits, f"no attribution {pronoun!r} {cue!r}"
    entity = analysis.entity(hits[0].source.entity)
    assert entity is not None
    return entity.name, entity.type


# BBC business 2005 (breadth bbc-business/446)
_USTR = (
    "The US has asked the World Trade Organisation to investigate European Union customs "
    "tariffs, which it says are inconsistent and hamper trade.\n\nThe EU's own institutions have "
    "noted the uneven way EU customs rules are applied but failed to act, the US Trade "
    "Representative's Office said. Small and mid-sized US firms were worst-hit, it added."
)

# BBC tech 2004 (breadth bbc-tech/214; open pool enL-bbc-4 is the same story)
_LYCOS = (
    "Monitoring firm Netcraft found that the anti-spam campaign was proving a little too "
    "successful. According to response-time figures gathered by Netcraft, some of the sites that "
    "the screensaver targeted were being knocked offline by the constant data requests. In a "
    "statement from Lycos Europe announcing the scrapping of the scheme, the company denied that "
    'this was its fault. "There is nothing to suggest that Make Love, Not Spam has brought down '
    'any of the sites that it has targeted," it said.'
)

# BBC tech 2005 (breadth bbc-tech/083)
_MICROSOFT = (
    "Some security experts are concerned that restricting access to such patches could mean "
    "a rise in such attacks and threats, with more PCs left unprotected.\n\nMicrosoft's Windows "
    "operating system is heavily exploited by virus writers because it is so widespread and "
    "they are constantly seeking out new security loopholes to take advantage of. The company "
    "is trying to tackle security threats whilst cracking down on pirated software at the same "
    "time. Software piracy has cost the company billions, it says."
)

# BBC business 2005 (breadth bbc-business/029)
_VENEZUELA = (
    "Venezuelan authorities have said they will seize land owned by a British company as part "
    "of President Chavez's agrarian reform programme.\n\nOfficials in Cojedes state said on "
    "Friday that farmland owned by a subsidiary of the Vestey Group would be taken and used to "
    "settle poor farmers. The government is cracking down on so-called latifundios, or large "
    "rural estates, which it says are lying idle."
)


def test_it_is_the_latest_party_that_agrees() -> None:
    # before: `The EU's own institutions`, a plural named since the office spoke
    assert _speaker(_USTR, "added", "it") == ("the US Trade Representative's Office", "government")


@pytest.mark.parametrize(
    ("text", "cue", "plural"),
    [
        (_LYCOS, "said", "response-time figures gathered by Netcraft"),
        (_MICROSOFT, "says", "Some security experts"),
    ],
)
def test_it_is_no_plural(text: str, cue: str, plural: str) -> None:
    name, _ = _speaker(text, cue, "it")
    assert name != plural


def test_a_body_is_it_whatever_its_number() -> None:
    assert _speaker(_VENEZUELA, "says", "it") == ("Venezuelan authorities", "government")


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("response-time figures gathered by Netcraft", "figures"),  # breadth bbc-tech/214
        ("numerous reports detailing", "reports"),  # open pool enT-inquirer-1
        (
            "her party's elected leaders",
            "leaders",
        ),  # PolNeAR train nyt_2016-03-04: a participle before the head
        ("The news and financial data seller", "news"),  # `and` inside one description
    ],
)
def test_description_head(name: str, head: str) -> None:
    assert description_head(name) == head


# open pool enT-sixthtone-1 (Sixth Tone): an acronym in parentheses glosses the body just named
_CCA = (
    "Apple has denied it promised to replace the batteries of Chinese customers who have been "
    "complaining that their iPhones are shutting down for no apparent reason, even when they show "
    "plenty of battery life remaining.\n\nState-funded watchdog China Consumers Association (CCA) on "
    "Tuesday published an open letter in which it said it had received complaints from owners of "
    "Apple products, calling on the company to respond."
)


def test_an_acronym_glossing_a_body_is_that_body() -> None:
    # before: `CCA`, read as a name typed person only by default, left `it` to Apple
    assert _speaker(_CCA, "said", "it") == ("China Consumers Association", "organization")


# BBC tech 2004 (breadth bbc-tech/214): the company its own sentence names, typed person only by default
_LYCOS_STATEMENT = (
    "Lycos has shut down the campaign saying it had been started to stimulate debate about "
    "anti-spam measures and had now achieved this aim. The anti-spammer screensaver came "
    "under fire for encouraging vigilante activity and skirting the edge of the law.\n\nThrough "
    "the Make Love, Not Spam website, users could download a screensaver that would endlessly "
    "request data from the net sites mentioned in many junk mail messages. More than 100,000 "
    "people are thought to have downloaded the screensaver that Lycos Europe offered.\n\nThe "
    "company wanted to keep the spam sites running at near total capacity to make it much "
    "less financially attractive to spammers to operate the sites. But the campaign was "
    "controversial from the moment it kicked off and many net veterans criticised it for "
    "using spamming-type tactics against the senders of junk mail. Some net service firms "
    "began blocking access to the Lycos Europe site in protest at the action. Monitoring firm "
    "Netcraft found that the anti-spam campaign was proving a little too successful. "
    "According to response-time figures gathered by Netcraft, some of the sites that the "
    "screensaver targeted were being knocked offline by the constant data requests. In a "
    "statement from Lycos Europe announcing the scrapping of the scheme, the company denied "
    "that this was its fault."
)


@pytest.mark.parametrize(
    ("text", "cue", "company"),
    [
        (_LYCOS_STATEMENT, "denied", "Lycos"),  # before: Netcraft, named in passing since
    ],
)
def test_the_company_named_in_its_own_or_the_previous_sentence(
    text: str, cue: str, company: str
) -> None:
    assert _speaker(text, cue, "the company")[0] == company
