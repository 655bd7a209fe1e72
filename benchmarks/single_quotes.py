"""How often single quotation marks read as quotation (`sayso.lang.en.single_quotes`) and the
passive reporting frames (`sayso.lang.en.passive_frames`) fire on a folder of texts, with a
random sample of each to read by hand for precision.

Usage: python benchmarks/single_quotes.py FOLDER [FOLDER ...] [--sample N] [--seed S]
(a PolNeAR folder's `text/` is used when it has one; otherwise every *.txt).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.passive_frames import moved_agent_frames
from sayso.lang.en.single_quotes import opens_with_single, quotation_pairs, quote_view
from sayso.lang.en.tokens import split_sentences, tokenize


def texts(folder: Path) -> list[Path]:
    if (folder / "text").is_dir():
        return sorted((folder / "text").iterdir())
    return sorted(folder.glob("*.txt"))


def pairs_of(text: str) -> list[str]:
    """Each single-mark quotation of `text` with a little context, as `quote_view` reads it."""
    out = []
    paragraphs = text.split("\n")
    for k, para in enumerate(paragraphs):
        runs_on = opens_with_single(next((p for p in paragraphs[k + 1:] if p.strip()), ""))
        for a, b in quotation_pairs(para, runs_on):
            out.append(f"{para[max(0, a - 40):a]}[[{para[a:b + 1]}]]{para[b + 1:b + 30]}")
    return out


def frames_of(text: str) -> list[str]:
    view = quote_view(text)
    tokens = tokenize(view)
    lower = [t.text.lower() for t in tokens]
    found = moved_agent_frames(tokens, lower, split_sentences(view, tokens), lexicon())
    return [view[tokens[min(r[0] for r in (*f.cue, *f.content, f.source))].start:
                 tokens[max(r[1] for r in (*f.cue, *f.content)) - 1].end] for f in found if f.source]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    console = Console()
    table = Table(title="single quotation marks and passive frames")
    for col in ("folder", "texts", "with pairs", "pairs", "frames"):
        table.add_column(col, justify="right" if col != "folder" else "left")
    rng = random.Random(args.seed)
    for folder in args.folders:
        files = texts(folder)
        pairs: list[str] = []
        frames: list[str] = []
        with_pairs = 0
        for path in track(files, description=folder.name, console=console):
            text = path.read_text("utf-8")
            found = pairs_of(text)
            with_pairs += bool(found)
            pairs += found
            frames += frames_of(text)
        table.add_row(str(folder), str(len(files)), str(with_pairs), str(len(pairs)), str(len(frames)))
        for p in rng.sample(pairs, min(args.sample, len(pairs))):
            console.print("  pair:", p.replace("\n", " ")[:160], markup=False)
        for f in rng.sample(frames, min(args.sample, len(frames))):
            console.print("  frame:", f.replace("\n", " ")[:160], markup=False)
    console.print(table)


if __name__ == "__main__":
    main()
