"""Cross-document entities: one corpus entity per real-world person, body or outlet.

Each article's record names its entities (`entities[]`: display name, type, aliases, wikidata).
Linking decides, for every such entity, which corpus entity it is, and keeps the evidence:

1. a Wikidata id;
2. a name in the people table (`sayso/data/people.json`: regional transliterations such as
   特朗普 / 川普 / Trump, 普京 / 普丁 / Putin);
3. the same full name after folding (NFKC, traditional → simplified with OpenCC, case, spaces and
   the name joiners `·` `.` removed), for outlets their gazetteer name;
4. a surname or other single-word name, only when the article entity has no full name of its own
   and exactly one corpus entity carries that word as a name.

Never evidence: pronouns, bare titles (发言人, the spokesman: `not_names` in the table), unnamed
sources, a single word shared by two corpus entities, a full name that differs. The rules follow
the usual practice of cross-document coreference for news (Bagga & Baldwin 1998: names first,
ambiguity leaves entities apart), tuned for precision: a missed merge is a search away, a wrong
merge puts words in someone else's mouth.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from .fold import name_key

LINKABLE_TYPES = ("person", "organization", "outlet", "government", "group")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")


@dataclass(frozen=True)
class Person:
    name: str
    wikidata: str | None
    keys: frozenset[str]


@dataclass
class Keys:
    """What identifies one article entity: strong keys (full names, ids) and weak ones."""

    strong: list[tuple[str, str]] = field(default_factory=list)  # (key, evidence)
    weak: list[tuple[str, str]] = field(default_factory=list)
    canonical: str | None = None  # display name from the people table
    wikidata: str | None = None


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Person], frozenset[str]]:
    raw = resources.files("sayso.data").joinpath("people.json").read_text("utf-8")
    data = json.loads(raw)
    by_key: dict[str, Person] = {}
    for p in data["people"]:
        person = Person(p["name"], p.get("wikidata"), frozenset(name_key(n) for n in p["names"]))
        for n in p["names"]:
            by_key[name_key(n)] = person
    return by_key, frozenset(name_key(n) for n in data["not_names"])


def is_full_name(name: str) -> bool:
    """Two or more Latin words, a CJK name with a joiner (德米特里·佩斯科夫), or 2-4 Han
    characters without a joiner (Chinese names are full at two characters: 王毅)."""
    words = _LATIN_WORD.findall(name)
    if words:
        return len(words) >= 2
    core = name.strip()
    return "·" in core or "・" in core or 2 <= len(core) <= 4


def name_tail(name: str) -> str | None:
    """The proper name ending a description: "Kremlin spokesman Dmitry Peskov" → "Dmitry
    Peskov" (the capitalised words after the last lower-case one)."""
    words = name.split()
    lower = [i for i, w in enumerate(words) if w[:1].islower()]
    if not lower or lower[-1] == len(words) - 1:
        return None
    tail = words[lower[-1] + 1:]
    return " ".join(tail) if all(w[:1].isupper() for w in tail) else None


def entity_keys(entity: dict[str, Any]) -> Keys:
    """The keys one article entity can be linked by (empty for pronouns, titles, unnamed)."""
    keys = Keys()
    if entity.get("type") not in LINKABLE_TYPES:
        return keys
    table, not_names = _table()
    if entity.get("wikidata"):
        keys.wikidata = entity["wikidata"]
        keys.strong.append((f"wd:{entity['wikidata']}", f"wikidata {entity['wikidata']}"))
    names = [entity.get("name") or ""] + list(entity.get("aliases") or [])
    kind = "outlet" if entity.get("type") == "outlet" else "name"
    names += [t for t in map(name_tail, names) if t]
    for name in dict.fromkeys(n for n in names if n):
        key = name_key(name)
        if len(key) < 2 or key in not_names:
            continue
        person = table.get(key)
        if person is not None:
            ev = f"people table: {name} = {person.name}"
            if person.wikidata:
                keys.strong.append((f"wd:{person.wikidata}", ev))
            keys.strong.append((f"person:{name_key(person.name)}", ev))
            keys.canonical = keys.canonical or person.name
            keys.wikidata = keys.wikidata or person.wikidata
        elif kind == "outlet" or is_full_name(name):
            keys.strong.append((f"{kind}:{key}", f"same name: {name}"))
        else:
            keys.weak.append((f"{kind}:{key}", f"single-word name: {name}"))
    return keys
