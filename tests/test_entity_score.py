"""Entity scorer on small hand-made cases: perfect, all singletons, all merged, a type error."""

from __future__ import annotations

import pytest

from sayso.eval.entity_score import (
    BCubed,
    load_entity_gold,
    locate_mentions,
    predicted_mentions,
    score_entities,
)
from sayso.model import Analysis, Attribution, Document, Entity, EntitySpan, Span

TEXT = ("Barack Obama said on Monday that the deal was fair. "
        "Mr Obama added that he would sign it. "
        "Whole Foods Market said prices would fall, a spokesman said. "
        "Obama later said he was tired.")

GOLD = {"entities": [
    {"name": "Barack Obama", "type": "person",
     "mentions": ["Barack Obama", "Mr Obama", "he", "Obama", "he"]},
    {"name": "Whole Foods Market", "type": "organization", "mentions": ["Whole Foods Market"]},
    {"name": "unnamed spokesman", "type": "unnamed", "mentions": ["a spokesman"]},
]}


def _span(text: str, s: str, entity: str | None, after: int = 0) -> EntitySpan:
    start = text.index(s, after)
    return EntitySpan.at(text, start, start + len(s), entity)


def _attr(i: int, source: EntitySpan) -> Attribution:
    cue = Span(source.end, source.end + 1, TEXT[source.end:source.end + 1])
    return Attribution(f"a{i}", source, [cue], [])


def _analysis(entity_of: dict[str, str], types: dict[str, str]) -> Analysis:
    """Sources: Barack Obama, Mr Obama, he (2nd sentence), Whole Foods Market, a spokesman,
    Obama (last sentence); `entity_of` maps each source string to a predicted entity id."""
    doc = Document(TEXT)
    sources = [("Barack Obama", 0), ("Mr Obama", 0), ("he", TEXT.index("Mr Obama")),
               ("Whole Foods Market", 0), ("a spokesman", 0), ("Obama", TEXT.index("later") - 6)]
    attrs = [_attr(i, _span(TEXT, s, entity_of[s], after)) for i, (s, after) in enumerate(sources)]
    ents = [Entity(eid, types[eid], eid) for eid in sorted(set(entity_of.values()))]
    return Analysis(doc, ents, attrs)


def _gold():
    return load_entity_gold(GOLD, TEXT)


def test_gold_mentions_are_located_in_order():
    obama = _gold()[0]
    hes = [m.start for m in obama.mentions if m.text == "he"]
    assert hes == [TEXT.index("he would"), TEXT.index("he was")]
    assert obama.mentions[3].start == TEXT.index("Obama later")


def test_missing_mention_fails_loudly():
    with pytest.raises(ValueError, match="'Michelle' not found at all"):
        locate_mentions(TEXT, ["Michelle"])
    with pytest.raises(ValueError, match="after offset"):
        locate_mentions(TEXT, ["Obama later", "Barack Obama"])
    with pytest.raises(ValueError, match="not at offset"):
        locate_mentions(TEXT, [{"text": "he", "start": 0}])


def test_perfect_prediction_scores_one():
    ids = {"Barack Obama": "e1", "Mr Obama": "e1", "he": "e1", "Obama": "e1",
           "Whole Foods Market": "e2", "a spokesman": "e3"}
    s = score_entities(_gold(), _analysis(ids, {"e1": "person", "e2": "organization",
                                                "e3": "unnamed"}))
    # 6 sources; the last "he" is not a source and the alias search skips pronouns.
    assert (s.mention_tp, s.n_pred, s.n_gold) == (6, 6, 7)
    assert s.source_precision == 1.0
    assert s.type_accuracy == 1.0
    assert s.coref.precision == s.coref.recall == s.coref.f1 == 1.0
    assert s.speakers.f1 == 1.0 and s.speakers.n == 6


def test_all_singletons_keep_precision_and_lose_recall():
    ids = {k: f"s{i}" for i, k in enumerate(
        ["Barack Obama", "Mr Obama", "he", "Obama", "Whole Foods Market", "a spokesman"])}
    types = {v: "person" for v in ids.values()} | {"s4": "organization", "s5": "unnamed"}
    s = score_entities(_gold(), _analysis(ids, types))
    assert s.coref.precision == 1.0
    # Obama's 4 matched mentions each see 1 of 4; the two others are whole: (4*.25+2)/6.
    assert s.coref.recall == pytest.approx(0.5)
    assert s.speakers.recall == pytest.approx(0.5)


