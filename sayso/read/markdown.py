"""Markdown reader: YAML front matter to metadata, markup removed through markdown-it's tokens.

The output text keeps what a reader sees: emphasis marks and code backticks go, link anchors
stay (their targets become `Document.links`, spans over the anchor in the output text), images
become their alt text (nothing when it is empty), list items keep their text without bullets,
blocks are separated by a blank line ("\\n\\n") and items of a tight list by one newline.

CommonMark's emphasis rules fail on Chinese: in `**特评：**郭先生` the closing `**` follows a
full-width colon and precedes a Han character, so by the spec it cannot close and the asterisks
stay in the text. We relax the flanking test next to CJK characters, the approach of the
"CJK-friendly emphasis" proposal for CommonMark (tats-u, markdown-cjk-friendly, 2024).
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline import emphasis as _emphasis
from markdown_it.token import Token

from ..model import Document, Link
from .meta import first_str, iso_date, language_tag, plain
from .visible import html_fragment_text

_FRONT_MATTER_OPEN = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n")
_SIMPLE_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")


def _is_cjk(ch: str) -> bool:
    """Han, kana, Hangul, CJK punctuation and full-width forms."""
    return (
        "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"
        or "\ufe30" <= ch <= "\ufe4f" or "\uff00" <= ch <= "\uffef" or ch >= "\U00020000"
    )


def _cjk_emphasis(state: StateInline, silent: bool) -> bool:
    """markdown-it's emphasis rule, with delimiters next to CJK text allowed to open and close."""
    start = state.pos
    before = len(state.delimiters)
    if not _emphasis.tokenize(state, silent):
        return False
    end = state.pos
    prev = state.src[start - 1] if start > 0 else " "
    nxt = state.src[end] if end < state.posMax else " "
    if _is_cjk(prev) or _is_cjk(nxt):
        can_open = not nxt.isspace()
        can_close = not prev.isspace()
        for delim in state.delimiters[before:]:
            delim.open = delim.open or can_open
            delim.close = delim.close or can_close
    return True


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.inline.ruler.at("emphasis", _cjk_emphasis)
    return md


_MD = _parser()


def split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """(metadata, body, offset of the body in `text`); empty metadata when there is none.

    Broken YAML does not lose the article: simple `key: value` lines are still read.
    """
    m = _FRONT_MATTER_OPEN.match(text)
    if not m:
        return {}, text, 0
    fence = text[:3]
    closers = ("---", "...") if fence == "---" else ("+++",)
    pos = m.end()
    while pos <= len(text):
        end = text.find("\n", pos)
        line_end = len(text) if end < 0 else end
        if text[pos:line_end].rstrip() in closers:
            block = text[m.end():pos]
            body_start = min(len(text), line_end + 1)
            return _parse_meta(block), text[body_start:], body_start
        if end < 0:
            break
        pos = end + 1
    return {}, text, 0  # no closing fence: a thematic break, not front matter


def _parse_meta(block: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError:
        data = None
    if isinstance(data, dict):
        return plain(data)
    meta: dict[str, Any] = {}
    for line in block.splitlines():
        km = _SIMPLE_KEY.match(line)
        if km:
            meta[km[1]] = km[2].strip().strip("\"'")
    return meta


class _Writer:
    """Accumulates output text and links while walking the token stream."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.links: list[Link] = []
        self._open_links: list[tuple[int, str]] = []
        self._last_block_hidden = False

    def write(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.length += len(s)

    def start_block(self, hidden: bool = False, row: bool = False) -> None:
        if self.length:
            tight = hidden and self._last_block_hidden
            self.write("\n" if (tight or row) else "\n\n")
        self._last_block_hidden = hidden

    def inline(self, children: list[Token]) -> None:
        for tok in children:
            kind = tok.type
            if kind in ("text", "code_inline", "text_special"):
                self.write(tok.content)
            elif kind in ("softbreak", "hardbreak"):
                self.write("\n")
            elif kind == "link_open":
                self._open_links.append((self.length, str(tok.attrGet("href") or "")))
            elif kind == "link_close" and self._open_links:
                start, url = self._open_links.pop()
                if url and self.length > start:
                    self.links.append(Link(start, self.length, url))
            elif kind == "image":
                self.write(tok.content)  # alt text; empty for ![](...)
            elif kind == "html_inline" and tok.content.lower().startswith("<br"):
                self.write("\n")

    def text(self) -> str:
        return "".join(self.parts)


def markdown_to_text(body: str) -> tuple[str, list[Link]]:
    """Plain text of a Markdown body and the links over its anchor texts."""
    out = _Writer()
    tokens = _MD.parse(body)
    in_row = False
    first_row = True
    cell = 0
    for tok in tokens:
        kind = tok.type
        if kind == "inline":
            if in_row:
                if cell:
                    out.write("\t")
                cell += 1
            out.inline(tok.children or [])
        elif kind in ("paragraph_open", "heading_open"):
            out.start_block(hidden=tok.hidden)
        elif kind in ("fence", "code_block"):
            out.start_block()
            out.write(tok.content.rstrip("\n"))
        elif kind == "html_block":
            text = _html_block_text(tok.content)
            if text:
                out.start_block()
                out.write(text)
        elif kind == "table_open":
            first_row = True
        elif kind == "tr_open":
            out.start_block(row=not first_row)
            first_row, in_row, cell = False, True, 0
        elif kind == "tr_close":
            in_row = False
    return out.text(), out.links


def _html_block_text(content: str) -> str:
    """Visible text of a raw HTML block inside Markdown (comments and scripts give nothing)."""
    if not content.strip() or content.lstrip().startswith("<!--"):
        return ""

    return html_fragment_text(content)


def read_markdown(text: str, *, doc_id: str = "") -> Document:
    """A Document from Markdown source (already decoded)."""
    meta, body, _ = split_front_matter(text)
    plain_text, links = markdown_to_text(body)
    published = None
    for key in ("date", "published", "pubdate", "published_at", "datePublished"):
        if key in meta:
            published = iso_date(meta[key])
            if published:
                break
    language, script = language_tag(first_str(meta, "language", "lang"))
    return Document(
        text=plain_text,
        id=doc_id,
        title=first_str(meta, "title", "headline"),
        url=first_str(meta, "url", "link", "canonical", "source_url", "permalink"),
        published=published,
        language=language,
        script=script,
        links=links,
        meta=meta,
    )
