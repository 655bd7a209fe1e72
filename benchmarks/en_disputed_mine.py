"""Every `disputed` prediction and every denial's target over unlabeled English text, for reading.

Usage:
    .venv/bin/python benchmarks/en_disputed_mine.py OUT.tsv --bbc BBC_DIR [--articles 600] [--skip 600]
    .venv/bin/python benchmarks/en_disputed_mine.py OUT.tsv --texts DIR [--articles N]

BBC_DIR is the `data/bbc` folder of the BBC News dataset (Greene & Cunningham 2005; a copy in
DokahlSoZoor/DieNeueKrone). Its business, entertainment, tech and sport folders only are read
(politics is reserved), shuffled with seed 10 as `en_certainty_mine.py` does; `--skip` passes
over the first articles of that order (the 600 encert10 read). `--texts` reads every `*.txt`
of a folder (PolNeAR train text). One row per denial with a target (`link`) and per disputed
claim (`disputed`), with the sentence of each side, so that a reader can judge whether the
denial answers that claim. The judged rows of round 10 are `data/endisp10/judged.tsv`.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

from rich.progress import track

from sayso import analyze

FOLDERS = ("business", "entertainment", "tech", "sport")


def sentence(text: str, at: int) -> str:
    """The sentence around offset `at`, on one line, at most 300 characters."""
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    hi = text.find(". ", at + 1)
    hi = len(text) if hi < 0 else hi + 1
    return text[lo:hi].strip().replace("\n", " ").replace("\t", " ")[:300]


def files_of(args: argparse.Namespace) -> list[Path]:
    if args.bbc:
        files = [f for d in FOLDERS for f in sorted((args.bbc / d).glob("*.txt"))]
        random.Random(10).shuffle(files)
        return files[args.skip:args.skip + args.articles]
    return sorted(args.texts.glob("*.txt"))[:args.articles]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--bbc", type=Path)
    ap.add_argument("--texts", type=Path)
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--skip", type=int, default=0)
    args = ap.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["file", "offset", "row", "source", "cue", "sentence", "other_source", "other_sentence"])
        for f in track(files_of(args), description="analysing"):
            text = f.read_text("latin-1" if args.bbc else "utf-8")
            name = f"{f.parent.name}/{f.name}"
            atts = analyze(text).attributions
            by_id = {a.id: a for a in atts}
            for a in atts:
                if a.stance == "deny" and a.target in by_id:
                    t = by_id[a.target]
                    w.writerow([name, a.start, "link", a.source.text if a.source else "",
                                " ".join(c.text for c in a.cue), sentence(text, a.start),
                                t.source.text if t.source else "", sentence(text, t.start)])
                if a.certainty == "disputed":
                    deniers = [d for d in atts if d.target == a.id]
                    d = deniers[0] if deniers else None
                    w.writerow([name, a.start, "disputed", a.source.text if a.source else "",
                                " ".join(c.text for c in a.cue), sentence(text, a.start),
                                d.source.text if d and d.source else "",
                                sentence(text, d.start) if d else ""])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
