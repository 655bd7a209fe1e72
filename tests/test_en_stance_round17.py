"""Round 17 (enjudge17): accusations and denials read from the content on new text.

ANNOTATION.md: "Stance follows the content when the cue is neutral"; the rows cited are those of
`evaldata/en-news/STANCE.md`. Every row is a real sentence of broad unlabeled text (PolNeAR train,
BBC News 2004-05 business/entertainment/sport/tech; `benchmarks/en_stance_breadth.py`) or of an
open en-news article (named in the comment); each class has the over-reach it must not make, from
the same text.
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.lang.en.stance import fault_laid, refine
from sayso.model import Attribution, Document


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 8, accuse "lays wrongdoing, blame or bad faith at a party's door" (stance.json `faults`):
    # a fault owned by a party or done `by` one
    ("says", "millions lost their homes because of greed, recklessness and lawbreaking by Wall Street",
     "accuse"),                                                                         # PolNeAR train, breitbart
    ("laid out", "an extended record of misconduct by Hillary Clinton", "accuse"),      # PolNeAR train, usa-today
    ("said", "This is the bill for their mismanagement over the past years", "accuse"),  # BBC business/193
    ("said", "Wal-Mart's failure to comply with gun safety laws put the lives of all Californians at risk",
     "accuse"),                                                                         # BBC business/390 (was warn)
    # a bad-faith label after a copula (was condemn: "Accuse names a wrongdoing of a party")
    ("said", 'Republican nominee Donald Trump is a "racist bigot" who won\'t win votes from his community',
     "accuse"),                                                                         # PolNeAR train, usa-today
    ("suggesting", "Mr. Rogan was hypocritical for promoting his rivalry with the Clintons", "accuse"),  # nyt
    # a wrong named by its verb (stance.json `wrongdoing.acts`)
    ("said", "Russian intelligence services hacked into Democratic National Committee computers", "accuse"),  # huff-post
    ("said", "current FDIC officials have purposely concealed information about breaches", "accuse"),  # huff-post
    ("wrote", "Trump has smeared women because of their looks", "accuse"),               # PolNeAR train, nyt
    ("said", "the company felt the articles still fundamentally misrepresented the source documents", "accuse"),  # nyt
    # not a failure of no duty (`Manchester United's failure to close the gap`, BBC sport), not a
    # first-person owner, not a negated or believed label, not a feeling, not a relative clause,
    # not a body `lying` on the ground, not a party's fault denied
    ("said", "Manchester United's failure to close the gap on Chelsea was costly", "assert"),
    ("said", "our failure to act was a mistake", "condemn"),
    ("said", 'no-one in the committee felt Aragones was a racist nor had "acted in a racist way."', "condemn"),  # BBC sport/170
    ("said", "they felt betrayed by their own party's politicians", "assert"),            # PolNeAR train, usa-today
    ("said", "Cruz has courage to fight and take the flak from people who want to undermine those ideas", "assert"),  # west-journal
    ("said", "Ramdehol’s body was found lying on the side, with a gunshot wound to his stomach", "assert"),  # enC-kaieteur-1
    ("said", "This does nothing to diminish Germany's crimes", "assert"),                 # en-dw-1 (gold assert)
    ("said", "there was no corruption by officials", "assert"),
])
def test_fault_laid_at_a_party_accuses(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


def test_fault_laid_needs_a_party() -> None:
    # a fault done `by any claimant` names no party (enD-chron-1, gold urge: `we call for an end to`)
    assert not fault_laid("The United States firmly opposes intimidation by any claimant")
    assert fault_laid("an extended record of misconduct by Hillary Clinton")


@pytest.mark.parametrize(("content", "want"), [
    # row 2: contact or dealings said never to have happened deny the reported ones (enK-bbc-4 gold
    # deny twice, BBC sport/168: a transfer rumour); a statement said not to reflect what was
    # discussed (enH-trtworld-1 gold deny)
    ("he has had no contact with Chelsea over the striker", "deny"),
    ("I can assure you that Chelsea have had no dealings whatsoever with either me or Adriano", "deny"),
    ("The White House's written statement does not truly reflect what was discussed", "deny"),
    # `almost no dealings` describes, it rejects nothing (PolNeAR train, politico)
    ("they, too, have had almost no dealings with Cruz since he dropped out", "assert"),
])
def test_no_contact_denies(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want


def _run(text: str) -> list[Attribution]:
    return pipeline.run(Document(text=text, language="en")).attributions


def _stance_of(text: str, words: str) -> str | None:
    found = _run(text)
    return next(a.stance for a in found if any(words in c.text for c in a.content))


@pytest.mark.parametrize(("text", "words", "want"), [
    # row 2: `insisted` + a negated event answers a claim ("plainly implied in the article")
    ("Neville admitted there had been incidents before the game, but insisted it had not distracted his "
     "focus.\n", "distracted his focus", "deny"),                                       # BBC sport/137
    ("After all, while he insisted that he never actually said he wanted to kill the families of terrorists, "
     "that was the obvious implication.\n", "never actually said", "deny"),                                   # PolNeAR train, huff-post
    ("Adriano's agent Gilmar Rinaldi has insisted he has had no contact with Chelsea over the striker.\n",
     "no contact", "deny"),                                                              # BBC sport/168
    # a chance said to be nil is a forecast, a doubt never felt is a view (BBC sport/182, sport/286)
    ("Marcel Desailly insists there is no chance of history repeating itself when Chelsea take on Barcelona "
     "on Wednesday.\n", "no chance", "assert"),
    ("Fabien Pelous insisted his side never doubted they could secure their first win against England at "
     "Twickenham since 1997.\n", "never doubted", "assert"),
])
def test_insisted_negation_denies(text: str, words: str, want: str) -> None:
    assert _stance_of(text, words) == want
