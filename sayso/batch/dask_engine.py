"""The Dask engine: the same shards as tasks on a Dask cluster (`--engine dask`).

Idiomatic Dask futures: `client.submit` of the importable task `work.process_shard` per
shard, a bounded window of tasks in flight, results taken with `as_completed`. Each task
reads its own input and writes its own files, and returns only a small summary, so nothing
big crosses the scheduler. A worker that dies has its running tasks rescheduled by Dask on
the other workers (up to `distributed.scheduler.allowed-failures` times); because a task's
files are written atomically under fixed names, a retried task overwrites, never duplicates.

With no `--scheduler`, a `LocalCluster` with one single-threaded worker process per core is
started and stopped. For a remote cluster, inputs and `-o` must be paths every worker sees
(a shared filesystem), and sayso must be installed on the workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice

from .inputs import Shard
from .local import failed_summary
from .manifest import ShardSummary
from .work import Job, process_shard


def run_dask(shards: Iterable[Shard], job: Job, workers: int, scheduler: str | None,
             on_done: Callable[[ShardSummary], None],
             on_dashboard: Callable[[str], None] | None = None) -> None:
    """Process `shards` on the cluster at `scheduler` (or a new LocalCluster of `workers`)."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    try:
        if on_dashboard and client.dashboard_link:
            on_dashboard(client.dashboard_link)
        threads = sum(client.nthreads().values()) or workers
        queue = iter(shards)
        by_key: dict[str, Shard] = {}

        def submit(shard: Shard):  # noqa: ANN202 - a dask Future
            key = f"sayso-shard-{shard.index:05d}-{shard.key}"
            by_key[key] = shard
            return client.submit(process_shard, shard, job, key=key, pure=False)

        running = as_completed([submit(s) for s in islice(queue, 2 * threads)])
        for future in running:
            shard = by_key.pop(future.key)
            try:
                summary = future.result()
            except Exception as exc:  # noqa: BLE001 - KilledWorker after too many deaths
                summary = failed_summary(shard, exc)
            future.release()
            on_done(summary)
            following = next(queue, None)
            if following is not None:
                running.add(submit(following))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
