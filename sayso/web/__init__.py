"""The reading room: sayso's pages for people, in a browser.

`render` builds the document page from a `sayso.analysis/1` record (also written as one
self-contained file by `sayso analyze --html`); `plugin` is the Datasette plugin behind
`sayso serve` (its templates and static files are this package's `templates/` and `static/`).
"""

# Datasette finds a plugin's static/ and templates/ folders next to the module it registered,
# so the plugin is this package: its hooks live in `plugin` and are exposed here.
from .plugin import asgi_wrapper, menu_links, register_routes

__all__ = ["asgi_wrapper", "menu_links", "register_routes"]
