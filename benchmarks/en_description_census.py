"""Census of definite descriptions left as speakers of their own (issue #15, round 28 `clus28`).

A definite description that speaks (`the Wasps wing insisted`, `said the world 200m and 400m
record holder`, `the spokesman reiterated`) is one speaker with the person or body the article
named before it; left as an entity of its own, B-cubed recall falls. This reads a dump of
`benchmarks/en_attr_breadth.py --entity` (unlabeled breadth text, no gold) and lists every
source that opens with `the` or a possessive and whose entity is that same description (no
name joined it), counted by its closing noun, with the article's named sources before it, so
that a sample can be read by hand against ANNOTATION.md.

Usage:
    PYTHONPATH=. python benchmarks/en_attr_breadth.py /tmp/br.json DIR ... --entity
    PYTHONPATH=. python benchmarks/en_description_census.py /tmp/br.json [--noun wing] [--show 40]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

_LINE = re.compile(r"^(?P<source>.+?) \(= (?P<entity>.+?)\) \| ")
_DEFINITE = re.compile(r"^(?:the|The|its|Its|[\w’'-]+[’']s)\s")


def unlinked(dump: dict[str, list[str]]) -> list[tuple[str, str, str, list[str]]]:
    """(article, description, closing noun, named sources before it) for every definite
    description whose entity bears its own text."""
    found = []
    for article, lines in dump.items():
        named: list[str] = []
        for line in lines:
            m = _LINE.match(line)
            if m is None:
                continue
            source, entity = m["source"], m["entity"]
            if _DEFINITE.match(source) and entity == source and len(source.split()) <= 8:
                found.append((article, source, source.split()[-1].lower().strip(",."), list(named)))
            elif entity[:1].isupper() and not _DEFINITE.match(entity):
                named.append(entity)
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("--noun", help="list only descriptions closed by this noun")
    ap.add_argument("--show", type=int, default=30, help="how many to list (a random sample)")
    args = ap.parse_args()
    found = unlinked(json.loads(args.dump.read_text("utf-8")))
    nouns = Counter(noun for _, _, noun, _ in found)
    print(f"{len(found)} unlinked definite descriptions in {len({a for a, *_ in found})} articles")
    print(", ".join(f"{n} {c}" for n, c in nouns.most_common(60)))
    rows = [f for f in found if args.noun is None or f[2] == args.noun]
    for article, source, _, named in random.Random(28).sample(rows, min(args.show, len(rows))):
        print(f"{Path(article).parent.name}/{Path(article).name}\t{source}\t<- {named[-3:]}")


if __name__ == "__main__":
    main()
