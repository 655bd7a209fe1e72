"""What the reading room asks of a store, as SQL over the analysis records it keeps.

A sayso store keeps each document's `sayso.analysis/1` JSON verbatim. The web pages need flat
rows (one per attribution, one per entity mention, one per channel), so `prepare` creates TEMP
views over that JSON with SQLite's JSON1 functions on every connection Datasette opens: they need
no write access (the file stays immutable), they show up in Datasette's own table browser and SQL
page, and they depend only on the contract, not on the store's other tables. They cost a JSON
parse per document per query, which is fine for a reading room over thousands of articles; the
store's own indexed tables are the way at larger scale.

Every function here is synchronous and takes a `sqlite3.Connection`; the plugin runs them with
Datasette's `Database.execute_fn` (in its thread pool).
"""

from __future__ import annotations

import json
import sqlite3
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


def _views(src: Source) -> list[str]:
    d, an = f'"{src.table}"', f'd."{src.analysis}"'
    entity = ("(SELECT e.value FROM json_each({an}, '$.entities') e "
              "WHERE json_extract(e.value, '$.id') = {ref})")
    speaker = entity.format(an=an, ref="json_extract(a.value, '$.source.entity')")
    via_entity = entity.format(an=an, ref="json_extract(v.value, '$.entity')")
    return [
        f"""CREATE TEMP VIEW IF NOT EXISTS sayso_attributions AS
        SELECT d."{src.id}" AS doc_id,
          json_extract({an}, '$.document.title') AS title,
          json_extract({an}, '$.document.language') AS language,
          json_extract({an}, '$.document.published') AS published,
          json_extract(a.value, '$.id') AS attribution_id,
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
        FROM {d} d, json_each({an}, '$.attributions') a""",
        f"""CREATE TEMP VIEW IF NOT EXISTS sayso_via AS
        SELECT d."{src.id}" AS doc_id, json_extract(a.value, '$.id') AS attribution_id,
          v.key AS position, json_extract(v.value, '$.text') AS text,
          coalesce(json_extract({via_entity}, '$.name'), json_extract(v.value, '$.text')) AS name,
          json_extract({speaker}, '$.name') AS speaker,
          json_extract({an}, '$.document.published') AS published
        FROM {d} d, json_each({an}, '$.attributions') a, json_each(a.value, '$.via') v""",
        f"""CREATE TEMP VIEW IF NOT EXISTS sayso_entities AS
        SELECT d."{src.id}" AS doc_id, json_extract(e.value, '$.id') AS entity_id,
          json_extract(e.value, '$.name') AS name, json_extract(e.value, '$.type') AS type,
          json_extract(e.value, '$.aliases') AS aliases, json_extract(e.value, '$.roles') AS roles,
          json_extract(e.value, '$.wikidata') AS wikidata
        FROM {d} d, json_each({an}, '$.entities') e""",
    ]


def prepare(conn: sqlite3.Connection) -> Source | None:
    """Create the TEMP views on this connection (the `prepare_connection` hook calls it)."""
    src = find_source(conn)
    if src is not None:
        for sql in _views(src):
            conn.execute(sql)
    return src


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


def analysis_json(conn: sqlite3.Connection, doc_id: str) -> str | None:
    src = find_source(conn)
    row = conn.execute(f'SELECT "{src.analysis}" FROM "{src.table}" WHERE "{src.id}" = ?',
                       (doc_id,)).fetchone() if src else None
    return row[0] if row else None


def document_urls(conn: sqlite3.Connection) -> dict[str, str]:
    """Article URL → stored document id, to link provenance chains to stored copies."""
    return {r["url"]: r["doc_id"] for r in _rows(conn, f"""
        SELECT json_extract(d."{src.analysis}", '$.document.url') AS url, d."{src.id}" AS doc_id
        FROM "{src.table}" d WHERE url IS NOT NULL""")} if (src := find_source(conn)) else {}


def home(conn: sqlite3.Connection) -> dict[str, Any]:
    """Corpus counts, languages, most quoted speakers, most cited outlets, denials, doubts."""
    src = find_source(conn)
    if src is None:
        return {"documents": 0}
    documents = conn.execute(f'SELECT count(*) FROM "{src.table}"').fetchone()[0]
    return {
        "documents": documents,
        "attributions": conn.execute("SELECT count(*) FROM sayso_attributions").fetchone()[0],
        "entities": conn.execute(
            "SELECT count(DISTINCT name) FROM sayso_entities WHERE type != 'unnamed'").fetchone()[0],
        "languages": _rows(conn, f"""SELECT json_extract("{src.analysis}", '$.document.language')
            AS language, count(*) AS documents FROM "{src.table}" GROUP BY 1 ORDER BY 2 DESC"""),
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


def _alias_match(names: list[str]) -> tuple[str, list[str]]:
    """SQL condition (on sayso_entities) true when an entity carries any of `names`."""
    marks = ", ".join("?" * len(names))
    return (f"(name IN ({marks}) OR EXISTS (SELECT 1 FROM json_each(aliases) x "
            f"WHERE x.value IN ({marks})))", names + names)


def entity(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """Profile of the entity called `name` (any alias, either script) across the corpus.

    Mentions are grouped by the display name the analyser gave them (a Latin name when known),
    so 佩斯科夫 and Dmitry Peskov in two articles are one profile once either resolved.
    """
    where, params = _alias_match(script_variants(name))
    mentions = _rows(conn, f"SELECT * FROM sayso_entities WHERE {where}", params)
    if not mentions:
        return None
    canonical = max({m["name"] for m in mentions},
                    key=lambda n: sum(m["name"] == n for m in mentions))
    mentions = [m for m in mentions if m["name"] == canonical]
    names: dict[str, None] = {canonical: None}
    roles: dict[str, None] = {}
    for m in mentions:
        names.update(dict.fromkeys(json.loads(m["aliases"] or "[]")))
        roles.update(dict.fromkeys(json.loads(m["roles"] or "[]")))
    said = _rows(conn, """SELECT * FROM sayso_attributions WHERE speaker = ?
        ORDER BY stance, published, doc_id, attribution_id""", (canonical,))
    by_stance: dict[str, list[dict[str, Any]]] = {}
    for row in said:
        by_stance.setdefault(row["stance"], []).append(row)
    reporters = _rows(conn, """SELECT name, count(*) AS times FROM sayso_via WHERE speaker = ?
        GROUP BY name ORDER BY times DESC, name""", (canonical,))
    dates = sorted(r["published"] for r in said if r["published"])
    return {
        "name": canonical,
        "type": mentions[0]["type"],
        "names": list(names),
        "roles": list(roles),
        "wikidata": next((m["wikidata"] for m in mentions if m["wikidata"]), None),
        "documents": sorted({m["doc_id"] for m in mentions}),
        "said": by_stance,
        "reported_by": reporters,
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
    }


def outlet(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """What an outlet reported, whom it cites, who cites it (as names with counts)."""
    where, params = _alias_match(script_variants(name))
    found = conn.execute(f"SELECT name FROM sayso_entities WHERE {where} "
                         "GROUP BY name ORDER BY count(*) DESC LIMIT 1", params).fetchone()
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
