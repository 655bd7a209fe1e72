"""Census of English person sources that share a surname in one article but are kept apart.

Usage (from /tmp, the checkout to measure first on the path):
    PYTHONPATH=/path/to/checkout python benchmarks/en_surname_splits.py DIR [DIR ...] [--limit N]

For every article (`*.txt` in the folders, shuffled with a fixed seed, the first N), the person
entities that are the source of an attribution are grouped by their display name's last word;
each group of two or more is printed with the entities' names and aliases. Some groups are two
people (Andy and Jason Robinson); the rest are one person split in two (`Mr King` beside `Paul
King`), issue #15's first point. Round 27 (`benchmarks/data/ensurname27/README.md`) read these
groups by hand to find the classes it fixed. Not a speed benchmark.
"""

from __future__ import annotations

import sys
from collections import defaultdict

from census_common import analysed_articles, census_parser


def main() -> None:
    args = census_parser(__doc__).parse_args()
    groups = 0
    for f, _, analysis in analysed_articles(args.folders, args.limit):
        speaking = {a.source.entity for a in analysis.attributions if a.source and a.source.entity}
        by_surname = defaultdict(list)
        for e in analysis.entities:
            words = e.name.replace("'s", "").split()
            if e.id in speaking and e.type == "person" and words:
                by_surname[words[-1].lower()].append(e)
        for people in by_surname.values():
            if len(people) > 1:
                groups += 1
                shown = " || ".join(f"{e.name} [{', '.join(sorted(set(e.aliases)))[:80]}]" for e in people)
                print(f"{f.parent.name}/{f.name} {shown}")
    print(f"groups {groups}", file=sys.stderr)


if __name__ == "__main__":
    main()