def test_all_merged_keeps_recall_and_loses_precision():
    ids = dict.fromkeys(
        ["Barack Obama", "Mr Obama", "he", "Obama", "Whole Foods Market", "a spokesman"], "e1")
    s = score_entities(_gold(), _analysis(ids, {"e1": "person"}))
    assert s.coref.recall == 1.0
    # Obama mentions: 4/6 each; the other two: 1/6 each -> (4*4/6 + 2/6)/6.
    assert s.coref.precision == pytest.approx((16 / 6 + 2 / 6) / 6)
    assert s.type_accuracy == pytest.approx(1 / 3)


def test_company_typed_person_is_a_type_error():
    ids = {"Barack Obama": "e1", "Mr Obama": "e1", "he": "e1", "Obama": "e1",
           "Whole Foods Market": "e2", "a spokesman": "e3"}
    s = score_entities(_gold(), _analysis(ids, {"e1": "person", "e2": "person",
                                                "e3": "unnamed"}))
    assert s.type_accuracy == pytest.approx(2 / 3)
    assert s.type_errors == [("Whole Foods Market", "organization", "person")]
    assert s.coref.f1 == 1.0


def test_fragment_source_is_a_false_mention():
    """A source across a heading ("Kenya He") overlaps the gold pronoun but only once."""
    text = "Trouble in Kenya\nHe said the vote was rigged."
    gold = load_entity_gold({"entities": [
        {"name": "unknown man", "type": "person", "mentions": ["He"]}]}, text)
    src = EntitySpan.at(text, text.index("Kenya"), text.index(" said"), "e1")
    a = Analysis(Document(text), [Entity("e1", "person", "Kenya He", ["Kenya He"])],
                 [Attribution("a1", src, [], [])])
    s = score_entities(gold, a)
    assert (s.mention_tp, s.n_pred, s.n_gold) == (0, 1, 1)
    assert s.speakers.n == 0


def test_short_name_inside_long_gold_mention_matches():
    text = "President Barack Obama said no."
    gold = load_entity_gold({"entities": [
        {"name": "Barack Obama", "type": "person", "mentions": ["President Barack Obama"]}]}, text)
    src = EntitySpan.at(text, text.index("Obama"), text.index(" said"), "e1")
    a = Analysis(Document(text), [Entity("e1", "person", "Obama")],
                 [Attribution("a1", src, [], [])])
    s = score_entities(gold, a)
    assert s.mention_tp == 1 and s.speakers.n == 1


def test_aliases_are_searched_but_pronoun_aliases_are_not():
    a = _analysis({"Barack Obama": "e1", "Mr Obama": "e1", "he": "e1", "Obama": "e1",
                   "Whole Foods Market": "e2", "a spokesman": "e3"},
                  {"e1": "person", "e2": "organization", "e3": "unnamed"})
    a.attributions = a.attributions[:1]
    a.entities[0].aliases = ["Barack Obama", "Obama", "he"]
    found = [(a.document.text[m.start:m.end], m.source) for m in predicted_mentions(a)]
    assert found == [("Barack Obama", True), ("Obama", False), ("Obama", False)]


def test_bcubed_by_hand():
    b = BCubed()
    b.add_clusters(["x", "x", "y"], [1, 2, 2])
    # items: x1 p=1 r=1/2; x2 p=1/2 r=1/2; y2 p=1/2 r=1
    assert b.precision == pytest.approx(2 / 3)
    assert b.recall == pytest.approx(2 / 3)


def test_every_corpus_gold_file_locates_in_the_text_sayso_reads():
    """The entity corpus (evaldata/entities) stays loadable: each mention found in order."""
    import json
    from pathlib import Path

    from sayso.read import read_path

    root = Path(__file__).resolve().parent.parent / "evaldata" / "entities"
    golds = sorted(root.glob("*/*.entities.json"))
    assert len(golds) >= 32
    for g in golds:
        spec = json.loads(g.read_text(encoding="utf-8"))
        text = read_path(g.parent / spec["text_file"])[0].text
        entities = load_entity_gold(spec, text)
        assert all(text[m.start:m.end] == m.text for e in entities for m in e.mentions), g.name
