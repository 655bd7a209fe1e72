"""What the English census scripts of round 27 share: their command line (folders of `*.txt`
articles, `--limit N`) and the articles they read, shuffled with one fixed seed so that `--limit`
takes the same sample in every script (`en_pronoun_census.py`, `en_surname_splits.py`,
`en_type_census.py`).
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

from sayso import pipeline
from sayso.model import Analysis, Document


def census_parser(doc: str) -> argparse.ArgumentParser:
    """A parser with the census scripts' shared arguments; `doc`'s first line describes it."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=100000)
    return parser


def analysed_articles(folders: list[Path], limit: int) -> Iterator[tuple[Path, str, Analysis]]:
    """The first `limit` articles of `folders` in the fixed shuffled order, each with its text and
    its English analysis."""
    files = [f for d in folders for f in sorted(d.glob("*.txt"))]
    random.Random(27).shuffle(files)
    for f in files[:limit]:
        text = f.read_text(errors="replace")
        yield f, text, pipeline.run(Document(text=text, language="en"))
