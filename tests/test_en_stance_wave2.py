"""Round 11 wave 2: English stance aligned with ANNOTATION.md and the annotators of part F, who
label from the text alone (`/work/r11/Ftune`, `/work/r11/Etune`; STANCE.md row 2: a denial
"negates a claim, report, charge or accusation ... stated or plainly implied in the article").

Positive rows are real passages of open articles (named in the comment); each class has the
over-reach it must not make.
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


@pytest.mark.parametrize(("text", "words"), [
    # enE-statesman-1 (part E tune): the police answer a rumour two sentences before
    ("According to a social media post, Sirsa was fired at while he was on a round in West Delhi's "
     "Khyala and Vishnu Garden areas.\n\"There is a rumour going around about a firing targeting me. "
     "It's completely false,\" Sirsa said in a post on X.\nThe Delhi Police also issued a "
     "clarification, saying there was no firing incident targeting Sirsa.", "no firing incident"),
    # enF-inn-1 (part F tune): the allegation stands in the same sentence, before the frame
    ("Following allegations that US President Donald Trump ignored reports that Russia was offering "
     "Taliban terrorists bounties for killing coalition troops, Trump said such a report had never "
     "surfaced.", "never surfaced"),
    # enF-jiji-1 (part F tune): the report of a breach stands in the sentence before
    ("Japanese Chief Cabinet Secretary Hirokazu Matsuno on Tuesday denied any leak of confidential "
     "information from the Defense Ministry, whose networks have reportedly been breached by Chinese "
     "military hackers.\n\n\"We've confirmed no case of confidential information being leaked from "
     "the Defense Ministry due to a cyberattack,\" the top government spokesperson told a press "
     "conference.", "confirmed no case"),
])
def test_negation_answering_a_report_denies(text: str, words: str) -> None:
    assert _by_content(_run(text), words).stance == "deny"


@pytest.mark.parametrize(("text", "words"), [
    # a negation with no report or claim about it in the article states a fact
    ("The company said on Monday that sales had not recovered since the summer. Its shares fell "
     "4 per cent.", "had not recovered"),
    # the report word frames the attribution itself (`as reported by the Independent`,
    # en-sputnik-1): it is the channel, not a claim the speaker answers
    ("Prince Andrew is not entitled to any form of immunity by virtue of his position as a member "
     "of the royal family, said one legal expert, as reported by the Independent newspaper.",
     "not entitled"),
    # a copula or a modal of possibility states or judges, it answers nothing (PolNeAR train,
    # BBC tech/017 style; enC-foxnews-1)
    ("The report said Cruz had changed his position on immigration. The campaign said Cruz was not "
     "a real conservative on immigration.", "not a real conservative"),
    ("Reports said the exchange was preparing a bid. Euronext said it could not guarantee that a "
     "firm offer would be made for the exchange.", "could not guarantee"),
    ("Reports claimed Braun had tried to reach Swift. \"This fight with Taylor is not something "
     "Scooter agrees with,\" the insider added of the reports.", "not something"),
    # a limiting `not just` rejects nothing (en-guardian-1)
    ("The report said zero-hours contracts were rising. The union said the report showed that "
     "precarious employment was not just an issue for gig economy workers.", "not just an issue"),
])
def test_negation_without_a_claim_answered_stays_assert(text: str, words: str) -> None:
    assert _by_content(_run(text), words).stance == "assert"


@pytest.mark.parametrize(("content", "want"), [
    ("The reports are neither objective nor true", "deny"),                            # enF-ecns-1
    ("There is no way to verify (the numbers) objectively, but it seems to be far from the truth",
     "deny"),                                                                          # enF-yonhap-1
    ("the estimate is far from final", "assert"),
])
def test_untruth_phrases_deny(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want


@pytest.mark.parametrize(("content", "want"), [
    # a named party declared eager to act commits itself (STANCE.md row 7, as `is ready to`)
    ("Turkiye was eager to become a center of natural gas, electricity, and minerals center for "
     "commerce", "promise"),                                                           # enE-kuna-1
    ("some in the city were eager to return to normal", "assert"),                     # no party named
    # results judged good (STANCE.md row 10)
    ("Since the launch of the China-CEEC cooperation mechanism 10 years ago, fruitful results have "
     "been achieved in more than 20 fields", "praise"),                                # enF-ecns-1
    ("the results of the trial are due next month", "assert"),
])
def test_eager_parties_and_fruitful_results(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want
