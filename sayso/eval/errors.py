"""Error analysis for `sayso eval --errors`: every miss, every spurious prediction and every
wrong speaker, shown in its sentence and grouped by a likely cause.

The causes are cheap heuristics, checked in this order:

- missed gold
  - *wrong span boundary*: some prediction's content overlaps the gold content, Dice < 0.5;
  - *no cue found*: no predicted cue falls in the gold attribution's sentence(s);
  - *cue found, no attribution*: a predicted cue is there, but no content near the gold.
- spurious prediction
  - *spurious in non-body section*: the prediction stands in a section that is neither body nor
    commentary (navigation, credits, references, ...);
  - *wrong span boundary*: overlaps a scored gold content with Dice < 0.5;
  - *duplicate*: overlaps gold content that another prediction matched;
  - *not in gold*: nothing of the gold near it (narration taken for speech, or a gold gap).
- wrong speaker (matched pairs)
  - *no source predicted* / *source where gold has none*;
  - *unresolved pronoun*: the predicted source is a pronoun (`pronouns.json`) whose entity does
    not match;
  - *wrong speaker*: anything else.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.text import Text

from ..model import Analysis, Attribution, Span
from ..text import fold_key
from .gold import GoldAttribution, GoldDocument
from .score import THRESHOLD, char_set, dice

if TYPE_CHECKING:
    from .results import EvalSet, Result

STYLES = {"content": "green", "cue": "bold yellow", "source": "bold cyan", "via": "magenta"}
WINDOW = 160  # at most this many characters of context on each side
NON_BODY_OK = ("body", "commentary")


@lru_cache(maxsize=1)
def pronouns() -> frozenset[str]:
    data = json.loads(resources.files("sayso.eval").joinpath("pronouns.json").read_text("utf-8"))
    return frozenset(fold_key(p) for k, v in data.items() if not k.startswith("_") for p in v)


@dataclass
class Item:
    """One error: where it is, what gold and prediction said there, and why (the group)."""

    group: str
    kind: str  # missed | spurious | speaker
    doc: str
    text: str
    gold: GoldAttribution | None = None
    pred: Attribution | None = None
    analysis: Analysis | None = None
    detail: str = ""

    def spans(self) -> list[tuple[str, Span]]:
        """Spans to highlight: the gold for a miss or a wrong speaker, else the prediction."""
        obj = self.pred if self.kind == "spurious" else self.gold
        if obj is None:
            return []
        out: list[tuple[str, Span]] = []
        if obj.source is not None:
            out.append(("source", obj.source))
        out += [("cue", s) for s in obj.cue]
        out += [("content", s) for s in obj.content]
        out += [("via", s) for s in obj.via]
        return out

    def bounds(self) -> tuple[int, int]:
        spans = [s for _, s in self.spans()]
        if self.kind == "speaker" and self.pred is not None and self.pred.source is not None:
            spans.append(self.pred.source)
        if not spans:
            return 0, 0
        return sentence_bounds(self.text, min(s.start for s in spans), max(s.end for s in spans))

    def to_dict(self) -> dict[str, Any]:
        lo, hi = self.bounds()
        out: dict[str, Any] = {"group": self.group, "kind": self.kind, "doc": self.doc,
                               "start": lo, "end": hi, "sentence": self.text[lo:hi]}
        for name, obj in (("gold", self.gold), ("pred", self.pred)):
            if obj is not None:
                out[name] = {
                    "source": obj.source.text if obj.source else None,
                    "cue": [s.text for s in obj.cue],
                    "content": [s.text for s in obj.content],
                }
        if self.detail:
            out["detail"] = self.detail
        return out


_END = re.compile(r"[。！？!?\n]|\.(?=\s)")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) around [start, end), at most WINDOW characters on each side."""
    lo = max(0, start - WINDOW)
    cut = lo
    for m in _END.finditer(text, lo, start):
        cut = m.end()
    hi_limit = min(len(text), end + WINDOW)
    m = _END.search(text, end, hi_limit)
    hi = m.end() if m else hi_limit
    return cut, hi


def _in_sentence(text: str, gold: GoldAttribution, preds: list[Attribution]) -> bool:
    spans = [*gold.cue, *gold.content] + ([gold.source] if gold.source else [])
    if not spans:
        return False
    lo, hi = sentence_bounds(text, min(s.start for s in spans), max(s.end for s in spans))
    return any(lo <= c.start < hi for p in preds for c in p.cue)


