"""Dump every stance error of the matched pairs of open gold folders as TSV, with the sentence.

One row per matched pair whose gold stance differs from the system's: set, article, gold,
predicted, cue, source, content (first 300 chars) and the gold content. Used to class the
errors by cause (benchmarks/data/enstance12/errors.md). Open material only (COMMON.md).

    python benchmarks/stance_errors_dump.py /tmp/AD/tune /work/r11/Etune > errors.tsv
"""

from __future__ import annotations

import argparse
import sys

from rich.console import Console
from rich.progress import Progress

from sayso.eval.command import evaluate_path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="gold folders (as for `sayso eval`)")
    ap.add_argument("--field", default="stance", choices=("stance", "certainty"))
    ap.add_argument("--all", action="store_true", help="print right pairs too")
    args = ap.parse_args()
    w = sys.stdout.write
    with Progress(console=Console(stderr=True), transient=True) as progress:
        for path in args.paths:
            s = evaluate_path(path, progress)
            for r in s.results:
                for pair in r.score.pairs:
                    g = r.gold.attributions[pair.gold]
                    p = r.analysis.attributions[pair.pred]
                    want, got = getattr(g, args.field), getattr(p, args.field)
                    if not want or (want == got and not args.all):
                        continue
                    cue = " ".join(c.text for c in p.cue)
                    src = p.source.text if p.source else "-"
                    content = " | ".join(c.text for c in p.content).replace("\n", " ")[:300]
                    w("\t".join([path.rstrip("/").split("/")[-1], r.case.text_path.name,
                                 want, got or "-", cue, src, content]) + "\n")


if __name__ == "__main__":
    main()
