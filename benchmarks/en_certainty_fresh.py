"""English certainty on a judged set of fresh pages (round 10, `benchmarks/data/encert10/`).

Usage:
    .venv/bin/python benchmarks/en_certainty_fresh.py dump  > /tmp/out.tsv   # system output
    .venv/bin/python benchmarks/en_certainty_fresh.py score                 # accuracy A / B

The pages (`m*.txt`: 2011-2025 wire, papers, broadcasters and state media found with the
search tool; `b*.txt`: BBC News 2004-05 business, tech, sport, entertainment) and their origin
are listed in `SOURCES.tsv` with their half (A: errors read and fixed on it; B: counted only).
`judged.tsv` holds one row per attribution the system gives, keyed by page and the character
offset of its first cue (or content) span, with the certainty a reader gives it from the text
alone by `shared/eval/ANNOTATION.md`; rows of kind `missed` are unnamed sources or hedges the
system gives no attribution for (counted as misses, never as right). `score` prints accuracy per
half over the judged attributions still found at their offset, and the confusion of the errors.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from sayso import analyze

DATA = Path(__file__).parent / "data" / "encert10"


def _anchor(a) -> int:
    spans = a.cue or a.content
    return spans[0].start if spans else a.start


def outputs() -> dict[str, list]:
    """The system's attributions per page id."""
    pages = sorted(DATA.glob("*.txt"))
    return {p.stem: analyze(p.read_text("utf-8")).attributions
            for p in track(pages, description="analysing", console=Console(stderr=True))}


def dump() -> None:
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["page", "offset", "source", "cue", "content", "system"])
    for page, atts in outputs().items():
        for a in atts:
            w.writerow([page, _anchor(a), a.source.text if a.source else "",
                        " ".join(c.text for c in a.cue),
                        " | ".join(c.text for c in a.content)[:90].replace("\n", " "), a.certainty])


def score(show_errors: bool = False) -> None:
    halves = {r["page"]: r["split"] for r in csv.DictReader(open(DATA / "SOURCES.tsv"), delimiter="\t")}
    found = {(page, _anchor(a)): a.certainty for page, atts in outputs().items() for a in atts}
    right, total, missed, gone = Counter(), Counter(), Counter(), Counter()
    errors: Counter = Counter()
    wrong: list[str] = []
    for r in csv.DictReader(open(DATA / "judged.tsv"), delimiter="\t"):
        half = halves[r["page"]]
        if r["kind"] == "missed":
            missed[half] += 1
            continue
        if r["kind"] != "attribution":
            continue  # not an attribution, or one a reader could label either way
        have = found.get((r["page"], int(r["offset"])))
        if have is None:
            gone[half] += 1
            continue
        total[half] += 1
        if have == r["gold"]:
            right[half] += 1
        else:
            errors[(half, r["gold"], have)] += 1
            if half == "A" and show_errors:
                wrong.append(f"{r['page']} {r['offset']}: {r['source']!r} {r['cue']!r} gold {r['gold']} system {have}")
    table = Table("half", "judged", "right", "accuracy", "unnamed/hedged missed", "no longer found")
    for half in sorted(total):
        table.add_row(half, str(total[half]), str(right[half]), f"{100 * right[half] / total[half]:.1f}",
                      str(missed[half]), str(gone[half]))
    console = Console()
    console.print(table)
    for (half, gold, have), n in sorted(errors.items()):
        if half == "A":
            console.print(f"A  gold {gold:<12} system {have:<12} {n}")
    console.print(f"B errors: {sum(n for (h, _, _), n in errors.items() if h == 'B')}")
    for line in wrong:  # half A only: half B is counted, never read
        console.print(line, markup=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=["dump", "score"])
    ap.add_argument("--errors", action="store_true", help="list the errors of half A")
    args = ap.parse_args(argv)
    dump() if args.command == "dump" else score(args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
