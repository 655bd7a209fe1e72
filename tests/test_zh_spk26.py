"""Chinese speakers, round 26 (branch zhspk26): a predicate the cue's clause left at the end of
a source span goes (mentions.json `closing_predicates`, `entities.closing_predicate`).

ANNOTATION.md: the source is the span naming who makes the statement, a noun phrase.
"""

from __future__ import annotations

import pytest

import sayso
from sayso.lang.zh.entities import closing_predicate


def _sources(text: str) -> dict[str, str | None]:
    """Cue text -> source text of each attribution of `text`."""
    out: dict[str, str | None] = {}
    for a in sayso.analyze(text, language="zh").attributions:
        out["".join(c.text for c in a.cue)] = a.source.text if a.source else None
    return out


@pytest.mark.parametrize("text,cue,source", [
    # zhR-orientaldaily-1 (gold source 2名高阶警官): the cited officers' 谈话 is no part of them
    ("根据报导,路透社在12日引述2名高阶警官谈话,指警方是于当天早上接获投报。", "引述指", "2名高阶警官"),
])
def test_a_closing_predicate_leaves_the_source(text, cue, source):
    assert _sources(text)[cue] == source


@pytest.mark.parametrize("text,cue,source", [
    # THUCNews th-sport (胡加时 is the official's name, its 时 ends no clause)
    ("很多媒体记者现场观看国青的训练课。篮管中心副主任胡加时说：“如果不是出了这个事，根本不可能有这么多媒体关注国青队。”",
     "说", "篮管中心副主任胡加时"),
])
def test_a_name_ending_in_shi_stays_whole(text, cue, source):
    assert _sources(text)[cue] == source


@pytest.mark.parametrize("tail,closes", [
    ("谈话", True), ("聽聞", True), ("質詢時", True), ("开场发言时", True),
    ("当时", False),  # a time word, no clause
    ("有时", False),
    ("时", False),  # a name's last character (胡加|时)
    ("談話內容", False),  # more than the predicate: left to the other rules
])
def test_closing_predicate(tail, closes):
    assert closing_predicate(tail) is closes
