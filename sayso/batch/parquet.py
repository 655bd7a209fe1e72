"""Parquet output: one hive-partitioned dataset per table, written shard by shard.

Layout (a contract with `sayso ingest`; do not rename):

    DIR/documents/language=zh/part-00000.parquet    doc_id, analysis (the record's exact
                                                    `Analysis.to_json()` text), title, url,
                                                    published, script, n_chars, ...
    DIR/attributions/language=zh/part-00000.parquet one row per attribution
    DIR/entities/language=zh/part-00000.parquet     one row per entity of a document
    DIR/via/language=zh/part-00000.parquet          one row per channel of an attribution
    DIR/_sayso_manifest.jsonl                       finished shards (readers skip "_" files)

`part-NNNNN` is the shard number, so a rerun overwrites rather than adds. Each file is
written to a hidden temporary name and renamed into place. DuckDB
(`read_parquet('DIR/documents/*/*.parquet', hive_partitioning=true)`), pyarrow
(`pyarrow.dataset.dataset('DIR/documents', partitioning='hive')`) and pandas
(`pandas.read_parquet('DIR/documents')`) read it as is.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .tables import SCHEMAS, TABLES, language_of, record_of, rows


def part_name(shard_index: int) -> str:
    return f"part-{shard_index:05d}.parquet"


def write_shard(out_dir: str | Path, shard_index: int, analyses: Iterable[str]) -> None:
    """Write the tables of one shard's analyses (JSON texts, in order), each file atomically."""
    buckets: dict[tuple[str, str], list[dict]] = {}
    for text in analyses:
        record = record_of(text)
        language = language_of(record)
        for table, table_rows in rows(record, text).items():
            buckets.setdefault((table, language), []).extend(table_rows)
    for (table, language), table_rows in sorted(buckets.items()):
        if not table_rows:
            continue
        folder = Path(out_dir) / table / f"language={language}"
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / part_name(shard_index)
        tmp = folder / f".{part_name(shard_index)}.tmp"
        pq.write_table(pa.Table.from_pylist(table_rows, schema=SCHEMAS[table]), tmp,
                       compression="zstd")
        os.replace(tmp, final)


def read_shard_analyses(out_dir: str | Path, shard_index: int,
                        languages: list[str]) -> list[str]:
    """The analysis texts of one written shard, in input order (`languages`: each document's
    partition, in input order, as the manifest recorded them)."""
    by_language: dict[str, list[str]] = {}
    for language in dict.fromkeys(languages):
        path = Path(out_dir) / "documents" / f"language={language}" / part_name(shard_index)
        by_language[language] = pq.read_table(path, columns=["analysis"]).column(
            "analysis").to_pylist()
    cursors = {language: iter(texts) for language, texts in by_language.items()}
    return [next(cursors[language]) for language in languages]


def remove_shard(out_dir: str | Path, shard_index: int) -> None:
    """Delete every file of one shard (before rewriting it)."""
    for table in TABLES:
        for path in (Path(out_dir) / table).glob(f"language=*/{part_name(shard_index)}"):
            path.unlink()
