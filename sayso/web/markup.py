"""Overlapping spans → well-nested HTML.

Attribution spans nest (a report inside another's content), overlap (a hedge across a content's
end) and cross section boundaries, but HTML elements must nest properly. The method is the usual
one for standoff annotation (e.g. TEI/brat renderers): cut the text at every span boundary into
atomic segments; each segment is covered by a set of spans; walk the segments keeping a stack of
open elements, close the ones that end or that would be mis-nested and (re)open the ones needed.
A span cut into several elements keeps its identity: only its first piece carries `first_attrs`
(an `id`, a `tabindex`), the others get the class `cont`.

Elements are opened outermost-first by `(rank, start, -end, order)`: lower rank is outer
(sections before attribution spans), then the span that starts earlier, then the longer one, so
a parent's content encloses the source, cue and content of the report nested in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """A stretch `text[start:end]` to wrap in `<tag attrs>` (end-exclusive code-point offsets)."""

    start: int
    end: int
    attrs: Mapping[str, str] = field(default_factory=dict)
    first_attrs: Mapping[str, str] = field(default_factory=dict)
    tag: str = "span"
    rank: int = 1


def _attributes(attrs: Mapping[str, str]) -> str:
    return "".join(f' {name}="{escape(value)}"' for name, value in attrs.items())


def _open(mark: Mark, first: bool) -> str:
    attrs = dict(mark.attrs)
    if first:
        attrs.update(mark.first_attrs)
    else:
        attrs["class"] = (attrs.get("class", "") + " cont").strip()
    return f"<{mark.tag}{_attributes(attrs)}>"


def nest(text: str, marks: Iterable[Mark]) -> Markup:
    """`text` escaped, with every mark as properly nested elements (see the module docstring).

    Empty or out-of-range marks are dropped: they have nothing to wrap.
    """
    kept = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    order = {id(m): i for i, m in enumerate(kept)}
    key = {id(m): (m.rank, m.start, -m.end, order[id(m)]) for m in kept}
    points = sorted({0, len(text), *(m.start for m in kept), *(m.end for m in kept)})
    starts: dict[int, list[Mark]] = {}
    for m in kept:
        starts.setdefault(m.start, []).append(m)

    out: list[str] = []
    stack: list[Mark] = []
    active: list[Mark] = []  # every mark covering the current segment
    opened: set[int] = set()
    for left, right in zip(points, points[1:], strict=False):
        active = [m for m in active if m.end > left] + starts.get(left, [])
        wanted = sorted(active, key=lambda m: key[id(m)])
        common = 0
        while common < len(stack) and common < len(wanted) and stack[common] is wanted[common]:
            common += 1
        for m in reversed(stack[common:]):
            out.append(f"</{m.tag}>")
        del stack[common:]
        for m in wanted[common:]:
            out.append(_open(m, id(m) not in opened))
            opened.add(id(m))
            stack.append(m)
        out.append(str(escape(text[left:right])))
    for m in reversed(stack):
        out.append(f"</{m.tag}>")
    return Markup("".join(out))
