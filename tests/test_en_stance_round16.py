"""Round 16 (enjudge16): stance read from what the content does when the cue is neutral.

ANNOTATION.md: "Stance follows the content when the cue is neutral"; the rows cited are those of
`evaldata/en-news/STANCE.md`. Positive rows are real sentences of broad unlabeled text (BBC News
2004-05 business/entertainment/sport/tech, PolNeAR train; `benchmarks/en_stance_breadth.py`) or
of the fresh pages of `benchmarks/data/enstance10` (half A); each class has the over-reach it
must not make, taken from the same text.
"""

from __future__ import annotations

import pytest

from sayso.lang.en.stance import refine


@pytest.mark.parametrize(("cue", "content", "want"), [
    # the speaker's own act opens the content (stance.json `own_acts`)
    ("said", "it welcomed the possibility that the mill might be back on the market", "praise"),  # BBC business/136
    ("tweeted", "he welcomed Twitter's action", "praise"),                                     # PolNeAR train, nyt
    ("said", "she appreciated Sanders’ apology and that she wanted to move forward", "praise"),  # PolNeAR train, huff-post
    ("is on record as saying", 'he "deplored" the infighting at the company', "condemn"),       # BBC business/308
    ("said", "I blame Hillary Clinton personally for the death of my son", "accuse"),           # PolNeAR train, usa-today
    ("told", "We refute both charges as unsubstantiated and illogical", "deny"),                 # BBC sport/048
    ("said", "We have warned before that the widespread closure of final salary schemes to new entrants is "
             "just the beginning of a much bigger movement", "warn"),                             # BBC business/238
    ("said", "I strongly urge the [Democratic People’s Republic of Korea] to implement fully all relevant "
             "resolutions of the U.N. Security Council", "urge"),                                # PolNeAR train, politico
    # not a position (`he opposed the plans for id cards`: assert in enD-bbc-5 gold), not another's
    # past conduct (`she demanded ...` of Fiorina by her former speechwriter, PolNeAR train,
    # wash-post), not a modal wish, not a negated act, not an object of the verb that is no claim
    ("said", "he opposed the plans for id cards", "assert"),
    ("said", "she demanded detailed analyses of her audiences before speaking events", "assert"),
    ("according to", 'He had promised not to let the company get "fat, dumb and happy,"', "assert"),  # BBC business/452
    ("said", "he never criticised the coach", "assert"),
    ("said", "they denied him a visa", "assert"),
])
def test_own_act_decides(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 2, "calls it false": a claim, report or charge given a predicate that discredits it
    ("told", 'reports of job cuts were "speculation', "deny"),                                   # BBC business/034
    ("said", "the AP report is misleading because it only focuses on one small subset of Clinton’s day-to-day "
             "activities", "deny"),                                                               # PolNeAR train, breitbart
    ("said", "the allegations had no merit", "deny"),
    ("said", "nothing could be further from the truth", "deny"),
    # the claim noun must be the subject: a report that says something is misleading, or an
    # adjective before the noun, is no denial
    ("said", "the report said the figures were misleading", "assert"),
    ("said", "misleading advertising claims were banned by the regulator", "assert"),
])
def test_claim_discredited_denies(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 8, "`X lied`, `X killed civilians`": a wrong done by a party, named by its verb
    ("says", "the programme breaches editorial guidelines", "accuse"),                         # BBC entertainment/210
    ("says", "Apple is breaking anti-competition laws in refusing to let other music players work with "
             "the site", "accuse"),                                                             # BBC tech/148
    ("say", "the auction violated US bankruptcy law", "accuse"),                                 # BBC business/391
    ("said", "The EU's own institutions have noted the uneven way EU customs rules are applied but failed "
             "to act", "accuse"),                                                               # BBC business/446
    ("has said", "the hotel violated workers' labor rights", "accuse"),                          # PolNeAR train, nyt
    ("said", "Obama failed to address public concerns about the threats from the Islamic State",
     "accuse"),                                                                                 # PolNeAR train, usa-today
    # not a negated or reported charge, a passive victim, a noun, an idiom, a longer word
    ("said", "the company did not violate any rules", "deny"),  # the charge denied: test_wrongdoing_denied
    ("said", "he was accused of violating the rules", "assert"),
    ("said", "We take all breaches of the code very seriously", "assert"),                       # BBC sport/343
    ("showed", "her class in the long jump as she stole top spot from Jade Johnson", "assert"),   # BBC sport/069
    ("told", "I replied to the post. I didn't post that", "assert"),                             # PolNeAR train, nyt
    ("said", "the new technology will work in nearly all current DVD players when applied to the discs",
     "assert"),                                                                                 # BBC tech/326
    ("added", "I think that was the beginning of an incredible tortured relationship with the network",
     "assert"),                                                                                 # PolNeAR train, nyt
    ("said", "Brazil failed to qualify", "assert"),
    # a ruling is no charge (STANCE.md: "A ruling (`ruled`, `ordered`, `found`) is assert")
    ("ruled", "the hotel violated workers' labor rights", "assert"),
])
def test_wrongdoing_done_accuses(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 10, "judges something good": more predicative judgements and feelings
    ("said", "Tim has quite simply had a phenomenal Davis Cup career and it has been an absolute privilege to "
             "have captained the team with him in it", "praise"),                                # BBC sport/500
    ("said", "It has been phenomenal - absolutely mobbed", "praise"),                             # BBC business/317
    ("said", 'she was "ecstatic" about the fourth Oscar nomination of her career', "praise"),     # BBC entertainment/373
    ("added", "The US Anti-Doping Agency has proved itself to be very diligent", "praise"),       # BBC sport/088
    # a poll's hypothetical contentment and a neutral size are no praise (PolNeAR train, BBC
    # entertainment/137); a call upon someone labels nothing (PolNeAR train, usa-today)
    ("say", "they would be satisfied with Clinton as the party’s nominee in November", "assert"),
    ("said", 'it would be "quite a big step in terms of ticketing for events" if implemented', "assert"),
    ("call upon", "individuals with unique understanding of the circumstances to interpret the significance of "
                  "the milestone", "assert"),
])
def test_more_praise_judgements(cue: str, content: str, want: str) -> None:
    assert refine("assert", cue.split(), content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 5, "harm that may come to the addressee or the public from events"
    ("said", "The fishing industry has been devastated, agricultural production may be affected and tourism "
             "will suffer, especially in the short term", "warn"),                                # BBC business/471
    ("said", "Lisbon risks becoming a synonym for missed objectives and failed promises", "warn"),  # BBC business/146
    ("pointed out", "declines probably would be industry specific, with the travel and insurance firms hit "
                    "hardest", "warn"),                                                           # BBC business/262
    ("added", "our security is under threat from radical Islamic terrorism", "warn"),             # PolNeAR train, west-journal
    # the noun `risks`, a harm already done, a threat that is a condition of an obligation
    ("said", "the risks facing the economy are small", "assert"),
    ("explained", "the money was for the rebuilding of Aceh province, which was badly hit by the tsunami",
     "assert"),                                                                                   # BBC business/491
    ("added", "The (refugees) must not be forced to make decisions under threat of starvation", "urge"),  # enC-polygraph-1
])
def test_more_harm_forecasts_warn(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 7, "a commitment of the speaker or their own side to act": set phrases of commitment
    ("said", "Members of the joint venture including Contrack are committed to the ongoing reconstruction "
             "efforts, are actively working in Iraq", "promise"),                                # BBC business/334, enE-bbc-1
    ("quoted as saying", "The foreign ownership issue will be dealt with according to Russia's competition law",
     "promise"),                                                                                  # BBC business/222, enI-bbc-6
    ("noting", "efforts would continue forward in this regard", "promise"),                       # enE-kuna-1
    ("said", "we will spare no effort to find those responsible", "promise"),
])
def test_more_commitments_promise(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


@pytest.mark.parametrize(("cue", "content", "want"), [
    # row 2, "a `never did` of the charge": the wrong of `wrongdoing` negated by its doer's side
    ("have said", "Ms. Brainard did not violate any rules", "deny"),                               # PolNeAR train, nyt
    ("claim", "the material they carry does not violate indecency laws and is protected under the right to "
              "free speech", "deny"),                                                            # BBC entertainment/171
    ("insisted", "he and the runners had nothing to hide", "deny"),                                # BBC sport/033
    ("said", "the company has never been involved in any illegal activity", "deny"),
    # a victim's negated passive, a hypothesis, a charge that goes on, a hedged charge
    ("said", "Gethin won't be intimidated tomorrow, none of us will", "assert"),                   # BBC sport/337
    ("meant", "to ensure that the island was not cheated by commercial banks on the mainland", "assert"),  # PolNeAR train
    ("said", "as long as we’re not violating any election laws", "assert"),                       # PolNeAR train, breitbart
    ("pointed out", "such a position would violate the constitution", "assert"),                  # PolNeAR train, wash-post
    ("said", "The State Department not only failed to honor repeated requests for additional security, but "
             "instead actually reduced security in Libya", "accuse"),                             # PolNeAR train, west-journal
    ("told", 'Donald Trump "may have violated the law" by calling on Russia to hack Hillary Clinton', "accuse"),
    (":", "Secretary Clinton, did you lie to them?", "ask"),                                      # PolNeAR train, breitbart
])
def test_wrongdoing_denied(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want
