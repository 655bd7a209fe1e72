"""What the golden-row tables share: where a row's expected content lies in its text, and how
much a prediction overlaps it (Dice over characters)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


def content_chars(text: str, parts: list[str]) -> set[int]:
    """Character offsets of the expected content parts, each found after the one before."""
    out: set[int] = set()
    pos = 0
    for part in parts:
        k = text.find(part, pos)
        k = text.find(part) if k < 0 else k
        assert k >= 0, f"expected content {part!r} is not in the row's text"
        out |= set(range(k, k + len(part)))
        pos = k + len(part)
    return out


def dice(a: set[int], b: set[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def best_match(row: dict, language: str, min_dice: float = 0.8):
    """Run the pipeline on the row's text and return (analysis, the attribution whose content
    best overlaps the row's expected content), the attribution None below `min_dice`."""
    from sayso import pipeline
    from sayso.model import Document

    text = row["text"]
    analysis = pipeline.run(Document(text=text, language=language))
    want = content_chars(text, row["expect"]["content"])
    scored = [(dice(want, {i for s in a.content for i in range(s.start, s.end)}), n)
              for n, a in enumerate(analysis.attributions)]
    best = max(scored, default=(0.0, -1))
    return analysis, (analysis.attributions[best[1]] if best[0] >= min_dice else None)


def checked_row_problems(row: dict, language: str) -> list[str]:
    """What the extractor gets wrong on a one-attribution row of the `checked` shape (the
    channel and convention tables: en_via11, en_conv12, zh_via12); empty when the row passes.

    The prediction whose content best overlaps the expected one (Dice >= 0.8) is compared: its
    `via` always, and every field the row lists in `checked` (source text, cue, kind, stance,
    certainty, speaker by the scorer's alias rule)."""
    from sayso.eval.score import alias_matches, predicted_forms

    exp = row["expect"]
    analysis, got = best_match(row, language)
    if got is None:
        return [f"no attribution for {exp['content']!r}"]
    out = []
    if [v.text for v in got.via] != exp["via"]:
        out.append(f"via {[v.text for v in got.via]} != {exp['via']}")
    checked = set(row["checked"])
    source = got.source.text if got.source else None
    if "source" in checked and source != exp["source"]:
        out.append(f"source {source!r} != {exp['source']!r}")
    if "cue" in checked and "".join(c.text for c in got.cue).lower() != "".join(exp["cue"]).lower():
        out.append(f"cue {[c.text for c in got.cue]} != {exp['cue']}")
    for name in ("kind", "stance", "certainty"):
        if name in checked and getattr(got, name) != exp[name]:
            out.append(f"{name} {getattr(got, name)} != {exp[name]}")
    if "speaker" in checked and not alias_matches(predicted_forms(analysis, got), source, [exp["speaker"]]):
        out.append(f"speaker {predicted_forms(analysis, got)} != {exp['speaker']!r}")
    return out


def label_row_problems(row: dict, language: str) -> list[str]:
    """What the extractor gets wrong on a row that checks labels only (stance, certainty ...:
    the en_deny12, en_disp12 and en_judge13 tables); empty when the row passes."""
    _, got = best_match(row, language)
    if got is None:
        return [f"no attribution for {row['expect']['content']!r}"]
    exp = row["expect"]
    return [f"{name} {getattr(got, name)} != {exp[name]}" for name in row["checked"]
            if getattr(got, name) != exp[name]]


def article_analysis(path):
    """The English analysis of a whole article file, cached: the speaker tables run several rows
    and traps on one article."""
    return _cached_article(str(path))


@lru_cache(maxsize=32)
def _cached_article(path: str):
    from pathlib import Path

    from sayso import pipeline
    from sayso.model import Document

    return pipeline.run(Document(text=Path(path).read_text("utf-8"), language="en"))


def attribution_at(analysis, sentence: str, cue: str):
    """The first attribution whose first cue part is `cue` and starts inside `sentence` of the
    analysed text (a test fails when there is none): how the source tables find their row."""
    text = analysis.document.text
    lo = text.index(sentence)
    hits = [x for x in analysis.attributions if x.cue and x.cue[0].text == cue
            and lo <= x.cue[0].start < lo + len(sentence)]
    assert hits, f"no attribution with cue {cue!r} in {sentence!r}"
    return hits[0]