def _speaker_group(r: Result, g: GoldAttribution, p: Attribution) -> tuple[str, str]:
    shown = p.source.text if p.source else "none"
    entity = r.analysis.entity(p.source.entity) if p.source else None
    gold_names = " / ".join(g.speaker[:2]) or g.source_text or "none"
    detail = f"gold {gold_names} · predicted “{shown}”" + (
        f" = {entity.name}" if entity and entity.name != shown else "")
    if p.source is None:
        return "no source predicted", detail
    if not g.has_source:
        return "source where gold has none", detail
    if fold_key(p.source.text) in pronouns():
        return "unresolved pronoun", detail
    return "wrong speaker", detail


def classify(r: Result) -> Iterator[Item]:
    """Every error of one evaluated article, with its group."""
    text = r.analysis.document.text
    gold: GoldDocument = r.gold
    preds = r.analysis.attributions
    g_sets = [char_set(g.content) for g in gold.attributions]
    p_sets = [char_set(p.content) for p in preds]
    matched_gold = {pair.gold for pair in r.score.pairs}
    for gi in r.score.missed:
        g = gold.attributions[gi]
        overlapping = [pi for pi, ps in enumerate(p_sets) if ps & g_sets[gi]]
        if overlapping:
            best = max(dice(g_sets[gi], p_sets[pi]) for pi in overlapping)
            group, detail = "missed: wrong span boundary", f"best Dice {best:.2f}"
        elif not _in_sentence(text, g, preds):
            group, detail = "missed: no cue found", ""
        else:
            group, detail = "missed: cue found, no attribution", ""
        yield Item(group, "missed", r.score.id, text, gold=g, detail=detail)
    for pi in r.score.spurious:
        p = preds[pi]
        anchor = p.cue[0].start if p.cue else p.start
        section = r.analysis.document.section_at(anchor)
        overlaps = [gi for gi, gs in enumerate(g_sets)
                    if gs & p_sets[pi] and not gold.attributions[gi].optional]
        if section not in NON_BODY_OK:
            group, detail = "spurious in non-body section", f"section {section}"
        elif any(gi not in matched_gold for gi in overlaps):
            best = max(dice(g_sets[gi], p_sets[pi]) for gi in overlaps)
            group, detail = "spurious: wrong span boundary", f"best Dice {best:.2f}"
        elif overlaps:
            group, detail = "spurious: duplicate of a matched prediction", ""
        else:
            group, detail = "spurious: not in gold", f"evidence {p.evidence}" if p.evidence else ""
        yield Item(group, "spurious", r.score.id, text, pred=p, detail=detail)
    for pair in r.score.pairs:
        if pair.speaker:
            continue
        g, p = gold.attributions[pair.gold], preds[pair.pred]
        if gold.scheme == "brat" and g.source and p.source:
            d = dice(char_set([g.source]), char_set([p.source]))
            group = "speaker: source boundary" if d > 0 else "speaker: wrong speaker"
            detail = f"gold “{g.source.text}” · predicted “{p.source.text}” " \
                     f"(Dice {d:.2f} < {THRESHOLD})"
        else:
            group, detail = _speaker_group(r, g, p)
            group = "speaker: " + group
        yield Item(group, "speaker", r.score.id, text, gold=g, pred=p, analysis=r.analysis,
                   detail=detail)


@dataclass
class Group:
    name: str
    items: list[Item] = field(default_factory=list)


def group_errors(sets: list[EvalSet]) -> list[Group]:
    """Errors of every set, grouped; groups in a fixed order (missed, spurious, speaker)."""
    groups: dict[str, Group] = {}
    for s in sets:
        for r in s.results:
            for item in classify(r):
                groups.setdefault(item.group, Group(item.group)).items.append(item)
    order = {"missed": 0, "spurious": 1, "speaker": 2}
    return sorted(groups.values(),
                  key=lambda g: (order.get(g.items[0].kind, 3), -len(g.items), g.name))


MARKS = {"content": ("⟦", "⟧"), "cue": ("⟨", "⟩"), "source": ("⟪", "⟫"), "via": ("⦃", "⦄"),
         "predicted": ("⟪?", "⟫")}


