"""The terminal report of `sayso analyze`: provenance chain, sections, entities, attributions."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .model import Analysis


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def provenance_chain(analysis: Analysis) -> str:
    """"this text <- reposted from X <- compiled by Y <- references Z" as one line."""
    prov = analysis.document.provenance
    parts = ["this text"]
    for r in prov.reposted_from:
        parts.append(f"reposted from {r.name}" + (f" ({r.url})" if r.url else ""))
    for c in prov.credits:
        parts.append(f"{c.role.replace('_', ' ')} {c.name}")
    for ref in prov.references:
        outlet = analysis.entity(ref.outlet)
        parts.append(f"references {outlet.name if outlet else ref.url}"
                     + (f" ({ref.url})" if outlet else ""))
    return " <- ".join(parts)


def render(analysis: Analysis, console: Console) -> None:
    doc = analysis.document
    script = f"-{doc.script}" if doc.script else ""
    console.print(Text(doc.title or doc.id, style="bold"))
    console.print(f"[dim]id[/] {doc.id}   [dim]language[/] {doc.language or 'unknown'}{script}"
                  f"   [dim]characters[/] {len(doc.text)}"
                  + (f"   [dim]url[/] {doc.url}" if doc.url else ""))
    console.print(f"[dim]provenance[/] {provenance_chain(analysis)}")
    if doc.provenance.dateline:
        console.print(f"[dim]dateline[/] {doc.provenance.dateline.text}")
    counts = Counter(s.kind for s in doc.sections)
    console.print("[dim]sections[/] " + ", ".join(f"{k} ×{n}" for k, n in counts.items()))

    if analysis.entities:
        table = Table(title="Entities", title_justify="left", show_lines=False)
        for col in ("id", "type", "name", "aliases", "roles"):
            table.add_column(col)
        for e in analysis.entities:
            table.add_row(e.id, e.type, e.name, _excerpt(", ".join(e.aliases), 50),
                          _excerpt(", ".join(e.roles), 30))
        console.print(table)

    table = Table(title=f"Attributions ({len(analysis.attributions)})", title_justify="left",
                  expand=True)
    # Narrow terminals squeeze the free-text columns, never the short enumerations.
    table.add_column("id", no_wrap=True)
    table.add_column("speaker", ratio=3, overflow="fold")
    table.add_column("cue", ratio=1, overflow="fold", min_width=6)
    table.add_column("content", ratio=5, overflow="fold")
    for col in ("kind", "via", "stance", "certainty", "section"):
        table.add_column(col, no_wrap=col != "via", overflow="fold",
                         ratio=1 if col == "via" else None, min_width=6 if col == "via" else None)
    for a in analysis.attributions:
        if a.source:
            entity = analysis.entity(a.source.entity)
            speaker = a.source.text
            if entity and entity.name != a.source.text:
                speaker += f" → {entity.name}"
        else:
            speaker = "(none)"
        parent = f" ⊂{a.parent}" if a.parent else ""
        table.add_row(
            a.id + parent, speaker, "…".join(c.text for c in a.cue),
            _excerpt(" … ".join(c.text for c in a.content)), a.kind,
            " ← ".join(v.text for v in a.via), a.stance + (f"→{a.target}" if a.target else ""),
            a.certainty, a.section,
        )
    console.print(table)
