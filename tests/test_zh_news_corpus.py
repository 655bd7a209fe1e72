"""The Chinese development corpus (evaldata/zh-news) stays loadable and consistent.

Every gold file must locate all its strings in the text as `sayso eval` reads it (a string that
is not found silently lowers recall), the compact annotation sources must rebuild the committed
gold exactly, and golden-rule candidates may only come from the tune part.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from sayso.eval.gold import discover

CORPUS = Path(__file__).resolve().parent.parent / "evaldata" / "zh-news"
CASES = [case for split in ("tune", "test") for case in discover(CORPUS / split)]


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, CORPUS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_gold_locates_every_string(case):
    document = case.read()
    gold = case.load(document)
    assert not gold.problems, gold.problems
    for att in gold.attributions:
        assert att.content and att.cue, f"{case.id}: {att.note or att.source_text}"
        if att.has_source:
            assert att.source is not None, f"{case.id}: source {att.source_text!r} not located"


def test_annotation_sources_rebuild_the_committed_gold(tmp_path):
    build = _module("build_gold")
    anns = sorted((CORPUS / "ann").glob("*.ann"))
    assert anns
    for ann in anns:
        header, rows = build.parse(ann)
        gold = json.loads((CORPUS / header["split"] / f"{ann.stem}.gold.json").read_text("utf-8"))
        assert gold["attributions"] == rows, ann.name
        text = (CORPUS / header["split"] / f"{ann.stem}.txt").read_text("utf-8")
        assert build.check(text, rows, ann.name) == []


def test_splits_are_disjoint_and_part_a_is_large_enough():
    tune = {p.stem for p in (CORPUS / "tune").glob("*.txt")}
    test = {p.stem for p in (CORPUS / "test").glob("*.txt")}
    assert not tune & test
    part_a = [json.loads(p.read_text("utf-8")) for p in CORPUS.glob("*/zhA-*.gold.json")]
    assert len(part_a) >= 22
    assert len({g["origin"]["outlet"] for g in part_a}) >= 7
    assert sum(p.name.startswith("zhA-") for p in (CORPUS / "test").glob("*.txt")) >= 8


def test_golden_candidates_come_from_tune_articles_only():
    checker = _module("check_candidates")
    assert checker.check(CORPUS / "golden-candidates-a.json") == []
    rows = json.loads((CORPUS / "golden-candidates-a.json").read_text("utf-8"))["cases"]
    assert len(rows) >= 35
    assert {row["class"] for row in rows} == set(range(1, 9))
