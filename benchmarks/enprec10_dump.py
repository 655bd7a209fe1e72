"""Dump every English attribution the system predicts on a folder of fresh pages, one line each,
for judging by hand (round 10, branch enprec10; issue #11 and #15 item 4).

Usage:
    .venv/bin/python benchmarks/enprec10_dump.py benchmarks/data/enprec10 > now.tsv
    .venv/bin/python benchmarks/enprec10_dump.py benchmarks/data/enprec10 --judged J.tsv

Columns: page, cue start char, source, cue, content (first 120 chars), evidence. With
`--judged`, the judgments TSV (`page`, `cue_start`, `cue`, `verdict`, ...) is matched by page
and cue start + cue text and precision is printed per half (A = pages `A-*`, B = `B-*`):
correct + boundary over all judged predictions still predicted; predictions not yet judged are
listed so that a change's new output gets judged too.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import track

from sayso import pipeline
from sayso.read import read_path


def predictions(folder: Path) -> list[tuple[str, int, str, str, str, str]]:
    """(page, cue start, source, cue, content, evidence) for every attribution on every page."""
    out = []
    for path in track(sorted(folder.glob("*.txt")), description=folder.name,
                      console=Console(stderr=True)):
        analysis = pipeline.run(read_path(path)[0])
        for a in analysis.attributions:
            cue = " ".join(s.text for s in a.cue)
            content = " | ".join(s.text for s in a.content).replace("\n", " ")
            source = a.source.text if a.source else "-"
            out.append((path.stem, a.cue[0].start if a.cue else -1, source, cue, content[:120],
                        a.evidence))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--judged", default=None, help="judgments TSV to score against")
    args = parser.parse_args()
    rows = predictions(Path(args.folder))
    if args.judged is None:
        w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        w.writerow(["page", "cue_start", "source", "cue", "content", "evidence"])
        w.writerows(rows)
        return
    with open(args.judged, encoding="utf-8") as f:
        judged = {(r["page"], int(r["cue_start"]), r["cue"]): r["verdict"]
                  for r in csv.DictReader(f, delimiter="\t")}
    tally: dict[str, Counter[str]] = {"A": Counter(), "B": Counter()}
    for page, start, _source, cue, content, _ev in rows:
        verdict = judged.get((page, start, cue), "unjudged")
        tally[page[0]][verdict] += 1
        if verdict == "unjudged":
            print(f"UNJUDGED\t{page}\t{start}\t{cue}\t{content}")
    for half, c in tally.items():
        good = c["correct"] + c["boundary"]
        total = sum(c.values()) - c["unjudged"]
        print(f"half {half}: predicted {sum(c.values())}, correct {c['correct']}, boundary "
              f"{c['boundary']}, false {c['false']}, unjudged {c['unjudged']}; "
              f"precision {100 * good / max(1, total):.1f}")


if __name__ == "__main__":
    main()
