"""What `sayso ingest` reads: articles to analyse, and records already analysed.

- files and folders of articles (every reader sayso has: Markdown, HTML, text, JSON Lines of
  articles, stdin as `-`): analysed with the current pipeline;
- JSON Lines of `sayso.analysis/1` records (`sayso analyze --json`, `sayso batch`): loaded as
  they are, not analysed again; a malformed line is reported with its number and skipped;
- a Parquet dataset written by `sayso batch --format parquet -o DIR` (a folder with
  `documents/`): the `analysis` column holds each record verbatim (needs pyarrow).

Records come out as they are written (`Record`: the JSON text and where it stands), so that
`to_rows` (rows.py) can build the store's rows from the parsed JSON in a worker process;
`iter_analyses` gives model objects instead. Every item is a Record, an Analysis, or an
InputError naming the file (and line) and the problem, so that one bad item never stops a corpus.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..batch import iter_inputs
from ..errors import InputError
from ..model import SCHEMA, Analysis
from ..read.limits import Limits
from .rows import DocRows, prepare, prepare_line

# What a malformed record raises (from json.loads, `Analysis.from_json` or `rows.prepare`).
RECORD_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


@dataclass(slots=True)
class Record:
    """One `sayso.analysis/1` record as written: where it stands (file:line) and its JSON."""

    where: str
    text: str


def iter_items(paths: Iterable[str], *, analyse: bool = True,
               limits: Limits | None = None) -> Iterator[Record | Analysis | InputError]:
    """Each record or analysis the inputs give (see the module docstring), in input order."""
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


def iter_analyses(paths: Iterable[str], *, analyse: bool = True,
                  limits: Limits | None = None) -> Iterator[Analysis | InputError]:
    """Each analysis the inputs give, records turned into model objects."""
    for item in iter_items(paths, analyse=analyse, limits=limits):
        if isinstance(item, Record):
            try:
                yield Analysis.from_json(item.text)
            except RECORD_ERRORS as exc:
                yield InputError(item.where, f"not a valid {SCHEMA} record ({exc})")
        else:
            yield item


def to_rows(item: Record | Analysis) -> DocRows | InputError:
    """The store rows of a record or an analysis, or why the record is not valid."""
    if isinstance(item, Analysis):
        return prepare(item.to_dict())
    try:
        return prepare_line(item.text)
    except RECORD_ERRORS as exc:
        return InputError(item.where, f"not a valid {SCHEMA} record ({exc})")


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


def _jsonl_records(file: str) -> Iterator[Record | InputError]:
    try:
        f = open(file, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        yield InputError(file, f"cannot read: {exc.strerror or exc}")
        return
    with f:
        for number, line in enumerate(f, 1):
            if line.strip():
                yield Record(f"{file}:{number}", line)


def _analysed(file: str, limits: Limits | None) -> Iterator[Analysis | InputError]:
    from .. import pipeline
    from ..read import iter_documents

    try:
        items = iter_documents(file, limits=limits) if limits else iter_documents(file)
        for item in items:
            yield item if isinstance(item, InputError) else pipeline.run(item)
    except InputError as err:
        yield err


def _parquet_records(folder: str) -> Iterator[Record | InputError]:
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
                yield Record(folder, record)
    except (OSError, ValueError) as exc:
        yield InputError(folder, f"not a readable Parquet dataset ({exc})")
