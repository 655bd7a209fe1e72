"""The records sayso produces, and their JSON form (`sayso.analysis/1`).

One `Document` carries the text; every finding is a span with code-point offsets into
`Document.text` (end-exclusive), so that `text[start:end] == span.text` always holds.
The JSON contract lives in `shared/spec/analysis-json.md`; `Analysis.to_dict()` emits its keys
in the documented order and `Analysis.from_json()` reads it back.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "sayso.analysis/1"

SECTION_KINDS = (
    "headline", "body", "commentary", "references", "credits",
    "disclaimer", "navigation", "caption", "boilerplate",
)
ENTITY_TYPES = ("person", "organization", "outlet", "government", "group", "unnamed")
KINDS = ("direct", "indirect", "mixed")
STANCES = (
    "assert", "deny", "accuse", "warn", "urge", "confirm", "ask",
    "condemn", "praise", "promise", "threaten",
)
CERTAINTIES = ("asserted", "reported", "unconfirmed", "disputed", "anonymous")
CREDIT_ROLES = ("compiled_by", "translated_by", "author", "published_by", "photo")


@dataclass
class Span:
    """A stretch of `Document.text`: `text == document.text[start:end]`."""

    start: int
    end: int
    text: str

    @classmethod
    def at(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(d["start"], d["end"], d["text"])


@dataclass
class EntitySpan(Span):
    """A span that names an entity (a source or a channel)."""

    entity: str | None = None

    @classmethod
    def at(cls, text: str, start: int, end: int, entity: str | None = None) -> EntitySpan:
        return cls(start, end, text[start:end], entity)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "entity": self.entity}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EntitySpan:
        return cls(d["start"], d["end"], d["text"], d.get("entity"))


@dataclass
class Section:
    kind: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end}


@dataclass
class Link:
    """A hyperlink kept by a reader: where its anchor text stands and where it points.

    Links are not part of the JSON contract; provenance reads them.
    """

    start: int
    end: int
    url: str


@dataclass
class Repost:
    name: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url}


@dataclass
class Credit:
    role: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "name": self.name}


@dataclass
class Reference:
    url: str
    outlet: str | None = None  # entity id

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "outlet": self.outlet}


@dataclass
class Provenance:
    reposted_from: list[Repost] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    dateline: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "reposted_from": [r.to_dict() for r in self.reposted_from],
            "credits": [c.to_dict() for c in self.credits],
            "references": [r.to_dict() for r in self.references],
            "dateline": self.dateline.to_dict() if self.dateline else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Provenance:
        return cls(
            reposted_from=[Repost(r["name"], r.get("url")) for r in d.get("reposted_from", [])],
            credits=[Credit(c["role"], c["name"]) for c in d.get("credits", [])],
            references=[Reference(r["url"], r.get("outlet")) for r in d.get("references", [])],
            dateline=Span.from_dict(d["dateline"]) if d.get("dateline") else None,
        )


@dataclass
class Document:
    text: str
    id: str = ""
    title: str | None = None
    language: str | None = None
    script: str | None = None
    url: str | None = None
    published: str | None = None
    sections: list[Section] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)
    # Reader by-products, not serialised: hyperlinks and raw metadata (front matter, HTML meta).
    links: list[Link] = field(default_factory=list, repr=False)
    meta: dict[str, Any] = field(default_factory=dict, repr=False)
    _section_index: tuple | None = field(default=None, init=False, repr=False, compare=False)

    def span(self, start: int, end: int) -> Span:
        return Span.at(self.text, start, end)

    def section_at(self, offset: int) -> str:
        """Kind of the section containing `offset` ("body" when there are no sections).

        Logarithmic: extractors ask this for every cue, and long documents have many sections.
        """
        sections = self.sections
        index = self._section_index
        if index is None or index[0] is not sections or index[1] != len(sections):
            index = (sections, len(sections), [s.start for s in sections])
            self._section_index = index
        i = bisect_right(index[2], offset) - 1
        if i >= 0 and sections[i].start <= offset < sections[i].end:
            return sections[i].kind
        return "body"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "script": self.script,
            "url": self.url,
            "published": self.published,
            "text": self.text,
            "sections": [s.to_dict() for s in self.sections],
            "provenance": self.provenance.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            text=d["text"],
            id=d.get("id", ""),
            title=d.get("title"),
            language=d.get("language"),
            script=d.get("script"),
            url=d.get("url"),
            published=d.get("published"),
            sections=[Section(s["kind"], s["start"], s["end"]) for s in d.get("sections", [])],
            provenance=Provenance.from_dict(d.get("provenance") or {}),
        )


@dataclass
class Entity:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    wikidata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "name": self.name,
            "aliases": list(self.aliases), "roles": list(self.roles), "wikidata": self.wikidata,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(d["id"], d["type"], d["name"], list(d.get("aliases", [])),
                   list(d.get("roles", [])), d.get("wikidata"))


@dataclass
class Attribution:
    id: str
    source: EntitySpan | None
    cue: list[Span]
    content: list[Span]
    kind: str = "indirect"
    via: list[EntitySpan] = field(default_factory=list)
    parent: str | None = None
    stance: str = "assert"
    target: str | None = None
    certainty: str = "asserted"
    hedges: list[Span] = field(default_factory=list)
    section: str = "body"
    evidence: str = ""

    @property
    def start(self) -> int:
        """Earliest offset of any of its spans: attributions are listed in text order by it."""
        spans = [*self.cue, *self.content] + ([self.source] if self.source else [])
        return min(s.start for s in spans) if spans else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "cue": [s.to_dict() for s in self.cue],
            "content": [s.to_dict() for s in self.content],
            "kind": self.kind,
            "via": [v.to_dict() for v in self.via],
            "parent": self.parent,
            "stance": self.stance,
            "target": self.target,
            "certainty": self.certainty,
            "hedges": [h.to_dict() for h in self.hedges],
            "section": self.section,
            "evidence": self.evidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Attribution:
        return cls(
            id=d["id"],
            source=EntitySpan.from_dict(d["source"]) if d.get("source") else None,
            cue=[Span.from_dict(s) for s in d.get("cue", [])],
            content=[Span.from_dict(s) for s in d.get("content", [])],
            kind=d.get("kind", "indirect"),
            via=[EntitySpan.from_dict(v) for v in d.get("via", [])],
            parent=d.get("parent"),
            stance=d.get("stance", "assert"),
            target=d.get("target"),
            certainty=d.get("certainty", "asserted"),
            hedges=[Span.from_dict(h) for h in d.get("hedges", [])],
            section=d.get("section", "body"),
            evidence=d.get("evidence", ""),
        )


@dataclass
class Analysis:
    document: Document
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "document": self.document.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "attributions": [a.to_dict() for a in self.attributions],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes | dict[str, Any]) -> Analysis:
        d = json.loads(data) if isinstance(data, (str, bytes)) else data
        if d.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} record (schema is {d.get('schema')!r})")
        return cls(
            document=Document.from_dict(d["document"]),
            entities=[Entity.from_dict(e) for e in d.get("entities", [])],
            attributions=[Attribution.from_dict(a) for a in d.get("attributions", [])],
        )

    def iter_spans(self):
        """Every span in the record, for validation."""
        doc = self.document
        if doc.provenance.dateline:
            yield doc.provenance.dateline
        for a in self.attributions:
            if a.source:
                yield a.source
            yield from a.cue
            yield from a.content
            yield from a.via
            yield from a.hedges


def validate(analysis: Analysis) -> list[str]:
    """Problems that break the contract (empty list when the record is sound).

    Checks span texts against the document, section coverage, enumerations and id references.
    """
    problems: list[str] = []
    doc = analysis.document
    text = doc.text
    for span in analysis.iter_spans():
        if not (0 <= span.start <= span.end <= len(text)):
            problems.append(f"span {span.start}-{span.end} out of range")
        elif text[span.start:span.end] != span.text:
            problems.append(f"span {span.start}-{span.end} text {span.text!r} != document text")
    pos = 0
    for s in doc.sections:
        if s.kind not in SECTION_KINDS:
            problems.append(f"unknown section kind {s.kind!r}")
        if s.start != pos or s.end < s.start:
            problems.append(f"section {s.kind} {s.start}-{s.end} does not follow {pos}")
        pos = s.end
    if doc.sections and pos != len(text):
        problems.append(f"sections end at {pos}, text at {len(text)}")
    entity_ids = {e.id for e in analysis.entities}
    if len(entity_ids) != len(analysis.entities):
        problems.append("duplicate entity ids")
    for e in analysis.entities:
        if e.type not in ENTITY_TYPES:
            problems.append(f"entity {e.id} has unknown type {e.type!r}")
    attribution_ids = {a.id for a in analysis.attributions}
    for a in analysis.attributions:
        if a.kind not in KINDS:
            problems.append(f"{a.id}: unknown kind {a.kind!r}")
        if a.stance not in STANCES:
            problems.append(f"{a.id}: unknown stance {a.stance!r}")
        if a.certainty not in CERTAINTIES:
            problems.append(f"{a.id}: unknown certainty {a.certainty!r}")
        if a.section not in SECTION_KINDS:
            problems.append(f"{a.id}: unknown section {a.section!r}")
        for ref in (a.parent, a.target):
            if ref is not None and ref not in attribution_ids:
                problems.append(f"{a.id}: refers to missing attribution {ref}")
        for es in ([a.source] if a.source else []) + list(a.via):
            if es.entity is not None and es.entity not in entity_ids:
                problems.append(f"{a.id}: refers to missing entity {es.entity}")
    for r in doc.provenance.references:
        if r.outlet is not None and r.outlet not in entity_ids:
            problems.append(f"reference {r.url} refers to missing entity {r.outlet}")
    return problems
