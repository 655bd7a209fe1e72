"""What the reading room asks of a store, as SQL over the analysis records it keeps.

A sayso store keeps each document's `sayso.analysis/1` JSON verbatim. The pages need flat rows
(one per attribution, per channel, per entity mention, per alias), so `build_index` reads the
records once, with SQLite's JSON1 functions, into indexed tables of a separate in-memory
database (`sayso_index` in Datasette, where they can be browsed, faceted and exported too). The
store file itself is never written. Reading the JSON on every request instead (TEMP views, the
first version) cost 7 s for the home page at 2,000 documents (`benchmarks/bench_web.py`).
The index depends only on the contract, not on the store's other tables; it is built when the
server starts, so a store that is still growing (`--live`) needs a restart to show new records.

Every query function is synchronous and takes the index's `sqlite3.Connection`; the plugin runs
them with Datasette's `Database.execute_fn` (in its thread pool).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

# Where the store keeps the records: the first table with one of these id columns and one of
# these analysis columns.
ID_COLUMNS = ("id", "doc_id", "document_id")
ANALYSIS_COLUMNS = ("analysis", "analysis_json", "record", "json")


@dataclass(frozen=True)
class Source:
    table: str
    id: str
    analysis: str


def find_source(conn: sqlite3.Connection) -> Source | None:
    """The table holding the analysis records, or None when the file is not a sayso store."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name = 'documents' DESC, name")]
    for table in tables:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        ids = [c for c in ID_COLUMNS if c in columns]
        records = [c for c in ANALYSIS_COLUMNS if c in columns]
        if ids and records:
            return Source(table, ids[0], records[0])
    return None


def _selects(src: Source) -> dict[str, str]:
    """The flat tables as SELECTs over the records of documents with rowid in (?, ?]."""
    d, an = f'"{src.table}"', f'd."{src.analysis}"'
    entity = ("(SELECT e.value FROM json_each({an}, '$.entities') e "
              "WHERE json_extract(e.value, '$.id') = {ref})")
    speaker = entity.format(an=an, ref="json_extract(a.value, '$.source.entity')")
    via_entity = entity.format(an=an, ref="json_extract(v.value, '$.entity')")
    rows = "WHERE d.rowid > ? AND d.rowid <= ?"
    # The contract's id names the document in URLs, whatever key the store uses.
    doc_id = f"""coalesce(json_extract({an}, '$.document.id'), d."{src.id}")"""
    return {
        "sayso_documents": f"""SELECT {doc_id} AS doc_id,
          json_extract({an}, '$.document.title') AS title,
          json_extract({an}, '$.document.language') AS language,
          json_extract({an}, '$.document.published') AS published,
          json_extract({an}, '$.document.url') AS url,
          json_array_length({an}, '$.attributions') AS attributions,
          d.rowid AS store_rowid
        FROM {d} d {rows}""",
        "sayso_attributions": f"""SELECT {doc_id} AS doc_id,
          json_extract({an}, '$.document.title') AS title,
          json_extract({an}, '$.document.language') AS language,
          json_extract({an}, '$.document.published') AS published,
          json_extract(a.value, '$.id') AS attribution_id,
          CAST(a.key AS INTEGER) AS position,
          json_extract(a.value, '$.source.text') AS source_text,
          json_extract({speaker}, '$.name') AS speaker,
          json_extract({speaker}, '$.type') AS speaker_type,
          json_extract({speaker}, '$.aliases') AS speaker_aliases,
          (SELECT group_concat(json_extract(c.value, '$.text'), '…')
             FROM json_each(a.value, '$.cue') c) AS cue,
          (SELECT group_concat(json_extract(c.value, '$.text'), ' … ')
             FROM json_each(a.value, '$.content') c) AS content,
          json_extract(a.value, '$.kind') AS kind,
          json_extract(a.value, '$.stance') AS stance,
          json_extract(a.value, '$.target') AS target,
          json_extract(a.value, '$.parent') AS parent,
          json_extract(a.value, '$.certainty') AS certainty,
          json_extract(a.value, '$.section') AS section,
          (SELECT group_concat(coalesce(json_extract({via_entity}, '$.name'),
                                        json_extract(v.value, '$.text')), ' ← ')
             FROM json_each(a.value, '$.via') v) AS via
        FROM {d} d, json_each({an}, '$.attributions') a {rows}""",
        "sayso_via": f"""SELECT {doc_id} AS doc_id,
          json_extract(a.value, '$.id') AS attribution_id,
          CAST(v.key AS INTEGER) AS position, json_extract(v.value, '$.text') AS text,
          coalesce(json_extract({via_entity}, '$.name'), json_extract(v.value, '$.text')) AS name,
          json_extract({speaker}, '$.name') AS speaker,
          json_extract({an}, '$.document.published') AS published
        FROM {d} d, json_each({an}, '$.attributions') a, json_each(a.value, '$.via') v {rows}""",
        "sayso_entities": f"""SELECT {doc_id} AS doc_id,
          json_extract(e.value, '$.id') AS entity_id,
          json_extract(e.value, '$.name') AS name, json_extract(e.value, '$.type') AS type,
          json_extract(e.value, '$.aliases') AS aliases, json_extract(e.value, '$.roles') AS roles,
          json_extract(e.value, '$.wikidata') AS wikidata
        FROM {d} d, json_each({an}, '$.entities') e {rows}""",
        "sayso_aliases": f"""SELECT DISTINCT x.value AS alias, json_extract(e.value, '$.name') AS name
        FROM {d} d, json_each({an}, '$.entities') e,
          json_each(json_insert(json_extract(e.value, '$.aliases'), '$[#]',
                                json_extract(e.value, '$.name'))) x {rows}""",
    }


