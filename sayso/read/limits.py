"""Input limits shared by the readers and the command line.

Limits are checked before any expensive work (the file size from `stat` before reading, line
lengths right after decoding), so that a wrong file is refused in milliseconds with a message
that names the flag to raise the limit.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError


@dataclass(frozen=True)
class Limits:
    """Largest input sayso accepts; `None` switches a limit off."""

    max_bytes: int | None = 20_000_000
    max_line: int | None = 2_000_000

    def check_size(self, path: str, size: int) -> None:
        """Refuse a file (or stdin, or JSONL record) larger than `max_bytes`."""
        if self.max_bytes is not None and size > self.max_bytes:
            raise InputError(
                path, f"input is {size:,} bytes, over the limit of {self.max_bytes:,} "
                "(raise it with --max-bytes)")

    def check_lines(self, path: str, text: str) -> None:
        """Refuse a text with a line longer than `max_line` characters."""
        limit = self.max_line
        if limit is None or len(text) <= limit:
            return
        start = 0
        lineno = 1
        while start <= len(text):
            end = text.find("\n", start)
            if end < 0:
                end = len(text)
            if end - start > limit:
                raise InputError(
                    path, f"line {lineno} is {end - start:,} characters long, over the limit of "
                    f"{limit:,} (raise it with --max-line)")
            start = end + 1
            lineno += 1


DEFAULT_LIMITS = Limits()
