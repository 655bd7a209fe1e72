"""The corpus store: every analysed article in one SQLite file, searchable across articles.

`api.Store` is the entry point (it writes and reads); `schema` holds the tables, `fold` the
Chinese/English search terms, `link` cross-document entity linking, `ingest` what can be loaded,
`rows` one record's rows built without the database, `load` the ingest run (worker processes
prepare rows, one writer stores them in order), `cli` the commands.
"""

from .api import DocumentHit, EntityProfile, Hit, IngestCounts, Store

__all__ = ["DocumentHit", "EntityProfile", "Hit", "IngestCounts", "Store"]
