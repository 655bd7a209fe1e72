"""`sayso eval` and `sayso export`: argparse wiring, the evaluation loop and its tables."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import InputError
from ..model import Analysis, Document
from .gold import GoldCase, discover
from .results import EvalSet, Result
from .score import DocScore, SetScore, score_document


def read_document(case: GoldCase) -> Document:
    """The case's text read exactly as `sayso analyze` reads it."""
    return case.read()


def evaluate_case(case: GoldCase) -> Result:
    """Read, analyse (timed: reading + pipeline) and score one article.

    If the pipeline raises, the article is scored with no predictions (so a crash costs
    recall instead of vanishing from the totals) and the error is in `score.problems`,
    prefixed "internal error"; set SAYSO_DEBUG=1 to let it raise.
    """
    from .. import pipeline

    t0 = time.perf_counter()
    doc = read_document(case)
    crash = None
    try:
        analysis = pipeline.run(doc)
    except Exception as exc:  # noqa: BLE001 - reported per article, see the docstring
        if os.environ.get("SAYSO_DEBUG"):
            raise
        crash = f"internal error: {type(exc).__name__}: {exc}"
        analysis = Analysis(document=doc)
    seconds = time.perf_counter() - t0
    gold = case.load(analysis.document)
    score = score_document(gold, analysis)
    score.seconds = seconds
    if crash:
        score.problems.insert(0, crash)
    return Result(case, analysis, gold, score)


def warm_up(cases: list[GoldCase]) -> None:
    """Analyse the first article once, untimed, so that documents/s measures warm throughput
    (lazy loading of dictionaries and models is start-up cost, measured by the benchmarks)."""
    from .. import pipeline

    if not cases:
        return
    try:
        pipeline.run(read_document(cases[0]))
    except Exception:  # noqa: BLE001 - the timed run reports it
        pass


def evaluate_path(path: str, progress: Progress | None = None,
                  max_docs: int | None = None) -> EvalSet:
    """Evaluate every gold case under `path` (the first `max_docs` in sorted order when given);
    a case that fails is recorded, not fatal."""
    cases = discover(path)
    if max_docs is not None:
        cases = cases[:max_docs]
    resolved = Path(path).resolve()
    name = resolved.name
    if name in ("dev", "train", "test") and resolved.parent.name:
        name = f"{resolved.parent.name}/{name}"
    score = SetScore(name)
    results: list[Result] = []
    task = progress.add_task(name, total=len(cases)) if progress else None
    warm_up(cases)
    for case in cases:
        try:
            result = evaluate_case(case)
        except InputError as exc:
            score.errors.append(f"{exc.path}: {exc.problem}")
        else:
            results.append(result)
            score.docs.append(result.score)
            crashes = [p for p in result.score.problems if p.startswith("internal error")]
            score.errors += [f"{case.text_path}: {p}" for p in crashes]
        if progress is not None and task is not None:
            progress.advance(task)
    return EvalSet(str(path), score, results)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


METRICS: list[tuple[str, str]] = [
    ("articles", "docs"), ("gold attributions", "gold"), ("predicted", "pred"),
    ("attribution P", "attribution.precision"), ("attribution R", "attribution.recall"),
    ("attribution F1", "attribution.f1"), ("speaker P", "speaker.precision"),
    ("speaker R", "speaker.recall"), ("speaker F1", "speaker.f1"),
    ("cue accuracy", "acc.cue"), ("kind accuracy", "acc.kind"),
    ("stance accuracy", "acc.stance"), ("certainty accuracy", "acc.certainty"),
    ("via recall", "via"), ("exact source F1", "span.source"), ("exact cue F1", "span.cue"),
    ("exact content F1", "span.content"), ("section accuracy", "sections"),
    ("documents/s", "speed"), ("KB/s", "kbps"),
]


def _metric(ss: SetScore, t: DocScore, key: str) -> str:
    if key == "docs":
        return str(len(ss.docs))
    if key == "gold":
        return str(t.attribution.n_gold)
    if key == "pred":
        return str(t.attribution.n_pred)
    if key == "via":
        return _ratio(t.via)
    if key == "sections":
        return _ratio(t.sections)
    if key == "speed":
        return f"{len(ss.docs) / t.seconds:.1f}" if t.seconds else "-"
    if key == "kbps":
        return f"{t.bytes / 1024 / t.seconds:.0f}" if t.seconds else "-"
    group, _, name = key.partition(".")
    if group == "acc":
        return _ratio(t.accuracy[name])
    if group == "span":
        return _pct(t.spans[name].f1)
    return _pct(getattr(getattr(t, group), name))


