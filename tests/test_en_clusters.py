"""The shipped English word-cluster table, and its builder's determinism on a tiny corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from sayso.errors import InputError
from sayso.lang.en.clusters import table


def test_shipped_table_groups_words_used_alike() -> None:
    t = table()
    assert len(t) > 10_000
    assert all(len(ids) == 3 for ids in t.values())
    # At the middle granularity (256 classes), verbs of saying share a class, and so do
    # the two spokes-nouns; a verb of saying and a news outlet do not.
    assert t["said"][1] == t["told"][1] == t["added"][1]
    assert t["spokesman"][1] == t["spokeswoman"][1]
    assert t["said"][1] != t["reuters"][1]


def _corpus(root: Path) -> None:
    root.mkdir()
    lines = [
        "“We are not worried,” said Brian Fallon, a spokesman for the campaign.",
        "The senator told reporters on Monday that the talks had stalled.",
        "A spokeswoman for the ministry said the report was false.",
        "Officials said the vote would go ahead, the agency reported.",
    ]
    for k in range(3):
        (root / f"a{k}.txt").write_text("\n\n".join(lines[k:] + lines[:k]) * 3, "utf-8")


def test_builder_is_deterministic(tmp_path: Path) -> None:
    pytest.importorskip("gensim")
    pytest.importorskip("sklearn")
    from sayso.lang.en.train_clusters import build

    _corpus(tmp_path / "texts")
    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    for out in (a, b):
        build([tmp_path / "texts"], out, dim=16, min_count=2, epochs=3, granularities=(2, 4))
    assert a.read_bytes() == b.read_bytes()
    rows = a.read_text("utf-8").splitlines()
    assert rows[0] == "word\tk2\tk4" and any(r.startswith("said\t") for r in rows)


def test_builder_refuses_a_missing_folder(tmp_path: Path) -> None:
    from sayso.lang.en.train_clusters import read_corpus

    with pytest.raises(InputError, match="not a folder"):
        read_corpus([tmp_path / "nowhere"])


def test_tagger_features_carry_the_word_classes_when_switched_on(monkeypatch) -> None:
    from sayso.lang.en import crf
    from sayso.lang.en.lexicon import lexicon
    from sayso.lang.en.tokens import split_sentences, tokenize

    text = "“We are not worried,” said Zxqwv Fallon."
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    sentences = split_sentences(text, tokens)
    monkeypatch.setattr(crf, "CLUSTER_FEATURES", False)
    off = crf.features(tokens, lower, 0, len(tokens), sentences, lexicon())
    monkeypatch.setattr(crf, "CLUSTER_FEATURES", True)
    on = crf.features(tokens, lower, 0, len(tokens), sentences, lexicon())
    said, name = lower.index("said"), lower.index("zxqwv")
    t = table()
    assert f"k1={t['said'][1]}".encode() in on[said] and f"n1k1={t['said'][1]}".encode() in on[said - 1]
    assert b"k0=-" in on[name]  # a word outside the table (features are UTF-8 bytes, as CRFsuite reads them)
    # Switched off, the features are exactly the others.
    assert [[f for f in row if not f.startswith((b"k", b"p1k", b"n1k", b"p2k", b"n2k"))]
            for row in on] == off
