"""A store for the web tests, built from the dev articles.

Until the store (`sayso.Store`, issue 12) is merged, the reading room needs only what that store
keeps verbatim: one `sayso.analysis/1` record per document. This builds exactly that table.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import EN_DEV, REFERENCE, ZH_DEV

from sayso import analyze_file
from sayso.model import Analysis


def dev_analyses() -> list[Analysis]:
    paths = [REFERENCE, *sorted(ZH_DEV.glob("cnews-*.txt")),
             *sorted((EN_DEV / "text").glob("*.txt"))[:4]]
    return [analyze_file(p) for p in paths]


def build_store(path: Path, analyses: list[Analysis]) -> Path:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, analysis TEXT NOT NULL)")
        conn.executemany("INSERT INTO documents VALUES (?, ?)",
                         [(a.document.id, a.to_json(indent=None)) for a in analyses])
    conn.close()
    return path
