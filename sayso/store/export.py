"""`sayso export --db FILE --format jsonl|csv|parquet -o OUT`: the store for analysts.

- jsonl: one `sayso.analysis/1` record per line, verbatim (what `sayso ingest` reads back);
- csv: a folder with one flat CSV per table (documents, attributions, entities, via), columns
  that spreadsheet users and ClaimReview-style workflows ask for: source, speaker, outlet,
  language, date;
- parquet: the same tables as Parquet files (pyarrow), for DuckDB and pandas.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from ..errors import InputError

TABLES = {
    "documents": "SELECT id AS doc_id, title, url, published, language, script, n_chars, "
                 "n_attributions, content_hash, sayso_version FROM documents ORDER BY rowid",
    "attributions": "SELECT a.doc_id, a.attr_id, a.source_text, e.name AS speaker, "
                    "a.speaker_id, a.cue, a.content, a.kind, a.stance, a.certainty, a.target, "
                    "a.parent, a.section, a.language, a.published, "
                    "(SELECT group_concat(v.text, ' > ') FROM via v WHERE v.attribution = a.id) "
                    "AS via FROM attributions a LEFT JOIN entities e ON e.id = a.speaker_id "
                    "ORDER BY a.id",
    "entities": "SELECT e.id AS entity_id, e.name, e.type, e.wikidata, "
                "(SELECT group_concat(alias, ' | ') FROM aliases WHERE entity_id = e.id) "
                "AS aliases FROM entities e ORDER BY e.id",
    "via": "SELECT a.doc_id, a.attr_id, v.position, v.text, v.entity_id, e.name AS entity "
           "FROM via v JOIN attributions a ON a.id = v.attribution "
           "LEFT JOIN entities e ON e.id = v.entity_id ORDER BY v.attribution, v.position",
}


def export_store(conn: sqlite3.Connection, fmt: str, output: str) -> dict[str, int]:
    """Write the store in `fmt` to `output`; returns rows written per table."""
    out = Path(output)
    try:
        if fmt == "jsonl":
            n = 0
            with out.open("w", encoding="utf-8") as f:
                for (record,) in conn.execute("SELECT analysis FROM documents ORDER BY rowid"):
                    f.write(record + "\n")
                    n += 1
            return {"documents": n}
        out.mkdir(parents=True, exist_ok=True)
        counts = {}
        for name, sql in TABLES.items():
            cur = conn.execute(sql)
            columns = [c[0] for c in cur.description]
            rows = cur.fetchall()
            counts[name] = len(rows)
            if fmt == "csv":
                with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
                    writer = csv.writer(f)
                    writer.writerow(columns)
                    writer.writerows(rows)
            else:
                _parquet(out / f"{name}.parquet", columns, rows)
        return counts
    except OSError as exc:
        raise InputError(output, f"cannot write the export: {exc.strerror or exc}") from None


def _parquet(path: Path, columns: list[str], rows: list[tuple]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(str(path), "Parquet export needs pyarrow (pip install 'sayso[store]')"
                         ) from None
    table = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)})
    pq.write_table(table, path)
