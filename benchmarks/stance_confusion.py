"""Confusion matrices (gold x predicted) of stance and certainty over matched attribution pairs.

`sayso eval --errors` lists only the most frequent mistakes; this prints the whole matrix,
diagonal included, so a class rule can be aimed at the largest off-diagonal cell and its effect
read cell by cell. With `--show CELL` (e.g. `--show stance:deny>assert`) it also prints the
matched pairs of one cell with their cue and content: for tune material only (COMMON.md: never
read the system output of a test set).

    python benchmarks/stance_confusion.py evaldata/en-news/tune
    python benchmarks/stance_confusion.py evaldata/en-news/tune --show certainty:anonymous>asserted
    python benchmarks/stance_confusion.py evaldata/en-news/tune --by-article > after.tsv

`--by-article` prints one line per article (right stance, right certainty, matched pairs) so
that two code versions can be compared article by article (a change that helps one article
and hurts the others is a patch, not a class rule): run it from another directory with
PYTHONPATH set to the other checkout.
"""

from __future__ import annotations

import argparse
from collections import Counter

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from sayso.eval.command import evaluate_path
from sayso.eval.results import EvalSet

FIELDS = ("stance", "certainty")


def matrix(sets: list[EvalSet], field: str) -> Counter[tuple[str, str]]:
    """(gold, predicted) -> count over matched pairs whose gold gives `field`."""
    out: Counter[tuple[str, str]] = Counter()
    for s in sets:
        for r in s.results:
            for pair in r.score.pairs:
                want = getattr(r.gold.attributions[pair.gold], field)
                got = getattr(r.analysis.attributions[pair.pred], field)
                if want:
                    out[(want, got or "-")] += 1
    return out


def render(counts: Counter[tuple[str, str]], field: str, console: Console) -> None:
    gold = sorted({g for g, _ in counts}, key=lambda g: -sum(n for (a, _), n in counts.items() if a == g))
    pred = sorted({p for _, p in counts} | set(gold),
                  key=lambda p: -sum(n for (_, b), n in counts.items() if b == p))
    right = sum(n for (g, p), n in counts.items() if g == p)
    total = sum(counts.values())
    table = Table(title=f"{field}: {right}/{total} = {100 * right / max(total, 1):.1f}% "
                        f"(rows gold, columns predicted)")
    table.add_column("gold")
    for p in pred:
        table.add_column(p[:8], justify="right")
    table.add_column("n", justify="right")
    for g in gold:
        cells = [(f"[bold]{counts[(g, p)]}[/]" if g == p else str(counts[(g, p)] or "."))
                 for p in pred]
        table.add_row(g, *cells, str(sum(counts[(g, p)] for p in pred)))
    console.print(table)
    off = [(k, n) for k, n in counts.most_common() if k[0] != k[1]][:8]
    console.print("largest off-diagonal cells: " + ", ".join(f"{g}>{p} {n}" for (g, p), n in off))


def show(sets: list[EvalSet], field: str, want: str, got: str, console: Console, width: int = 220) -> None:
    for s in sets:
        for r in s.results:
            for pair in r.score.pairs:
                g = r.gold.attributions[pair.gold]
                p = r.analysis.attributions[pair.pred]
                if getattr(g, field) == want and getattr(p, field) == got:
                    src = p.source.text if p.source else None
                    cue = " ".join(c.text for c in p.cue)
                    content = " | ".join(c.text for c in p.content)[:width]
                    console.print(f"[dim]{r.case.text_path.name}[/] [bold]{src}[/] [{cue}] {content}",
                                  highlight=False)


def by_article(sets: list[EvalSet]) -> list[tuple[str, int, int, int]]:
    """(article, right stances, right certainties, matched pairs with gold labels)."""
    rows = []
    for s in sets:
        for r in s.results:
            stance = cert = n = 0
            for pair in r.score.pairs:
                g = r.gold.attributions[pair.gold]
                p = r.analysis.attributions[pair.pred]
                if g.stance:
                    n += 1
                    stance += g.stance == p.stance
                    cert += g.certainty == p.certainty
            rows.append((r.case.text_path.name, stance, cert, n))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="gold folders (as for `sayso eval`)")
    ap.add_argument("--show", help="FIELD:GOLD>PRED, print that cell's pairs (tune material only)")
    ap.add_argument("--by-article", action="store_true", help="print per-article counts as TSV")
    args = ap.parse_args()
    console = Console(width=200)
    with Progress(console=console, transient=True) as progress:
        sets = [evaluate_path(p, progress) for p in args.paths]
    if args.by_article:
        for row in by_article(sets):
            print("\t".join(map(str, row)))
        return
    for field in FIELDS:
        render(matrix(sets, field), field, console)
    if args.show:
        field, cell = args.show.split(":", 1)
        want, got = cell.split(">", 1)
        show(sets, field, want, got, console)


if __name__ == "__main__":
    main()
