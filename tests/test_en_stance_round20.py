"""Round 20 (enstance20): denials and accusations read from the content or a labelling verb.

ANNOTATION.md: "Stance follows the content when the cue is neutral"; the rows cited are those of
`evaldata/en-news/STANCE.md`. Every row is a real sentence of an open en-news article (named in
the comment) or of broad unlabeled text (PolNeAR train, BBC News 2004-05 business/entertainment/
sport/tech; `benchmarks/en_stance_breadth.py`); each class has the over-reach it must not make,
from the same text. Counts: `benchmarks/data/enstance20/README.md`.
"""

from __future__ import annotations

import pytest

from sayso.lang.en.stance import own_label, refine


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 2: an event or a document said not to exist (DISMISSES `no such`)
    ("told", "After exhaustive verifications following enquiries from media practitioners, we found out that "
             "no such incident happened", "deny"),                                      # enL-olisatv-1
    ("adding", "no such press release has been issued by the Ministry of Health", "deny"),  # enM-newindianexpress-1
    ("said", "no such deal had been offered", "deny"),                                  # BBC entertainment/257
    # row 2: a claim called false or without ground (stance.json content.deny)
    ("has clarified", "a message circulating on WhatsApp enumerating several COVID-19 related inputs is falsely "
                      "claiming to be a press release by the Ministry of Health", "deny"),  # enM-newindianexpress-1
    ("said", "There is nothing to suggest that Make Love, Not Spam has brought down any of the sites that it "
             "has targeted", "deny"),                                                   # enL-bbc-4, BBC tech/214
    # row 2: the party's own compliance stated (COMPLIANCE)
    ("asserted", "the hospital followed established norms and protocols, and there was no breach of duty",
     "deny"),                                                                           # enL-ghstandard-1
    ("said", "it complied with all relevant laws", "deny"),                             # BBC tech/273
    ("said", "The Three Gorges Corporation has all along abided by the law and have built our projects in "
             "accordance with the law", "deny"),                                        # BBC business/282
    ("have said", "they followed all policies and procedures", "deny"),                 # PolNeAR train, DHS
    # row 2: money said never taken; not a wish for a candidate who took none (PolNeAR train, breitbart)
    ("wanted", "a candidate who had not accepted money from the fracking industry, pharmaceutical giants or "
               "Wall Street", "assert"),
    # row 2 through a negated wrong of `wrongdoing.manners`: `they never illegally conspired` (BBC business)
    ("saying", "they never illegally conspired to promote smoking and fool the public", "deny"),
])
def test_denials_from_content(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # a denial inside the cue span (`said outside court the pair strenuously denied`, enM-bbc-2,
    # BBC entertainment/114: stance.json cue_words.deny)
    ("said outside court the pair strenuously denied", "the charges", "deny"),
    # a claim called into doubt (word_lists.DOUBT_CUES, enL-bbc-3 = BBC sport/037) ...
    ("had cast doubt on", "Campbell's claims he had torn a hamstring in the wake of his failure to reach the "
                          "Olympic 100m and 200m finals", "deny"),
    # ... not a doubt about what a keynote will hold (BBC tech/163)
    ("have cast doubt on", "what he would be talking about in the keynote", "assert"),
])
def test_denials_from_the_cue(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 8: a charge another party laid, passed on as the content's main clause
    ("reported", "Mrs Leadsom accused Sir Michael of a string of inappropriate remarks when they were both "
                 "members of the Commons Treasury Select Committee", "accuse"),          # enK-birminghammail-1
    ("repeated", "an allegation by a woman that she had been “stripped completely naked” in garda custody",
     "accuse"),                                                                         # enM-britpanorama-1
    # ... not a clause that only mentions a charge, nor a passive one (BBC sport/138, PolNeAR train)
    ("had said", "he risked losing the confidence of the players and damaging his own reputation if he had not "
                 "taken a hard line after Bellamy accused him of lying", "assert"),
    ("shows", "An Istanbul-based college professor, accused by the Turkish government of coordinating last "
              "month's failed coup attempt, is at the center of a group of suspicious contributions", "assert"),
    # row 8: force used in an arrest (enM-britpanorama-1)
    ("told", "Mothers Against Genocide protesters were “arrested very, very violently in some cases", "accuse"),
    # row 8: harm ordered of others (COVERT_HARM, enH-ekathimerini-1)
    ("claimed", "Erdogan had asked Turkey generals a few days ago to sink a Greek ship, though ensuring that "
                "no one was killed in the process", "accuse"),
    # row 8: a party behind a violent act or a hack (COVERT_HARM; PolNeAR train, huff-post)
    ("report", "the Chinese government was behind the FDIC hack", "accuse"),
    # row 8: lies made as well as spread (LIES_CHARGED, enI-ghanaweb-1 gold accuse)
    ("claims", "the opposition party is in the business of churning out fake news", "accuse"),
    # row 8: a wrong by its manner (stance.json wrongdoing.manners; BBC tech/148, sport/200)
    ("said", "Apple has unlawfully bundled, tied, and/or leveraged its monopoly in the market", "accuse"),
    ("believes", "Henry deliberately caught Heinze on the head with his knee during United's controversial win",
     "accuse"),
    # ... not the speaker's own admission (BBC sport/044), not an adverb after the verb or before
    # an adjective (PolNeAR train, breitbart; BBC entertainment/122)
    ("says", "she knowingly took steroids given to her by Bay Area Lab Co-Operative (Balco) president Victor "
             "Conte", "assert"),
    ("want", "all immigrants in the country illegally to be deported", "assert"),
    ("explained", "At first I was doing deliberately jolly tunes so that people wouldn't think I was depressed",
     "assert"),
    # ... a base form is no charge (`wrongdoing.negated_acts`; PolNeAR train, wash-post)
    ("goofily satirizes", "to cheat, steal or kill their way to pecuniary glory", "assert"),
])
def test_accusations_from_content(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want


@pytest.mark.parametrize(("content", "want"), [
    # STANCE.md "Labelling verbs ...: the label decides", the speaker's own verb (enL-canindia-1,
    # en-albawaba-1 gold condemn)
    ("he regards the prime minister as a true friend of sri lanka, as also a close personal friend", "praise"),
    ('it viewed washington\'s move as another measure contradicting the legal footing for a peace deal',
     "condemn"),
    # another subject's label is a report of someone else's words; no `as`, no label read
    ("the president regards the prime minister as a true friend", None),
    ("he regards the prime minister highly", None),
])
def test_own_label(content: str, want: str | None) -> None:
    assert own_label(content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # rows 9-10: judgements after a copula (stance.json evaluations; enM-britpanorama-1, enD-bbc-1)
    ("also said", "the allegations were very upsetting and damaging for the female gardaí accused of this "
                  "“grave wrongdoing", "condemn"),
    ("said", 'was the "cornerstone" of Labour\'s programme', "praise"),
])
def test_judgements(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want