INDEXES = (
    "CREATE INDEX sayso_documents_id ON sayso_documents(doc_id)",
    "CREATE INDEX sayso_documents_url ON sayso_documents(url)",
    "CREATE UNIQUE INDEX sayso_attributions_id ON sayso_attributions(doc_id, attribution_id)",
    "CREATE INDEX sayso_attributions_speaker ON sayso_attributions(speaker)",
    "CREATE INDEX sayso_attributions_stance ON sayso_attributions(stance, published)",
    "CREATE INDEX sayso_attributions_certainty ON sayso_attributions(certainty, published)",
    "CREATE INDEX sayso_attributions_parent ON sayso_attributions(doc_id, parent)",
    "CREATE INDEX sayso_via_attribution ON sayso_via(doc_id, attribution_id)",
    "CREATE INDEX sayso_via_name ON sayso_via(name)",
    "CREATE INDEX sayso_via_speaker ON sayso_via(speaker)",
    "CREATE INDEX sayso_entities_name ON sayso_entities(name)",
    "CREATE INDEX sayso_aliases_alias ON sayso_aliases(alias)",
)
SHOWN = 50  # statements listed per stance on an entity page (the count says how many in all)
BATCH = 500  # documents per read: memory stays flat, progress moves


def build_index(store: str, index: sqlite3.Connection,
                progress: Callable[[int, int], None] | None = None) -> int:
    """Fill `index` with the flat tables of the store at path `store`; returns the document
    count. `progress(done, total)` is called after each batch."""
    src_conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        src = find_source(src_conn)
        if src is None:
            raise ValueError(f"{store}: not a sayso store")
        selects = _selects(src)
        for name, sql in selects.items():  # create each table with its columns, empty
            cur = src_conn.execute(sql, (0, 0))
            cols = ", ".join(f'"{c[0]}"' for c in cur.description)
            index.execute(f"CREATE TABLE {name} ({cols})")
        total, top = src_conn.execute(f'SELECT count(*), max(rowid) FROM "{src.table}"').fetchone()
        done, low = 0, 0
        while top is not None and low < top:
            high = low + BATCH
            for name, sql in selects.items():
                cur = src_conn.execute(sql, (low, high))
                marks = ", ".join("?" * len(cur.description))
                index.executemany(f"INSERT INTO {name} VALUES ({marks})", cur)
            done += src_conn.execute(f'SELECT count(*) FROM "{src.table}" '
                                     "WHERE rowid > ? AND rowid <= ?", (low, high)).fetchone()[0]
            low = high
            if progress:
                progress(done, total)
        for sql in INDEXES:
            index.execute(sql)
        index.commit()
        return total
    finally:
        src_conn.close()


def _rows(conn: sqlite3.Connection, sql: str, params: tuple | dict = ()) -> list[dict[str, Any]]:
    cur = conn.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


@cache
def _converters():
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def script_variants(text: str) -> list[str]:
    """`text` in simplified and traditional script (OpenCC), so a query finds both."""
    t2s, s2t = _converters()
    return list(dict.fromkeys([text, t2s.convert(text), s2t.convert(text)]))


def store_rowid(index: sqlite3.Connection, doc_id: str) -> int | None:
    """Where the store keeps the record of `doc_id` (its rowid), from the index."""
    row = index.execute("SELECT store_rowid FROM sayso_documents WHERE doc_id = ?",
                        (doc_id,)).fetchone()
    return row[0] if row else None


def analysis_json(store: sqlite3.Connection, rowid: int) -> str | None:
    """The analysis record kept verbatim at `rowid` of the store's records table."""
    src = find_source(store)
    row = store.execute(f'SELECT "{src.analysis}" FROM "{src.table}" WHERE rowid = ?',
                        (rowid,)).fetchone() if src else None
    return row[0] if row else None


