"""Round 12 (enstance12): English stance read from `evaldata/en-news/STANCE.md` literally.

Positive rows are real passages of open articles (A-D tune, part E/F tune, test half A; named in
the comment); each class has the over-reach it must not make, taken from the breadth check over
PolNeAR train text and BBC News 2004-05 business/tech (benchmarks/data/enstance12/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sayso import pipeline
from sayso.lang.en.stance import refine
from sayso.model import Attribution, Document

EN_NEWS = Path(__file__).resolve().parent.parent / "evaldata" / "en-news"


def _run(text: str) -> list[Attribution]:
    return pipeline.run(Document(text=text, language="en")).attributions


def _by_content(found: list[Attribution], words: str) -> Attribution:
    return next(a for a in found if any(words in c.text for c in a.content))


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 2, "calls it false": a claim, report or suggestion called wrong
    ("said", "it was wrong to suggest the chancellor would usurp Mr Milburn", "deny"),        # enD-bbc-7
    ("told", "Gordon Brown will play a central role in any election campaign. They were wrong when they "
             "said Milburn was ousting Brown and they're wrong now if they are saying Brown is ousting "
             "Milburn", "deny"),                                                                # enD-bbc-7
    ("said", 'the report was a hoax doctored by an "irresponsible New York Times leak', "deny"),  # enF-inn-1
    ("said", "Tillerson’s business relationship with Putin is being mistaken for a close personal "
             "friendship", "deny"),                                                             # enF-cnn-1
    ("added", "It was simply wrong to suggest that information on Prozac was missing", "deny"),  # BBC business
    # a thing distorted is no claim (PolNeAR train)
    ("argued", "seeks to restore equity where it is distorted by state and local funding models", "assert"),
])
def test_claim_called_wrong_denies(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


def test_own_error_is_no_denial() -> None:
    # `I was wrong when I said`: an admission of the speaker's own error, not a claim rejected
    assert refine("assert", ["said"], "I was wrong when I said the plan would fail") != "deny"


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 8, "accuse names a wrongdoing of a party; condemn judges without charging" (enC-tass-2)
    ("said", "The United States has disrupted the transfer of Russia's voluntary contribution to the budget "
             "of the International Committee of the Red Cross (ICRC) by imposing illegal unilateral sanctions",
     "accuse"),
    ("added", "For the first time, such payments were interrupted in 2022 as a result of illegal coercive "
              "measures taken by the European Union and Switzerland against Russia", "accuse"),
    ("said", "We believe people in these countries can see through the malicious intention of sabotaging "
             "China-CEEC cooperation behind all the lies and disinformation", "accuse"),        # enF-ecns-1
    ("told", "Dominic is engaged in systematic leaking. We are disappointed about that.", "accuse"),  # enE-pa-1
    ("said", "it was only the latest move by the US to try to force the Palestinians to capitulate and give "
             "up their claims to an independent state", "accuse"),                              # en-albawaba-1
    ("has insisted", "it will not comment on speculation following reports Boris Johnson’s former aide "
                     "Dominic Cummings is being blamed for leaking the Prime Minister’s text messages",
     "accuse"),                                                                                 # enE-pa-1
    # causes blamed charge no party (BBC business); a measure judged illegal names no doer
    ("said", "Slower economic growth, rising oil prices, a stronger yen and weaker exports were blamed for "
             "the fall", "assert"),
    ("said", "the new sanctions are illegal", "condemn"),
])
def test_party_wrongdoing_accuses(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # labelling verbs: the label decides, read with the predicative judgements
    ("described", 'this as the "worst case scenario', "condemn"),                                # en-bbc-2
    ("called", "his experience “unique” and “refreshing” at a central bank increasingly dominated by "
               "economists", "praise"),                                                        # en-reuters-5
    ("sees", 'Stadia\'s lineup as its "Achilles heel', "condemn"),                # enC-hollywoodreporter-1
    # `views` is a noun before a verb of saying (BBC business)
    ("views suggest", "the March reading could go as low as 15 - still in positive territory", "assert"),
])
def test_labels(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want


@pytest.mark.parametrize(("content", "want"), [
    ('the plans "stink', "condemn"),                                                              # enD-bbc-5
    ("This is way way too large, this is a development for the lake", "condemn"),                 # enD-kgo-1
    ("The very idea of something called Margaritaville in Napa County is kind of cringey", "condemn"),
    ('Defra had been "dreadfully slow" in paying some of its bills', "condemn"),                  # enD-bbc-3
    ("I'm a biologist, naturalist, and I am a Jimmy Buffett fan - nevertheless I have a huge problem "
     "with such a trendy concept as Margaritaville", "condemn"),                                # enD-kgo-1
    ("politicians have “vilified” educators", "condemn"),                                  # enC-detroitnews-1
    ("all participants have benefited from such cooperation", "praise"),                          # enF-ecns-1
    ("she related to him as someone who was also raised in a single-parent home, and she was impressed "
     "with his status as the country’s second elected black governor", "praise"),               # enD-ctpost-1
    # someone else's problem is no judgement of the speaker's (PolNeAR train)
    ("So, North Korea has nukes. Japan has a problem with that. I mean, they have a big problem with that.",
     "assert"),
])
def test_judgements(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want


@pytest.mark.parametrize(("content", "want"), [
    # STANCE.md: "officials say the risk is low" is a reassurance, assert (enC-smithsonian-1)
    ("the risk of an outbreak is low", "assert"),
    ("there is “no need” for Beijing residents to worry about the risk of plague infection", "assert"),
    ("there is a risk of an outbreak in the city", "warn"),
    ("But the random redistribution effect of rebanding will create a great deal of difficulty", "warn"),
    ("Cannabis use disorder in adolescence is associated with long-term adverse health, economic and "
     "social consequences.", "warn"),                                                           # enC-newsweek-1
])
def test_warnings_and_reassurance(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want


@pytest.mark.parametrize(("stance", "cue", "content", "want"), [
    # row 4 before 5 and 7: the speaker's side withholds or inflicts
    ("warn", "warned", 'inter-Korean dialogue won\'t resume unless the South offers a "plausible excuse" for '
                       "its combined military exercise with the U.S", "threaten"),            # en-yonhap-1
    ("promise", "vowed", "the country would be “merciless” in defending itself", "threaten"),   # enC-wapo-1
    ("warn", "warned", "the economy won't recover unless interest rates fall", "warn"),
])
def test_threats(stance: str, cue: str, content: str, want: str) -> None:
    assert refine(stance, [cue], content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 7, a commitment "(future or ongoing)" of the speaker's side
    ("were eager", "to continue cooperation in this domain", "promise"),                          # enE-kuna-1
    ("said", "Our agents continue to interdict unlawful people and cargo approaching U.S. borders",
     "promise"),                                                                          # enE-viconsortium-1
    ("said", "We continue to provide services to the Trump campaign", "promise"),                 # PolNeAR train
    # a thing of ours that goes on, a crowd's wish, a state of mind: no commitment (BBC, PolNeAR)
    ("said", "Our payouts continue to stand up well against other types of long-term investments", "assert"),
    ("keen", "to give their plight a voice", "assert"),
    ("said", "prices continue to rise", "assert"),
])
def test_continuing_and_ready(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want


def test_continuing_belief_is_no_commitment() -> None:
    assert refine("assert", ["said"], "we continue to believe the merger will close this year") != "promise"


def test_cue_words() -> None:
    # a stance participle inside a longer cue (en-ap-2), a plea in court (en-nbc-2), a formula
    assert refine("assert", "issued a statement warning".split(),
                  "voters are entitled to transparency and integrity from campaigners") == "warn"
    assert refine("urge", "pleaded guilty to threatening".split(),
                  "to assault and murder a United States official") == "assert"
    assert refine("assert", ["continued"], "It should be noted that recording artists do not need label "
                  "approval for live performances on television") == "assert"                  # enC-foxnews-1


def test_boasting_praises() -> None:
    # STANCE.md row 10's own example (enC-hollywoodreporter-1): the cue lexicon said assert
    text = ('"We have one of the largest private networks in the world," he says, boasting that Google\'s '
            'servers can "deliver extremely high fidelity content all over the world."')
    assert _by_content(_run(text), "high fidelity").stance == "praise"


def test_negation_on_the_ledes_accusation_denies() -> None:
    # enC-polygraph-1 (test half A): the lede's accusation stands 3,500 characters before the reply
    found = _run((EN_NEWS / "test" / "enC-polygraph-1.txt").read_text(encoding="utf-8"))
    assert _by_content(found, "are preventing civilians from leaving").stance == "deny"
    assert _by_content(found, "does not support forced or coerced relocations").stance == "deny"
    # it denies the lede's claim: the nearer statements that share its words (the U.N.'s, an
    # analyst's) are not disputed by it (gold: asserted)
    assert _by_content(found, "working in particular with the International Coalition").certainty == "asserted"
    assert _by_content(found, "most certainly does not").certainty == "asserted"


@pytest.mark.parametrize(("text", "words", "want"), [
    # a refusal to confirm admits nothing; a refusal to deny admits as `did not deny` (row 3);
    # a refusal to disavow keeps something (BBC business/445, PolNeAR train)
    ("The three have refused to confirm reports they plan to launch a private airline in competition "
     "with Aer Lingus.", "private airline", "assert"),
    ("The ministry declined to confirm that the talks had collapsed.", "talks had collapsed", "assert"),
    ("Smith refused to deny that he had met the envoy in Vienna.", "met the envoy", "confirm"),
    ("Sen. Ted Cruz refuses to disavow the endorsement of Sen. Lindsey Graham.", "endorsement", "assert"),
    ("The ministry confirmed that the talks had collapsed.", "talks had collapsed", "confirm"),
    # `maintain` + the speaker's innocence rejects the charge (row 2)
    ("Smith has maintained his innocence throughout the trial.", "innocence", "deny"),
    # a plea in court is no call to act (BBC tech/391)
    ("William Trowbridge and Michael Chicoine pleaded guilty to charges they infringed copyright by "
     "illegally sharing music.", "infringed copyright", "assert"),
])
def test_refused_and_negated_cues(text: str, words: str, want: str) -> None:
    assert _by_content(_run(text), words).stance == want


def test_negation_under_a_headline_of_rejection_denies() -> None:
    # enE-mehr-1 (part E tune): the headline `Iran rejects sending delegation to Muscat` frames it
    found = _run((EN_NEWS / "tune" / "enE-mehr-1.txt").read_text(encoding="utf-8"))
    assert _by_content(found, "has not sent any negotiating team").stance == "deny"


def test_negation_without_a_framing_headline_stays_assert() -> None:
    text = ("Bank keeps rates on hold\n\nThe central bank left interest rates unchanged on Thursday.\n\n"
            "The governor said the bank has not changed its forecast for growth this year.")
    assert _by_content(_run(text), "has not changed its forecast").stance == "assert"
