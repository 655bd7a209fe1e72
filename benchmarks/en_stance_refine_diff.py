"""Before/after of `stance.refine` over PolNeAR's GOLD attribution contents (train + dev): the
breadth check of a content-stance change (COMMON.md: count the outputs that change over broad
text and read a sample of them by hand).

Dump the refined stance of every gold content with one checkout, then compare with another:

    cd /tmp && PYTHONPATH=/path/to/old python /path/to/benchmarks/en_stance_refine_diff.py \
        --dump /tmp/old.tsv ../shared/eval/en-polnear/train ../shared/eval/en-polnear/dev
    python benchmarks/en_stance_refine_diff.py --dump /tmp/new.tsv --compare /tmp/old.tsv \
        ../shared/eval/en-polnear/train ../shared/eval/en-polnear/dev --sample 40

Never run it on PolNeAR's test split.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from sayso.eval.gold import discover
from sayso.lang.en import stance


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--dump", required=True, help="TSV to write: key, stance, cue, content")
    parser.add_argument("--compare", help="an earlier dump to compare with")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    console = Console()
    rows: list[tuple[str, str, str, str]] = []
    cases = [c for f in args.folders for c in discover(f)]
    with Progress(console=console, transient=True) as progress:
        for case in progress.track(cases, description="PolNeAR gold"):
            document = case.read()
            for k, a in enumerate(case.load(document).attributions):
                content = " ".join(s.text for s in a.content)
                if not content:
                    continue
                cue = [w.lower() for s in a.cue for w in s.text.split()]
                got = stance.refine("assert", cue, content)
                rows.append((f"{case.text_path.name}#{k}", got, " ".join(cue), " ".join(content.split())))
    Path(args.dump).write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    console.print(f"{len(rows)} gold contents, {sum(r[1] != 'assert' for r in rows)} not assert")
    if not args.compare:
        return
    old = {line.split("\t")[0]: line.split("\t")[1]
           for line in Path(args.compare).read_text(encoding="utf-8").splitlines()}
    changed = [(old.get(key), *r) for key, *r in rows if old.get(key) != r[0]]
    console.print(f"{len(changed)} changed: " + ", ".join(
        f"{a}>{b} {n}" for (a, b), n in Counter((c[0], c[1]) for c in changed).most_common()))
    rng = random.Random(args.seed)
    for was, now, cue, content in rng.sample(changed, min(args.sample, len(changed))):
        console.print(f"  {was}>{now} [{cue}] {content[:200]}", markup=False, highlight=False)


if __name__ == "__main__":
    main()
