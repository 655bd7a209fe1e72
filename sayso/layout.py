"""Sections: every paragraph gets a kind (headline, body, commentary, credits, ...).

Why: a claim in a 特评 commentary is the outlet's opinion, not news; a name in a credit line
is a translator, not a source; footer links are not references. Attribution extractors and
provenance read these kinds.

How: the text is cut into lines (a reader separates paragraphs by blank lines and keeps list
items and soft breaks on their own lines). Each line is classified by per-language marker
rules (`sayso/lang/<lang>/sections.json`: 特评：, 参考链接：, 免责声明：, "By NAME", ...) and
by language-neutral shape: link-only lines, bare URLs, watermark domains, short unpunctuated
lines (headlines and cross-heads). A small state machine then lets markers open sections
(a commentary marker takes the following body paragraphs; a reference or related-reading
label takes the following link lines; a run of short link-only lines is navigation).
Single-line texts (scraped Sina news, pages a reader flattened) are cut inside the line: the
headline runs into the dateline, a section label can follow a sentence end, and cross-heads
("照X光无异样 6日后严重肺炎") sit between sentences. The cross-head cut (near-parallel halves,
placed on a jieba word boundary) is this project's own heuristic, tuned on nothing but the
couplet shape; the rules are rules, not strings of the dev articles.
Sections cover the whole text in order; whitespace after a paragraph belongs to it.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .dateline import find_dateline
from .model import Document, Section
from .text import quiet_jieba, to_simplified

LANGUAGES = ("zh", "en")
CLOSERS = "”’\"'」』）)】]》*"
# A paragraph may open with list bullets or an opening bracket before its marker.
LEADERS = "-*•·▪●◆■>#（(【[「 \u3000\u00a0"
LABEL_TERMINATORS = "：:／/|｜】]）)"
WATERMARK = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|net|org|cn|tv|info|io|co|hk|tw|news|me)", re.I)
URL_LINE = re.compile(r"(?:https?://|www\.)\S+", re.I)
HAN = re.compile(r"[\u3400-\u9fff]")
# A cross-head inside a line: after a sentence end, a short unpunctuated phrase, one space,
# and an unpunctuated run that continues into the next sentence.
CROSSHEAD = re.compile(
    r"(?<=[。！？!?”」])(?P<a>[\u3400-\u9fffA-Za-z0-9]{3,12})[ \u3000](?P<r>[\u3400-\u9fffA-Za-z0-9]{4,})")

# Two sentences in one line: a word (not an initial as in "U.S." or "N.Y.") ends one.
SENTENCE_BREAK = re.compile(r"[a-z0-9]{2}[.!?]\s+[A-Z\"“‘']")
MAX_HEADLINE_HAN = 50
MAX_HEADLINE_LATIN = 160
MAX_SUBHEAD_HAN = 25
MAX_SUBHEAD_WORDS = 12
MIN_CROSSHEAD_GAP = 40


@dataclass(frozen=True)
class Rule:
    kind: str
    labels: re.Pattern[str] | None  # alternation of the labels, longest first
    starts: re.Pattern[str] | None
    patterns: tuple[re.Pattern[str], ...]
    opens: str | None
    max_len: int | None
    unpunctuated: bool = False
    # First characters of the labels / starts: a line opening with none of them cannot match
    # (None when a word is empty and so matches anywhere).
    label_heads: frozenset[str] | None = None
    start_heads: frozenset[str] | None = None


def _alternation(words: list[str]) -> re.Pattern[str] | None:
    folded = sorted({to_simplified(w).lower() for w in words}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, folded))) if folded else None


def _heads(words: list[str]) -> frozenset[str] | None:
    folded = {to_simplified(w).lower() for w in words}
    return None if "" in folded else frozenset(w[0] for w in folded)


@dataclass
class Block:
    """One line (or a piece of one) with its classification."""

    start: int
    end: int
    own_para: bool = True
    rule: Rule | None = None
    shape: str | None = None  # url | links | watermark
    link_count: int = 0
    forced: str | None = None
    kind: str = "body"


@cache
def _rules(language: str) -> tuple[tuple[Rule, ...], str]:
    raw = resources.files(f"sayso.lang.{language}").joinpath("sections.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    rules = []
    for r in data["rules"]:
        rules.append(Rule(
            kind=r["kind"], labels=_alternation(r.get("labels", [])),
            starts=_alternation(r.get("starts", [])),
            patterns=tuple(re.compile(p) for p in r.get("patterns", [])),
            opens=r.get("opens"), max_len=r.get("max_len"),
            unpunctuated=bool(r.get("unpunctuated")),
            label_heads=_heads(r.get("labels", [])), start_heads=_heads(r.get("starts", [])),
        ))
    return tuple(rules), data.get("sentence_end", "")


@cache
def _all_rules(language: str | None) -> tuple[tuple[Rule, ...], str]:
    """Rules of the document's language first, then the others (a Chinese page may carry an
    English copyright line)."""
    order = [language] if language in LANGUAGES else []
    order += [lang for lang in LANGUAGES if lang not in order]
    rules: list[Rule] = []
    ends = ""
    for lang in order:
        r, e = _rules(lang)
        rules.extend(r)
        ends += e
    return tuple(rules), ends


@cache
def _rules_by_head(language: str | None) -> tuple[dict[str, tuple[Rule, ...]], tuple[Rule, ...]]:
    """The rules that can match a line, by the line's first character (in rule order), and
    those for any other first character: a label or start word must open the line, so a rule
    without patterns is tried only on lines opening with one of its words' first characters."""
    rules, _ = _all_rules(language)

    def any_head(r: Rule) -> bool:
        return bool(r.patterns) or (r.labels is not None and r.label_heads is None) or (
            r.starts is not None and r.start_heads is None)

    def by(r: Rule, h: str) -> bool:
        return any_head(r) or (r.labels is not None and h in (r.label_heads or ())) or (
            r.starts is not None and h in (r.start_heads or ()))

    heads = {h for r in rules for hs in (r.label_heads, r.start_heads) if hs for h in hs}
    return ({h: tuple(r for r in rules if by(r, h)) for h in heads},
            tuple(r for r in rules if any_head(r)))


