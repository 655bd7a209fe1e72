"""cProfile with a CPU-time clock (`time.process_time`: a shared machine's load does not count)
over PolNeAR dev (`en`, after two warm passes) or `bench_zh.py`'s 0.3 MB corpus (`zh`, `zht` for
its traditional variant, after seven warm documents). Writes OUT (a pstats file) and prints the
top entries by cumulative and by own time.

    cd /tmp && PYTHONPATH=/work/wt-x python /work/wt-x/benchmarks/data/speed27/cpu_profile.py en OUT
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
import time
from pathlib import Path


def main() -> None:
    lang, out = sys.argv[1], sys.argv[2]
    import sayso
    from sayso import pipeline

    if lang == "en":
        from sayso.eval.gold import discover

        docs = [case.read() for case in discover(Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "en-polnear" / "dev")]
        for _ in range(2):
            for doc in docs:
                pipeline.run(doc)

        def run() -> None:
            for doc in docs:
                pipeline.run(doc)
    else:
        sys.path.insert(0, os.path.join(os.environ["PYTHONPATH"].split(":")[0], "benchmarks"))
        from bench_zh import corpus

        texts = corpus(0.3, traditional=(lang == "zht"))
        for text in texts[:7]:
            sayso.analyze(text, language="zh")

        def run() -> None:
            for text in texts:
                sayso.analyze(text, language="zh")
    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(run)
    profiler.dump_stats(out)
    stats = pstats.Stats(out)
    stats.sort_stats("cumulative").print_stats(50)
    stats.sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
