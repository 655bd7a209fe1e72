"""The outlet gazetteer: news outlets, agencies and broadcasters in English and Chinese.

Data: `sayso/data/outlets.json`, one record per outlet with its names in English, simplified
and traditional Chinese, abbreviations, web domains and Wikidata id. Names are matched on the
folded form (simplified, case- and space-insensitive), so 《紐約時報》, 纽约时报 and
"The New York Times" all find the same record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import ahocorasick

from .text import fold_key, to_simplified

TITLE_MARKS = "《》〈〉<>"


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None
    kind: str = "outlet"  # outlet | agency | broadcaster | platform

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Gazetteer:
    outlets: list[Outlet]
    _by_key: dict[str, Outlet] = field(default_factory=dict, repr=False)
    _by_domain: dict[str, Outlet] = field(default_factory=dict, repr=False)
    _automaton: ahocorasick.Automaton | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        auto = ahocorasick.Automaton()
        for outlet in self.outlets:
            for name in outlet.all_names:
                key = fold_key(name)
                if key:
                    self._by_key.setdefault(key, outlet)
                # The automaton runs over simplified text with case folded but spaces kept,
                # so offsets map 1:1 back to the original text.
                surface = to_simplified(name).lower()
                if len(surface) >= 2:
                    auto.add_word(surface, (len(surface), outlet))
            for domain in outlet.domains:
                self._by_domain[domain.lower().removeprefix("www.")] = outlet
        if len(auto):
            auto.make_automaton()
            self._automaton = auto

    @classmethod
    def from_records(cls, records: list[dict]) -> Gazetteer:
        outlets = [
            Outlet(
                id=r["id"], name=r["name"], aliases=tuple(r.get("aliases", [])),
                domains=tuple(r.get("domains", [])), wikidata=r.get("wikidata"),
                country=r.get("country"), kind=r.get("kind", "outlet"),
            )
            for r in records
        ]
        return cls(outlets)

    def lookup(self, name: str) -> Outlet | None:
        """The outlet called `name` (title marks and a leading country name allowed)."""
        key = fold_key(name.strip().strip(TITLE_MARKS))
        if key in self._by_key:
            return self._by_key[key]
        # 英国《金融时报》: a country or city before the title-marked name.
        if "《" in name and name.rstrip().endswith("》"):
            inner = name[name.index("《") + 1: name.rindex("》")]
            return self._by_key.get(fold_key(inner))
        return None

    def by_url(self, url: str) -> Outlet | None:
        """The outlet owning `url`'s host, matching the domain and its parents."""
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        host = host.removeprefix("www.")
        while host:
            if host in self._by_domain:
                return self._by_domain[host]
            if "." not in host:
                break
            host = host.split(".", 1)[1]
        return None

    def find_all(self, text: str) -> list[tuple[int, int, Outlet]]:
        """Outlet names in `text`, longest leftmost matches, as (start, end, outlet).

        A name in title marks (《纽约时报》) is returned with its marks. Latin names must
        stand on word boundaries ("AP" does not match inside "APPLE").
        """
        if self._automaton is None:
            return []
        folded = to_simplified(text).lower()
        candidates = []
        for end_idx, (length, outlet) in self._automaton.iter(folded):
            start, end = end_idx - length + 1, end_idx + 1
            if _latin_boundary_broken(folded, start, end):
                continue
            candidates.append((start, end, outlet))
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        result: list[tuple[int, int, Outlet]] = []
        last_end = -1
        for start, end, outlet in candidates:
            if start < last_end:
                continue
            if start > 0 and end < len(text) and text[start - 1] == "《" and text[end] == "》":
                start, end = start - 1, end + 1
            result.append((start, end, outlet))
            last_end = end
        return result


def _latin_boundary_broken(text: str, start: int, end: int) -> bool:
    def is_word(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()

    if is_word(text[start]) and start > 0 and is_word(text[start - 1]):
        return True
    return is_word(text[end - 1]) and end < len(text) and is_word(text[end])


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer (loaded once per process)."""
    raw = resources.files("sayso.data").joinpath("outlets.json").read_text("utf-8")
    return Gazetteer.from_records(json.loads(raw)["outlets"])