def document_urls(index: sqlite3.Connection) -> dict[str, str]:
    """Article URL → stored document id, to link provenance chains to stored copies."""
    return dict(index.execute("SELECT url, doc_id FROM sayso_documents WHERE url IS NOT NULL"))


def home(conn: sqlite3.Connection) -> dict[str, Any]:
    """Corpus counts, languages, most quoted speakers, most cited outlets, denials, doubts."""
    documents = conn.execute("SELECT count(*) FROM sayso_documents").fetchone()[0]
    return {
        "documents": documents,
        "attributions": conn.execute("SELECT count(*) FROM sayso_attributions").fetchone()[0],
        "entities": conn.execute(
            "SELECT count(DISTINCT name) FROM sayso_entities WHERE type != 'unnamed'").fetchone()[0],
        "languages": _rows(conn, """SELECT language, count(*) AS documents
            FROM sayso_documents GROUP BY 1 ORDER BY 2 DESC"""),
        "speakers": _rows(conn, """SELECT speaker AS name, count(*) AS attributions,
            count(DISTINCT doc_id) AS documents FROM sayso_attributions
            WHERE speaker IS NOT NULL AND speaker_type NOT IN ('unnamed', 'outlet')
            GROUP BY speaker ORDER BY attributions DESC, name LIMIT 15"""),
        "outlets": _rows(conn, """SELECT name, count(*) AS citations,
            count(DISTINCT doc_id) AS documents FROM (
              SELECT doc_id, name FROM sayso_via
              UNION ALL SELECT doc_id, speaker FROM sayso_attributions
                WHERE speaker_type = 'outlet')
            GROUP BY name ORDER BY citations DESC, name LIMIT 15"""),
        "denials": _rows(conn, """SELECT a.*, t.content AS denied, t.speaker AS denied_speaker
            FROM sayso_attributions a LEFT JOIN sayso_attributions t
              ON t.doc_id = a.doc_id AND t.attribution_id = a.target
            WHERE a.stance = 'deny' ORDER BY a.published DESC, a.doc_id LIMIT 15"""),
        "unconfirmed": _rows(conn, """SELECT * FROM sayso_attributions
            WHERE certainty IN ('unconfirmed', 'disputed')
            ORDER BY published DESC, doc_id LIMIT 15"""),
    }


def _named(conn: sqlite3.Connection, name: str) -> list[str]:
    """Display names of the entities that carry `name` as a name or alias, in either script,
    most mentioned first."""
    variants = script_variants(name)
    marks = ", ".join("?" * len(variants))
    return [r[0] for r in conn.execute(
        f"""SELECT a.name FROM sayso_aliases a JOIN sayso_entities e ON e.name = a.name
        WHERE a.alias IN ({marks}) GROUP BY a.name ORDER BY count(*) DESC, a.name""", variants)]


