"""Golden source rows of round 21 (tests/golden/en_speakers21.json; issue #11 item 5).

Each row runs a whole open en-news article and checks the source span of one attribution: the
named agent of a passive speech act (`passive_agent.agent_source`), the speaker of a
sentence-final inverted frame (`inverted_frame.repair_final`), a name with a role apposition
(`rules.apposition_before`) and a subject before a relative clause
(`apposition.relative_clause_subject`). The sentence tests below come from
the breadth check (BBC 2004-05 non-politics): the frames it mended and the traps it found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import source_row_problems

import sayso

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "evaldata" / "en-news"
TABLE = Path(__file__).parent / "golden" / "en_speakers21.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[c["id"] for c in CASES])
def test_golden_en_speakers21_row(row: dict) -> None:
    assert source_row_problems(row, NEWS) == []


def test_rows_name_an_open_article() -> None:
    for row in CASES:
        assert row["id"].startswith("enspk21-")
        half_a = row["origin"].startswith("en-news round-11 test half A:")
        assert row["article"].startswith("test/" if half_a else "tune/"), row["id"]


def _attribution(text: str, cue: str):
    analysis = sayso.analyze(text, language="en")
    hits = [a for a in analysis.attributions if a.cue and a.cue[0].text.split()[0] == cue]
    assert hits, f"no attribution with cue {cue!r}"
    return hits[0]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # BBC tech 2005 (breadth tech/367)
    ("Scientists are working on ways to ensure laptops can stay powered for an entire working day.\n\n"
     "Building batteries from new chemical mixes could boost power significantly, say industry experts. "
     "The changes include everything from the way chips for laptops are made, to tricks that reduce the "
     "power consumption of displays.",
     "say", "industry experts", "Building batteries from new chemical mixes could boost power significantly"),
    # BBC business 2005 (breadth business/507): the acronym in brackets belongs to the name
    ("The UK economy grew by an estimated 3.1% in 2004 after accelerating in the last quarter of the "
     "year, says the Office for National Statistics (ONS).",
     "says", "the Office for National Statistics (ONS)",
     "The UK economy grew by an estimated 3.1% in 2004 after accelerating in the last quarter of the year"),
    # BBC sport 2005 (breadth sport/016): the quotation and the speaker read as two content parts
    ("They were set to learn their fate by the end of February. \"A decision is now expected by around "
     "mid-March,\" said one of their lawyers, Michalis Dimitrakopoulos.",
     "said", "one of their lawyers, Michalis Dimitrakopoulos", "A decision is now expected by around mid-March"),
])
def test_sentence_final_frame_names_the_speaker(text: str, cue: str, source: str, content: str) -> None:
    got = _attribution(text, cue)
    assert got.source is not None and got.source.text == source
    assert [c.text for c in got.content] == [content]


@pytest.mark.parametrize(("text", "cue", "source"), [
    # BBC business 2005 (breadth business/193): a name set off by its apposition is the subject
    ("Stephen Schechter, a UK investment banker who has held talks with Borussia Dortmund over a "
     "possible bond sale, said the club needs a capital injection of 35m euros.",
     "said", "Stephen Schechter, a UK investment banker who has held talks with Borussia Dortmund over a possible bond sale"),
    # BBC sport 2005 (breadth sport/039): a past verb after the cue makes a clause, not a speaker
    ("Victor Conte, of Balco Laboratories, claims the American sprinter regularly used drugs to enhance "
     "her performance.",
     "claims", "Victor Conte, of Balco Laboratories"),
])
def test_plain_frame_after_a_set_off_subject_stays(text: str, cue: str, source: str) -> None:
    got = _attribution(text, cue)
    # the words after the cue stay the content: never taken for an inverted frame's speaker
    assert got.source is None or got.source.text == source
    assert got.content and got.content[0].text.startswith(text.split(f" {cue} ")[1][:20])


def test_passive_agent_is_the_source() -> None:
    # BBC tech 2005 (breadth tech/260): the agent of `was described by` said the words
    text = ("The machine - which will be available from 22 January - was described by Jobs as \"BYODKM... "
            "bring your own display, keyboard, and mouse\". In an address he also unveiled new software.")
    got = _attribution(text, "was")
    assert got.source is not None and got.source.text == "Jobs"


def test_agentless_passive_stays_sourceless() -> None:
    # no `by` phrase: the accuser is not named (agentless.py keeps it `anonymous`)
    text = "The party was accused of failing to clamp down on anti-Semitism within its ranks."
    analysis = sayso.analyze(text, language="en")
    assert all(a.source is None for a in analysis.attributions)


@pytest.mark.parametrize(("text", "source"), [
    # BBC entertainment 2005 (breadth entertainment/014): a bare role and its preposition
    ("Julia Eccleshare, chair of the adult judging panel, said children's literature had \"never looked "
     "stronger\" in the prize's 20 years.", "Julia Eccleshare, chair of the adult judging panel"),
    # BBC business 2005 (breadth business/320): a capitalised possessor opens the role
    ("Assad Omar, Afghanistan's envoy to the United Nations in Geneva, said accession would contribute "
     "to \"regional prosperity and global security\".",
     "Assad Omar, Afghanistan's envoy to the United Nations in Geneva"),
])
def test_name_with_a_role_apposition_is_the_source(text: str, source: str) -> None:
    got = _attribution(text, "said")
    assert got.source is not None and got.source.text == source


def test_coordinated_names_before_a_role_are_not_cut() -> None:
    # BBC business 2005 (breadth business/173): `Carlsberg, two of ...` alone would drop Heineken
    text = ("Heineken and Carlsberg, two of the world's largest brewers, have reported falling profits "
            "after beer sales in western Europe fell flat.")
    got = _attribution(text, "have")
    assert got.source is None or got.source.text.startswith("Heineken")


@pytest.mark.parametrize(("text", "cue", "source"), [
    # BBC entertainment 2005 (breadth entertainment/345)
    ("The couple, who married in Los Angeles last September, claimed staff took photographs of them "
     "which were later sold.", "claimed", "The couple"),
    # BBC sport 2005 (breadth sport/397): a description opening the sentence
    ("The 27-year-old, who captained St Helens to Challenge Cup success last year, said following in "
     "the footsteps of Farrell would be a challenge.", "said", "The 27-year-old"),
    # BBC entertainment 2005 (breadth entertainment/366): the clause's antecedent is inside the subject
    ("The judge in the case, which lasted seven days, said that a heavy penalty was called for.",
     "said", "The judge in the case"),
])
def test_subject_before_a_relative_clause_is_the_source(text: str, cue: str, source: str) -> None:
    got = _attribution(text, cue)
    assert got.source is not None and got.source.text == source


def test_setting_phrase_before_a_relative_clause_is_no_source() -> None:
    from sayso.lang.en.apposition import relative_clause_subject
    from sayso.lang.en.lexicon import lexicon
    from sayso.lang.en.tokens import tokenize

    text = "In the case, which lasted seven days, said the judge, a heavy penalty was called for."
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    assert relative_clause_subject(tokens, lower, 0, lower.index("said"), lexicon()) is None
