"""The `sayso` command line. Every subcommand exits non-zero with one line on bad input."""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from rich.console import Console

from .errors import InputError


def sample_path() -> Path:
    """The bundled sample: the reference GNews article."""
    return Path(str(resources.files("sayso.data").joinpath("sample/gnews-2181912.md")))


def cmd_analyze(args: argparse.Namespace) -> int:
    from . import pipeline
    from .read import read_path
    from .report import render

    path = str(sample_path()) if args.sample else args.path
    if path is None:
        raise InputError("-", "no input: give a PATH, '-' for standard input, or --sample")
    docs = read_path(path, format=args.format)
    if not docs:
        raise InputError(path, "no article found")
    console = Console(soft_wrap=False)
    for i, doc in enumerate(docs):
        analysis = pipeline.run(doc)
        if args.json:
            sys.stdout.write(analysis.to_json() + "\n")
        else:
            if i:
                console.rule()
            render(analysis, console)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sayso", description="Who said what, on whose authority, through which channels.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse one article (or each article of a JSONL file)")
    p.add_argument("path", nargs="?", help="file to read, or - for standard input")
    p.add_argument("--format", choices=["markdown", "html", "text", "jsonl"],
                   help="input format (default: from the file name and content)")
    p.add_argument("--json", action="store_true", help="print the sayso.analysis/1 record")
    p.add_argument("--sample", action="store_true", help="analyse the bundled sample article")
    p.set_defaults(func=cmd_analyze)

    try:
        from .eval.command import register as register_eval
    except ImportError:
        pass
    else:
        register_eval(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except InputError as exc:
        print(f"sayso: {exc.path}: {exc.problem}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("sayso: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
