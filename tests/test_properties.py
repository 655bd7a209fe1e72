"""Property tests: any text, and real articles damaged at random, analyse without error into
records that keep the contract (spans equal the text, sections tile it, JSON round-trips)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sayso
from sayso.model import Analysis, validate

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
QUOTES = "“”「」『』‘’\"'《》"
INVISIBLE = "\x00\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"

FAST = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@lru_cache(maxsize=1)
def articles() -> tuple[str, ...]:
    zh = sorted((SHARED / "zh-dev").glob("*.txt"))
    en = sorted((SHARED / "en-polnear" / "dev" / "text").glob("*.txt"))[:4]
    return tuple(p.read_text("utf-8") for p in [*zh, *en])


def check(analysis: Analysis) -> None:
    """The contract: spans, sections (in order, no gap or overlap), JSON round trip."""
    assert validate(analysis) == []
    doc = analysis.document
    pos = 0
    for section in doc.sections:
        assert section.start == pos and section.end >= section.start
        pos = section.end
    assert pos == len(doc.text) or not doc.sections
    again = Analysis.from_json(analysis.to_json())
    assert again.to_dict() == analysis.to_dict()


@FAST
@given(st.text(max_size=400))
def test_any_unicode_text(text):
    check(sayso.analyze(text))


@FAST
@given(st.text(alphabet=st.sampled_from("他说：“”「」，。据报道称 Peskov said \"'\n" + INVISIBLE),
               max_size=300))
def test_quote_and_cue_soup(text):
    check(sayso.analyze(text))


def _mutate(data: st.DataObject, text: str) -> str:
    ops = data.draw(st.lists(st.sampled_from(
        ["delete_quote", "duplicate_quote", "insert_quote", "cut", "insert_invisible",
         "swap_quotes"]), min_size=1, max_size=6))
    for op in ops:
        marks = [i for i, ch in enumerate(text) if ch in QUOTES]
        pos = data.draw(st.integers(0, len(text)))
        if op == "delete_quote" and marks:
            i = data.draw(st.sampled_from(marks))
            text = text[:i] + text[i + 1:]
        elif op == "duplicate_quote" and marks:
            i = data.draw(st.sampled_from(marks))
            text = text[:i] + text[i] * data.draw(st.integers(2, 5)) + text[i + 1:]
        elif op == "insert_quote":
            text = text[:pos] + data.draw(st.sampled_from(QUOTES)) + text[pos:]
        elif op == "cut":
            text = text[:pos] if data.draw(st.booleans()) else text[pos:]
        elif op == "insert_invisible":
            text = text[:pos] + data.draw(st.text(INVISIBLE, min_size=1, max_size=3)) + text[pos:]
        elif op == "swap_quotes":
            text = text.replace("“", "\x01").replace("”", "“").replace("\x01", "”")
    return text


@settings(FAST, max_examples=60)
@given(st.data())
def test_damaged_real_articles(data):
    if not articles():
        pytest.skip("shared/eval not available")
    text = data.draw(st.sampled_from(articles()))
    damaged = _mutate(data, text)
    check(sayso.analyze(damaged))


@pytest.mark.parametrize("language", ["zh", "en", None])
def test_language_override_on_mixed_text(language):
    text = "外交部发言人说：“Peskov said it was wrong.”他说。 He said: “中方坚决反对。”"
    check(sayso.analyze(text, language=language))
