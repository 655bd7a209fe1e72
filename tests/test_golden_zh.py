"""Golden rules for Chinese attribution extraction, run as parametrized tests.

The table (`tests/golden/zh.json`) lists news sentences, simplified and traditional, each with
the attributions it must yield; the style follows pySBD's golden rules (Sadvilkar & Neumann,
2020). A prediction matches an expected attribution when its source text and cue texts are
equal, its content overlaps by Dice >= 0.8, and kind, stance (and via, certainty, parent when
given) agree.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import content_chars

import sayso
from sayso.model import Attribution

TABLE = json.loads((Path(__file__).parent / "golden" / "zh.json").read_text(encoding="utf-8"))
CASES = TABLE["cases"]


def _chars(spans) -> set[int]:
    return {i for s in spans for i in range(s.start, s.end)}


def _dice(a: set[int], b: set[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def matches(text: str, exp: dict, att: Attribution, found: list[Attribution | None]) -> bool:
    src = att.source.text if att.source else None
    if src != exp["source"]:
        return False
    if [c.text for c in att.cue] != exp["cue"]:
        return False
    if _dice(_chars(att.content), content_chars(text, exp["content"])) < 0.8:
        return False
    if att.kind != exp["kind"] or att.stance != exp["stance"]:
        return False
    if "via" in exp and [v.text for v in att.via] != exp["via"]:
        return False
    if "certainty" in exp and att.certainty != exp["certainty"]:
        return False
    if "parent" in exp:
        parent = found[exp["parent"]]
        if parent is None or att.parent != parent.id:
            return False
    return True


def _describe(atts: list[Attribution]) -> str:
    return "\n".join(
        f"  {a.id}: source={a.source.text if a.source else None!r} cue={[c.text for c in a.cue]} "
        f"content={[c.text for c in a.content]} kind={a.kind} stance={a.stance} "
        f"via={[v.text for v in a.via]} certainty={a.certainty} parent={a.parent}"
        for a in atts)


def test_table_size_and_coverage():
    assert len(CASES) >= 80
    assert sum(c["script"] == "Hant" for c in CASES) >= 15
    assert all(c["origin"] for c in CASES)


def test_rows_from_the_news_corpus_are_real_tune_sentences():
    """Issue #10: >= 60 rows from the zh-news corpus, every error class 1-8, >= 20 traditional,
    each sentence verbatim in a TUNE article (never a test one)."""
    corpus = Path(__file__).parent.parent / "evaldata" / "zh-news"
    tune = {p.stem: p.read_text(encoding="utf-8") for p in (corpus / "tune").glob("*.txt")}
    test = [p.read_text(encoding="utf-8") for p in (corpus / "test").glob("*.txt")]
    rows = [c for c in CASES if c["id"].startswith("zh-news-")]
    assert len(rows) >= 60
    assert sum(c["script"] == "Hant" for c in rows) >= 20
    assert {c["class"] for c in rows} >= set(range(1, 9))
    for c in rows:
        article = c["origin"].split(",")[0].split("/")[-1].strip()
        assert c["text"] in tune[article], c["id"]
        assert not any(c["text"] in text for text in test), c["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden(case):
    text = case["text"]
    atts = sayso.analyze(text, language="zh").attributions
    found: list[Attribution | None] = []
    used: set[str] = set()
    for exp in case["expect"]:
        hit = next((a for a in atts if a.id not in used and matches(text, exp, a, found)),
                   None)
        assert hit is not None, (
            f"{case['pattern']}: expected {exp}\n in {text}\n got:\n{_describe(atts)}")
        used.add(hit.id)
        found.append(hit)
    if case["exhaustive"]:
        extra = [a for a in atts if a.id not in used]
        assert not extra, f"{case['pattern']}: unexpected\n{_describe(extra)}\n in {text}"


def test_round12_convention_rows_are_verbatim_in_their_open_article():
    """The zhconv12-* rows (ANNOTATION.md conventions, round 12) come from zh-news tune or test
    half A articles: each text must be verbatim in the article its origin names."""
    corpus = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news"
    rows = [c for c in CASES if c["id"].startswith("zhconv12-")]
    assert len(rows) >= 7
    for c in rows:
        article = c["origin"].split(" ")[0].split("/")[-1]
        found = [p for d in ("tune", "test") for p in (corpus / d).glob(f"{article}.txt")]
        assert found, c["id"]
        assert c["text"] in found[0].read_text(encoding="utf-8"), c["id"]
