"""The round-24 stance-model experiment (`benchmarks/en_stance_model.py`, not shipped): a
retrain is byte-identical, and a damaged model file is refused with a one-line error.

Rows are real attributions of open en-news articles (en-abcnews-1, en-albawaba-1, en-ap-1) with
their gold stance (`benchmarks/data/enstancem24/README.md`).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from sayso.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


def _module():
    spec = importlib.util.spec_from_file_location("en_stance_model", ROOT / "benchmarks" / "en_stance_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


experiment = _module()

ROWS = [
    ("en-abcnews-1", "said", "she had no idea her photo would be considered controversial", "assert", "person", "0", "asserted", "assert"),
    ("en-abcnews-1", "said", "I have seen first-hand what is desecration of the flag At the end of the day "
     "I didn’t do anything that disrespected this flag", "deny", "person", "1", "asserted", "deny"),
    ("en-albawaba-1", "stressed", "the decision would not change the reality that the settlements were illegal",
     "condemn", "group", "0", "asserted", "deny"),
    ("en-ap-1", "asked", "Ukraine President Volodymyr Zelenskiy for the political investigations at the same "
     "time as U.S. military aid for the ally was being stalled", "urge", "person", "0", "asserted", "urge"),
    ("en-ap-1", "assailed", "Williams as part of the “Never Trumpers", "condemn", "person", "1", "disputed", "accuse"),
]


def _rows() -> list[dict[str, str]]:
    return [dict(zip(experiment.FIELDS, row, strict=True)) for row in ROWS]


def test_retrain_is_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    experiment.train(_rows(), first, experiment.with_clusters)
    experiment.train(_rows(), second, experiment.with_clusters)
    assert first.read_bytes() == second.read_bytes()
    model = experiment.StanceModel(first)
    probabilities = model.probabilities(experiment.with_clusters(_rows()[1]))
    assert max(probabilities, key=probabilities.__getitem__) == "deny"


@pytest.mark.parametrize("damage", [b"", b"not a model at all", b"lCRF" + b"\0" * 12])
def test_damaged_model_is_refused_in_one_line(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "stance.crfsuite"
    path.write_bytes(damage)
    with pytest.raises(InputError) as caught:
        experiment.StanceModel(path)
    assert "\n" not in caught.value.line() and "stance model" in caught.value.line()


def test_words_split_the_negation() -> None:
    assert experiment.words("I didn’t do anything") == ["i", "did", "n't", "do", "anything"]
