"""The terminal report of `sayso analyze`: provenance chain, sections, entities, attributions.

It has to read well in a default 80-column terminal (and piped into `less`), where a table with
nine columns leaves one character to the speaker and the content. So every attribution is a
block: a head line (id, speaker → resolved entity, cue), its content wrapped to the width under a
hanging indent, and one line of kind · stance · certainty · via · section. Tables are used only
when the console is wide enough for them (`TABLE_WIDTH`). Widths are measured in terminal cells
by rich (`cell_len`), so Chinese characters count double and are never cut in half.
"""

from __future__ import annotations

import re
from collections import Counter

from rich.cells import cell_len, set_cell_size
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .model import Analysis, Attribution, Entity

# Below this many columns the entity list is printed as wrapped lines, not as a table.
TABLE_WIDTH = 100
INDENT = 4

# Styles: a second cue beside colour (bold speaker, underlined cue, italic content) so the
# report reads the same with colours off or to a colour-blind reader.
SPEAKER = "bold cyan"
CUE = "underline magenta"
CONTENT = "default"
FACTS = "dim"


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


def speaker_label(analysis: Analysis, a: Attribution) -> str:
    """The source as written, then the entity it resolves to when that reads differently."""
    if not a.source:
        return "(no source)"
    entity = analysis.entity(a.source.entity)
    label = " ".join(a.source.text.split())
    if entity and entity.name != a.source.text:
        label += f" → {entity.name}"
    return label


def facts_line(a: Attribution) -> str:
    """kind · stance(→target) · certainty · via chain · section, the enumerations of one record."""
    parts = [a.kind, a.stance + (f"→{a.target}" if a.target else ""), a.certainty]
    if a.via:
        parts.append("via " + " ← ".join(" ".join(v.text.split()) for v in a.via))
    if a.hedges:
        parts.append("hedged: " + " … ".join(_excerpt(h.text, 30) for h in a.hedges))
    parts.append(a.section)
    return " · ".join(parts)


# Chinese line-breaking rules (kinsoku): these never start a line, those never end one.
_NO_START = set("，。、；：？！）》」』】〕〉”’…·,.;:?!)]}%")
_NO_END = set("（《「『【〔〈“‘([{")
_TOKEN = re.compile(r"\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+")


def wrap(text: str, width: int) -> list[str]:
    """Greedy line breaking in terminal cells: Latin text breaks at spaces, Chinese between any
    two characters except before closing or after opening punctuation (kinsoku); a word wider
    than the line is cut. rich's own wrapping pushes a lone "。" to the next line, hence this."""
    width = max(width, 8)
    # Glue the tokens that may not be separated into unbreakable units.
    units: list[str] = []
    for tok in _TOKEN.findall(" ".join(text.split())):
        if units and not tok.isspace() and (tok[0] in _NO_START or units[-1][-1] in _NO_END):
            units[-1] += tok
        else:
            units.append(tok)
    lines: list[str] = []
    line = ""
    for unit in units:
        if unit.isspace():
            if line:
                line += " "
            continue
        if cell_len(line) + cell_len(unit) <= width:
            line += unit
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = ""
        while cell_len(unit) > width:  # a URL or a glued run longer than the line
            cut = len(set_cell_size(unit, width).rstrip())
            lines.append(unit[:cut])
            unit = unit[cut:]
        line = unit
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _indented(text: str, style: str, width: int) -> Text:
    lines = wrap(text, width - INDENT)
    return Text("\n").join(Text(" " * INDENT + line, style=style) for line in lines)


def attribution_block(analysis: Analysis, a: Attribution, width: int) -> Group:
    """One attribution: head line, content wrapped under a hanging indent, then its facts."""
    head = Text()
    head.append(a.id, style="bold")
    if a.parent:
        head.append(f" ⊂{a.parent}", style=FACTS)
    head.append("  ")
    head.append(speaker_label(analysis, a), style=SPEAKER)
    cue = "…".join(c.text for c in a.cue)
    parts = [head]
    if cue and cell_len(head.plain) + 2 + cell_len(cue) <= width:
        head.append("  ")
        head.append(cue, style=CUE)
    elif cue:  # a long speaker keeps its line; the cue goes under it
        parts.append(_indented(cue, CUE, width))
    content = " … ".join(c.text for c in a.content) or "(no content)"
    return Group(*parts, _indented(content, CONTENT, width),
                 _indented(facts_line(a), FACTS, width))


def _entities_table(analysis: Analysis) -> Table:
    table = Table(title="Entities", title_justify="left", show_lines=False)
    for col in ("id", "type", "name", "aliases", "roles"):
        table.add_column(col)
    for e in analysis.entities:
        table.add_row(e.id, e.type, e.name, _excerpt(", ".join(e.aliases), 50),
                      _excerpt(", ".join(e.roles), 30))
    return table


def _entity_lines(e: Entity, width: int) -> list[Text]:
    """One entity as wrapped lines: id, name, type, other names, roles."""
    text = f"{e.name} ({e.type})"
    others = [x for x in e.aliases if x != e.name]
    if others:
        text += "  aka " + ", ".join(others)
    if e.roles:
        text += "  roles: " + ", ".join(e.roles)
    lines = wrap(f"{e.id} {text}", width - INDENT)  # continuation lines hang by INDENT
    head = f"{e.id} {e.name}"
    first = (Text.assemble((e.id, "bold"), " ", (e.name, SPEAKER), lines[0][len(head):])
             if lines[0].startswith(head) else Text(lines[0]))  # a name cut by the width
    return [first, *(Text(" " * INDENT + line) for line in lines[1:])]


def _labelled(console: Console, label: str, text: str) -> None:
    """"label text" wrapped to the console (no trailing blanks), the label dimmed."""
    for i, line in enumerate(wrap(f"{label} {text}", console.width)):
        console.print(Text.assemble((label, "dim"), line[len(label):]) if i == 0 else Text(line))


def render(analysis: Analysis, console: Console) -> None:
    """Print the whole report at the console's width (see the module docstring)."""
    doc = analysis.document
    script = f"-{doc.script}" if doc.script else ""
    console.print(Text(doc.title or doc.id, style="bold"))
    fields = (("id", doc.id), ("language", f"{doc.language or 'unknown'}{script}"),
              ("characters", str(len(doc.text))), ("url", doc.url), ("published", doc.published))
    meta = Text("   ").join(Text.assemble((f"{label} ", "dim"), value)
                            for label, value in fields if value)
    console.print(meta)
    _labelled(console, "provenance", provenance_chain(analysis))
    if doc.provenance.dateline:
        _labelled(console, "dateline", doc.provenance.dateline.text)
    counts = Counter(s.kind for s in doc.sections)
    _labelled(console, "sections", ", ".join(f"{k} ×{n}" for k, n in counts.items()))

    if analysis.entities:
        console.print()
        if console.width >= TABLE_WIDTH:
            console.print(_entities_table(analysis))
        else:
            console.print(Text("Entities", style="italic"))
            for e in analysis.entities:
                for line in _entity_lines(e, console.width):
                    console.print(line)

    console.print()
    console.print(Text(f"Attributions ({len(analysis.attributions)})", style="italic"))
    for a in analysis.attributions:
        console.print(attribution_block(analysis, a, console.width))
