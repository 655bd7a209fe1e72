from sayso.model import (
    Analysis,
    Attribution,
    Document,
    Entity,
    EntitySpan,
    Provenance,
    Section,
    Span,
    validate,
)


def _sample() -> Analysis:
    text = "外交部发言人秦刚说：“中方坚决反对。”"
    doc = Document(text=text, id="t1", language="zh", script="Hans",
                   sections=[Section("body", 0, len(text))], provenance=Provenance())
    src = EntitySpan.at(text, 0, 8, "e1")
    att = Attribution(id="a1", source=src, cue=[Span.at(text, 8, 9)],
                      content=[Span.at(text, 11, len(text) - 1)], kind="direct")
    ent = Entity("e1", "person", "Qin Gang", ["秦刚", "外交部发言人秦刚"], ["外交部发言人"])
    return Analysis(doc, [ent], [att])


def test_json_round_trip_is_exact():
    a = _sample()
    again = Analysis.from_json(a.to_json())
    assert again.to_dict() == a.to_dict()
    assert again.attributions[0].content[0].text == "中方坚决反对。"


def test_contract_keys_in_order():
    d = _sample().to_dict()
    assert list(d) == ["schema", "document", "entities", "attributions"]
    assert list(d["document"]) == ["id", "title", "language", "script", "url", "published",
                                   "text", "sections", "provenance"]
    assert list(d["attributions"][0]) == [
        "id", "source", "cue", "content", "kind", "via", "parent", "stance", "target",
        "certainty", "hedges", "section", "evidence"]


def test_validate_catches_bad_span_and_gap():
    a = _sample()
    assert validate(a) == []
    a.attributions[0].cue[0] = Span(8, 9, "称")
    a.document.sections = [Section("body", 1, len(a.document.text))]
    problems = validate(a)
    assert any("!= document text" in p for p in problems)
    assert any("does not follow" in p for p in problems)
