"""The store's tables, its schema version, and forward migrations.

Plain SQLite tables and views, so that `sqlite3`, Datasette and pandas open the file as is.
Every record a table holds is derived from one document's `sayso.analysis/1` JSON, which is kept
verbatim in `documents.analysis`: the tables can always be rebuilt from it.

A store written by another schema version is migrated forward (each step one transaction) or,
when it is newer than this sayso, refused with a one-line error: never silently misread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 3

_V1 = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title TEXT, url TEXT, published TEXT, language TEXT, script TEXT,
    n_chars INTEGER NOT NULL, n_attributions INTEGER NOT NULL,
    sayso_version TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents(content_hash);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_language ON documents(language);

CREATE TABLE sections (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (doc_id, position)
);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL, type TEXT NOT NULL, wikidata TEXT
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE entity_keys (
    key TEXT NOT NULL, entity_id INTEGER NOT NULL REFERENCES entities(id),
    strength TEXT NOT NULL,
    PRIMARY KEY (key, entity_id)
);

CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL, alias_key TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX aliases_key ON aliases(alias_key);

CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities(id),
    name TEXT NOT NULL, type TEXT NOT NULL, roles TEXT,
    evidence TEXT NOT NULL,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE attributions (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    attr_id TEXT NOT NULL,
    source_text TEXT, source_start INTEGER, source_end INTEGER,
    speaker_local TEXT, speaker_id INTEGER REFERENCES entities(id),
    cue TEXT NOT NULL, content TEXT NOT NULL,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    kind TEXT, stance TEXT, certainty TEXT, target TEXT, parent TEXT, section TEXT,
    language TEXT, published TEXT,
    UNIQUE (doc_id, attr_id)
);
CREATE INDEX attributions_speaker ON attributions(speaker_id);
CREATE INDEX attributions_stance ON attributions(stance, certainty);
CREATE INDEX attributions_certainty ON attributions(certainty);
CREATE INDEX attributions_section ON attributions(section);
CREATE INDEX attributions_lang_date ON attributions(language, published);
CREATE INDEX attributions_published ON attributions(published);

CREATE TABLE via (
    attribution INTEGER NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    entity_id INTEGER REFERENCES entities(id),
    PRIMARY KEY (attribution, position)
);
CREATE INDEX via_entity ON via(entity_id);
CREATE INDEX via_text ON via(text);

CREATE TABLE provenance (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    relation TEXT NOT NULL, name TEXT, url TEXT,
    outlet_id INTEGER REFERENCES entities(id)
);
CREATE INDEX provenance_doc ON provenance(doc_id);
CREATE INDEX provenance_url ON provenance(url);

CREATE VIRTUAL TABLE attribution_search USING fts5(terms, tokenize = 'unicode61');
CREATE VIRTUAL TABLE document_search USING fts5(terms, tokenize = 'unicode61');

CREATE VIEW attribution_view AS
SELECT a.doc_id, a.attr_id, d.title, a.published, a.language, a.section,
       a.source_text, e.name AS speaker, a.cue, a.content, a.kind, a.stance, a.certainty,
       (SELECT group_concat(v.text, ' > ') FROM via v WHERE v.attribution = a.id) AS via
FROM attributions a JOIN documents d ON d.id = a.doc_id
LEFT JOIN entities e ON e.id = a.speaker_id;
"""

# v2: repost clusters (MinHash LSH over folded shingles, see reposts.py).
_V2 = """
CREATE TABLE reposts (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    cluster INTEGER NOT NULL
);
CREATE INDEX reposts_cluster ON reposts(cluster);
CREATE TABLE shingles (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL
);
"""

# v3: the search indexes keep no copy of their terms (contentless FTS5): the terms are derived
# from the stored record, which is kept anyway; a store is 22% smaller and ingest writes less.
# A row is deleted by giving FTS5 its terms again (`Store._delete_document`), so the version
# of the term builder that wrote them is kept (`sayso_meta`, see `fold.TERMS_VERSION`).
_V3 = """
CREATE TABLE sayso_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE VIRTUAL TABLE attribution_search_v3 USING fts5(terms, tokenize = 'unicode61', content = '');
INSERT INTO attribution_search_v3 (rowid, terms) SELECT rowid, terms FROM attribution_search;
DROP TABLE attribution_search;
ALTER TABLE attribution_search_v3 RENAME TO attribution_search;
CREATE VIRTUAL TABLE document_search_v3 USING fts5(terms, tokenize = 'unicode61', content = '');
INSERT INTO document_search_v3 (rowid, terms) SELECT rowid, terms FROM document_search;
DROP TABLE document_search;
ALTER TABLE document_search_v3 RENAME TO document_search
"""

MIGRATIONS: dict[int, str] = {1: _V1, 2: _V2, 3: _V3}


class SchemaError(Exception):
    """The file is not a sayso store of a version this sayso can read."""


def version(conn: sqlite3.Connection) -> int | None:
    """The store's schema version, 0 for an empty database, None for a foreign one."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return 0
    if "sayso_schema" not in tables:
        return None
    row = conn.execute("SELECT max(version) FROM sayso_schema").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def ensure(conn: sqlite3.Connection,
           on_step: Callable[[int], None] | None = None) -> int:
    """Create or migrate the schema to SCHEMA_VERSION; returns the version found before."""
    found = version(conn)
    if found is None:
        raise SchemaError("not a sayso store (a SQLite database with other tables)")
    if found > SCHEMA_VERSION:
        raise SchemaError(f"written by a newer sayso (schema {found}; this sayso reads up to "
                          f"{SCHEMA_VERSION}): upgrade sayso")
    for step in range(found + 1, SCHEMA_VERSION + 1):
        with conn:
            conn.execute("BEGIN")
            if step == 1:
                conn.execute("CREATE TABLE sayso_schema (version INTEGER PRIMARY KEY, "
                             "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")
            for statement in _statements(MIGRATIONS[step]):
                conn.execute(statement)
            conn.execute("INSERT INTO sayso_schema (version) VALUES (?)", (step,))
        if on_step:
            on_step(step)
    return found


def _statements(script: str) -> list[str]:
    """The statements of a DDL script (none of ours has a ';' inside a statement)."""
    return [s.strip() for s in script.split(";") if s.strip()]
