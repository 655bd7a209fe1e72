"""Round 27 (enstance27): accuse/deny shapes of the content under a neutral cue (`charge_shape`).

ANNOTATION.md: "Stance follows the content when the cue is neutral"; STANCE.md row 2 (deny
"negates a claim, report or charge ... or calls it false") and row 8 (accuse "lays wrongdoing,
blame or bad faith at a party's door"). Every row is a real sentence of an open en-news article
(named in the comment) or of broad unlabeled text (PolNeAR train, BBC News 2004-05;
`benchmarks/en_stance_breadth.py`), with the cases the shapes must not read.
"""

from __future__ import annotations

import pytest

from sayso.lang.en.stance import charge_shape, refine, wrongdoing_denied


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 2: the party's own rejection of a claim, in the present or first person
    ("said", "While we don't normally make substantive comments regarding pending litigation, we dispute the "
     "allegations in the complaints as well as the speculative conclusions reached by the analyst",
     "deny"),                                                                          # enP-competitionpolicy-1
    ("said", "Colombia rejects the declarations of … Reverol regarding an alleged attempt (to invade) by a group "
     "of terrorist mercenaries coming from Colombia", "deny"),                         # enQ-laprensalatina-1
    # a wrong intent negated; a report called false by `falsely`; `not ... at any time`; no facts
    ("said", "in part, that the purchases reflect common practice among companies developing new technology, "
     "and were not intended to be deceptive", "deny"),                                 # enQ-fortune-1
    ("said", "Kinyagia had been falsely reported missing, with accusations circulating on social and "
     "mainstream media alleging that police were behind his disappearance", "deny"),   # enS-newafricanvoice-1
    ("said", "The Service reiterates its earlier position that Ndiangui Kinyagia was not in police custody at "
     "any time", "deny"),                                                              # enS-newafricanvoice-1
    ("said", 'the media publications that launched the story "do not contain any real facts – only '
     "speculation, speculation and distortion of reality", "deny"),                    # enR-newspravda-1
    ("said", 'This clearly confirms the absence of real facts in the imaginary "espionage scandal"', "deny"),
    ("said", "that, contrary to people leaving the party, ” several parties and groups who were not constituent "
     "parties of the UPFA , intend on joining our alliance as well", "deny"),          # enS-newsfirst-1
    # row 8: offensive speech made, people misled, a harm from a party's acts, a wrong named
    ("said", "some people, believed to be Vietnamese, had made offensive comments on Cambodian Prime Minister "
     "Hun Sen's Facebook page", "accuse"),                                             # enS-baonghean-1
    ("said", "they were misleading trade unions and the general public", "accuse"),    # enS-newsfirst-1
    ("said", "the loss of their baby was a result of the hospital's actions", "accuse"),  # enL-ghstandard-1
    ("said", "the claims were an extortion attempt", "accuse"),                        # enL-ghstandard-1
    ("claim", 'is "a blatant and wholescale copycat" of their programme', "accuse"),   # BBC entertainment/205, enS-bbc-2
    ("said", "It's plagiarism. It's flat-out plagiarism", "accuse"),                   # PolNeAR train, wash-post
    ("said", "Clinton’s acceptance of donations from those seeking her assistance was akin to extortion",
     "accuse"),                                                                        # PolNeAR train, breitbart
    ("said", "referee Jonathan Kaplan had made a wrong decision", "accuse"),           # enQ-bbc-1, BBC sport/288
    ("claimed", "Kaplan made three major errors which changed the outcome of Sunday's match", "accuse"),  # BBC sport/346
])
def test_charge_shapes(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


@pytest.mark.parametrize("content", [
    # an infinitive of rejection is no rejection said (`steps taken ... to firmly refute`, gold praise)
    "Modi appreciated the prompt steps taken by Sirisena and the Sri Lankan government to firmly refute the "
    "malicious reports by publicly clarifying the matters",                            # enL-canindia-1
    "it has not received any information from Iraqi authorities to confirm or deny the report",  # BBC business/313
    "the minister, who denies the allegations, was not present",
    # the adjective `misleading` calls a claim wrong; it misleads no one named
    "the AP report is misleading because it only focuses on one small subset",         # PolNeAR train, breitbart
    # the speaker's own error (a pronoun of indirect speech), a negated wrong, a noun the wrong names
    "We made a terrible mistake getting involved in Afghanistan in the first place",   # PolNeAR train
    "she’s made a bad decision in avoiding Louisiana since the waters receded",        # PolNeAR train, west-journal
    "It is not plagiarism",
    "the main problem is theft charges against the players",
    # a forecast or a common view set aside is no claim rejected
    "contrary to expectations, profits rose by 5% in the final quarter",
    "contrary to popular belief, the tablets are not new",
    # under a condition
    "if the company had made offensive comments, it would apologise",
])
def test_no_charge_shape(content: str) -> None:
    assert charge_shape(content) is None


@pytest.mark.parametrize(("content", "want"), [
    # row 8: records hidden or destroyed, a thing faked or doctored, by a party (stance.json wrongdoing.acts)
    ("Clinton showed the “conduct of a person who had consciousness of guilt: she hid records, she destroyed "
     "records, she put her server at home", "accuse"),                                 # PolNeAR train, politico
    ("he faked a motorbike crash to avoid a doping test days before the start of the Olympics",
     "accuse"),                                                                        # BBC sport/047
    ("he knew accountants were doctoring the books at the firm", "accuse"),            # BBC business/100
    # past forms left out: an adjective, a contracted passive (both read wrong on breadth)
    ("In the tightly scripted world of politics, it is highly unusual for a mistake such as plagiarized "
     "paragraphs to slip into a speech of this magnitude", "assert"),                  # PolNeAR train, wash-post
])
def test_records_and_fakes(content: str, want: str) -> None:
    assert refine("assert", ["said"], content) == want


def test_contracted_passive_denies_nothing() -> None:
    # PolNeAR train, politico: `it's not doctored` is a passive (no doer), no denial of a charge
    assert not wrongdoing_denied("Even if you released the original email, how will you prove that it's not doctored?")
