"""Test support for layout and provenance: the reference article as a reader will give it.

The Markdown reader is written in parallel; these tests build the stripped text themselves
(markup removed, link anchors kept and recorded as `Link`s, images dropped, paragraphs
separated by blank lines, list items on their own lines) so that they do not depend on it.
Also: locating gold sections by `starts_with`/`ends_with` as the scorer does.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from sayso.model import Document, Link, Section

IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")


def strip_markdown(source: str, *, softbreak: str = "\n") -> Document:
    """A Document from Markdown with markup removed and links kept (see module docstring)."""
    title = None
    if source.startswith("---\n"):
        head, _, source = source[4:].partition("\n---\n")
        m = re.search(r"^title:\s*(.+)$", head, re.M)
        title = m.group(1).strip() if m else None
    paragraphs = re.split(r"\n[ \t]*\n", source.strip("\n"))
    out: list[str] = []
    links: list[Link] = []
    pos = 0
    for p_index, para in enumerate(paragraphs):
        if p_index:
            out.append("\n\n")
            pos += 2
        for l_index, raw in enumerate(para.split("\n")):
            if l_index:
                out.append(softbreak)
                pos += len(softbreak)
            line = IMAGE.sub("", raw)
            line = re.sub(r"^\s*[-*] ", "", line).replace("**", "").replace("`", "")
            cursor = 0
            for m in LINK.finditer(line):
                before = line[cursor:m.start()]
                out.append(before)
                pos += len(before)
                links.append(Link(pos, pos + len(m.group(1)), m.group(2)))
                out.append(m.group(1))
                pos += len(m.group(1))
                cursor = m.end()
            out.append(line[cursor:])
            pos += len(line) - cursor
    return Document(text="".join(out), title=title, links=links)


def strip_gold_string(s: str) -> str:
    """A gold `starts_with`/`ends_with` string with Markdown markup removed.

    Gold strings may cut a link in half ("- [ROL Foundation]", "...unforgiveable)"): the
    unbalanced bracket or parenthesis left over is markup too.
    """
    s = LINK.sub(lambda m: m.group(1), s)
    s = re.sub(r"^- ", "", s).replace("**", "")
    s = re.sub(r"^\[([^\]]*)\]$", r"\1", s)
    if s.endswith(")") and s.count("(") < s.count(")"):
        s = s[:-1]
    return s


def locate_gold_sections(doc: Document, gold: list[dict]) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each gold section, searched in order like the scorer.

    An `ends_with` that is a bare link target "(url)" ends where that link's anchor ends.
    """
    text = doc.text
    found, pos = [], 0
    for g in gold:
        start = text.index(strip_gold_string(g["starts_with"]), pos)
        target = re.fullmatch(r"\((\S+)\)", g["ends_with"])
        if target:
            end = max(k.end for k in doc.links if k.url == target.group(1) and k.start >= start)
        else:
            ends_with = strip_gold_string(g["ends_with"])
            end = text.index(ends_with, start) + len(ends_with)
        found.append((g["kind"], start, end))
        pos = end
    return found


def matches_exactly(text: str, sections: list[Section], kind: str, start: int, end: int) -> bool:
    """One predicted section of `kind` equals [start, end) modulo surrounding whitespace."""
    want = text[start:end].strip()
    return any(s.kind == kind and text[s.start:s.end].strip() == want for s in sections)


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))
