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
sources, a single word shared by two corpus entities, a full name that differs, and the name of a
generic government body (外交部, 国防部, the foreign ministry: every country has one). Such a
body is keyed by the country named with it in the article (`Article`: 俄罗斯外交部 in the text,
or the one country the article's entities name) or, failing that, kept to its own document. The rules follow
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

from ..text import to_simplified
from .fold import name_key

LINKABLE_TYPES = ("person", "organization", "outlet", "government", "group")
BODY_TYPES = ("government", "organization", "group")  # what a generic body may be typed as
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")

# Government bodies that every country has: their names alone identify none.
_ZH_FUNCTIONS = ("外交", "国防", "商务", "财政", "司法", "内政", "教育", "卫生", "交通", "农业",
                 "国家安全", "公安", "移民", "环境", "能源", "经济", "劳工", "外事", "情报", "文化",
                 "新闻", "宣传", "贸易", "工业", "国土安全")
_ZH_HEADS = ("部", "部门", "局", "署", "部长", "事务部")
_ZH_BARE = frozenset({"政府", "当局", "国会", "议会", "内阁", "总统府", "最高法院", "法院", "检方",
                      "警方", "军方", "海关", "央行", "中央银行", "大使馆", "使馆", "领事馆",
                      "联邦政府", "中央政府", "有关部门", "外交部门", "国防部门", "情报部门"})
_EN_GENERIC = re.compile(
    r"(?:the )?(?:(?:foreign|defen[cs]e|interior|justice|finance|commerce|trade|health|"
    r"education|economy|agriculture|energy|environment|labou?r|transport|home|culture|"
    r"information|emergencies|emergency|intelligence|security) (?:ministry|department|office|"
    r"service|minister's office)|ministry of [a-z ]+|(?:central )?government|authorities|"
    r"police|military|army|armed forces|parliament|cabinet|supreme court|constitutional court|"
    r"central bank|embassy|consulate|prosecutors?|prosecutor's office|presidential office|"
    r"president's office|prime minister's office|customs|border guards?|coast guard)")


@dataclass(frozen=True)
class Article:
    """What linking may use of the article an entity comes from: its id, its text, and the
    countries its entities name (English names, as `lang/zh/orgs.json` gives them)."""

    doc_id: str
    text: str
    countries: tuple[str, ...]


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
    note: str | None = None  # what a new entity is (a body of a country, or of one document)


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


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country names as written (Chinese, English, and English folded) → English name;
    中方-style sides too."""
    raw = resources.files("sayso.lang.zh").joinpath("orgs.json").read_text("utf-8")
    data = json.loads(raw)
    out: dict[str, str] = {}
    for table in (data["countries"], data.get("sides", {})):
        for zh, en in table.items():
            out[zh] = out[en] = out[name_key(en)] = en
    return out


@lru_cache(maxsize=1)
def _written_countries() -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Country names as they are written in text (Chinese, capitalised English), and their
    lengths (longest first)."""
    names = tuple(n for n in _countries() if not n.isascii() or n[:1].isupper())
    return names, tuple(sorted({len(n) for n in names}, reverse=True))


def generic_body(name: str) -> bool:
    """外交部, 国防部, the foreign ministry, the government: a body every country has."""
    core = name_key(name)
    if core in _ZH_BARE:
        return True
    if core.endswith(_ZH_HEADS) and any(core.startswith(f) and core[len(f):] in _ZH_HEADS
                                        for f in _ZH_FUNCTIONS):
        return True
    return _EN_GENERIC.fullmatch(" ".join(name.lower().split())) is not None


def country_of_body(names: list[str], article: Article) -> tuple[str, str] | None:
    """(country, how it was found) for a generic body named `names`: a country written just
    before one of them in the text (俄罗斯外交部, Russia's foreign ministry), else the one
    country the article names (in its text or its entities); None when it names none or
    several."""
    countries = _countries()
    written, lengths = _written_countries()
    text = to_simplified(article.text)
    lower = text.lower()
    found: set[str] = set()
    for name in names:
        core = to_simplified(name.strip()).lower()
        core = core[4:] if core.startswith("the ") else core
        at = lower.find(core) if core else -1
        while at >= 0:
            before = text[max(0, at - 40):at].rstrip()
            before = before[:-2] if before.endswith("'s") else before
            for n in lengths:
                if before[-n:] in countries and before[-n:] in written:
                    found.add(countries[before[-n:]])
                    break
            at = lower.find(core, at + 1)
    if len(found) == 1:
        return found.pop(), "named with it in the article"
    if found:
        return None
    named = set(article.countries) | {countries[n] for n in written if n in text}
    if len(named) == 1:
        return named.pop(), "the one country the article names"
    return None


def countries_named(entities: list[dict[str, Any]]) -> tuple[str, ...]:
    """English names of the countries among an article's government entities (China, 中方)."""
    countries = _countries()
    out: list[str] = []
    for e in entities:
        if e.get("type") != "government":
            continue
        for n in [e.get("name") or "", *(e.get("aliases") or [])]:
            en = countries.get(n.strip()) or countries.get(name_key(n))
            if en:
                out.append(en)
                break
    return tuple(dict.fromkeys(out))


def entity_keys(entity: dict[str, Any], article: Article | None = None) -> Keys:
    """The keys one article entity can be linked by (empty for pronouns, titles, unnamed).
    `article` is needed for generic government bodies (see `body_keys`)."""
    keys = Keys()
    if entity.get("type") not in LINKABLE_TYPES:
        return keys
    table, not_names = _table()
    if entity.get("wikidata"):
        keys.wikidata = entity["wikidata"]
        keys.strong.append((f"wd:{entity['wikidata']}", f"wikidata {entity['wikidata']}"))
    names = [entity.get("name") or ""] + list(entity.get("aliases") or [])
    kind = "outlet" if entity.get("type") == "outlet" else "name"
    generic = [n for n in names if n and entity.get("type") in BODY_TYPES and generic_body(n)]
    names = [n for n in names if n not in generic]  # …Foreign Affairs is no name either
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
    if generic and not keys.strong and not keys.weak:
        _body_keys(keys, generic, article)
    return keys


def _body_keys(keys: Keys, names: list[str], article: Article | None) -> None:
    """A generic body's one key: its name qualified by its country, or by its document."""
    found = country_of_body(names, article) if article else None
    name = names[0]
    body = name_key(name[4:] if name.lower().startswith("the ") else name)
    if found:
        country, how = found
        keys.note = f"generic body {name} of {country} ({how})"
        keys.strong.append((f"body:{name_key(country)}:{body}", keys.note))
        keys.canonical = f"{name} ({country})"
    else:
        doc = article.doc_id if article else ""
        keys.strong.append((f"body:doc={doc}:{body}", f"generic body {name} in {doc or '?'}"))
        keys.note = (f"{name}: a generic body and no single country named with it in the "
                     "article, not merged across documents")


def is_generic(entity: dict[str, Any]) -> bool:
    """A body named by a generic name such as 外交部 (its keys need its article)."""
    names = [entity.get("name") or "", *(entity.get("aliases") or [])]
    return entity.get("type") in BODY_TYPES and any(map(generic_body, names))
