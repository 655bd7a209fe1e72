"""Breadth check of `nested_reports.report_noun_frames` (issue #11): where it fires over unlabeled English text.

Every sentence that holds a report noun (`nested_reports.REPORT_NOUNS`) is read alone with the
combined extractor (`extract.candidates`), and the nested report attributions
`report_noun_frames` adds are printed (`file | outer cue | outer content | inner source | cue |
content`), for a hand-read sample. Before the change there were none, so each line is a change.

Usage: python benchmarks/enext13_breadth.py DIR ... [--sample N]
(DIR: folders of plain-text articles, e.g. PolNeAR `train/text`, the BBC non-politics folders.)
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from rich.progress import track

from sayso.lang.en.extract import candidates
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.nested_reports import REPORT_NOUNS, report_noun_frames

NOUN = re.compile(r"\b(" + "|".join(sorted(REPORT_NOUNS)) + r")\b", re.I)


def firings(text: str) -> list[str]:
    lex = lexicon()
    out = []
    for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
        if not NOUN.search(sent):
            continue
        tokens, _, found = candidates(sent)
        lower = [t.text.lower() for t in tokens]

        def show(rs, tokens=tokens):
            return " ".join(tokens[i].text for a, b in rs for i in range(a, b))
        before = {id(c): (show(c.cue), show(c.content)) for c in found}
        for inner in report_noun_frames(tokens, lower, found, lex):
            outer = next(c for c in found if show(c.cue) != before[id(c)][0]
                         or show(c.content) != before[id(c)][1]
                         or any(a <= inner.content[0][0] < b for a, b in c.content))
            src = show([inner.source]) if inner.source else "-"
            out.append(f"{show(outer.cue)} | {show(outer.content)} || {src} | {show(inner.cue)} | "
                       f"{show(inner.content)}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--sample", type=int, default=30)
    args = ap.parse_args()
    files = sorted(p for d in args.dirs for p in Path(d).glob("*.txt"))
    rows = []
    for p in track(files, description="articles"):
        rows += [f"{p.parent.name}/{p.name} | {r}" for r in firings(p.read_text(errors="replace"))]
    print(f"{len(files)} articles, {len(rows)} nested report attributions added")
    random.seed(13)
    for r in random.sample(rows, min(args.sample, len(rows))):
        print(r)


if __name__ == "__main__":
    main()
