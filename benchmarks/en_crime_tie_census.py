"""Census of round 26's accuse/deny shapes (enacc26) over a breadth dump of attributions.

Reads a TSV written by `benchmarks/en_stance_breadth.py --dump` (article, start, source, cue,
stance, certainty, content) and counts, per shape, the contents it fires on and the stance the
dump gave them, with a sample to read by hand: an offence tied to a party (`stance.crime_tie`,
accuse / deny), a wrong done by a named doer in the passive (`stance.wrong_done_by`), and
`responsible for` a duty or a credit (ACCUSES no longer fires).

    python benchmarks/en_crime_tie_census.py /work/tmp/enacc26/base.tsv [--sample 20]

Breadth text only (PolNeAR train, BBC News 2004-05 non-politics): never a test set.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict

from sayso.lang.en.stance import crime_tie, unquoted, wrong_done_by

RESPONSIBLE = re.compile(r"\b(?:is|are|was|were|been) (?:\w+ )?responsible for\b", re.IGNORECASE)


def shapes(content: str) -> list[str]:
    """The round-26 shapes a content fires."""
    out = []
    if (tie := crime_tie(content)) is not None:
        out.append(f"crime_tie:{tie}")
    if wrong_done_by(content):
        out.append("wrong_done_by")
    if RESPONSIBLE.search(unquoted(content)):
        out.append("responsible_for (any)")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump")
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rows = [line.rstrip("\n").split("\t") for line in open(args.dump, encoding="utf-8")]
    found: dict[str, list[list[str]]] = defaultdict(list)
    for row in rows:
        if len(row) < 7:
            continue
        for shape in shapes(row[6]):
            found[shape].append(row)
    print(f"{len(rows)} attributions")
    rng = random.Random(args.seed)
    for shape, hits in sorted(found.items()):
        print(f"\n== {shape}: {len(hits)} ({dict(Counter(r[4] for r in hits))})")
        for r in rng.sample(hits, min(args.sample, len(hits))):
            print(f"  {r[4]} | {r[0]} | {r[3]} | {r[6][:160]}")


if __name__ == "__main__":
    main()