def zh_judgements_by_cue(text: str, sep: str = "+") -> dict[str, tuple[str, str]]:
    """(stance, certainty) of each Chinese attribution of `text`, keyed by its cue parts joined
    with `sep`: how the stance and certainty tests of rounds 12-15 look a statement up."""
    import sayso

    analysis = sayso.analyze(text, language="zh")
    t = analysis.document.text
    return {sep.join(t[c.start:c.end] for c in a.cue): (a.stance, a.certainty)
            for a in analysis.attributions}


def zh_judged(path, cue: str, content_start: str) -> tuple[str, str]:
    """The (stance, certainty) of the one Chinese attribution of the article at `path` with this
    cue (parts joined by `+`) whose content opens with `content_start` (a test fails unless
    exactly one): how the judge tables of rounds 16-17 look a statement up in an open article."""
    from pathlib import Path

    import sayso

    analysis = sayso.analyze(Path(path).read_text(encoding="utf-8"), language="zh")
    t = analysis.document.text
    hits = [(a.stance, a.certainty) for a in analysis.attributions
            if "+".join(t[c.start:c.end] for c in a.cue) == cue
            and a.content and t[a.content[0].start:].startswith(content_start)]
    assert len(hits) == 1, hits
    return hits[0]


def zh_golden_rows(prefix: str) -> list[dict]:
    """The rows of `tests/golden/zh.json` whose id starts with `prefix` (one fixing branch's)."""
    import json
    from pathlib import Path

    table = json.loads((Path(__file__).parent / "golden" / "zh.json").read_text(encoding="utf-8"))
    return [c for c in table["cases"] if c["id"].startswith(prefix)]


def zh_rows_not_in_their_tune_article(rows: list[dict]) -> list[str]:
    """The ids of golden rows whose text is not verbatim in the zh-news tune article their
    `origin` names (after its last `: `)."""
    from pathlib import Path

    tune = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"
    return [c["id"] for c in rows
            if c["text"] not in (tune / f"{c['origin'].split(': ')[-1]}.txt").read_text(encoding="utf-8")]


def source_row_problems(row: dict, root) -> list[str]:
    """What goes wrong on a source row (en_speakers15/17): the attribution with the row's cue in
    its sentence must have the row's `source` text and, when the row names a `speaker`, an entity
    of that name."""
    a = article_analysis(root / f"{row['article']}.txt")
    got = attribution_at(a, row["sentence"], row["cue"])
    if got.source is None or got.source.text != row["source"]:
        return [f"source {got.source.text if got.source else None!r} != {row['source']!r}"]
    entity = a.entity(got.source.entity)
    if "speaker" in row and (entity is None or entity.name != row["speaker"]):
        return [f"speaker {entity.name if entity else None!r} != {row['speaker']!r}"]
    return []


def source_entities(analysis, surface: str) -> set[str]:
    """The entities of every source whose text is `surface` (a test fails when there is none)."""
    found = {x.source.entity for x in analysis.attributions if x.source is not None and x.source.text == surface}
    assert found, f"no source {surface!r}: {sorted({x.source.text for x in analysis.attributions if x.source})}"
    return found


def speaker_row_problems(row: dict, root) -> list[str]:
    """What goes wrong on a speaker row (en_speakers12/13): the `same` source surfaces of the
    article must share one entity named `name`, and the `apart` surfaces must not be in it."""
    analysis = article_analysis(root / f"{row['article']}.txt")
    same = set().union(*(source_entities(analysis, s) for s in row["same"]))
    if len(same) != 1:
        return [f"{s}: {[analysis.entity(e).name for e in source_entities(analysis, s)]}" for s in row["same"]]
    entity = analysis.entity(same.pop())
    out = [] if entity.name == row["name"] else [f"name {entity.name!r} != {row['name']!r}"]
    return out + [f"{s} merged" for s in row["apart"] if entity.id in source_entities(analysis, s)]


