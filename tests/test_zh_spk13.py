"""Chinese source spans and speaker entities (round 13, issue #15).

Golden rows in `tests/golden/zh_spk13.json` (real excerpts; see its `_doc`), run through the
whole pipeline, and guards on the name finder: the rules that fixed the rows must not make
names of clause words or drop real names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import sayso
from sayso.lang.zh.names import find_names

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk13.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk13_golden(case):
    analysis = sayso.analyze(case["text"], language="zh")
    by_source: dict[str, list] = {}
    by_cue: dict[str, list[str]] = {}
    for a in analysis.attributions:
        if a.source is None:
            continue
        by_source.setdefault(a.source.text, []).append(analysis.entity(a.source.entity))
        by_cue.setdefault(a.cue[0].text, []).append(a.source.text)
    for cue, source in case.get("sources", {}).items():
        assert source in by_cue.get(cue, []), (cue, by_cue.get(cue))
    for group in case.get("same", []):
        ents = [e for s in group for e in by_source.get(s, [None])]
        assert all(e is not None for e in ents), (group, list(by_source))
        assert len({e.id for e in ents}) == 1, [(s, [e.name for e in by_source[s]]) for s in group]
    for source, name in case.get("entity", {}).items():
        assert source in by_source, (source, list(by_source))
        for e in by_source[source]:
            assert e is not None and name in (e.name, *e.aliases), (source, e and e.name)
    firsts = [analysis.entity(a.source.entity) for a in analysis.attributions
              if a.source is not None and a.source.text == "我"]
    if "speakers_of_first_person" in case:
        assert [e.name if e else None for e in firsts] == case["speakers_of_first_person"]
    for source, name in case.get("not_entity", {}).items():
        assert source in by_source, (source, list(by_source))
        assert all(e is None or name not in (e.name, *e.aliases) for e in by_source[source])
    for source, kind in case.get("types", {}).items():
        assert [e.type for e in by_source[source]] == [kind] * len(by_source[source])


@pytest.mark.parametrize("text,name", [
    ("財政司司長曾俊華說", "曾俊華"),  # 曾 + a given name jieba does not know: a name
    ("行政長官曾蔭權今日表示", "曾蔭權"),
    ("國防部長顧立雄上將說", "顧立雄"),
    ("主席李將軍說", None),  # 將軍 is a title: no rank after a given name here
])
def test_names_kept(text, name):
    names = [m.name for m in find_names(text)]
    if name is None:
        assert "李將" not in names
    else:
        assert name in names


@pytest.mark.parametrize("text", [
    "美國官員曾淡化該高空氣球的威脅",  # zhG-ktsf-1: 曾 + 淡化, an adverb and a verb
    "局长CNN说",  # an acronym after a title is no Latin personal name
])
def test_no_name_from_clause_words(text):
    assert [m.name for m in find_names(text)] == []
