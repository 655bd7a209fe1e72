"""The reading room: page render time and HTTP latency of every page as the store grows.

Builds stores of N documents (N = 12 dev records, then copies of them with new ids: the texts
are real, the volume is generated) in the table the store keeps (`documents(id, analysis)`),
and times each page through Datasette's in-process client (no network): median and p95 of
`--repeat` requests after one warm-up. Also times `render_document` of the reference article
(the standalone `--html` page) and `sayso analyze --sample --width 80`'s report rendering.

The reading room reads flat tables built in memory from the stored JSON when the server starts
(sayso/web/corpus.py): this shows the build time and how the corpus-wide pages (home, entity,
outlet, search) grow with the store. Prints a rich table, writes `benchmarks/results/web.json`. Asserts nothing.
Usage: python benchmarks/bench_web.py [--sizes 12,500,2000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "web.json"
PAGES = {
    "home": "/-/sayso",
    "document": "/-/sayso/doc/gnews-2181912",
    "document.json": "/-/sayso/doc/gnews-2181912.json",
    "entity": "/-/sayso/entity/Dmitry%20Peskov",
    "outlet": "/-/sayso/outlet/Reuters",
    "search 2-char zh": "/-/sayso/search?q=%E9%A9%B3%E5%9B%9E",
    "search deny": "/-/sayso/search.json?stance=deny",
}


def _store(path: Path, records: list[dict], size: int) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, analysis TEXT NOT NULL)")
    rows = []
    for i in range(size):
        rec = records[i % len(records)]
        doc_id = rec["document"]["id"] if i < len(records) else f"{rec['document']['id']}-copy{i}"
        rows.append((doc_id, json.dumps({**rec, "document": {**rec["document"], "id": doc_id}},
                                        ensure_ascii=False)))
    conn.executemany("INSERT INTO documents VALUES (?, ?)", rows)
    conn.commit()
    conn.close()


def _time_pages(path: Path, repeat: int) -> dict[str, dict[str, float]]:
    from sayso.web.serve import make_app

    t = time.perf_counter()
    ds = make_app(str(path))
    build = time.perf_counter() - t

    async def run() -> dict[str, dict[str, float]]:
        out = {}
        for name, url in PAGES.items():
            assert (await ds.client.get(url)).status_code == 200, url
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                await ds.client.get(url)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            out[name] = {"p50_ms": statistics.median(times),
                         "p95_ms": times[min(len(times) - 1, int(0.95 * len(times)))]}
        return out

    return {"index_build_s": build, **asyncio.run(run())}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="12,500,2000")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from rich.console import Console as RichConsole
    from web_support import dev_analyses

    from sayso.report import render
    from sayso.web.render import render_document

    analyses = dev_analyses()
    reference = analyses[0]
    t = time.perf_counter()
    for _ in range(20):
        render_document(reference)
    html_ms = (time.perf_counter() - t) * 1000 / 20
    t = time.perf_counter()
    for _ in range(20):
        render(reference, RichConsole(file=io.StringIO(), width=80, color_system=None))
    report_ms = (time.perf_counter() - t) * 1000 / 20

    records = [a.to_dict() for a in analyses]
    results: dict = {"render_document_ms": html_ms, "terminal_report_80_ms": report_ms,
                     "stores": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for size in [int(s) for s in args.sizes.split(",")]:
            path = Path(tmp) / f"store-{size}.db"
            _store(path, records, size)
            pages = _time_pages(path, args.repeat)
            results["stores"][size] = {"bytes": path.stat().st_size,
                                       "index_build_s": pages.pop("index_build_s"),
                                       "pages": pages}

    console = Console()
    console.print(f"render_document (reference article, standalone page): {html_ms:.1f} ms; "
                  f"terminal report at 80 columns: {report_ms:.1f} ms")
    table = Table(title="page latency, ms (p50 / p95) by store size (documents)")
    table.add_column("page")
    for size in results["stores"]:
        table.add_column(str(size), justify="right")
    for name in PAGES:
        table.add_row(name, *(f"{r['pages'][name]['p50_ms']:.0f} / {r['pages'][name]['p95_ms']:.0f}"
                              for r in results["stores"].values()))
    table.add_row("(index build at start, s)",
                  *(f"{r['index_build_s']:.2f}" for r in results["stores"].values()))
    table.add_row("(store size, MB)",
                  *(f"{r['bytes'] / 1e6:.1f}" for r in results["stores"].values()))
    console.print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
