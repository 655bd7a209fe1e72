"""The English extractor's modes scored through `sayso.eval` (what `benchmarks/bench_en.py` reports)."""

from __future__ import annotations

import json

import pytest
from test_eval_gold import TEXT, brat_folder, sample_ann

from sayso import pipeline
from sayso.cli import main
from sayso.eval.command import read_document
from sayso.eval.gold import discover
from sayso.eval.modes import MODES, evaluate_modes, extract_in_mode
from sayso.lang.en import extract as en


def test_combined_mode_is_the_sayso_eval_score(tmp_path, capsys):
    folder = brat_folder(tmp_path, sample_ann())
    assert main(["eval", str(folder), "--json"]) == 0
    official = json.loads(capsys.readouterr().out)["sets"][0]
    combined = evaluate_modes(folder).sets["combined"].to_dict()
    for key in ("attribution", "speaker", "exact_spans", "accuracy"):
        assert combined[key] == official[key]
    assert official["attribution"]["gold"] == 3


def test_each_mode_scores_what_the_extractor_finds_in_that_mode(tmp_path):
    folder = brat_folder(tmp_path, sample_ann())
    scores = evaluate_modes(folder)
    doc = read_document(discover(folder)[0])
    analysed = pipeline.run(doc)
    for mode in MODES:
        got, cpu = extract_in_mode(analysed, mode)
        direct = en.extract(analysed, pipeline.Context(), mode)
        assert [a.content[0].text for a in got.attributions] == \
            sorted((a.content[0].text for a in direct), key=TEXT.index)
        assert scores.sets[mode].total().attribution.n_pred == len(direct)
        assert scores.sets[mode].total().attribution.n_gold == 3
        assert cpu >= 0.0
    assert [a.id for a in got.attributions] == [f"a{i}" for i in range(1, len(got.attributions) + 1)]


def test_unknown_mode_is_refused(tmp_path):
    doc = read_document(discover(brat_folder(tmp_path, sample_ann()))[0])
    with pytest.raises(ValueError, match="unknown mode"):
        extract_in_mode(pipeline.run(doc), "neural")
