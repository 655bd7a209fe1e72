"""One record's rows, ready for SQL: everything about a document that needs no database.

The `sayso.analysis/1` record is the contract, so rows are built straight from its parsed JSON
(no model objects): the search terms (OpenCC-folded CJK bigrams, see fold.py), the entity keys
that linking compares (link.py), and the rows of every per-document table. Only what depends on
the store (corpus entity ids, row ids, whether the document is new) is left to the writer
(`Store`), so that `prepare` can run in worker processes (`parallel.py`) while one writer does
the SQL in input order.

A record is rejected with ValueError, KeyError or TypeError where `Analysis.from_json` would be:
not a JSON object, another schema, a document without text, an entity without id, name or type,
an attribution without id, a span without start, end or text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ..model import SCHEMA
from .fold import index_texts, name_key
from .link import LINKABLE_TYPES, Article, Keys, countries_named, entity_keys, is_generic


@dataclass(slots=True)
class EntityRows:
    """One article entity: what its mention row says and what linking compares."""

    local_id: str
    name: str
    type: str
    wikidata: str | None
    roles: str  # JSON list
    aliases: list[tuple[str, str]]  # (alias, alias key)
    keys: Keys
    linkable: bool  # a type that joins corpus entities (persons, bodies, outlets, groups)


@dataclass(slots=True)
class DocRows:
    """A document's rows; entity references are article-local ids (`e3`) that the writer
    resolves to corpus entity ids."""

    doc_id: str
    digest: str  # sha1 of the text: idempotence by content
    record: str  # the record as given (JSON text)
    document: tuple  # title, url, published, language, script, n_chars, n_attributions, text
    terms: str  # search terms of title and text
    sections: list[tuple[int, str, int, int]]  # position, kind, start, end
    entities: list[EntityRows]
    # attributions: (attr_id, source_text, source_start, source_end, speaker_local, cue, content,
    # content_start, content_end, kind, stance, certainty, target, parent, section)
    attributions: list[tuple]
    via: list[tuple[int, int, str, int, int, str | None]]  # attribution index, position, span
    search: list[str]  # search terms of each attribution
    provenance: list[tuple[str, str | None, str | None, str | None]]  # relation, name, url, outlet


_KEY_CACHE: dict[tuple, tuple[Keys, list[tuple[str, str]], bool]] = {}
_KEY_CACHE_MAX = 50_000  # the same names recur across a corpus; bounded to keep memory flat


def _keys(ent: dict[str, Any]) -> tuple[Keys, list[tuple[str, str]], bool]:
    """The entity's linking keys, its (alias, alias key) rows, and whether it is a generic
    body (whose keys depend on its article), computed once per name set."""
    name, aliases = ent["name"], ent.get("aliases") or ()
    sig = (ent["type"], name, tuple(aliases), ent.get("wikidata"))
    found = _KEY_CACHE.get(sig)
    if found is None:
        if len(_KEY_CACHE) >= _KEY_CACHE_MAX:
            _KEY_CACHE.clear()
        rows = [(a, name_key(a)) for a in dict.fromkeys([name, *aliases]) if a]
        found = _KEY_CACHE[sig] = (entity_keys(ent), rows, is_generic(ent))
    return found


def record_text(line: str | bytes) -> str:
    """A record's JSON text as stored: surrounding white space removed."""
    return (line.decode("utf-8") if isinstance(line, bytes) else line).strip()


def parse(line: str | bytes) -> tuple[dict[str, Any], str]:
    """The parsed record and its JSON text (`record_text`)."""
    text = record_text(line)
    return json.loads(text), text


def prepare(d: dict[str, Any], record: str | None = None) -> DocRows:
    """The rows of one `sayso.analysis/1` record (`record` is its JSON text, made from `d` when
    not given)."""
    if not isinstance(d, dict) or d.get("schema") != SCHEMA:
        schema = d.get("schema") if isinstance(d, dict) else None
        raise ValueError(f"not a {SCHEMA} record (schema is {schema!r})")
    if record is None:
        record = json.dumps(d, ensure_ascii=False)
    doc = d["document"]
    text = doc["text"]
    if not isinstance(text, str):
        raise TypeError("document text is not a string")
    doc_id = doc.get("id", "")
    title = doc.get("title")
    language, published = doc.get("language"), doc.get("published")
    atts = d.get("attributions", [])
    ents = d.get("entities", [])

    entities, names = [], {}
    article = None
    for e in ents:
        local, name, etype = e["id"], e["name"], e["type"]
        names[local] = name
        keys, aliases, generic = _keys(e)
        if generic:  # 外交部: keyed by the country named with it (link.py)
            article = article or Article(doc_id, text, countries_named(ents))
            keys = entity_keys(e, article)
        roles = e.get("roles")
        entities.append(EntityRows(
            local, name, etype, e.get("wikidata"),
            json.dumps(list(roles), ensure_ascii=False) if roles else "[]",
            aliases, keys, etype in LINKABLE_TYPES))

    att_rows, via_rows, fields = [], [], []
    for i, a in enumerate(atts):
        src = a.get("source")
        cue_spans, content_spans = a.get("cue", []), a.get("content", [])
        content = " … ".join(s["text"] for s in content_spans)
        cue = "…".join(c["text"] for c in cue_spans)
        vias = a.get("via", [])
        speaker = src.get("entity") if src else None
        if content_spans:
            start, end = content_spans[0]["start"], content_spans[-1]["end"]
        else:  # the earliest offset of any span (`Attribution.start`)
            spans = [*cue_spans, *([src] if src else [])]
            start = end = min(s["start"] for s in spans) if spans else 0
        att_rows.append((
            a["id"], src["text"] if src else None, src["start"] if src else None,
            src["end"] if src else None, speaker, cue, content, start, end,
            a.get("kind", "indirect"), a.get("stance", "assert"), a.get("certainty", "asserted"),
            a.get("target"), a.get("parent"), a.get("section", "body")))
        via_rows += [(i, p, v["text"], v["start"], v["end"], v.get("entity"))
                     for p, v in enumerate(vias)]
        via_names = " ".join(names.get(v.get("entity"), "") for v in vias if v.get("entity"))
        fields.append(" ".join((content, cue, src["text"] if src else "",
                                names.get(speaker, "") if speaker else "", via_names)))
    terms = index_texts([(title or "") + "\n" + text, *fields])

    prov = doc.get("provenance") or {}
    provenance = [("reposted_from", r["name"], r.get("url"), None)
                  for r in prov.get("reposted_from", [])]
    provenance += [(c["role"], c["name"], None, None) for c in prov.get("credits", [])]
    provenance += [("reference", None, r["url"], r.get("outlet"))
                   for r in prov.get("references", [])]
    return DocRows(
        doc_id=doc_id, digest=hashlib.sha1(text.encode("utf-8")).hexdigest(), record=record,
        document=(title, doc.get("url"), published, language, doc.get("script"), len(text),
                  len(atts), text),
        terms=terms[0],
        sections=[(p, s["kind"], s["start"], s["end"])
                  for p, s in enumerate(doc.get("sections", []))],
        entities=entities, attributions=att_rows, via=via_rows, search=terms[1:],
        provenance=provenance)


def prepare_line(line: str | bytes) -> DocRows:
    """`prepare` of one JSON Lines record."""
    d, record = parse(line)
    return prepare(d, record)
