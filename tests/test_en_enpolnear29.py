"""`according to X` (enpolnear29): a name with a title or an initial (`Dennis B. Ross`) is one
source, and an apposition headed by a role noun after it belongs to the source, not to the
claim. Real sentences: PolNeAR train text and BBC 2004-05 breadth text."""

from __future__ import annotations

from sayso import pipeline
from sayso.model import Document


def _according(text: str):
    analysis = pipeline.run(Document(text=text, language="en"))
    rows = [a for a in analysis.attributions if a.cue and a.cue[0].text.lower() == "according to"]
    assert len(rows) == 1
    return rows[0]


def test_initial_and_apposition_inserted_mid_clause() -> None:
    # PolNeAR train, nyt_2015-11-10_netanyahu-and-obama-a-tortured-r
    a = _according(
        "At the heart of the trouble, according to Dennis B. Ross, another former American "
        "special envoy, was a decision by Mr. Obama that he needed to establish distance from "
        "Israel to build credibility in the Arab world."
    )
    assert a.source.text == "Dennis B. Ross, another former American special envoy"
    assert [c.text for c in a.content] == [
        "At the heart of the trouble",
        "was a decision by Mr. Obama that he needed to establish distance from Israel to build "
        "credibility in the Arab world",
    ]


def test_trailing_apposition_is_the_source_not_content() -> None:
    # BBC 2004-05 breadth text, bbc-tech/148
    a = _according(
        "The key to such a lawsuit would be convincing a court that a single brand like iTunes "
        "is a market in itself separate from the rest of the online music market, according to "
        "Ernest Gellhorn, an anti-trust law professor at George Mason University."
    )
    assert (
        a.source.text == "Ernest Gellhorn, an anti-trust law professor at George Mason University"
    )
    assert len(a.content) == 1 and a.content[0].text.endswith("online music market")


def test_comment_on_the_claim_is_no_apposition() -> None:
    # PolNeAR train, nyt_2016-01-07_personal-touch-helps-boutique-ba: `a huge sum` is headed by
    # no role noun, so the source stays `public filings`
    a = _according(
        "For these assignments and others, Centerview earned about $600 million last year, "
        "according to public filings, a huge sum for a firm with 35 partners."
    )
    assert a.source.text == "public filings"


def test_relative_clause_inside_the_claim_keeps_the_according_frame() -> None:
    # PolNeAR train, nyt_2016-03-04_republicans-have-stake-in-a-deal: `which denied ...` is a
    # claim about one case the content names; the `according to` attribution stays whole
    a = _according(
        "Among Supreme Court precedents at risk, according to Ms. Epstein, are 16 involving "
        "business activity, unions or tax policy, including Walmart Stores v. Dukes, which "
        "denied class-action status to female employees of the discount retailer."
    )
    assert a.source.text == "Ms. Epstein"
    assert len(a.content) == 2 and a.content[1].text.startswith("are 16 involving")
