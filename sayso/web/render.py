"""The document page: one analysed article with every attribution marked on its text.

Used twice: `sayso analyze ARTICLE --html out.html` writes it as one self-contained file (CSS and
JS inlined, a Content-Security-Policy that allows only those two inline blocks by hash), and the
`sayso serve` app serves it with the assets linked from the plugin's static folder.

Everything from the article (text, titles, names, URLs) reaches the page through Jinja2 with
autoescape on, or through `markup.nest`, which escapes every text piece; URLs become links only
when they are http(s) (`safe_url`).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import jinja2

from ..model import Analysis, Attribution, Span
from .markup import Mark, nest

# Text section kinds that are not news: shaded and labelled on the page.
NOT_NEWS = ("commentary", "references", "credits", "disclaimer", "navigation", "caption",
            "boilerplate")


@dataclass
class Links:
    """How a page links out of itself; the standalone file has none of these."""

    document: Callable[[str], str | None] = lambda url: None  # article URL -> stored doc page
    entity: Callable[[str], str | None] = lambda entity_id: None  # local entity id -> its page
    static: str | None = None  # URL prefix of the CSS/JS; None: inline them


@cache
def environment() -> jinja2.Environment:
    """Jinja2 over the package's templates, autoescape on for every template."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("sayso.web", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    return env


