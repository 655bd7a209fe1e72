"""Errors that reach the user as one line: the file and what is wrong with it."""

from __future__ import annotations


def one_line(text: str, limit: int = 300) -> str:
    """`text` on a single line (newlines and tabs shown as spaces), cut to `limit` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class InputError(Exception):
    """Input sayso refuses, with the reason. The CLI prints `sayso: <path>: <problem>`."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def line(self) -> str:
        """The one-line message the command line prints for this error."""
        path = str(self.path).replace("\n", "\\n").replace("\r", "\\r")
        return f"sayso: {path}: {one_line(self.problem)}"
