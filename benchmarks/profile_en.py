"""Where English analysis spends its time: a CPU sampler over `pipeline.run` on PolNeAR dev.

cProfile counts calls exactly but inflates Python-heavy code and bills garbage collection to
whatever runs; a sampler does neither. Every millisecond of CPU time (SIGPROF) the running
function is counted, by itself (own) and with every caller on the stack (cumulative), and with
`--lines` its line, so a speed change can be aimed at measured work. The C call of the CRF
tagger (python-crfsuite) has no frame of its own: it shows as the line of `Tagger.extract` that
calls it. The machine is shared: compare shares, not seconds. Asserts nothing.

Usage: python benchmarks/profile_en.py [--dev PATH] [--passes 3] [--top 40] [--lines]
"""

from __future__ import annotations

import argparse
import collections
import signal
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "en-polnear" / "dev"


def main() -> None:
    from sayso import pipeline
    from sayso.eval.gold import discover

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", default=str(DEV))
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--lines", action="store_true", help="count own samples by line, not function")
    args = ap.parse_args()
    articles = [case.read() for case in discover(args.dev)]
    for doc in articles[:3]:
        pipeline.run(doc)  # warm-up: model, lexicons, patterns
    own: collections.Counter[str] = collections.Counter()
    cumulative: collections.Counter[str] = collections.Counter()
    samples = 0

    def name(frame: FrameType, line: bool = False) -> str:
        path = Path(frame.f_code.co_filename)
        where = f"{path.parent.name}/{path.name}:{frame.f_code.co_name}"
        return f"{where}:{frame.f_lineno}" if line else where

    def sample(_signum: int, frame: FrameType | None) -> None:
        nonlocal samples
        if frame is None:
            return
        samples += 1
        own[name(frame, args.lines)] += 1
        seen = set()
        while frame is not None:
            key = name(frame)
            if key not in seen:
                seen.add(key)
                cumulative[key] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    for _ in range(args.passes):
        for doc in articles:
            pipeline.run(doc)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"{samples} samples over {args.passes} passes of {len(articles)} articles")
    for title, counts in (("own", own), ("cumulative", cumulative)):
        print(f"== {title}")
        for key, count in counts.most_common(args.top):
            print(f"{100 * count / samples:5.1f} % {key}")


if __name__ == "__main__":
    main()
