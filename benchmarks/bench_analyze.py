"""Throughput, memory and start-up of `sayso analyze` (single process, so figures are per core).

Scenarios, each in a fresh subprocess so that its ru_maxrss is its own:
- zh-1doc:   the Chinese reference article's text repeated to >= 1 MB, as ONE document;
- zh-ndocs:  the same copies, each its own document;
- en-polnear: the PolNeAR dev texts (84 articles), when shared/eval is present.
Each scenario warms up on one article first (dictionaries and models load lazily: that cost is
start-up, measured separately), then times the pipeline (wall and CPU), then runs it again under
tracemalloc for the Python-level peak. CLI start-up: `sayso --help` and
`sayso analyze --sample --json` as subprocesses, median of 5.

Prints a rich table and writes `benchmarks/results/analyze.json`. Asserts nothing about time.
Rates are per CPU second. Usage: python benchmarks/bench_analyze.py [--repeat-mb 1.0]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "analyze.json"
SHARED = ROOT.parent / "shared" / "eval"
EN_DEV = SHARED / "en-polnear" / "dev" / "text"


def _reference_text() -> str:
    from sayso.cli import sample_path
    from sayso.read import read_path

    return read_path(sample_path())[0].text


def _documents(scenario: str, megabytes: float) -> list[tuple[str, str]]:
    """(id, text) pairs of a scenario."""
    if scenario.startswith("zh-"):
        text = _reference_text()
        size = len(text.encode("utf-8")) + 2
        copies = int(megabytes * 1024 * 1024 // size) + 1
        if scenario == "zh-1doc":
            return [("zh-1doc", "\n\n".join([text] * copies))]
        return [(f"zh-{i}", text) for i in range(copies)]
    from sayso.read import read_path

    return [(p.stem, read_path(p, format="text")[0].text) for p in sorted(EN_DEV.glob("*.txt"))]


def _analyze_all(docs: list[tuple[str, str]]) -> int:
    from sayso import pipeline
    from sayso.model import Document

    n = 0
    for doc_id, text in docs:
        n += len(pipeline.run(Document(text=text, id=doc_id)).attributions)
    return n


def run_scenario(scenario: str, megabytes: float) -> dict:
    """Measure one scenario in this process (called in a subprocess by `main`)."""
    docs = _documents(scenario, megabytes)
    _analyze_all(docs[:1] if scenario != "zh-1doc" else [("warm", _reference_text())])
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    nbytes = sum(len(t.encode("utf-8")) for _, t in docs)
    chars = sum(len(t) for _, t in docs)
    w0, c0 = time.perf_counter(), time.process_time()
    attributions = _analyze_all(docs)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    _analyze_all(docs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "scenario": scenario, "documents": len(docs), "bytes": nbytes, "chars": chars,
        "attributions": attributions, "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
        "kb_per_s": round(nbytes / 1024 / cpu, 1) if cpu else None,
        "chars_per_s": round(chars / cpu) if cpu else None,
        "docs_per_s": round(len(docs) / cpu, 2) if cpu else None,
        "tracemalloc_peak_mb": round(peak / 2**20, 1),
        "ru_maxrss_mb": round(rss_after / 1024, 1),
        "ru_maxrss_before_mb": round(rss_before / 1024, 1),
    }


def _sayso() -> list[str]:
    exe = Path(sys.executable).parent / "sayso"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "sayso.cli"]


def startup(args: list[str], runs: int = 5) -> dict:
    """Median wall and CPU time (user + system, from RUSAGE_CHILDREN) of a CLI invocation in a
    fresh process; CPU time is the figure to trust on a busy machine."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(_sayso() + args, capture_output=True, text=True)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if proc.returncode != 0:
            return {"command": "sayso " + " ".join(args), "error": proc.stderr.strip()[:200]}
    return {"command": "sayso " + " ".join(args), "median_s": round(statistics.median(walls), 3),
            "median_cpu_s": round(statistics.median(cpus), 3), "runs": runs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat-mb", type=float, default=1.0,
                    help="size of the repeated Chinese text in MB (default 1.0)")
    ap.add_argument("--scenario", help=argparse.SUPPRESS)  # internal: run one scenario
    args = ap.parse_args(argv)
    if args.scenario:
        print(json.dumps(run_scenario(args.scenario, args.repeat_mb)))
        return 0

    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 120)
    scenarios = ["zh-1doc", "zh-ndocs"] + (["en-polnear"] if EN_DEV.exists() else [])
    rows = []
    for name in scenarios:
        with console.status(f"{name} …"):
            proc = subprocess.run(
                [sys.executable, __file__, "--scenario", name, "--repeat-mb",
                 str(args.repeat_mb)], capture_output=True, text=True)
        if proc.returncode != 0:
            tail = proc.stderr.strip().splitlines()[-1:] or ["failed"]
            rows.append({"scenario": name, "error": tail[0][:200]})
        else:
            rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    with console.status("CLI start-up …"):
        starts = [startup(["--help"]), startup(["analyze", "--sample", "--json"])]

    table = Table(title="sayso analyze: single process (per core)", title_justify="left")
    for col in ("scenario", "docs", "KB", "attributions", "wall s", "CPU s", "KB/s", "chars/s",
                "docs/s", "tracemalloc MB", "maxrss MB"):
        table.add_column(col, justify="left" if col == "scenario" else "right")
    for r in rows:
        if "error" in r:
            table.add_row(r["scenario"], f"[red]{r['error']}[/]")
            continue
        table.add_row(r["scenario"], str(r["documents"]), f"{r['bytes'] / 1024:.0f}",
                      str(r["attributions"]), f"{r['wall_s']:.2f}", f"{r['cpu_s']:.2f}", f"{r['kb_per_s']:.1f}",
                      f"{r['chars_per_s']:,}", f"{r['docs_per_s']:.1f}",
                      f"{r['tracemalloc_peak_mb']:.1f}", f"{r['ru_maxrss_mb']:.0f}")
    console.print(table)
    st = Table(title="CLI start-up (median of 5)", title_justify="left")
    st.add_column("command")
    st.add_column("wall s", justify="right")
    st.add_column("CPU s", justify="right")
    for s in starts:
        if "error" in s:
            st.add_row(s["command"], f"[red]{s['error']}[/]", "")
        else:
            st.add_row(s["command"], f"{s['median_s']:.3f}", f"{s['median_cpu_s']:.3f}")
    console.print(st)

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"python": sys.version.split()[0], "scenarios": rows,
                                   "startup": starts}, indent=2), encoding="utf-8")
    console.print(f"[dim]wrote {RESULTS.relative_to(ROOT)}[/]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
