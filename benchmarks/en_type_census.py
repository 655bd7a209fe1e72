"""Census of English entities whose type contradicts the text's own evidence (round 27).

Usage (from /tmp, the checkout to measure first on the path):
    PYTHONPATH=/path/to/checkout python benchmarks/en_type_census.py DIR [DIR ...] [--limit N]

For every article (`*.txt` in the folders, shuffled with a fixed seed, the first N), every entity
of the analysis is checked against evidence in the text, with no gold
(`benchmarks/data/entype27/README.md`):
  it-person     a person taken up by an `it`/`its` source
  orgword       a person whose name's words type it a body (`name_type`)
  place-person  a person whose name is a place (`Central Park`, `France`)
  he-body       an organisation/outlet/group/government taken up by a `he`/`she` source
  given-body    a body whose multi-word name opens with a given name (`Megyn Kelly`)
  honor-body    a body whose last word the text writes after Mr/Ms/Mrs/Dr (`Mr Parry`)
Each flagged entity is printed once (file, flags, name, type, sources); counts go to stderr.
Not a speed benchmark.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from census_common import analysed_articles, census_parser

from sayso.lang.en.coref import is_place, name_type
from sayso.lang.en.gender import GIVEN_NAMES

BODY_TYPES = {"organization", "government", "outlet", "group"}


def entity_flags(text: str, name: str, kind: str, pronouns: set[str]) -> list[str]:
    """The evidence flags of one entity named `name`, typed `kind`, whose sources include the
    lower-cased `pronouns` (see the module docstring)."""
    words = name.split()
    out = []
    if not words:
        return out
    if kind == "person":
        if pronouns & {"it", "its"}:
            out.append("it-person")
        if name_type(words) in ("organization", "government") and not is_place(name):
            out.append("orgword")
        if is_place(name):
            out.append("place-person")
    elif kind in BODY_TYPES:
        if pronouns & {"he", "she"}:
            out.append("he-body")
        if len(words) > 1 and words[0].lower() in GIVEN_NAMES:
            out.append("given-body")
        last = words[-1].strip(",.")
        if last[:1].isupper() and re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.? {re.escape(last)}\b", text):
            out.append("honor-body")
    return out


def main() -> None:
    args = census_parser(__doc__).parse_args()
    counts: Counter[str] = Counter()
    for f, text, analysis in analysed_articles(args.folders, args.limit):
        sources: dict[str, list[str]] = {}
        for a in analysis.attributions:
            if a.source is not None and a.source.entity:
                sources.setdefault(a.source.entity, []).append(a.source.text)
        for e in analysis.entities:
            said = sources.get(e.id, [])
            counts[e.type] += 1
            found = entity_flags(text, e.name, e.type, {s.lower() for s in said})
            counts.update(found)
            counts["flagged"] += bool(found)
            if found:
                print(f"{f.parent.name}/{f.name}\t{','.join(found)}\t{e.name}\t{e.type}\t"
                      f"{len(said)}\t{' | '.join(sorted(set(said)))[:120]}")
    print(" ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
