"""Least CPU time of four `sayso.analyze` passes over `bench_zh.py`'s 0.3 MB corpus, after seven
warm documents: `s` for simplified, `t` for its traditional variant. Rounds 24-27 compared their
Chinese speed with this, alternating the round's start and end checkouts, because `bench_zh.py`'s
chars/s ratios swing 10-15 % between runs of one code on a shared machine.

Run with PYTHONPATH=<checkout>, from outside any checkout:
    cd /tmp && PYTHONPATH=/path/to/checkout python /path/to/checkout/benchmarks/data/speed27/mintime_zh.py s
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # benchmarks/, for bench_zh

from bench_zh import corpus  # noqa: E402

import sayso  # noqa: E402


def main() -> None:
    variant = sys.argv[1] if len(sys.argv) > 1 else "s"
    docs = corpus(0.3, traditional=variant == "t")
    for doc in docs[:7]:
        sayso.analyze(doc, language="zh")
    best = float("inf")
    for _ in range(4):
        t0 = time.process_time()
        for doc in docs:
            sayso.analyze(doc, language="zh")
        best = min(best, time.process_time() - t0)
    print(f"{variant} {Path(sayso.__file__).resolve().parents[1]} {best:.3f}")


if __name__ == "__main__":
    main()
