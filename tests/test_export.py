"""Annotation round trip: analyse -> export (brat / Label Studio) -> read back as gold -> eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EN_DEV, REFERENCE, ZH_DEV, assert_valid

from sayso.cli import main
from sayso.eval.command import read_document
from sayso.eval.gold import discover, parse_brat
from sayso.eval.score import score_document
from sayso.export import brat_ann, labelstudio_task, write_brat
from sayso.model import Analysis, Attribution, Document, Entity, EntitySpan, Span

TEXT = "据彭博社报道，俄罗斯已经支付了两笔美元债券的利息。佩斯科夫告诉法新社：“谈判仍在继续。”"


def at(text: str, needle: str) -> Span:
    i = text.index(needle)
    return Span.at(text, i, i + len(needle))


def hand_made() -> Analysis:
    """Two attributions: a discontinuous cue (据…报道) without source, and one with a via."""
    src = at(TEXT, "佩斯科夫")
    via = at(TEXT, "法新社")
    return Analysis(
        Document(text=TEXT, id="hand made/1", language="zh"),
        [Entity("e1", "person", "Dmitry Peskov", ["佩斯科夫"]),
         Entity("e2", "outlet", "AFP", ["法新社"])],
        [Attribution("a1", EntitySpan(*_parts(at(TEXT, "彭博社"))), [at(TEXT, "据"),
                     at(TEXT, "报道")], [at(TEXT, "俄罗斯已经支付了两笔美元债券的利息")],
                     certainty="reported"),
         Attribution("a2", EntitySpan(*_parts(src), "e1"), [at(TEXT, "告诉")],
                     [at(TEXT, "谈判仍在继续。")], kind="direct",
                     via=[EntitySpan(*_parts(via), "e2")])],
    )


def _parts(s: Span) -> tuple[int, int, str]:
    return s.start, s.end, s.text


def test_brat_lines_follow_polnear_conventions():
    ann = brat_ann(hand_made())
    brat = parse_brat(ann)
    cue = next(t for t in brat.spans.values() if t.type == "Cue")
    assert cue.parts == [(0, 1), (4, 6)] and cue.text == "据 报道"
    first = brat.events[0]
    assert first.type == "Attribution"
    assert brat.spans[first.trigger].parts == [(0, 1)]  # the trigger sits on the first cue
    roles = [r for r, _ in brat.events[1].args]
    assert roles == ["Source", "Cue", "Content", "Via"]
    assert brat.attributes["E1"] == {"Kind": "indirect", "Stance": "assert",
                                     "Certainty": "reported"}


def test_no_source_event_type():
    a = hand_made()
    a.attributions[0].source = None
    brat = parse_brat(brat_ann(a))
    assert brat.events[0].type == "Attribution-no-source"
    assert "Source" not in [r for r, _ in brat.events[0].args]


def test_hand_made_round_trip_scores_one(tmp_path):
    analysis = hand_made()
    assert write_brat([analysis], tmp_path) == 1
    assert (tmp_path / "annotation.conf").exists()
    case = discover(tmp_path)[0]
    assert case.id == "hand_made_1"
    doc = read_document(case)
    assert doc.text == TEXT
    gold = case.load(doc)
    s = score_document(gold, analysis)
    assert s.attribution.f1 == 1.0 and s.speaker.f1 == 1.0
    assert all(s.spans[k].f1 == 1.0 for k in ("source", "cue", "content"))
    assert s.via.value == 1.0 and s.accuracy["certainty"].value == 1.0


@pytest.mark.skipif(not ZH_DEV.exists(), reason="shared/eval not available")
def test_reference_article_round_trip_by_hand(tmp_path):
    """The reference article's gold as a prediction, exported and read back, scores 1.0."""
    from sayso.eval.gold import as_analysis

    case = next(c for c in discover(ZH_DEV) if c.id == "gnews-2181912")
    doc = read_document(case)
    analysis = assert_valid(as_analysis(case.load(doc), doc))
    assert len(analysis.attributions) == 49
    write_brat([analysis], tmp_path)
    back = discover(tmp_path)[0]
    gold = back.load(read_document(back))
    s = score_document(gold, analysis)
    assert (s.attribution.tp, s.attribution.f1) == (49, 1.0)
    assert all(s.spans[k].f1 == 1.0 for k in ("source", "cue", "content"))
    assert s.via.total == 5 and s.via.value == 1.0  # the five via strings of the gold


