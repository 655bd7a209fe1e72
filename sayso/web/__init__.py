"""The reading room: sayso's pages for people, in a browser.

`render` builds the document page from a `sayso.analysis/1` record (also written as one
self-contained file by `sayso analyze --html`); `plugin` is the Datasette plugin behind
`sayso serve` (its templates and static files are this package's `templates/` and `static/`).
"""