def segment(doc: Document) -> list[Section]:
    """Sections covering `doc.text` in order, without gaps or overlap."""
    text = doc.text
    if not text:
        return []
    blocks = _lines(text)
    if not blocks:
        return [Section("body", 0, len(text))]
    folded = to_simplified(text)
    lowered = _lower(folded)
    link_index = _LinkIndex(doc)
    _, sentence_end = _all_rules(doc.language)
    blocks = _split_inline_markers(blocks, lowered, _inline_marker_re(doc.language))
    by_head = _rules_by_head(doc.language)
    for b in blocks:
        _classify(b, text, folded, lowered, link_index, by_head)
    blocks = _split_watermarks(blocks, text)
    blocks = _split_headline_dateline(blocks, text)
    blocks = _split_crossheads(blocks, text)
    _assign(blocks, text, sentence_end, doc.title)
    return _sections(blocks, len(text))


# ---------------------------------------------------------------------------- lines

def _lines(text: str) -> list[Block]:
    """Non-blank lines, trimmed; `own_para` when blank lines (or text edges) surround it."""
    blocks: list[Block] = []
    prev_blank = True
    matches = list(re.finditer(r"[^\n]*", text))
    lines = [(m.start(), m.end()) for m in matches if m.start() < len(text) or m.group()]
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            prev_blank = True
            continue
        next_blank = i + 1 >= len(lines) or not text[lines[i + 1][0]:lines[i + 1][1]].strip()
        start = s + len(line) - len(line.lstrip())
        end = e - (len(line) - len(line.rstrip()))
        blocks.append(Block(start, end, own_para=prev_blank and next_blank))
        prev_blank = False
    return blocks


# ---------------------------------------------------------------------------- markers

