"""Corpus runs: analyse many files (folders recursively, JSON Lines corpora) into JSON Lines.

One bad item never stops the run: it is reported as one line and skipped, and the run ends
with a count of what was analysed and what was skipped.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .errors import InputError, one_line
from .read import DEFAULT_LIMITS, Limits, iter_documents

# Files a folder walk skips silently: hidden files and gold/annotation sidecars.
_SKIP_SUFFIXES = (".gold.json", ".ann", ".pyc")


@dataclass
class BatchResult:
    analysed: int = 0
    skipped: int = 0
    errors: list[InputError] = field(default_factory=list)


def iter_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Every file named by `paths`: files as given, folders walked recursively in sorted order.

    A path that does not exist is passed on (the reader reports it as a bad item).
    """
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.endswith(_SKIP_SUFFIXES):
                        continue
                    yield str(Path(root) / name)
        else:
            yield path


class AnalysisTimeout(BaseException):
    """Raised inside an analysis that ran past its time limit (a BaseException, so that an
    extractor's `except Exception` cannot swallow it)."""


@contextmanager
def time_limit(seconds: float | None, path: str) -> Iterator[None]:
    """Stop the enclosed analysis after `seconds` with an InputError naming `path`.

    Uses a SIGALRM interval timer, so it works in the main thread of a POSIX process and is a
    no-op elsewhere (or when `seconds` is None or 0). Pure-Python loops are interrupted between
    bytecodes; a single long C call (one huge regex match) finishes first.
    """
    usable = (bool(seconds) and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise AnalysisTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, float(seconds))  # type: ignore[arg-type]
    try:
        yield
    except AnalysisTimeout:
        raise InputError(path, f"analysis took longer than {seconds:g} s, stopped "
                         "(raise the limit with --timeout)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def internal_error(path: str, exc: BaseException) -> InputError:
    """An unexpected exception while analysing `path`, as a reportable item error."""
    return InputError(path, f"internal error: {type(exc).__name__}: {one_line(str(exc), 200)}")


def run_batch(
    paths: Iterable[str],
    out: TextIO,
    *,
    format: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_error: Callable[[InputError], None] | None = None,
    on_file: Callable[[str], None] | None = None,
    timeout: float | None = None,
) -> BatchResult:
    """Analyse every article under `paths`, writing one `sayso.analysis/1` record per line.

    `on_error` is called with each skipped item, `on_file` after each input file is done;
    an article whose analysis takes longer than `timeout` seconds is skipped.
    """
    from . import pipeline

    result = BatchResult()
    seen: dict[str, int] = {}  # document ids written so far: ids stay unique in the output

    def skip(err: InputError) -> None:
        result.skipped += 1
        result.errors.append(err)
        if on_error:
            on_error(err)

    for path in paths:
        try:
            for item in iter_documents(path, format=format, limits=limits):
                if isinstance(item, InputError):
                    skip(item)
                    continue
                where = f"{path} [{item.id}]"
                if item.id:
                    seen[item.id] = seen.get(item.id, 0) + 1
                    if seen[item.id] > 1:  # a/x.txt and b/x.txt: both stems are "x"
                        item.id = f"{item.id}-{seen[item.id]}"
                try:
                    with time_limit(timeout, where):
                        analysis = pipeline.run(item)
                except InputError as err:
                    skip(err)
                    continue
                except (KeyboardInterrupt, BrokenPipeError):
                    raise
                except Exception as exc:  # noqa: BLE001 - one bad item must not end the run
                    if os.environ.get("SAYSO_DEBUG"):
                        raise
                    skip(internal_error(where, exc))
                    continue
                out.write(analysis.to_json(indent=None) + "\n")
                result.analysed += 1
        except InputError as err:
            skip(err)
        except (KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as exc:  # noqa: BLE001 - a reader crash costs one file, not the run
            if os.environ.get("SAYSO_DEBUG"):
                raise
            skip(internal_error(path, exc))
        if on_file:
            on_file(path)
    return result
