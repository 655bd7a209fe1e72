"""Via recall and precision on the judged fresh pages of round 10 (`benchmarks/data/envia10/`).

`judged.tsv` holds, for every attribution on those pages with a channel in (or referring back to)
its sentence, an anchor (words of its content) and the gold via per ANNOTATION.md, outer channel
first (`|` between channels; empty when the sentence names an outlet that is the source, not a
channel). Pages are split by name into half A (sorted, even positions: fix on it) and half B (odd
positions: count only); a second batch judged later (`pages2/`, 19 BBC pages) is split the same
way into A2 and B2; a third batch (`pages3/`, 8 wire and state-media pages, gold written before
the system was run on them) is counted whole as C and never fixed on. A gold via counts as found when the system attribution whose content holds
the anchor lists it (folded as the scorer folds, `fold_key`); an anchor no attribution holds leaves
its vias missed (`unmatched`); of several, the one with the shortest content. Precision is over the vias of the attributions found.

Usage:
    .venv/bin/python benchmarks/en_fresh_via.py [--show]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from rich.console import Console

from sayso import pipeline
from sayso.read import read_path
from sayso.text import fold_key

DATA = Path(__file__).resolve().parent / "data" / "envia10"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list every judged row with the system's via")
    args = ap.parse_args(argv)
    console = Console(width=200)
    half: dict[str, str] = {}
    where: dict[str, Path] = {}
    for batch, names in (("pages", ("A", "B")), ("pages2", ("A2", "B2")), ("pages3", ("C", "C"))):
        for i, path in enumerate(sorted((DATA / batch).glob("*.txt"))):
            half[path.stem], where[path.stem] = names[i % 2], path
    pages = sorted(half)
    with open(DATA / "judged.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    analyses = {name: pipeline.run(read_path(where[name])[0])
                for name in sorted({r["page"] for r in rows})}
    tally: dict[str, Counter[str]] = {h: Counter() for h in ("A", "B", "A2", "B2", "C")}
    for r in rows:
        t = tally[half[r["page"]]]
        gold = {fold_key(v) for v in r["gold_via"].split("|") if v}
        holding = [a for a in analyses[r["page"]].attributions
                   if any(r["anchor"] in c.text for c in a.content)]
        # the innermost attribution (`Reuters reported that Ukraine said that ...`: Ukraine's)
        hit = min(holding, key=lambda a: sum(len(c.text) for c in a.content), default=None)
        have = {fold_key(v.text) for v in hit.via} if hit else set()
        t["gold"] += len(gold)
        t["found"] += len(gold & have)
        t["predicted"] += len(have)
        t["unmatched"] += len(gold) if hit is None else 0
        if args.show:
            mark = "ok" if gold == have else "--" if hit is None else "XX"
            console.print(f"{mark} {half[r['page']]} {r['page']}: {r['anchor']!r} gold {sorted(gold)} "
                          f"system {sorted(have) if hit else 'no attribution'}", highlight=False, markup=False)
    for name, t in tally.items():
        n_pages = sum(1 for p in pages if half[p] == name)
        r_ = t["found"] / t["gold"] if t["gold"] else 0.0
        p_ = t["found"] / t["predicted"] if t["predicted"] else 0.0
        console.print(f"half {name} ({n_pages} pages): via recall {r_:.1%} ({t['found']}/{t['gold']}, "
                      f"{t['unmatched']} on attributions not found) precision {p_:.1%} "
                      f"({t['found']}/{t['predicted']})", highlight=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
