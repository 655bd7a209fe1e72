"""Round 23 (enstance23): denials of a claim by its label, by a phrase that rejects its suspicion,
by a made item called fake, or by a harm's cause negated.

ANNOTATION.md: "Stance follows the content when the cue is neutral"; the rows cited are those of
`evaldata/en-news/STANCE.md`. Every row is a real sentence of an open en-news article (named in
the comment) or of broad unlabeled text; each class has the over-reach it must not make.
Counts and open precision: `benchmarks/data/enstance23/README.md`.
"""

from __future__ import annotations

import pytest

from sayso.lang.en.stance import refine


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 2 and the labelling verbs: a claim noun labelled bad is rejected (CLAIM_LABELLED)
    ("also described", "the DA’s allegation as “ridiculous", "deny"),                          # enO-timeslive-1
    ("described", "the claims in the Times as “gross distortions” of Johnson’s position", "deny"),  # enG-neweuropean-1
    # not: a label that neither discredits nor judges the claim (enK-nation-1, gold assert)
    ("termed", "the claims as ‘report of an individual", "assert"),
    # not: a label that neither rejects nor discredits the stories (PolNeAR train, nyt 2016-04-18)
    ("called", "these stories ''spinach", "assert"),
    # not: a bad label on a deed, no claim named (en-ap-1, gold condemn)
    ("described", "Trump’s call with Zelenskiy as “improper", "condemn"),
    # not: an idea that is a plan, not a claim (PolNeAR train, breitbart 2016-02-08)
    ("calls", "Trump’s idea for border wall ‘stupid’, ‘useless", "condemn"),
    # row 2: a claim stated as `the idea that` (PolNeAR train, politico 2016-09-01)
    ("called", "the idea that Clinton had anything to prove a “ridiculous proposition", "deny"),
    # row 2: a suspicion rejected, a claim not worth an answer, a tale of its authors' imagination
    ("said", "There was nothing suspicious or sinister about the interaction with the SABC. We have "
             "similar interactions with journalists from other news organisations", "deny"),   # enO-timeslive-1
    ("said", "U.S. claims are \"not worth refuting", "deny"),                                   # enO-upi-1
    ("reiterating", "they are fake and only exist in the imagination of their authors", "deny"),  # enO-channelstv-1
    # row 2: a made item the claim rests on called fake (CLAIM_CALLED_WRONG)
    ("said", "the online graphic was “fake” and that the broadcaster did not air or publish any such news",
     "deny"),                                                                                   # enO-geotv-1
    # row 2: a harm said not to come from a fault (NEGATED_CAUSE)
    ("stated", "He did not die because of negligence", "deny"),                                 # enL-ndtv-1
    # not: the fault named as the cause, no negation
    ("said", "the crash happened because of negligence", "condemn"),
])
def test_denials(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want
