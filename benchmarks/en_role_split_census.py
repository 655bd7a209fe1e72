"""Census of one spokesperson or one body split into two speakers (issue #15, round 28 `enclus28b`).

Two shapes of a speaker named again that coreference may leave as an entity of its own:
- `role`: a definite description closed by a gendered or neutral form of one role (`the
  spokesman reiterated` after `the spokesperson added`, enT-pakistantoday-1) whose entity is
  not the entity of the other form's mention in the same article;
- `body`: `the` and one capitalised word (`the Service stated`) left as its own entity while
  the article has a body speaking whose name of three words or more closes with that word
  (`The National Police Service`, enS-newafricanvoice-1).

It reads a dump of `benchmarks/en_attr_breadth.py --entity` (unlabeled breadth text, no gold)
and lists every such source with the entities it might be, so that a sample can be read by hand
against ANNOTATION.md (an unnamed spokesperson is a speaker of their own, not the body they
speak for; one spokesperson named by two forms is one speaker).

Usage:
    PYTHONPATH=. python benchmarks/en_attr_breadth.py /tmp/br.json DIR ... --entity
    PYTHONPATH=. python benchmarks/en_role_split_census.py /tmp/br.json [--show 40]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

_LINE = re.compile(r"^(?P<source>.+?) \(= (?P<entity>.+?)\) \| ")
_ROLE_FORMS = {"spokesman": "m", "spokeswoman": "f", "spokesperson": "n"}
_DEFINITE_ROLE = re.compile(r"^(?:the|The)\s(?:[\w’'-]+\s){0,3}(spokesman|spokeswoman|spokesperson)$")
_CAPITALISED_HEAD = re.compile(r"^(?:the|The)\s([A-Z][a-z]+)$")
_ACRONYM = re.compile(r"\s*\([^)]*\)$")


def _role_of(source: str) -> str | None:
    """The role form closing `source`'s head (before a `for`/`of` phrase), or None."""
    head = re.split(r"\s(?:for|of|at|from)\s", source, maxsplit=1)[0].split()
    return head[-1].lower() if head and head[-1].lower() in _ROLE_FORMS else None


def splits(dump: dict[str, list[str]]) -> list[tuple[str, str, str, str, list[str]]]:
    """(shape, article, source, its entity, the other candidate entities) per split source."""
    found = []
    for article, lines in dump.items():
        rows = [(m["source"], m["entity"]) for line in lines if (m := _LINE.match(line))]
        for k, (source, entity) in enumerate(rows):
            m = _DEFINITE_ROLE.match(source)
            if m is not None:
                form = _ROLE_FORMS[m.group(1).lower()]
                others = {e for s, e in rows[:k] if (r := _role_of(s)) is not None and e != entity
                          and (_ROLE_FORMS[r] != form) and "n" in (form, _ROLE_FORMS[r])}
                if others:
                    found.append(("role", article, source, entity, sorted(others)))
            m = _CAPITALISED_HEAD.match(source)
            if m is not None and entity == source:
                bodies = set()
                for _, e in rows:
                    name = _ACRONYM.sub("", e).split()
                    name = name[1:] if name[:1] in (["The"], ["the"]) else name
                    if len(name) >= 3 and name[-1] == m.group(1):
                        bodies.add(e)
                if bodies:
                    found.append(("body", article, source, entity, sorted(bodies)))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("--show", type=int, default=40, help="how many to list per shape (a random sample)")
    args = ap.parse_args()
    found = splits(json.loads(args.dump.read_text("utf-8")))
    for shape in ("role", "body"):
        rows = [f for f in found if f[0] == shape]
        print(f"{shape}: {len(rows)} split sources in {len({f[1] for f in rows})} articles")
        for _, article, source, entity, others in random.Random(28).sample(rows, min(args.show, len(rows))):
            print(f"  {Path(article).parent.name}/{Path(article).name}\t{source} (= {entity})\t<- {others}")


if __name__ == "__main__":
    main()
