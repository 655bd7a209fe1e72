"""Golden rules for the entity layer (issue #15), one row per mistake class, both languages.

The table (`tests/golden/entities.json`) has the shape of the zh/en golden tables (id, class,
pattern, script, text, origin, exhaustive, expect) plus `entities`: the gold entities of the
passage (name, type, mentions in text order, as in `evaldata/entities/`). A row passes when

* every expected attribution is found (content Dice >= 0.8) with the exact source text and cue,
  and kind, stance and via when given (`optional` ones may be missing);
* attributions with the same `speaker` share one entity and different speakers do not
  (one person is one entity; two people are two);
* scored with `sayso.eval.entity_score` against `entities`, every gold entity that sayso
  mentions has the gold type and the mentions of one gold entity are one predicted entity
  and vice versa (B-cubed coreference precision and recall 1.0);
* an `exhaustive` row yields no other attribution;
* an `all_mentions` row has every gold mention named by some entity (a name written but never
  a source, 賴清德總統, must be known as the speaker's name).

`known_failure` says why a row still fails; it runs as a strict xfail, so a fix shows up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import content_chars, dice

from sayso import pipeline
from sayso.eval.entity_score import load_entity_gold, score_entities
from sayso.model import Analysis, Attribution, Document

TABLE = json.loads((Path(__file__).parent / "golden" / "entities.json").read_text("utf-8"))
CASES = TABLE["cases"]
CLASSES = {
    "one person split into several entities",
    "two people merged into one entity",
    "heading or caption glued to the next line / lends an antecedent",
    "place or organisation made a person through a pronoun",
    "organisation or outlet typed person",
    "coordinated names kept as one entity",
    "description or clause taken as a source",
    "answer/回答 used as a cue outside speech",
}


def _as_list(v: str | list[str]) -> list[str]:
    return [v] if isinstance(v, str) else list(v)


def _field_problems(got: Attribution, exp: dict) -> list[str]:
    out = []
    source = got.source.text if got.source else None
    if source != exp["source"]:
        out.append(f"source {source!r} != {exp['source']!r}")
    if "".join(c.text for c in got.cue) != "".join(_as_list(exp["cue"])):
        out.append(f"cue {[c.text for c in got.cue]} != {exp['cue']!r}")
    for name in ("kind", "stance"):
        if exp.get(name) and getattr(got, name) != exp[name]:
            out.append(f"{name} {getattr(got, name)} != {exp[name]}")
    if "via" in exp and [v.text for v in got.via] != exp["via"]:
        out.append(f"via {[v.text for v in got.via]} != {exp['via']}")
    return out


def _speaker_problems(analysis: Analysis, found: list[tuple[dict, Attribution]]) -> list[str]:
    by_speaker: dict[str, set[str | None]] = {}
    for exp, got in found:
        if exp.get("speaker"):
            by_speaker.setdefault(exp["speaker"], set()).add(
                got.source.entity if got.source else None)
    out = []
    for speaker, ids in by_speaker.items():
        if len(ids) > 1 or None in ids:
            names = sorted(str(e.name) if (e := analysis.entity(i or "")) else "-" for i in ids)
            out.append(f"{speaker!r} is split over {names}")
    owners: dict[str | None, str] = {}
    for speaker, ids in by_speaker.items():
        for i in ids - {None}:
            if i in owners:
                out.append(f"{owners[i]!r} and {speaker!r} share entity {i}")
            owners[i] = speaker
    return out


def problems(row: dict) -> list[str]:
    """What sayso gets wrong on one row (empty when the row passes)."""
    text = row["text"]
    language = "en" if row["script"] == "Latn" else "zh"
    analysis = pipeline.run(Document(text=text, language=language))
    atts = analysis.attributions
    out: list[str] = []
    used: set[int] = set()
    found: list[tuple[dict, Attribution]] = []
    for exp in row["expect"]:
        want = content_chars(text, _as_list(exp["content"]))
        scored = [(dice(want, {i for s in a.content for i in range(s.start, s.end)}), n)
                  for n, a in enumerate(atts) if n not in used]
        best = max(scored, default=(0.0, -1))
        if best[0] < 0.8:
            if not exp.get("optional"):
                out.append(f"no attribution for {exp['content']!r}")
            continue
        used.add(best[1])
        got = atts[best[1]]
        found.append((exp, got))
        out += [f"{exp['source']!r}: {p}" for p in _field_problems(got, exp)]
    out += _speaker_problems(analysis, found)
    if row.get("exhaustive") and len(atts) > len(used):
        extra = [(a.source.text if a.source else None, [c.text for c in a.cue])
                 for n, a in enumerate(atts) if n not in used]
        out.append(f"spurious attributions {extra}")
    if row.get("entities"):
        s = score_entities(load_entity_gold({"entities": row["entities"]}, text), analysis)
        out += [f"type: {name} is {gold}, predicted {pred}" for name, gold, pred in s.type_errors]
        if s.coref.n and s.coref.precision < 1.0:
            out.append(f"two gold entities share a predicted entity (B3 P {s.coref.precision:.2f})")
        if s.coref.n and s.coref.recall < 1.0:
            out.append(f"a gold entity is split (B3 R {s.coref.recall:.2f})")
        if row.get("all_mentions") and s.mention_tp < s.n_gold:
            out.append(f"{s.n_gold - s.mention_tp} gold mentions are named by no entity")
    return out


def _param(row: dict):
    marks = ([pytest.mark.xfail(reason=row["known_failure"], strict=True)]
             if row.get("known_failure") else [])
    return pytest.param(row, id=row["id"], marks=marks)


@pytest.mark.parametrize("row", [_param(r) for r in CASES])
def test_golden_entities_row(row: dict) -> None:
    assert problems(row) == []


def test_every_mistake_class_in_both_languages() -> None:
    """Issue #15: golden rules for each mistake class, in English and in Chinese."""
    assert {r["class"] for r in CASES} == CLASSES
    for cls in CLASSES:
        scripts = {r["script"] for r in CASES if r["class"] == cls}
        assert "Latn" in scripts and scripts & {"Hans", "Hant"}, cls


