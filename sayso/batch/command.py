"""The `sayso batch` subcommand: options, progress display and the final summary."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from ..read.limits import Limits
from .job import ENGINES, OUT_FORMATS, Hooks, default_workers, run_batch


def register(sub: argparse._SubParsersAction,
             add_input_options: Callable[..., None]) -> None:
    """Add `batch` to the subcommands; `add_input_options` adds the shared reader flags."""
    p = sub.add_parser("batch", help="analyse many files, folders, JSONL and WARC corpora on "
                       "every core (or a Dask cluster) into JSON Lines or Parquet")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files, folders (read recursively), JSONL corpora (.jsonl, .jsonl.gz, "
                   ".jsonl.zst), WARC files (.warc, .warc.gz), or - for stdin")
    add_input_options(p, 300, ("parquet",))  # `--format parquet` = `--out-format parquet`
    p.add_argument("-o", "--output", metavar="OUT", help="JSON Lines file (default stdout), "
                   "or the folder of a Parquet dataset; an interrupted run resumes")
    p.add_argument("--out-format", "--output-format", dest="out_format", choices=OUT_FORMATS,
                   default="jsonl", help="jsonl (default) or parquet (-o DIR: documents/, "
                   "attributions/, entities/, via/, partitioned by language)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help=f"worker processes (default: every core, {default_workers()} here)")
    p.add_argument("--engine", choices=ENGINES, default="local",
                   help="local worker processes (default) or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address (default: start a LocalCluster)")
    p.add_argument("--shard-size", type=int, default=100, metavar="N",
                   help="articles per unit of work (default 100)")
    p.add_argument("--strict", action="store_true", help="exit 1 when any item was skipped")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_batch)


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def cmd_batch(args: argparse.Namespace) -> int:
    if args.format == "parquet":
        args.format, args.out_format = None, "parquet"
    limits = Limits(max_bytes=args.max_bytes or None, max_line=args.max_line or None)
    interactive = not args.quiet and sys.stderr.isatty()
    progress = Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TextColumn("{task.fields[rate]} articles/s"),
        TextColumn("{task.fields[errors]} skipped"), TimeElapsedColumn(),
        TextColumn("ETA"), TimeRemainingColumn(),
        console=Console(stderr=True), transient=True, disable=not interactive)
    task = progress.add_task("analysing", total=None, rate="-", errors=0)
    state = {"articles": 0, "errors": 0}

    def report(line: str) -> None:
        if progress.live.is_started:
            progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            _say(line)

    def start(todo: int, resumed: int) -> None:
        progress.update(task, total=todo)
        if resumed:
            report(f"sayso: resuming: {resumed} articles already done")

    def shard_done(summary) -> None:  # noqa: ANN001 - a ShardSummary
        state["articles"] += summary.analysed + len(summary.errors)
        state["errors"] += len(summary.errors)
        elapsed = progress.tasks[0].elapsed or 0.0
        rate = f"{state['articles'] / elapsed:.1f}" if elapsed else "-"
        progress.update(task, completed=state["articles"], rate=rate, errors=state["errors"])

    hooks = Hooks(on_error=report, on_start=start, on_shard=shard_done,
                  on_dashboard=lambda link: report(f"sayso: Dask dashboard: {link}"))
    with progress:
        result = run_batch(
            args.paths, args.output, out_format=args.out_format, workers=args.workers,
            engine=args.engine, scheduler=args.scheduler, shard_size=max(1, args.shard_size),
            format=args.format, limits=limits, timeout=args.timeout, hooks=hooks)
    if interactive:
        rate = result.analysed / result.seconds if result.seconds else 0.0
        _say(f"sayso: {result.seconds:.1f} s, {rate:.1f} articles/s, {result.workers} "
             f"workers ({result.engine}), {result.shards} shards ({result.resumed} resumed)")
    if result.failed:
        _say(f"sayso: {result.failed} shards failed: run the same command again to retry them")
    _say(f"sayso: analysed {result.analysed}, skipped {result.skipped}"
         + (f" (output: {args.output})" if args.output else ""))
    if result.failed or result.analysed == 0 or (args.strict and result.skipped):
        return 1
    return 0