def set_scores(sets: list[EvalSet]) -> list[SetScore]:
    """The sets' scores, plus an 'overall' micro-average when there are several."""
    out = [s.score for s in sets]
    if len(sets) > 1:
        out.append(SetScore("overall", [d for s in sets for d in s.score.docs]))
    return out


def _json_path(key: str) -> list[str] | None:
    """Where a rate metric sits in the `--json` output of a set (None: not compared)."""
    group, _, name = key.partition(".")
    if group in ("attribution", "speaker"):
        return [group, name]
    if group == "acc":
        return ["accuracy", name, "value"]
    if group == "span":
        return ["exact_spans", name, "f1"]
    return {"via": ["via_recall", "value"], "sections": ["sections", "value"]}.get(key)


def _lookup(data: dict, path: list[str]) -> float | None:
    for step in path:
        if not isinstance(data, dict) or step not in data:
            return None
        data = data[step]
    return data if isinstance(data, (int, float)) else None


def load_baseline(path: str) -> dict[str, dict]:
    """Set name -> set scores, from a file written by `sayso eval --json`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        out = {s["name"]: s for s in data["sets"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(path, f"not a `sayso eval --json` output: {exc}") from None
    if isinstance(data.get("overall"), dict):
        out["overall"] = data["overall"]
    return out


def summary_table(sets: list[EvalSet], baseline: dict[str, dict] | None = None) -> Table:
    """Metrics as rows, one column per set (percentages unless counted); with a baseline,
    each rate is followed by its change in points."""
    table = Table(title="sayso eval (%)", title_justify="left")
    table.add_column("metric")
    scores = set_scores(sets)
    for ss in scores:
        table.add_column(ss.name, justify="right",
                         style="bold" if ss.name == "overall" else None)
    dicts = [ss.to_dict() if baseline else {} for ss in scores]
    totals = [ss.total() for ss in scores]
    for label, key in METRICS:
        cells = []
        for ss, t, now in zip(scores, totals, dicts, strict=True):
            cell = _metric(ss, t, key)
            path = _json_path(key)
            before = baseline.get(ss.name) if baseline else None
            if before is not None and path is not None:
                old, new = _lookup(before, path), _lookup(now, path)
                if old is not None and new is not None and cell != "-":
                    delta = 100 * (new - old)
                    style = "green" if delta > 0.05 else "red" if delta < -0.05 else "dim"
                    cell += f" [{style}]({delta:+.1f})[/]"
            cells.append(cell)
        table.add_row(label, *cells,
                      end_section=key in ("pred", "speaker.f1", "via", "span.content"))
    return table


def _ratio(r) -> str:
    return _pct(r.value) if r.total else "-"


def provenance_table(sets: list[EvalSet]) -> Table | None:
    rows = []
    for s in sets:
        t = s.score.total()
        for key, r in t.provenance.items():
            rows.append((s.score.name, key, r))
    if not rows:
        return None
    table = Table(title="provenance found", title_justify="left")
    for col in ("set", "field", "found", "gold"):
        table.add_column(col, justify="left" if col in ("set", "field") else "right")
    for name, key, r in rows:
        table.add_row(name, key, str(r.right), str(r.total))
    return table


def by_doc_table(s: EvalSet) -> Table:
    table = Table(title=f"{s.score.name}: per article (%)", title_justify="left")
    width = min(48, max((len(d.id) for d in s.score.docs), default=8))
    table.add_column("article", min_width=width, no_wrap=True)
    for col in ("gold", "pred", "tp", "attr F1", "spk F1", "cue", "cont F1", "sect", "ms"):
        table.add_column(col, justify="right")
    for d in s.score.docs:
        table.add_row(d.id, str(d.attribution.n_gold), str(d.attribution.n_pred),
                      str(d.attribution.tp), _pct(d.attribution.f1), _pct(d.speaker.f1),
                      _ratio(d.accuracy["cue"]), _pct(d.spans["content"].f1),
                      _ratio(d.sections), f"{1000 * d.seconds:.0f}")
    return table


def cmd_eval(args: argparse.Namespace) -> int:
    err = Console(stderr=True)
    out = Console(soft_wrap=False)
    sets: list[EvalSet] = []
    for path in args.paths:
        discover(path)  # fail fast, before any work, on a path that holds no gold
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True,
                  disable=args.json and not err.is_terminal) as progress:
        for path in args.paths:
            sets.append(evaluate_path(path, progress, args.max_docs))
    for s in sets:
        for e in s.score.errors:
            err.print(f"[red]sayso eval: {e}[/]", highlight=False)
    if args.json:
        payload = {
            "sets": [{"path": s.path, **s.score.to_dict(by_doc=args.by_doc)} for s in sets],
        }
        if len(sets) > 1:
            payload["overall"] = SetScore(
                "overall", [d for s in sets for d in s.score.docs]).to_dict()
        if args.errors:
            from .errors import errors_json
            payload["error_analysis"] = errors_json(sets, args.limit)
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        baseline = load_baseline(args.baseline) if args.baseline else None
        out.print(summary_table(sets, baseline))
        prov = provenance_table(sets)
        if prov is not None:
            out.print(prov)
        if args.by_doc:
            for s in sets:
                out.print(by_doc_table(s))
        if args.errors:
            from .errors import render_errors
            render_errors(sets, out, args.limit)
        notes = [(d.id, p) for s in sets for d in s.score.docs for p in d.problems
                 if not p.startswith("internal error")]
        if notes:
            out.print(f"[yellow]{len(notes)} gold note(s):[/] "
                      + "; ".join(f"{i}: {p}" for i, p in notes[:5])
                      + (" ..." if len(notes) > 5 else ""), highlight=False)
    failed = sum(len(s.score.errors) for s in sets)
    return 1 if failed else 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.db:
        from ..store import Store
        from ..store.export import export_store

        fmt = args.format or "jsonl"
        if fmt not in ("jsonl", "csv", "parquet"):
            raise InputError(args.db, f"a store exports as jsonl, csv or parquet, not {fmt}")
        with Store(args.db, readonly=True) as store:
            counts = export_store(store.conn, fmt, args.output)
        Console(stderr=True).print(f"wrote {counts} to {args.output}", highlight=False)
        return 0
    from ..export import export_paths

    fmt = args.format or "brat"
    if fmt not in ("brat", "labelstudio"):
        raise InputError(args.output, f"articles export as brat or labelstudio; {fmt} needs --db")
    if not args.paths:
        raise InputError(args.output, "nothing to export: give article PATHs or --db FILE")
    written = export_paths(args.paths, Path(args.output), fmt)
    Console(stderr=True).print(f"wrote {written} document(s) to {args.output}")
    return 0


def _count(value: str) -> int:
    n = int(value)
    if n < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return n


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `eval` and `export` subcommands to the `sayso` parser."""
    p = sub.add_parser("eval", help="score the analyser against gold annotations",
                       description="Score `sayso analyze` against gold: a folder of *.gold.json "
                                   "files, a PolNeAR folder (text/ + attributions/), a folder "
                                   "of brat *.ann beside *.txt, or a Label Studio task list "
                                   "(as `sayso export` writes them, corrected).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="gold folder(s) or file(s)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--by-doc", action="store_true", help="add a per-article table")
    p.add_argument("--baseline", metavar="FILE",
                   help="a saved `sayso eval --json` output: show each rate's change since")
    p.add_argument("--errors", action="store_true",
                   help="show missed, spurious and wrong-speaker attributions by cause")
    p.add_argument("--max-docs", type=_count, metavar="N",
                   help="evaluate only the first N articles of each set (sorted order)")
    p.add_argument("--limit", type=_count, default=10, metavar="N",
                   help="at most N examples per error group (default 10)")
    p.set_defaults(func=cmd_eval)

    e = sub.add_parser("export", help="write predictions as brat or Label Studio files",
                       description="Analyse articles and write the predictions for annotators "
                                   "to correct: brat (.txt + .ann + annotation.conf) or a Label "
                                   "Studio task list.")
    e.add_argument("paths", nargs="*", metavar="PATH",
                   help="article files, folders of articles, or gold folders")
    e.add_argument("--db", metavar="FILE", help="export a store instead (jsonl, csv, parquet)")
    e.add_argument("--format", choices=["brat", "labelstudio", "jsonl", "csv", "parquet"],
                   help="brat (default for articles) or labelstudio; jsonl (default for --db), "
                        "csv or parquet for a store")
    e.add_argument("-o", "--output", required=True, metavar="PATH",
                   help="output folder (a file for jsonl)")
    e.set_defaults(func=cmd_export)
