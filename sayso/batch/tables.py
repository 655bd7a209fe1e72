"""Flat tables of an analysis, for Parquet and SQL: documents, attributions, entities, via.

Each function takes the `sayso.analysis/1` record as a dict (what `json.loads` of
`Analysis.to_json()` gives) and returns one dict per row; the Arrow schemas below fix each
column's type, so that every partition file of a dataset has the same schema.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pyarrow as pa

from .. import __version__

TABLES = ("documents", "attributions", "entities", "via")
_STR = pa.string()
_INT = pa.int64()
_STRS = pa.list_(pa.string())

# "language" is not a column of the files: it is the hive partition (DIR/table/language=xx/).
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _STR), ("analysis", _STR), ("title", _STR), ("url", _STR),
        ("published", _STR), ("script", _STR), ("n_chars", _INT), ("n_attributions", _INT),
        ("n_entities", _INT), ("sayso_version", _STR), ("sha1", _STR),
    ]),
    "attributions": pa.schema([
        ("doc_id", _STR), ("attribution_id", _STR), ("source_text", _STR),
        ("source_start", _INT), ("source_end", _INT), ("speaker_id", _STR),
        ("speaker_name", _STR), ("cue_text", _STR), ("content_text", _STR),
        ("content_start", _INT), ("content_end", _INT), ("kind", _STR), ("stance", _STR),
        ("certainty", _STR), ("target", _STR), ("parent", _STR), ("section", _STR),
        ("via_names", _STRS), ("published", _STR),
    ]),
    "entities": pa.schema([
        ("doc_id", _STR), ("entity_id", _STR), ("type", _STR), ("name", _STR),
        ("aliases", _STRS), ("roles", _STRS), ("wikidata", _STR),
    ]),
    "via": pa.schema([
        ("doc_id", _STR), ("attribution_id", _STR), ("position", _INT), ("text", _STR),
        ("start", _INT), ("end", _INT), ("entity_id", _STR), ("entity_name", _STR),
    ]),
}

# Spans of one cue or content that are not contiguous are joined with this mark.
GAP = " … "


def language_of(record: dict[str, Any]) -> str:
    """The partition value: the document's language, "und" when it has none."""
    return record["document"].get("language") or "und"


def rows(record: dict[str, Any], analysis_json: str) -> dict[str, list[dict[str, Any]]]:
    """The rows each table gets from one record; `analysis_json` is its exact JSON text."""
    doc = record["document"]
    doc_id = doc["id"]
    names = {e["id"]: e["name"] for e in record["entities"]}
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    out["documents"].append({
        "doc_id": doc_id, "analysis": analysis_json, "title": doc.get("title"),
        "url": doc.get("url"), "published": doc.get("published"), "script": doc.get("script"),
        "n_chars": len(doc["text"]), "n_attributions": len(record["attributions"]),
        "n_entities": len(record["entities"]), "sayso_version": __version__,
        "sha1": hashlib.sha1(doc["text"].encode("utf-8")).hexdigest(),
    })
    for a in record["attributions"]:
        source = a.get("source") or {}
        content = a["content"]
        out["attributions"].append({
            "doc_id": doc_id, "attribution_id": a["id"], "source_text": source.get("text"),
            "source_start": source.get("start"), "source_end": source.get("end"),
            "speaker_id": source.get("entity"), "speaker_name": names.get(source.get("entity")),
            "cue_text": GAP.join(s["text"] for s in a["cue"]),
            "content_text": GAP.join(s["text"] for s in content),
            "content_start": content[0]["start"] if content else None,
            "content_end": content[-1]["end"] if content else None,
            "kind": a["kind"], "stance": a["stance"], "certainty": a["certainty"],
            "target": a.get("target"), "parent": a.get("parent"), "section": a["section"],
            "via_names": [names.get(v.get("entity")) or v["text"] for v in a["via"]],
            "published": doc.get("published"),
        })
        for position, v in enumerate(a["via"], 1):
            out["via"].append({
                "doc_id": doc_id, "attribution_id": a["id"], "position": position,
                "text": v["text"], "start": v["start"], "end": v["end"],
                "entity_id": v.get("entity"), "entity_name": names.get(v.get("entity")),
            })
    for e in record["entities"]:
        out["entities"].append({
            "doc_id": doc_id, "entity_id": e["id"], "type": e["type"], "name": e["name"],
            "aliases": list(e.get("aliases") or []), "roles": list(e.get("roles") or []),
            "wikidata": e.get("wikidata"),
        })
    return out


def record_of(analysis_json: str) -> dict[str, Any]:
    """The record dict of one analysis JSON text."""
    return json.loads(analysis_json)
