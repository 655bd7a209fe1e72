"""HTML reader: the main text and metadata through trafilatura, plain lxml text as a fallback.

trafilatura (Barbaresi, ACL 2021 demo) finds the article body, drops navigation, footers and
related-link lists, and reads title, author, date and canonical URL. We ask it for Markdown with
links kept and pass that through the Markdown reader, so links become `Document.links` over
their anchor text exactly as in Markdown input. When trafilatura finds nothing (a page that is
all script, a fragment without <body>), the visible text is taken with lxml instead.
"""

from __future__ import annotations

import logging
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from ..model import Document, Link
from .markdown import markdown_to_text
from .meta import iso_date, language_tag
from .visible import BLOCKS, INVISIBLE, collapse, squeeze, visible_text

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def read_html(html: str, *, doc_id: str = "", url: str | None = None) -> Document:
    """A Document from an HTML page (already decoded)."""
    extracted = _trafilatura(html, url)
    meta: dict[str, Any] = {}
    text, links = "", []
    if extracted is not None:
        meta = {k: v for k, v in extracted.as_dict().items()
                if k not in ("body", "commentsbody", "text", "raw_text", "comments")
                and v not in (None, "", [])}
        text, links = markdown_to_text(extracted.text or "")
    if not text.strip():
        text, links = html_text(html)
        meta.setdefault("extractor", "lxml")
    else:
        meta["extractor"] = "trafilatura"
        whole = _container_text(html, text)
        if whole is not None:
            text, links = whole
            meta["extractor"] = "trafilatura+container"
    base = _str(meta.get("url")) or url
    if base:
        links = [Link(lk.start, lk.end, urljoin(base, lk.url)) for lk in links]
    return Document(
        text=text,
        id=doc_id,
        title=_str(meta.get("title")) or _html_title(html),
        url=_str(meta.get("url")) or url,
        published=iso_date(meta.get("date")),
        language=language_tag(_str(meta.get("language")))[0],
        links=links,
        meta=meta,
    )


def _container_text(html: str, extracted: str) -> tuple[str, list[Link]] | None:
    """The whole article container that trafilatura's text came from, rendered by us.

    trafilatura drops link-only paragraphs ("参考链接：" followed by a bare URL, "Source: X"),
    which are exactly the references provenance needs. Its first and last paragraphs locate
    the container (their lowest common ancestor); rendering that element keeps every paragraph
    and link in it. Used only when the container adds little (at most half as much text again
    plus 2,000 characters), so that a container spanning the whole page changes nothing.
    """
    paragraphs = [" ".join(p.split()) for p in extracted.split("\n\n") if p.strip()]
    root = _parse(html)
    if root is None or not paragraphs:
        return None
    first = _find_block(root, paragraphs[0])
    last = _find_block(root, paragraphs[-1], reverse=True)
    if first is None or last is None:
        return None
    # lxml hands out the same proxy object per node while one is referenced: keep them alive
    # in a list and compare by identity (ids of dropped proxies get reused).
    ancestors = [first, *first.iterancestors()]
    container = last
    while container is not None and not any(container is a for a in ancestors):
        container = container.getparent()
    if container is None:
        return None
    text, links = visible_text(container, skip_boilerplate=True)
    if not text.strip() or len(text) > 1.5 * len(extracted) + 2000:
        return None
    ours = {" ".join(p.split()) for p in text.split("\n\n")}
    missing = [p for p in paragraphs if p not in ours]
    if len(missing) > 20:
        return None
    flat = " ".join(text.split()) if missing else ""
    return None if any(p not in flat for p in missing) else (text, links)


_TEXT_BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
                          "td", "th", "dd", "dt", "figcaption", "div", "span", "section"))


def _find_block(root: Any, paragraph: str, *, reverse: bool = False) -> Any:
    """The innermost element whose visible text is `paragraph` (whitespace-normalised)."""
    elements = [el for el in root.iter() if isinstance(el.tag, str) and el.tag in _TEXT_BLOCKS]
    for el in reversed(elements) if reverse else elements:
        if " ".join(el.text_content().split()) == paragraph:
            return el
    return None


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _trafilatura(html: str, url: str | None) -> Any:
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_links=True, include_formatting=True,
            include_comments=False, include_tables=True, deduplicate=False)
    except (ValueError, TypeError, etree.LxmlError, RecursionError):
        return None


_PARSER = lxml.html.HTMLParser(huge_tree=True)


def _parse(html: str) -> Any:
    try:
        return lxml.html.document_fromstring(html, parser=_PARSER)
    except (etree.ParserError, ValueError, etree.LxmlError):
        return None


def _html_title(html: str) -> str | None:
    root = _parse(html)
    if root is None:
        return None
    title = root.findtext(".//title")
    return " ".join(title.split()) if title and title.strip() else None


def html_text(html: str) -> tuple[str, list[Link]]:
    """Visible text of a whole page, blocks separated by blank lines, with its links."""
    root = _parse(html)
    text, links = "", []
    if root is not None:
        body = root.find("body")
        text, links = visible_text(body if body is not None else root)
    if not text.strip():  # libxml2 gives up on very deep or very broken markup
        text, links = _stream_text(html)
    return text, links


class _StreamText(HTMLParser):
    """The standard library's tolerant, depth-unlimited tokenizer, as a last resort."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.hidden = 0
        self.links: list[Link] = []
        self._anchors: list[tuple[int, str | None]] = []

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in INVISIBLE:
            self.hidden += 1
        elif tag in BLOCKS and not self.hidden:
            self._put("\n\n")
        if tag == "a":
            self._anchors.append((self.length, dict(attrs).get("href")))

    def handle_endtag(self, tag: str) -> None:
        if tag in INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS and not self.hidden:
            self._put("\n\n")
        if tag == "a" and self._anchors:
            start, href = self._anchors.pop()
            if href and self.length > start:
                self.links.append(Link(start, self.length, href))

    def handle_data(self, data: str) -> None:
        if data and not self.hidden:
            self._put(collapse(data))


def _stream_text(html: str) -> tuple[str, list[Link]]:
    parser = _StreamText()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):
        pass
    return squeeze("".join(parser.parts), parser.links)