def _roles(item: Item) -> list[tuple[str, Span]]:
    roles = list(item.spans())
    if item.kind == "speaker" and item.pred is not None and item.pred.source is not None:
        roles.append(("predicted", item.pred.source))
    return roles


def highlighted(item: Item, plain: bool = False) -> Text:
    """The item's sentence with source, cue, content and via in their styles; with
    `plain` (no colours: a pipe or a file) the spans are bracketed by MARKS instead."""
    lo, hi = item.bounds()
    if plain:
        inserts: list[tuple[int, int, str]] = []
        for role, s in _roles(item):
            a, b = max(s.start, lo), min(s.end, hi)
            if a < b:
                inserts += [(a, 1, MARKS[role][0]), (b, 0, MARKS[role][1])]
        pieces, pos = [], lo
        for at, _, mark in sorted(inserts):
            pieces += [item.text[pos:at], mark]
            pos = at
        pieces.append(item.text[pos:hi])
        return _elide(Text(" ".join("".join(pieces).split("\n"))))
    out = Text(" ".join(item.text[lo:hi].split("\n")))
    for role, s in _roles(item):
        a, b = max(s.start, lo) - lo, min(s.end, hi) - lo
        if a < b:
            out.stylize(STYLES.get(role, "bold red underline"), a, b)
    return _elide(out)


def _elide(text: Text, keep: int = 220) -> Text:
    """Long excerpts keep their beginning and end, joined by an ellipsis."""
    n = len(text.plain)
    if n <= 2 * keep + 40:
        return text
    head, _, tail = text.divide([keep, n - keep])
    return head + Text(" … ", style="dim") + tail


def render_errors(sets: list[EvalSet], console: Console, limit: int = 10) -> None:
    """Print each error group with at most `limit` examples."""
    groups = group_errors(sets)
    if not groups:
        console.print("[green]no errors[/]")
        return
    plain = console.no_color or console.color_system is None
    legend = Text("legend: ")
    for role, style in [*STYLES.items(), ("predicted", "bold red underline")]:
        name = "predicted source (speaker errors)" if role == "predicted" else role
        if plain:
            legend.append(f"{MARKS[role][0]}{name}{MARKS[role][1]}  ")
        else:
            legend.append(name, style=style).append("  ")
    console.print(legend)
    for g in groups:
        console.rule(f"[bold]{g.name}[/] ({len(g.items)})", align="left")
        for item in g.items[:limit]:
            head = Text()
            head.append(f"{item.doc} ", style="dim")
            if item.detail:
                head.append(f"[{item.detail}] ", style="italic")
            console.print(head + highlighted(item, plain))
        if len(g.items) > limit:
            console.print(f"[dim]… {len(g.items) - limit} more[/]")
    console.rule("[bold]labels of matched pairs[/]", align="left")
    render_confusions(sets, console)


LABELS = ("kind", "stance", "certainty")


def confusions(sets: list[EvalSet]) -> dict[str, Counter[tuple[str, str]]]:
    """For kind, stance and certainty: how often gold X was predicted as Y (X != Y), over the
    matched pairs whose gold gives the field."""
    out: dict[str, Counter[tuple[str, str]]] = {k: Counter() for k in LABELS}
    for s in sets:
        for r in s.results:
            for pair in r.score.pairs:
                g = r.gold.attributions[pair.gold]
                p = r.analysis.attributions[pair.pred]
                for k in LABELS:
                    want, got = getattr(g, k), getattr(p, k)
                    if want and want != got:
                        out[k][(want, got)] += 1
    return out


def render_confusions(sets: list[EvalSet], console: Console, top: int = 6) -> None:
    """One line per field: the most frequent gold→predicted label mistakes."""
    for k, counter in confusions(sets).items():
        if counter:
            pairs = ", ".join(f"{a}→{b} ×{n}" for (a, b), n in counter.most_common(top))
            console.print(f"[bold]{k}[/] mistakes: {pairs}", highlight=False)


def errors_json(sets: list[EvalSet], limit: int = 10) -> dict[str, Any]:
    """The error groups (at most `limit` items each) and the label confusions."""
    return {
        "groups": [{"group": g.name, "count": len(g.items),
                    "items": [i.to_dict() for i in g.items[:limit]]} for g in group_errors(sets)],
        "confusions": {k: [{"gold": a, "pred": b, "count": n} for (a, b), n in c.most_common()]
                       for k, c in confusions(sets).items()},
    }
