"""A report or claim named by a noun inside another attribution is a nested attribution
(`sayso/lang/en/nested_reports.py`, enext13; ANNOTATION.md: "every attribution ..., including
nested ones"). Real sentences of open en-news G and F tune articles (the article is named).
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.model import Analysis, Document


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _with_cue(a: Analysis, cue: str):
    return [x for x in a.attributions if x.cue and x.cue[-1].text.split()[-1].lower() == cue]


@pytest.mark.parametrize("text,noun,source,content,outer_cue", [
    # enG-thenational-1: the noun was in the tagger's cue (`has denied reports`); the article
    # names the paper whose reports they are (`the paper claimed`), so the noun stays the cue
    # (en-news README-g: "source null and the paper as speaker when the text names it later")
    ("DOWNING Street has denied reports that the Prime Minister is to take legal action "
     "against a British newspaper.\n\nIn reportage firmly denied by Downing Street, the paper "
     "claimed Johnson told those in attendance at the dinner that he had regrets.", "reports", None,
     "the Prime Minister is to take legal action against a British newspaper", "denied"),
    # enG-newsweekpk-1: the noun phrase opens the tagger's content; `by` names the source
    ("Pakistan on Wednesday rejected “baseless” claims by the Indian media that Delhi Police "
     "had busted a “terror module” with alleged links to Pakistan’s intelligence agency.",
     "claims", "the Indian media", "Delhi Police had busted", "rejected"),
    # enN-1news-1 (1News NZ): no `that`; after a denial a pronoun opens the claimed clause
    ("Amazon rejects claims it's been hacked by ransomware group", "claims", None,
     "it's been hacked by ransomware group", "rejects"),
])
def test_report_noun_nested(text, noun, source, content, outer_cue):
    a = _run(text)
    inner = _with_cue(a, noun)
    assert inner, f"no attribution with the cue {noun!r}"
    got = inner[0]
    assert " ".join(s.text for s in got.content).startswith(content)
    assert (got.source.text if got.source else None) == source
    outer = _with_cue(a, outer_cue)
    assert outer and outer[0].content[0].text.split()[0].strip("“”\"").lower() in (noun, "baseless")
    assert got.parent == outer[0].id  # nested in the denial (ANNOTATION.md `parent`)


def test_report_noun_joins_the_denial() -> None:
    """enD-bbc-7 (BBC News 2004-05): a rule read `denied` as the cue and the clause as the
    content, the noun between them in neither; the noun joins the denial's content (gold `reports
    that ...`) and the clause is a nested row. No maker of the reports is named in the text, so
    the noun is that row's source with no cue (en-news README-i: "their source is the noun when no
    outlet is named in the phrase"; `nested_reports.unowned_claims_as_sources`)."""
    a = _run("The government has denied reports that Gordon Brown is preparing to oust Alan "
             "Milburn as Labour's election supremo.")
    outer = _with_cue(a, "denied")
    assert outer and outer[0].content[0].text.startswith("reports that")
    inner = [x for x in a.attributions if x.parent == outer[0].id]
    assert inner and inner[0].content[0].text.startswith("Gordon Brown is preparing to oust")
    assert inner[0].source is not None and inner[0].source.text == "reports"
    assert not inner[0].cue


def test_denied_claim_is_disputed() -> None:
    """enN-1news-1: the claim a denial rejects is `disputed` (ANNOTATION.md: "the text reports it
    being denied"), by the pass that reads claims inside a verb of denying."""
    a = _run("Amazon is rejecting claims it's been hacked, following reports yesterday.")
    inner = _with_cue(a, "claims")
    assert inner and inner[0].certainty == "disputed"
    assert inner[0].content[0].text == "it's been hacked"


@pytest.mark.parametrize("text", [
    # a pronoun making the claim opens a relative clause on the noun, not the claimed clause
    # (constructed from the pattern of `rejected claims he made` in broad news text)
    "The minister rejected claims he made in a radio interview last week.",
    # no denial: `said reports ...` has the noun phrase as the subject of its own clause
    "The spokesman said reports they were leaving the country were wrong.",
])
def test_no_bare_clause_after_the_noun(text):
    a = _run(text)
    assert not [x for x in a.attributions if x.cue and x.cue[-1].text.lower() in ("claims", "reports")]


@pytest.mark.parametrize("text,noun", [
    # enF-kbs-1: `a report that said ...` is a relative clause, the report's own frame
    ("The Japanese government has denied a report that said Seoul contacted Tokyo about a visit "
     "by President Moon Jae-in to coincide with the Tokyo Olympic Games.", "said"),
    # enD-bbc-1: `opposition claims` is the cue itself, no verb before the noun
    ("Tony Blair has backed Chancellor Gordon Brown's pre-Budget report amid opposition claims "
     "he was too bullish about the state of the UK economy.", "claims"),
])
def test_no_nested_report_where_the_noun_is_no_frame(text, noun):
    a = _run(text)
    assert not [x for x in a.attributions if x.cue and x.cue[-1].text.lower() in
                ("report", "reports") and x.cue[-1].text.lower() != noun
                and any(s.text.startswith(("said", "he was")) for s in x.content)]
    assert all(len(x.cue) != 1 or x.cue[0].text.lower() != "opposition" for x in a.attributions)


def test_frame_of_saying_around_a_tagged_report() -> None:
    """enG-sana-1: the tagger reads `Syria stresses that ...`; the frame `The source added`
    around it is an attribution too, its content from the inner source on."""
    text = ("The source added Syria stresses that it was and still is clear in its policy and it "
            "takes its decisions in a way that serves the national interest.")
    a = _run(text)
    outer = _with_cue(a, "added")
    inner = _with_cue(a, "stresses")
    assert outer and inner
    assert outer[0].source is not None and outer[0].source.text == "The source"
    assert outer[0].content[0].text.startswith("Syria stresses that it was")
    assert inner[0].source is not None and inner[0].source.text == "Syria"
    assert inner[0].parent == outer[0].id


def test_no_frame_from_a_verb_that_is_not_saying() -> None:
    """`frames_tagged` itself: a rule frame whose verb is no verb of saying (`The trip suggests`,
    PolNeAR train wash-post 2016-04-18) or whose inner source is indefinite (`tweeted a video
    ... that showed`) frames nothing; `The source added` (enG-sana-1) does."""
    from sayso.lang.en.extract import candidates
    from sayso.lang.en.lexicon import lexicon
    from sayso.lang.en.nested_reports import frames_tagged
    from sayso.lang.en.rules import extract as rules_extract

    def framed(text: str) -> list[str]:
        tokens, sentences, found = candidates(text, "crf")
        lower = [t.text.lower() for t in tokens]
        taken = {i for c in found for r in (*c.cue, *c.content) for i in range(*r)}
        out = []
        for cand in rules_extract(tokens, lower, sentences, lexicon(), core_only=True):
            if (got := frames_tagged(cand, found, taken, lower)) is not None:
                out.append(" ".join(lower[i] for a, b in got.cue for i in range(a, b)))
        return out

    assert framed("The source added Syria stresses that it was and still is clear in its "
                  "policy.") == ["added"]
    assert framed("The trip suggests Sanders says that he is looking ahead to the focus on "
                  "very liberal social justice issues.") == []


@pytest.mark.parametrize("text,cue,ends", [
    # enG-npr-1 (G tune): another speaker takes over after `, and then`
    ("McCabe told Priebus the New York Times story was wrong, and then Priebus asked McCabe, "
     "\"What can we do about this?\" the official said.", "told", "story was wrong"),
    # enC-miamitoday-1 (A-D tune): `, but trust members said ...`
    ("Mr. Cueto told the trust that it could see the scorecard in a visual presentation, but "
     "trust members said they wanted a copy in their hands to study, not to view in a slide "
     "show.", "told", "in a visual presentation"),
])
def test_content_ends_where_another_speaker_takes_over(text, cue, ends):
    """ANNOTATION.md, Boundaries: "one attribution up to where another speaker or the narrator
    takes over" (`content.before_other_speaker`)."""
    got = _with_cue(_run(text), cue)
    assert got and got[0].content[-1].text.endswith(ends)


def test_content_runs_on_when_no_speaker_takes_over() -> None:
    """enF-ecns-1 (F tune): `, and bilateral trade maintained ...` is no verb of saying."""
    text = ("Wang said China-CEEC trade expanded 8.4 percent year-on-year to $103.45 billion in "
            "2020, and bilateral trade maintained an average annual growth rate of 8 percent.")
    got = _with_cue(_run(text), "said")
    assert got and got[0].content[-1].text.endswith("growth rate of 8 percent")


@pytest.mark.parametrize("text,source,content", [
    # enI-adomonline-1 (Adom Online, part I tune): no maker named, no outlet in the article
    ("Information Minister, Kojo Oppong-Nkrumah, has dismissed reports that a government official "
     "been arrested with £26 million in the United Kingdom (UK).", "reports",
     "a government official been arrested"),
    # enN-vanguard-1 (Vanguard, part N tune): the noun phrase's `media` is kept
    ("The Nigerian Army has dismissed as blatant lie, media reports that six soldiers were killed "
     "at Ohafia, Abia State, Friday night by unknown gunmen.", "media reports",
     "six soldiers were killed"),
    # enM-bbc-2 (BBC 2005, part M tune): the tagger's cue `to claims` after `in response`
    ("The singer was arrested after police were called to the Islington hotel in response to "
     "claims that a man had been assaulted.", "claims", "a man had been assaulted"),
])
def test_unowned_claims_are_their_own_source(text, source, content):
    # en-news README-i: "their source is the noun when no outlet is named in the phrase";
    # README-k/l/n: the scored `no cue` rows are claims named by a noun
    a = _run(text)
    inner = [x for x in a.attributions if x.content and x.content[0].text.startswith(content)]
    assert inner and inner[0].source is not None and inner[0].source.text == source
    assert inner[0].cue == []
