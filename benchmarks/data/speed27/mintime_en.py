"""Least CPU time of N `pipeline.run` passes over PolNeAR dev, after two warm passes (so that the
CRF runs on its arrays, as in a long batch run and in `bench_en.py`'s pipeline rows).

Run with PYTHONPATH=<checkout>, from outside any checkout, alternating two checkouts:
    cd /tmp && PYTHONPATH=/work/wt-x python /work/wt-x/benchmarks/data/speed27/mintime_en.py 3
Prints the checkout, the least pass time and articles per CPU second.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from sayso import pipeline
from sayso.eval.gold import discover

# the shared eval data sits beside the checkout (../shared), as for `sayso eval`
DEV = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "en-polnear" / "dev"


def main() -> None:
    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    docs = [case.read() for case in discover(DEV)]
    for _ in range(2):
        for doc in docs:
            pipeline.run(doc)
    best = float("inf")
    for _ in range(passes):
        t0 = time.process_time()
        for doc in docs:
            pipeline.run(doc)
        best = min(best, time.process_time() - t0)
    print(f"en {os.environ.get('PYTHONPATH', '')} {best:.3f}s {len(docs) / best:.1f} articles per CPU second")


if __name__ == "__main__":
    main()
