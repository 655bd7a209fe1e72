"""How analysis time grows with input size on adversarial texts (10 KB .. 10 MB).

Each (text kind, size) runs in its own subprocess with a timeout, so a quadratic component
shows up as a timeout row instead of hanging the benchmark; after a timeout the larger sizes of
that kind are skipped. Prints a growth table (seconds, ms per KB, ratio to the previous size,
and the ratio linear growth would give) and writes `benchmarks/results/scaling.json`.

    .venv/bin/python benchmarks/bench_scaling.py [--sizes 10000,100000] [--timeout 60]
    [--kinds zh-unbalanced-quotes,en-no-punctuation] [--regex-audit]

It also times the readers and language detection on 1 MB and 10 MB inputs, and first times
the regular expressions flagged by the regex audit on adversarial inputs of
1k, 4k and 16k characters (growth ≈ 16× is linear, ≈ 256× quadratic).
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "scaling.json"
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)

# Building blocks of each adversarial text: repeated (with a counter, so no two are identical)
# until the UTF-8 size is reached.
KINDS: dict[str, str] = {
    "zh-unbalanced-quotes": "第{i}次，发言人说：“俄罗斯对此没有异议。”他说：“我们不着急。「她补充说，‘好。”据悉”",
    "zh-no-punctuation": "俄罗斯外交部发言人说美国国务院表示乌克兰官员称据报道第{i}轮谈判",
    "zh-many-cues": "据路透社报道，{i}号发言人表示，外长指出，总统强调，官员认为，消息人士透露说。",
    "en-unbalanced-quotes": 'He said "the talks {i} were wrong. She added, "no. \'We expect contacts" ',
    "en-no-punctuation": "spokesman said officials told reporters according to sources {i} ",
    "en-many-cues": "Peskov said {i}, Lavrov told Reuters, officials said, according to CNN, "
                    "the minister added, sources claimed. ",
}


def make_text(kind: str, size: int) -> str:
    """An adversarial text of `kind` whose UTF-8 encoding is about `size` bytes."""
    block = KINDS[kind]
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        piece = block.format(i=i)
        parts.append(piece)
        total += len(piece.encode("utf-8"))
        i += 1
    return "".join(parts)


def worker(kind: str, size: int) -> None:
    """Runs in the subprocess: time one `sayso.analyze` and print the figures as JSON."""
    sys.path.insert(0, str(ROOT))
    import sayso

    text = make_text(kind, size)
    sayso.analyze("预热。Warm up.")  # load dictionaries and lexicons outside the timing
    start = time.perf_counter()
    analysis = sayso.analyze(text)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "chars": len(text),
                      "attributions": len(analysis.attributions),
                      "language": analysis.document.language}))


def _regex_cases() -> list[tuple[str, Callable[[], Any], str, Callable[[int], str]]]:
    """(name, getter of the compiled pattern, method, adversarial input of size n).

    Patterns from the regex audit (`grep -rn "re\\." sayso/`) with nested or overlapping
    quantifiers; getters are lazy so that a renamed pattern only drops its own row.
    """
    def layout_attr(name: str) -> Callable[[], Any]:
        return lambda: getattr(importlib.import_module("sayso.layout"), name)

    def credit_head() -> Any:
        return importlib.import_module("sayso.provenance")._zh_credit_re()[0]

    def names_run() -> Any:
        return importlib.import_module("sayso.lang.zh.names").lexicon().run_re

    def en_token() -> Any:
        return importlib.import_module("sayso.lang.en.tokens").TOKEN_RE

    def en_name() -> Any:
        return importlib.import_module("sayso.lang.en.extract").NAME_RE

    return [
        ("layout.WATERMARK fullmatch a.a.a…", layout_attr("WATERMARK"), "fullmatch",
         lambda n: "a." * (n // 2) + "!"),
        ("layout.WATERMARK search ab-ab-… (not used so)", layout_attr("WATERMARK"), "search",
         lambda n: "ab-" * (n // 3)),
        ("layout.CROSSHEAD finditer", layout_attr("CROSSHEAD"), "findall",
         lambda n: ("。" + "中" * 11 + " ") * (n // 13)),
        ("provenance credit head 编译发布…x", credit_head, "search",
         lambda n: "编译发布" * (n // 4) + "x"),
        ("zh_names run_re 阿·阿·…", names_run, "findall", lambda n: "阿·" * (n // 2) + "。"),
        ("en_tokens TOKEN_RE a'a'…-", en_token, "findall", lambda n: "a'" * (n // 2) + "-"),
        ("en.NAME_RE Ab Ab Ab…", en_name, "findall", lambda n: "Ab " * (n // 3)),
    ]


def regex_audit(sizes: tuple[int, ...] = (1_000, 4_000, 16_000)) -> list[dict]:
    """Time each audited pattern on growing adversarial inputs (linear: ratio ≈ size ratio)."""
    rows = []
    for name, getter, method, make in _regex_cases():
        try:
            pattern = getter()
        except Exception as exc:  # noqa: BLE001 - a pattern renamed by its owner
            rows.append({"pattern": name, "status": f"unavailable: {type(exc).__name__}"})
            continue
        times: list[float] = []
        for n in sizes:
            if times and times[-1] > 5.0:
                break  # already pathological: the next size would take minutes
            text = make(n)
            best = float("inf")
            for _ in range(3):  # best of three: single timings of a few ms are noisy
                start = time.perf_counter()
                getattr(pattern, method)(text)
                best = min(best, time.perf_counter() - start)
                if best > 0.5:
                    break
            times.append(best)
        rows.append({"pattern": name, "sizes": list(sizes[:len(times)]), "seconds": times,
                     "status": "ok" if len(times) == len(sizes) else "stopped (> 5 s)",
                     "growth": times[-1] / times[0] if len(times) == len(sizes) and times[0]
                     else None})
    return rows


def reader_costs(sizes: tuple[int, ...] = (1_000_000, 10_000_000)) -> list[dict]:
    """Seconds to read (decode + markup removal) and to detect the language of big inputs."""
    import tempfile

    from sayso import langid
    from sayso.read import Limits, read_path

    sample = Path(importlib.import_module("sayso.cli").sample_path()).read_text("utf-8")
    body = sample.split("---\n", 2)[2]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            copies = max(1, size // len(body.encode("utf-8")))
            text = body * copies
            html = "<html><body><article>" + "".join(
                f"<p>{p}</p>" for p in text.split("\n\n")) + "</article></body></html>"
            inputs = {"text (UTF-8)": ("a.txt", text.encode("utf-8")),
                      "text (GB18030)": ("b.txt", text.encode("gb18030")),
                      "markdown": ("c.md", text.encode("utf-8"))}
            if size <= 1_000_000:
                inputs["html"] = ("d.html", html.encode("utf-8"))
            for name, (filename, data) in inputs.items():
                path = Path(tmp) / filename
                path.write_bytes(data)
                start = time.perf_counter()
                doc = read_path(path, limits=Limits(max_bytes=None, max_line=None))[0]
                read_s = time.perf_counter() - start
                start = time.perf_counter()
                langid.detect(doc.text)
                rows.append({"input": name, "bytes": len(data), "read_s": read_s,
                             "langid_ms": 1000 * (time.perf_counter() - start),
                             "chars": len(doc.text)})
    return rows


def run_one(kind: str, size: int, timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--worker", kind, str(size)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"kind": kind, "bytes": size, "status": "timeout", "seconds": None}
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"kind": kind, "bytes": size, "status": f"error: {last[:200]}", "seconds": None}
    row = json.loads(proc.stdout.strip().splitlines()[-1])
    row.update(kind=kind, bytes=size, status="ok")
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run")
    parser.add_argument("--regex-audit", action="store_true",
                        help="only time the audited regular expressions")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], int(args.worker[1]))
        return

    from rich.console import Console
    from rich.table import Table

    sys.path.insert(0, str(ROOT))
    audit = regex_audit()
    table = Table(title="Regex audit: time on adversarial input of growing size")
    for col in ("pattern", "1k chars", "4k", "16k", "growth (16× input)", "status"):
        table.add_column(col)
    for r in audit:
        secs = [f"{t * 1000:.2f} ms" for t in r.get("seconds") or []]
        table.add_row(r["pattern"], *(secs + [""] * (3 - len(secs))),
                      f"{r['growth']:.0f}×" if r.get("growth") else "", r["status"])
    Console(width=160).print(table)
    if args.regex_audit:
        return

    readers = reader_costs()
    table = Table(title="Readers and language detection on big inputs")
    for col in ("input", "bytes", "chars", "read (s)", "langid (ms)"):
        table.add_column(col, justify="left" if col == "input" else "right")
    for r in readers:
        table.add_row(r["input"], f"{r['bytes']:,}", f"{r['chars']:,}", f"{r['read_s']:.2f}",
                      f"{r['langid_ms']:.1f}")
    Console(width=160).print(table)

    sizes = [int(s) for s in args.sizes.split(",")]
    rows: list[dict] = []
    for kind in args.kinds.split(","):
        previous: dict | None = None
        for size in sizes:
            if previous is not None and previous["status"] != "ok":
                rows.append({"kind": kind, "bytes": size, "status": "skipped", "seconds": None})
                continue
            row = run_one(kind, size, args.timeout)
            if row["status"] == "ok":
                row["ms_per_kb"] = 1000 * row["seconds"] / (size / 1000)
                if previous is not None and previous["seconds"]:
                    row["ratio"] = row["seconds"] / previous["seconds"]
                    row["linear_ratio"] = size / previous["bytes"]
            rows.append(row)
            previous = row
            print(f"{kind} {size:,} B: {row['status']} "
                  f"{row['seconds']:.3f} s" if row["seconds"] is not None else
                  f"{kind} {size:,} B: {row['status']}", file=sys.stderr)

    table = Table(title=f"sayso.analyze scaling (timeout {args.timeout:g} s per run)")
    for col in ("kind", "size", "chars", "seconds", "ms/KB", "ratio", "linear", "attributions",
                "status"):
        table.add_column(col, justify="left" if col in ("kind", "status") else "right")
    for r in rows:
        table.add_row(
            r["kind"], f"{r['bytes']:,} B", f"{r.get('chars', 0):,}" if r.get("chars") else "",
            f"{r['seconds']:.3f}" if r["seconds"] is not None else "",
            f"{r['ms_per_kb']:.2f}" if "ms_per_kb" in r else "",
            f"{r['ratio']:.1f}×" if "ratio" in r else "",
            f"{r['linear_ratio']:.0f}×" if "linear_ratio" in r else "",
            str(r.get("attributions", "")), r["status"])
    Console(width=160).print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"timeout": args.timeout, "rows": rows, "regex_audit": audit,
                                   "readers": readers},
                                  indent=2) + "\n",
                       encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
