"""Batch throughput and scaling: 1 and 2 worker processes, and a 2-worker Dask LocalCluster.

The corpus is generated from real articles: every text of zh-dev, PolNeAR train and dev and the
project's corpora under evaldata/ (Chinese simplified and traditional, English), each cut to its
first --chars characters (whole paragraphs) and numbered, written as one JSON Lines file of
--articles lines ({"id", "text"}). Cutting keeps the run within minutes on 2 cores; the rate per
character is what the projection uses.

Measured: wall time and articles/s for each engine and worker count; scaling efficiency =
speed-up / workers; peak RSS per worker (max over worker processes) at two corpus sizes, to show
memory flat in corpus size; the projected time for 1,000,000 articles on 2 cores and on a
64-core cluster from the measured per-core rate and efficiency.

Usage: python benchmarks/bench_batch.py [--articles 20000] [--small 2000] [--chars 1500]
Writes benchmarks/results/batch.json. Asserts nothing about time.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
RESULTS = ROOT / "benchmarks" / "results" / "batch.json"


def _texts(chars: int) -> list[str]:
    paths = sorted((SHARED / "zh-dev").glob("*.txt"))
    paths += sorted((SHARED / "en-polnear" / "train" / "text").glob("*.txt"))
    paths += sorted((SHARED / "en-polnear" / "dev" / "text").glob("*.txt"))
    for corpus in ("zh-news", "en-news"):
        for split in ("tune", "test"):
            paths += sorted((ROOT / "evaldata" / corpus / split).glob("*.txt"))
    out = []
    for p in paths:
        text = p.read_text(encoding="utf-8")
        cut = text[:chars]
        end = cut.rfind("\n")
        out.append(cut[:end] if end > chars // 2 else cut)
    return out


def _corpus(path: Path, n: int, texts: list[str]) -> int:
    size = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = texts[i % len(texts)]
            size += len(text)
            f.write(json.dumps({"id": f"a{i:07d}", "text": text}, ensure_ascii=False) + "\n")
    return size


def _local(inp: Path, out: Path, workers: int) -> dict[str, float]:
    from sayso.batch import run_batch

    start = time.perf_counter()
    result = run_batch([str(inp)], str(out), workers=workers, shard_size=200)
    seconds = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak = children if workers > 1 else me
    return {"articles": result.analysed, "seconds": round(seconds, 1),
            "articles_per_s": round(result.analysed / seconds, 1),
            "peak_worker_rss_mb": round(peak / 1024, 1)}


def _dask(inp: Path, out: Path, workers: int) -> dict[str, float]:
    from dask.distributed import Client, LocalCluster

    from sayso.batch import run_batch

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        start = time.perf_counter()
        result = run_batch([str(inp)], str(out), engine="dask",
                           scheduler=cluster.scheduler_address, shard_size=200)
        seconds = time.perf_counter() - start
        rss = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return {"articles": result.analysed, "seconds": round(seconds, 1),
            "articles_per_s": round(result.analysed / seconds, 1),
            "peak_worker_rss_mb": round(max(rss.values()) / 1024, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--chars", type=int, default=1500)
    parser.add_argument("--one-worker", type=int, default=4000,
                        help="articles for the 1-worker run (the per-core rate)")
    args = parser.parse_args()
    texts = _texts(args.chars)
    results: dict[str, object] = {"source_texts": len(texts), "chars_per_article": args.chars}
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        big, small, one = t / "big.jsonl", t / "small.jsonl", t / "one.jsonl"
        results["corpus_chars"] = _corpus(big, args.articles, texts)
        _corpus(small, args.small, texts)
        _corpus(one, args.one_worker, texts)
        results["local_1_worker"] = _local(one, t / "o1.jsonl", 1)
        results["local_2_workers_small"] = _local(small, t / "o2s.jsonl", 2)
        results["local_2_workers"] = _local(big, t / "o2.jsonl", 2)
        results["dask_2_workers"] = _dask(big, t / "d2.jsonl", 2)
    per_core = results["local_1_worker"]["articles_per_s"]
    for key in ("local_2_workers", "dask_2_workers"):
        r = results[key]
        r["efficiency"] = round(r["articles_per_s"] / (2 * per_core), 3)
    eff = results["dask_2_workers"]["efficiency"]
    results["projection_1M_articles"] = {
        "2_cores_hours": round(1_000_000 / results["local_2_workers"]["articles_per_s"] / 3600,
                               2),
        "64_cores_hours_at_measured_dask_efficiency": round(
            1_000_000 / (64 * per_core * eff) / 3600, 2),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
