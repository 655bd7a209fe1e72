"""The local engine: worker processes on this machine (`--workers N`, default: every core).

At most two shards per worker are in flight, so memory stays bounded whatever the corpus
size; each worker writes its own output files and sends back only a small summary.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from ..errors import InputError
from .inputs import Shard
from .manifest import ShardSummary
from .work import Job, load_analyser, process_shard


def run_local(shards: Iterable[Shard], job: Job, workers: int,
              on_done: Callable[[ShardSummary], None]) -> None:
    """Process `shards` with `workers` processes, calling `on_done` as each one finishes.

    One worker runs in this process (no pickling, and a debugger or monkeypatch sees it).
    Worker processes are forked where the platform allows it, so they share the parent's
    loaded modules copy-on-write instead of importing everything again.
    """
    if workers <= 1:
        for shard in shards:
            on_done(process_shard(shard, job))
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pending: dict[Future, Shard] = {}
    queue = iter(shards)

    def submit(pool: ProcessPoolExecutor) -> None:
        for shard in queue:
            pending[pool.submit(process_shard, shard, job)] = shard
            if len(pending) >= 2 * workers:
                return

    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=load_analyser)
    try:
        submit(pool)
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                shard = pending.pop(future)
                try:
                    summary = future.result()
                except BrokenProcessPool:
                    raise InputError(job.out_dir, "a worker process died (out of memory?); "
                                     "finished shards are kept: run the same command again "
                                     "to resume") from None
                except Exception as exc:  # noqa: BLE001 - e.g. disk full: this shard fails
                    summary = failed_summary(shard, exc)
                on_done(summary)
            submit(pool)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def failed_summary(shard: Shard, exc: BaseException) -> ShardSummary:
    """A shard that could not be processed at all: reported, left out of the manifest."""
    from .timeouts import internal_error

    line = internal_error(shard.label, exc).line()
    return ShardSummary(index=shard.index, key=shard.key, errors=[line], failed=True)
