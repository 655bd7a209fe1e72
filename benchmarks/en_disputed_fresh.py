"""Judged precision of English `disputed` certainties made by denials (round 10, endisp10).

Usage:
    .venv/bin/python benchmarks/en_disputed_fresh.py [--errors]

`data/endisp10/judged.tsv` holds every claim the system marked `disputed` because of a denial
(a denial's target, or a further claim of a named party) on main 73c9343, over 1,000 BBC News
2004-05 business/tech/sport/entertainment articles (Greene & Cunningham; seed-10 order of
`en_disputed_mine.py`, articles 600-1600; the 13 with such claims are stored under
`data/endisp10/bbc/`) and 400 PolNeAR train texts (`shared/eval/en-polnear/train/text`), each
judged by reading both sentences: `y` when the text reports that claim denied or contradicted
by that party. The pages are split into halves A and B by the md5 of their file name. This
re-analyses every page and prints, per half, how many judged claims are still `disputed` and
how many of them are right, and how many `disputed` claims on these pages are not judged.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from pathlib import Path

from rich.progress import track

from sayso import analyze

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "endisp10"
POLNEAR = ROOT.parent / "shared" / "eval" / "en-polnear" / "train" / "text"


def page(corpus: str, name: str) -> str:
    if corpus == "bbc":
        return (DATA / "bbc" / name).read_text("latin-1")
    return (POLNEAR / name).read_text("utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list the wrong or lost rows of half A")
    args = ap.parse_args(argv)
    with (DATA / "judged.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    by_page: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_page[(r["corpus"], r["file"])].append(r)
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    for (corpus, name), judged in track(sorted(by_page.items()), description="analysing"):
        disputed = Counter(a.start for a in analyze(page(corpus, name)).attributions
                           if a.certainty == "disputed")
        half = judged[0]["half"]
        for r in judged:
            s = stats[half]
            s["judged"] += 1
            s["right_before"] += r["verdict"] == "y"
            off = int(r["offset"])
            if disputed[off] > 0:
                disputed[off] -= 1
                s["kept"] += 1
                s["right_kept"] += r["verdict"] == "y"
                if args.errors and half == "A" and r["verdict"] == "n":
                    print(f"A wrong kept  {name} {off} {r['claim_sentence'][:90]}")
            elif args.errors and half == "A" and r["verdict"] == "y":
                print(f"A right lost  {name} {off} {r['claim_sentence'][:90]}")
        stats[half]["unjudged"] += sum(disputed.values())
    print("half  judged  right(base)  P(base)  disputed now  right now  P(now)  unjudged disputed")
    for half in sorted(stats):
        s = stats[half]
        print(f"{half:4}  {s['judged']:6}  {s['right_before']:11}  {100 * s['right_before'] / s['judged']:7.1f}  "
              f"{s['kept']:12}  {s['right_kept']:9}  {100 * s['right_kept'] / max(s['kept'], 1):6.1f}  {s['unjudged']:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
