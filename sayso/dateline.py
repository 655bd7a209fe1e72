"""Datelines: the line heading a lead that names the filing outlet, place and date.

人民网北京6月30日电, 本报讯, "WASHINGTON (Reuters) -". Layout asks for it (a headline run
straight into the dateline is cut before it) and provenance reports it, so it lives below both.
Word lists and patterns are data in `sayso/lang/<lang>/provenance.json`; Chinese patterns run over
the text folded to simplified characters (length preserving).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from .gazetteer import Gazetteer, Outlet, default_gazetteer
from .text import to_simplified


@cache
def load(language: str) -> dict[str, Any]:
    """The provenance data of `language` ("zh" or "en")."""
    raw = resources.files(f"sayso.lang.{language}").joinpath("provenance.json").read_text("utf-8")
    return json.loads(raw)


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the head of a lead: its extent, the filing outlet and reporter."""

    start: int
    end: int
    outlet_surface: str | None = None
    outlet: Outlet | None = None
    reporter: str | None = None


@lru_cache(maxsize=1)
def _zh_dateline_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = load("zh")["dateline"]
    own = "|".join(re.escape(to_simplified(w)) for w in d["own_outlets"])
    tail = (f"(?:{d['wire_reporter']}(?P<place>{d['place']})(?P<date>{d['date']}){d['wire']}"
            f"|{d['news']}|{d['reporter']})")
    tail_re = re.compile(tail)
    own_re = re.compile(f"(?:{own})")
    generic_re = re.compile(f"(?P<outlet>{d['generic_outlet']}){tail}")
    return tail_re, own_re, generic_re


@lru_cache(maxsize=1)
def _zh_not_after() -> tuple[str, ...]:
    """Words after which an outlet name opens no dateline, folded once."""
    return tuple(to_simplified(w) for w in load("zh")["dateline"]["not_after"])


@lru_cache(maxsize=1)
def _en_dateline_re() -> re.Pattern[str]:
    return re.compile(load("en")["dateline"]["pattern"])


def _first_lines(text: str, count: int) -> list[int]:
    """Start offsets of the first `count` non-blank lines."""
    starts = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if line.strip():
            starts.append(m.start() + len(line) - len(line.lstrip()))
            if len(starts) >= count:
                break
    return starts


_DATELINES: dict[tuple[int, str], Dateline | None] = {}


def forget_datelines() -> None:
    """Drop remembered datelines (called at the start of every document)."""
    _DATELINES.clear()


def find_dateline(text: str, gazetteer: Gazetteer | None = None) -> Dateline | None:
    """The dateline heading the lead (人民网北京6月30日电, 本报讯, "WASHINGTON (Reuters) -").

    Layout and provenance both ask for it: the answer for the last few texts is remembered.

    Searched in the first few lines. A dateline either opens its line or follows a short
    unpunctuated run: single-line texts (scraped Sina news) run the headline straight into
    the dateline (香港出现首例甲型流感病危个案中新网7月12日电 ...).
    """
    gazetteer = gazetteer or default_gazetteer()
    key = (id(gazetteer), text)
    if key in _DATELINES:
        return _DATELINES[key]
    if len(_DATELINES) >= 4:
        del _DATELINES[next(iter(_DATELINES))]
    found = _DATELINES[key] = _find_dateline(text, gazetteer)
    return found


def _find_dateline(text: str, gazetteer: Gazetteer) -> Dateline | None:
    zh = load("zh")["dateline"]
    folded = to_simplified(text)
    for line_start in _first_lines(text, int(zh["lines"])):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        window_end = min(line_end, line_start + int(zh["window"]))
        found = _zh_dateline(text, folded, line_start, window_end, gazetteer)
        if found is None:
            found = _en_dateline(text, line_start, line_end, gazetteer)
        if found is not None:
            return found
    return None


def _zh_dateline(text: str, folded: str, lo: int, hi: int,
                 gazetteer: Gazetteer) -> Dateline | None:
    d = load("zh")["dateline"]
    tail_re, own_re, generic_re = _zh_dateline_res()
    sentence_end = set(d["prefix_stops"])
    max_prefix = int(d["max_prefix"])
    window = folded[lo:hi]
    outlets: list[tuple[int, int, Outlet | None]] = [
        (s, e, o) for s, e, o in gazetteer.find_all(window)
    ]
    outlets += [(m.start(), m.end(), None) for m in own_re.finditer(window)]
    outlets.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    for s, e, outlet in outlets:
        if s > max_prefix or any(ch in sentence_end for ch in window[:s]):
            break
        m = tail_re.match(window, e)
        if m is None or window.endswith(_zh_not_after(), 0, s):
            continue
        surface_start, surface_end = s, e
        if window[s] == "《" and window[e - 1] == "》":
            surface_start, surface_end = s + 1, e - 1
        return _bracketed(text, Dateline(
            lo + s, lo + m.end(), text[lo + surface_start: lo + surface_end], outlet,
            (m.group("reporter") or None) and text[lo + m.start("reporter"): lo + m.end("reporter")],
        ), d)
    # An outlet the gazetteer does not know: only where the line (or a bracket) starts.
    start = 1 if window[:1] and window[0] in d["open"] else 0
    m = generic_re.match(window, start)
    if m:
        surface = text[lo + m.start("outlet"): lo + m.end("outlet")]
        reporter = m.group("reporter")
        return _bracketed(text, Dateline(
            lo + start, lo + m.end(), surface, gazetteer.lookup(surface),
            reporter and text[lo + m.start("reporter"): lo + m.end("reporter")],
        ), d)
    # (新加坡讯), (吉隆坡4日讯): a place filed from, no outlet (Singapore and Malaysian papers).
    if start:
        m = _zh_place_only_re().match(window, start)
        if m is not None and m.end() < len(window) and window[m.end()] in d["close"]:
            return Dateline(lo, lo + m.end() + 1)
    return None


@lru_cache(maxsize=1)
def _zh_place_only_re() -> re.Pattern[str]:
    return re.compile(load("zh")["dateline"]["place_only"])


def _bracketed(text: str, found: Dateline, d: dict[str, Any]) -> Dateline:
    """Widen a dateline to its brackets: （法新社大马士革十二日电）, 【路透社华盛顿3日电】."""
    s, e = found.start, found.end
    if s > 0 and e < len(text) and text[s - 1] in d["open"] and text[e] in d["close"]:
        return Dateline(s - 1, e + 1, found.outlet_surface, found.outlet, found.reporter)
    return found


def _en_dateline(text: str, lo: int, hi: int, gazetteer: Gazetteer) -> Dateline | None:
    """"WASHINGTON (Reuters) -" (place, date, agency) or a staff dateline "DES MOINES, Iowa —"."""
    hi = min(hi, lo + 200)
    m = _en_dateline_re().match(text, lo, hi)
    if m is not None:
        surface = m.group("outlet").strip()
        return Dateline(lo, m.end(), surface, gazetteer.lookup(surface))
    d = load("en")["dateline"]
    m = _en_staff_dateline_re().match(text, lo, hi)
    if m is not None and m.group("place").strip() not in d["not_places"]:
        return Dateline(lo, m.end())
    return None


@lru_cache(maxsize=1)
def _en_staff_dateline_re() -> re.Pattern[str]:
    return re.compile(load("en")["dateline"]["pattern_no_outlet"])
