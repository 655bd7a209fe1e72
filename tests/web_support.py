"""A store for the web tests, built from the dev articles with `sayso.Store`."""

from __future__ import annotations

from pathlib import Path

from conftest import EN_DEV, REFERENCE, ZH_DEV

from sayso import Store, analyze_file
from sayso.model import Analysis


def dev_analyses() -> list[Analysis]:
    paths = [REFERENCE, *sorted(ZH_DEV.glob("cnews-*.txt")),
             *sorted((EN_DEV / "text").glob("*.txt"))[:4]]
    return [analyze_file(p) for p in paths]


def build_store(path: Path, analyses: list[Analysis]) -> Path:
    with Store(path) as store:
        store.add(analyses)
    return path
