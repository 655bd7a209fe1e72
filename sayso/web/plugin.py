"""The Datasette plugin behind `sayso serve`: sayso's pages beside Datasette's own.

Datasette brings table browsing, facets, JSON/CSV exports and read-only SQL; this plugin adds
the reading room under `/-/sayso` (every page also as `.json`), reading the flat tables of
the `sayso_index` database (`corpus.build_index`), and a Content-Security-Policy on every
response.
It is registered by `sayso serve` (see `serve.py`), not by an entry point, so a plain
`datasette` run in the same environment is unchanged.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, unquote

from datasette import hookimpl
from datasette.utils.asgi import Response

from ..model import CERTAINTIES, SECTION_KINDS, STANCES, Analysis
from . import corpus, graph
from .render import Links, document_context, highlight, page

PREFIX = "/-/sayso"
STATIC = "/-/static-plugins/sayso.web"

# sayso's own pages: scripts and styles only from the app itself, no inline script at all.
STRICT_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
              "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# Datasette's pages use inline scripts and styles: allowed, but nothing from another origin.
DATASETTE_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; "
                 "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
                 "form-action 'self'; base-uri 'self'; frame-ancestors 'none'")


def doc_url(doc_id: str, attribution: str | None = None, highlight: str = "") -> str:
    """A document page, optionally with words lit (`?hl=`) and scrolled to an attribution."""
    return (f"{PREFIX}/doc/{quote(doc_id, safe='')}"
            + (f"?hl={quote(highlight, safe='')}" if highlight else "")
            + (f"#at-{attribution}" if attribution else ""))


def entity_url(name: str) -> str:
    return f"{PREFIX}/entity/{quote(name, safe='')}"


def outlet_url(name: str) -> str:
    return f"{PREFIX}/outlet/{quote(name, safe='')}"


def _links(analysis: Analysis | None = None, stored: dict[str, str] | None = None) -> Links:
    names = {e.id: e.name for e in analysis.entities} if analysis else {}
    types = {e.id: e.type for e in analysis.entities} if analysis else {}
    stored = stored or {}

    def entity_link(entity_id: str) -> str | None:
        if entity_id not in names or types[entity_id] == "unnamed":
            return None
        maker = outlet_url if types[entity_id] == "outlet" else entity_url
        return maker(names[entity_id])

    return Links(document=lambda url: doc_url(stored[url]) if url in stored else None,
                 entity=entity_link, static=STATIC)


def _render(template: str, context: dict[str, Any], links: Links | None = None) -> Response:
    context.setdefault("doc_url", doc_url)
    context.setdefault("entity_url", entity_url)
    context.setdefault("outlet_url", outlet_url)
    return Response.html(page(template, context, links or _links()))


def _not_found(request, message: str) -> Response:
    """A 404 of our own: raising Datasette's NotFound logs a traceback and redirects
    percent-encoded paths to its tilde encoding."""
    if request.url_vars.get("fmt"):
        return Response.json({"ok": False, "error": message}, status=404)
    return Response.html(page("error.html", {"message": message}, _links()), status=404)


def _json(data: Any) -> Response:
    return Response.json(data, default=str)


INDEX = "sayso_index"  # the in-memory database of flat tables (corpus.build_index)


async def _query(datasette, fn, *args, **kwargs):
    """Run `fn(index connection, ...)` in Datasette's thread pool."""
    db = datasette.get_database(INDEX)
    return await db.execute_fn(lambda conn: fn(conn, *args, **kwargs))


async def _record(datasette, doc_id: str) -> str | None:
    """The stored analysis JSON of one document: located by the index, read from the store."""
    rowid = await _query(datasette, corpus.store_rowid, doc_id)
    if rowid is None:
        return None
    store = next(db for name, db in datasette.databases.items()
                 if name != INDEX and db.path is not None)
    return await store.execute_fn(lambda conn: corpus.analysis_json(conn, rowid))


async def home_view(datasette, request):
    data = await _query(datasette, corpus.home)
    if request.url_vars.get("fmt"):
        return _json(data)
    return _render("home.html", {"h": data, "json_url": f"{PREFIX}.json"})


