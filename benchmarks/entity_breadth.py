"""Breadth check of an entity fix (issue #15): which speaker clusterings change over unlabeled text.

`en_attr_breadth.py` and `zh_attr_breadth.py` print source spans, not the entities behind them:
a merging or typing rule changes no span, only which sources share an entity. This prints,
per attribution, the source span, its entity's display name and type, and the entity's
cluster label (the offset of the first source of the same entity in the article, so that two
runs compare although entity ids are renumbered); `--compare OLD` prints, grouped by article,
every row one side has and the other not, to be sampled and read by hand.

Usage (the old code from an exported checkout, run from /tmp so that it is the one imported):
    cd /tmp && PYTHONPATH=/tmp/old python /work/wt-x/benchmarks/entity_breadth.py OLD.tsv en DIR ...
    .venv/bin/python benchmarks/entity_breadth.py NEW.tsv en DIR ... --compare OLD.tsv
    .venv/bin/python benchmarks/entity_breadth.py NEW.tsv zh cnews.val.txt hk/ --compare OLD.tsv

English inputs are folders of `*.txt` articles (BBC 2004-05 non-politics, PolNeAR `text/`);
Chinese ones a THUCNews file (label<TAB>text per line) and folders of `*.txt` (hkcnews).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.progress import track

from sayso import pipeline
from sayso.model import Document


def rows(tag: str, text: str, language: str) -> list[str]:
    """One `article, offset, source, cluster, name (type)` row per attribution with a source."""
    analysis = pipeline.run(Document(text=text, language=language))
    first: dict[str, int] = {}
    out = []
    for a in sorted(analysis.attributions, key=lambda a: a.source.start if a.source else -1):
        if a.source is None or not a.source.entity:
            continue
        entity = analysis.entity(a.source.entity)
        label = first.setdefault(a.source.entity, a.source.start)
        name = f"{entity.name} ({entity.type})" if entity else "-"
        out.append(f"{tag}\t{a.source.start}\t{a.source.text}\t@{label}\t{name}".replace("\n", "⏎"))
    return out


def articles(language: str, inputs: list[Path]) -> list[tuple[str, str]]:
    """(tag, text) for every article of the inputs."""
    out: list[tuple[str, str]] = []
    for path in inputs:
        if path.is_dir():
            out += [(f"{path.name}/{f.stem}", f.read_text(encoding="utf-8", errors="replace"))
                    for f in sorted(path.glob("*.txt"))]
        elif language == "zh":
            lines = path.read_text(encoding="utf-8").split("\n")
            out += [(f"th{i}", line.partition("\t")[2]) for i, line in enumerate(lines) if line.strip()]
    return out


def compare(new: list[str], old_path: Path, console: Console) -> None:
    old = old_path.read_text(encoding="utf-8").splitlines()
    gone, came = set(old) - set(new), set(new) - set(old)
    by_article: dict[str, list[str]] = defaultdict(list)
    for sign, rows_ in (("-", gone), ("+", came)):
        for row in rows_:
            by_article[row.split("\t")[0]].append(f"{sign} {row}")
    for article in sorted(by_article):
        console.print(f"[bold]{article}[/bold]", highlight=False)
        for row in sorted(by_article[article], key=lambda r: (int(r.split("\t")[1]), r[0])):
            console.print("   " + row, highlight=False, markup=False)
    console.print(f"{len(by_article)} articles changed, {len(gone)} rows gone, {len(came)} new")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("language", choices=("en", "zh"))
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier output to compare with")
    args = ap.parse_args()
    console = Console(width=200)
    out: list[str] = []
    for tag, text in track(articles(args.language, args.inputs), console=console, transient=True):
        out += rows(tag, text, args.language)
    args.out.write_text("\n".join(out) + "\n", encoding="utf-8")
    if args.compare:
        compare(out, args.compare, console)


if __name__ == "__main__":
    main()
