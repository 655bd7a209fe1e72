"""The `sayso` command line. Every subcommand exits non-zero with one line on bad input.

Exit codes: 0 success; 1 some items of a corpus failed (or `batch --strict`); 2 the input was
refused (`sayso: <path>: <problem>`); 3 internal error (`sayso: <path>: internal error: ...`,
set SAYSO_DEBUG=1 to see the traceback); 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import resources
from pathlib import Path

from rich.console import Console

from .errors import InputError, one_line
from .read.limits import Limits


def sample_path() -> Path:
    """The bundled sample: the reference GNews article."""
    return Path(str(resources.files("sayso.data").joinpath("sample/gnews-2181912.md")))


def _limits(args: argparse.Namespace) -> Limits:
    """The limits the flags ask for (0 switches a limit off)."""
    return Limits(max_bytes=args.max_bytes or None, max_line=args.max_line or None)


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def cmd_analyze(args: argparse.Namespace) -> int:
    from . import pipeline
    from .batch import time_limit
    from .read import iter_documents
    from .report import render

    path = str(sample_path()) if args.sample else args.path
    if path is None:
        raise InputError("-", "no input: give a PATH, '-' for standard input, or --sample")
    args.current_path = path
    # rich turns colours off by itself when stdout is not a terminal (and under NO_COLOR).
    console = Console(soft_wrap=False, width=args.width)
    shown = failed = 0
    for item in iter_documents(path, format=args.format, limits=_limits(args)):
        if isinstance(item, InputError):
            _say(item.line())
            failed += 1
            continue
        try:
            with time_limit(args.timeout, path):
                analysis = pipeline.run(item)
        except InputError as err:  # too slow: a bad item of a corpus, not the end of the run
            _say(err.line())
            failed += 1
            continue
        if args.html:
            if shown:
                raise InputError(path, "--html writes one article, and this input holds several")
            from .web.render import write_html

            write_html(analysis, args.html)
            _say(f"sayso: wrote {args.html}")
        elif args.json:
            sys.stdout.write(analysis.to_json() + "\n")
        else:
            if shown:
                console.rule()
            render(analysis, console)
        shown += 1
    if not shown and not failed:
        raise InputError(path, "no article found")
    if failed:
        return 1 if shown else 2
    return 0


def _add_input_options(p: argparse.ArgumentParser, timeout: float,
                       extra_formats: tuple[str, ...] = ()) -> None:
    p.add_argument("--format", choices=["markdown", "html", "text", "jsonl", *extra_formats],
                   help="input format (default: from the file name and content)"
                   + "".join(f"; {f}: write {f} output" for f in extra_formats))
    default = Limits()
    p.add_argument("--max-bytes", type=int, default=default.max_bytes, metavar="N",
                   help=f"refuse inputs larger than N bytes (default {default.max_bytes:,}; "
                   "0 = no limit)")
    p.add_argument("--max-line", type=int, default=default.max_line, metavar="N",
                   help=f"refuse texts with a line over N characters (default "
                   f"{default.max_line:,}; 0 = no limit)")
    p.add_argument("--timeout", type=float, default=timeout, metavar="SECONDS",
                   help=f"give up on an article whose analysis takes longer (default "
                   f"{timeout:g}; 0 = no limit)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sayso", description="Who said what, on whose authority, through which channels.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse one article (or each article of a JSONL file)")
    p.add_argument("path", nargs="?", help="file to read, or - for standard input")
    _add_input_options(p, timeout=0)
    p.add_argument("--json", action="store_true", help="print the sayso.analysis/1 record")
    p.add_argument("--sample", action="store_true", help="analyse the bundled sample article")
    p.add_argument("--html", metavar="FILE",
                   help="write the article's page (one self-contained HTML file) to FILE")
    p.add_argument("--width", type=int, metavar="COLUMNS",
                   help="format the report for this many columns (default: the terminal's)")
    p.set_defaults(func=cmd_analyze)

    from .batch.command import register as register_batch

    register_batch(sub, _add_input_options)

    from .store.cli import register as register_store
    from .web.serve import register as register_serve

    register_store(sub)

    register_serve(sub)

    try:
        from .eval.command import register as register_eval
    except ImportError:
        pass
    else:
        register_eval(sub)
    return parser


def _where(args: argparse.Namespace) -> str:
    """The input being worked on when something went wrong, for the one-line message."""
    current = getattr(args, "current_path", None) or getattr(args, "path", None)
    if current is None and getattr(args, "paths", None):
        current = " ".join(args.paths)
    return str(current or "-").replace("\n", "\\n")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except InputError as exc:
        _say(exc.line())
        return 2
    except KeyboardInterrupt:
        _say("sayso: interrupted")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except Exception as exc:  # noqa: BLE001 - the user gets one line, never a traceback
        if os.environ.get("SAYSO_DEBUG"):
            raise
        _say(f"sayso: {_where(args)}: internal error: {type(exc).__name__}: "
             f"{one_line(str(exc), 200)}")
        return 3


def _silence_stdout() -> None:
    """After EPIPE (`sayso ... | head`), stop Python from complaining when it flushes stdout."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
