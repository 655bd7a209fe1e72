"""Who cites whom, drawn server-side as SVG (no JavaScript library, no CDN: works offline).

A two-sided layout is enough for one outlet: those that cite it on the left, the outlet in the
middle, those it cites on the right; edge width grows with the number of citations.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from markupsafe import Markup, escape

ROW = 30
WIDTH = 760
LEFT_X, CENTRE_X, RIGHT_X = 250, 380, 510


def _label(text: str, limit: int = 16) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def citation_svg(centre: str, cited_by: Sequence[dict[str, Any]],
                 cites: Sequence[dict[str, Any]],
                 link: Callable[[str], str | None] = lambda name: None) -> Markup:
    """An SVG of `cited_by` → `centre` → `cites`; rows are dicts with `name` and `times`;
    `link(name)` gives the page a node links to (None: plain text)."""
    rows = max(len(cited_by), len(cites), 1)
    height = rows * ROW + 60
    mid = height / 2
    out = [f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
           f'role="img" aria-label="{escape(_label(centre, 60))}: who cites it and whom it cites">']
    out.append(f'<text x="{LEFT_X}" y="20" text-anchor="end" class="head">cited by</text>')
    out.append(f'<text x="{RIGHT_X}" y="20" class="head">cites</text>')
    for side, items, x, anchor in (("in", cited_by, LEFT_X, "end"), ("out", cites, RIGHT_X, "start")):
        top = 40 + (rows - len(items)) * ROW / 2
        for i, item in enumerate(items):
            y = top + i * ROW + ROW / 2
            width = min(1 + item["times"], 8)
            x1, x2 = (x + 6, CENTRE_X - 60) if side == "in" else (CENTRE_X + 60, x - 6)
            y1, y2 = (y, mid) if side == "in" else (mid, y)
            colour = "#0072B2" if side == "in" else "#D55E00"
            out.append(f'<path d="M{x1},{y1:.0f} C{(x1 + x2) / 2:.0f},{y1:.0f} '
                       f'{(x1 + x2) / 2:.0f},{y2:.0f} {x2},{y2:.0f}" fill="none" '
                       f'stroke="{colour}" stroke-width="{width}" stroke-opacity=".7"'
                       + (' stroke-dasharray="6 3"' if side == "out" else "") + '/>')
            label = (f'<text x="{x}" y="{y + 5:.0f}" text-anchor="{anchor}">'
                     f'{escape(_label(item["name"]))} ×{item["times"]}</text>')
            href = link(item["name"])
            out.append(f'<a href="{escape(href)}">{label}</a>' if href else label)
    out.append(f'<rect x="{CENTRE_X - 60}" y="{mid - 16:.0f}" width="120" height="32" rx="6" '
               'fill="#243447"/>')
    out.append(f'<text x="{CENTRE_X}" y="{mid + 5:.0f}" text-anchor="middle" class="centre">'
               f'{escape(_label(centre, 14))}</text>')
    out.append("</svg>")
    return Markup("".join(out))
