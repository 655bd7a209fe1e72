"""The English development corpus (`evaldata/en-news`) stays loadable and consistent.

Each gold file must pass the corpus's strict checker (exact substrings, enums, parents inside
their parent's content, contract content edges), load through `sayso eval`'s own gold reader
without a problem, and be what the builder makes from `ann/` today (so nobody hand-edits a gold
file and loses it on the next build). Golden-rule candidates must come from tune articles and
quote their article verbatim.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from sayso.eval.gold import discover

CORPUS = Path(__file__).resolve().parent.parent / "evaldata" / "en-news"
GOLDS = sorted(CORPUS.glob("*/*.gold.json"))


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, CORPUS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(CORPUS))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(CORPUS))
    return module


def test_corpus_size_and_split():
    tune = list((CORPUS / "tune").glob("*.gold.json"))
    test = list((CORPUS / "test").glob("*.gold.json"))
    assert len(tune) + len(test) >= 24 and len(test) >= 9
    outlets = {json.loads(p.read_text(encoding="utf-8"))["origin"]["outlet"] for p in GOLDS}
    assert len(outlets) >= 9


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.stem)
def test_gold_passes_strict_checks(gold):
    assert _module("check_gold").check_file(gold) == []


@pytest.mark.parametrize("split", ["tune", "test"])
def test_sayso_reader_finds_every_string(split):
    for case in discover(CORPUS / split):
        gold = case.load(case.read())
        assert gold.problems == [], case.id


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.stem)
def test_gold_file_is_what_the_builder_makes(gold):
    build = _module("build_gold")
    text = (gold.parent / json.loads(gold.read_text(encoding="utf-8"))["text_file"]).read_text(
        encoding="utf-8")
    items, _ = build.annotations(CORPUS / "ann" / gold.name.replace(".gold.json", ".ann"))
    built = build.resolve(text, items)
    assert built == json.loads(gold.read_text(encoding="utf-8"))["attributions"]


@pytest.mark.parametrize("name, at_least", [("golden-candidates.json", 40),
                                             ("golden-candidates-c.json", 15),
                                             ("golden-candidates-d.json", 15)])
def test_golden_candidates_are_real_tune_sentences(name, at_least):
    table = json.loads((CORPUS / name).read_text(encoding="utf-8"))
    rows = table["cases"]
    assert len(rows) >= at_least
    for row in rows:
        article = row["origin"].split(",")[0].split("/")[1]
        path = CORPUS / "tune" / f"{article}.txt"
        assert path.exists(), f"{row['id']}: not a tune article"
        text = path.read_text(encoding="utf-8")
        assert row["text"] in text, row["id"]
        for e in row["expect"]:
            for part in e["content"]:
                assert part in row["text"], (row["id"], part)


def test_part_e_split_is_the_sha1_rule():
    """Part E (README-e.md) was split before annotation: ids sorted by SHA-1, the first 60 % test."""
    with open(CORPUS / "articles.tsv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["id"].startswith("enE-")]
    assert len(rows) >= 14
    ordered = sorted(rows, key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest())
    n_test = round(0.6 * len(ordered))
    for i, row in enumerate(ordered):
        split = "test" if i < n_test else "tune"
        assert row["split"] == split, row["id"]
        assert (CORPUS / split / f"{row['id']}.gold.json").exists(), row["id"]


@pytest.mark.parametrize(("part", "below", "min_test"), [("F", "8c", 0), ("G", "8", 9), ("H", "9", 9),
                                                          ("I", "9a", 12), ("J", "9a", 11),
                                                          ("K", "9a", 11),
                                                          ("L", "9a", 11),
                                                          ("M", "9a", 10),
                                                          ("N", "9a", 10),
                                                          ("O", "9a", 9),
                                                          ("P", "9a", 9),
                                                          ("Q", "9a", 11),
                                                          ("R", "9a", 11),
                                                          ("S", "9a", 11),
                                                          ("T", "9a", 11),
                                                          ("U", "9a", 19),
                                                          ("V", "9a", 14)])
def test_part_split_is_the_sha1_rule(part: str, below: str, min_test: int):
    """Parts F-V (README-f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v.md) were split before annotation: SHA-1 of the id below `below` is
    test. Every article has its `ann/` source; from part H on, the headline is the text's first line."""
    with open(CORPUS / "articles.tsv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["id"].startswith(f"en{part}-")]
    assert len(rows) >= 14 if part == "F" else len(rows) >= 16
    for row in rows:
        split = "test" if hashlib.sha1(row["id"].encode()).hexdigest() < below else "tune"
        assert row["split"] == split, row["id"]
        assert (CORPUS / split / f"{row['id']}.gold.json").exists(), row["id"]
        assert (CORPUS / "ann" / f"{row['id']}.ann").exists(), row["id"]
        assert "bbc/politics" not in row["path"], row["id"]  # reserved for a hidden set (COMMON.md)
        if part >= "H":
            headline = (CORPUS / split / f"{row['id']}.txt").read_text(encoding="utf-8").split("\n")[0]
            assert row["headline"] == headline, row["id"]
    assert sum(r["split"] == "test" for r in rows) >= min_test
