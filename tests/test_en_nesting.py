"""Nested English attributions and paragraphs framed by a lead-in (sayso/lang/en/nesting.py,
sayso/lang/en/leadin.py; shared/eval/ANNOTATION.md `parent`, evaldata/en-news/README-c.md
"Lists of statements").

Texts are real: en-news TUNE articles (origin in each test) and PolNeAR dev (for what must
stay unnested: PolNeAR leaves nested speech unannotated, and attitudes inside quotes are no
reports of speech)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sayso import pipeline
from sayso.model import Analysis, Attribution, Document

ROOT = Path(__file__).parents[1]
TUNE = ROOT / "evaldata" / "en-news" / "tune"


def run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def by_cue(analysis: Analysis, cue: str) -> list[Attribution]:
    return [a for a in analysis.attributions if " ".join(c.text for c in a.cue) == cue]


def one(analysis: Analysis, cue: str) -> Attribution:
    found = by_cue(analysis, cue)
    assert len(found) == 1, [(a.cue, a.content) for a in analysis.attributions]
    return found[0]


def paragraph(path: Path, needle: str) -> str:
    return next(p for p in path.read_text("utf-8").split("\n") if needle in p)


def test_speech_inside_a_quotation_points_to_the_quoting_speaker() -> None:
    # en-ap-1 (Associated Press, 2019-11-20)
    a = run(paragraph(TUNE / "en-ap-1.txt", "on whose authority"))
    hill = [x for x in by_cue(a, "said") if x.source and x.source.text == "Hill"]
    asked = one(a, "asked")
    assert asked.source is not None and asked.source.text == "I"
    assert asked.content[0].text.startswith("well, on whose authority")
    assert len(hill) == 1 and asked.parent == hill[0].id


def test_report_inside_an_indirect_report_nests_two_levels() -> None:
    # en-ap-1: `Afterward, Sondland said he had relayed ..., Morrison testified.`
    a = run("Afterward, Sondland said he had relayed to the Ukrainian that U.S. aid might be "
            "freed if the country would announce the investigations, Morrison testified.")
    testified = one(a, "testified")
    said = one(a, "said")
    assert said.source is not None and said.source.text == "Sondland"
    assert said.content[0].text.startswith("he had relayed to the Ukrainian")
    assert said.parent == testified.id
    relayed = [x for x in a.attributions if x.parent == said.id]
    assert relayed and relayed[0].cue[0].text.startswith("had relayed")


def test_report_inside_a_quoted_question() -> None:
    # enC-miamitoday-1 (Miami Today, 2023-11-07)
    a = run(paragraph(TUNE / "enC-miamitoday-1.txt", "could be ready in September"))
    asked = one(a, "asked")
    staff = [x for x in by_cue(a, "said") if x.source and x.source.text == "the staff"]
    assert staff and staff[0].parent == asked.id
    assert staff[0].content[0].text.startswith("they could be ready in September")


def test_attitudes_and_hypothetical_speech_inside_quotes_stay_unnested() -> None:
    # PolNeAR dev: `“What I would also say is that ... he acknowledged an openness ...,” ...`
    text = ("“What I would also say is that since the very first day the president signed this "
            "bill into law, he acknowledged an openness to working with Democrats or Republicans "
            "in Congress to further strengthen it,” White House press secretary Josh Earnest said.")
    a = run(text)
    assert not by_cue(a, "acknowledged") and not by_cue(a, "would also say")
    assert all(x.parent is None for x in a.attributions)


def test_an_attributive_participle_is_no_nested_cue() -> None:
    # PolNeAR dev (New York Times): `his announced plans` is an adjective
    a = run("Mr. King said that he was not all that familiar with the rest of RT's programming "
            "because he did not get the network at home, and that he might decide against his "
            "announced plans to help host its United States election-night coverage.")
    assert one(a, "said").source.text == "Mr. King"
    assert not by_cue(a, "announced")


def test_statement_list_after_a_lead_in() -> None:
    # enC-tass-1 (TASS, 2024-12-26): "Below are Putin's key statements that TASS put together."
    text = (TUNE / "enC-tass-1.txt").read_text("utf-8")
    a = run(text)
    items = [x for x in a.attributions if not x.cue and x.source is not None]
    assert len(items) == 10  # the gold's ten list items
    assert {x.source.text for x in items} == {"Putin"}
    assert items[0].content[0].text == ("Russia has a few Oreshnik intermediary-range missile "
                                        "systems. There is not many of them")
    biden = one(a, "suggested")
    holder = next(x for x in items if x.content[0].text.startswith("Back in 2021"))
    assert biden.parent == holder.id


def test_a_list_ends_at_a_paragraph_with_its_own_frame() -> None:
    # enC-tass-1's lead-in and first item, then a paragraph framed by a speaker of its own
    a = run("Below are Putin’s key statements that TASS put together.\n\n"
            "Russia has a few Oreshnik intermediary-range missile systems. There is not many of "
            "them.\n\nKremlin spokesman Dmitry Peskov told reporters the talks had stalled.\n\n"
            "The weather in Moscow was cold.")
    items = [x for x in a.attributions if not x.cue]
    assert [x.content[0].text[:20] for x in items] == ["Russia has a few Ore"]


def test_colon_lead_in_takes_the_block_quotation_not_the_narration_after_it() -> None:
    # PolNeAR dev (Western Journal): `The governor added:` and a block quotation without marks
    text = ("The governor added:\n\nIt’s typical of Hillary Clinton. She knows nothing, but the "
            "mouth never stops. And the fact is that she has no idea what happened in North "
            "Carolina.\n\nClinton’s comments Tuesday on the shooting death of Crutcher came as "
            "the facts surrounding his death are still being gathered.")
    a = run(text)
    added = one(a, "added")
    assert added.source.text == "The governor"
    assert [c.text for c in added.content] == [
        "It’s typical of Hillary Clinton. She knows nothing, but the mouth never stops. And the "
        "fact is that she has no idea what happened in North Carolina"]


def test_colon_frame_that_has_its_quotation_is_not_doubled() -> None:
    # PolNeAR dev (Breitbart): `Caddell continued:` followed by a quotation in marks
    a = run("Caddell continued:\n\n\"The health issue overall is very much a partisan issue, but "
            "that doesn’t account for almost the same number of Democrats who are worried.\"")
    assert len(by_cue(a, "continued")) == 1


def test_a_quotation_runs_on_over_several_paragraphs() -> None:
    # en-buzzfeed-1 (BuzzFeed News, 2015-04-21): two quotation paragraphs after the framed one
    a = run("“The drug was in her system, there was no anti-dote, two tablets was a lethal dose – "
            "and she had taken eight,” her mother, Fiona, said in a statement yesterday.\n\n"
            "“As Eloise deteriorated, the staff in A&E did all they could to stabilise her. As the "
            "drug kicked in and started to make her metabolism soar, they attempted to cool her "
            "down, but they were fighting an uphill battle.\n\n"
            "“She was literally burning up from within.”\n\n"
            "West Mercia police said the tablets were believed to contain dinitrophenol.")
    fiona = next(x for x in by_cue(a, "said") if x.source and x.source.text == "her mother, Fiona")
    assert len(fiona.content) == 3
    assert fiona.content[-1].text == "She was literally burning up from within"


def test_said_the_following_takes_the_next_paragraph_instead_of_the_placeholder() -> None:
    # the lead-in of issue #11 ("Putin said the following:"), wire style, written here
    a = run("Putin said the following:\n\nWe will continue the operation. Nobody should doubt "
            "it.\n\nThe Kremlin later published the transcript.")
    said = one(a, "said")
    assert [c.text for c in said.content] == [
        "We will continue the operation. Nobody should doubt it"]


def test_list_speaker_named_after_by() -> None:
    # the list lead-in with the speaker after the noun, wire style, written here
    a = run("Here are the main statements by Russian Foreign Minister Sergey Lavrov.\n\n"
            "Russia will respond to any escalation.\n\n"
            "The West is to blame for the crisis, Lavrov said.")
    items = [x for x in a.attributions if not x.cue]
    assert [(x.source.text, x.content[0].text) for x in items] == [
        ("Russian Foreign Minister Sergey Lavrov", "Russia will respond to any escalation")]


WORDS = ["He", "said", "told", "reporters", "that", "“We", "are", "leaving,”", "she", "added:",
         "Below", "are", "Putin’s", "key", "statements", "Russia", "will", "respond.", "'we",
         "asked", "the", "following:", "\n\n", "\n\n", "\"", "Sondland", "relayed", "to", "them"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=60))
def test_parents_exist_and_hold_their_childrens_cues(words: list[str]) -> None:
    a = run(" ".join(words))
    ids = {x.id: x for x in a.attributions}
    for x in a.attributions:
        if x.parent is None:
            continue
        parent = ids[x.parent]
        assert parent is not x and x.cue
        assert parent.content[0].start <= x.cue[0].start < parent.content[-1].end
