"""Errors that reach the user as one line: the file and what is wrong with it."""

from __future__ import annotations


class InputError(Exception):
    """Input sayso refuses, with the reason. The CLI prints `sayso: <path>: <problem>`."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
