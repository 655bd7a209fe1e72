"""Round 11 stance and certainty classes (issue #11 items 2-3), found on the opened en-news test
half A and the tune parts (COMMON.md round 11), each checked over PolNeAR train+dev gold contents
(`benchmarks/en_stance_refine_diff.py`) and over unlabeled PolNeAR train and BBC News 2004-05
business/entertainment/sport/tech text (`benchmarks/en_stance_breadth.py`).

Positive rows are real sentences of open articles (named in the comment: `/work/r11/entestA` is
half A, `/work/r11/Etune` part E tune); each class has the over-reach it must not make, from
PolNeAR train or general English.
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.lang.en.certainty import withheld
from sayso.lang.en.stance import refine
from sayso.model import Attribution, Document


@pytest.mark.parametrize(("cue", "content", "want"), [
    # warn (STANCE.md row 5): a loss to the public forecast
    (["said"], "rebanding of council taxes would mean steep rises", "warn"),              # enD-bbc-2
    (["said"], "This will mean either a massive hike in council tax, massive cuts in services "
     "provided by councils", "warn"),                                                    # enD-bbc-2
    (["said"], "\"significant\" cuts to services may still be unavoidable", "warn"),        # enD-bbc-2
    (["added"], "A devaluation will cause an increase in those costs across the board", "warn"),  # enC-newsdaytt-1
    (["adding"], "if global temperatures continue to rise unabated \"the results will be devastating",
     "warn"),                                                                            # en-vancouversun-1
    (["claim"], "it will result in massive manufacturing job losses, greater ecological destruction "
     "and higher drug prices", "warn"),                                                  # PolNeAR train
    # ... not a gain, nor a neutral consequence
    (["said"], "the merger would mean higher profits for shareholders", "assert"),
    (["said"], "the new rules will cause some confusion at first", "assert"),
    # accuse (row 8): a charge hedged as such in an arrest or charge frame, or by its subject
    (["announced"], "Three people have been arrested for allegedly running the secretive brothel "
     "network", "accuse"),                                                               # enC-bostonherald-1
    (["according", "to"], "The defendants allegedly operated the prostitution network in Cambridge",
     "accuse"),                                                                          # enC-bostonherald-1
    # ... not a charge someone else made (`sanctions imposed for allegedly interfering`, en-reuters-4),
    # nor a passive or a tale's gerund (PolNeAR train)
    (["said"], "Flynn and Sergei Kislyak discussed economic sanctions that the Obama administration had "
     "just imposed on Moscow for allegedly interfering in the U.S. presidential election", "assert"),
    (["told", "the", "tale", "of"], "Gen. John Pershing allegedly halting Muslim attacks in the "
     "Philippines", "assert"),
    # praise / condemn (rows 9-10): judgement words
    (["said"], "relations with Moscow in the energy sector was exemplary", "praise"),     # enE-kuna-1
    (["said"], "the department was \"dragging its heels", "condemn"),                    # enD-bbc-3
    (["said"], "Wales and its local authorities have been short changed yet again.", "condemn"),  # enD-bbc-2
    (["said"], "What a shame that it takes today to get what our kids deserve", "condemn"),  # enC-detroitnews-1
    (["said"], "The spirit in the room was so pro-Reagan, it was astounding", "assert"),  # PolNeAR train
    # deny (row 2): categorical denials and a denied intent
    (["said"], "At no point did we say Taylor could not perform on the AMAs or block her Netflix "
     "special", "deny"),                                                                 # en-bbc-2
    (["said"], "Carlineo never intended to harm Omar", "deny"),                           # en-nbc-2
    (["told"], "this, too, was not the whole truth", "deny"),                             # enC-foxnews-1
    (["said"], "The angle of Sirsa being shot at has been ruled out", "deny"),            # enE-statesman-1
    (["said"], "It just was never meant to be", "assert"),                                # PolNeAR train
    (["said"], "the government never intended the scheme to be permanent", "assert"),
])
def test_round11_content_classes(cue: list[str], content: str, want: str) -> None:
    assert refine("assert", cue, content) == want


@pytest.mark.parametrize(("source", "want"), [
    ("Sources within the party", True),          # enD-bbc-5
    ("officials inside the ministry", True),
    ("an inside source", True),                  # PolNeAR train: the adjective stays before the head
    ("One operative inside Trump Tower", True),  # PolNeAR train
    ("the Ministry within the government", False),
])
def test_sources_within_a_body_are_withheld(source: str, want: bool) -> None:
    assert withheld(source) is want


def _run(text: str) -> list[Attribution]:
    return pipeline.run(Document(text=text, language="en")).attributions


def _by_content(found: list[Attribution], words: str) -> Attribution:
    return next(a for a in found if any(words in c.text for c in a.content))


def test_sources_within_the_party_are_anonymous() -> None:
    # enD-bbc-5 (half A)
    found = _run("Sources within the party told the BBC Mr Howard had always been in favour of ID "
                 "cards, and tried to introduce them when he was Home Secretary.")
    assert _by_content(found, "in favour of ID cards").certainty == "anonymous"


def test_charge_denied_by_the_accused_is_disputed() -> None:
    # en-bbc-2 (half A): the accused answers by pronoun two sentences on, and by name
    found = _run('In a Tumblr post at the time she described this as the "worst case scenario" and '
                 'accused him of years of "incessant, manipulative bullying".\n\nBraun has worked with '
                 'the likes of Kanye West and Kim Kardashian - both of whom Taylor Swift has had feuds '
                 'with in the past.\n\nHe has consistently denied being unfair to her.')
    charge = _by_content(found, "bullying")
    assert charge.stance == "accuse" and charge.certainty == "disputed"
    found = _run("She also accused Big Machine of holding back permission to use any music in an "
                 "upcoming Netflix documentary about her life.\n\nBig Machine have twice denied doing "
                 "anything wrong.")
    assert _by_content(found, "holding back permission").certainty == "disputed"


def test_charge_answered_by_someone_else_stays_asserted() -> None:
    # the accused is not the denier: a third party's denial of something else disputes nothing
    found = _run("She accused him of years of bullying.\n\nThe label denied it had settled on an "
                 "arrangement with the broadcaster.")
    assert _by_content(found, "bullying").certainty == "asserted"


def test_attorneys_denial_does_not_dispute_the_clients_words() -> None:
    # en-nbc-2 (half A): `Carlineo never intended to harm Omar` answers the charge against
    # Carlineo; what he said on the call (reported by prosecutors) is not disputed by it
    found = _run('During the call, he asked about the Muslim Brotherhood, called Omar a "terrorist" and '
                 'said, "somebody ought to put a bullet in her skull," the prosecutor\'s office said.\n\n'
                 "Carlineo's attorney, Sonya Zoghlin, said in an email to The Associated Press that "
                 "Carlineo never intended to harm Omar.")
    assert _by_content(found, "never intended").stance == "deny"
    assert all(a.certainty != "disputed" for a in found)


@pytest.mark.parametrize(("text", "words", "want"), [
    # a report taken up by `it` stays the report (en-guardian-1, A-D tune)
    ("The report by the University and College Union claims institutions have created a pool of "
     "low-paid staff to teach undergraduates.\n\nIt calls on the Office for Students, the higher "
     "education regulator in England, to require each university to publish figures showing their "
     "use of casual teaching staff.", "Office for Students", "reported"),
    # a news agency by its name (en-nypost-2, half A; BBC business/338 and tech/002, 2004-05)
    ("The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit on Nov. 5, "
     "according to the state-run Xinhua News Agency.", "wild rabbit", "reported"),
    # a court document (enC-bostonherald-1, half A)
    ("The websites publicly advertised nude Asian models, the affidavit said.", "websites", "reported"),
    # one of a group introduced without names (enE-viconsortium-1, part E tune) and an unnamed
    # dispatcher (enD-wsvn-1, A-D tune)
    ("During the inspection, one of the occupants admitted to entering the United States illegally "
     "from the Dominican Republic.", "entering the United States", "anonymous"),
    ("\u201cComplainant calling about a suspicious incident. Their 14-year-old daughter was dropped "
     "off by that silver Audi,\u201d said a dispatcher on Broadcastify police scanner.",
     "suspicious incident", "anonymous"),
])
def test_round11_source_certainty(text: str, words: str, want: str) -> None:
    assert _by_content(_run(text), words).certainty == want


@pytest.mark.parametrize(("text", "words"), [
    # a party's members introduced in part are named later, not withheld (PolNeAR train)
    ("Two of the Republicans seeking the presidency have released their fundraising totals.",
     "fundraising totals"),
])
def test_round11_source_certainty_over_reach(text: str, words: str) -> None:
    assert _by_content(_run(text), words).certainty == "asserted"


@pytest.mark.parametrize(("content", "want"), [
    # harm being done now judges (STANCE.md row 9): TASS via enC-tass-2 (half A), PolNeAR train
    ("Such a policy ultimately harms a number of institutions of international humanitarian "
     "cooperation, first of all the activities of the International Committee of the Red Cross", "condemn"),
    ("a state law banning fracking is hurting the economy and diverting jobs to neighboring states", "condemn"),
    # ... not those who suffer, nor a noun of compensation
    ("programmes for those that are hurting", "assert"),
    ("he has sought $10 million in damages from Samuel Nunberg", "assert"),
])
def test_present_harm_condemns(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # a prohibition laid on a party urges (enC-polygraph-1, half A; PolNeAR train)
    (["said"], "The (refugees) must not be forced to make decisions under threat of starvation or "
     "severe deprivation", "urge"),
    (["issued", "a", "statement", "saying"], "that the Senate should not confirm a replacement until "
     "after the presidential election", "urge"),
    # ... not an inference about a state
    (["said"], "it must not be easy for them", "assert"),
    (["said"], "that should not be a surprise", "assert"),
    # an order whose infinitive is followed by a clause of its own (enC-kaieteur-1, A-D tune)
    (["instructed"], "the men to listen out for his last shot so that they can follow behind to help "
     "him locate the prey", "urge"),
    # ... while a quoted sentence after `told` is no order
    (["told"], "As conservatives continue to unite, we will win", "assert"),
])
def test_prohibitions_and_orders_urge(cue: list[str], content: str, want: str) -> None:
    assert refine("assert", cue, content) == want


@pytest.mark.parametrize(("content", "want"), [
    # errors and deceit laid at a party's door (STANCE.md row 8): enD-bbc-1, -2, -6, -8 (half A),
    # BBC business/195 (2004-05), PolNeAR train
    ("tax receipts have been overestimated", "accuse"),
    ("I can't find a single economic forecaster who believes anything other than the chancellor has "
     "got a black hole in his finances", "accuse"),
    ("His forecast that he will meet the golden rule with a margin of pounds 8bn is way too optimistic", "accuse"),
    ("the decision to push ahead with the flagship policy was based on flawed research", "accuse"),
    ("the trio benefited from the widespread misuse of postal votes during the 10 June election", "accuse"),
    ("Their deceptive announcement today is further proof they are focused solely on playing politics", "accuse"),
    # ... not a person underrated, nor a tennis player's serve (PolNeAR train; BBC sport/426)
    ("Mr. Trump has been underestimated through every step of this campaign", "assert"),
    ("His serve is a little deceptive", "assert"),
])
def test_errors_charged_accuse(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want


def test_order_reads_past_a_coordinated_clause() -> None:
    # BBC business/100: `told` + `about ... to hide costs and had warned him`: no order
    assert refine("assert", ["told"], "about changes made to WorldCom's accounts to hide costs and had "
                  "warned him such practises were improper") != "urge"


@pytest.mark.parametrize(("content", "want"), [
    # a risk named (enC-newsweek-1, en-buzzfeed-1: tune; enC-detroitnews-1: half A), and the
    # refusal STANCE.md names a warning (enD-chron-1, A-D tune)
    ("But long-term, heavy use is linked to physical and psychological problems", "warn"),
    ("DNP is not a miracle slimming pill. It is a deadly toxin", "warn"),
    ("a top worry is low pay causing many new teachers to leave for other jobs", "warn"),
    ("We will not accept attempts to assert unlawful maritime claims at the expense of law-abiding "
     "nations", "warn"),
    # ... not a priority called a concern, nor a link between parties (PolNeAR train)
    ("My biggest concern is getting rid of the criminals", "assert"),
    ("the group is linked to the ruling party", "assert"),
])
def test_risks_named_warn(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want


@pytest.mark.parametrize(("content", "want"), [
    # the speaker's own house or cabinet commits (enC-detroitnews-1, half A: the House Speaker;
    # STANCE.md row 7: `ministers would publish the bill`)
    ("lawmakers would take action to prevent the use of student test scores to evaluate teachers", "promise"),
    ("ministers would publish the bill", "promise"),
    # ... a forecast about them is no commitment
    ("lawmakers would be unlikely to agree", "assert"),
])
def test_house_and_cabinet_commit(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want
