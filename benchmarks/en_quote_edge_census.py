"""Census of English content parts whose edge sits on a quotation mark (round 28, `encontent28`).

The contract excludes quotation marks from content (`spec/analysis-json.md`); no content part of
the en-news gold starts with one (0 of 2,644 on the open pool). This counts, over unlabeled text,
the content parts the extractor opens on a quotation that closes inside the part (`“baseless”
claims by the Indian media that ...`, `"significant" cuts to services may ...`), in either form:

- `opens on mark`: the part's first character is the opening mark (the form before round 28:
  `contract_edges` kept a mark that closes inside the part);
- `after mark closed inside`: the part starts right after an opening mark that closes inside it
  (the form after round 28);

and, as classes left alone, two further looks of a quotation edge:

- `paragraph-end stop`: a part opened by a mark, with no closing mark, ending on a full stop
  at the end of its paragraph (kept when the quotation continues: `without_closing_stop`);
- `runs past closing mark`: a part opened by a mark that runs on past `,”`/`,"` into more words
  (the frame after a quotation: `..., safety,” Hon. Wale adds`).

Run by hand over breadth folders (plain `*.txt`, the BBC non-politics folders, PolNeAR train
`text/`), at most `--limit` articles per folder, a sample of each class printed:

    cd /tmp && PYTHONPATH=/work/wt-NAME /work/main/.venv/bin/python \\
        /work/wt-NAME/benchmarks/en_quote_edge_census.py /work/r28/breadth/bbc-business ... [--limit 150]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from sayso import pipeline
from sayso.model import Document

OPENING = "\"“"
CLOSING = re.compile(r"[\"”]")
RUNS_PAST = re.compile(r"[,.?!][\"”]\s+\w")


def classes(text: str, start: int, end: int) -> list[str]:
    """The quotation-edge classes of one content part `text[start:end]`."""
    part = text[start:end]
    out = []
    if part[:1] in OPENING and CLOSING.search(part, 1):
        out.append("opens on mark")
    opened = start > 0 and text[start - 1] in OPENING
    if opened and CLOSING.search(part) and not part.endswith(("”", '"')):
        out.append("after mark closed inside")
    if (opened or part[:1] in OPENING) and not CLOSING.search(part, 1) and part.endswith(".") \
            and text[end:end + 1] in ("\n", ""):
        out.append("paragraph-end stop")
    if (opened or part[:1] in OPENING) and RUNS_PAST.search(part):
        out.append("runs past closing mark")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--limit", type=int, default=150, help="articles per folder")
    ap.add_argument("--show", type=int, default=6, help="examples printed per class")
    args = ap.parse_args(argv)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    articles = parts = 0
    for folder in args.folders:
        for path in sorted(folder.glob("*.txt"))[:args.limit]:
            text = path.read_bytes().decode("utf-8", errors="replace")
            if "\ufffd" in text:
                text = path.read_bytes().decode("latin-1")
            analysis = pipeline.run(Document(text=text, language="en"))
            articles += 1
            doc = analysis.document.text
            for a in analysis.attributions:
                for c in a.content:
                    parts += 1
                    for cls in classes(doc, c.start, c.end):
                        counts[cls] += 1
                        examples[cls].append(f"{folder.name}/{path.name}: {doc[max(0, c.start - 12):c.start]}"
                                             f"[[{doc[c.start:c.end][:110]}]]")
    print(f"{articles} articles, {parts} content parts")
    rng = random.Random(28)
    for cls, n in counts.most_common():
        print(f"{n:6d}  {cls}")
        for line in rng.sample(examples[cls], min(args.show, n)):
            print("          " + line.replace("\n", "⏎"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
