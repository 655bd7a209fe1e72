"""English stance on fresh pages against hand judgments (issue #11 item 3, round 10 method).

The pages (benchmarks/data/enstance10/pages, origins in SOURCES.tsv) are in no evaluation
split. `judged.tsv` gives, for every attribution the system found when the set was made, the
stance read from the text alone by evaldata/en-news/STANCE.md. This script reruns the system,
matches its attributions to the judged rows by page, cue and the start of the content, and
prints the accuracy per half (A: read to choose fixes; B: only counted) and the confusion cells.

    .venv/bin/python benchmarks/en_fresh_stance.py            # accuracy per half + cells
    .venv/bin/python benchmarks/en_fresh_stance.py --dump     # rows to judge (system stance)
    .venv/bin/python benchmarks/en_fresh_stance.py --show A   # half A's wrong rows
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import track

import sayso

DATA = Path(__file__).resolve().parent / "data" / "enstance10"
KEY_CHARS = 40


def key(page: str, cue: str, content: str) -> tuple[str, str, str]:
    """The identity of an attribution across code versions: page, cue, content start."""
    return page, cue.lower(), " ".join(content.split())[:KEY_CHARS].lower()


def system_rows(folder: Path) -> list[dict[str, str]]:
    """One row per attribution the system gives on every page."""
    halves = {r["page"]: r["half"] for r in csv.DictReader(open(folder / "SOURCES.tsv", encoding="utf-8"),
                                                            delimiter="\t")}
    rows = []
    for path in track(sorted((folder / "pages").glob("p*.txt")), description="analysing pages",
                      console=Console(stderr=True)):
        for a in sayso.analyze(path.read_text(encoding="utf-8"), language="en").attributions:
            rows.append({"page": path.stem, "half": halves[path.stem],
                         "cue": " ".join(c.text for c in a.cue),
                         "source": a.source.text if a.source else "-",
                         "content": " | ".join(" ".join(c.text.split()) for c in a.content),
                         "system": a.stance})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, default=DATA)
    parser.add_argument("--dump", action="store_true", help="print the system's rows as TSV to judge")
    parser.add_argument("--show", choices=["A", "B"], help="print the wrong rows of one half")
    args = parser.parse_args()
    rows = system_rows(args.folder)
    if args.dump:
        writer = csv.writer(__import__("sys").stdout, delimiter="\t", lineterminator="\n")
        writer.writerow(["page", "half", "cue", "source", "content", "system", "gold"])
        for r in rows:
            writer.writerow([r["page"], r["half"], r["cue"], r["source"], r["content"][:160], r["system"], ""])
        return
    gold = {key(g["page"], g["cue"], g["content"]): g["gold"]
            for g in csv.DictReader(open(args.folder / "judged.tsv", encoding="utf-8"), delimiter="\t")}
    console = Console()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    cells: dict[str, Counter[tuple[str, str]]] = {"A": Counter(), "B": Counter()}
    unmatched: Counter[str] = Counter()
    for r in rows:
        want = gold.get(key(r["page"], r["cue"], r["content"]))
        if want is None:
            unmatched[r["half"]] += 1
            continue
        if want == "-":
            continue
        total[r["half"]] += 1
        right[r["half"]] += want == r["system"]
        if want != r["system"]:
            cells[r["half"]][(want, r["system"])] += 1
            if args.show == r["half"]:
                console.print(f"{r['page']} gold={want} sys={r['system']} [{r['source']}] "
                              f"{r['cue']}: {r['content'][:150]}", markup=False)
    for half in ("A", "B"):
        n = total[half]
        console.print(f"half {half}: stance {right[half]}/{n} = {100 * right[half] / max(n, 1):.1f} %"
                      f"  (unjudged system rows: {unmatched[half]})")
        console.print("  " + ", ".join(f"{g}>{p} {c}" for (g, p), c in cells[half].most_common(10)))


if __name__ == "__main__":
    main()
