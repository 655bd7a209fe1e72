"""The corpus store: every analysed article in one SQLite file, searchable across articles.

`api.Store` is the entry point; `schema` holds the tables, `fold` the Chinese/English search
terms, `link` cross-document entity linking, `ingest` what can be loaded, `cli` the commands.
"""

from .api import EntityProfile, Hit, IngestCounts, Store

__all__ = ["EntityProfile", "Hit", "IngestCounts", "Store"]
