"""Attribution precision on fresh Chinese pages of every genre, judged by hand.

The pages (benchmarks/data/zhprec10, origins in its SOURCES.md) are in no evaluation split. Every
attribution the system predicted on them was judged by hand in `judged.tsv` (one row per
attribution, keyed by page, cue offset and cue text): `correct`, `boundary` (a real attribution
with a wrong source or content span) or `false` (no one reports speech or thought there), with
an error class for the false ones. Odd-numbered pages are half A (read to find and fix error
classes), even-numbered pages half B (only counted); `x*` pages are half C, drawn and judged
after the last fix, on main's output and the branch's (blind).

    .venv/bin/python benchmarks/zh_fresh_precision.py            # precision per half
    .venv/bin/python benchmarks/zh_fresh_precision.py --dump     # rows for judging (TSV)

Predictions not in `judged.tsv` (a change made a new one) are counted and listed as unjudged:
judge them before believing the figure.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import sayso

DATA = Path(__file__).resolve().parent / "data" / "zhprec10"
FIELDS = ["page", "cue_start", "cue", "source", "content", "judgment", "class", "note"]


def half(page: str) -> str:
    """A for odd-numbered pages (fixing side), B for even-numbered ones (counting side), C for the
    `x*` pages drawn and judged only after the last fix (blind)."""
    if page.startswith("x"):
        return "C"
    return "A" if int(re.sub(r"\D", "", page)) % 2 else "B"


def predictions(folder: Path) -> list[dict[str, str]]:
    """One row per predicted attribution of every page of `folder`."""
    rows = []
    for path in sorted(folder.glob("*.txt")):
        analysis = sayso.analyze(path.read_text(encoding="utf-8"), language="zh")
        for a in analysis.attributions:
            rows.append({
                "page": path.stem,
                "cue_start": str(a.cue[0].start) if a.cue else "-",
                "cue": "+".join(c.text for c in a.cue),
                "source": a.source.text if a.source else "-",
                "content": "|".join(c.text for c in a.content)[:50].replace("\n", " ")
                .replace("\t", " "),
            })
    return rows


def load(path: Path) -> dict[tuple[str, str, str], dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return {(r["page"], r["cue_start"], r["cue"]): r for r in csv.DictReader(f, delimiter="\t")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=DATA)
    ap.add_argument("--dump", action="store_true", help="print the predictions as TSV rows")
    args = ap.parse_args(argv)
    rows = predictions(args.folder)
    judged_path = args.folder / "judged.tsv"
    judged = load(judged_path) if judged_path.exists() else {}
    if args.dump:
        w = csv.DictWriter(sys.stdout, FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for r in rows:
            old = judged.get((r["page"], r["cue_start"], r["cue"]), {})
            w.writerow({**r, **{k: old.get(k, "") for k in ("judgment", "class", "note")}})
        return 0
    tally: dict[str, dict[str, int]] = {h: {"correct": 0, "boundary": 0, "false": 0, "unjudged": 0}
                                        for h in "ABC"}
    classes: dict[str, int] = {}
    for r in rows:
        j = judged.get((r["page"], r["cue_start"], r["cue"]))
        verdict = j["judgment"] if j and j["judgment"] in ("correct", "boundary", "false") \
            else "unjudged"
        tally[half(r["page"])][verdict] += 1
        if verdict == "unjudged":
            print("unjudged:", "\t".join(r[k] for k in FIELDS[:5]))
        if verdict == "false":
            key = f"{half(r['page'])} {j['class']}"
            classes[key] = classes.get(key, 0) + 1
    for h, t in tally.items():
        n = sum(t.values())
        judged_n = n - t["unjudged"]
        p = (t["correct"] + t["boundary"]) / judged_n if judged_n else 0.0
        strict = t["correct"] / judged_n if judged_n else 0.0
        print(f"half {h}: {n} predicted, correct {t['correct']}, boundary {t['boundary']}, "
              f"false {t['false']}, unjudged {t['unjudged']}; precision {100 * p:.1f} "
              f"(strict {100 * strict:.1f})")
    for k in sorted(classes, key=lambda k: (k[0], -classes[k])):
        print(f"  false {k}: {classes[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
