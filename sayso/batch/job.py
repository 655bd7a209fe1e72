"""A batch run from start to end: plan, resume, run on an engine, assemble the output.

1. `plan_shards` cuts the inputs into shards (see `inputs`).
2. The manifest of an earlier, interrupted run of the same plan marks shards to skip.
3. The engine (`local` processes or `dask`) runs `work.process_shard` on the rest; each
   finished shard is added to the manifest.
4. The output is assembled in input order, whatever order shards finished in, so 1 and N
   workers give byte-identical output: JSON Lines part files are concatenated into the
   output (then removed); a Parquet dataset is already in place. Document ids are made
   unique here (a/x.txt and b/x.txt are "x" and "x-2"), in input order.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .. import __version__
from ..errors import InputError
from ..read import DEFAULT_LIMITS, Limits
from .inputs import Shard, plan_shards
from .manifest import MANIFEST, Manifest, ShardSummary
from .work import Job, part_path

ENGINES = ("local", "dask")
OUT_FORMATS = ("jsonl", "parquet")


@dataclass
class BatchResult:
    analysed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)  # one-line messages of this run's skips
    shards: int = 0
    resumed: int = 0  # shards an earlier run had finished
    failed: int = 0  # shards that could not be processed (rerun to retry them)
    seconds: float = 0.0
    workers: int = 1
    engine: str = "local"


@dataclass
class Hooks:
    """Callbacks for progress display; all optional."""

    on_error: Callable[[str], None] | None = None  # a skipped item's one-line message
    on_start: Callable[[int, int], None] | None = None  # (articles to do, articles resumed)
    on_shard: Callable[[ShardSummary], None] | None = None
    on_dashboard: Callable[[str], None] | None = None


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run_batch(
    paths: Iterable[str],
    output: str | None = None,
    *,
    out_format: str = "jsonl",
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    shard_size: int = 100,
    format: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    timeout: float | None = None,
    hooks: Hooks | None = None,
    stream: TextIO | None = None,
) -> BatchResult:
    """Analyse every article under `paths` into `output` (JSON Lines file, or Parquet folder).

    With `output` None, JSON Lines go to `stream` (default stdout) and nothing is resumable.
    Raises InputError for a problem with the run as a whole (unwritable output, a folder
    that is not ours); bad items are counted, reported through `hooks.on_error`, and skipped.
    """
    hooks = hooks or Hooks()
    workers = workers or default_workers()
    if engine not in ENGINES:
        raise InputError(output or "-", f"unknown engine {engine!r} (use local or dask)")
    if out_format not in OUT_FORMATS:
        raise InputError(output or "-", f"unknown output format {out_format!r}")
    started = time.perf_counter()
    result = BatchResult(workers=workers, engine=engine)
    scratch = None
    if output is None:
        if out_format == "parquet":
            raise InputError("-", "--format parquet writes a folder: give it with -o DIR")
        scratch = tempfile.mkdtemp(prefix="sayso-batch-")
        work = scratch
    else:
        work = _prepare(output, out_format)
    try:
        paths = [_spool_stdin(work) if p == "-" else p for p in paths]
        shards = list(plan_shards(paths, size=shard_size, format=format))
        job = Job(out_dir=str(Path(work).resolve()), out_format=out_format, format=format,
                  limits=limits, timeout=timeout)
        manifest = _open_manifest(work, out_format, _fingerprint(shards, job))
        todo = [s for s in shards if not manifest.is_done(s.index, s.key)]
        result.shards, result.resumed = len(shards), len(shards) - len(todo)
        if hooks.on_start:
            hooks.on_start(sum(s.articles for s in todo),
                           sum(manifest.done[s.index].analysed for s in shards
                               if s.index in manifest.done))

        def done(summary: ShardSummary) -> None:
            if summary.failed:
                result.failed += 1
            else:
                manifest.add(summary)
            result.errors.extend(summary.errors)
            for line in summary.errors:
                if hooks.on_error:
                    hooks.on_error(line)
            if hooks.on_shard:
                hooks.on_shard(summary)

        if engine == "dask":
            from .dask_engine import run_dask

            run_dask(todo, job, workers, scheduler, done, hooks.on_dashboard)
        else:
            from .local import run_local

            run_local(todo, job, workers, done)
        finished = [manifest.done[s.index] for s in shards if s.index in manifest.done]
        result.analysed = sum(s.analysed for s in finished)
        result.skipped = sum(len(s.errors) for s in finished)
        if result.failed:
            return result  # keep the parts: a rerun retries the failed shards only
        renames = unique_ids(finished)
        if out_format == "parquet":
            _rename_parquet(work, finished, renames)
        else:
            _assemble_jsonl(work, finished, renames, output, stream or sys.stdout)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        result.seconds = time.perf_counter() - started
    return result


def _prepare(output: str, out_format: str) -> str:
    """The folder partial output goes to, created (or found, for a resumed run)."""
    work = output + ".parts" if out_format == "jsonl" else output
    target = Path(work)
    if out_format == "parquet" and target.is_dir() and any(target.iterdir()) \
            and not (target / MANIFEST).exists():
        raise InputError(output, "exists and is not a sayso batch output (no "
                         f"{MANIFEST}): choose a new or empty folder")
    try:
        target.mkdir(exist_ok=True)
        probe = target / ".sayso-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise InputError(output, f"cannot write the output: {exc.strerror or exc}") from None
    return work


def _spool_stdin(work: str) -> str:
    """Standard input saved to a file, so that workers can read it."""
    path = Path(work) / "stdin"
    with open(path, "wb") as fh:
        shutil.copyfileobj(sys.stdin.buffer, fh)
    return str(path)


def _fingerprint(shards: list[Shard], job: Job) -> str:
    spec = [__version__, job.out_format, job.format, repr(job.limits), [s.key for s in shards]]
    return hashlib.sha1(json.dumps(spec).encode("utf-8")).hexdigest()


def _open_manifest(work: str, out_format: str, fingerprint: str) -> Manifest:
    """The manifest of an earlier run of this plan, or a fresh one (old output removed)."""
    manifest = Manifest(work, fingerprint)
    if manifest.load():
        return manifest
    if out_format == "parquet":
        from .tables import TABLES

        for table in TABLES:
            shutil.rmtree(Path(work) / table, ignore_errors=True)
    else:
        for part in Path(work).glob("part-*.jsonl"):
            part.unlink()
    manifest.start()
    return manifest


def unique_ids(summaries: list[ShardSummary]) -> dict[tuple[int, int], str]:
    """New ids for repeated document ids, in input order: {(shard, position): new id}."""
    seen: dict[str, int] = {}
    renames: dict[tuple[int, int], str] = {}
    for summary in summaries:
        for position, doc_id in enumerate(summary.ids):
            seen[doc_id] = seen.get(doc_id, 0) + 1
            if seen[doc_id] > 1:
                renames[(summary.index, position)] = f"{doc_id}-{seen[doc_id]}"
    return renames


def _renamed(text: str, new_id: str) -> str:
    record = json.loads(text)
    record["document"]["id"] = new_id
    return json.dumps(record, ensure_ascii=False)  # the separators of Analysis.to_json


def _assemble_jsonl(work: str, finished: list[ShardSummary],
                    renames: dict[tuple[int, int], str], output: str | None,
                    stream: TextIO) -> None:
    """Concatenate the part files in input order into `output` (atomically) or `stream`."""
    tmp = None
    if output is not None:
        tmp = Path(output).with_name(f".{Path(output).name}.tmp")
        sink = open(tmp, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    else:
        sink = stream
    try:
        for summary in finished:
            with open(part_path(work, summary.index), encoding="utf-8") as part:
                for position, line in enumerate(part):
                    new_id = renames.get((summary.index, position))
                    sink.write(_renamed(line.rstrip("\n"), new_id) + "\n" if new_id else line)
    finally:
        if sink is not stream:
            sink.close()
        else:
            sink.flush()
    if output is not None and tmp is not None:
        os.replace(tmp, output)
        shutil.rmtree(work, ignore_errors=True)


def _rename_parquet(work: str, finished: list[ShardSummary],
                    renames: dict[tuple[int, int], str]) -> None:
    """Rewrite the (rare) shards holding a repeated document id with the unique id."""
    from .parquet import read_shard_analyses, remove_shard, write_shard

    for summary in finished:
        mine = {pos: new for (index, pos), new in renames.items() if index == summary.index}
        if not mine:
            continue
        texts = read_shard_analyses(work, summary.index, summary.languages)
        if all(json.loads(texts[i])["document"]["id"] == new for i, new in mine.items()):
            continue  # renamed by the run that wrote it: a resumed run leaves it as it is
        texts = [_renamed(t, mine[i]) if i in mine else t for i, t in enumerate(texts)]
        remove_shard(work, summary.index)
        write_shard(work, summary.index, texts)
