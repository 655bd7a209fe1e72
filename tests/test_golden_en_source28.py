"""Golden source spans of round 28 (`ensrc28`; benchmarks/data/ensrc28/README.md).

A source span is "the exact text span naming the source" (ANNOTATION.md). These real sentences
check `source_opening.py`: a sentence adverb set off by a comma is no part of the source; a span
of words naming nobody (`Days after`, `Despite`, `Furthermore`) is no source, the subject of
the main clause after a fronted clause speaks (`fronted_clause.py`, with a time lead-in or an
adverb before the participle); the name after a medium phrase that lacks its comma speaks
(`fronted_medium.name_after_unclosed`). The last tests are the cases the rules must leave alone.
"""

from __future__ import annotations

import pytest

import sayso


def _source(text: str, cue: str) -> str | None:
    analysis = sayso.analyze(text, language="en")
    hits = [a for a in analysis.attributions if a.cue and a.cue[0].text.split()[0] == cue]
    assert hits, f"no attribution with cue {cue!r}"
    return hits[0].source.text if hits[0].source is not None else None


@pytest.mark.parametrize(("text", "cue", "source"), [
    # open pool enM-ibcworldnews-1 (IBC World News)
    ("Recently, the Adani Group also denied allegations, claiming that the company's funds had "
     "not been frozen by Swiss authorities.", "claiming", "the Adani Group"),
    # open pool enO-timeslive-1 (TimesLIVE): a low single quote standing for the comma
    ("The DA claimed that the meeting took place at the office of Presidency spokesperson Dr Bongani "
     "Ngqulunga.\n\nHowever‚ Ngqulunga denied that he had summoned the SABC staffers.",
     "denied", "Ngqulunga"),
    # BBC tech 2004 (breadth tech/100)
    ("\"It was thought to be like skateboarding,\" he said, \"a craze that everyone thought would go "
     "away.\" Now, he said, the gaming world rivals the movie industry for sales and cultural influence.",
     "said", "he"),
])
def test_sentence_adverb_is_cut(text: str, cue: str, source: str) -> None:
    assert _source(text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    # open pool enT-blackamericaweb-1 (Black America Web): a time lead-in before `after`
    ("Days after announcing she and husband Alan Ferguson are calling it quits after five years of "
     "marriage, Solange Knowles has addressed rumors that she had an extramarital affair.",
     "announcing", "Solange Knowles"),
    # PolNeAR train huff-post_2016-06-09 (Huffington Post)
    ("One month after announcing his support for Donald Trump, Marco Rubio still believes that the "
     "presumptive GOP nominee is unfit to be commander-in-chief.", "announcing", "Marco Rubio"),
    # PolNeAR train wash-post_2016-04-28 (Washington Post): an adverb before the participle
    ("After deliberately playing down her gender in her loss in the 2008 race, Clinton now talks "
     "freely of her own experiences in the workplace and in politics.", "deliberately", "Clinton"),
    # open pool enR-cyberreport-1 (Cyber Report): `in its report` lacks its closing comma
    ("Furthermore, in its report Cyble said it had been told that the attackers had demanded a "
     "cryptocurrency ransom of 10 ETH be paid.", "said", "Cyble"),
])
def test_main_clause_subject_speaks(text: str, cue: str, source: str) -> None:
    assert _source(text, cue) == source


@pytest.mark.parametrize(("text", "cue"), [
    # BBC sport 2005 (breadth sport/340): the subject after the clause has no comma before it
    ("Despite praising the Irish he claimed the Welsh had the upper hand in the Six Nations run-in.",
     "praising"),
    # PolNeAR train nyt_2016-02-18 (New York Times)
    ("Besides attacking the former president, while the audience booed loudly, Mr. Trump asserted that, "
     "abortion aside, Planned Parenthood did wonderful things.", "attacking"),
])
def test_words_naming_nobody_are_no_source(text: str, cue: str) -> None:
    assert _source(text, cue) not in ("Despite", "Besides")


@pytest.mark.parametrize(("text", "cue", "source"), [
    # PolNeAR train politico_2016-05-23 (Politico): a name ending in -ly is no adverb
    ("Jolly, a Republican congressman, said the department's role in enforcing anti-discrimination "
     "laws was not antiquated.", "said", "Jolly, a Republican congressman"),
    # a time lead-in before a noun phrase, not a participle: the subject is the source as before
    ("Two days after the vote, the minister said the result would stand.", "said", "the minister"),
    # `Later` without a comma opens no adverb phrase to cut
    ("Later Mr Smith said the talks had failed.", "said", "Mr Smith"),
])
def test_left_alone(text: str, cue: str, source: str) -> None:
    assert _source(text, cue) == source