def asset(name: str) -> str:
    """Text of a static file of the package (sayso.css, sayso.js)."""
    return (resources.files("sayso.web") / "static" / name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline block."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def safe_url(url: str | None) -> str | None:
    """`url` when it is an http(s) URL, else None: a `javascript:` or `data:` link is never
    made clickable, it is shown as text."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def highlight(text: str, query: str) -> list[tuple[str, bool]]:
    """`text` cut into (piece, is_match) around the first match of `query` in either script,
    for search results that show the matching span in context."""
    from .corpus import script_variants

    if query:
        for variant in script_variants(query):
            at = text.find(variant)
            if at >= 0:
                end = at + len(variant)
                return [(text[:at], False), (text[at:end], True), (text[end:], False)]
    return [(text, False)]


def _attribution_marks(a: Attribution) -> list[Mark]:
    marks: list[Mark] = []
    roles: list[tuple[str, list[Span]]] = [
        ("src", [a.source] if a.source else []), ("cue", a.cue), ("content", a.content),
        ("via", list(a.via)), ("hedge", a.hedges),
    ]
    spans = [(role, s) for role, group in roles for s in group if s.end > s.start]
    if not spans:
        return marks
    anchor = min(range(len(spans)), key=lambda i: (spans[i][1].start, -spans[i][1].end))
    stance = f" stance-{a.stance}" if a.stance != "assert" else ""
    for i, (role, span) in enumerate(spans):
        attrs = {"class": f"m {role}{stance}", "data-a": a.id, "data-role": role}
        # The earliest piece is the attribution's anchor: link target, tab stop, label.
        first = {"id": f"at-{a.id}", "tabindex": "0", "aria-describedby": f"card-{a.id}",
                 "data-label": a.id + (" ⊘" if a.stance == "deny" else "")} if i == anchor else {}
        marks.append(Mark(span.start, span.end, attrs, first))
    return marks


def text_marks(analysis: Analysis) -> list[Mark]:
    """Sections (outermost, never split) and every span of every attribution."""
    doc = analysis.document
    marks = [Mark(s.start, s.end, {"class": f"sec sec-{s.kind}", "data-kind": s.kind},
                  tag="div", rank=0)
             for s in doc.sections]
    for a in analysis.attributions:
        marks.extend(_attribution_marks(a))
    return marks


def query_marks(text: str, query: str) -> list[Mark]:
    """Every occurrence of a search query (either script) as `<mark>`, innermost of all, so a
    search result opens the document with the words it matched lit."""
    from .corpus import script_variants

    marks = []
    for variant in script_variants(query.strip()) if query.strip() else []:
        at = text.find(variant)
        while at >= 0 and len(marks) < 200:
            marks.append(Mark(at, at + len(variant), {"class": "hl"}, tag="mark", rank=2))
            at = text.find(variant, at + len(variant))
    return marks


def _card(analysis: Analysis, a: Attribution, links: Links, denied_by: dict[str, list[str]],
          children: dict[str, list[str]]) -> dict[str, Any]:
    entity = analysis.entity(a.source.entity) if a.source else None
    return {
        "id": a.id,
        "source": a.source.text if a.source else None,
        "entity": entity,
        "entity_url": links.entity(entity.id) if entity else None,
        "cue": "…".join(c.text for c in a.cue),
        "content": " … ".join(c.text for c in a.content),
        "kind": a.kind, "stance": a.stance, "certainty": a.certainty, "section": a.section,
        "target": a.target, "parent": a.parent, "evidence": a.evidence,
        "via": [{"text": v.text, "entity": analysis.entity(v.entity),
                 "url": links.entity(v.entity) if v.entity else None} for v in a.via],
        "hedges": [h.text for h in a.hedges],
        "denied_by": denied_by.get(a.id, []),
        "children": children.get(a.id, []),
    }


def document_context(analysis: Analysis, links: Links | None = None,
                     highlight: str = "") -> dict[str, Any]:
    """Everything the document template shows, with links resolved (and the words of
    `highlight` lit in the text)."""
    links = links or Links()
    doc = analysis.document
    answered: dict[str, list[str]] = {}
    children: dict[str, list[str]] = {}
    for a in analysis.attributions:
        if a.target:
            answered.setdefault(a.target, []).append(a.id)
        if a.parent:
            children.setdefault(a.parent, []).append(a.id)
    stance_of = {a.id: a.stance for a in analysis.attributions}
    denied_by = {t: [i for i in ids if stance_of[i] == "deny"] for t, ids in answered.items()}
    prov = doc.provenance
    chain = [{"label": "reposted from", "name": r.name, "url": safe_url(r.url),
              "raw_url": r.url, "stored": links.document(r.url) if r.url else None}
             for r in prov.reposted_from]
    chain += [{"label": c.role.replace("_", " "), "name": c.name, "url": None, "raw_url": None,
               "stored": None} for c in prov.credits]
    for ref in prov.references:
        outlet = analysis.entity(ref.outlet)
        chain.append({"label": "references", "name": outlet.name if outlet else None,
                      "url": safe_url(ref.url), "raw_url": ref.url,
                      "stored": links.document(ref.url)})
    return {
        "doc": doc,
        "analysis": analysis,
        "doc_url": safe_url(doc.url),
        "chain": chain,
        "dateline": prov.dateline.text if prov.dateline else None,
        "body": nest(doc.text, text_marks(analysis) + query_marks(doc.text, highlight)),
        "cards": [_card(analysis, a, links, denied_by, children) for a in analysis.attributions],
        "rows": analysis.attributions,
        "entities": analysis.entities,
        "entity_url": links.entity,
        "lang": doc.language or "und",
    }


def page(template: str, context: dict[str, Any], links: Links | None = None) -> str:
    """Render a page; without a static URL the CSS and JS are inlined (the standalone file)."""
    links = links or Links()
    css, js = asset("sayso.css"), asset("sayso.js")
    standalone = links.static is None
    csp = ("default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; "
           f"style-src {csp_hash(css)}; script-src {csp_hash(js)}") if standalone else None
    return environment().get_template(template).render(
        **context, standalone=standalone, static=links.static, css=css if standalone else "",
        js=js if standalone else "", csp=csp)


def render_document(analysis: Analysis, links: Links | None = None) -> str:
    """The whole document page as HTML text (self-contained when `links.static` is None)."""
    return page("document.html", document_context(analysis, links), links)


def write_html(analysis: Analysis, path: str) -> None:
    """Write the self-contained page to `path` (via a temporary file: never half a page)."""
    import os
    import tempfile

    from ..errors import InputError

    html = render_document(analysis)
    folder = os.path.dirname(os.path.abspath(path))
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".sayso-", suffix=".html")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise InputError(path, f"cannot write the page: {exc.strerror or exc}") from None