def entity(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """Profile of the entity called `name` (any alias, either script) across the corpus.

    Mentions are grouped by the display name the analyser gave them (a Latin name when known),
    so 佩斯科夫 and Dmitry Peskov in two articles are one profile once either resolved.
    """
    found = _named(conn, name)
    if not found:
        return None
    canonical = found[0]
    mentions = _rows(conn, "SELECT * FROM sayso_entities WHERE name = ?", (canonical,))
    names: dict[str, None] = {canonical: None}
    roles: dict[str, None] = {}
    for m in mentions:
        names.update(dict.fromkeys(json.loads(m["aliases"] or "[]")))
        roles.update(dict.fromkeys(json.loads(m["roles"] or "[]")))
    # The latest SHOWN statements of each stance, and how many there are in all.
    said = _rows(conn, """SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY stance
            ORDER BY published DESC, doc_id, position) AS n, count(*) OVER (PARTITION BY stance)
            AS of FROM sayso_attributions WHERE speaker = ?) WHERE n <= ?
        ORDER BY of DESC, stance, n""", (canonical, SHOWN))
    by_stance: dict[str, list[dict[str, Any]]] = {}
    counts: dict[str, int] = {}
    for row in said:
        by_stance.setdefault(row["stance"], []).append(row)
        counts[row["stance"]] = row["of"]
    dates = conn.execute("SELECT min(published), max(published) FROM sayso_attributions "
                         "WHERE speaker = ?", (canonical,)).fetchone()
    reporters = _rows(conn, """SELECT name, count(*) AS times FROM sayso_via WHERE speaker = ?
        GROUP BY name ORDER BY times DESC, name""", (canonical,))
    return {
        "name": canonical,
        "type": mentions[0]["type"],
        "names": list(names),
        "roles": list(roles),
        "wikidata": next((m["wikidata"] for m in mentions if m["wikidata"]), None),
        "documents": sorted({m["doc_id"] for m in mentions}),
        "said": by_stance,
        "said_counts": counts,
        "reported_by": reporters,
        "first_seen": dates[0],
        "last_seen": dates[1],
    }


def outlet(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """What an outlet reported, whom it cites, who cites it (as names with counts)."""
    found = _named(conn, name)
    canonical = found[0] if found else name
    reported = _rows(conn, """SELECT * FROM sayso_attributions a WHERE a.speaker = ?
        OR EXISTS (SELECT 1 FROM sayso_via v WHERE v.doc_id = a.doc_id
                   AND v.attribution_id = a.attribution_id AND v.name = ?)
        ORDER BY published DESC, doc_id, attribution_id""", (canonical, canonical))
    if not reported:
        return None
    # It cites the speakers of the reports that went through it, and of the reports nested in
    # what it reported itself (路透社报道，俄罗斯警告…).
    cites = _rows(conn, """SELECT name, count(*) AS times, max(resolved) AS resolved FROM (
          SELECT coalesce(speaker, source_text, '(unnamed)') AS name,
            speaker IS NOT NULL AS resolved FROM sayso_attributions a
          WHERE EXISTS (SELECT 1 FROM sayso_via v WHERE v.doc_id = a.doc_id
                        AND v.attribution_id = a.attribution_id AND v.name = ?)
          UNION ALL
          SELECT coalesce(c.speaker, c.source_text, '(unnamed)'), c.speaker IS NOT NULL
          FROM sayso_attributions c
          JOIN sayso_attributions p ON p.doc_id = c.doc_id AND p.attribution_id = c.parent
          WHERE p.speaker = ?)
        GROUP BY name ORDER BY times DESC, name LIMIT 20""", (canonical, canonical))
    # ... and is cited by the channel outside it (via is outer first) or, at the outermost
    # level, by the document that reports it.
    cited_by = _rows(conn, """SELECT coalesce(outer_v.name, a.title, a.doc_id) AS name,
        count(*) AS times
        FROM sayso_attributions a
        LEFT JOIN sayso_via me ON me.doc_id = a.doc_id AND me.attribution_id = a.attribution_id
             AND me.name = ?
        LEFT JOIN sayso_via outer_v ON outer_v.doc_id = a.doc_id
             AND outer_v.attribution_id = a.attribution_id AND outer_v.position = me.position - 1
        WHERE me.name IS NOT NULL OR a.speaker = ?
        GROUP BY 1 ORDER BY times DESC, name LIMIT 20""", (canonical, canonical))
    return {"name": canonical, "reported": reported, "cites": cites, "cited_by": cited_by}


SEARCH_FILTERS = ("speaker", "via", "stance", "certainty", "section", "lang", "since", "until")


def search(conn: sqlite3.Connection, query: str = "", limit: int = 50,
           **filters: str) -> list[dict[str, Any]]:
    """Attributions whose content, speaker or cue contains `query` (either script), filtered.

    A substring scan (LIKE) over the TEMP view: two-character Chinese words are found, which
    SQLite's trigram tokenizer would miss.

    Ranked: speaker matches first, then by date (newest), then document order.
    """
    where, params = ["1"], []
    if query:
        variants = script_variants(query)
        ors = []
        for v in variants:
            ors.append("(content LIKE ? OR source_text LIKE ? OR speaker LIKE ? OR cue LIKE ?)")
            params += [f"%{v}%"] * 4
        where.append("(" + " OR ".join(ors) + ")")
    if filters.get("speaker"):
        variants = script_variants(filters["speaker"])
        marks = ", ".join("?" * len(variants))
        where.append(f"(speaker IN ({marks}) OR source_text IN ({marks}) OR EXISTS "
                     f"(SELECT 1 FROM json_each(speaker_aliases) x WHERE x.value IN ({marks})))")
        params += variants * 3
    if filters.get("via"):
        variants = script_variants(filters["via"])
        where.append("EXISTS (SELECT 1 FROM sayso_via v WHERE v.doc_id = a.doc_id AND "
                     "v.attribution_id = a.attribution_id AND (" +
                     " OR ".join(["v.name = ? OR v.text = ?"] * len(variants)) + "))")
        params += [x for v in variants for x in (v, v)]
    for key, column in (("stance", "stance"), ("certainty", "certainty"),
                        ("section", "section"), ("lang", "language")):
        if filters.get(key):
            where.append(f"{column} = ?")
            params.append(filters[key])
    if filters.get("since"):
        where.append("published >= ?")
        params.append(filters["since"])
    if filters.get("until"):
        where.append("published <= ?")
        params.append(filters["until"] + "\uffff")
    rank = "(speaker LIKE ?) DESC," if query else ""
    if query:
        params.append(f"%{query}%")
    params.append(max(1, min(int(limit), 500)))
    return _rows(conn, f"""SELECT a.* FROM sayso_attributions a WHERE {' AND '.join(where)}
        ORDER BY {rank} published DESC, doc_id, CAST(substr(attribution_id, 2) AS INTEGER)
        LIMIT ?""", params)