def _lower(s: str) -> str:
    """Lower case without changing the length (offsets must survive: "İ".lower() has two)."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c if len(c) == 1 else ch for ch, c in ((ch, ch.lower()) for ch in s))


class _LinkIndex:
    """The document's links sorted by start, for the links overlapping a line."""

    def __init__(self, doc: Document) -> None:
        self.links = sorted(doc.links, key=lambda k: k.start)
        self.starts = [k.start for k in self.links]
        self.longest = max((k.end - k.start for k in self.links), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [(k.start, k.end) for k in self.links[lo:hi] if k.end > start]


def _classify(b: Block, text: str, folded: str, lowered: str, links: _LinkIndex,
              by_head: tuple[dict[str, tuple[Rule, ...]], tuple[Rule, ...]]) -> None:
    line = lowered[b.start:b.end]
    body = line.lstrip(LEADERS)
    original = folded[b.start:b.end]
    for rule in by_head[0].get(body[:1], by_head[1]):
        if rule.max_len is not None and len(line) > rule.max_len:
            continue
        if rule.unpunctuated and _punctuated(original):
            continue
        if _rule_matches(rule, body, original):
            b.rule = rule
            return
    raw = text[b.start:b.end].lstrip(LEADERS).rstrip()
    if URL_LINE.fullmatch(raw):
        b.shape = "url"
    elif WATERMARK.fullmatch(raw):
        b.shape = "watermark"
    elif _link_only(b, text, links):
        b.shape = "links"


def _punctuated(line: str) -> bool:
    """Ends a sentence or asks a question: prose, not a label line."""
    core = _strip_closers(line)
    return bool(core) and core[-1] in "。！？!?" or "？" in line or "?" in line


def _rule_matches(rule: Rule, body: str, folded_line: str) -> bool:
    """`body`: the lower-cased line without leaders; `folded_line`: simplified, case kept."""
    head = body[:1]
    m = rule.labels.match(body) if rule.labels and (
        rule.label_heads is None or head in rule.label_heads) else None
    if m:
        rest = body[m.end():]
        if not rest.strip() or rest[0] in LABEL_TERMINATORS:
            return True
        if rest[0].isspace() and len(body) <= 60 and (
                not m.group().isascii() or rest.strip()[:1] in LABEL_TERMINATORS):
            return True
    if rule.starts and (rule.start_heads is None or head in rule.start_heads) \
            and rule.starts.match(body):
        return True
    return bool(rule.patterns) and any(p.search(folded_line) for p in rule.patterns)


def _link_only(b: Block, text: str, links: _LinkIndex) -> bool:
    """The line holds nothing but link anchors (and bullets or separators)."""
    spans = links.overlapping(b.start, b.end)
    if not spans:
        return False
    covered = [False] * (b.end - b.start)
    for s, e in spans:
        for i in range(max(s, b.start), min(e, b.end)):
            covered[i - b.start] = True
    rest = "".join(ch for ch, c in zip(text[b.start:b.end], covered, strict=True) if not c)
    if rest.strip(" \t\u00a0\u3000-*•·|｜/／>»›"):
        return False
    b.link_count = len(spans)
    return True


# ---------------------------------------------------------------------------- splits

@cache
def _inline_marker_re(language: str | None) -> re.Pattern[str] | None:
    """Section labels with a colon after a sentence end (cached per language: hashing the
    rules themselves on every call cost more than the search)."""
    rules, _ = _all_rules(language)
    labels = [r.labels.pattern for r in rules if r.labels is not None and r.kind != "credits"]
    if not labels:
        return None
    return re.compile(f"(?<=[。！？!?.”」])[ \u3000\u00a0]*(?:{'|'.join(labels)})[：:]")


def _split_inline_markers(blocks: list[Block], lowered: str,
                          pattern: re.Pattern[str] | None) -> list[Block]:
    """Cut a line where a section label with a colon follows a sentence end.

    Readers that flatten a page into one line (and single-line corpora) leave
    "…疫情。 特评：这一决定来得太晚。" in one paragraph; the label still opens a section.
    """
    if pattern is None:
        return blocks
    out: list[Block] = []
    for b in blocks:
        pos = b.start
        for m in pattern.finditer(lowered, b.start, b.end):
            cut = m.start() + len(m.group()) - len(m.group().lstrip(" \u3000\u00a0"))
            if cut > pos:
                out.append(Block(pos, m.start(), False))
                pos = cut
        out.append(Block(pos, b.end, b.own_para if pos == b.start else False))
    return out


def _split_watermarks(blocks: list[Block], text: str) -> list[Block]:
    """"belengbeleng.com 3月17日，..." (an image watermark run into the lead): two blocks."""
    out = []
    for b in blocks:
        m = WATERMARK.match(text, b.start, b.end)
        if b.rule is None and b.shape is None and m and m.end() < b.end and text[m.end()].isspace():
            rest = m.end() + len(text[m.end():b.end]) - len(text[m.end():b.end].lstrip())
            out.append(Block(b.start, m.end(), False, shape="watermark"))
            out.append(Block(rest, b.end, False))
        else:
            out.append(b)
    return out


def _split_headline_dateline(blocks: list[Block], text: str) -> list[Block]:
    """A headline run straight into the dateline (…病危个案中新网7月12日电 据…): cut before it."""

    found = find_dateline(text)
    if found is None:
        return blocks
    out = []
    for b in blocks:
        if b.rule is None and b.shape is None and b.start < found.start < b.end:
            out.append(Block(b.start, found.start, b.own_para, forced="headline"))
            out.append(Block(found.start, b.end, b.own_para, forced="body"))
        else:
            out.append(b)
    return out


def _split_crossheads(blocks: list[Block], text: str) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        if b.rule is not None or b.shape is not None or b.forced == "headline":
            out.append(b)
            continue
        pos = b.start
        for a_start, a_end in _crossheads(text, b.start, b.end):
            out.append(Block(pos, a_start, b.own_para, forced=b.forced or "body"))
            out.append(Block(a_start, a_end, b.own_para, forced="headline"))
            pos = a_end
        out.append(Block(pos, b.end, b.own_para, forced=b.forced if pos == b.start else "body"))
    return out


def _crossheads(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Inline cross-heads in Chinese running text, as (start, end).

    Cross-heads stand between paragraphs, so two are never closer than MIN_CROSSHEAD_GAP
    characters (nor the first closer to the start of the line).

    A cross-head is a two-part phrase whose halves are separated by a space, and which
    follows a sentence end without punctuation of its own. Where its second half stops is
    not marked; Chinese cross-heads are near-parallel couplets, so the cut is placed at the
    jieba word boundary whose length is closest to the first half's.
    """
    found: list[tuple[int, int]] = []
    if text.find(" ", start, end) < 0 and text.find("\u3000", start, end) < 0:
        return found  # the halves are separated by a space: most lines have none
    last = start
    for m in CROSSHEAD.finditer(text, start, end):
        a, rest = m.group("a"), m.group("r")
        if len(HAN.findall(a)) * 2 < len(a) or len(rest) < len(a):
            continue
        if m.start("a") - last < MIN_CROSSHEAD_GAP:
            continue
        cut = _couplet_cut(a, rest)
        if cut is not None:
            found.append((m.start("a"), m.start("r") + cut))
            last = m.start("r") + cut
    return found


def _couplet_cut(first: str, rest: str) -> int | None:
    """Length of the cross-head's second half in `rest`: the word boundary nearest to the
    first half's length (ties: the longer), leaving at least two characters of body."""
    bounds = _word_bounds(rest[: len(first) + 6])
    n = len(first)
    for k in sorted(range(max(2, n - 3), n + 4), key=lambda k: (abs(k - n), -k)):
        if k <= len(rest) - 2 and k in bounds:
            return k
    return None


def _word_bounds(s: str) -> set[int]:
    """Offsets where jieba (dictionary only, no HMM) ends a word in `s`."""
    bounds, pos = set(), 0
    for w in quiet_jieba().cut(s, HMM=False):
        pos += len(w)
        bounds.add(pos)
    return bounds


# ---------------------------------------------------------------------------- kinds

@dataclass
class _Open:
    """A section a marker opened, and what it takes: body paragraphs (commentary), link
    lines (a reference or related-reading label), or bare URL lines (a reference list)."""

    kind: str
    takes: str  # body | links | urls


def _assign(blocks: list[Block], text: str, sentence_end: str, title: str | None) -> None:
    """Give every block its kind: forced cuts, markers, open sections, shapes, headlines."""
    next_plain = _next_plain_lengths(blocks)
    opened: _Open | None = None
    seen_body = seen_headline = False
    for i, b in enumerate(blocks):
        line = text[b.start:b.end]
        if b.forced:
            body_taken = b.forced == "body" and opened is not None and opened.takes == "body"
            b.kind = opened.kind if body_taken and opened else b.forced
            if b.forced != "body":
                opened = None
        elif b.rule is not None:
            b.kind = b.rule.kind
            opened = _Open(b.rule.kind, b.rule.opens) if b.rule.opens else None
        elif b.shape == "watermark":
            b.kind = "boilerplate"
        elif b.shape in ("url", "links"):
            if opened is not None and opened.takes in ("links", "urls"):
                b.kind = opened.kind
            elif b.shape == "url":
                b.kind = "references"
                opened = _Open("references", "urls")
            elif _links_run(blocks, i) or b.link_count >= 3:
                b.kind = "navigation"
            else:
                b.kind = opened.kind if opened is not None else "body"
        elif opened is not None and opened.takes == "links" and _short_unpunctuated(
                line, sentence_end, MAX_SUBHEAD_HAN, MAX_SUBHEAD_WORDS):
            b.kind = opened.kind
        elif opened is not None and opened.takes == "body":
            b.kind = opened.kind
        else:
            opened = None
            if _is_junk(line):
                b.kind = "boilerplate"
            elif not seen_body and next_plain[i] and _is_headline(
                    line, sentence_end, title, b.own_para and not seen_headline, next_plain[i]):
                b.kind = "headline"
                seen_headline = True
            elif seen_body and b.own_para and _between_paragraphs(blocks, i, next_plain) \
                    and _short_unpunctuated(line, sentence_end, MAX_SUBHEAD_HAN, MAX_SUBHEAD_WORDS):
                b.kind = "headline"  # a cross-head between body paragraphs
            else:
                b.kind = "body"
        seen_body = seen_body or b.kind == "body"


def _between_paragraphs(blocks: list[Block], i: int, next_plain: list[int]) -> bool:
    """Block `i` stands between two longer paragraphs (a cross-head, not a list item)."""
    length = blocks[i].end - blocks[i].start
    prev = blocks[i - 1] if i else None
    return (prev is not None and prev.kind == "body" and prev.end - prev.start > 2 * length
            and next_plain[i] > 2 * length)


def _next_plain_lengths(blocks: list[Block]) -> list[int]:
    """For each block, the length of the next unmarked block after it (0 when none)."""
    out = [0] * len(blocks)
    following = 0
    for i in range(len(blocks) - 1, -1, -1):
        out[i] = following
        b = blocks[i]
        if b.rule is None and b.shape is None:
            following = b.end - b.start
    return out


def _links_run(blocks: list[Block], i: int) -> bool:
    """Part of a run of at least two link-only lines (a footer or related-links list)."""
    def is_links(j: int) -> bool:
        return 0 <= j < len(blocks) and blocks[j].shape == "links" and blocks[j].rule is None
    return is_links(i - 1) or is_links(i + 1)


def _strip_closers(line: str) -> str:
    return line.rstrip().rstrip(CLOSERS).rstrip()


def _short_unpunctuated(line: str, sentence_end: str, max_han: int, max_words: int) -> bool:
    core = _strip_closers(line)
    if not core or core[-1] in sentence_end + "：:，,、" or core[0] in "“\"「『‘'":
        return False
    if HAN.search(core):
        return len(core) <= max_han
    return len(core.split()) <= max_words


def _is_headline(line: str, sentence_end: str, title: str | None, own_para: bool = False,
                 next_len: int = 0) -> bool:
    """A first line that reads as a title: the document title, or short and unpunctuated.

    English titles may end with a full stop (PolNeAR appends one): in Title Case, or as one
    short sentence standing alone before a longer paragraph.
    """
    if title and line.strip() == title.strip():
        return True
    core = _strip_closers(line).rstrip(";").rstrip()
    if not core:
        return False
    if HAN.search(core):
        return len(core) <= MAX_HEADLINE_HAN and core[-1] not in sentence_end + "：:，,"
    words = core.split()
    if len(core) > MAX_HEADLINE_LATIN or len(words) > 25 or core[-1] in ":,;":
        return False
    if core[-1] not in sentence_end:
        return True
    if SENTENCE_BREAK.search(core[:-1]) or any(ch in core[:-1] for ch in "!?"):
        return False
    long_words = [w for w in words if len(w.strip("‘’'\"“”:")) >= 4]
    capitalised = [w for w in long_words if w.strip("‘’'\"“”:")[:1].isupper()]
    if long_words and len(capitalised) >= 0.6 * len(long_words):
        return True
    return own_para and len(words) <= MAX_SUBHEAD_WORDS + 2 and next_len > 1.2 * len(core)


_MARKUP_LINE = re.compile(r"<[^<>]*>")


def _is_junk(line: str) -> bool:
    """Scraping debris: no letters at all ("13", "}"), or style sheet and markup lines."""
    core = line.strip()
    if not any(ch.isalpha() for ch in core):
        return True
    return core.endswith(("{", "}")) or _MARKUP_LINE.fullmatch(core) is not None


# ---------------------------------------------------------------------------- sections

def _sections(blocks: list[Block], length: int) -> list[Section]:
    """Merge runs of one kind; each section runs to the next one's first character."""
    sections: list[Section] = []
    for i, b in enumerate(blocks):
        start = 0 if i == 0 else b.start
        end = blocks[i + 1].start if i + 1 < len(blocks) else length
        if start >= end:
            continue
        if sections and sections[-1].kind == b.kind and b.kind != "headline":
            sections[-1].end = end
        elif sections and sections[-1].end != start:
            sections[-1].end = start
            sections.append(Section(b.kind, start, end))
        else:
            sections.append(Section(b.kind, start, end))
    return sections
