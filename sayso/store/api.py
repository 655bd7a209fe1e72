"""`sayso.Store`: the corpus store, SQLite first.

    >>> store = sayso.Store("corpus.db")
    >>> from sayso.store.load import ingest
    >>> ingest(store, ["articles/"], workers=2)         # files, folders, JSONL, batch output
    >>> store.search("否认", stance="deny", speaker="Peskov")
    >>> store.entity("佩斯科夫")

The same code serves the CLI (`sayso ingest`, `search`, `entity`, …) and notebooks. Writes go
through one connection in WAL mode, one transaction per batch of documents, so a run killed at
any moment keeps every batch committed before it and a rerun adds nothing twice (documents are
keyed by their id and content hash).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Analysis
from ..version import __version__
from . import schema
from .fold import TERMS_VERSION, locate, match_query, name_key
from .link import Keys
from .rows import DocRows, prepare

# Documents per transaction: a killed run keeps every committed batch. 200 -> 500 saves a
# little CPU (fewer FTS segments and commits); 1,000 with a 64 MiB page cache measured no faster
# on 20,000 records and doubled the peak memory (195 MB against 105 MB).
BATCH = 500
CACHE_KIB = 16384  # SQLite page cache of the writer (KiB)
CACHE_ENTRIES = 200_000  # entity keys and aliases remembered by the writer (memory stays flat)
WINDOW = 2000  # best-ranked text matches filtered before falling back to all
_ANY = object()  # no stance filter
# The columns of a `Hit`, in `Store._hit`'s order; {join} takes the search index when it ranks.
_HIT_SELECT = ("SELECT a.id, a.doc_id, a.attr_id, e.name, a.speaker_id, a.source_text, a.cue, "
               "a.content, a.stance, a.certainty, a.kind, a.section, a.language, a.published, "
               "d.title, a.content_start, a.content_end FROM attributions a {join} "
               "JOIN documents d ON d.id = a.doc_id LEFT JOIN entities e ON e.id = a.speaker_id")

_DOCUMENTS = "INSERT INTO documents (rowid, id, content_hash, title, url, published, language, \
script, n_chars, n_attributions, sayso_version, ingested_at, text, analysis) \
VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
_DOCUMENT_SEARCH = "INSERT INTO document_search (rowid, terms) VALUES (?, ?)"
_SECTIONS = "INSERT INTO sections VALUES (?,?,?,?,?)"
_MENTIONS = "INSERT INTO mentions VALUES (?,?,?,?,?,?,?)"
_ATTRIBUTIONS = "INSERT INTO attributions (id, doc_id, attr_id, source_text, source_start, \
source_end, speaker_local, speaker_id, cue, content, content_start, content_end, kind, stance, \
certainty, target, parent, section, language, published) \
VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
_ATTRIBUTION_SEARCH = "INSERT INTO attribution_search (rowid, terms) VALUES (?, ?)"
# The search indexes are contentless (schema v3): a row is deleted by giving its terms again.
_DOCUMENT_UNSEARCH = ("INSERT INTO document_search (document_search, rowid, terms) "
                      "VALUES ('delete', ?, ?)")
_ATTRIBUTION_UNSEARCH = ("INSERT INTO attribution_search (attribution_search, rowid, terms) "
                         "VALUES ('delete', ?, ?)")
_VIA = "INSERT INTO via VALUES (?,?,?,?,?,?)"
_PROVENANCE = "INSERT INTO provenance VALUES (?,?,?,?,?)"
_INSERTS = (_DOCUMENTS, _DOCUMENT_SEARCH, _SECTIONS, _MENTIONS, _ATTRIBUTIONS,
            _ATTRIBUTION_SEARCH, _VIA, _PROVENANCE)


@dataclass
class IngestCounts:
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    skipped: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"added": self.added, "unchanged": self.unchanged, "updated": self.updated,
                "skipped": self.skipped}


@dataclass
class Hit:
    """One attribution found by `Store.search`."""

    doc_id: str
    attr_id: str
    speaker: str | None
    speaker_id: int | None
    source: str | None
    cue: str
    content: str
    stance: str | None
    certainty: str | None
    kind: str | None
    section: str | None
    language: str | None
    published: str | None
    title: str | None
    via: list[str] = field(default_factory=list)
    content_start: int = 0
    content_end: int = 0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class DocumentHit:
    """One document found by `Store.search_documents`: where the query occurs in its text."""

    doc_id: str
    title: str | None
    published: str | None
    language: str | None
    url: str | None
    start: int | None  # the first occurrence of the query in the text (None: matched by terms
    end: int | None  # only, e.g. a phrase broken by a line break)
    context: str  # the text around it

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class EntityProfile:
    """What `Store.entity` answers: one corpus entity across the corpus."""

    id: int
    name: str
    type: str
    wikidata: str | None
    aliases: list[str]
    roles: list[str]
    said: dict[str, list[Hit]]  # by stance
    reported_by: dict[str, int]  # via names and counts
    documents: int
    first_seen: str | None
    last_seen: str | None
    evidence: list[str]

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["said"] = {k: [h.as_dict() for h in v] for k, v in self.said.items()}
        return d


@dataclass
class Cluster:
    """Articles that are one story: the earliest member first, each with what the texts state
    about where they came from."""

    id: int
    documents: list[dict[str, Any]]  # doc_id, title, published, language, script, url
    earliest: str
    stated: list[dict[str, Any]]  # provenance rows: doc_id, relation, name, url, target_doc

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class OutletProfile:
    id: int
    name: str
    reported: list[Hit]  # attributions whose source is the outlet
    cites: dict[str, int]  # speakers of what it carried (as source or channel)
    cited_by: dict[str, int]  # outlets/channels through which its reports reached others
    referenced_by: list[str]  # documents whose references point to it

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["reported"] = [h.as_dict() for h in self.reported]
        return d


def content_hash(analysis: Analysis) -> str:
    return hashlib.sha1(analysis.document.text.encode("utf-8")).hexdigest()


def _same_record(stored: str, new: str) -> bool:
    """The same analysis: the same JSON text, or the same record written differently (key
    order, white space, defaults left out)."""
    if stored == new:
        return True
    try:
        return Analysis.from_json(stored).to_dict() == Analysis.from_json(new).to_dict()
    except (ValueError, KeyError, TypeError, AttributeError):
        return False


class _Caches:
    """What the writer knows of the store between batches: which entity holds a key (0: none,
    -1: several) and which aliases are stored. Cleared when another connection writes
    (`PRAGMA data_version`), after a rollback, and when full."""

    def __init__(self) -> None:
        self.strong: dict[str, int] = {}
        self.any: dict[str, int] = {}
        self.aliases: set[tuple[int, str]] = set()

    def clear(self) -> None:
        self.strong.clear()
        self.any.clear()
        self.aliases.clear()

    def check_size(self) -> None:
        if len(self.strong) + len(self.any) + len(self.aliases) > CACHE_ENTRIES:
            self.clear()

    def held(self, key: str, entity_id: int, strong: bool) -> None:
        """`entity_id` now holds `key` too."""
        for cache in (self.strong, self.any) if strong else (self.any,):
            known = cache.get(key)
            if known is not None:
                cache[key] = entity_id if known in (0, entity_id) else -1


class Store:
    """A sayso corpus store in one SQLite file."""

    def __init__(self, path: str | Path, *, readonly: bool = False, timeout: float = 5.0,
                 batch: int = BATCH):
        self.path = str(path)
        self.batch = batch
        self._caches = _Caches()
        self._data_version: int | None = None
        self._next_id = self._next_rowid = 1
        self._now = ""
        # rows of the batch being written, by statement, in parent-before-child order
        self._pending: dict[str, list[tuple]] = {sql: [] for sql in _INSERTS}
        self._pending_ids: set[str] = set()
        p = Path(self.path)
        if readonly and not p.is_file():
            raise InputError(self.path, "no such store file")
        if p.exists() and p.is_dir():
            raise InputError(self.path, "is a folder, not a store file")
        if p.is_file() and p.stat().st_size and not _is_sqlite(p):
            raise InputError(self.path, "not a SQLite database (a damaged or foreign file)")
        uri = f"file:{p.resolve()}?mode=ro" if readonly else f"file:{p.resolve()}?mode=rwc"
        try:
            self.conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                if schema.version(self.conn) is None:  # refuse before touching the file
                    raise schema.SchemaError(
                        "not a sayso store (a SQLite database with other tables)")
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints
                self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
                self.conn.execute("PRAGMA temp_store = MEMORY")
                schema.ensure(self.conn)
                self._check_terms()
            elif schema.version(self.conn) != schema.SCHEMA_VERSION:
                raise schema.SchemaError(
                    f"schema version {schema.version(self.conn)}, this sayso reads "
                    f"{schema.SCHEMA_VERSION}: open it once for writing to migrate")
        except schema.SchemaError as exc:
            raise InputError(self.path, str(exc)) from None
        except sqlite3.OperationalError as exc:
            raise InputError(self.path, _sqlite_problem(exc)) from None
        except sqlite3.DatabaseError as exc:
            raise InputError(self.path, f"not a usable SQLite database ({exc})") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def add(self, analyses: Iterable[Analysis], counts: IngestCounts | None = None,
            on_document: Callable[[Analysis, str], None] | None = None) -> IngestCounts:
        """Store analysed documents, one transaction per batch; `on_document(analysis, state)`
        is told 'added', 'updated' or 'unchanged' for each."""
        pairs = ((a, prepare(a.to_dict())) for a in analyses)
        return self._add(pairs, counts or IngestCounts(), on_document)

    def add_rows(self, items: Iterable[DocRows], counts: IngestCounts | None = None,
                 on_document: Callable[[DocRows, str], None] | None = None) -> IngestCounts:
        """Store prepared records (`rows.prepare`: the record path of `ingest`, no model
        objects), one transaction per batch, in the order given."""
        return self._add(((r, r) for r in items), counts or IngestCounts(), on_document)

    def _add(self, pairs: Iterable[tuple[Any, DocRows]], counts: IngestCounts,
             on_document: Callable[[Any, str], None] | None) -> IngestCounts:
        batch: list[tuple[Any, DocRows]] = []
        for pair in pairs:
            batch.append(pair)
            if len(batch) >= self.batch:
                self._write_batch(batch, counts, on_document)
                batch = []
        if batch:
            self._write_batch(batch, counts, on_document)
        return counts

    def _write_batch(self, batch: list[tuple[Any, DocRows]], counts: IngestCounts,
                     on_document: Callable[[Any, str], None] | None) -> None:
        states: list[tuple[Any, str]] = []
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self._check_caches()
            self._caches.check_size()
            # Row ids are given here (the batch holds the write lock) so that the attribution,
            # via and search rows of a document go in with one executemany each.
            self._next_id = self.conn.execute("SELECT coalesce(max(id), 0) FROM attributions"
                                              ).fetchone()[0] + 1
            self._next_rowid = self.conn.execute("SELECT coalesce(max(rowid), 0) FROM documents"
                                                 ).fetchone()[0] + 1
            self._now = datetime.now(UTC).isoformat(timespec="seconds")
            for item, rows in batch:
                states.append((item, self._write_document(rows)))
            self._flush()
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            for rows in self._pending.values():
                rows.clear()
            self._pending_ids.clear()
            self._caches.clear()  # they may hold rows that were rolled back
            raise InputError(self.path, _sqlite_problem(exc)) from None
        for item, state in states:
            setattr(counts, state, getattr(counts, state) + 1)
            if on_document:
                on_document(item, state)

    def _check_caches(self) -> None:
        """Forget the caches when another connection has written since our last batch."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version:
            self._caches.clear()
            self._data_version = version

    def _write_document(self, r: DocRows) -> str:
        conn = self.conn
        if r.doc_id in self._pending_ids:  # the same id twice in one batch: store the first
            self._flush()
        row = conn.execute("SELECT rowid, content_hash, analysis FROM documents WHERE id = ?",
                           (r.doc_id,)).fetchone()
        if row is not None:
            if row[1] == r.digest and _same_record(row[2], r.record):
                return "unchanged"
            self._delete_document(r.doc_id, row[0], row[2])
            state = "updated"
        else:
            state = "added"
        self._pending_ids.add(r.doc_id)
        title, url, published, language, script, n_chars, n_atts, text = r.document
        rowid = self._next_rowid
        self._next_rowid += 1
        pend = self._pending
        pend[_DOCUMENTS].append((rowid, r.doc_id, r.digest, title, url, published, language,
                                 script, n_chars, n_atts, __version__, self._now, text,
                                 r.record))
        pend[_DOCUMENT_SEARCH].append((rowid, r.terms))
        pend[_SECTIONS] += [(r.doc_id, *s) for s in r.sections]
        ids = self._link_entities(r)
        first = self._next_id
        self._next_id += len(r.attributions)
        pend[_ATTRIBUTIONS] += [(first + i, r.doc_id, a[0], a[1], a[2], a[3], a[4],
                                 ids.get(a[4]) if a[4] else None, *a[5:], language, published)
                                for i, a in enumerate(r.attributions)]
        pend[_ATTRIBUTION_SEARCH] += [(first + i, t) for i, t in enumerate(r.search)]
        pend[_VIA] += [(first + i, p, text, s, e, ids.get(ent) if ent else None)
                       for i, p, text, s, e, ent in r.via]
        pend[_PROVENANCE] += [(r.doc_id, rel, name, url, ids.get(o) if o else None)
                              for rel, name, url, o in r.provenance]
        return state

    def _flush(self) -> None:
        """Write the batch's pending rows, one executemany per table (parents first)."""
        for sql, rows in self._pending.items():
            if rows:
                self.conn.executemany(sql, rows)
                rows.clear()
        self._pending_ids.clear()

    def _delete_document(self, doc_id: str, rowid: int, record: str) -> None:
        old = prepare(json.loads(record), record)  # the terms the search indexes were given
        ids = [i for (i,) in self.conn.execute(
            "SELECT id FROM attributions WHERE doc_id = ? ORDER BY id", (doc_id,))]
        self.conn.execute(_DOCUMENT_UNSEARCH, (rowid, old.terms))
        self.conn.executemany(_ATTRIBUTION_UNSEARCH, zip(ids, old.search, strict=True))
        self.conn.execute("DELETE FROM via WHERE attribution IN "
                          "(SELECT id FROM attributions WHERE doc_id = ?)", (doc_id,))
        for table in ("attributions", "sections", "mentions", "provenance", "reposts",
                      "shingles"):
            self.conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def _check_terms(self) -> None:
        """Re-index when the stored terms were built by other term rules (an upgrade, or a store
        migrated from schema 2, which did not record them): deleting a row from a contentless
        index needs exactly the terms it was given."""
        row = self.conn.execute("SELECT value FROM sayso_meta WHERE key = 'search_terms'"
                                ).fetchone()
        if row is not None and row[0] == TERMS_VERSION:
            return
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            if row is not None or self.conn.execute("SELECT 1 FROM documents").fetchone():
                self._reindex()
            self.conn.execute("INSERT OR REPLACE INTO sayso_meta VALUES ('search_terms', ?)",
                              (TERMS_VERSION,))

    def _reindex(self) -> None:
        """Rebuild both search indexes from the stored records."""
        for table in ("document_search", "attribution_search"):
            self.conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        reader = self.conn.cursor()
        for rowid, doc_id, record in reader.execute(
                "SELECT rowid, id, analysis FROM documents ORDER BY rowid"):
            rows = prepare(json.loads(record), record)
            ids = [i for (i,) in self.conn.execute(
                "SELECT id FROM attributions WHERE doc_id = ? ORDER BY id", (doc_id,))]
            self.conn.execute(_DOCUMENT_SEARCH, (rowid, rows.terms))
            self.conn.executemany(_ATTRIBUTION_SEARCH, zip(ids, rows.search, strict=True))

    def _link_entities(self, r: DocRows) -> dict[str, int]:
        """Each linkable article entity → its corpus entity (found or created), with evidence."""
        out: dict[str, int] = {}
        mentions: list[tuple] = []
        seen = self._caches.aliases
        for ent in r.entities:
            keys = ent.keys
            entity_id, evidence = self._find_entity(keys)
            if entity_id is None and ent.linkable and (keys.strong or keys.weak):
                entity_id = self.conn.execute(
                    "INSERT INTO entities (name, type, wikidata) VALUES (?,?,?)",
                    (keys.canonical or ent.name, ent.type, keys.wikidata or ent.wikidata)
                ).lastrowid
                evidence = f"new entity ({keys.note})" if keys.note else "new entity"
            if entity_id is not None:
                out[ent.local_id] = entity_id
                self._attach_keys(entity_id, keys)
                aliases = [(entity_id, a, k) for a, k in ent.aliases if (entity_id, a) not in seen]
                if aliases:
                    self.conn.executemany("INSERT OR IGNORE INTO aliases VALUES (?,?,?)", aliases)
                    seen.update((i, a) for i, a, _ in aliases)
            mentions.append((r.doc_id, ent.local_id, entity_id, ent.name, ent.type, ent.roles,
                             evidence or "not linked (no name that identifies it)"))
        self._pending[_MENTIONS] += mentions
        return out

    def _holder(self, key: str, strong: bool) -> int:
        """The one entity holding `key` (strong keys only, or any), 0 for none, -1 for more
        than one; cached for the run (`_Caches`), at most two rows read."""
        cache = self._caches.strong if strong else self._caches.any
        found = cache.get(key)
        if found is None:
            sql = ("SELECT entity_id FROM entity_keys WHERE key = ? AND strength = 'strong' "
                   "LIMIT 2" if strong else "SELECT entity_id FROM entity_keys WHERE key = ? "
                   "LIMIT 2")
            ids = [r[0] for r in self.conn.execute(sql, (key,))]
            found = cache[key] = ids[0] if len(ids) == 1 else -1 if ids else 0
        return found

    def _find_entity(self, keys: Keys) -> tuple[int | None, str | None]:
        for key, evidence in keys.strong:
            if (holder := self._holder(key, True)) > 0:
                return holder, evidence
        if keys.strong:
            return None, None  # a full name of its own that no entity has: a new entity
        for key, evidence in keys.weak:
            if (holder := self._holder(key, False)) > 0:
                return holder, evidence + " (the only entity with that name)"
        return None, None

    def _attach_keys(self, entity_id: int, keys: Keys) -> None:
        """Record the keys of a linked article entity. A strong key (a full name, an id) that
        another entity already holds stays with that one: sharing it would make both
        ambiguous, and every later article naming either would then start a new entity.
        A weak key (a single word) is shared: that is how a surname of two people is known."""
        rows = []
        for key, _ in keys.strong:
            if self._holder(key, True) == 0:
                rows.append((key, entity_id, "strong"))
                self._caches.held(key, entity_id, True)
        for key, _ in keys.weak:
            if self._holder(key, False) != entity_id:
                rows.append((key, entity_id, "weak"))
                self._caches.held(key, entity_id, False)
        if rows:
            self.conn.executemany("INSERT OR IGNORE INTO entity_keys VALUES (?,?,?)", rows)

    # ------------------------------------------------------------------ reading

    def count(self, table: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def document(self, doc_id: str) -> Analysis | None:
        row = self.conn.execute("SELECT analysis FROM documents WHERE id = ?",
                                (doc_id,)).fetchone()
        return Analysis.from_json(row[0]) if row else None

    def documents(self) -> Iterator[Analysis]:
        for (record,) in self.conn.execute("SELECT analysis FROM documents ORDER BY rowid"):
            yield Analysis.from_json(record)

    def find_entities(self, name: str) -> list[int]:
        """Corpus entities that `name` names (any alias, any script); best first."""
        key = name_key(name)
        rows = self.conn.execute(
            "SELECT a.entity_id, count(m.doc_id) FROM aliases a "
            "LEFT JOIN mentions m ON m.entity_id = a.entity_id WHERE a.alias_key = ? "
            "GROUP BY a.entity_id ORDER BY count(m.doc_id) DESC", (key,)).fetchall()
        if not rows:
            rows = self.conn.execute(
                "SELECT DISTINCT entity_id, 0 FROM entity_keys WHERE key IN (?, ?, ?)",
                (f"name:{key}", f"person:{key}", f"outlet:{key}")).fetchall()
        return [r[0] for r in rows]

    def search(self, query: str | None = None, *, speaker: str | None = None,
               via: str | None = None, stance: str | None = None,
               certainty: str | None = None, section: str | None = None,
               lang: str | None = None, since: str | None = None, until: str | None = None,
               limit: int = 20) -> list[Hit]:
        """Attributions matching every given filter, best match first (bm25 when there is a
        query, else newest first)."""
        where, params, order = [], [], "a.published DESC, a.doc_id, a.id"
        join = ""
        if query:
            match = match_query(query)
            if match is None:
                return []
            # FTS5 ranks and cuts its own matches first (its `rank` with a LIMIT keeps only the
            # best) instead of joining every match before sorting: a frequent phrase matches a
            # large part of a big corpus. With filters the best WINDOW matches are filtered;
            # when fewer than `limit` pass, every match is (see below).
            filtered = any((speaker, via, stance, certainty, section, lang, since, until))
            join = ("JOIN (SELECT rowid, rank FROM attribution_search WHERE "
                    "attribution_search MATCH ? ORDER BY rank LIMIT ?) s ON s.rowid = a.id")
            params += [match, max(limit, WINDOW) if filtered else limit]
            order = "s.rank, a.id"
        if speaker:
            ids = self.find_entities(speaker)
            if ids:
                where.append(f"a.speaker_id IN ({','.join('?' * len(ids))})")
                params += ids
            else:
                where.append("a.source_text LIKE ?")
                params.append(f"%{speaker}%")
        if via:
            ids = self.find_entities(via)
            cond = "v.text LIKE ?"
            vparams: list[Any] = [f"%{via}%"]
            if ids:
                cond += f" OR v.entity_id IN ({','.join('?' * len(ids))})"
                vparams += ids
            where.append(f"EXISTS (SELECT 1 FROM via v WHERE v.attribution = a.id AND ({cond}))")
            params += vparams
        for column, value in (("stance", stance), ("certainty", certainty),
                              ("section", section), ("language", lang)):
            if value:
                where.append(f"a.{column} = ?")
                params.append(value)
        if since:
            where.append("a.published >= ?")
            params.append(since)
        if until:
            where.append("a.published <= ?")
            params.append(until + "\uffff")
        sql = (_HIT_SELECT.format(join=join)
               + (" WHERE " + " AND ".join(where) if where else "")
               + f" ORDER BY {order} LIMIT ?")
        rows = self.conn.execute(sql, [*params, limit]).fetchall()
        if query and filtered and len(rows) < limit:
            # the window held too few: rank every match (exact, slower on frequent phrases)
            params[1] = -1
            rows = self.conn.execute(sql, [*params, limit]).fetchall()
        return [self._hit(r) for r in rows]

    def search_documents(self, query: str, *, lang: str | None = None,
                         since: str | None = None, until: str | None = None,
                         limit: int = 20) -> list[DocumentHit]:
        """Documents whose title or text holds every part of `query` (any script, narrative as
        well as quotations), best match first (bm25), each with the first match in context."""
        match = match_query(query)
        if match is None:
            return []
        where, params = [], []
        for column, value, op in (("language", lang, "="), ("published", since, ">="),
                                  ("published", until and until + "\uffff", "<=")):
            if value:
                where.append(f"d.{column} {op} ?")
                params.append(value)
        sql = ("SELECT d.id, d.title, d.published, d.language, d.url, d.text FROM (SELECT "
               "rowid, rank FROM document_search WHERE document_search MATCH ? ORDER BY rank "
               "LIMIT ?) s JOIN documents d ON d.rowid = s.rowid"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY s.rank, d.rowid LIMIT ?")
        window = max(limit, WINDOW) if where else limit
        rows = self.conn.execute(sql, [match, window, *params, limit]).fetchall()
        if where and len(rows) < limit:  # as in `search`: the window held too few
            rows = self.conn.execute(sql, [match, -1, *params, limit]).fetchall()
        return [_document_hit(r, query) for r in rows]

    def _hit(self, r: tuple) -> Hit:
        vias = [v[0] for v in self.conn.execute(
            "SELECT text FROM via WHERE attribution = ? ORDER BY position", (r[0],))]
        return Hit(doc_id=r[1], attr_id=r[2], speaker=r[3], speaker_id=r[4], source=r[5],
                   cue=r[6], content=r[7], stance=r[8], certainty=r[9], kind=r[10],
                   section=r[11], language=r[12], published=r[13], title=r[14], via=vias,
                   content_start=r[15], content_end=r[16])

    def entity(self, name: str, *, per_stance: int = 20) -> EntityProfile | None:
        """The profile of the corpus entity `name` names (any alias, any script)."""
        ids = self.find_entities(name)
        if not ids:
            return None
        eid = ids[0]
        ename, etype, wikidata = self.conn.execute(
            "SELECT name, type, wikidata FROM entities WHERE id = ?", (eid,)).fetchone()
        aliases = [r[0] for r in self.conn.execute(
            "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias", (eid,))]
        roles: list[str] = []
        evidence: list[str] = []
        for roles_json, ev, doc in self.conn.execute(
                "SELECT roles, evidence, doc_id FROM mentions WHERE entity_id = ?", (eid,)):
            roles += [r for r in json.loads(roles_json or "[]") if r not in roles]
            evidence.append(f"{doc}: {ev}")
        said: dict[str, list[Hit]] = {}
        for stance, in self.conn.execute(
                "SELECT DISTINCT stance FROM attributions WHERE speaker_id = ?", (eid,)):
            said[stance or "assert"] = self._said(eid, per_stance, stance)
        reported = dict(self.conn.execute(
            "SELECT v.text, count(*) FROM via v JOIN attributions a ON a.id = v.attribution "
            "WHERE a.speaker_id = ? GROUP BY v.text ORDER BY count(*) DESC", (eid,)).fetchall())
        docs, first, last = self.conn.execute(
            "SELECT count(DISTINCT doc_id), min(published), max(published) FROM attributions "
            "WHERE speaker_id = ?", (eid,)).fetchone()
        return EntityProfile(eid, ename, etype, wikidata, aliases, roles, said, reported,
                             docs, first, last, evidence)

    def _said(self, entity_id: int, limit: int, stance: str | None | object = _ANY
              ) -> list[Hit]:
        """What the entity said, oldest first; only `stance` (None: no stance) when given."""
        where, params = "a.speaker_id = ?", [entity_id]
        if stance is not _ANY:
            where += " AND a.stance IS ?"
            params.append(stance)
        rows = self.conn.execute(
            _HIT_SELECT.format(join="") + f" WHERE {where} "
            "ORDER BY a.published, a.doc_id, a.id LIMIT ?", [*params, limit]).fetchall()
        return [self._hit(r) for r in rows]


    # ------------------------------------------------------------------ corpus views

    def outlet(self, name: str, *, limit: int = 50) -> OutletProfile | None:
        """What an outlet reported, whom it cites, who cites it."""
        ids = self.find_entities(name)
        if not ids:
            return None
        eid = ids[0]
        ename = self.conn.execute("SELECT name FROM entities WHERE id = ?", (eid,)).fetchone()[0]
        reported = self._said(eid, limit)
        cites = dict(self.conn.execute(
            "SELECT coalesce(e.name, a.source_text, '(no source)'), count(*) FROM via v "
            "JOIN attributions a ON a.id = v.attribution LEFT JOIN entities e "
            "ON e.id = a.speaker_id WHERE v.entity_id = ? GROUP BY 1 ORDER BY 2 DESC",
            (eid,)).fetchall())
        cited_by = dict(self.conn.execute(
            "SELECT v.text, count(*) FROM via v JOIN attributions a ON a.id = v.attribution "
            "WHERE a.speaker_id = ? GROUP BY v.text ORDER BY 2 DESC", (eid,)).fetchall())
        referenced = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT doc_id FROM provenance WHERE outlet_id = ? ORDER BY doc_id",
            (eid,))]
        return OutletProfile(eid, ename, reported, cites, cited_by, referenced)

    def reposts(self, threshold: float | None = None) -> list[Cluster]:
        """Clusters of documents that are one story (see `reposts.py`); computes the missing
        MinHashes and stores the clusters (table `reposts`)."""
        from . import reposts as rp

        missing = self.conn.execute(
            "SELECT d.id, d.analysis FROM documents d LEFT JOIN shingles s ON s.doc_id = d.id "
            "WHERE s.doc_id IS NULL").fetchall()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for doc_id, record in missing:
                blob = rp.to_blob(rp.minhash(Analysis.from_json(record)))
                self.conn.execute("INSERT INTO shingles VALUES (?, ?)", (doc_id, blob))
            groups = rp.clusters(self.conn.execute(
                "SELECT s.doc_id, s.minhash FROM shingles s JOIN documents d ON d.id = s.doc_id "
                "ORDER BY d.rowid").fetchall(), threshold or rp.THRESHOLD)
            self.conn.execute("DELETE FROM reposts")
            out = []
            for number, members in enumerate(sorted(groups, key=min), 1):
                self.conn.executemany("INSERT INTO reposts VALUES (?, ?)",
                                      [(m, number) for m in members])
                out.append(self._cluster(number, members))
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self.conn.execute("ROLLBACK")
            raise InputError(self.path, _sqlite_problem(exc)) from None
        return out

    def _cluster(self, number: int, members: list[str]) -> Cluster:
        marks = ",".join("?" * len(members))
        docs = [dict(zip(("doc_id", "title", "published", "language", "script", "url"), r, strict=True))
                for r in self.conn.execute(
                    f"SELECT id, title, published, language, script, url FROM documents "
                    f"WHERE id IN ({marks}) ORDER BY published IS NULL, published, rowid",
                    members)]
        return Cluster(number, docs, docs[0]["doc_id"], self._stated(members))

    def _stated(self, doc_ids: list[str]) -> list[dict[str, Any]]:
        """What the texts state about their origin, each URL resolved to a stored document."""
        marks = ",".join("?" * len(doc_ids))
        rows = self.conn.execute(
            f"SELECT p.doc_id, p.relation, p.name, p.url, (SELECT d.id FROM documents d WHERE "
            f"p.url IS NOT NULL AND rtrim(d.url, '/') = rtrim(p.url, '/') LIMIT 1) "
            f"FROM provenance p WHERE p.doc_id IN ({marks}) ORDER BY p.doc_id, p.rowid",
            doc_ids).fetchall()
        return [dict(zip(("doc_id", "relation", "name", "url", "target_doc"), r, strict=True)) for r in rows]

    def trace(self, doc_id: str) -> dict[str, Any] | None:
        """Where a text came from: what it states (reposted from, compiled or translated by,
        references, each linked to a stored document where the corpus holds it) and the other
        members of its repost cluster, earliest first."""
        row = self.conn.execute("SELECT id, title, published, url FROM documents WHERE id = ?",
                                (doc_id,)).fetchone()
        if row is None:
            return None
        cluster = self.conn.execute("SELECT cluster FROM reposts WHERE doc_id = ?",
                                    (doc_id,)).fetchone()
        mates: list[dict[str, Any]] = []
        if cluster:
            members = [r[0] for r in self.conn.execute(
                "SELECT doc_id FROM reposts WHERE cluster = ?", cluster)]
            mates = self._cluster(cluster[0], members).documents
        return {"doc_id": row[0], "title": row[1], "published": row[2], "url": row[3],
                "stated": self._stated([doc_id]), "same_story": mates}


def _document_hit(r: tuple, query: str, around: int = 60) -> DocumentHit:
    text = r[5]
    span = locate(text, query)
    start, end = span if span else (None, None)
    a = max(0, (start or 0) - around)
    b = min(len(text), (end or 0) + around)
    context = ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")
    return DocumentHit(doc_id=r[0], title=r[1], published=r[2], language=r[3], url=r[4],
                       start=start, end=end, context=context)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _sqlite_problem(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return "the store is locked by another writer (try again when it has finished)"
    if "readonly" in text or "read-only" in text:
        return "the store cannot be written (read-only file or folder)"
    if "full" in text:
        return "the disk is full (nothing of the last batch was stored; free space and rerun)"
    if "unable to open" in text:
        return "cannot open the store (missing folder or no permission)"
    return f"database error: {text}"