def _round_trip_cli(source: Path, out: Path, capsys, fmt: str = "brat") -> dict:
    assert main(["export", "--format", fmt, str(source), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["eval", str(out), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["sets"][0]


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared/eval not available")
def test_real_pipeline_round_trip_reference(tmp_path, capsys):
    """analyze -> export brat -> eval: the predictions are their own gold."""
    s = _round_trip_cli(REFERENCE, tmp_path, capsys)
    assert s["attribution"]["pred"] == s["attribution"]["gold"]
    if s["attribution"]["gold"]:
        assert s["attribution"]["f1"] == 1.0 and s["speaker"]["f1"] == 1.0
        assert all(s["exact_spans"][k]["f1"] == 1.0 for k in ("source", "cue", "content"))
        assert s["via_recall"]["value"] == 1.0 and s["accuracy"]["stance"]["value"] == 1.0


@pytest.mark.skipif(not EN_DEV.exists(), reason="shared/eval not available")
@pytest.mark.parametrize("fmt", ["brat", "labelstudio"])
def test_real_pipeline_round_trip_english(tmp_path, capsys, fmt):
    text = sorted((EN_DEV / "text").glob("nyt_*.txt"))[0]
    s = _round_trip_cli(text, tmp_path, capsys, fmt)
    assert s["attribution"]["pred"] == s["attribution"]["gold"]
    if s["attribution"]["gold"]:
        assert s["attribution"]["f1"] == 1.0 and s["speaker"]["f1"] == 1.0
        assert all(s["exact_spans"][k]["f1"] == 1.0 for k in ("source", "cue", "content"))


def test_labelstudio_task_regions_and_relations():
    task = labelstudio_task(hand_made(), 7)
    assert task["id"] == 7 and task["data"]["text"] == TEXT
    result = task["predictions"][0]["result"]
    regions = {r["id"]: r for r in result if r["type"] == "labels"}
    for r in regions.values():
        v = r["value"]
        assert TEXT[v["start"]:v["end"]] == v["text"]
    labels = [r["value"]["labels"][0] for r in regions.values()]
    assert labels.count("Cue") == 3 and labels.count("Source") == 2 and labels.count("Via") == 1
    relations = [r for r in result if r["type"] == "relation"]
    assert all(r["from_id"] in regions and r["to_id"] in regions for r in relations)
    assert {r["labels"][0] for r in relations} == {"source", "cue", "content", "via"}
    # every relation starts at the first cue of its attribution
    assert {r["from_id"] for r in relations} == {"a1-cue0", "a2-cue0"}


def test_cli_export_labelstudio(tmp_path, capsys):
    article = tmp_path / "in" / "story.txt"
    article.parent.mkdir()
    article.write_text("The minister said the talks would resume on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", "--format", "labelstudio", str(article), "-o", str(out)]) == 0
    tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    assert len(tasks) == 1 and tasks[0]["data"]["text"].startswith("The minister said")
    assert (out / "labelstudio-config.xml").read_text(encoding="utf-8").startswith("<View>")


def test_cli_export_bad_input_is_one_line(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["export", str(empty), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no articles" in err[0]


def test_labelstudio_round_trip_scores_one(tmp_path):
    from sayso.export import write_labelstudio

    analysis = hand_made()
    write_labelstudio([analysis], tmp_path)
    cases = discover(tmp_path)
    assert [c.id for c in cases] == ["hand made/1"]
    doc = read_document(cases[0])
    assert doc.text == TEXT
    gold = cases[0].load(doc)
    assert [[c.text for c in g.cue] for g in gold.attributions] == [["据", "报道"], ["告诉"]]
    s = score_document(gold, analysis)
    assert s.attribution.f1 == 1.0 and s.speaker.f1 == 1.0 and s.via.value == 1.0
    assert all(s.spans[k].f1 == 1.0 for k in ("source", "cue", "content"))


def test_labelstudio_corrected_annotation_wins(tmp_path):
    """An annotator's correction (first annotation not cancelled) is the gold, not the
    prediction; a group without Content is reported, and UTF-16 offsets are understood."""
    text = "🙂 佩斯科夫说，会谈取得了进展。"
    src, cue, content = at(text, "佩斯科夫"), at(text, "说"), at(text, "会谈取得了进展")

    def region(rid, label, s, utf16=0):
        return {"id": rid, "type": "labels", "from_name": "label", "to_name": "text",
                "value": {"start": s.start + utf16, "end": s.end + utf16, "text": s.text,
                          "labels": [label]}}

    task = {"data": {"text": text}, "predictions": [{"result": [region("x", "Cue", cue)]}],
            "annotations": [
                {"was_cancelled": True, "result": []},
                {"result": [region("s", "Source", src, 1), region("c", "Cue", cue, 1),
                            region("t", "Content", content, 1), region("lone", "Cue", src, 1),
                            {"type": "relation", "from_id": "c", "to_id": "s"},
                            {"type": "relation", "from_id": "c", "to_id": "t"}]}]}
    path = tmp_path / "corrected.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    case = discover(path)[0]
    gold = case.load(read_document(case))
    assert len(gold.attributions) == 1
    g = gold.attributions[0]
    assert (g.source.text, [c.text for c in g.cue], [c.text for c in g.content]) == \
        ("佩斯科夫", ["说"], ["会谈取得了进展"])
    assert gold.problems == ["a group of 1 region(s) without Content, not scored"]
