"""Per-article time limits and the error an unexpected crash becomes."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import InputError, one_line


class AnalysisTimeout(BaseException):
    """Raised inside an analysis that ran past its time limit (a BaseException, so that an
    extractor's `except Exception` cannot swallow it)."""


@contextmanager
def time_limit(seconds: float | None, path: str) -> Iterator[None]:
    """Stop the enclosed analysis after `seconds` with an InputError naming `path`.

    Uses a SIGALRM interval timer, so it works in the main thread of a POSIX process (the CLI,
    and the worker processes of the local engine) and is a no-op elsewhere (Dask worker threads)
    or when `seconds` is None or 0. Pure-Python loops are interrupted between bytecodes; a
    single long C call (one huge regex match) finishes first.
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
