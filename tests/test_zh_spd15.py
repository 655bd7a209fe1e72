"""Round-15 Chinese speed work: rewrites that must leave every match as it was.

`literal_led` writes a leading group of plain words out as one branch per word, so that `re`
can skip positions by their first character; the matches must be exactly those of the pattern
as written in the data (same spans, same order, same groups).
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sayso.lang.zh.lexicon import lexicon, literal_led
from sayso.lang.zh.names import lexicon as name_lexicon
from sayso.lang.zh.source import cut_source, strip_adverbs
from sayso.text import to_simplified

ZH_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "zh-dev"


@pytest.mark.parametrize("pattern, expected", [
    ("(?:是|为)的?谎言|不实", "是的?谎言|为的?谎言|不实"),
    ("不实|(?:我|我们)(?:并|根本)?没有错", "不实|我(?:并|根本)?没有错|我们(?:并|根本)?没有错"),
    ("(?:报道|消息)[「」“”\"]{0,2}有误", "报道[「」“”\"]{0,2}有误|消息[「」“”\"]{0,2}有误"),
    # a quantified group, a class or a capture after the group: left as written
    ("(?:是|为)?谎言", "(?:是|为)?谎言"),
    ("不实|[是为]谎言", "不实|[是为]谎言"),
    ("(?:是|为)(谎言)", "(?:是|为)(谎言)"),
    ("(?:\\d+|十)日", "(?:\\d+|十)日"),
])
def test_literal_led_rewrites_only_plain_word_groups(pattern: str, expected: str) -> None:
    assert literal_led(pattern) == expected


def _dev_text() -> str:
    if not ZH_DEV.exists():
        pytest.skip("zh-dev not available")
    return "".join(to_simplified(p.read_text(encoding="utf-8")) for p in sorted(ZH_DEV.iterdir())
                   if p.suffix in (".txt", ".md"))


def _data_patterns() -> list[str]:
    """The regular-expression lists of the denial and hedge data, as written."""
    den = json.loads(resources.files("sayso.lang.zh").joinpath("denials.json").read_text("utf-8"))
    hedges = json.loads(resources.files("sayso.lang.zh").joinpath("hedges.json").read_text("utf-8"))
    return ["|".join(den["strong_patterns"]["patterns"]), "|".join(den["pending_answers"]["patterns"]),
            "|".join(hedges["patterns"])]


@pytest.mark.parametrize("pattern", _data_patterns())
def test_data_patterns_match_as_written(pattern: str) -> None:
    """The rewritten data pattern finds what the written one finds, in every window."""
    text = _dev_text() + "报道有误。我们并没有错。是彻头彻尾的谎言。尚未得到证实。传闻并不准确。"
    written, fast = re.compile(pattern), re.compile(literal_led(pattern))
    assert fast.pattern != written.pattern  # (the rewrite applies to these)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in written.finditer(text)]
    for i in range(0, len(text), 5):
        j = min(len(text), i + 40)
        got, want = fast.search(text, i, j), written.search(text, i, j)
        assert (got and got.span()) == (want and want.span())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="是为我们的谎言不实报道有误没错并", max_size=30))
def test_literal_led_same_matches_on_any_text(text: str) -> None:
    pattern = "(?:是|为)的?谎言|不实|(?:我|我们)(?:并)?没有?错|(?:报道|消息)有误"
    written, fast = re.compile(pattern), re.compile(literal_led(pattern))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in written.finditer(text)]


@pytest.mark.parametrize("clause, expected", [
    ("他还", "他"),               # 还: an adverb's last character, searched and stripped
    ("刘翔本人则", "刘翔"),       # 本人 and 则 both
    ("他兴奋地", "他"),           # a manner adverb ending in 地
    ("他还\n", "他"),             # $ matches before a final newline: still searched
    ("外交部发言人", "外交部发言人"),  # 人 ends no adverb: no search, nothing stripped
])
def test_strip_adverbs_precheck_keeps_results(clause: str, expected: str) -> None:
    assert clause[:strip_adverbs(clause, 0, len(clause), lexicon())] == expected


@pytest.mark.parametrize("text, starts", [
    # a surname opening the text or a clause (after punctuation or a newline) starts a match;
    # inside a clause it does not (THUCNews-style sentences)
    ("陈水扁之女昨日表示，陈水扁为女儿辩护。", ["陈水扁", "陈水扁"]),
    ("他说陈水扁之女", []),
    ("记者\n陈水扁之女", ["陈水扁"]),
])
def test_clause_start_names_at_clause_starts_only(text: str, starts: list[str]) -> None:
    assert [m.group(1) for m in name_lexicon().clause_start_re.finditer(text)] == starts


@pytest.mark.parametrize("clause, expected", [
    ("卫健委通报兰州布菌抗体阳性事件处置进展", "卫健委"),  # a reporting verb with its object
    ("卫健委通报进展", "卫健委"),  # seven characters: still looked for
    ("他通报进展", "他通报进展"),  # five: too short to hold two, a verb and two (as before)
    ("外交部发言人", "外交部发言人"),
])
def test_inner_reporting_verb_only_in_long_enough_clauses(clause: str, expected: str) -> None:
    r = cut_source(clause, 0, len(clause), lexicon())
    assert r is not None and clause[r[0]:r[1]] == expected