def zh_speaker_case_problems(case: dict) -> list[str]:
    """What is wrong with one Chinese speaker golden case (`zh_spk13.json`, `zh_spk14.json`): its
    text run through the whole pipeline, `sources` maps a cue to a source span it must have,
    `same` lists groups of source spans that must share one entity, `entity` / `not_entity` map a
    source span to a name its entity must (not) carry, `speakers_of_first_person` the entity names
    of the sources `我` in order."""
    import sayso

    analysis = sayso.analyze(case["text"], language="zh")
    by_source: dict[str, list] = {}
    by_cue: dict[str, list[str]] = {}
    for a in analysis.attributions:
        if a.source is None:
            continue
        by_source.setdefault(a.source.text, []).append(analysis.entity(a.source.entity))
        by_cue.setdefault(a.cue[0].text, []).append(a.source.text)
    problems = [f"cue {cue}: no source {source!r} in {by_cue.get(cue)}"
                for cue, source in case.get("sources", {}).items() if source not in by_cue.get(cue, [])]
    for group in case.get("same", []):
        ents = [e for s in group for e in by_source.get(s, [None])]
        if any(e is None for e in ents):
            problems.append(f"{group}: a span without entity among {list(by_source)}")
        elif len({e.id for e in ents}) != 1:
            problems.append(f"{group}: {[(s, [e.name for e in by_source[s]]) for s in group]}")
    for source, name in case.get("entity", {}).items():
        if source not in by_source:
            problems.append(f"no source {source!r} in {list(by_source)}")
        problems += [f"{source}: entity {e and e.name} lacks {name}" for e in by_source.get(source, [])
                     if e is None or name not in (e.name, *e.aliases)]
    for source, name in case.get("not_entity", {}).items():
        if source not in by_source:
            problems.append(f"no source {source!r} in {list(by_source)}")
        problems += [f"{source}: entity {e.name} carries {name}" for e in by_source.get(source, [])
                     if e is not None and name in (e.name, *e.aliases)]
    if "speakers_of_first_person" in case:
        firsts = [analysis.entity(a.source.entity) for a in analysis.attributions
                  if a.source is not None and a.source.text == "我"]
        if [e.name if e else None for e in firsts] != case["speakers_of_first_person"]:
            problems.append(f"我: {[e.name if e else None for e in firsts]}")
    return problems


def certainty_row_problem(row: dict, language: str) -> str | None:
    """Why a row of a certainty table (en_disp16, en_disp19, en_disp20, en_cert21: `expect` holds the content and the
    certainty) fails, or None when the best-matching prediction carries the expected certainty."""
    _, got = best_match(row, language)
    if got is None:
        return f"no attribution for {row['expect']['content']!r}"
    if got.certainty != row["expect"]["certainty"]:
        return f"{row['origin']}: {row['pattern']}: certainty {got.certainty} != {row['expect']['certainty']}"
    return None


def vias_by_cue(text: str, cue: str, language: str = "en") -> list[str]:
    """The channels of the first attribution whose cue holds the word `cue`."""
    from sayso import pipeline
    from sayso.model import Document

    analysis = pipeline.run(Document(text=text, language=language))
    found = [[v.text for v in a.via] for a in analysis.attributions
             if a.cue and any(cue in c.text.split() for c in a.cue)]
    assert found, [[c.text for c in a.cue] for a in analysis.attributions]
    return found[0]


def source_cue_vias(text: str) -> list[tuple[str | None, list[str], list[str]]]:
    """(source text, cue texts, via texts) of every attribution of an English text."""
    from sayso import pipeline
    from sayso.model import Document

    analysis = pipeline.run(Document(text=text))
    return [(a.source.text if a.source else None, [c.text for c in a.cue], [v.text for v in a.via])
            for a in analysis.attributions]


def source_vias_by_cue(text: str, cue: str) -> tuple[str | None, list[str]]:
    """(source text, via texts) of the first attribution whose first cue span is `cue`."""
    found = [(s, v) for s, c, v in source_cue_vias(text) if c and c[0] == cue]
    assert found, source_cue_vias(text)
    return found[0]


OPEN_OR_BREADTH_EN = ("en-news open pool", "PolNeAR train", "BBC News 2004-05")


def golden_cases(name: str) -> list[dict]:
    """The rows of `tests/golden/<name>.json`."""
    table = Path(__file__).parent / "golden" / f"{name}.json"
    return json.loads(table.read_text("utf-8"))["cases"]


def rows_from_held_out(
    cases: list[dict], allowed: tuple[str, ...] = OPEN_OR_BREADTH_EN
) -> list[str]:
    """Ids of rows whose `origin` is not the open pool or breadth text: a golden row must never
    come from a held-out part."""
    return [row["id"] for row in cases if not row["origin"].startswith(allowed)]


def zh_cue_source_rows(text: str) -> list[tuple[str, str]]:
    """(cue, source) of every attribution of a Chinese text, cue parts joined by +, source "-"
    when none."""
    import sayso

    a = sayso.analyze(text, language="zh")
    return [("+".join(c.text for c in x.cue), x.source.text if x.source else "-") for x in a.attributions]
