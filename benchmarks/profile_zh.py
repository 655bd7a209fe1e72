"""Where Chinese analysis spends its time: cProfile over the `bench_zh.py` corpus.

The same documents as `bench_zh.py` (zh-dev shuffled and repeated up to `--megabytes`), warmed
up first, then every document analysed once under cProfile. Prints the top entries by own time
and by cumulative time, so a speed change can be aimed at measured work and checked against it
(output identity is checked separately with `snapshot_outputs.py`). Asserts nothing about time.

Usage: python benchmarks/profile_zh.py [--megabytes 0.3] [--top 30] [--traditional]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_zh import corpus  # noqa: E402  (the benchmark's own corpus, not a copy of it)


def main() -> None:
    import jieba

    import sayso

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=0.3)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--traditional", action="store_true")
    args = parser.parse_args()
    jieba.setLogLevel(60)
    docs = corpus(args.megabytes, args.traditional)
    for d in docs[:7]:
        sayso.analyze(d, language="zh")  # warm-up: OpenCC, jieba's dictionary, automata
    profile = cProfile.Profile()
    profile.enable()
    for d in docs:
        sayso.analyze(d, language="zh")
    profile.disable()
    stats = pstats.Stats(profile)
    for key in ("tottime", "cumulative"):
        stats.sort_stats(key).print_stats(args.top)


if __name__ == "__main__":
    main()
