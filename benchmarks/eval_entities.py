"""Score sayso's entity layer on a folder of entity gold (`<id>.entities.json`) and print a table.

Usage:
    .venv/bin/python benchmarks/eval_entities.py evaldata/entities/tune [--errors] [--json OUT]
        [--lang zh|en]

Each gold file names its article (`text_file`, next to it); the article is read with
`sayso.read.read_path` and analysed with `sayso.pipeline.run`, then scored with
`sayso.eval.entity_score` (mention P/R/F1, source precision, type accuracy, B-cubed coreference
and speaker clustering). `--errors` also lists, per article, the type errors, the predicted
source spans that match no gold mention, and the gold entities split over several predicted
entities. `--lang` keeps the articles of one language (by the gold origin's script: Latn is
English, Hans/Hant Chinese). Not a speed benchmark: it measures accuracy only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from sayso import pipeline
from sayso.eval.entity_score import (
    EntityScore,
    load_entity_gold,
    predicted_mentions,
    score_entities,
)
from sayso.read import read_path


def _row(name: str, s: EntityScore) -> list[str]:
    p, r, f = s.mention_prf
    return [name, f"{s.n_gold}", f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{s.source_precision:.3f}",
            f"{s.type_accuracy:.3f} ({s.type_right}/{s.type_total})", f"{s.coref.f1:.3f}",
            f"{s.speakers.f1:.3f} (n={s.speakers.n})"]


def _errors(console: Console, gold, analysis) -> None:
    text = analysis.document.text
    spans = [(m.start, m.end) for e in gold for m in e.mentions]
    for m in predicted_mentions(analysis):
        if m.source and not any(2 * max(0, min(m.end, e) - max(m.start, s)) > m.end - m.start
                                for s, e in spans):
            ent = analysis.entity(m.entity)
            console.print(f"    false source: {text[m.start:m.end]!r}"
                          f" -> {ent.name if ent else '-'} [{ent.type if ent else '-'}]")
    by_span = {(p.start, p.end): p.entity for p in predicted_mentions(analysis)}
    for e in gold:
        ids = {by_span[k] for k in ((m.start, m.end) for m in e.mentions) if k in by_span}
        named = sorted({(analysis.entity(i).name if analysis.entity(i) else i) for i in ids})
        if len(named) > 1:
            console.print(f"    split: {e.name} -> {named}")


def _language(spec: dict) -> str:
    """"en" for a Latin-script article, else "zh" (the corpus holds only these two)."""
    return "en" if spec.get("origin", {}).get("script") == "Latn" else "zh"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--errors", action="store_true", help="list errors per article")
    ap.add_argument("--json", type=Path, help="write the scores as JSON to this file")
    ap.add_argument("--lang", choices=("zh", "en"), help="only the articles of this language")
    args = ap.parse_args(argv)
    console = Console(width=150)
    total = EntityScore()
    rows: list[list[str]] = []
    per_doc: dict[str, dict] = {}
    golds = sorted(p for f in args.folders for p in f.glob("*.entities.json"))
    if not golds:
        print(f"sayso: {', '.join(map(str, args.folders))}: no *.entities.json files",
              file=sys.stderr)
        return 2
    for gold_path in track(golds, description="scoring", console=console, transient=True):
        spec = json.loads(gold_path.read_text(encoding="utf-8"))
        if args.lang and _language(spec) != args.lang:
            continue
        doc = read_path(gold_path.parent / spec["text_file"])[0]
        analysis = pipeline.run(doc)
        gold = load_entity_gold(spec, doc.text)
        s = score_entities(gold, analysis)
        total.add(s)
        name = gold_path.name.removesuffix(".entities.json")
        rows.append(_row(name, s))
        per_doc[name] = s.to_dict()
        if args.errors:
            console.print(f"[bold]{name}[/bold]")
            for ename, gtype, ptype in s.type_errors:
                console.print(f"    type: {ename} is {gtype}, predicted {ptype}")
            _errors(console, gold, analysis)
    table = Table(title="entity layer vs gold (" + ", ".join(map(str, args.folders)) + ")")
    for col in ("article", "gold m.", "mention P", "mention R", "mention F1", "source P",
                "type acc", "coref B3 F1", "speaker B3 F1"):
        table.add_column(col, justify="left" if col == "article" else "right")
    for r in rows:
        table.add_row(*r)
    table.add_row(*_row("ALL (micro)", total), style="bold")
    console.print(table)
    c, sp = total.coref, total.speakers
    console.print(f"coref B3 P/R {c.precision:.3f}/{c.recall:.3f}; "
                  f"speaker B3 P/R {sp.precision:.3f}/{sp.recall:.3f}")
    if args.json:
        args.json.write_text(json.dumps({"total": total.to_dict(), "articles": per_doc},
                                        indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
