"""Round 14 (enjudge14): English stance and certainty on part H tune (issue #11 items 2-3).

Positive rows are real sentences of open articles (part H tune, named in the comment) or of the
breadth check's unlabeled text (PolNeAR train, BBC News 2004-05 business/sport; read by hand); the
golden rows are in tests/golden/en_judge14.json. Each class has the over-reach it must not make,
taken from the breadth check (benchmarks/data/enjudge14/README.md).
"""

from __future__ import annotations

from sayso import pipeline
from sayso.lang.en.stance import refine
from sayso.model import Attribution, Document


def _run(text: str) -> list[Attribution]:
    return pipeline.run(Document(text=text, language="en")).attributions


def _by_content(found: list[Attribution], words: str) -> Attribution:
    return next(a for a in found if any(words in c.text for c in a.content))


def test_covert_harm_laid_at_a_party_accuses() -> None:
    # enH-etvbharat-1, enH-ekathimerini-1, enH-ewn-1 (gold accuse, STANCE.md row 8)
    assert refine("assert", ["concluded"], "a Russian military intelligence unit secretly offered bounties to "
                  "Taliban-linked militants for killing US troops in Afghanistan") == "accuse"
    assert refine("assert", ["indicating"], "President Recep Tayyip Erdogan had sought to sink a Greek ship") == "accuse"
    assert refine("assert", ["reported"], "the president was behind moves to get Mkhwebane arrested before she "
                  "releases her report") == "accuse"
    # breadth, read right: BBC business/232, PolNeAR train (usa-today 2016-08-24)
    assert refine("assert", ["said"], "it sought to rig bids in conjunction with insurers") == "accuse"


def test_a_fight_a_prize_or_a_lawful_act_accuses_no_one() -> None:
    # PolNeAR train (huff-post 2016-08-11): of a war on ISIS, not a charge
    assert refine("assert", ["said"], "He’s trying to kill them") == "assert"
    assert refine("assert", ["said"], "the firm offered rewards for loyal customers") == "assert"


def test_such_takes_up_the_reported_thing() -> None:
    # enH-etvbharat-1: the White House's reply to the intelligence the lede reports (gold deny)
    found = _run("Washington: American intelligence officials concluded months ago that a Russian unit "
                 "offered bounties to militants, media reports said on Sunday.\n\n"
                 "The White House said neither Trump nor vice president Mike Pence was briefed on such intelligence.")
    assert _by_content(found, "was briefed on such intelligence").stance == "deny"


def test_a_report_said_to_rest_on_nothing_denies() -> None:
    # enH-bfirst-1, enH-ewn-1 (gold deny); a report with no new information is no denial
    assert refine("assert", ["read"], "this article lacks substantiation and relies on speculation") == "deny"
    assert refine("assert", ["said"], "the allegations were simply false and the newspaper provided no "
                  "evidence to back up the claims") == "deny"
    assert refine("assert", ["said"], "the report has no new information") == "assert"


def test_neither_confirming_nor_denying_is_no_denial() -> None:
    # BBC business/313 (breadth: was deny, and disputed the Reuters report it answers)
    found = _run("Reuters news agency reported Iraq's Oil Ministry has awarded the first post-war oilfield "
                 "contracts to a Canadian and a Turkish company. Petrel said it has not received any information "
                 "from Iraqi authorities to confirm or deny the report.")
    assert _by_content(found, "confirm or deny").stance != "deny"
    assert _by_content(found, "oilfield contracts").certainty == "reported"


def test_jobs_forecast_lost_warn_unless_none_are() -> None:
    # enH-bbc-2 (gold warn, STANCE.md row 5); BBC business/034 (breadth, right); business/303
    assert refine("assert", ["reported"], "nearly half the workforce at Longbridge could be under threat if the "
                  "deal goes ahead") == "warn"
    assert refine("assert", ["reported"], "Some 2,000 jobs at MG Rover's Midlands plant may be cut if investment "
                  "in the firm by a Chinese car maker goes ahead") == "warn"
    assert refine("assert", ["added"], "However, no jobs would be lost and the airline would keep on flying") == "assert"


def test_judged_too_costly_condemns_but_not_too_early() -> None:
    # enH-bbc-4 (gold condemn, STANCE.md row 9); BBC business/285 and sport/170 (breadth, right)
    assert refine("assert", ["say"], "the burden is too expensive and the timescale too short") == "condemn"
    assert refine("assert", ["says"], "the pace of economic reform has been too slow") == "condemn"
    assert refine("assert", ["believes"], "Aragones' punishment was too lenient") == "condemn"
    assert refine("assert", ["said"], "it is too early to say") == "assert"
    assert refine("assert", ["said"], "the market is too small to matter") == "assert"


def test_to_the_contrary_disputes_the_report_not_the_own_side() -> None:
    # enH-globalnews-1 (gold: the anonymous report disputed, the PMO's words asserted)
    found = _run("The Prime Minister’s Office says Justin Trudeau has full confidence in the finance minister.\n\n"
                 "Citing unnamed inside sources, The Globe and Mail reported on Monday that the prime minister "
                 "isn’t committed to keeping Morneau in the finance portfolio.\n\n"
                 "“Of course the Prime Minister has full confidence in Minister Morneau and any statement to the "
                 "contrary is false,” Cameron Ahmad, Trudeau’s communications director, said in a written statement.")
    assert _by_content(found, "isn’t committed to keeping Morneau").certainty == "disputed"
    assert _by_content(found, "has full confidence in the finance minister").certainty == "asserted"


def test_a_party_statement_is_not_a_report() -> None:
    # enH-bfirst-1: `the statement` merged with the report it answers stays the party's words
    found = _run("The Press Wing of the Chief Adviser has dismissed as false a report published by an Indian "
                 "newspaper.\n\nThe report, published on the front page of The Tribune, provides no evidence, "
                 "the Press Wing stated.\n\n\"This story is pure fiction,\" the statement concluded.")
    assert _by_content(found, "pure fiction").certainty == "asserted"


def test_a_negated_clause_quoting_words_given_elsewhere_denies() -> None:
    # enH-trtworld-1 (gold deny): the White House statement's wording, quoted and negated
    found = _run("Speaking on the condition of anonymity, the sources said President Donald Trump did not discuss "
                 "any concerns 'of escalating violence in Afrin' during the phone call.\n\n"
                 "This disputed the White House statement which read, \"President Trump relayed concerns that "
                 "escalating violence in Afrin, Syria, risks undercutting our shared goals in Syria.\"")
    assert _by_content(found, "did not discuss any concerns").stance == "deny"
    # the same negation with no wording of anyone's quoted stays a plain statement
    found = _run("The sources said President Donald Trump did not discuss any concerns 'of escalating violence "
                 "in Afrin' during the phone call.")
    assert _by_content(found, "did not discuss any concerns").stance == "assert"
