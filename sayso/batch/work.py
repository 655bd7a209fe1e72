"""The task a worker runs: analyse one shard and write its output files.

Shared by both engines (worker processes of `local`, workers of a Dask cluster), so it lives
in an importable module: Dask ships a reference to `process_shard`, not its code, and the
models are loaded once per worker process by `load_analyser`, never shipped with a task.
"""

from __future__ import annotations

import functools
import os
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Document
from ..read import DEFAULT_LIMITS, Limits
from .inputs import Shard, read_shard
from .manifest import ShardSummary
from .timeouts import internal_error, time_limit


@dataclass(frozen=True)
class Job:
    """What every shard of a run shares: where output goes and how to read input."""

    out_dir: str
    out_format: str = "jsonl"  # "jsonl" (part files, concatenated at the end) or "parquet"
    format: str | None = None
    limits: Limits = DEFAULT_LIMITS
    timeout: float | None = None


@functools.cache
def load_analyser() -> None:
    """Load the pipeline and its lexicons and models once per process (cached).

    The pipeline loads its models lazily on first use; one small article in each language
    does that here, so that the first shard of every worker is not slower than the rest.
    """
    from .. import pipeline

    pipeline.run(Document(text="外交部发言人说，会谈是建设性的。"))
    pipeline.run(Document(text="The spokesman said the talks were constructive."))


def part_path(out_dir: str, index: int) -> Path:
    """Where the JSON Lines of shard `index` go."""
    return Path(out_dir) / f"part-{index:05d}.jsonl"


def process_shard(shard: Shard, job: Job) -> ShardSummary:
    """Analyse every article of `shard`, write the output atomically, report what happened.

    A bad item is reported (one line in `errors`) and skipped; the shard goes on.
    """
    from .. import pipeline

    load_analyser()
    started = time.perf_counter()
    summary = ShardSummary(index=shard.index, key=shard.key)
    texts: list[str] = []
    try:
        for where, item in read_shard(shard, format=job.format, limits=job.limits):
            if isinstance(item, InputError):
                summary.errors.append(item.line())
                continue
            label = f"{where} [{item.id}]"
            try:
                with time_limit(job.timeout, label):
                    analysis = pipeline.run(item)
            except InputError as err:
                summary.errors.append(err.line())
                continue
            except Exception as exc:  # noqa: BLE001 - one bad item must not end the run
                if os.environ.get("SAYSO_DEBUG"):
                    raise
                summary.errors.append(internal_error(label, exc).line())
                continue
            texts.append(analysis.to_json(indent=None))
            summary.ids.append(analysis.document.id)
            summary.languages.append(analysis.document.language or "und")
    except Exception as exc:  # noqa: BLE001 - a reader crash (corrupt gzip) ends the shard only
        if os.environ.get("SAYSO_DEBUG"):
            raise
        summary.errors.append(internal_error(shard.label, exc).line())
    _write(shard.index, texts, job)
    summary.seconds = time.perf_counter() - started
    return summary


def _write(index: int, texts: list[str], job: Job) -> None:
    if job.out_format == "parquet":
        from .parquet import remove_shard, write_shard

        remove_shard(job.out_dir, index)
        write_shard(job.out_dir, index, texts)
        return
    final = part_path(job.out_dir, index)
    tmp = final.with_name(f".{final.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.writelines(text + "\n" for text in texts)
    os.replace(tmp, final)