async def document_view(datasette, request):
    doc_id = unquote(request.url_vars["id"])
    record = await _record(datasette, doc_id)
    if record is None:
        return _not_found(request, f"no document {doc_id!r} in this store")
    if request.url_vars.get("fmt"):
        return Response(record, content_type="application/json; charset=utf-8")
    analysis = Analysis.from_json(record)
    stored = await _query(datasette, corpus.document_urls)
    links = _links(analysis, stored)
    context = document_context(analysis, links, highlight=request.args.get("hl", "")[:100])
    context["json_url"] = doc_url(doc_id) + ".json"
    return _render("document.html", context, links)


async def entity_view(datasette, request):
    name = unquote(request.url_vars["name"])
    data = await _query(datasette, corpus.entity, name)
    if data is None:
        return _not_found(request, f"no entity called {name!r} in this store")
    if request.url_vars.get("fmt"):
        return _json(data)
    return _render("entity.html", {"e": data, "json_url": entity_url(name) + ".json"})


async def outlet_view(datasette, request):
    name = unquote(request.url_vars["name"])
    data = await _query(datasette, corpus.outlet, name)
    if data is None:
        return _not_found(request, f"no outlet called {name!r} in this store")
    if request.url_vars.get("fmt"):
        return _json(data)
    speakers = {r["name"] for r in data["cites"] if r["resolved"]}
    svg = graph.citation_svg(data["name"], data["cited_by"], data["cites"],
                             link=lambda n: entity_url(n) if n in speakers else None)
    return _render("outlet.html", {"o": data, "svg": svg, "json_url": outlet_url(name) + ".json"})


async def search_view(datasette, request):
    args = request.args
    filters = {k: args.get(k, "").strip() for k in corpus.SEARCH_FILTERS}
    query = args.get("q", "").strip()
    try:
        limit = int(args.get("limit") or 50)
    except ValueError:
        limit = 50
    searched = bool(query or any(filters.values()))
    hits = await _query(datasette, corpus.search, query, limit, **filters) if searched else []
    if request.url_vars.get("fmt"):
        return _json({"query": query, "filters": filters, "results": hits})
    for hit in hits:
        hit["parts"] = highlight(hit["content"] or "", query)
    json_url = f"{PREFIX}/search.json" + (f"?{request.query_string}" if request.query_string else "")
    return _render("search.html", {"q": query, "filters": filters, "hits": hits,
                                   "searched": searched, "limit": limit, "json_url": json_url,
                                   "stances": STANCES,
                                   "certainties": CERTAINTIES,
                                   "sections": SECTION_KINDS})


@hookimpl
def register_routes(datasette):
    return [
        (rf"^{PREFIX}(?P<fmt>\.json)?$", home_view),
        (rf"^{PREFIX}/search(?P<fmt>\.json)?$", search_view),
        (rf"^{PREFIX}/doc/(?P<id>[^/]+?)(?P<fmt>\.json)?$", document_view),
        (rf"^{PREFIX}/entity/(?P<name>[^/]+?)(?P<fmt>\.json)?$", entity_view),
        (rf"^{PREFIX}/outlet/(?P<name>[^/]+?)(?P<fmt>\.json)?$", outlet_view),
    ]


@hookimpl
def asgi_wrapper(datasette):
    """A Content-Security-Policy header on every response (strict on sayso's pages)."""

    def wrap(app):
        async def with_csp(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            path = scope.get("path", "")
            policy = STRICT_CSP if path.startswith(PREFIX) or path.startswith(STATIC) \
                else DATASETTE_CSP

            async def send_with_csp(message):
                if message["type"] == "http.response.start":
                    headers = [h for h in message.get("headers", [])
                               if h[0].lower() != b"content-security-policy"]
                    headers += [(b"content-security-policy", policy.encode()),
                                (b"x-content-type-options", b"nosniff"),
                                (b"referrer-policy", b"no-referrer")]
                    message = {**message, "headers": headers}
                await send(message)

            return await app(scope, receive, send_with_csp)

        return with_csp

    return wrap


@hookimpl
def menu_links(datasette, actor, request):
    return [{"href": PREFIX, "label": "sayso reading room"}]
