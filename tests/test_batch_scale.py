"""Corpus runs at scale: worker processes, a Dask cluster, resuming, WARC and Parquet input/output.

The same mixed corpus (Chinese from zh-dev, simplified and traditional; English from PolNeAR
dev; JSON Lines plain, gzip and zstd; bad items) must give byte-identical JSON Lines with 1
worker, 2 worker processes and a 2-worker Dask LocalCluster, also when a Dask worker is killed
mid-run or a run is interrupted and resumed.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
from pathlib import Path

import pytest
from conftest import EN_DEV, ZH_DEV

from sayso.batch import Hooks, run_batch
from sayso.model import Analysis

pytestmark = pytest.mark.skipif(not ZH_DEV.exists(), reason="shared/eval not available")

SHARD = 3  # articles per shard: small, so that even this corpus has many shards


def _lines(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    import opencc
    import zstandard

    root = tmp_path_factory.mktemp("corpus")
    (root / "zh").mkdir()
    (root / "en").mkdir()
    (root / "dup").mkdir()
    for path in sorted(ZH_DEV.glob("*.txt"))[:4] + [ZH_DEV / "gnews-2181912.md"]:
        (root / "zh" / path.name).write_bytes(path.read_bytes())
    zh_text = (ZH_DEV / "cnews-263.txt").read_text("utf-8")
    (root / "zh" / "cnews-263-hant.txt").write_text(opencc.OpenCC("s2t").convert(zh_text),
                                                    "utf-8")
    en_paths = sorted((EN_DEV / "text").glob("*.txt"))[:5]
    for path in en_paths:
        (root / "en" / path.name).write_bytes(path.read_bytes())
    (root / "dup" / "cnews-263.txt").write_text(zh_text[:400], "utf-8")  # a repeated id
    (root / "en" / "empty.txt").write_bytes(b"")
    (root / "en" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    en_text = en_paths[0].read_text("utf-8")
    lines = [json.dumps({"id": "j1", "text": zh_text[:600]}, ensure_ascii=False), "{broken",
             "", json.dumps({"text": en_text[:800]}), json.dumps({"id": "j4"}),
             json.dumps({"id": "j5", "text": en_text[800:1600], "language": "en"})]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    (root / "news.jsonl").write_bytes(data)
    (root / "news-gz.jsonl.gz").write_bytes(gzip.compress(data))
    (root / "news-zst.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    return root


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ref") / "one.jsonl"
    result = run_batch([str(corpus)], str(out), workers=1, shard_size=SHARD)
    assert result.failed == 0 and result.shards > 5
    return out


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster


def test_reference_run_reads_every_kind_of_input(corpus, reference):
    records = [Analysis.from_json(line) for line in _lines(reference)]
    ids = [r.document.id for r in records]
    assert len(ids) == len(set(ids)), "document ids are unique in the output"
    assert "cnews-263" in ids and "cnews-263-2" in ids  # zh/cnews-263.txt then dup/ (sorted walk)
    for stem in ("news", "news-gz", "news-zst"):  # same line numbers through gzip and zstd
        assert {"j1", f"{stem}-4", "j5"} <= set(ids) if stem == "news" else \
            f"{stem}-4" in ids
    languages = {r.document.language for r in records}
    assert languages == {"zh", "en"}
    assert any(r.document.script == "Hant" for r in records)
    assert sum(len(r.attributions) for r in records) > 50


def test_bad_items_are_reported_with_their_place(corpus, tmp_path):
    errors: list[str] = []
    result = run_batch([str(corpus)], str(tmp_path / "o.jsonl"), workers=1, shard_size=SHARD,
                       hooks=Hooks(on_error=errors.append))
    assert result.skipped == len(errors) == 2 + 3 * 2
    for stem in ("news.jsonl", "news-gz.jsonl.gz", "news-zst.jsonl.zst"):
        assert any(f"{stem}:2: not valid JSON" in e for e in errors)
        assert any(f'{stem}:5: no "text"' in e for e in errors)
    assert any("empty.txt: empty file" in e for e in errors)


def test_two_worker_processes_give_identical_output(corpus, reference, tmp_path):
    out = tmp_path / "two.jsonl"
    result = run_batch([str(corpus)], str(out), workers=2, shard_size=SHARD)
    assert out.read_bytes() == reference.read_bytes()
    assert result.analysed == len(_lines(reference))
    assert not Path(str(out) + ".parts").exists()


def test_dask_cluster_gives_identical_output(corpus, reference, cluster, tmp_path):
    out = tmp_path / "dask.jsonl"
    result = run_batch([str(corpus)], str(out), engine="dask",
                       scheduler=cluster.scheduler_address, shard_size=SHARD)
    assert result.failed == 0
    assert out.read_bytes() == reference.read_bytes()


def test_dask_worker_killed_mid_run_loses_and_duplicates_nothing(corpus, reference, cluster,
                                                                  tmp_path):
    from dask.distributed import Client

    with Client(cluster.scheduler_address) as client:
        pids = client.run(os.getpid)
    killed: list[int] = []

    def kill_one_worker(summary) -> None:
        if not killed:  # after the first shard: the other tasks are running or queued
            pid = next(iter(pids.values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    out = tmp_path / "killed.jsonl"
    result = run_batch([str(corpus)], str(out), engine="dask", shard_size=1,
                       scheduler=cluster.scheduler_address, hooks=Hooks(on_shard=kill_one_worker))
    assert killed and result.failed == 0
    assert out.read_bytes() == reference.read_bytes()
    with Client(cluster.scheduler_address) as client:  # the nanny restarted the dead worker
        client.wait_for_workers(2, timeout=30)


def test_interrupted_run_resumes_without_loss_or_duplicates(corpus, reference, tmp_path):
    out = tmp_path / "resumed.jsonl"
    seen: list[int] = []

    def interrupt(summary) -> None:
        seen.append(summary.index)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch([str(corpus)], str(out), workers=2, shard_size=SHARD,
                  hooks=Hooks(on_shard=interrupt))
    assert not out.exists() and Path(str(out) + ".parts").is_dir()
    redone: list[int] = []
    result = run_batch([str(corpus)], str(out), workers=2, shard_size=SHARD,
                       hooks=Hooks(on_shard=lambda s: redone.append(s.index)))
    assert result.resumed == 3 and not set(redone) & set(seen)
    assert len(redone) + 3 == result.shards
    assert out.read_bytes() == reference.read_bytes()


def _warc(path: Path, pages: list[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, (url, html) in enumerate(pages):
            if i == 1:  # a redirect and an image between the pages: not articles
                headers = StatusAndHeaders("301 Moved", [("Location", url)], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    url + "?old", "response", payload=io.BytesIO(b""), http_headers=headers))
                headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                           protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    url + ".png", "response", payload=io.BytesIO(b"\x89PNG"),
                    http_headers=headers))
            body = html.encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2022-03-17T10:00:00Z"}))


def test_warc_gives_the_analyses_of_the_same_html_files(tmp_path):
    import html as html_lib

    texts = [(ZH_DEV / "cnews-467.txt").read_text("utf-8"),
             sorted((EN_DEV / "text").glob("*.txt"))[1].read_text("utf-8"),
             (ZH_DEV / "cnews-479.txt").read_text("utf-8")]
    pages = []
    folder = tmp_path / "html"
    folder.mkdir()
    for i, text in enumerate(texts):
        title, _, body = text.partition("\n")
        paras = "".join(f"<p>{html_lib.escape(p)}</p>" for p in body.split("\n") if p.strip())
        page = (f"<html><head><title>{html_lib.escape(title)}</title></head><body><article>"
                f"<h1>{html_lib.escape(title)}</h1>{paras}</article></body></html>")
        (folder / f"page{i}.html").write_text(page, "utf-8")
        pages.append((f"https://news.example.org/{i}.html", page))
    _warc(tmp_path / "crawl.warc.gz", pages)

    direct, crawled = tmp_path / "direct.jsonl", tmp_path / "crawled.jsonl"
    run_batch([str(folder)], str(direct), workers=1)
    result = run_batch([str(tmp_path / "crawl.warc.gz")], str(crawled), workers=2, shard_size=2)
    assert result.skipped == 0 and result.shards == 2
    a = [Analysis.from_json(x) for x in _lines(direct)]
    b = [Analysis.from_json(x) for x in _lines(crawled)]
    assert len(a) == len(b) == 3
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        assert y.document.url == f"https://news.example.org/{i}.html"
        assert y.document.published == "2022-03-17"
        assert y.document.id == f"crawl-{[1, 4, 5][i]}"  # record numbers: 2 extra records
        y.document.id, y.document.url, y.document.published = x.document.id, None, None
        assert y.to_json() == x.to_json()
        assert x.attributions


def test_parquet_read_back_by_duckdb_matches_the_jsonl(corpus, reference, tmp_path):
    import duckdb
    import pandas
    import pyarrow.dataset as ds

    out = tmp_path / "tables"
    result = run_batch([str(corpus)], str(out), out_format="parquet", workers=2,
                       shard_size=SHARD)
    records = [json.loads(x) for x in _lines(reference)]
    assert result.analysed == len(records)
    con = duckdb.connect()

    def q(sql: str):
        return con.execute(sql.replace("T(", f"read_parquet('{out}/").replace(
            ")T", "/*/*.parquet', hive_partitioning=true)")).fetchall()

    assert q("select count(*), count(distinct doc_id) from T(documents)T") == [
        (len(records), len(records))]
    assert q("select count(*) from T(attributions)T")[0][0] == sum(
        len(r["attributions"]) for r in records)
    assert q("select count(*) from T(entities)T")[0][0] == sum(len(r["entities"]) for r in records)
    assert q("select count(*) from T(via)T")[0][0] == sum(
        len(a["via"]) for r in records for a in r["attributions"])
    by_language = dict(q("select language, count(*) from T(documents)T group by 1"))
    assert by_language == {"zh": sum(r["document"]["language"] == "zh" for r in records),
                           "en": sum(r["document"]["language"] == "en" for r in records)}
    # the analysis column is the JSON Lines record verbatim, with the unique id
    analyses = {row[0] for row in q("select analysis from T(documents)T")}
    assert analyses == set(_lines(reference))
    assert q("select count(*) from T(documents)T where doc_id = 'cnews-263-2'") == [(1,)]
    assert len(pandas.read_parquet(out / "attributions")) == q(
        "select count(*) from T(attributions)T")[0][0]
    assert ds.dataset(out / "documents", partitioning="hive").count_rows() == len(records)


def test_cli_parquet_on_a_dask_scheduler(corpus, reference, cluster, tmp_path, capsys):
    from sayso.cli import main

    out = tmp_path / "cli-tables"
    rc = main(["batch", str(corpus), "--format", "parquet", "-o", str(out), "--engine",
               "dask", "--scheduler", cluster.scheduler_address, "--shard-size", "4"])
    err = capsys.readouterr().err.splitlines()
    assert rc == 0
    assert err[-1] == f"sayso: analysed {len(_lines(reference))}, skipped 8 (output: {out})"
    assert (out / "_sayso_manifest.jsonl").exists()
    # a rerun finds every shard done and changes nothing
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}
    assert main(["batch", str(corpus), "--format", "parquet", "-o", str(out),
                 "--shard-size", "4", "--workers", "1"]) == 0
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")} == before


def test_parquet_refuses_a_folder_that_is_not_ours(tmp_path, capsys):
    from sayso.cli import main

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.tex").write_text("x")
    (tmp_path / "a.txt").write_text("The spokesman said the talks went well.")
    assert main(["batch", str(tmp_path / "a.txt"), "--format", "parquet", "-o",
                 str(tmp_path / "mine")]) == 2
    assert capsys.readouterr().err.startswith(f"sayso: {tmp_path / 'mine'}: exists and is not")


def test_store_ingests_parquet_and_jsonl_batch_output_without_reanalysing(
        corpus, reference, tmp_path, monkeypatch):
    from sayso import pipeline
    from sayso.store import Store
    from sayso.store.ingest import iter_analyses

    out = tmp_path / "tables"
    run_batch([str(corpus)], str(out), out_format="parquet", workers=1, shard_size=SHARD)
    monkeypatch.setattr(pipeline, "run", lambda *a, **k: pytest.fail("re-analysed"))
    with Store(tmp_path / "p.db") as from_parquet, Store(tmp_path / "j.db") as from_jsonl:
        from_parquet.add(a for a in iter_analyses([str(out)]))
        from_jsonl.add(a for a in iter_analyses([str(reference)]))
        for table in ("documents", "attributions", "via", "mentions"):
            assert from_parquet.count(table) == from_jsonl.count(table) > 0
        assert from_parquet.count("documents") == len(_lines(reference))
