"""Gold loading: locating sayso gold strings, brat parsing, folder layouts, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EN_DEV, ZH_DEV, assert_valid

from sayso.cli import main
from sayso.errors import InputError
from sayso.eval.command import read_document
from sayso.eval.gold import (
    BRAT,
    SAYSO,
    as_analysis,
    clean_markup,
    discover,
    locate_content,
    locate_near,
    locate_sections,
    parse_brat,
)
from sayso.eval.score import score_document
from sayso.model import Document

TEXT = ("Stealth Over Health\n"
        "The New York Post reports that Hillary Clinton's team avoided the emergency room.\n"
        "“One of the things I am surprised about,” Caddell said, “is the health issue.”\n"
        "The campaign declined to comment, aides said.\n")


def brat_folder(tmp_path: Path, ann: str, text: str = TEXT, name: str = "story") -> Path:
    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    (tmp_path / f"{name}.ann").write_text(ann, encoding="utf-8")
    return tmp_path


def span_line(tid: str, label: str, text: str, *needles: str) -> str:
    parts = []
    for n in needles:
        i = text.index(n)
        parts.append((i, i + len(n)))
    offsets = ";".join(f"{s} {e}" for s, e in parts)
    return f"{tid}\t{label} {offsets}\t{' '.join(needles)}"


def sample_ann(text: str = TEXT) -> str:
    return "\n".join([
        span_line("T1", "Source", text, "The New York Post"),
        span_line("T2", "Cue", text, "reports"),
        span_line("T3", "Content", text,
                  "that Hillary Clinton's team avoided the emergency room."),
        span_line("T4", "Attribution", text, "reports"),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        span_line("T5", "Content", text, "One of the things I am surprised about,",
                  "is the health issue."),
        span_line("T6", "Source", text, "Caddell"),
        span_line("T7", "Cue", text, "said"),
        span_line("T8", "Attribution", text, "said"),
        "E2\tAttribution:T8 Source:T6 Cue:T7 Content:T5",
        span_line("T9", "Content", text, "The campaign declined to comment"),
        span_line("T10", "Cue", text, "aides said"),
        span_line("T11", "Attribution-no-source", text, "aides said"),
        "E3\tAttribution-no-source:T11 Content:T9 Cue:T10",
        span_line("T12", "Discard", text, "Stealth Over Health"),
        "",
    ])


def test_parse_brat_discontinuous_and_no_source(tmp_path):
    brat = parse_brat(sample_ann())
    assert brat.spans["T5"].parts == [(TEXT.index("One"), TEXT.index("about,") + 6),
                                      (TEXT.index("is the"), TEXT.index("issue.") + 6)]
    assert [e.type for e in brat.events] == ["Attribution", "Attribution", "Attribution-no-source"]
    case = discover(brat_folder(tmp_path, sample_ann()))[0]
    gold = case.load(read_document(case))
    assert gold.scheme == BRAT and len(gold.attributions) == 3
    direct = gold.attributions[1]
    assert [c.text for c in direct.content] == ["One of the things I am surprised about,",
                                                "is the health issue."]
    assert direct.source.text == "Caddell"
    nosource = gold.attributions[2]
    assert nosource.source is None and not nosource.has_source
    assert [c.text for c in nosource.cue] == ["aides said"]


def test_brat_crlf_offsets_are_mapped(tmp_path):
    crlf = TEXT.replace("\n", "\r\n")
    folder = brat_folder(tmp_path, sample_ann(crlf), text=crlf)
    case = discover(folder)[0]
    doc = read_document(case)
    assert "\r" not in doc.text
    gold = case.load(doc)
    assert gold.attributions[1].content[1].text == "is the health issue."
    perfect = as_analysis(gold, doc)
    assert score_document(gold, perfect).attribution.f1 == 1.0


def test_brat_text_mismatch_is_a_clear_error(tmp_path):
    ann = sample_ann().replace("\tThe New York Post", "\tThe Washington Post")
    case = discover(brat_folder(tmp_path, ann))[0]
    with pytest.raises(InputError) as info:
        case.load(read_document(case))
    assert "T1" in info.value.problem and "does not match" in info.value.problem


def test_malformed_brat_line_is_an_input_error():
    with pytest.raises(InputError, match="line 1"):
        parse_brat("T1\tSource twelve 15\tsomething")


def test_polnear_layout_uses_first_annotator(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "nyt_story.txt").write_text(TEXT, encoding="utf-8")
    full = sample_ann()
    first_two = "\n".join(line for line in full.splitlines()
                          if not line.startswith(("E3", "T9", "T10", "T11")))
    (tmp_path / "attributions" / "nyt_story_ef2d.ann").write_text(full, encoding="utf-8")
    (tmp_path / "attributions" / "nyt_story_4b22.ann").write_text(first_two, encoding="utf-8")
    cases = discover(tmp_path)
    assert len(cases) == 1 and cases[0].gold_path.name == "nyt_story_4b22.ann"
    gold = cases[0].load(read_document(cases[0]))
    assert len(gold.attributions) == 2


def test_discover_rejects_folder_without_gold(tmp_path):
    (tmp_path / "notes.txt").write_text("nothing here", encoding="utf-8")
    with pytest.raises(InputError, match="no gold found"):
        discover(tmp_path)


def test_locate_content_in_order_of_appearance():
    text = "他说，会谈很顺利。记者问他是否满意，他说，会谈很顺利。"
    first, _ = locate_content(text, ["会谈很顺利"], 0)
    second, _ = locate_content(text, ["会谈很顺利"], first[0].start + 1)
    assert first[0].start == 3 and second[0].start == text.rindex("会谈很顺利")
    missing_spans, missing = locate_content(text, ["没有这句话"], 0)
    assert missing_spans == [] and missing == ["没有这句话"]


def test_source_is_located_nearest_its_content():
    text = "他说，会谈很顺利。\n记者问他是否满意，他说，双方都满意。"
    content, _ = locate_content(text, ["双方都满意"], 0)
    src = locate_near(text, "他", content)
    assert src.start == text.rindex("他说")
    cue = locate_near(text, "说", content)
    assert cue.start == text.rindex("说")


def test_sections_located_after_removing_markdown():
    text = ("特评：郭先生在刚刚结束的直播中透露，普京个人还是结束了。\n\n"
            "参考链接：\n\nhttps://www.zerohedge.com/geopolitical/kremlin-talks\n\n"
            "ROL Foundation\n\nPrivacy Policy")
    gold = [
        {"kind": "commentary", "starts_with": "**特评：**", "ends_with": "还是结束了。"},
        {"kind": "references", "starts_with": "参考链接：",
         "ends_with": "geopolitical/kremlin-talks)"},
        {"kind": "navigation", "starts_with": "- [ROL Foundation]",
         "ends_with": "(https://gnews.org/privacy-policy/)"},
    ]
    sections, problems = locate_sections(text, gold)
    assert problems == []
    got = [(s.kind, text[s.start:s.end]) for s in sections]
    assert got[0] == ("commentary", "特评：郭先生在刚刚结束的直播中透露，普京个人还是结束了。")
    assert got[1][1].endswith("kremlin-talks")
    assert got[2] == ("navigation", "ROL Foundation\n\nPrivacy Policy")
    assert clean_markup("[ROL Foundation](https://rolfoundation.org/)") == "ROL Foundation"


@pytest.mark.skipif(not ZH_DEV.exists(), reason="shared/eval not available")
def test_zh_dev_gold_located_and_perfect_prediction_scores_one():
    cases = discover(ZH_DEV)
    assert len(cases) == 7 and all(c.scheme == SAYSO for c in cases)
    scored = optional = 0
    for case in cases:
        doc = read_document(case)
        gold = case.load(doc)
        assert not [p for p in gold.problems if "not found" in p], gold.problems
        s = score_document(gold, as_analysis(gold, doc))
        assert s.attribution.f1 == 1.0 and s.speaker.f1 == 1.0
        assert s.spans["content"].f1 == 1.0
        scored += s.attribution.n_gold
        optional += sum(g.optional for g in gold.attributions)
    assert (scored, optional) == (86, 30)  # the counts shared/eval/README.md states


@pytest.mark.skipif(not EN_DEV.exists(), reason="shared/eval not available")
def test_polnear_dev_reads_every_article():
    cases = discover(EN_DEV)
    assert len(cases) == len(list((EN_DEV / "text").glob("*.txt")))
    case = next(c for c in cases if c.id.startswith("politico_2016-09-08_flynn"))
    assert case.gold_path.name.endswith("_4b22.ann")  # first of six annotators, sorted
    gold = case.load(read_document(case))
    assert gold.attributions and all(g.content for g in gold.attributions)


def test_cli_eval_json_on_brat_folder(tmp_path, capsys):
    folder = brat_folder(tmp_path, sample_ann())
    assert main(["eval", str(folder), "--json", "--by-doc"]) == 0
    out = json.loads(capsys.readouterr().out)
    s = out["sets"][0]
    assert s["documents"] == 1 and s["attribution"]["gold"] == 3
    assert s["by_doc"][0]["id"] == "story"


def test_cli_eval_bad_path_is_one_line(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no such file" in err[0]


def test_as_analysis_is_valid_document(tmp_path):
    case = discover(brat_folder(tmp_path, sample_ann()))[0]
    doc = read_document(case)
    a = as_analysis(case.load(doc), Document(text=doc.text))

    assert_valid(a)


@pytest.mark.skipif(not ZH_DEV.exists(), reason="shared/eval not available")
def test_cli_eval_zh_dev_end_to_end(capsys):
    """The real pipeline over the Chinese dev set: counts from the gold, whatever the scores."""
    assert main(["eval", str(ZH_DEV), "--json", "--by-doc"]) == 0
    s = json.loads(capsys.readouterr().out)["sets"][0]
    assert s["documents"] == 7 and s["attribution"]["gold"] == 86
    assert s["sections"]["total"] == 24  # the gold section lists of the seven articles
    assert s["provenance"]["dateline"]["total"] == 6
    assert sum(d["attribution"]["gold"] for d in s["by_doc"]) == 86
    assert s["errors"] == []


def test_cli_eval_max_docs(tmp_path, capsys):
    for name in ("a", "b", "c"):
        brat_folder(tmp_path, sample_ann(), name=name)
    assert main(["eval", str(tmp_path), "--json", "--max-docs", "2", "--by-doc"]) == 0
    s = json.loads(capsys.readouterr().out)["sets"][0]
    assert [d["id"] for d in s["by_doc"]] == ["a", "b"]


def test_sayso_gold_tolerates_odd_entries(tmp_path):
    text = "外交部发言人秦刚说，中方对此表示严重关切。"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({
        "text_file": "a.txt", "sections": {"kind": "body"},
        "provenance": {"dateline": {"text": "新华社北京电"}, "credits": "新华社 (Xinhua)"},
        "attributions": ["not an attribution", {
            "source": "外交部发言人秦刚", "speaker": "秦刚", "cue": "说",
            "content": "中方对此表示严重关切", "via": None}],
    }, ensure_ascii=False), encoding="utf-8")
    case = discover(tmp_path)[0]
    gold = case.load(read_document(case))
    assert gold.problems == ["attribution 0: not an object, skipped"]
    (g,) = gold.attributions
    assert (g.source.text, g.speaker, [c.text for c in g.cue]) == ("外交部发言人秦刚", ["秦刚"], ["说"])
    assert main(["eval", str(tmp_path), "--json"]) == 0


def test_unreadable_gold_is_one_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{not json", encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unreadable gold file" in err[0]


def test_cli_baseline_shows_changes(tmp_path, capsys):
    (tmp_path / "gold").mkdir()
    folder = brat_folder(tmp_path / "gold", sample_ann())
    assert main(["eval", str(folder), "--json"]) == 0
    saved = json.loads(capsys.readouterr().out)
    saved["sets"][0]["attribution"]["recall"] += 0.25
    base = tmp_path / "base.json"
    base.write_text(json.dumps(saved), encoding="utf-8")
    assert main(["eval", str(folder), "--baseline", str(base)]) == 0
    out = capsys.readouterr().out
    assert "(-25.0)" in out and "(+0.0)" in out
    base.write_text("[]", encoding="utf-8")
    assert main(["eval", str(folder), "--baseline", str(base)]) == 2


def test_brat_span_text_with_line_break_continues_on_next_line(tmp_path):
    text = "Officials said the plan\n\nwould be announced soon.\n"
    s, e = text.index("the plan"), text.index(" soon")
    ann = (f"T1\tCue 10 14\tsaid\nT2\tContent {s} {e}\tthe plan\n\nwould be announced\n"
           "T3\tAttribution-no-source 10 14\tsaid\n"
           "E1\tAttribution-no-source:T3 Cue:T1 Content:T2\n")
    assert parse_brat(ann).spans["T2"].text == "the plan\nwould be announced"
    case = discover(brat_folder(tmp_path, ann, text=text))[0]
    gold = case.load(read_document(case))
    assert gold.attributions[0].content[0].text == "the plan\n\nwould be announced"
