"""Round 26 (enacc26): an offence tied to a party in the content accuses; the tie negated denies.

ANNOTATION.md: "Stance follows the content when the cue is neutral"; STANCE.md row 8 (accuse
"lays wrongdoing, blame or bad faith at a party's door: ... `X is responsible for`") and row 2
(deny, "a `never did` of the charge"). Every row is a real sentence of broad unlabeled text
(PolNeAR train, BBC News 2004-05; `benchmarks/en_stance_breadth.py`) or of an open en-news
article (named in the comment), with the over-reach the class must not make.
"""

from __future__ import annotations

import pytest

from sayso.lang.en.stance import crime_tie, refine, wrong_done_by


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 8: a party tied to an offence by `involved in`, `responsible for`, `behind` or a deed verb
    ("has told", "Former WorldCom boss Bernie Ebbers was directly involved in the dollars 11bn financial "
     "fraud at the firm", "accuse"),                                                    # BBC business/246, enR-bbc-2
    ("said", "the Kremlin sponsored the groups responsible for the hack", "accuse"),    # enR-moscowtimes-1
    ("said", "the Syrian army carried out two chemical weapons attacks using helicopters on villages in Idlib "
     "in 2014 and 2015", "accuse"),                                                     # PolNeAR train, huff-post
    ("said", "al qaeda was responsible for the killing of the Americans", "accuse"),    # PolNeAR train
    # row 2: the tie negated (a denial of the charge)
    ("said", "no official of Odebrecht or its subsidiaries had any involvement in the campaign", "deny"),  # enP-wtop-1
    ("reported", "Foreign Minister Sergei Lavrov has denied any Russian involvement in the hack", "deny"),  # enR-moscowtimes-1
    ("have been arguing", "Mr Ebbers was not responsible for Worldcom's problems", "deny"),  # BBC business/087
    ("told", "his office was not involved in recruiting any Fijians to work in PNG's Ihu Special Economic Zone",
     "deny"),                                                                           # enM-rnz-1
    # no charge: someone else's words (a poll), an adjective, a
    # noun after the offence, the speaker's own side, a hypothesis, a tie without a copula
    ("finds", 'that, while 37 percent of Americans say Trump is "very responsible" for violence at his rallies',
     "assert"),                                                                         # PolNeAR train, wash-post
    ("said", "organised crime gangs were turning to computer crime because the risks of being caught were low",
     "assert"),                                                                         # BBC tech/077
    ("said", "Gross became involved in gun violence prevention after his brother was shot", "assert"),
    ("said", "we carried out the attack on the base", "assert"),
    ("said", "he should not be working behind bars", "assert"),                        # BBC entertainment/279
    ("said", "he is unlikely to select any players not involved in next year's RBS Six Nations Championship",
     "assert"),                                                                         # BBC sport
    ("said", "You have not been involved in a consequential decision where you had to be held accountable",
     "assert"),                                                                         # PolNeAR train
    ("said", "such groups could carry out attacks", "assert"),
    ("said", "We are leaving behind the corruption, the backstabbing and the lies", "assert"),  # PolNeAR train
])
def test_offence_tied_to_a_party(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


def test_crime_tie_reads_only_the_offence() -> None:
    # the noun `involvement` negated denies whatever its matter; `role` only with an offence
    assert crime_tie("he was not involved in the murder") == "deny"
    # `no` before the offence denies it as a negation before the tie does; `any` lays nothing
    assert crime_tie("he committed no crime") == "deny"
    assert crime_tie("they committed any crime they wanted") is None
    assert crime_tie("he played no part in the match") is None                          # BBC sport shape
    assert crime_tie("the fraud investigation began in May") is None
    # a doubt of the charge ties no one (refine denies it by its `no evidence`, as before)
    assert crime_tie("he did not see convincing evidence in the report that the Chinese government was "
                     "behind the FDIC hack") is None                                    # PolNeAR train, huff-post


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 8 needs a wrong: `responsible for` a duty or a credit lays none (was accuse)
    ("According to", "G4S is responsible for the security of 90 percent of the nation's nuclear power facilities",
     "assert"),                                                                         # PolNeAR train, west-journal
    ("suggest", "candidates are responsible for dividing personal and campaign expenses", "assert"),  # politico
    ("said", 'One-time increases in alcohol and tobacco prices, which "are no indication of broad PPI pressure", '
     "were responsible for the increase", "assert"),                                    # BBC business/163
    ("said", "Ennahda is responsible for the current deterioration of the situation", "accuse"),  # enC-wapo-1
    # a fault after the duty noun, a rise of something bad: still blame
    ("said", "the minister is responsible for the security breach", "accuse"),
    ("said", "the government is responsible for the rise in crime", "accuse"),
])
def test_responsibility_for_a_wrong_only_accuses(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


@pytest.mark.parametrize(("content", "want"), [
    # row 2: a party's compliance stated answers the charge of a breach, with or without a
    # determiner before the rules
    ("The club has always carefully respected FIFA rules", "deny"),                     # enP-indiatv-1 (gold deny)
    ("she complied with agency rules", "deny"),                                         # PolNeAR train
    ("whether the Harmony donation complied with campaign finance laws", "assert"),     # PolNeAR train: a question
])
def test_compliance_denies(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want


def test_wrong_done_by_a_named_party() -> None:
    # row 8: the passive names the victim; a named doer after `by` is charged (PolNeAR train)
    assert refine("assert", ["said"], "they were sexually harassed by Mr. Clinton") == "accuse"
    assert refine("assert", ["added"], "I was viciously attacked by Mr. Khan at the Democratic Convention") == "accuse"
    assert wrong_done_by("Even the former Chairwoman's computer had been hacked by a foreign government")
    # no party charged: unknown assailants, a group claiming the hack (open gold assert), a thing
    assert not wrong_done_by("Ananta Bijoy Das was attacked by four assailants in the northeastern Sylhet district")
    assert not wrong_done_by("it's been hacked by ransomware group")                  # enR-cyberreport-1
    assert not wrong_done_by("Only one person was killed by a gun last year in Japan")  # PolNeAR train
    assert not wrong_done_by("he was not harassed by the police")
