"""`sayso eval --errors`: each error lands in the group its cause says, shown compactly."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from sayso.cli import main
from sayso.eval.errors import classify, errors_json, render_errors, sentence_bounds
from sayso.eval.gold import SAYSO, GoldAttribution, GoldCase, GoldDocument
from sayso.eval.results import EvalSet, Result
from sayso.eval.score import SetScore, score_document
from sayso.model import Analysis, Attribution, Document, Entity, EntitySpan, Section, Span

TEXT = ("外交部发言人秦刚说，中方对此表示严重关切。"
        "他还指出，美方应当停止干涉。"
        "佩斯科夫表示，会谈取得了进展。"
        "据悉，双方将于下周再次会面。"
        "分享到：微博 微信 他说这是导航。")


def at(needle: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(needle, i + 1)
    return Span.at(TEXT, i, i + len(needle))


def es(needle: str, entity: str | None = None) -> EntitySpan:
    s = at(needle)
    return EntitySpan(s.start, s.end, s.text, entity)


def gold() -> GoldDocument:
    return GoldDocument("t", SAYSO, [
        GoldAttribution(at("外交部发言人秦刚"), [at("说")], [at("中方对此表示严重关切")],
                        speaker=["Qin Gang", "秦刚"], source_text="外交部发言人秦刚"),
        GoldAttribution(at("他"), [at("指出")], [at("美方应当停止干涉")],
                        speaker=["Qin Gang", "秦刚"], source_text="他"),
        GoldAttribution(at("佩斯科夫"), [at("表示", 1)], [at("会谈取得了进展")],
                        speaker=["Dmitry Peskov", "佩斯科夫"], source_text="佩斯科夫"),
        GoldAttribution(None, [at("据悉")], [at("双方将于下周再次会面")], speaker=["anonymous"],
                        has_source=False),
    ])


def result(preds: list[Attribution], entities: list[Entity] | None = None,
           g: GoldDocument | None = None) -> Result:
    for n, a in enumerate(preds, 1):
        a.id = f"a{n}"
    nav = TEXT.index("分享到")
    doc = Document(text=TEXT, id="t", sections=[Section("body", 0, nav),
                                                 Section("navigation", nav, len(TEXT))])
    analysis = Analysis(doc, entities or [], preds)
    g = g or gold()
    case = GoldCase("t", Path("t.txt"), Path("t.gold.json"), SAYSO)
    return Result(case, analysis, g, score_document(g, analysis))


def groups_of(r: Result) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in classify(r):
        out[item.group] = out.get(item.group, 0) + 1
    return out


def test_each_cause_has_its_group():
    qin = Entity("e1", "person", "Qin Gang", ["秦刚"])
    biden = Entity("e2", "person", "Joe Biden", ["拜登"])
    preds = [
        # right: Qin Gang
        Attribution("p", es("外交部发言人秦刚", "e1"), [at("说")], [at("中方对此表示严重关切")]),
        # a duplicate of the first
        Attribution("p", es("外交部发言人秦刚", "e1"), [at("说")], [at("中方对此表示严重关切")]),
        # matched, but the pronoun resolved to the wrong person
        Attribution("p", es("他", "e2"), [at("指出")], [at("美方应当停止干涉")]),
        # too short: Dice 2*2/(2+7) < 0.5 -> wrong boundary on both sides
        Attribution("p", es("佩斯科夫"), [at("表示", 1)], [at("会谈")]),
        # in the navigation
        Attribution("p", es("他", "e1"), [at("说这是导航", 0)], [at("这是导航")]),
    ]
    preds[4].cue = [Span.at(TEXT, TEXT.index("说这是导航"), TEXT.index("说这是导航") + 1)]
    r = result(preds, [qin, biden])
    assert groups_of(r) == {
        "missed: wrong span boundary": 1,
        "missed: no cue found": 1,  # 据悉: no predicted cue in that sentence
        "spurious: duplicate of a matched prediction": 1,
        "spurious: wrong span boundary": 1,
        "spurious in non-body section": 1,
        "speaker: unresolved pronoun": 1,
    }


def test_cue_found_but_not_linked_and_no_source():
    preds = [Attribution("p", None, [at("说")], [at("中方对此表示严重关切")]),
             Attribution("p", es("佩斯科夫"), [at("据悉")], [at("美方应当停止干涉", 0)])]
    # the second prediction matches gold 1 with the wrong source; gold 3 keeps a cue in its
    # sentence (据悉) but no attribution there
    r = result(preds)
    groups = groups_of(r)
    assert groups["speaker: no source predicted"] == 1
    assert groups["speaker: wrong speaker"] == 1
    assert groups["missed: cue found, no attribution"] == 1


def test_render_is_compact_and_limited():
    r = result([])
    sets = [EvalSet("t", SetScore("t", [r.score]), [r])]
    console = Console(record=True, width=100)
    render_errors(sets, console, limit=2)
    out = console.export_text()
    assert "missed: no cue found (4)" in out
    assert "… 2 more" in out
    assert out.count("中方对此表示严重关切") == 1
    # no colours (a pipe): spans are bracketed instead
    assert "⟪外交部发言人秦刚⟫⟨说⟩，⟦中方对此表示严重关切⟧。" in out
    coloured = Console(record=True, width=100, force_terminal=True, color_system="truecolor")
    render_errors(sets, coloured, limit=1)
    styled = coloured.export_text(styles=True)
    assert "⟦" not in styled and "\x1b[" in styled
    data = errors_json(sets, limit=1)["groups"]
    assert data[0]["group"] == "missed: no cue found" and data[0]["count"] == 4
    assert data[0]["items"][0]["sentence"] == "外交部发言人秦刚说，中方对此表示严重关切。"


def test_sentence_bounds_stop_at_sentence_ends():
    s = TEXT.index("美方")
    lo, hi = sentence_bounds(TEXT, s, s + 4)
    assert TEXT[lo:hi] == "他还指出，美方应当停止干涉。"
    en = "He said so. The minister said the talks were over. Nobody else spoke."
    s = en.index("the talks")
    lo, hi = sentence_bounds(en, s, s + 9)
    assert en[lo:hi].strip() == "The minister said the talks were over."


def test_cli_errors_json(tmp_path, capsys):
    text = "The minister said the talks would resume on Monday.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    s = text.index("the talks")
    e = text.index(" on Monday")
    (tmp_path / "a.ann").write_text(
        f"T1\tSource 0 12\tThe minister\nT2\tCue 13 17\tsaid\n"
        f"T3\tContent {s} {e}\t{text[s:e]}\nT4\tAttribution 13 17\tsaid\n"
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n", encoding="utf-8")
    assert main(["eval", str(tmp_path), "--json", "--errors", "--limit", "1"]) == 0
    out = json.loads(capsys.readouterr().out)
    groups = out["error_analysis"]["groups"]
    assert isinstance(groups, list)
    for g in groups:
        assert len(g["items"]) <= 1 and g["count"] >= len(g["items"])


def test_label_confusions():
    g = gold()
    for item in g.attributions:
        item.kind, item.stance = "indirect", "assert"
    preds = [Attribution("p", es("外交部发言人秦刚"), [at("说")], [at("中方对此表示严重关切")],
                         kind="direct", stance="warn"),
             Attribution("p", es("他"), [at("指出")], [at("美方应当停止干涉")], stance="warn")]
    r = result(preds, g=g)
    sets = [EvalSet("t", SetScore("t", [r.score]), [r])]
    data = errors_json(sets)["confusions"]
    assert data["stance"] == [{"gold": "assert", "pred": "warn", "count": 2}]
    assert data["kind"] == [{"gold": "indirect", "pred": "direct", "count": 1}]
    assert data["certainty"] == []
    console = Console(record=True, width=100)
    render_errors(sets, console)
    assert "stance mistakes: assert→warn ×2" in console.export_text()
