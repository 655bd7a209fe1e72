"""Precision of `denied_charges.denial_frames` alone over unlabeled text (encue26).

The rule fills only gaps the tagger and the other rules leave, so its effect on breadth text is
small; this prints every frame the rule would read on its own (nothing found before), one
`file | source | cue | content` line each, with the total, for judging by hand.

    python benchmarks/en_denied_charges_breadth.py DIR ... [--sample N]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from sayso.lang.en.denied_charges import denial_frames
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.single_quotes import quote_view
from sayso.lang.en.tokens import split_sentences, tokenize


def frames(text: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) of the rule's frames on `text`."""
    text = quote_view(text)
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    out = []
    for c in denial_frames(tokens, lower, split_sentences(text, tokens), [], lexicon()):
        def words(a: int, b: int) -> str:
            return text[tokens[a].start:tokens[b - 1].end]
        out.append((words(*c.source) if c.source else "-", words(*c.cue[0]), words(*c.content[0])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--sample", type=int, default=0, help="print a random sample of N lines (seed 26)")
    args = ap.parse_args()
    rows = []
    for d in args.dirs:
        for f in sorted(Path(d).glob("*.txt")):
            for src, cue, content in frames(f.read_text("utf-8", errors="replace")):
                rows.append(f"{f.parent.name}/{f.name} | {src} | {cue} | {content[:120]}")
    if args.sample:
        rows = random.Random(26).sample(rows, min(args.sample, len(rows)))
    print("\n".join(rows))
    print(f"{len(rows)} frames")


if __name__ == "__main__":
    main()
