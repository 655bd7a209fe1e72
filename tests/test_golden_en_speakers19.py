"""Golden source rows of round 19 (tests/golden/en_speakers19.json; issue #11 speakers on new text).

Each row runs a whole open en-news article (tune parts C and L, round-11 test half A) and checks
the source span and speaker of one attribution whose subject stands apart from its verb: a
modifier of the subject's head (`modified_subject.modified_subject`, `main_verb`,
`apposition_subject`), an apposition holding a quoted title (`rules.apposition_before`) and a
parenthetical `, through its lawyers,` (`extract._setting_opening`). The sentence tests below
hold the shapes and the traps the breadth check found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import source_row_problems

import sayso
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.modified_subject import main_verb, modified_subject
from sayso.lang.en.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "evaldata" / "en-news"
TABLE = Path(__file__).parent / "golden" / "en_speakers19.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_speakers19_row(row: dict) -> None:
    assert source_row_problems(row, NEWS) == []


def test_rows_name_an_open_article() -> None:
    for row in CASES:
        assert row["id"].startswith("enspk19-")
        half_a = row["origin"].startswith("en-news round-11 test half A:")
        assert row["article"].startswith("test/" if half_a else "tune/"), row["id"]


def _subject_before(sentence: str, verb: str) -> str | None:
    """`modified_subject` for the subject opening `sentence` whose verb is the word `verb`."""
    tokens = tokenize(sentence)
    lower = [t.text.lower() for t in tokens]
    found = modified_subject(tokens, lower, 0, lower.index(verb), lexicon())
    return sentence[tokens[found[0]].start:tokens[found[1] - 1].end] if found else None


@pytest.mark.parametrize(("sentence", "verb", "subject"), [
    # determined heads take their modifier (enL-ndtv-1, enC-miamitoday-1, whole sentences)
    ("A family in Kerala's Ernakulam district has levelled allegations of negligence against a "
     "local medical college, saying their COVID-19 positive relative died under treatment in July, "
     "as he was not put on ventilator support on time.", "has",
     "A family in Kerala's Ernakulam district"),
    ("The trust spending more than $100 million on a 20-mile Bus Rapid Transit line in South Dade "
     "refused last week to hear long-sought answers about how the corridor will work, saying meager "
     "responses to 28 questions asked last June finally arrived too late for thorough review.",
     "refused",
     "The trust spending more than $100 million on a 20-mile Bus Rapid Transit line in South Dade"),
    # after a bare capitalised word nothing is read (an adjunct, or no name: BBC 2004 business
    # 119 `Data from ... reinforcing a view`)
    # a conjunction inside the modifier (no relative pronoun): no subject read here (BBC 2004
    # business/323)
    ("A host of mortgage lenders and economists have predicted that property prices will either "
     "fall or stagnate in 2005.", "have", None),
    # a comma sets off an apposition or a clause: other rules' work (BBC 2005 sport/467)
    ("The organisers of the first grand slam of 2005, which begins on 17 January, said the "
     "American has a problem with her right shoulder.", "said", None),
])
def test_modified_subject(sentence: str, verb: str, subject: str | None) -> None:
    assert _subject_before(sentence, verb) == subject


def test_main_verb_of_a_participle_clause() -> None:
    # the participle `saying` after the comma shares the clause's verb `has`, read past the
    # modifier's possessive place (enL-ndtv-1)
    sentence = ("A family in Kerala's Ernakulam district has levelled allegations of negligence "
                "against a local medical college, saying their COVID-19 positive relative died "
                "under treatment in July, as he was not put on ventilator support on time.")
    tokens = tokenize(sentence)
    lower = [t.text.lower() for t in tokens]
    assert lower[main_verb(tokens, lower, 0, lower.index(","))] == "has"


def _source(text: str, cue: str) -> str | None:
    """The source text of the first attribution whose cue opens with the word `cue`."""
    analysis = sayso.analyze(text, language="en")
    hits = [a for a in analysis.attributions if a.cue and a.cue[0].text.split()[0] == cue]
    assert hits, f"no attribution with cue {cue!r}"
    return hits[0].source.text if hits[0].source else None


def test_possessive_apostrophe_is_no_quotation_in_an_apposition() -> None:
    # `NPR ’s Feng` (enC-smithsonian-1, tokenised `’` `s`): the apostrophe opens no quotation, so
    # the apposition after the name before `wrote` still reads as one phrase
    text = ("But according to NPR ’s Feng, Li Jifeng, a doctor at Chaoyang Hospital where the "
            "patients were treated, wrote in a blog post that the couple had been transported.")
    assert _source(text, "wrote") == ("Li Jifeng, a doctor at Chaoyang Hospital where the patients "
                                      "were treated")


def test_quotation_after_a_bracket_is_no_title_in_an_apposition() -> None:
    # PolNeAR train (NYT 2016-02-20): the quoted headline is what La Stampa declared; the comma
    # after `Mexico` opens no apposition holding a title, so `Mexico` declares nothing
    text = ("When Francis said Mr. Trump ''is not Christian'' in answering a reporter's question on "
            "his return flight from Mexico, the Latin American pope not only served up red meat for "
            "global headline writers (''Francesco Excommunicates Trump,'' declared La Stampa in "
            "Italy), but again demonstrated his knack for sticking his nose into putatively secular "
            "affairs.")
    analysis = sayso.analyze(text, language="en")
    assert not any(a.source is not None and a.source.text == "Mexico" for a in analysis.attributions)


@pytest.mark.parametrize(("sentence", "verb"), [
    # a passive's subject is no speaker (BBC 2004 tech)
    ("The next generation of consoles are expected to start appearing at the end of 2005.", "are"),
    # a present form in -s may be a noun cue (PolNeAR train, NYT 2016-08-11)
    ("A new batch of State Department communications includes requests to help a job seeker.",
     "requests"),
    # the verb right after a relative pronoun is the relative clause's (PolNeAR train, USA Today
    # 2016-03-02)
    ("Trump's caustic rhetoric on immigration that portrays Mexicans as criminals may have "
     "obscured a notable development.", "portrays"),
])
def test_no_modified_subject_before(sentence: str, verb: str) -> None:
    assert _subject_before(sentence, verb) is None
