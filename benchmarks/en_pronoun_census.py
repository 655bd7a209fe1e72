"""Census of English pronoun sources and the entity each was resolved to, flagged by look.

Usage (from /tmp, the checkout to measure first on the path):
    PYTHONPATH=/path/to/checkout python benchmarks/en_pronoun_census.py DIR [DIR ...] [--limit N]
        [--back N] [--json OUT]

For every article (`*.txt` in the folders, shuffled with a fixed seed, the first N), every
attribution whose source is a personal pronoun (`he`, `she`, `they`, `it`, `we`) is printed with
the entity it was resolved to and the pronoun's sentence, and flagged when the resolution looks
wrong without any gold (round 27, `benchmarks/data/enpron27/README.md`):
  body       `he`/`she` resolved to an organisation, government, outlet, group or place
  document   any pronoun resolved to a document (`the report`)
  gender     `she` to a name the text marks male, `he` to one marked female (`gender.py`)
  they-one   `they` to one named person (two or more capitalised words, no `and`)
  it-person  `it` to a person entity
  after      the entity is first written after the pronoun
  far        the entity was last written more than BACK sentences before the pronoun and
             another person entity was written in between
  none       no entity
Counts go to stderr. Not a speed benchmark.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from census_common import analysed_articles, census_parser

from sayso.lang.en.gender import GenderIndex
from sayso.model import Entity

PRONOUNS = {"he", "she", "they", "it", "we"}
BODY_TYPES = {"organization", "government", "outlet", "group", "place", "location"}
DOCUMENT_HEADS = {"report", "statement", "letter", "study", "survey", "document", "memo",
                  "filing", "paper", "poll", "complaint", "lawsuit", "suit", "ruling", "order"}
_SENTENCE_END = re.compile(r"[.?!][\"'”’)]*\s+|\n\s*\n")


def _sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def _sentence_index(starts: list[int], at: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= at:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _written_at(text: str, entity: Entity) -> list[int]:
    """Where the entity's name or a proper alias of it is written (pronoun aliases left out)."""
    at: set[int] = set()
    for alias in {entity.name, *entity.aliases}:
        if alias.lower() in PRONOUNS or alias.lower() in {"him", "her", "them", "us", "i"}:
            continue
        if len(alias) < 2:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
            at.add(m.start())
    return sorted(at)


def flags(text: str, starts: list[int], pronoun: str, offset: int, entity: Entity | None,
          people: list[tuple[Entity, list[int]]], genders: GenderIndex, back: int) -> list[str]:
    """The look-flags of one pronoun source resolved to `entity` (see the module docstring)."""
    if entity is None:
        return ["none"]
    out = []
    words = entity.name.split()
    head = words[-1].lower() if words else ""
    if pronoun in {"he", "she"} and entity.type in BODY_TYPES:
        out.append("body")
    if head in DOCUMENT_HEADS and words and words[0].lower() in {"the", "a", "an", "its", "his", "her", "their"}:
        out.append("document")
    if pronoun in {"he", "she"} and entity.type == "person":
        marked = genders.marked(entity.name)
        if marked is not None and marked != ("m" if pronoun == "he" else "f"):
            out.append("gender")
    if pronoun == "they" and entity.type == "person" and len(words) >= 2 \
            and all(w[:1].isupper() for w in words) and "and" not in words and "&" not in words:
        out.append("they-one")
    if pronoun == "it" and entity.type == "person":
        out.append("it-person")
    written = _written_at(text, entity)
    if written and all(w > offset for w in written):
        out.append("after")
    before = [w for w in written if w < offset]
    if before:
        last = before[-1]
        gap = _sentence_index(starts, offset) - _sentence_index(starts, last)
        if gap > back and any(other.id != entity.id and any(last < w < offset for w in at)
                              for other, at in people):
            out.append("far")
    return out


def main() -> None:
    parser = census_parser(__doc__)
    parser.add_argument("--back", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write every pronoun line as JSON here")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    rows = []
    for f, text, analysis in analysed_articles(args.folders, args.limit):
        starts = _sentence_starts(text)
        genders = GenderIndex(text)
        people = [(e, _written_at(text, e)) for e in analysis.entities if e.type == "person"]
        for a in analysis.attributions:
            if a.source is None or a.source.text.lower() not in PRONOUNS:
                continue
            pronoun = a.source.text.lower()
            entity = analysis.entity(a.source.entity) if a.source.entity else None
            found = flags(text, starts, pronoun, a.source.start, entity, people, genders, args.back)
            counts[pronoun] += 1
            counts.update(found)
            counts["flagged"] += bool(found)
            k = _sentence_index(starts, a.source.start)
            end = starts[k + 1] if k + 1 < len(starts) else len(text)
            sentence = " ".join(text[starts[k]:end].split())[:200]
            name = f"{entity.name} [{entity.type}]" if entity else "-"
            line = f"{f.parent.name}/{f.name}\t{pronoun}@{a.source.start}\t{name}\t{','.join(found) or '.'}\t{sentence}"
            rows.append({"file": str(f), "pronoun": pronoun, "offset": a.source.start,
                         "entity": name, "flags": found, "sentence": sentence})
            print(line)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")
    print(" ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
