"""Round 15 (enjudge15): denials and disputes that link a reply to the claim it answers.

Positive rows are real passages of open en-news articles (part E-I tune; named in the comment);
each class has the over-reach it must not make, taken from the breadth check over PolNeAR train
text and BBC News 2004-05 business/entertainment/sport/tech (`benchmarks/en_stance_breadth.py`).
The conventions: `evaldata/en-news/STANCE.md` row 2 (deny: "it must reject a claim, report or
charge (stated or plainly implied in the article)"), row 8 (accuse: bad faith laid at a party's
door) and ANNOTATION.md (`disputed` "when the text reports it being denied or contradicted").
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.lang.en.stance import refine
from sayso.model import Attribution, Document


def _run(text: str) -> list[Attribution]:
    return pipeline.run(Document(text=text, language="en")).attributions


def _by_content(found: list[Attribution], words: str) -> Attribution:
    return next(a for a in found if any(words in c.text for c in a.content))


# enI-bbc-4 (part I tune): the prosecutor's reply opens a `But` sentence and negates the
# agreement the directors' lawyer told Reuters of
WORLDCOM = ("Ten former directors at WorldCom have agreed to pay dollars 54m, including dollars 18m from "
            "their own pockets, to settle a class action lawsuit, reports say.\n\n"
            "James Wareham, a lawyer representing one of the directors, told Reuters the 10 had agreed to "
            "pay those who lost billions when the firm collapsed. The remaining dollars 36m will be paid by "
            "the directors' insurers. But, a spokesman for the prosecutor, New York State Comptroller Alan "
            "Hevesi, said no formal agreement had been made.\n")


def test_negated_reply_after_but_denies_and_disputes() -> None:
    found = _run(WORLDCOM)
    reply = _by_content(found, "no formal agreement")
    claim = _by_content(found, "had agreed to pay those")
    assert reply.stance == "deny"
    assert claim.certainty == "disputed"
    assert reply.target == claim.id


# PolNeAR train, wash-post 2016-07-16: `But Menendez said he does not think ...` after Corker's
# view is an opinion set against another, not the negation of an event claimed
SANCTIONS_BILL = ("Corker said it might be difficult to build Democratic support during an election season "
                  "when the parties are deeply split over the legacy of the Iran agreement.\n\n"
                  "But Menendez said he does not think the election calendar matters.\n")


def test_negated_opinion_after_but_is_no_denial() -> None:
    found = _run(SANCTIONS_BILL)
    reply = _by_content(found, "election calendar")
    assert reply.stance != "deny" and reply.target is None


# A negated reply with no contrast word answers nothing by this rule (the two statements are
# parallel, as in most sentences that merely follow one another)
def test_negated_reply_needs_contrast() -> None:
    text = WORLDCOM.replace("But, a spokesman", "A spokesman")
    claim = _by_content(_run(text), "had agreed to pay those")
    assert claim.certainty == "asserted"


# enH-etvbharat-1 (part H tune): the story the press secretary's denial quotes is disputed
BOUNTIES = ("Russia Offered Bounties To Taliban Militants To Kill US Troops\n\n"
            "The White House said neither Trump nor vice president Mike Pence was briefed on such "
            "intelligence. \"This does not speak to the merit of the alleged intelligence but to the "
            "inaccuracy of the New York Times story erroneously suggesting that President Trump was briefed "
            "on this matter,\" press secretary Kayleigh McEnany said in a statement.\n")


def test_report_quoted_inside_a_denial_is_disputed() -> None:
    found = _run(BOUNTIES)
    denial = _by_content(found, "does not speak to the merit")
    story = next(a for a in found if a.source is not None and a.source.text.endswith("story"))
    assert denial.stance == "deny"
    assert story.content[0].text.startswith("President Trump was briefed")
    assert story.certainty == "disputed"


@pytest.mark.parametrize(("content", "want"), [
    # row 8, bad faith laid at a party (Khamenei, enI-radiofarda-1)
    ('"The United States lacks honesty," and that there will be no negotiation', "accuse"),
    ("the regime lacked any sincerity in the talks", "accuse"),
    # a thing lacking something is no charge against a party
    ("the plan lacks detail", "assert"),
])
def test_lack_of_good_faith_accuses(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want


# enI-radiofarda-1 (part I tune): a content cut to open on `that,` still reads as a negated
# clause answering the rumours the lede denies
NEGOTIATIONS = ("Iran Denies Reports About Upcoming Meeting Between Zarif and Pompeo\n\n"
                "The spokesperson for Iran's Foreign Ministry, Abbas Mousavi, has denied rumors that said the "
                "United States had sent a message to Iran via Russia.\n\n"
                "Mousavi said noted that, \"there are no negotiations going on between Iran and the United "
                "States at any level.\"\n")


def test_negated_clause_after_that_comma_denies() -> None:
    found = _run(NEGOTIATIONS)
    assert _by_content(found, "no negotiations going on").stance == "deny"


# enG-npr-1 (part G tune): what named parties said, in sentences an unnamed official tells
# (`..., the official said.`, `The official said ... and said ...`), rests on that official
# (ANNOTATION.md: "anonymous (rests on unnamed sources)")
@pytest.mark.parametrize(("text", "words"), [
    ('McCabe told Priebus the New York Times story was wrong, and then Priebus asked McCabe, '
     '"What can we do about this?" the official said.\n', "What can we do"),
    ('The official said Comey later reached out to Priebus and said "the story was garbage."\n',
     "the story was garbage"),
])
def test_statement_told_by_an_unnamed_source_is_anonymous(text: str, words: str) -> None:
    assert _by_content(_run(text), words).certainty == "anonymous"


def test_statement_set_beside_an_unnamed_source_stays_asserted() -> None:
    found = _run("A senior official said the talks had stalled, while Foreign Minister Sergei Lavrov said "
                 "they were going well.\n")
    assert _by_content(found, "going well").certainty == "asserted"
