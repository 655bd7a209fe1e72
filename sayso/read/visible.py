"""Visible text of parsed HTML, with its links: shared by the HTML reader and the Markdown
reader (raw HTML blocks inside Markdown), so that neither imports the other.

Block elements become paragraph breaks, invisible ones (script, style, …) are dropped, white space
collapses as a browser would collapse it, and link offsets move along with the text.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

from ..model import Link

INVISIBLE = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
BLOCKS = frozenset((
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "figure",
    "figcaption", "dd", "dt", "dl", "main", "form", "hr", "title",
))

def html_fragment_text(fragment: str) -> str:
    """Visible text of an HTML fragment (a raw HTML block inside Markdown)."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError, etree.LxmlError):
        return ""
    return visible_text(root)[0]


_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


def collapse(s: str) -> str:
    """HTML white-space collapsing: runs of ASCII white space become one space; a non-breaking
    space (&nbsp;) is content and stays."""
    return _HTML_SPACE.sub(" ", s)


_BOILERPLATE_TAGS = frozenset(("nav", "aside", "footer", "form", "button", "select"))
_BOILERPLATE_NAMES = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|related|share|sharing|social|comments?|"
    r"breadcrumbs?|widget|advert|ads?|sponsor|newsletter|subscribe|promo)(?:$|[\s_-])", re.I)


def _is_boilerplate(el: Any, tag: str) -> bool:
    """Navigation, sidebars, share bars, related-article lists: by tag, class or id."""
    if tag in _BOILERPLATE_TAGS:
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(names.strip()) and _BOILERPLATE_NAMES.search(names) is not None


def visible_text(root: Any, *, skip_boilerplate: bool = False) -> tuple[str, list[Link]]:
    """Text of visible elements, a paragraph break around block elements, with its links.

    Iterative (`etree.iterwalk`), so that pathologically deep pages cannot exhaust the stack.
    With `skip_boilerplate`, navigation, sidebars and the like (`_is_boilerplate`) are left out.
    """
    parts: list[str] = []
    links: list[Link] = []
    length = 0
    hidden = 0  # depth inside invisible elements
    link_starts: list[int] = []

    def write(s: str | None) -> None:
        nonlocal length
        if s and not hidden:
            s = collapse(s)
            parts.append(s)
            length += len(s)

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        invisible = tag in INVISIBLE or not tag or (
            skip_boilerplate and el is not root and _is_boilerplate(el, tag))
        if event == "start":
            if invisible:
                hidden += 1
                continue
            if tag in BLOCKS and not hidden:
                parts.append("\n\n")
                length += 2
            if tag == "a":
                link_starts.append(length)
            write(el.text)
            continue
        if invisible:
            hidden -= 1
        else:
            if tag == "a" and link_starts:
                start = link_starts.pop()
                if el.get("href") and length > start and not hidden:
                    links.append(Link(start, length, el.get("href")))
            if tag in BLOCKS and not hidden:
                parts.append("\n\n")
                length += 2
        if el is not root:
            write(el.tail)
    return squeeze("".join(parts), links)


def squeeze(raw: str, links: list[Link]) -> tuple[str, list[Link]]:
    """Collapse blank-line runs and spaces around them, moving link offsets along."""
    out: list[str] = []
    new_pos = [0] * (len(raw) + 1)
    i = 0
    n = 0
    pending_break = False
    while i < len(raw):
        ch = raw[i]
        if ch in "\n " and (n == 0 or pending_break or ch == "\n" or raw[i + 1:i + 2] == "\n"):
            if ch == "\n":
                pending_break = True
            new_pos[i] = n
            i += 1
            continue
        if pending_break and n:
            out.append("\n\n")
            n += 2
        pending_break = False
        new_pos[i] = n
        out.append(ch)
        n += 1
        i += 1
    new_pos[len(raw)] = n
    text = "".join(out)
    moved = [Link(new_pos[link.start], min(new_pos[link.end], len(text)), link.url)
             for link in links]
    return text, [lk for lk in moved if lk.end > lk.start
                  and text[lk.start:lk.end].strip()]