def test_rows_are_real_tune_text_or_marked_self_written() -> None:
    """Rows quote the entity corpus's TUNE part (never test), or fresh pages in no split
    ("unseen news: <url or repository>"), or say they are self-written."""
    corpus = Path(__file__).parents[1] / "evaldata" / "entities"
    from sayso.read import read_path

    tune = {p.name.split(".")[0]: read_path(p)[0].text
            for p in (corpus / "tune").iterdir() if not p.name.endswith(".json")}
    test = [read_path(p)[0].text for p in (corpus / "test").iterdir()
            if not p.name.endswith(".json")]
    for row in CASES:
        assert row["origin"], row["id"]
        if row["origin"].startswith("self-written"):
            continue
        if row["origin"].startswith(("unseen news:", "fresh page")):
            # a page outside every split, read by hand (its origin recorded): never test text
            for para in filter(None, row["text"].split("\n")):
                assert not any(para in t for t in test), row["id"]
            continue
        article = row["origin"].split(",")[0].removeprefix("entities/tune/")
        if article.startswith(("zh-news/tune/", "en-news/tune/")):
            # an attribution corpus's TUNE article (zh-news/tune/zhD-hani-1): quoted from it
            folder, stem = (corpus.parent / article).parent, article.split("/")[-1]
            path = next(p for p in folder.glob(stem + ".*") if p.suffix != ".json")
            tune[article] = read_path(path)[0].text
        assert article in tune, row["id"]
        for para in filter(None, row["text"].split("\n")):
            assert para in tune[article], f"{row['id']}: not verbatim in {article}"
            assert not any(para in t for t in test), row["id"]
