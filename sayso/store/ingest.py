"""What `sayso ingest` reads: articles to analyse, and records already analysed.

- files and folders of articles (every reader sayso has: Markdown, HTML, text, JSON Lines of
  articles, stdin as `-`): analysed with the current pipeline;
- JSON Lines of `sayso.analysis/1` records (`sayso analyze --json`, `sayso batch`): loaded as
  they are, not analysed again; a malformed line is reported with its number and skipped;
- a Parquet dataset written by `sayso batch --format parquet -o DIR` (a folder with
  `documents/`): the `analysis` column holds each record verbatim (needs pyarrow).

Every item comes out as an Analysis or as an InputError naming the file (and line) and the
problem, so that one bad item never stops a corpus.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..batch import iter_inputs
from ..errors import InputError
from ..model import SCHEMA, Analysis
from ..read.limits import Limits


def iter_analyses(paths: Iterable[str], *, analyse: bool = True,
                  limits: Limits | None = None) -> Iterator[Analysis | InputError]:
    """Each analysis the inputs give (see the module docstring)."""
    for path in paths:
        if path != "-" and (Path(path) / "documents").is_dir():
            yield from _parquet_records(path)
            continue
        for file in iter_inputs([path]):
            if file != "-" and _holds_records(file):
                yield from _jsonl_records(file)
            elif analyse:
                yield from _analysed(file, limits)
            else:
                yield InputError(file, "not sayso.analysis/1 records (analysis is switched off)")


def _holds_records(file: str) -> bool:
    """A JSON Lines file whose first record is a sayso analysis."""
    if not file.endswith((".jsonl", ".json", ".ndjson")):
        return False
    try:
        with open(file, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    head = json.loads(line)
                    return isinstance(head, dict) and head.get("schema") == SCHEMA
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return False


def _jsonl_records(file: str) -> Iterator[Analysis | InputError]:
    try:
        f = open(file, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        yield InputError(file, f"cannot read: {exc.strerror or exc}")
        return
    with f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield Analysis.from_json(line)
            except (ValueError, KeyError, TypeError) as exc:
                yield InputError(f"{file}:{number}", f"not a valid {SCHEMA} record ({exc})")


def _analysed(file: str, limits: Limits | None) -> Iterator[Analysis | InputError]:
    from .. import pipeline
    from ..read import iter_documents

    try:
        items = iter_documents(file, limits=limits) if limits else iter_documents(file)
        for item in items:
            yield item if isinstance(item, InputError) else pipeline.run(item)
    except InputError as err:
        yield err


def _parquet_records(folder: str) -> Iterator[Analysis | InputError]:
    try:
        import pyarrow.dataset as ds
    except ImportError:
        yield InputError(folder, "reading Parquet needs pyarrow (pip install 'sayso[scale]')")
        return
    try:
        dataset = ds.dataset(str(Path(folder) / "documents"), format="parquet",
                             partitioning="hive")
        for batch in dataset.to_batches(columns=["analysis"]):
            for record in batch.column(0).to_pylist():
                try:
                    yield Analysis.from_json(record)
                except (ValueError, KeyError, TypeError) as exc:
                    yield InputError(folder, f"not a valid {SCHEMA} record ({exc})")
    except (OSError, ValueError) as exc:
        yield InputError(folder, f"not a readable Parquet dataset ({exc})")
