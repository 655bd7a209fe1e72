"""English non-attributions (issue #11, #15 item 4): cue words used in a sense that reports nobody.

The sentences are the `noncue-*` rows of tests/golden/en.json (real sentences from fresh
pages outside every split, and from en-news tune); each names in `not_cues` the words no
predicted cue may contain. The positive rows of the same patterns (a cue word after a
name, a source that calls something a name) are checked by tests/test_golden_en.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sayso import pipeline
from sayso.lang.en.noncue import non_attribution_reason
from sayso.model import Document

CASES = [c for c in json.loads((Path(__file__).parent / "golden" / "en.json")
                               .read_text("utf-8"))["cases"] if c.get("not_cues")]


def test_every_class_has_golden_rows() -> None:
    patterns = {c["pattern"] for c in CASES}
    assert {"noncue-noun", "noncue-time", "noncue-naming", "noncue-work", "noncue-generic",
            "noncue-imperative", "noncue-aside", "noncue-withheld", "noncue-nested-event", "noncue-discourse",
            "noncue-contribution", "noncue-action", "noncue-agent", "noncue-phrasal", "noncue-aspectual", "noncue-sport",
            "noncue-intention", "noncue-vote", "noncue-knowledge",
            "noncue-posting", "noncue-refusal-failure"} <= patterns
    assert all(w in c["text"] for c in CASES for w in c["not_cues"])


@pytest.mark.parametrize("case", CASES, ids=[f"{c['pattern']}-{i}" for i, c in enumerate(CASES)])
def test_no_cue_in_non_reporting_sense(case: dict) -> None:
    analysis = pipeline.run(Document(text=case["text"], language="en"))
    cues = [" ".join(c.text for c in a.cue) for a in analysis.attributions]
    assert not [c for c in cues for w in case["not_cues"] if w in c], cues


def _lower(sentence: str) -> list[str]:
    return sentence.lower().split()


@pytest.mark.parametrize(("sentence", "cue", "content", "reason"), [
    # The class decides on the words around the cue, not on the cue word alone.
    ("in search of answers , a team has created a model", (3, 4), (5, 10), "noun"),
    ("the team answers that a model was created", (2, 3), (4, 8), None),
    ("the illnesses were confirmed on november 12", (2, 4), (4, 7), "time"),
    ("the illnesses were confirmed on november 12 to be plague", (2, 4), (4, 10), None),
    ("it was known as the black death", (1, 4), (4, 7), "naming"),
    ("he wrote a short play", (1, 2), (2, 5), "work"),
    ("he wrote the play was a failure", (1, 2), (2, 7), None),
    ("the hiccup adds to the drama that surrounded her", (2, 3), (7, 9), "contribution"),
    ("clinton is adding to her delegate lead over sanders", (1, 3), (3, 9), "contribution"),
    ("trump added to reporters that the show was bigger", (1, 2), (5, 9), None),
    ("industry sources cited by taiwanese publication digitimes", (2, 3), (3, 7), "agent"),
    ("the figures cited by the paper show that it failed", (2, 3), (6, 10), None),
    ("creative showed off a new wireless technology", (1, 3), (3, 7), "phrasal"),
    ("the report looked at the impact of broadband", (2, 4), (4, 8), "phrasal"),
    ("he showed that the report was wrong", (1, 2), (2, 7), None),
    ("the company's lawyers were unavailable for comment", (3, 6), (6, 7), "refusal"),
    ("they continue to escalate the crisis", (1, 2), (2, 6), "aspectual"),
    ("people began using them for business", (1, 2), (2, 6), "aspectual"),
    ("he continued to refute the story", (1, 2), (2, 6), None),
    ("the campaign began sunday with a tweet", (2, 3), (3, 7), None),
    ("ireland conceded a penalty close to their own line", (1, 2), (2, 9), "sport"),
    ("he conceded that the penalty was a mistake", (1, 2), (2, 8), None),
    ("clinton conceded the race to sanders", (1, 2), (2, 6), None),
    ("trump added to people , \" that makes me feel good", (1, 2), (6, 11), None),
    # A wish, plan or decision to act is the source's act; a clause, an object with its own
    # infinitive, or a complement that is itself a cue stays (ANNOTATION.md: statements, beliefs).
    ("microsoft plans to cut its carbon emissions", (1, 2), (2, 7), "intention"),
    ("the nfl decided to move the rematch", (2, 3), (3, 7), "intention"),
    ("marsh agreed to pay dollars 850m", (1, 2), (2, 6), "intention"),
    ("li hopes that the operations will move", (1, 2), (3, 7), None),
    ("fogg agreed that the mac mini could be popular", (1, 2), (3, 9), None),
    ("beijing wants trump to eliminate the tariffs", (1, 2), (2, 7), None),
    ("the minister plans to announce the budget", (2, 3), (3, 7), None),
    # A vote is an act; knowing what or how is no statement, a known clause is a belief.
    ("all 15 senators voted against the amendment", (3, 5), (5, 7), "vote"),
    ("the committee voted to hold him in contempt", (2, 3), (3, 8), "vote"),
    ("no one knows just how much disruption there will be", (2, 3), (3, 10), "knowledge"),
    ("the whole world knows his victims deserve reparations", (3, 4), (4, 8), None),
    ("tottenham posted an image of mourinho", (1, 2), (2, 6), "posting"),
    ("one user posted : \" i just want to know", (2, 3), (5, 10), None),
    # Seeming is the narrator's hedge unless the complement is itself a cue; a failure to act.
    ("feeding babies peanuts appears to prevent that from happening", (3, 4), (4, 9), "evidential"),
    ("it appeared to be a part of the sewing machine", (1, 2), (2, 10), "evidential"),
    ("he appeared to blame low-level workers", (1, 2), (2, 6), None),
    ("the lawmakers failed to answer the invitation", (2, 5), (5, 7), "refusal"),
    ("patriot failed as predicted", (1, 4), (4, 4), None),
])
def test_reason_depends_on_the_context(sentence: str, cue: tuple[int, int],
                                       content: tuple[int, int], reason: str | None) -> None:
    lower = _lower(sentence)
    has_source = reason != "naming" and cue[0] > 0 and lower[0] not in ("in",)
    source = (0, cue[0]) if has_source else None  # the words before the cue
    assert non_attribution_reason(lower, [cue], [content], has_source, 0, source) == reason


@pytest.mark.parametrize(("sentence", "cue", "content", "reason"), [
    # With a source, a naming participle after auxiliaries is a name, an appointment or a
    # reputation; an active `called` is speech, and an agent `by` keeps the passive.
    ("peters was later named imperial high commissioner", (1, 4), (4, 7), "naming"),
    ("plague is known for its effects on the lungs", (1, 4), (4, 9), "naming"),
    ("trump called it a hoax", (1, 2), (2, 5), None),
    ("he was named a liar by his rivals", (1, 3), (3, 8), None),
    ("it is known that he left", (1, 3), (4, 6), None),
])
def test_naming_with_a_source(sentence: str, cue: tuple[int, int], content: tuple[int, int],
                              reason: str | None) -> None:
    lower = _lower(sentence)
    assert non_attribution_reason(lower, [cue], [content], True, 0, (0, cue[0])) == reason


def test_generic_you_inside_a_quotation_stays() -> None:
    lower = _lower("you can call it a draw")
    assert non_attribution_reason(lower, [(1, 3)], [(3, 6)], True, 0, (0, 1)) == "generic"
    assert non_attribution_reason(lower, [(1, 3)], [(3, 6)], True, 0, (0, 1),
                                  in_quotation=True) is None
