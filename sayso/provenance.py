"""Provenance: where the text came from (reposts, credits, references, dateline).

Fact-checkers ask of every article: who published it first, who translated or compiled it,
which outlet filed it and from where, and which sources it links to. The answers sit in the
page furniture (repost lines, credit lines, reference lists) and in the dateline at the head
of the lead, which layout (`sayso.layout`) has already told apart from the body.

All word lists and patterns are data: `sayso/lang/<lang>/provenance.json`. Chinese patterns
run over the text folded to simplified characters (`sayso.text.to_simplified`, length
preserving), so offsets found there are offsets into the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .context import Context
from .dateline import find_dateline, load
from .gazetteer import Gazetteer
from .model import Credit, Document, Provenance, Reference, Repost, Span
from .text import to_simplified

URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'“”‘’（）()\[\]【】，。、；]+", re.IGNORECASE)
# Sections whose links are page furniture, not sources the article cites.
NON_REFERENCE_SECTIONS = ("navigation", "boilerplate", "credits", "disclaimer")
FURNITURE_SECTIONS = ("credits", "boilerplate", "references", "disclaimer", "caption", "navigation")
CJK = re.compile(r"[\u3400-\u9fff]")


# ---------------------------------------------------------------------------- the component

def find_provenance(doc: Document, ctx: Context) -> Provenance:
    """Reposts, credits, references and dateline of `doc` (sections must be set)."""
    text = doc.text
    prov = Provenance()
    if not text.strip():
        return prov
    reposts, repost_urls, repost_credits = _reposts(doc, ctx.gazetteer)
    prov.reposted_from = reposts
    credits = list(repost_credits)
    credits += _credits(doc)
    dateline = find_dateline(text, ctx.gazetteer)
    if dateline is not None:
        prov.dateline = Span.at(text, dateline.start, dateline.end)
        if dateline.outlet is not None:
            ctx.registry.add_outlet(dateline.outlet, dateline.outlet_surface)
        if dateline.outlet_surface and dateline.outlet_surface not in _own_outlets():
            credits.append(Credit("published_by", dateline.outlet_surface))
        if dateline.reporter:
            credits.append(Credit("author", dateline.reporter))
    prov.credits = _dedupe_credits(credits)
    prov.references = _references(doc, ctx, repost_urls)
    return prov


@lru_cache(maxsize=1)
def _own_outlets() -> frozenset[str]:
    return frozenset(load("zh")["dateline"]["own_outlets"])


def _lines(doc: Document, kinds: tuple[str, ...] | None = None) -> list[tuple[int, int, str]]:
    """Non-blank lines as (start, end, section kind), optionally only in sections `kinds`."""
    out = []
    kind_at = doc.section_at
    for m in re.finditer(r"[^\n]+", doc.text):
        line = m.group()
        if not line.strip():
            continue
        start = m.start() + len(line) - len(line.lstrip())
        end = m.end() - (len(line) - len(line.rstrip()))
        kind = kind_at(start)
        if kinds is None or kind in kinds:
            out.append((start, end, kind))
    return out


@lru_cache(maxsize=1)
def _repost_res() -> tuple[re.Pattern[str], ...]:
    zh = load("zh")
    markers = sorted({to_simplified(w) for w in zh["repost_markers"]}, key=len, reverse=True)
    not_after = "".join(f"(?<!{re.escape(to_simplified(w))})" for w in zh["repost_not_after"])
    zh_re = re.compile(f"{not_after}(?:{'|'.join(map(re.escape, markers))})[：:\\s]*")
    return (zh_re, *(re.compile(p) for p in load("en")["repost_patterns"]))


def _reposts(doc: Document, gazetteer: Gazetteer
             ) -> tuple[list[Repost], set[str], list[Credit]]:
    """Repost lines (转载自GNews, "Originally published in ...") outside the body.

    The name follows the marker up to the end of its clause; the URL is the link on the
    name or the marker, else the next link or bare URL on the line or the line after.
    A name before the marker on the same line (喜马拉雅X农场 转载自GNews) is the reposter:
    a published_by credit.
    """
    text, folded = doc.text, to_simplified(doc.text)
    reposts: list[Repost] = []
    urls: set[str] = set()
    credits: list[Credit] = []
    lines = _lines(doc, FURNITURE_SECTIONS) if doc.sections else _lines(doc)
    for i, (start, end, _kind) in enumerate(lines):
        for pattern in _repost_res():
            m = pattern.search(folded, start, end)
            if m is None:
                continue
            name_end = _clause_end(text, m.end(), end)
            credit_head = _zh_credit_re()[0].search(folded, m.end(), name_end)
            if credit_head and credit_head.start() > m.end():
                name_end = credit_head.start()
            name = _clean_name(text[m.end():name_end])
            if name.isascii():  # "The Conversation on May 3" -> "The Conversation"
                name = _clean_name(re.split(r"\s+(?:on|at|under|with|and)\s+", name)[0])
            url = _link_url(doc, m.start(), name_end)
            if url is None:
                url = _link_url(doc, name_end, end)
            if url is None and i + 1 < len(lines):
                nxt = lines[i + 1]
                url = _link_url(doc, nxt[0], nxt[1]) or _bare_url(text, nxt[0], nxt[1])
            if url is None:
                url = _bare_url(text, m.end(), end)
            if url and (not name or URL_RE.fullmatch(name)):
                outlet = gazetteer.by_url(url)
                name = outlet.name if outlet else _host(url)
            if not name:
                continue
            reposts.append(Repost(name, url))
            if url:
                urls.add(url)
            leading = _clean_name(text[start:m.start()])
            if leading and len(leading) <= 40 and not URL_RE.search(leading):
                credits.append(Credit("published_by", leading))
            break
    return reposts, urls, credits


def _clause_end(text: str, pos: int, end: int) -> int:
    m = re.compile(r"[，。；;,|｜\n]|\s{2,}").search(text, pos, end)
    return m.start() if m else end


def _link_url(doc: Document, start: int, end: int) -> str | None:
    for link in doc.links:
        if link.start < end and link.end > start:
            return link.url
    return None


def _bare_url(text: str, start: int, end: int) -> str | None:
    m = URL_RE.search(text, start, end)
    return _trim_url(m.group()) if m else None


def _trim_url(url: str) -> str:
    return url.rstrip(".,;:!?)】」”'\"")


def _host(url: str) -> str:
    m = re.match(r"(?:https?://)?(?:www\.)?([^/?#:\s]+)", url, re.IGNORECASE)
    return m.group(1).lower() if m else url


def _clean_name(name: str) -> str:
    """A credited name without brackets, quotes, markup and a trailing Latin sign-off.

    "意大利罗马达芬奇农场 Roma" -> "意大利罗马达芬奇农场": a Chinese name followed by a Latin
    word is the same signer twice; the Chinese form is kept.
    """
    name = name.strip().strip("`*_'\"“”‘’「」『』()（）[]【】<>《》:：,，。.;；|｜/／-— \u00a0\u3000")
    if CJK.search(name):
        m = re.fullmatch(r"(.*[\u3400-\u9fff])\s+[A-Za-z][A-Za-z .'-]*", name)
        if m:
            name = m.group(1).strip()
    return name


# ---------------------------------------------------------------------------- credits

@lru_cache(maxsize=1)
def _zh_credit_re() -> tuple[re.Pattern[str], dict[str, str]]:
    zh = load("zh")
    roles = {to_simplified(k): v for k, v in zh["credit_roles"].items()}
    labels = "|".join(re.escape(k) for k in sorted(roles, key=len, reverse=True))
    seps = re.escape(zh["credit_separators"])
    # One to six role labels (编译 发布, 文/图) closed by a separator: "编译 发布：NAME".
    # Bounded repetition: an unbounded one made `search` quadratic on long runs of labels.
    head = re.compile(
        f"(?P<labels>(?:{labels})(?:[\\s、&和与]{{0,3}}(?:{labels})){{0,5}})"
        f"(?:\\s*[{seps}]|[ \u3000\u00a0]+)\\s*")
    return head, roles


def _credits(doc: Document) -> list[Credit]:
    """Credit lines in credits and caption sections (编译 发布：X, By NAME, (AP Photo/NAME))."""
    text, folded = doc.text, to_simplified(doc.text)
    credits: list[Credit] = []
    head, roles = _zh_credit_re()
    kinds = ("credits", "caption", "boilerplate") if doc.sections else None
    for start, end, kind in _lines(doc, kinds):
        heads = [m for m in head.finditer(folded, start, end) if _label_start_ok(folded, m.start(), start)]
        for j, m in enumerate(heads):
            name_end = heads[j + 1].start() if j + 1 < len(heads) else end
            closing = re.compile(r"[）)】\]]").search(text, m.end(), name_end)
            if closing:  # （編輯：張三）1120103: the name stops at its bracket
                name_end = closing.start()
            name = _clean_name(text[m.end():name_end])
            if not name or len(name) > 40:
                continue
            seen_roles: list[str] = []
            for lab in _split_labels(m.group("labels"), roles):
                if roles[lab] not in seen_roles:
                    seen_roles.append(roles[lab])
            credits.extend(Credit(role, n) for role in seen_roles for n in _split_names(name))
        credits.extend(_en_credits(text, start, end))
        if kind == "caption":
            credits.extend(_zh_photo_credits(text, folded, start, end))
    return credits


def _split_names(name: str) -> list[str]:
    """"张三 李四" / "张三、李四" -> two people; other names stay whole."""
    parts = [p for p in re.split(r"[\s、，,和与]+", name) if p]
    if len(parts) > 1 and all(re.fullmatch(r"[\u3400-\u9fff·]{2,5}", p) for p in parts):
        return parts
    return [name]


def _label_start_ok(folded: str, pos: int, line_start: int) -> bool:
    """A role label opens the line or follows a space/bracket/separator, never mid-word."""
    return pos == line_start or folded[pos - 1] in " \u3000\u00a0（(【[|｜，,；;。"


def _split_labels(label_text: str, roles: dict[str, str]) -> list[str]:
    """"编译 发布" -> ["编译", "发布"] (longest labels first at each position)."""
    out, i = [], 0
    ordered = sorted(roles, key=len, reverse=True)
    while i < len(label_text):
        for lab in ordered:
            if label_text.startswith(lab, i):
                out.append(lab)
                i += len(lab)
                break
        else:
            i += 1
    return out


def _en_credits(text: str, start: int, end: int) -> list[Credit]:
    en = load("en")
    sep = re.compile(en["name_separators"])
    stop = {w.lower() for w in en["name_stopwords"]}
    credits = []
    for rule in _en_credit_res():
        role, pattern = rule
        for m in pattern.finditer(text, start, end):
            for raw in sep.split(m.group("names")):
                name = _clean_name(raw)
                if name and name.lower() not in stop and len(name) <= 60:
                    credits.append(Credit(role, name))
    return credits


@lru_cache(maxsize=1)
def _en_credit_res() -> list[tuple[str, re.Pattern[str]]]:
    return [(r["role"], re.compile(r["pattern"], re.MULTILINE)) for r in load("en")["credit_patterns"]]


@lru_cache(maxsize=1)
def _zh_photo_res() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in load("zh")["photo_credit_patterns"]]


def _zh_photo_credits(text: str, folded: str, start: int, end: int) -> list[Credit]:
    out = []
    for p in _zh_photo_res():
        m = p.search(folded, start, end)
        if m:
            out.append(Credit("photo", text[m.start("name"):m.end("name")]))
    return out


def _dedupe_credits(credits: list[Credit]) -> list[Credit]:
    """One credit per role and name; a name inside a longer name of the same role is dropped
    (发布：意大利罗马达芬奇农场 and 喜马拉雅意大利罗马达芬奇农场 name one publisher)."""
    out: list[Credit] = []
    for c in credits:
        same = [o for o in out if o.role == c.role]
        if any(c.name in o.name for o in same):
            continue
        out = [o for o in out if not (o.role == c.role and o.name in c.name)]
        out.append(c)
    return out


# ---------------------------------------------------------------------------- references

def _references(doc: Document, ctx: Context, skip: set[str]) -> list[Reference]:
    """Every cited URL (link targets and bare URLs) outside page furniture, with its outlet."""
    text = doc.text
    urls: list[str] = []
    kind_at = doc.section_at

    def keep(pos: int) -> bool:
        return kind_at(pos) not in NON_REFERENCE_SECTIONS

    for link in sorted(doc.links, key=lambda k: k.start):
        if keep(link.start) and link.url.lower().startswith(("http://", "https://", "www.")):
            urls.append(link.url)
    for m in URL_RE.finditer(text):
        if keep(m.start()):
            urls.append(_trim_url(m.group()))
    refs: list[Reference] = []
    seen: set[str] = {s.rstrip("/") for s in skip}
    for url in urls:
        key = url.rstrip("/")
        if key in seen:
            continue
        seen.add(key)
        outlet = ctx.gazetteer.by_url(url)
        entity = ctx.registry.add_outlet(outlet) if outlet else None
        refs.append(Reference(url, entity.id if entity else None))
    return refs
