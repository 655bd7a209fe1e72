"""Certainty predictions over unlabeled BBC News 2004-05 articles, for reading by hand.

Usage:
    .venv/bin/python benchmarks/en_certainty_mine.py BBC_DIR OUT.tsv [--articles 600]

BBC_DIR is the `data/bbc` folder of the BBC News dataset (Greene & Cunningham 2005; a copy in
the repository DokahlSoZoor/DieNeueKrone). Only its business, entertainment, tech and sport
folders are read (politics is reserved: a hidden set may come from it), less the files any
benchmark or evaluation folder of this repository already names. The articles are shuffled
with seed 10 and the first N analysed; every attribution is written with its certainty,
stance and sentence, so that the non-asserted ones (and their changes between two commits)
can be read and judged. The judged changes of round 10 are `data/encert10/mined_bbc.tsv`.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

from rich.progress import track

from sayso import analyze

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("business", "entertainment", "tech", "sport")


def used_files() -> set[str]:
    """`business/077.txt`-style names any benchmark or evaluation folder already names."""
    names: set[str] = set()
    for base in (ROOT / "benchmarks", ROOT / "evaldata"):
        for p in base.rglob("*"):
            if p.is_file() and p.suffix in (".tsv", ".md", ".json") and p.stat().st_size < 5_000_000:
                names |= set(re.findall(r"(?:business|entertainment|tech|sport)/\d{3}\.txt",
                                        p.read_text("utf-8", errors="replace")))
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bbc_dir", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=600)
    args = ap.parse_args(argv)
    used = used_files()
    files = [f for d in FOLDERS for f in sorted((args.bbc_dir / d).glob("*.txt"))
             if f"{d}/{f.name}" not in used]
    random.Random(10).shuffle(files)
    with args.out.open("w", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["file", "offset", "source", "cue", "certainty", "stance", "sentence"])
        for f in track(files[:args.articles], description="analysing"):
            text = f.read_text("latin-1")
            for a in analyze(text).attributions:
                lo = max(text.rfind(". ", 0, a.start), text.rfind("\n", 0, a.start)) + 1
                hi = text.find(". ", a.start + 20)
                hi = len(text) if hi < 0 else hi + 1
                w.writerow([f"{f.parent.name}/{f.name}", a.start, a.source.text if a.source else "",
                            " ".join(c.text for c in a.cue), a.certainty, a.stance,
                            text[lo:hi].strip().replace("\n", " ")[:400]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
