"""Properties of the scorer over random gold and predictions (hypothesis, modest sizes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sayso.eval.gold import SAYSO, GoldAttribution, GoldDocument, as_analysis
from sayso.eval.score import score_document
from sayso.model import Analysis, Attribution, Document, Span

TEXT = ("佩斯科夫说，会谈取得了进展。库莱巴表示，乌克兰不会放弃领土。据悉，双方将于下周再次会面。"
        "The minister said the talks would resume on Monday, officials said. ") * 2
N = len(TEXT)

spans = st.tuples(st.integers(0, N - 1), st.integers(1, 40)).map(
    lambda t: Span.at(TEXT, t[0], min(N, t[0] + t[1])))
items = st.tuples(st.lists(spans, min_size=1, max_size=2), st.booleans(), st.booleans())


def make_gold(raw: list[tuple[list[Span], bool, bool]]) -> GoldDocument:
    out = []
    for content, optional, has_source in raw:
        src = Span.at(TEXT, 0, 4) if has_source else None
        out.append(GoldAttribution(src, [Span.at(TEXT, 4, 5)], sorted(content, key=lambda s: s.start),
                                   speaker=["佩斯科夫"], optional=optional, has_source=has_source,
                                   source_text=src.text if src else None))
    return GoldDocument("p", SAYSO, out)


def make_preds(raw: list[list[Span]]) -> Analysis:
    return Analysis(Document(text=TEXT), [], [
        Attribution(f"a{i}", None, [], sorted(c, key=lambda s: s.start))
        for i, c in enumerate(raw, 1)])


@settings(max_examples=60, deadline=None)
@given(st.lists(items, max_size=6))
def test_gold_as_prediction_is_perfect(raw):
    gold = make_gold(raw)
    s = score_document(gold, as_analysis(gold, Document(text=TEXT)))
    scored = sum(not o for _, o, _ in raw)
    assert s.attribution.n_gold == scored
    # overlapping gold items can compete for one prediction, but never lose a perfect copy
    assert s.attribution.tp == scored
    assert s.spurious == [] and s.missed == []


@settings(max_examples=80, deadline=None)
@given(st.lists(items, max_size=6), st.lists(st.lists(spans, min_size=1, max_size=2), max_size=6))
def test_counts_are_consistent(graw, praw):
    gold = make_gold(graw)
    analysis = make_preds(praw)
    s = score_document(gold, analysis)
    a = s.attribution
    assert 0 <= a.tp <= min(a.n_pred, a.n_gold)
    assert a.n_pred + len(s.dropped_pred) == len(praw)
    assert a.tp + len(s.missed) == a.n_gold
    assert a.tp + len(s.spurious) == a.n_pred
    assert len({p.pred for p in s.pairs}) == len(s.pairs) == a.tp  # one-to-one
    assert all(p.dice >= 0.5 for p in s.pairs)
    assert s.speaker.tp <= a.tp
    for prf in (a, s.speaker, *s.spans.values()):
        assert 0.0 <= prf.f1 <= 1.0


@settings(max_examples=60, deadline=None)
@given(st.lists(items, max_size=5), st.lists(st.lists(spans, min_size=1, max_size=2), max_size=5),
       st.lists(spans, min_size=1, max_size=2))
def test_an_extra_prediction_never_raises_precision_nor_lowers_recall(graw, praw, extra):
    """Greedy matching by weight is a stable matching: a new prediction leaves every matched
    gold item matched (Gale & Shapley 1962), so recall cannot drop."""
    gold = make_gold(graw)
    before = score_document(gold, make_preds(praw)).attribution
    after = score_document(gold, make_preds([*praw, extra])).attribution
    assert after.tp >= before.tp
    assert after.recall >= before.recall
    if after.tp == before.tp and after.n_pred > before.n_pred:
        assert after.precision <= before.precision
