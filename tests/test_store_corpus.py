"""Corpus views of the store on the reference article and copies made from it: repost clusters,
trace to stored sources, outlet profiles, and exports."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import opencc
import pytest

import sayso
from sayso.store import Store
from sayso.store import reposts as rp

SAMPLE = Path(sayso.__file__).parent / "data" / "sample" / "gnews-2181912.md"
ZEROHEDGE = ("https://www.zerohedge.com/geopolitical/kremlin-reports-major-progress-ukraine-"
             "talks-wrong-bidens-putin-remark-unforgiveable")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The reference article, a traditional-script repost with a credit line, a lightly edited
    mirror, an unrelated article, and an English article stored at the URL the reference cites."""
    ref = sayso.analyze_file(SAMPLE)
    text = ref.document.text
    hant = sayso.analyze("轉載自 某某新聞網\n\n" + opencc.OpenCC("s2t").convert(text),
                         doc_id="repost-hant")
    mirror = sayso.analyze(text.replace("土耳其", "土国", 4) + "\n\n（本文转自网络）",
                           doc_id="mirror-edit")
    other = sayso.analyze("外交部发言人毛宁说：“中方坚决反对任何形式的单边制裁。”毛宁还表示，"
                          "中方愿与各方保持沟通。", doc_id="other")
    source = sayso.analyze('The Kremlin has said reports of "major progress" in talks with '
                           'Ukraine are wrong, spokesman Dmitry Peskov told reporters.',
                           doc_id="zerohedge-en", url=ZEROHEDGE)
    path = tmp_path_factory.mktemp("corpus") / "c.db"
    with Store(path) as s:
        s.add([ref, hant, mirror, other, source])
        clusters = s.reposts()
    return path, clusters


def test_copies_in_either_script_cluster_with_their_original(corpus):
    path, clusters = corpus
    assert [sorted(d["doc_id"] for d in c.documents) for c in clusters] == [
        ["gnews-2181912", "mirror-edit", "repost-hant"]]
    assert clusters[0].earliest == "gnews-2181912"  # undated: the first stored


def test_similarity_thresholds_separate_copies_from_other_articles(corpus):
    path, _ = corpus
    with Store(path, readonly=True) as s:
        ref, hant, mirror, other = (rp.minhash(s.document(i)) for i in
                                    ("gnews-2181912", "repost-hant", "mirror-edit", "other"))
    assert ref.jaccard(hant) > 0.9 and ref.jaccard(mirror) > 0.8
    assert ref.jaccard(other) < 0.1


def test_trace_resolves_the_reference_to_the_stored_english_source(corpus):
    path, _ = corpus
    with Store(path, readonly=True) as s:
        found = s.trace("repost-hant")
        ref = s.trace("gnews-2181912")
    relations = {st["relation"] for st in found["stated"]}
    assert "reposted_from" in relations
    resolved = [st for st in ref["stated"] if st["relation"] == "reference"]
    assert resolved and resolved[0]["target_doc"] == "zerohedge-en"
    assert {d["doc_id"] for d in ref["same_story"]} == {"gnews-2181912", "repost-hant",
                                                        "mirror-edit"}


def test_outlet_profile(corpus):
    path, _ = corpus
    with Store(path, readonly=True) as s:
        profile = s.outlet("零对冲")
        assert profile is not None and profile.name == "ZeroHedge"
        assert "gnews-2181912" in profile.referenced_by
        assert s.outlet("no such outlet") is None


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "sayso.cli", *args], capture_output=True,
                          text=True)


def test_export_jsonl_round_trips_through_ingest(corpus, tmp_path):
    path, _ = corpus
    out = tmp_path / "all.jsonl"
    assert _cli("export", "--db", str(path), "--format", "jsonl", "-o", str(out)).returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    again = _cli("ingest", str(out), "--db", str(tmp_path / "again.db"), "--json")
    assert json.loads(again.stdout)["added"] == 5


def test_export_csv_and_parquet_have_the_same_rows(corpus, tmp_path):
    path, _ = corpus
    assert _cli("export", "--db", str(path), "--format", "csv", "-o",
                str(tmp_path / "csv")).returncode == 0
    with (tmp_path / "csv" / "attributions.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with Store(path, readonly=True) as s:
        assert len(rows) == s.count("attributions")
    assert any(r["speaker"] == "Dmitry Peskov" and r["stance"] == "deny" for r in rows)
    pq = pytest.importorskip("pyarrow.parquet")
    assert _cli("export", "--db", str(path), "--format", "parquet", "-o",
                str(tmp_path / "pq")).returncode == 0
    assert pq.read_table(tmp_path / "pq" / "attributions.parquet").num_rows == len(rows)


def test_cli_reposts_trace_outlet(corpus):
    path, _ = corpus
    clusters = json.loads(_cli("reposts", "--db", str(path), "--json").stdout)
    assert len(clusters) == 1 and clusters[0]["earliest"] == "gnews-2181912"
    traced = _cli("trace", "gnews-2181912", "--db", str(path))
    assert "stored as zerohedge-en" in traced.stdout
    missing = _cli("trace", "nope", "--db", str(path))
    assert missing.returncode == 2 and "nope" in missing.stderr
    assert "ZeroHedge" in _cli("outlet", "ZeroHedge", "--db", str(path)).stdout
