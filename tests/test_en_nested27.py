"""A claim named inside its own denial is a row of its own (round 27, ennested27;
`sayso/lang/en/nested_reports.py`): the noun may follow modifiers (`has denied a news report
that`), carry its maker (`allegation by X last week that`), or be `speculation` / a singular
`suggestion` after a verb of denying. ANNOTATION.md: "every attribution in the article,
including nested ones"; the nested claim is `disputed` (denied). Sentences from open en-news
gold articles and breadth text (named in each case).
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.model import Analysis, Document


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _content(x) -> str:
    return " ".join(s.text for s in x.content)


@pytest.mark.parametrize("text,outer_opens,inner_opens,source", [
    # enS-kaniva-1 (S tune gold row 4: source the paper, content the clause, disputed, parent 3)
    ("Finance Minister Pohiva Tu’i’onetoa has denied allegation by Kakalu ‘O Tonga newspaper "
     "last week that he stole two government vehicles and a refrigerator.",
     "allegation by Kakalu", "he stole two government vehicles", "Kakalu ‘O Tonga newspaper"),
    # enP-koreaherald-1 (P tune gold rows 1-2: outer `a news report that ...`, nested `it rejected`)
    ("South Korea has denied a news report that it rejected North Korea's request for masks to "
     "help prevent the spread of the new coronavirus.",
     "a news report that", "it rejected North Korea's request", None),
    # enP-koreaherald-1 (gold rows 9-10: `speculation that ...` nested, source the noun)
    ("Last week, the unification ministry also dismissed speculation that the government has "
     "provided masks to the North after a local TV station aired video footage.",
     "speculation that", "the government has provided masks", None),
    # BBC business 114 (breadth): a singular `suggestion` rejected
    ("Mr Sullivan also rejects a suggestion that he had once told fellow WorldCom board member "
     "Bert Roberts that Mr Ebbers was unaware of the accounting fraud at WorldCom.",
     "a suggestion that", "he had once told fellow WorldCom", None),
])
def test_claim_nested_in_its_denial(text, outer_opens, inner_opens, source):
    a = _run(text)
    outer = [x for x in a.attributions if x.stance == "deny"]
    assert outer and _content(outer[0]).startswith(outer_opens)
    inner = [x for x in a.attributions if x.parent == outer[0].id]
    assert inner and _content(inner[0]).startswith(inner_opens)
    assert inner[0].certainty == "disputed"
    if source is not None:
        assert inner[0].source is not None and inner[0].source.text == source


@pytest.mark.parametrize("text,bad_opens", [
    # PolNeAR train wash-post 2016-05-23: the writer's own point taken issue with, no denial verb
    ("Some Democrats probably would take issue with the suggestion that the ideological "
     "divisions between Trump and Clinton are less clear than those between Romney and Obama.",
     "the ideological divisions"),
    # PolNeAR train west-journal 2015-11-25: a relative clause on the noun (`a claim Clinton made`)
    ("It was a tweet pushing a claim Clinton made during the testimony.", "Clinton made"),
    # enF-kbs-1: `a report that said ...`: a relative clause, not the report's clause
    ("The Japanese government has denied a report that said Seoul contacted Tokyo about a visit "
     "by President Moon Jae-in to coincide with the Tokyo Olympic Games.", "said Seoul"),
])
def test_no_nested_claim(text, bad_opens):
    a = _run(text)
    nested = [x for x in a.attributions
              if x.parent is not None or x.cue and x.cue[-1].text in ("suggestion", "claim", "report")]
    assert not [x for x in nested if _content(x).startswith(bad_opens)]
