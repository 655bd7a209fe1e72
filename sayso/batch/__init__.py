"""Corpus runs: analyse many articles on every core, or on a Dask cluster.

    sayso batch INPUT... -o OUT [--workers N] [--engine local|dask] [--scheduler ADDR]
                         [--format jsonl|parquet]

Modules, in the order a run uses them:
- `inputs`: folders, JSON Lines (also `.gz`, `.zst`) and WARC files, cut into shards.
- `job`: `run_batch`, the run from plan to assembled output; resumes from `manifest`.
- `local` / `dask_engine`: run `work.process_shard` on worker processes or a Dask cluster.
- `work`: the task: analyse one shard, write its files atomically (`tables`, `parquet`).
- `command`: the `sayso batch` subcommand and its progress display.

One bad item never stops a run: it is reported as one line and skipped, and the run ends
with a count of what was analysed and what was skipped.
"""

from __future__ import annotations

from .inputs import iter_inputs
from .job import BatchResult, Hooks, run_batch
from .timeouts import AnalysisTimeout, internal_error, time_limit

__all__ = ["AnalysisTimeout", "BatchResult", "Hooks", "internal_error", "iter_inputs",
           "run_batch", "time_limit"]
