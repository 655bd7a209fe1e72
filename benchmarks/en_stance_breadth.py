"""Breadth check of a stance or certainty change over unlabeled English text (COMMON.md: how
many outputs change over broad text, and how many of a sample of the changes are right, read by
hand). Every article of the given folders is analysed; each attribution is written as one TSV
row (article, content start, source, cue (the first four: the key), stance, certainty, content); `--compare OLD` counts
the rows whose stance or certainty differs from an earlier dump and prints a sample to read.

    cd /tmp && PYTHONPATH=/path/to/old python /path/to/benchmarks/en_stance_breadth.py \
        --dump /tmp/old.tsv ../shared/eval/en-polnear/train/text /tmp/bbc/business ...
    python benchmarks/en_stance_breadth.py --dump /tmp/new.tsv --compare /tmp/old.tsv \
        ../shared/eval/en-polnear/train/text /tmp/bbc/business ... --sample 40

Use PolNeAR train/dev text and the BBC News (2004-05) business, entertainment, sport and tech
folders; never its politics folder, PolNeAR's test split or a reserved en-news set.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from sayso import pipeline
from sayso.read import read_path


def _rows(path: Path, name: str) -> list[tuple[str, ...]]:
    out = []
    for doc in read_path(path):
        for a in pipeline.run(doc).attributions:
            if not a.content:
                continue
            out.append((name, str(a.content[0].start), a.source.text if a.source else "-",
                        " ".join(c.text for c in a.cue), a.stance or "-", a.certainty or "-",
                        " ".join(" | ".join(c.text for c in a.content).split())[:240]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--dump", required=True)
    parser.add_argument("--compare")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    console = Console()
    paths = [(p, f"{Path(f).name}/{p.name}") for f in args.folders for p in sorted(Path(f).iterdir())
             if p.suffix == ".txt"]
    rows: list[tuple[str, ...]] = []
    with Progress(console=console, transient=True) as progress:
        for path, name in progress.track(paths, description="articles"):
            rows.extend(_rows(path, name))
    Path(args.dump).write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    console.print(f"{len(paths)} articles, {len(rows)} attributions")
    if not args.compare:
        return
    old = {tuple(r[:4]): r for r in (line.split("\t") for line in
                                    Path(args.compare).read_text(encoding="utf-8").splitlines())}
    changed = [(old[r[:4]], r) for r in rows if r[:4] in old and old[r[:4]][4:6] != list(r[4:6])]
    console.print(f"{len(changed)} of {len(rows)} attributions change: " + ", ".join(
        f"{k} {n}" for k, n in Counter(f"{o[4]}/{o[5]}>{r[4]}/{r[5]}" for o, r in changed).most_common()))
    rng = random.Random(args.seed)
    for o, r in rng.sample(changed, min(args.sample, len(changed))):
        console.print(f"  {o[4]}/{o[5]}>{r[4]}/{r[5]} {r[0]} {r[2]} [{r[3]}] {r[6][:200]}",
                      markup=False, highlight=False)


if __name__ == "__main__":
    main()
