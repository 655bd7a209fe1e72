"""Round 26 (enacc26): an offence tied to a party in the content accuses; the tie negated denies.

ANNOTATION.md: "Stance follows the content when the cue is neutral"; STANCE.md row 8 (accuse
"lays wrongdoing, blame or bad faith at a party's door: ... `X is responsible for`") and row 2
(deny, "a `never did` of the charge"). Every row is a real sentence of broad unlabeled text
(PolNeAR train, BBC News 2004-05; `benchmarks/en_stance_breadth.py`) or of an open en-news
article (named in the comment), with the over-reach the class must not make.
"""

from __future__ import annotations

import pytest

from sayso.lang.en.stance import crime_tie, refine


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
    # no charge: someone else's words (a poll), an adjective, a
    # noun after the offence, the speaker's own side, a hypothesis, a tie without a copula
    ("finds", 'that, while 37 percent of Americans say Trump is "very responsible" for violence at his rallies',
     "assert"),                                                                         # PolNeAR train, wash-post
    ("said", "organised crime gangs were turning to computer crime because the risks of being caught were low",
     "assert"),                                                                         # BBC tech/077
    ("said", "Gross became involved in gun violence prevention after his brother was shot", "assert"),
    ("said", "we carried out the attack on the base", "assert"),
    ("said", "such groups could carry out attacks", "assert"),
    ("said", "We are leaving behind the corruption, the backstabbing and the lies", "assert"),  # PolNeAR train
])
def test_offence_tied_to_a_party(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


def test_crime_tie_reads_only_the_offence() -> None:
    # the noun `involvement` negated denies whatever its matter; `role` only with an offence
    assert crime_tie("he was not involved in the murder") == "deny"
    assert crime_tie("he played no part in the match") is None                          # BBC sport shape
    assert crime_tie("the fraud investigation began in May") is None
    # a doubt of the charge ties no one (refine denies it by its `no evidence`, as before)
    assert crime_tie("he did not see convincing evidence in the report that the Chinese government was "
                     "behind the FDIC hack") is None                                    # PolNeAR train, huff-post
