"""`sayso ingest`: inputs read (ingest.py), records prepared by worker processes (rows.py), and
stored by one writer (`Store.add_rows`) in input order.

Decoding a record, folding its text and cutting it into search terms, and computing its entity
keys (`to_rows`) need no database, and are most of an ingest's work; SQL needs one writer. So
`prepared(items, workers)` sends chunks of records to a `ProcessPoolExecutor` and yields each
item's rows (or its InputError) in the order the items came, whatever order the workers finish
in: the store, its counts, batches (kill -9 safety) and the numbers of bad lines are the same
for any number of workers.

At most two chunks per worker are in flight, so memory stays flat whatever the corpus size.
Workers are spawned (not forked from a process holding SQLite connections and progress-bar
threads), and each exits when its parent dies (a killed ingest leaves no orphans behind).
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

from ..errors import InputError
from ..model import Analysis
from .api import IngestCounts, Store
from .ingest import Record, iter_items, to_rows
from .rows import DocRows, record_text

CHUNK = 100  # records per task: large enough that pickling and queues cost little
IN_FLIGHT = 2  # chunks per worker submitted ahead of the writer


def ingest(store: Store, paths: Iterable[str], *, analyse: bool = True, workers: int = 1,
           counts: IngestCounts | None = None,
           on_error: Callable[[InputError], None] | None = None,
           on_document: Callable[[DocRows, str], None] | None = None) -> IngestCounts:
    """Files, folders, JSON Lines (articles or `sayso.analysis/1` records), Parquet output of
    `sayso batch`: analysed (or loaded) and stored in `store`. Records are prepared by
    `workers` processes (1: in this one) and written in input order; each bad item is counted
    as skipped and given to `on_error`. With workers > 1 a script must guard its entry point
    (`if __name__ == "__main__":`): workers are spawned and import the main module."""
    counts = counts or IngestCounts()

    def good() -> Iterator[DocRows]:
        for item in prepared(iter_items(paths, analyse=analyse), workers=workers):
            if isinstance(item, InputError):
                counts.skipped += 1
                if on_error:
                    on_error(item)
                continue
            yield item

    return store.add_rows(good(), counts, on_document)


def default_workers() -> int:
    """One worker per CPU the process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def prepared(items: Iterable[Record | Analysis | InputError], workers: int = 1
             ) -> Iterator[DocRows | InputError]:
    """Each item's rows (`ingest.to_rows`), InputErrors passed through, in input order."""
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, InputError) else to_rows(item)
        return
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"),
                               initializer=_watch_parent, initargs=(os.getpid(),))
    pending: deque[tuple[list[Any], Future]] = deque()
    try:
        for chunk in _chunks(items):
            work = [_portable(i) for i in chunk if not isinstance(i, InputError)]
            pending.append((chunk, pool.submit(_prepare_chunk, work)))
            if len(pending) >= IN_FLIGHT * workers:
                yield from _merge(*pending.popleft())
        while pending:
            yield from _merge(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _portable(item: Record | Analysis) -> Record | dict[str, Any]:
    """What a worker receives: a record as is, an analysis as its JSON dict."""
    return item.to_dict() if isinstance(item, Analysis) else item


def _merge(chunk: list[Any], future: Future) -> Iterator[DocRows | InputError]:
    results = iter(future.result())
    for item in chunk:
        if isinstance(item, InputError):
            yield item
            continue
        out = next(results)
        # an InputError does not pickle (its __init__ takes two arguments): it travels as a pair
        if isinstance(out, tuple):
            yield InputError(*out)
            continue
        if isinstance(item, Record):
            out.record = record_text(item.text)  # kept here, not sent back (below)
        yield out


def _prepare_chunk(work: list[Record | dict[str, Any]]) -> list[DocRows | tuple[str, str]]:
    from .rows import prepare

    out: list[DocRows | tuple[str, str]] = []
    for item in work:
        rows = prepare(item) if isinstance(item, dict) else to_rows(item)
        if isinstance(rows, InputError):
            out.append((rows.path, rows.problem))
            continue
        if isinstance(item, Record):
            rows.record = ""  # the parent has the record's text: half the bytes to send back
        out.append(rows)
    return out


def _watch_parent(parent: int) -> None:
    """Exit when the parent process is gone (it was killed: nobody will read our results)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
