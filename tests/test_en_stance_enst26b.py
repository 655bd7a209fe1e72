"""Round 26 (enst26b): judgements and harms the stance lexicons missed, and a judgement negated.

ANNOTATION.md: "Stance follows the content when the cue is neutral"; STANCE.md rows 9-10
(condemn "judges something bad": `unacceptable`, `a mistake`; praise "judges something good")
and row 5 (warn: "harm that may come to the addressee or the public from events"). Every row is
a real sentence of broad unlabeled text (PolNeAR train, BBC News 2004-05;
`benchmarks/en_stance_breadth.py`) or of an open en-news article (named in the comment), with
the over-reach the class must not make.
"""

from __future__ import annotations

import pytest

from sayso.lang.en.stance import evaluation, refine


@pytest.mark.parametrize(("cue", "content", "want"), [
    # rows 9-10: a judgement word after a copula (stance.json `evaluations`)
    ("said", "This summoning of SABC staff by the Presidency is highly irregular and frankly quite suspicious",
     "condemn"),                                                                        # enO-timeslive-1
    ("said", 'Foster\'s takeover offer was "opportunistic', "condemn"),                 # enO-bbc-1, BBC business/451
    ("believes", "the presumptive GOP nominee is unfit to be commander-in-chief", "condemn"),  # PolNeAR train
    ("said", "Well, it's kind of a silly thing to say", "condemn"),                    # PolNeAR train, nyt
    ("said", "it was a sensible move", "praise"),                                       # BBC tech/260
    ("said", '2004 was a "stellar year', "praise"),                                     # BBC tech/203
    ("said", 'it was "extremely heartening" to see British filmmaking talent recognised on the global stage',
     "praise"),                                                                         # BBC entertainment/323
    # row 5: a modal and a verb of damage
    ("said", "it could stifle innovation, be abused by firms keen to protect existing monopolies",
     "warn"),                                                                           # enP-bbc-1, BBC tech/014
    ("claim", "it will weaken the city's status as Europe's financial centre", "warn"),  # BBC business/421
    ("arguing", "appearing to strongly favor one side over the other would hamper his ability to broker an "
     "agreement", "warn"),                                                              # PolNeAR train, wash-post
    # row 9: a good thing denied judges something bad
    ("said", "It's not good. But it is very understandable", "condemn"),               # enI-bbc-6, BBC business/222
    ("said", "That's not good for the politics of the English team or for English rugby", "condemn"),  # BBC sport/358
    ("said", "the State Department IG's report wasn't good", "condemn"),               # PolNeAR train
    # not: a judgement in a third party's words, a bad thing denied, `there is not`, no copula
    ("said", "more than a million children have so far been vaccinated during the last four days in 30 districts "
     "of Balochistan ... there would have been more deaths if vaccines were not good or expired",
     "assert"),                                                                         # enO-expresstribune-1
    ("said", "Dawson has the credentials and the experience, even though his winning record at captain is not "
     "great", "assert"),                                                                # BBC sport/342
    ("say", "A more subdued Bill Clinton may not be such a bad thing either", "assert"),  # PolNeAR train, nyt
    ("said", "it was not a mistake", "assert"),
    ("said", "Its great to have nice, new surroundings, but if the team aren't performing on the pitch, then "
     "there isn't great respect in having a fabulous stadium", "assert"),               # BBC sport/143
    ("said", "the better return on investment offered by technologies such as Wimax could dent the possible "
     "returns of 3G networks", "assert"),                                               # BBC tech/093 (a market forecast)
])
def test_judgement_and_harm_words(cue: str, content: str, want: str) -> None:
    assert refine("assert", [cue], content) == want


def test_negated_copula_reverses_praise_only() -> None:
    assert evaluation("it may not be politically feasible, and it may not be a good idea on economic grounds") \
        == "condemn"                                                                    # PolNeAR train, politico
    assert evaluation("I wouldn't be happy with that") == "condemn"
    assert evaluation("I am not disappointed") is None
    assert evaluation("it wouldn't be a disaster") is None
    assert evaluation("I would say it is a good deal") == "praise"
