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

TITLE_MARKS = "《》〈〉<>「」『』“”\"'"
# Characters fold_key drops; _case_key drops the same ones so the two keys align.
FOLD_DROP = " \u00a0\u3000·・•.‧"
QUOTE_PAIRS = {"《": "》", "〈": "〉", "「": "」", "『": "』", "“": "”", '"': '"'}


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None
    kind: str = "outlet"  # outlet | agency | broadcaster | platform
    quoted_only: tuple[str, ...] = ()

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.quoted_only)


@dataclass(frozen=True)
class _Name:
    """One way of writing an outlet's name, as the automaton stores it."""

    outlet: Outlet
    surface: str  # simplified, case kept
    quoted_only: bool


@dataclass
class Gazetteer:
    """Outlet names and domains, with lookup by name, by URL, and search in running text.

    `blockers`: words overlapping which no outlet is found (美联储 is not 美联社's short form,
    "Guardian Council" is not the newspaper). `suffix_guards`: for names ending in a given
    character, characters that may not follow it (联合报 in 联合报道 is "joint report").
    """

    outlets: list[Outlet]
    blockers: tuple[str, ...] = ()
    suffix_guards: dict[str, str] = field(default_factory=dict)
    place_prefixes: tuple[str, ...] = ()
    _by_key: dict[str, list[_Name]] = field(default_factory=dict, repr=False)
    _by_domain: dict[str, Outlet] = field(default_factory=dict, repr=False)
    _automaton: ahocorasick.Automaton | None = field(default=None, repr=False)
    _blocker_automaton: ahocorasick.Automaton | None = field(default=None, repr=False)
    # place_prefixes by their first character, longest first as in `place_prefixes`: a key is
    # tried only against the prefixes it can start with (English names: none, all being Han;
    # trying all of them per lookup was about 1 % of English run time)
    _prefixes_by_first: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        auto = ahocorasick.Automaton()
        surfaces: dict[str, list[_Name]] = {}
        for outlet in self.outlets:
            for name in outlet.all_names:
                entry = _Name(outlet, to_simplified(name), name in outlet.quoted_only)
                key = fold_key(name)
                if key:
                    self._by_key.setdefault(key, []).append(entry)
                # The automaton runs over simplified text with case folded but spaces kept,
                # so offsets map 1:1 back to the original text.
                surface = entry.surface.lower()
                if len(surface) >= 2:
                    surfaces.setdefault(surface, []).append(entry)
            for domain in outlet.domains:
                self._by_domain.setdefault(domain.lower().removeprefix("www."), outlet)
        for surface, entries in surfaces.items():
            auto.add_word(surface, (len(surface), tuple(entries)))
        if len(auto):
            auto.make_automaton()
            self._automaton = auto
        if self.blockers:
            blockers = ahocorasick.Automaton()
            for word in self.blockers:
                folded = to_simplified(word).lower()
                blockers.add_word(folded, len(folded))
            blockers.make_automaton()
            self._blocker_automaton = blockers
        self.suffix_guards = {to_simplified(k): to_simplified(v)
                              for k, v in self.suffix_guards.items()}
        self.place_prefixes = tuple(sorted({fold_key(p) for p in self.place_prefixes if p},
                                           key=len, reverse=True))
        by_first: dict[str, list[str]] = {}
        for prefix in self.place_prefixes:
            if prefix:
                by_first.setdefault(prefix[0], []).append(prefix)
        self._prefixes_by_first = {first: tuple(group) for first, group in by_first.items()}

    @classmethod
    def from_records(cls, records: list[dict], *, blockers: list[str] | tuple[str, ...] = (),
                     suffix_guards: dict[str, str] | None = None,
                     place_prefixes: list[str] | tuple[str, ...] = ()) -> Gazetteer:
        """A gazetteer from `outlets.json` records (zh_hans, zh_hant and aliases are merged)."""
        outlets = []
        for r in records:
            quoted_keys = {to_simplified(q) for q in r.get("quoted_only", [])}
            names: list[str] = []
            quoted: list[str] = []
            for n in [*r.get("zh_hans", []), *r.get("zh_hant", []), *r.get("aliases", []),
                      *r.get("quoted_only", [])]:
                bucket = quoted if to_simplified(n) in quoted_keys else names
                if n not in bucket and n != r["name"]:
                    bucket.append(n)
            outlets.append(Outlet(
                id=r["id"], name=r["name"], aliases=tuple(names),
                domains=tuple(r.get("domains", [])), wikidata=r.get("wikidata"),
                country=r.get("country"), kind=r.get("kind", "outlet"),
                quoted_only=tuple(quoted),
            ))
        return cls(outlets, tuple(blockers), dict(suffix_guards or {}), tuple(place_prefixes))

    def lookup(self, name: str) -> Outlet | None:
        """The outlet called `name` (title marks, quotes and a leading place name allowed).

        Latin names keep their capitals: "The Economist" and "the Economist" are the
        magazine, "the economist" is not.
        """
        stripped = name.strip().strip(TITLE_MARKS).strip()
        found = self._lookup_exact(stripped)
        if found is not None:
            return found
        # 台湾中广新闻网, 英国金融时报: a country or region name before the outlet's name.
        key = fold_key(stripped)
        for prefix in self._prefixes_by_first.get(key[:1], ()):
            if key.startswith(prefix) and len(key) > len(prefix):
                found = self._lookup_exact(stripped[_prefix_end(stripped, len(prefix)):])
                if found is not None:
                    return found
        # 英国《金融时报》, 台湾“中广新闻网”: a country or city before the marked name.
        for open_mark, close_mark in QUOTE_PAIRS.items():
            if open_mark in name and name.rstrip().endswith(close_mark):
                inner = name[name.index(open_mark) + 1: name.rstrip().rindex(close_mark)]
                if inner:
                    return self._lookup_exact(inner.strip())
        return None

    def _lookup_exact(self, name: str) -> Outlet | None:
        key = fold_key(name)
        query = _case_key(name)
        if query[:3].lower() == "the":
            query = query[:3].upper() + query[3:]
        for entry in self._by_key.get(key, ()):
            if _case_compatible(query, _case_key(entry.surface)):
                return entry.outlet
        return None

    def by_url(self, url: str) -> Outlet | None:
        """The outlet owning `url`'s host, matching the domain and its parents."""
        try:
            host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        except ValueError:
            return None
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
        stand on word boundaries ("AP" does not match inside "APPLE") and keep their capitals
        ("The Hill", not "the hill"); names that are also ordinary words are found only in
        title marks or quotes; blockers and suffix guards remove the rest of the false hits.
        """
        if self._automaton is None:
            return []
        simplified = to_simplified(text)
        folded = simplified.lower()
        blocked = self._blocked(folded)
        candidates = []
        for end_idx, (length, entries) in self._automaton.iter(folded):
            start, end = end_idx - length + 1, end_idx + 1
            if _latin_boundary_broken(folded, start, end):
                continue
            if blocked is not None and any(blocked[start:end]):
                continue
            quoted = _quoted(text, start, end)
            if not quoted and self._guarded(folded, end):
                continue
            for entry in entries:
                if entry.quoted_only and not quoted:
                    continue
                if _case_compatible(simplified[start:end], entry.surface):
                    candidates.append((start, end, entry.outlet))
                    break
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

    def _blocked(self, folded: str) -> bytearray | None:
        """A mark on every character covered by a blocker word (None when there is none)."""
        if self._blocker_automaton is None:
            return None
        marks = None
        for end, length in self._blocker_automaton.iter(folded):
            if marks is None:
                marks = bytearray(len(folded))
            marks[end - length + 1:end + 1] = b"\x01" * length
        return marks

    def _guarded(self, folded: str, end: int) -> bool:
        followers = self.suffix_guards.get(folded[end - 1])
        return bool(followers) and end < len(folded) and folded[end] in followers


def _prefix_end(name: str, folded_length: int) -> int:
    """Offset in `name` after its first `folded_length` characters that fold_key keeps."""
    kept = 0
    for i, ch in enumerate(name):
        if kept == folded_length:
            return i
        if ch not in FOLD_DROP:
            kept += 1
    return len(name)


def _case_key(name: str) -> str:
    """`fold_key` without lower-casing: the same characters, so the two keys align."""
    s = to_simplified(name)
    for ch in FOLD_DROP:
        s = s.replace(ch, "")
    return s


def _case_compatible(found: str, alias: str) -> bool:
    """Every capital letter of the alias is a capital in the text (ALL CAPS text is fine)."""
    return len(found) == len(alias) and all(
        f.isupper() for f, a in zip(found, alias, strict=True) if a.isupper())


def _quoted(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and QUOTE_PAIRS.get(text[start - 1]) == text[end]


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
    data = json.loads(raw)
    return Gazetteer.from_records(data["outlets"], blockers=data.get("blockers", ()),
                                  suffix_guards=data.get("suffix_guards"),
                                  place_prefixes=data.get("place_prefixes", ()))
