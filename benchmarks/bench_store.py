"""Store benchmarks: ingest throughput, search latency, size per document, ingest memory.

The corpus is generated from real articles: every article of zh-dev, PolNeAR dev and the
project's corpora under evaldata/ is analysed once; the records are then copied under new ids
with publication dates spread over 2015-2025 until the store holds the number of documents
(or attributions) asked for. Copies share their text, so search hits repeat: latency, not
relevance, is what this measures.

Scenarios (each ingest in a fresh subprocess, so that ru_maxrss is its own; worker processes'
peak is reported apart):
- ingest of pre-analysed records (JSON Lines, as `sayso batch` writes them), documents/s, in one
  process (--workers 1) and with worker processes preparing the rows (--workers N);
- ingest with analysis, documents/s (analysis dominates: see bench_analyze.py);
- peak memory of pre-analysed ingest at two corpus sizes (flat = bounded by the batch);
- search latency p50/p95 over 50 runs each: a speaker filter, a 2-character Chinese query, an
  English phrase, and a combined filter, on a store of >= --attributions attributions.

Usage: python benchmarks/bench_store.py [--docs 20000] [--attributions 1000000] [--workers 2]
       python benchmarks/bench_store.py --only ingest --docs 20000   # the ingest scenarios alone
Writes benchmarks/results/store.json (with --only: prints, writes nothing). Asserts nothing
about time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
RESULTS = ROOT / "benchmarks" / "results" / "store.json"


def _articles() -> list[Path]:
    paths = sorted((SHARED / "zh-dev").glob("*.txt")) + sorted((SHARED / "zh-dev").glob("*.md"))
    paths += sorted((SHARED / "en-polnear" / "dev" / "text").glob("*.txt"))
    for split in ("tune", "test"):
        for corpus in ("zh-news", "en-news"):
            paths += sorted((ROOT / "evaldata" / corpus / split).glob("*.txt"))
    return paths


def _records(out: Path, n_docs: int, seed: int = 1) -> tuple[int, int]:
    """Write n_docs records generated from the real articles; returns (docs, attributions)."""
    import sayso

    base = [json.loads(sayso.analyze_file(p).to_json(indent=None)) for p in _articles()]
    rng = random.Random(seed)
    attributions = 0
    with out.open("w", encoding="utf-8") as f:
        for i in range(n_docs):
            rec = base[i % len(base)]
            rec["document"]["id"] = f"doc-{i:07d}"
            rec["document"]["published"] = (f"{rng.randint(2015, 2025)}-"
                                            f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            attributions += len(rec["attributions"])
    return n_docs, attributions


_INGEST = """
import resource, sys, time
from sayso.store import Store
from sayso.store.load import ingest


def peak_kib():
    # VmHWM is this process's own peak: ru_maxrss keeps the peak of the process that started
    # it (the benchmark, holding its records) across exec.
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":  # worker processes are spawned: they import this module
    start = time.perf_counter()
    with Store(sys.argv[1]) as s:
        counts = ingest(s, [sys.argv[2]], workers=int(sys.argv[3]))
    elapsed = time.perf_counter() - start
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(counts.added, elapsed, peak_kib(), kids.ru_maxrss, me.ru_utime + me.ru_stime,
          kids.ru_utime + kids.ru_stime)
"""


def _ingest(db: Path, records: Path, workers: int = 1) -> dict[str, float]:
    script = db.parent / "ingest_run.py"
    script.write_text(_INGEST, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), str(db), str(records), str(workers)],
                         capture_output=True, text=True, check=True).stdout.split()
    added, elapsed, rss, workers_rss = int(out[0]), float(out[1]), int(out[2]), int(out[3])
    cpu, workers_cpu = float(out[4]), float(out[5])
    # CPU per document (user + system, start-up included) says what the shared machine's load
    # hides: the writer's share bounds the rate however many cores the workers get.
    result = {"documents": added, "workers": workers, "seconds": round(elapsed, 2),
              "documents_per_s": round(added / elapsed, 1), "peak_rss_mb": round(rss / 1024, 1),
              "cpu_ms_per_document": round(cpu / added * 1000, 3)}
    if workers > 1:
        result["worker_peak_rss_mb"] = round(workers_rss / 1024, 1)
        result["worker_cpu_ms_per_document"] = round(workers_cpu / added * 1000, 3)
    result["load_average"] = round(os.getloadavg()[0], 2)
    return result


def _ingest_scenarios(t: Path, docs: int, workers: int) -> dict[str, object]:
    """Pre-analysed ingest at docs/10 and docs documents, in one process and with workers."""
    small, big = t / "small.jsonl", t / "big.jsonl"
    _records(small, docs // 10)
    n, atts = _records(big, docs)
    out: dict[str, object] = {}
    for w in dict.fromkeys((1, workers)):
        suffix = "" if w == 1 else f"_workers{w}"
        out["memory_small" + suffix] = _ingest(t / f"small{w}.db", small, w)
        out["ingest_preanalysed" + suffix] = _ingest(t / f"big{w}.db", big, w)
        out["ingest_preanalysed" + suffix]["attributions"] = atts
    out["store_bytes_per_document"] = round((t / "big1.db").stat().st_size / n)
    return out


def _latency(store, **query) -> dict[str, float]:
    times = []
    hits = 0
    for _ in range(50):
        t = time.perf_counter()
        hits = len(store.search(limit=20, **query))
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 2), "hits": hits}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--attributions", type=int, default=1_000_000)
    parser.add_argument("--analysed", type=int, default=300,
                        help="documents for the ingest-with-analysis scenario")
    parser.add_argument("--workers", type=int, default=2,
                        help="worker processes for the parallel ingest scenario (1: skip it)")
    parser.add_argument("--only", choices=["ingest"],
                        help="run only these scenarios (results printed, not written)")
    args = parser.parse_args()
    from sayso.store import Store

    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        results.update(_ingest_scenarios(t, args.docs, args.workers))
        if args.only == "ingest":
            print(json.dumps(results, ensure_ascii=False, indent=1))
            return 0
        ingest = results["ingest_preanalysed"]
        docs, atts = ingest["documents"], ingest["attributions"]

        texts = t / "texts"
        texts.mkdir()
        paths = _articles()
        for i in range(args.analysed):
            src = paths[i % len(paths)]
            (texts / f"a{i:05d}{src.suffix}").write_text(
                src.read_text(encoding="utf-8") + f"\n\n{i}", encoding="utf-8")
        results["ingest_with_analysis"] = _ingest(t / "analysed.db", texts, args.workers)

        per_doc = atts / docs
        n_large = int(args.attributions / per_doc) + 1
        large = t / "large.jsonl"
        _, large_atts = _records(large, n_large, seed=2)
        results["large_store"] = _ingest(t / "large.db", large, args.workers)
        results["large_store"]["attributions"] = large_atts
        with Store(t / "large.db", readonly=True) as s:
            results["search"] = {
                "speaker Peskov": _latency(s, speaker="Peskov"),
                "2-char Chinese 普京": _latency(s, query="普京"),
                "English phrase \"Hillary Clinton\"": _latency(s, query='"Hillary Clinton"'),
                "combined 否认/驳回 + deny + zh + since": _latency(
                    s, query="驳回", stance="deny", lang="zh", since="2020-01-01"),
                "certainty anonymous + en": _latency(s, certainty="anonymous", lang="en"),
            }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n",
                       encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
