"""Dump or compare the source entities sayso gives on unlabeled English text (breadth of a
coreference change, issue #11 item 5).

`dump` writes, for every `.txt` under the folders, each attribution's source span and the name
and type of its entity; `diff` compares two dumps made by two versions of the code and prints
how many sources changed entity, by the kind of source (pronoun, description, name), and
which sources are new or lost, with examples. A change that fires on many PolNeAR train sentences is a general mechanism; the
examples show whether it fires right.

Usage:
    python benchmarks/en_source_entities.py dump OUT.json FOLDER [FOLDER ...]
    python benchmarks/en_source_entities.py diff OLD.json NEW.json [--show N]
(to dump an older commit: `git archive COMMIT | tar -x -C /tmp/old`, then from /tmp run
`PYTHONPATH=/tmp/old python /tmp/old/benchmarks/en_source_entities.py dump ...` if it exists
there, else this file with that PYTHONPATH.)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from rich.progress import track

from sayso import pipeline
from sayso.model import Document

PRONOUNS = frozenset("he she they it we i you him his her hers them their its who which".split())


def dump(out: Path, folders: list[Path]) -> None:
    rows: dict[str, list[list]] = {}
    files = sorted(p for f in folders for p in f.rglob("*.txt"))
    for path in track(files, description="analysing"):
        analysis = pipeline.run(Document(text=path.read_text("utf-8"), language="en"))
        found = []
        for a in analysis.attributions:
            if a.source is None:
                continue
            e = analysis.entity(a.source.entity) if a.source.entity else None
            found.append([a.source.start, a.source.text, e.name if e else None, e.type if e else None])
        rows[path.name] = found
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")


def _kind(surface: str) -> str:
    if surface.lower() in PRONOUNS:
        return "pronoun"
    if surface[:1].islower() or surface.split()[0].lower() in ("the", "a", "an"):
        return "description"
    return "name"


def diff(old: Path, new: Path, show: int) -> None:
    a, b = json.loads(old.read_text("utf-8")), json.loads(new.read_text("utf-8"))
    counts: Counter = Counter()
    examples: dict[str, list[str]] = {}
    total = 0
    for name, rows in b.items():
        before = {(r[0], r[1]): r for r in a.get(name, [])}
        after = {(r[0], r[1]) for r in rows}
        for r in a.get(name, []):
            if (r[0], r[1]) not in after:
                counts["source lost"] += 1
                examples.setdefault("source lost", []).append(f"{name}@{r[0]} {r[1]!r} ({r[2]!r})")
        for r in rows:
            total += 1
            o = before.get((r[0], r[1]))
            if o is None:
                counts["source new"] += 1
                examples.setdefault("source new", []).append(f"{name}@{r[0]} {r[1]!r} ({r[2]!r})")
                continue
            if (o[2], o[3]) == (r[2], r[3]):
                continue
            k = _kind(r[1])
            counts[k] += 1
            examples.setdefault(k, []).append(f"{name}@{r[0]} {r[1]!r}: {o[2]!r} ({o[3]}) -> {r[2]!r} ({r[3]})")
    changed = sum(v for k, v in counts.items() if not k.startswith("source "))
    print(f"{total} sources, {changed} with another entity, {counts['source new']} new, "
          f"{counts['source lost']} lost")
    for k, n in counts.most_common():
        print(f"  {n:5d} {k}")
        for line in examples[k][:show]:
            print(f"         {line}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("folders", nargs="+", type=Path)
    c = sub.add_parser("diff")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.folders)
    else:
        diff(args.old, args.new, args.show)


if __name__ == "__main__":
    main()
