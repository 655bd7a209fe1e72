"""English source entities: types from name evidence and coreference across an article.

`Coreference.resolve` maps each source mention to one entity of `ctx.registry`: outlets through
the gazetteer; pronouns to the latest compatible antecedent (a source already seen, or a person
named in running text since, never one from a heading or a place); definite descriptions by head
noun or title (`the doctor`, `The president`); names by surname, title and company words
(`President Obama` = `Barack Obama`, `Whole Foods` = `Whole Foods Market`); coordinations as the
group of their names. `name_descriptions` then names role descriptions the article names
elsewhere, also cataphorically. Types (`name_type`, `common_type`) come from the word lists of
`entity_types.json` (issue #15: a place is never a person, a company is not a person), checked
against the text by `Coreference._evidence_type`: a name unknown to every list is a person
only with person evidence (a given name, a gender, Mr/Ms or a title, a person apposition,
`told reporters`). Relative pronouns take the noun phrase before them; a lead's indefinite
description joins the full name opening the next sentence (`_join_introduced_names`).
Antecedents by recency, in the spirit of Hobbs (1978) and Lappin & Leass (1994) without
parsing; the same-head rule for definite descriptions after Vieira & Poesio (2000).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from ...gazetteer import Outlet
from ...model import Attribution
from . import certainty as en_certainty
from . import previous_subject as en_previous_subject
from .gender import (
    GIVEN_NAMES,
    HONORIFICS,
    PRONOUN_GENDER,
    GenderIndex,
    description_gender,
    given_name_gender,
)
from .lexicon import Lexicon
from .tokens import abbreviations, in_quotation, title_words

if TYPE_CHECKING:
    from ...context import Context
    from ...extract.entities import EntityRegistry
    from ...model import Entity

T = TypeVar("T")


_TYPES = json.loads(resources.files("sayso.lang.en").joinpath("entity_types.json")
                    .read_text("utf-8"))


GOVERNMENT_WORDS = frozenset(_TYPES["government"])


ORG_WORDS = frozenset(_TYPES["organization"]) | GOVERNMENT_WORDS


PERSON_TITLES = frozenset(_TYPES["person_titles"])
GOVERNMENT_NAMES = frozenset(_TYPES["government_names"])
PARTY_NAMES = frozenset(_TYPES["party_names"])


TITLE_ABBREVIATIONS = abbreviations()[0]  # `Col.`, `Maj.`, `Lt.`: titles when written with a stop
TITLE_WORDS = title_words()  # `gov` -> `governor`: the title an abbreviation stands for
# Premodifiers of a role description that the name's own title need not repeat (`the top
# general`, `the longtime senator`); any other (`former`, `Florida`, `inspector`) must stand there.
_IDLE_MODIFIERS = frozenset({"top", "longtime", "long-time", "veteran", "current", "sitting", "then",
                             "two-term", "three-term", "four-term", "first-term", "outspoken", "embattled"})


def title_word(word: str) -> str:
    """`word` lower case as a title, an abbreviation written out (`Gov.` -> `governor`)."""
    low = word.lower().strip(",.")
    return TITLE_WORDS.get(low, low)


ISSUED_BY_BODIES = frozenset(_TYPES["issued_by_bodies"])


PLACES = frozenset(p.lower() for p in _TYPES["places"])


DOCUMENTS = frozenset(_TYPES["documents"])


QUANTITY_HEADS = frozenset(_TYPES["quantity_heads"])


# Words that may stand between a document noun and its issuer (`data released by MOTIE`).
_ISSUED_LINKS = frozenset({"released", "published", "issued", "conducted", "commissioned",
                           "compiled", "provided", "filed", "produced", "prepared", "by", "from"})
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december", "annual", "weekly"})
_PREPOSITIONS = frozenset({"in", "of", "with", "at", "on", "for", "from", "by", "to", "about"})
# Lower-case premodifiers that are no part of an issuer's name before a document noun.
_NOT_ISSUER = frozenset({"a", "an", "the", "new", "latest", "recent", "fresh", "this", "that"})


def document_issuer(head: str) -> tuple[str, int] | None:
    """The issuer a document noun phrase names, with its character offset in `head`: a
    capitalised name right before the noun (`A new ABC News poll` -> ABC News, `a Reuters
    survey`) or after it through `by`/`from` (`a 2018 survey by Penelope Muse Abernathy of the
    University of North Carolina` -> Penelope Muse Abernathy, `data released by MOTIE`, `data
    from Tmall`). The annotation convention makes the issuer the speaker
    (../shared/eval/ANNOTATION.md); None when the phrase names no issuer (`court records`)."""
    words = head.split()
    doc = next((k for k, w in enumerate(words) if w in DOCUMENTS), None)  # lower case only
    if doc is None:
        return None
    starts = [m.start() for m in re.finditer(r"\S+", head)]
    k = doc + 1
    if k < len(words) and words[k][:1].islower() and words[k] not in _ISSUED_LINKS | _PREPOSITIONS \
            and words[k] not in ("this", "last", "out", "that", "which"):
        return None  # `a longtime GOP data expert`: the document noun is no head
    if k < len(words) and words[k] in _ISSUED_LINKS:
        while k < len(words) and words[k] in _ISSUED_LINKS:
            k += 1
        if words[k - 1] in ("by", "from"):
            if k < len(words) and words[k] == "the":
                k += 1
            end = k
            while end < len(words) and (words[end][:1].isupper() or words[end] in ("of", "for")
                                        and end + 1 < len(words) and words[end + 1][:1].isupper()):
                end += 1  # `the U.S. Department of Education`
            if end > k and not words[end - 1].endswith(("’s", "'s", ",")) \
                    and not is_place(" ".join(words[k:end])):
                # `a report from the State Department's inspector general`: a possessor only
                return " ".join(words[k:end]).rstrip("."), starts[k]
        return None
    begin = doc
    while begin > 0 and words[begin - 1][:1].isupper():
        begin -= 1
    while begin < doc and (words[begin] in _NOT_ISSUER or words[begin].lower() in ("a", "an", "the")
                           or words[begin].lower().removesuffix("’s").removesuffix("'s") in _CALENDAR):
        begin += 1  # `A new ABC News poll`, `Wednesday's Quinnipiac poll`
    if begin == doc or words[doc - 1].endswith(("’s", "'s")) or _demonym(words[begin]) \
            or begin == 0 and doc == 1 and not words[0].isupper() \
            or words[begin].lower() in _CALENDAR or is_place(" ".join(words[begin:doc])) \
            or any(w.endswith(",") for w in words[:doc]) \
            or any(w.lower() in _PREPOSITIONS or w[:1].isupper() and w.lower() not in _NOT_ISSUER
                   and w.lower().removesuffix("’s").removesuffix("'s") not in _CALENDAR
                   for w in words[:begin]):
        # `the ministry's statement` is read before; `a Chinese study`, `a Monday analysis`,
        # `Early analysis`, `Several polls` (a capital opening the sentence, no acronym)
        # name no issuer; `Lukas Stefanko with ESET in a Monday analysis`: the document is no
        # head of the phrase
        return None
    return " ".join(words[begin:doc]), starts[begin]


def piece_in_outlet(head: str) -> tuple[str, int] | None:
    """The capitalised name after `<document> in (the)` that closes `head` (`A report in the
    Sunday Business` -> Sunday Business), with its offset, or None; the caller keeps it only
    when it names an outlet (the gazetteer, an outlet head such as Times or Post): `a lawsuit
    in the Southern District of New York` names no speaker."""
    words = head.split()
    doc = next((k for k, w in enumerate(words) if w in DOCUMENTS), None)
    if doc is None or doc + 2 >= len(words) or words[doc + 1] != "in":
        return None
    k = doc + 2 + (words[doc + 2] == "the")
    if k >= len(words) or not all(w[:1].isupper() for w in words[k:]) \
            or any(w[:1].isupper() and w.lower() not in ("a", "an", "the") for w in words[:doc]):
        return None
    starts = [m.start() for m in re.finditer(r"\S+", head)]
    return " ".join(words[k:]).rstrip(".,"), starts[k]


PLACE_HEADS = frozenset(_TYPES["place_heads"])


def is_place(name: str) -> bool:
    """A country, US state or city of `entity_types.json` (`the United States`, `Russia's`)."""
    key = name.strip().removesuffix("’s").removesuffix("'s").lower()
    return key.removeprefix("the ") in PLACES


def _demonym(word: str) -> bool:
    """Whether a capitalised word is a nationality formed from a place of `entity_types.json`
    (`American Kevin King`, `Australian`, `Italian`, `Mexican`, `Iranian`, `Pakistani`): no
    part of the name after it. A given name (`Brian`) never is."""
    low = word.lower()
    if not word[:1].isupper() or low in GIVEN_NAMES or not low.endswith(("an", "i", "ese")):
        return False
    stems = {low[:-1], low[:-3] + "y", low[:-2] + "o", low[:-3] + "a", low[:-3], low[:-2] + "a",
             low[:-3] + "e", low[:-3] + "ia"}
    return any(len(stem) > 3 and stem in PLACES for stem in stems)


def _singular_demonym(word: str) -> bool:
    """A nationality noun that names one person (`American`, `Australian`, `Pakistani`):
    not one in -ese, which is also the people as a whole (`the Chinese`), nor the adjectives
    of IRREGULAR_DEMONYMS (`the British`, `the French`: a people)."""
    return _demonym(word) and not word.lower().endswith("ese")


def _place_like(name: str) -> bool:
    """A known place, or a name ending in a place word (`Central Park`, `Logar Province`)."""
    return is_place(name) or len(name.split()) > 1 and name.split()[-1].lower() in PLACE_HEADS


# Nouns after which a capitalised name is an outlet's (`broadcaster KTVU`, `the daily Sabah`).
OUTLET_NOUNS = frozenset({"newspaper", "daily", "tabloid", "broadcaster", "magazine", "weekly",
                          "channel", "station", "network", "website", "outlet", "paper", "publication"})


def _person_before_body(words: list[str], lowered: list[str]) -> bool:
    """Whether the name is a person's two or three capitalised words, the first a given name and
    none a body's or title's word, followed by `of`/`from`/`at` and the body they belong to
    (`Phil Musser of digital consulting firm IMGE`, `Susanne Risse from the company`: BBC tech
    2004 and PolNeAR train, en_type_census round 27): the head is the person before the
    prepositional phrase, as in `Secretary of State Mike Pompeo` it is the title (issue #15)."""
    k = next((i for i, w in enumerate(lowered) if w in ("of", "from", "at")), None)
    if k is None or not 2 <= k <= 3 or lowered[0] not in GIVEN_NAMES:
        return False
    return all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in words[:k]) \
        and not any(w in ORG_WORDS or w in PERSON_TITLES or w in PLACE_HEADS for w in lowered[:k])


def name_type(words: list[str]) -> str:
    """government, organization or person, from the words of a capitalised name
    (`sayso/lang/en/entity_types.json`): "Santa Fe Animal Shelter" is an organization, "the US
    military" a government, "Dmitry Peskov" and "Senate Majority Leader Mitch McConnell"
    persons."""
    named = " ".join(words).removeprefix("the ").removeprefix("The ")
    if named in GOVERNMENT_NAMES:
        return "government"  # `Downing Street said`, `No 10 denied`: the seat of a government
    if named in PARTY_NAMES:
        return "organization"  # `Labour insists`: a party (evaldata/entities/README.md)
    lowered = [w.lower().strip(",.") for w in words]
    if _quantified(words, lowered):
        return "group"  # `an overwhelming 70 percent of Americans`, `Many in Hong Kong`
    cut = next((k for k, w in enumerate(lowered) if w in ("of", "for", "at", "on") and k > 0), None)
    if len(words) > 2 and lowered[0] in ("a", "an", "the") and words[1] in COLLECTIVE_HEADS:
        return "group"  # `A team led by researchers out of NASA's Goddard Space Flight Center`
    if cut is not None and lowered[cut - 1] in COLLECTIVE_HEADS and lowered[cut] == "of" \
            and all(w[:1].islower() or w.lower() in ("a", "an", "the") for w in words[:cut]):
        return "group"  # `A group of physicians`, `a team of researchers`: people, no organisation
    if cut is not None and lowered[cut - 1].endswith("s") \
            and not lowered[cut - 1].endswith(("’s", "'s", "ss", "is", "us")) \
            and all(w[:1].islower() or _NUMBER_WORD.fullmatch(w) for w in words[:cut]):
        return "group"  # `representatives of Epstein's family`, `supporters of Ms Omar`: a plural head
    if _person_before_body(words, lowered):
        return "person"  # `Phil Musser of digital consulting firm IMGE`: the person, of a body
    if cut is not None:
        # the head comes before the prepositional phrase: `U.S. Attorney's Office for the
        # Western District of New York` (government), `Secretary of State Mike Pompeo` (person)
        head = lowered[cut - 1].removesuffix("’s").removesuffix("'s")
        if head in GOVERNMENT_WORDS:
            return "government"
        if head in _TYPES["organization"]:
            return "organization"
        if head in PERSON_TITLES:
            return "person"  # `a spokesperson for the Universities and Colleges Employers’ Association`
    if is_place(" ".join(words)):
        return "government"  # `Washington said`, `Russia warned`: a place speaks for its government
    if lowered and lowered[-1] in GOVERNMENT_WORDS:
        return "government"  # `General Assembly`, `Office of the Governor`: the head decides
    if lowered and lowered[-1] in _TYPES["organization"]:
        return "government" if any(w in GOVERNMENT_WORDS for w in lowered) else "organization"
    if any(w in PERSON_TITLES for w in lowered) and words[-1][:1].isupper() \
            or lowered and lowered[-1] in PERSON_TITLES:
        return "person"  # `Senate Majority Leader Mitch McConnell`, `The Wikileaks founder`
    if any(w in GOVERNMENT_WORDS for w in lowered):
        return "government"
    if any(w in _TYPES["organization"] for w in lowered):
        return "organization"
    if len(words) > 1 and "News" in words:
        return "outlet"  # `News Nation`, `Nine News`: an outlet the gazetteer does not list
    if lowered and lowered[0] == "the":
        return "group"  # no person is "the X" without a title: `The Afghan Taliban`, `the Democrats`
    if named.lower().endswith(DOMAIN_SUFFIXES):
        return "organization"  # `JD.com`: a site, never a person
    if len(words) > 1 and words[-1][:1].islower() and lowered[-1] in OUTLET_NOUNS:
        return "outlet"  # `North Korea's official Rodong Sinmun newspaper`
    content = [w for w in lowered if w and w[0].isalpha()]
    first_lower = next((k for k, w in enumerate(words) if w[:1].islower()), len(words))
    if 0 < first_lower < len(words) and all(w[:1].islower() for w in words[first_lower:]) \
            and not REFLEXIVES & set(lowered) and lowered[0] not in GIVEN_NAMES and content:
        # `Aviation analysts`, `U.S. prosecutors`, `Hong Kong chaos`: a lower-case head noun
        # after capitalised modifiers is a description, not a person's name
        return common_type(content)
    return "person"


# A capitalised word right before an offset on its line (`News` before `Nation`).
_NAME_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w&'’-]*)[ \u00a0]+\Z")


# A single capitalised word that may name a company (`WeWork`, `PG&E`, `McClatchy`), and how far
# back a company description looks for one.
_COMPANY_WORD = re.compile(r"(?<![\w&.-])([A-Z][\w&]*[a-zA-Z&][\w&]*(?:[’']s)?)(?![\w&-])")
COMPANY_WINDOW = 600
# A sports club's name by its closing word (`Leeds United`, `Manchester City`, `Bristol Rovers`),
# or written after `club`/`side` (`football club Real Madrid`), and how far back `the club` looks.
_CLUB_NAME = re.compile(r"(?<![\w&.-])((?:[A-Z][\w’'.-]+ ){1,3}(?:United|City|FC|Rovers|Athletic|Wanderers|Albion|"
                        r"Town|Hotspur|Rangers|County|Villa|Forest|Palace|Argyle|Wednesday))(?![\w-])")
_AFTER_CLUB = re.compile(r"\b(?:club|side)[ \t\u00a0]+((?:[A-Z][\w’'.-]+)(?: [A-Z][\w’'.-]+){0,3})(?![\w-])")
_CLUB_BACK = 800
DESCRIPTION_FIT: dict[str, dict[str, list[str]]] = {k: v for k, v in _TYPES["description_fit"].items() if k != "_doc"}
_NEXT_CAPITAL = re.compile(r"[ \t\u00a0]+(?:(of|for|and|&)[ \t\u00a0]+)?([A-Z][\w&-]*)")  # a capitalised word right after, on the line
_LAST_WORD = re.compile(r"([\w&.’'-]+)[ \t\u00a0]+\Z")  # the word right before a position, on its line


# A definite or plural noun phrase closed by a participle clause (`The doctors offering to
# operate ...`): group 1 is the phrase without it. An indefinite one keeps the clause that
# identifies it (`a group representing rural counties in California`).
_PARTICIPLE_AFTER_HEAD = re.compile(r"((?:the|some|many|two|three|several)(?:[ \u00a0][a-z][\w-]*){1,3})"
                                    r"[ \u00a0][a-z]{3,}ing[ \u00a0]", re.IGNORECASE)


# Heads of a collective of people (`A group of physicians`, `a team of researchers`).
COLLECTIVE_HEADS = frozenset({"group", "team", "coalition", "crowd", "panel", "delegation", "band",
                              "handful", "couple", "pair", "bunch", "gang", "contingent"})


_NUMBER_WORD = re.compile(r"[\d.,]+%?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
                          r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?", re.IGNORECASE)


def _quantified(words: list[str], lowered: list[str]) -> bool:
    """Whether the words name a quantified part of a population (`Fifty-one percent`, `an
    overwhelming 70 percent of Americans`, `Many in Hong Kong`, `a majority of voters`): a
    quantity head (`entity_types.json` quantity_heads) after nothing but lower-case words and
    numbers, ending the phrase or followed by `of`/`in`."""
    q = next((k for k, w in enumerate(lowered) if w in QUANTITY_HEADS), None)
    if q is None or not all(w[:1].islower() or _NUMBER_WORD.fullmatch(w) for w in words[:q]):
        return False
    return q == len(words) - 1 or lowered[q + 1] in ("of", "in")


# Determiners of a quantity of people before a plural noun (`some Republicans`, `many Carrier
# workers`, `two out of three Americans`).
PLURAL_QUANTIFIERS = frozenset({"some", "many", "most", "several", "few", "all", "both", "other"})


def quantified_plural(words: list[str], lowered: list[str]) -> bool:
    """Whether the words are a quantifier and a plural noun phrase with nothing after its head
    but a place (`some Republicans`, `many Carrier workers`, `most Clinton allies`, `many
    Republicans in Washington`, `two out of three Americans`): several people, never one
    person (PolNeAR train breadth, enspk26: such phrases were typed person and a later `she`
    took them: `She was careful not to link it` -> `some Republicans` for Hillary Clinton).
    ANNOTATION.md: a pronoun resolves to the person it stands for; `he`/`she` is one person."""
    if len(words) < 2:
        return False
    k = 1
    if _NUMBER_WORD.fullmatch(words[0]) and len(words) > 4 and lowered[1:3] == ["out", "of"] \
            and _NUMBER_WORD.fullmatch(words[3]):
        k = 4  # `two out of three Americans`
    elif lowered[0] not in PLURAL_QUANTIFIERS or words[0][:1].isupper() and len(words) == 2 \
            and words[1][:1].isupper() and lowered[0] in ("other", "all", "both"):
        return False  # (`Other Republican`, `All Saints`: a name may open so)
    cut = next((j for j in range(k, len(words)) if lowered[j] in ("in", "at", "from")), len(words))
    return cut > k and _plural_common_noun(lowered[cut - 1]) and all(w[:1].isalpha() for w in words[k:cut])


# A person title or honorific, capitalised before a name (`Gov. Kristi Noem`, `Mr Holm`):
# evidence that the name after it is a person's.
_TITLED_NAME = re.compile(r"\b(?:" + "|".join(sorted(
    (re.escape(t.rstrip(".")[:1].upper() + t.rstrip(".")[1:]) for t in PERSON_TITLES | {"miss"}),
    key=len, reverse=True)) + r")\.?")

# The words between a person title and a surname, up to the surname (`Gov. Kristi ` of `Gov.
# Kristi Noem`); matched with `endpos` at each occurrence of the surname, so one pattern compiled
# at import serves every surname (compiling the title alternation per surname was ~8% of English
# run time, benchmarks/bench_en.py).
_TITLED_BEFORE = re.compile(_TITLED_NAME.pattern + r"(?:[ \t\u00a0]+[A-Z][\w.-]*){0,2}[ \t\u00a0]+\Z")


def titled_surname(text: str, surname: str) -> bool:
    """Whether `surname` follows a title, with up to two capitalised words between (`Gov. Kristi
    Noem`, `Mr Holm`) and no lower-case letter after it. `surname` is a capitalised word."""
    at = text.find(surname)
    while at >= 0:
        after = text[at + len(surname):at + len(surname) + 1]
        # a title and the words after it hold no line break, so the search starts at the line
        if not ("a" <= after <= "z") and _TITLED_BEFORE.search(text, text.rfind("\n", 0, at) + 1, at):
            return True
        at = text.find(surname, at + 1)
    return False


# Patterns built around one name word, compiled once per process: an article asks about dozens of
# names and `re`'s own cache (512 patterns) overflows across a corpus, so recompiling them cost
# time on every article (benchmarks/bench_en.py). Bounded so a long batch run stays small.
@lru_cache(maxsize=4096)
def _honorific_word_re(word: str) -> re.Pattern[str]:
    """Mr/Mrs/Ms/Dr/Miss right before `word`."""
    return re.compile(rf"\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+{re.escape(word)}\b")


# The honorifics of `_honorific_word_re` with the space after them, and the `\b` its word ends at
# (`match` at a position sees the character before it).
HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+")
WORD_BOUNDARY = re.compile(r"\b")


@lru_cache(maxsize=4096)
def _word_start_re(word: str) -> re.Pattern[str]:
    """`word` at the start of a word."""
    return re.compile(rf"\b{re.escape(word)}")


# `Ramos, who lives in Miami, ...`: `who` after a name makes it a person's (a body takes `which`).
WHO_AFTER = re.compile(r",?[ \t\u00a0]+who(?:[ \t\u00a0]|’|')")
PERSON_CUE = re.compile(r"[ \t\u00a0]+(?:told|said to|tells)[ \t\u00a0]+reporters\b")
# A surname followed by where its holder works (`Wee of the Times`).
SURNAME_AFFILIATED = re.compile(r"([A-Z][\w’'-]+) (?:of|from|at) (?:the )?[A-Z]")
# A person's name and the comma of an apposition, right before a source (`Josenrique Cueto, `).
APPOSED_TO = re.compile(r"\b([A-Z][a-z]+(?:[ \t\u00a0]+[A-Z]\.)?(?:[ \t\u00a0]+[A-Z][\w’'-]+){1,2}),[ \t\u00a0]+$")
# A citation that only a text-producing body fits when the name shows no person evidence.
CITED_AFTER = re.compile(r"[ \t\u00a0]+(?:reported|reports|has reported|first reported)\b")
# Endings of plural agent nouns (`Protesters`, `Analysts`, `Salafists`), not of company names
# (`Wikileaks`): a capitalised single word so ending, with no person evidence, is a group.
PLURAL_AGENT_ENDINGS = ("ers", "ists", "ants", "ents", "ians", "ors", "ees", "ics", "ives", "ites")
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
ROLE_HYPERNYMS = {k: frozenset(v) for k, v in _TYPES["role_hypernyms"].items()}
DOMAIN_SUFFIXES = tuple(_TYPES["domain_suffixes"])
OUTLET_HEADS = frozenset(_TYPES["outlet_heads"])
PROGRAMME_HEADS = frozenset(_TYPES["programme_heads"])


def channel_person(name: str, text: str) -> bool:
    """Whether a channel name that no gazetteer knows (`told Sean Hannity`, `in an interview with
    FOX Business Network's Maria Bartiromo`, `on Hugh Hewitt's radio show`) names a person, the
    interviewer or host, rather than a body: two to four capitalised words that type as a person
    (`name_type`) and open with a given name, or whose last word the text writes after a title
    (`Mr. Arad`), and whose last word heads no programme or newspaper (`Andrea Mitchell
    Reports`, `The Laura Ingraham Show`). Issue #15 / ANNOTATION.md entity types: a person is a
    person wherever named; typed a body here, the later `Hannity said` inherits the wrong type
    (en_type_census, round 27: 30 such names over BBC + PolNeAR train)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha()
                                           for w in words):
        return False
    last = words[-1].lower()
    if last in PROGRAMME_HEADS or last in OUTLET_HEADS or is_place(name) or name_type(words) != "person":
        return False
    return words[0].lower() in GIVEN_NAMES or titled_surname(text, words[-1])


def merge_sources(reg: EntityRegistry, keep: Entity, drop: Entity, result: list[Attribution]) -> None:
    """Fold `drop` into `keep` (`EntityRegistry.merge`) and re-point the sources of `result`
    that named `drop`, as the registry leaves to its caller: the one step of every join of a
    description to the person it names."""
    reg.merge(keep, drop)
    for a in result:
        if a.source is not None and a.source.entity == drop.id:
            a.source.entity = keep.id


def name_descriptions(text: str, result: list[Attribution], ctx: Context) -> None:
    """A role description that the article names elsewhere is that person, even when the name
    comes later (cataphora: "Austria's interior minister said ..." then "Interior Minister
    Wolfgang Peschorn"; "China's ambassador to Britain accused ..." then "China's ambassador to
    Britain Liu Xiaoming has said"): the description followed by a name, or its role words
    capitalised as a title before a name, join the description's entity to that person's,
    displayed under the person's name."""
    reg = ctx.registry
    # the description as the entity's name, or as an alias (`the Russian president`, the
    # entity being named `Russian president`)
    described = [(e, next(a for a in (e.name, *e.aliases) if _role_description(a)))
                 for e in reg.entities if e.type == "person"
                 and any(_role_description(a) for a in (e.name, *e.aliases))]
    # Each one costs a scan of the text: a bounded number keeps long inputs linear.
    merged: set[str] = set()
    for entity, description in described[:MAX_DESCRIBED]:
        if entity.id in merged:
            continue
        name = _name_after_role(text, description)
        if name is None:
            continue
        other = reg.find(name) or next((e for e in reg.entities if e is not entity and e.type == "person"
                                        and any(x == name or x.endswith(" " + name) for x in e.aliases)),
                                       None)
        if other is not None and other is not entity:
            merge_sources(reg, entity, other, result)
            merged.add(other.id)
        reg.set_name(entity, _without_titles(name))
    _join_introduced_names(text, result, ctx)
    _join_apposed_names(text, result, ctx)
    _join_described_outlet(text, result, ctx)
    join_named_body(text, result, ctx)


def join_named_body(text: str, result: list[Attribution], ctx: Context) -> None:
    """A body the article calls `the trust` before it names it `The Citizens' Independent
    Transportation Trust` (enC-miamitoday-1: the lead says `The trust spending more than $100
    million ... refused`, the name comes three paragraphs later) is one body: a bare definite
    head noun is the one body of the article whose proper name ends with that noun
    (ANNOTATION.md: a description is resolved to the organisation it refers to). Only the
    cataphoric case: a body named before the description may not be its referent (`ABN Amro
    ... following Deutsche Bank ... The bank said`, BBC business 2005: the bank is ABN Amro).
    Never when two named bodies end with the noun or the noun is a person's title."""
    reg = ctx.registry
    first: dict[str, int] = {}
    for a in result:
        if a.source is not None and a.source.entity is not None:
            first[a.source.entity] = min(first.get(a.source.entity, a.source.start), a.source.start)
    named: dict[str, list[Entity]] = {}
    for e in reg.entities:
        words = e.name.removeprefix("The ").split()
        if e.type in ("organization", "government") and len(words) > 1 and words[-1][:1].isupper() \
                and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words):
            named.setdefault(words[-1].lower(), []).append(e)
    if not named:
        return
    for e in list(reg.entities):
        forms = {a.lower() for a in (e.name, *e.aliases)}
        heads = {f.split()[1] for f in forms if len(f.split()) == 2 and f.split()[0] == "the"}
        if e.type == "person" or len(heads) != 1 or len(forms) != sum(
                1 for f in forms if f.split() == ["the", *heads]):
            continue  # not only `the trust` / `The trust`
        bodies = named.get(next(iter(heads)), [])
        if len(bodies) != 1 or bodies[0] is e or next(iter(heads)) in PERSON_TITLES or e.id not in first:
            continue
        name = bodies[0].name.removeprefix("The ")
        at = text.find(name)
        if 0 <= at < first[e.id]:
            continue  # named before: the description may be another body's (anaphora is coref's)
        merge_sources(reg, bodies[0], e, result)


# Lower-case words inside a body's proper name (`Bank of England`, `Department for Education`).
_NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "&"})


def _join_described_outlet(text: str, result: list[Attribution], ctx: Context) -> None:
    """An outlet the lead describes (`North Korea's official newspaper blasted South Korea`)
    and names soon after (`..., the Rodong Sinmun said in a commentary`) is one outlet: the
    first named outlet cited after the description, within `_OUTLET_NAMED_WITHIN`
    characters, with no other outlet cited between and its name not said before the
    description (cataphora in the inverted pyramid, as `_join_apposed_names` for people)."""
    reg = ctx.registry
    mentions = sorted((a.source.start, a.source.entity) for a in result
                      if a.source is not None and a.source.entity is not None)
    first: dict[str, int] = {}
    for at, eid in mentions:
        first.setdefault(eid, at)
    for entity in list(reg.entities):
        words = entity.name.split()
        # a modifier or possessor describes (`North Korea's official newspaper`); a bare `the
        # outlet` refers back instead
        if entity.type != "outlet" or entity.id not in first or len(words) < 3 \
                or words[-1].lower() not in OUTLET_NOUNS or words[-1][:1].isupper() \
                or not (words[0].lower() == "the" or any(w.endswith(("’s", "'s")) for w in words[:-1])):
            continue
        at = first[entity.id]
        later = [(o, eid) for o, eid in mentions if at < o <= at + _OUTLET_NAMED_WITHIN and eid != entity.id
                 and (e := reg.get(eid)) is not None and e.type == "outlet"]
        if not later:
            continue
        named = reg.get(later[0][1])
        bare = named.name.removeprefix("The ").removeprefix("the ") if named else ""
        if named is None or not bare or not bare.split()[-1][:1].isupper() or bare in text[:at] \
                or first[named.id] < at:
            continue
        merge_sources(reg, named, entity, result)


_OUTLET_NAMED_WITHIN = 1000  # characters from an outlet's description to its name

# Role nouns a description names a person by (`state intelligence chief nominee`).
_ROLE_NOUNS = PERSON_TITLES | {"nominee", "candidate", "official", "envoy", "negotiator", "spokesperson"}
_OPENING_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:[ \t\u00a0]+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}(?=,)")
_APPOSITION = re.compile(r",[ \t\u00a0]+([^,.;\n]{3,120})")
_LIGHT_WORDS = frozenset({"the", "a", "an", "of", "to", "for", "and", "in", "on", "at", "by", "with",
                          "who", "was", "is", "has", "had", "been", "named", "former", "formerly"})


def _join_apposed_names(text: str, result: list[Attribution], ctx: Context) -> None:
    """A role description (`South Korea's state intelligence chief nominee said`) whose next
    sentence opens with a full name not mentioned before and an apposition sharing a word of
    the role (`Kim Kyou-hyun, named to lead the National Intelligence Service, presented`) is
    that person: the lead describes, the next sentence names and glosses (cataphora across
    the lead, as `_join_introduced_names` for indefinite descriptions). The shared word keeps
    `the minister said. John Smith, an opposition MP, disagreed` apart."""
    reg = ctx.registry
    first: dict[str, int] = {}
    for a in result:
        if a.source is not None and a.source.entity is not None:
            first.setdefault(a.source.entity, a.source.start)
    for entity in list(reg.entities):
        words = entity.name.split()
        if entity.id not in first or len(words) < 2 or words[-1].lower() not in _ROLE_NOUNS \
                or not (words[0].lower() in ROLE_OPENERS or any(w.endswith(("’s", "'s")) for w in words[:3])) \
                or any(_proper_name(x) for x in entity.aliases if x.lower() not in DESCRIBED_NOTHING):
            continue
        nxt = _next_sentence(text, first[entity.id])
        while nxt < len(text) and text[nxt] in " \t\n\u00a0\"”’'":
            nxt += 1
        m = _OPENING_FULL_NAME.match(text, nxt)
        if m is None or name_type(m.group().split()) != "person" or m.group() in text[:nxt]:
            continue
        gloss = _APPOSITION.match(text, m.end())
        role = {w.lower() for w in words[1:] if len(w) > 3 and w.lower() not in _LIGHT_WORDS}
        if gloss is None or not role & {w.lower().strip("’'") for w in gloss.group(1).split()}:
            continue
        name = m.group()
        named = reg.find(name) or next((e for e in reg.entities if e is not entity and e.type == "person"
                                        and any(a in name.split() for a in (e.name, *e.aliases))), None)
        if named is None or named is entity or named.type != "person":
            continue
        merge_sources(reg, named, entity, result)
        if len(named.name.split()) < len(name.split()):
            reg.set_name(named, name)  # `Kim` is known by the full name the text gave it


def _join_introduced_names(text: str, result: list[Attribution], ctx: Context) -> None:
    """An indefinite description of a person (`A New York man`) whose next sentence opens with
    a person's full name not mentioned before is that person: the lead introduces, the next
    sentence names (the inverted-pyramid pattern of news writing). Only a description with
    no proper name of its own, and only the sentence right after its own."""
    reg = ctx.registry
    first: dict[str, int] = {}
    for a in result:
        if a.source is not None and a.source.entity is not None:
            first.setdefault(a.source.entity, a.source.start)
    starts = {a.source.start: a.source.entity for a in result
              if a.source is not None and a.source.entity is not None}
    for entity in list(reg.entities):
        words = entity.name.split()
        if entity.type not in ("person", "group", "unnamed") or len(words) < 2 \
                or words[0].lower() not in ("a", "an") or words[-1].lower() not in INTRODUCED_NOUNS \
                or any(_proper_name(x) for x in entity.aliases if x.lower() not in DESCRIBED_NOTHING) \
                or entity.id not in first:
            continue
        at = first[entity.id]
        nxt = _next_sentence(text, at)
        while nxt < len(text) and text[nxt] in " \t\n\u00a0\"”’'":
            nxt += 1
        named_id = starts.get(nxt)
        named = reg.get(named_id) if named_id else None
        if named is None or named is entity or named.type != "person" or first.get(named.id, -1) < nxt \
                or not _proper_name(named.name) or len(named.name.split()) < 2:
            continue
        merge_sources(reg, named, entity, result)


def _role_description(name: str) -> bool:
    """`Austria's interior minister`, `the Kremlin spokesman`, `China's ambassador to Britain`:
    opened by "the" or a possessive, closed by a role noun or the place the role is for."""
    words = name.split()
    return len(words) >= 2 and (words[0].lower() in ROLE_OPENERS or words[0].endswith(("’s", "'s"))) \
        and (words[-1].lower().strip(",.") in PERSON_TITLES or is_place(words[-1]))


# `the` and possessive pronouns: they open a role description (`her campaign manager`).
ROLE_OPENERS = frozenset({"the", "his", "her", "their", "its"})
# A name in apposition right after a role, closed by a comma or a lower-case word (`its
# spokesman, Nnamdi Omoni, the command said`; `..., Brigadier General Mohammed Yerima in a
# statement`): capitalised words, titles included, two to six.
_APPOSED_NAME = re.compile(r",[ \t\u00a0]+((?:[A-Z][\w.’'-]*[ \t\u00a0]+){1,5}[A-Z][\w’'-]+)"
                           r"(?=,|[ \t\u00a0]+([a-z]+))")


MAX_DESCRIBED = 200


ROLE_NAME = re.compile(r"[ \t\u00a0]+((?:[A-Z][a-z]+[ \t\u00a0]+){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _name_after_role(text: str, description: str) -> str | None:
    """The person name right after `description` (`China's ambassador to Britain Liu
    Xiaoming`), or after its role words in title case (`Interior Minister Wolfgang Peschorn`
    for `Austria's interior minister`), anywhere in the text."""
    core = description.split("’s ", 1)[-1].split("'s ", 1)[-1]
    if core.split()[0].lower() in ROLE_OPENERS:
        core = core.split(" ", 1)[-1]  # `her campaign manager` -> `campaign manager Dylan Lefler`
    role = " ".join(w[:1].upper() + w[1:] for w in core.split() if w.lower() not in ("the", "a"))
    for lead in (description, role, core):
        if len(lead.split()) < 1 or lead in (description, core) and len(lead.split()) < 2:
            continue
        for name in _names_after(text, lead):
            if not is_place(name) and name_type(name.split()) == "person":
                return name
    return None


def _names_after(text: str, lead: str) -> Iterator[str]:
    """The `ROLE_NAME` names right after each `lead` in `text`, left to right and not
    overlapping: what `re.finditer(re.escape(lead) + ROLE_NAME.pattern, text)` finds, without
    compiling a pattern per description (an article asks about dozens; `re`'s own cache of 512
    patterns overflows across a corpus, so each was compiled again on every article)."""
    at = text.find(lead)
    while at >= 0:
        m = ROLE_NAME.match(text, at + len(lead))
        if m is not None:
            yield m.group(1)
        at = text.find(lead, m.end() if m is not None else at + 1)


def lookup_outlet(ctx: Context, name: str) -> Outlet | None:
    """The gazetteer outlet called `name`, also without a leading "the" (told the BBC), and with
    a typographic apostrophe read as the gazetteer's straight one (`the People’s Daily`,
    `Barron’s`: most news pages print ’)."""
    name = name.strip()
    outlet = ctx.gazetteer.lookup(name)
    if outlet is None and "’" in name:
        return lookup_outlet(ctx, name.replace("’", "'"))
    if outlet is None and name[:4].lower() == "the ":
        outlet = ctx.gazetteer.lookup(name[4:])
    return outlet



# Words that open an unnamed source's phrase and are no part of its description.
_UNNAMED_OPENERS = frozenset({"a", "an", "the", "one", "two", "three", "four", "five", "several",
                              "some", "another", "other", "many", "multiple", "most", "few"})


def unnamed_description(surface: str) -> str | None:
    """The annotation guidelines' short description of an unnamed source: `a Japanese government
    official` -> `unnamed Japanese government official`, `Pentagon officials` -> `unnamed
    Pentagon officials` (its opening article or number dropped); None for a pronoun or a phrase
    that keeps nothing."""
    words = surface.split()
    while words and words[0].lower() in _UNNAMED_OPENERS:
        words = words[1:]
    if not words or len(words) == 1 and words[0].lower() in ("he", "she", "they", "it", "who", "which"):
        return None
    return "unnamed " + " ".join(words)

class Memo:
    """Answers that depend only on the sentence or the name, kept for one document: a
    sentence with many attributions (or a name mentioned often) is read once, not once per
    attribution."""

    def __init__(self, ctx: Context, own_outlet: str | None = None) -> None:
        self.ctx = ctx
        self._outlets: dict[str, Outlet | None] = {}
        self._facts: dict[tuple, Any] = {}
        # The outlet a dateline credits (`AUSTIN (KXAN) —`) is an outlet in its own article
        # even when the gazetteer does not know it: local stations and papers say `told KXAN`.
        if own_outlet:
            self._outlets[own_outlet] = Outlet(id=f"dateline:{own_outlet}", name=own_outlet)

    def outlet(self, name: str) -> Outlet | None:
        """`lookup_outlet(ctx, name)`, remembered."""
        if name not in self._outlets:
            self._outlets[name] = lookup_outlet(self.ctx, name)
        return self._outlets[name]

    def once(self, key: tuple, compute: Callable[[], T]) -> T:
        """`compute()` the first time `key` is asked for, the same answer afterwards."""
        if key not in self._facts:
            self._facts[key] = compute()
        return self._facts[key]


# A person name mentioned in running text: two or three capitalised words (Hillary Clinton,
# Dmitry S. Peskov), used as antecedents for pronouns and surnames.
# Within one line only: a heading ending in a place and the next line's first word are no
# name ("Kenya\nHe", "Washington\nNine", issue #15).
# A capitalised word, with an inner capital (`McCain`, `DeSantis`) or a hyphen (`Jean-Claude`),
# in Latin letters with diacritics too (`Ilia Calderón`, `José`, `Erdoğan`: Latin-1 and
# Latin Extended-A, whose upper and lower cases alternate within one range).
_UP, _LOW = "A-ZÀ-ÖØ-Þ\u0100-\u017f", "a-zß-öø-ÿ\u0100-\u017f"
_NAME_WORD = rf"[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?"
NAME_RE = re.compile(rf"\b{_NAME_WORD}(?:[ \t\u00a0]+[A-Z]\.)?(?:[ \t\u00a0]+{_NAME_WORD}){{1,2}}\b")


# Capitalised words that open a sentence without being part of the name after them
# ("Now Assange", "But Trump").
NAME_OPENERS = frozenset({
    "the", "a", "an", "and", "but", "or", "so", "yet", "now", "then", "when", "while", "if", "as",
    "after", "before", "since", "in", "on", "at", "for", "from", "with", "by", "to", "of", "this",
    "that", "these", "those", "there", "here", "meanwhile", "however", "still", "also", "last",
    "next", "earlier", "later", "both", "each", "every", "some", "many", "most", "former", "mr",
    "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "asked", "speaking", "according", "unlike", "like", "despite", "during", "under"})


OWNED_PREFIX = re.compile(r"^[A-Z][\w.&]*-(?:owned|based|backed|led|run|controlled|funded|published)\s+")


def _without_titles(name: str) -> str:
    """The proper name without the titles before it (`President Barack Obama` -> `Barack
    Obama`; `Secretary of State Mike Pompeo` -> `Mike Pompeo`), or the name itself."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and (words[k].lower().strip(",.") in PERSON_TITLES
                                  or k == 0 and words[k].lower() in PERSON_DESCRIPTIONS
                                  and words[k][:1].isupper()  # `Singer Bruce Springsteen` (BBC 2005)
                                  or k == 0 and words[k] == "Executive"  # `Chief Executive Satya Nadella`
                                  or words[k].endswith(".") and words[k].lower().strip(",.") in TITLE_ABBREVIATIONS
                                  or words[k].lower() in ("of", "state", "the", "u.s.", "us")):
        k += 1
    if k and words[k][:1].isupper():
        rest = " ".join(words[k:])
        # `The Housing Minister Margaret Beckett`: a title further on still goes
        return _without_titles(rest)
    # `Interior Minister Wolfgang Peschorn`, `CNN's chief medical correspondent Dr. Sanjay
    # Gupta`: the capitalised words after the last title
    last = max((i for i, w in enumerate(words[:-1]) if w.lower().strip(",.") in PERSON_TITLES),
               default=None)
    if last is not None and all(w[:1].isupper() for w in words[last + 1:]) \
            and not any(w.lower() in ("for", "to") for w in words[:last]):
        return " ".join(words[last + 1:])  # not `A spokesman for House Speaker John Boehner`
    return _after_role_phrase(words) or name


# Words that open a clause or a question before a name and are never part of one (`Though
# Bush's campaign has languished`, `Does Rubio, like Tilton, oppose`, `Without Scalia, it's
# still the Kennedy Court`: PolNeAR train), besides NAME_OPENERS.
_CLAUSE_OPENERS = frozenset({"though", "although", "does", "did", "do", "is", "was", "were", "are", "has",
                             "had", "what", "without", "following", "certainly", "whether", "why", "how",
                             "where", "once", "until", "unless", "because", "neither", "nor", "against",
                             "about", "amid", "among", "through", "within", "perhaps", "indeed", "instead",
                             "only", "even", "not", "can", "could", "should", "would", "absent"})

# Premodifiers that set one member of a family apart from another (`the younger Mr. Trump`).
_KIN_PREMODIFIERS = frozenset({"younger", "elder", "older", "junior", "senior", "late", "son", "daughter",
                               "wife", "husband", "brother", "sister", "father", "mother"})

# Words that join or set apart the names of a list (`Neither Cruz nor Christie`).
_LIST_WORDS = frozenset({"nor", "neither", "either", "but", "except", "not", "vs", "versus", "plus", "&"})

# Titles an honorific addresses as an office (`Mr President`, `Madam Speaker`), not a surname.
_ADDRESSED_TITLES = frozenset({"president", "speaker", "chairman", "chairwoman", "chair", "secretary",
                               "ambassador", "mayor", "minister", "governor", "justice", "commissioner",
                               "chancellor", "deputy", "premier", "vice"})

# Lower-case words that end no role before a name: what follows them is their object or a list.
_NOT_ROLE_ENDS = _PREPOSITIONS | {"and", "or", "the", "a", "an", "his", "her", "their", "its", "as",
                                  "than", "like", "against", "including", "named", "called"}


def _after_role_phrase(words: list[str]) -> str | None:
    """The given name and surname closing a role phrase that no title list knows (`Qantas chief
    executive Geoff Dixon`, `Man-of-the-match Damien Duff`, BBC 2004-05): the closing run of
    capitalised words is the person's name when a lower-case role word stands right before it.
    Issue #15: one person is one entity, whatever role a mention puts before the name. Not when
    a preposition or conjunction joins the role to the name or opens the phrase's object (`A
    spokesman for House Speaker John Boehner` is the spokesman), and not for a one-word run,
    which may be a body (`the rugby club Falcons`)."""
    k = len(words)
    while k > 0 and all(part[:1].isupper() for part in words[k - 1].split("-")):
        k -= 1  # `Sven-Goran` is a name; `Man-of-the-match` is a role
    run = words[k:]
    if k == 0 or not 2 <= len(run) <= 3 or not all(w.isalpha() or w.endswith(".") for w in run):
        return None
    role = words[k - 1].lower()
    if not role.replace("-", "").isalpha() or role in _NOT_ROLE_ENDS \
            or role.split("-")[-1] in _NOT_ROLE_ENDS or role.endswith(("’s", "'s")):
        return None
    if any(w.lower().strip(",") in ("for", "to", "of", "and", "with", "by") for w in words[:k]) \
            or any(w.endswith(",") for w in words[:k]):
        return None  # `lawyer for Mr Smith`, `wife of Prince Charles`: the role is another person's
    if name_type(run) != "person" or run[0].lower().rstrip(".") in PERSON_TITLES:
        return None
    return " ".join(run)


# Lower-case nouns that describe a company or body before its name (`the private equity firm
# Alden Capital`, `retail giant Walmart`), besides the organisation words of entity_types.json.
BODY_NOUNS = frozenset({"firm", "giant", "utility", "brokerage", "maker", "retailer", "startup", "start-up", "automaker",
                        "carmaker", "carrier", "airline", "insurer", "lender", "chain", "brand", "developer",
                        "publisher", "conglomerate", "manufacturer", "operator", "provider", "charity",
                        "nonprofit", "non-profit", "broker", "supplier", "distributor",
                        # `Amnesty International ... The organization believes` (en-panarmenian-1)
                        "organization", "organisation"})


def _described_body(head: str) -> tuple[str, int] | None:
    """The name closing a description of a company or body (`The private equity firm Alden
    Capital` -> Alden Capital), with its offset in `head`, when the name itself is typed a body
    (an organisation word ends it, or it is one capitalised word); None otherwise."""
    words = head.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    if k == 0 or k == len(words) or words[k - 1].lower() not in BODY_NOUNS | ORG_WORDS:
        return None
    for w in words[:k]:
        low = w.lower().strip(",")
        if w.endswith(",") or low in _PREPOSITIONS or low == "and" or low in PERSON_TITLES \
                or low in PERSON_DESCRIPTIONS or w[:1].isupper() and low not in ("the", "a", "an") \
                and not w.endswith(("’s", "'s")):
            return None  # `Sarah Warbelow, legal director for the gay rights group ...`: a person
    name = words[k:]
    if len(name) > 1 and name_type(name) not in ("organization", "government"):
        return None
    return " ".join(name), len(" ".join(words[:k])) + 1


def _proper_name(name: str) -> bool:
    """A person's name (`Mr. Obama`, `MSNBC host Chris Matthews`), not a common noun phrase
    (`Few people`, `a number of tax experts I`) or a coordination: it ends with a capitalised
    word other than `I`."""
    words = re.sub(r"\s*\([^()]*\)", "", name).split()  # `Stephen Lynch (D-Mass.)`
    return bool(words) and "and" not in words and words[-1][:1].isupper() and words[-1] != "I"


# A person's name followed by where they work (`... Jennifer Mattinson from the West Mercia
# police`, `Dr Sarah Jones of the University of Oxford`): the name is the person's.
_AFFILIATION = re.compile(r"(?P<name>.*?\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+) (?:from|of|at) "
                          r"(?:the )?[A-Z]")


def _head_name(surface: str) -> str:
    """The part of a source that names it: before the first comma (`Dmitry Peskov, the Kremlin
    spokesman`), or the name after a description that ends in a lower-case role noun
    (`Carlineo's attorney, Sonya Zoghlin`; `The Kremlin spokesman, Dmitry Peskov,`: the
    person, not the holder of the possessive, issue #11)."""
    parts = [p.strip() for p in surface.split(",")]
    head = parts[0]
    # `The leader of the Anti-Defamation League, Jonathan Greenblatt`: a role whose head noun
    # (before its `of`/`for`) is a person's, though a capitalised body closes it
    role = len(head.split()) > 2 and head.split()[0].lower() in ("the", "a", "an") \
        and common_type([w.lower().strip(",.") for w in head.split()[1:]]) == "person"
    if len(parts) > 1 and head.split() and (head.split()[-1][:1].islower() or role):
        name = parts[1].split()
        if 2 <= len(name) <= 4 and all(w[:1].isupper() for w in name):
            return parts[1]
        if len(name) == 1 and name[0].lower() in GIVEN_NAMES:
            return parts[1]  # `her mother, Fiona,`: a first name alone names the person too
        tail = []  # `another official, former adviser John Smith`: the name ending the role
        if name and (name[0].lower().endswith("ed") and len(name) > 1 and name[1].lower() in _PLACE_PREPOSITIONS
                     or name[0].lower() in _PLACE_PREPOSITIONS):
            name = []  # `Her lawsuit, filed in ... San Francisco`: a place, not a name (BBC 2004)
        if name and name[0].lower() in _RELATIVE_PRONOUNS:
            name = []  # `The minister, who is also the member for Kikori Open Electorate,` (enM-rnz-1)
        for w in reversed(name):
            if not w[:1].isupper():
                break
            tail.insert(0, w)
        if 2 <= len(tail) <= 3 and len(tail) < len(name):
            return " ".join(tail)
    words = head.split()
    relative = next((m for m, w in enumerate(words) if w.lower() in ("who", "whose")), None)
    if relative and all(w[:1].isupper() for w in words[:relative]) \
            and words[0].lower() not in _NOT_NAME_OPENERS \
            and not (relative == 1 and words[0].endswith("s")):  # `Supporters who`: a plural
        # `Omoni who issued the statement on behalf of the state's Commissioner of Police`
        # (enO-channelstv-1): a name and its relative clause with no comma; the name names him
        return " ".join(words[:relative])
    affiliated = _AFFILIATION.match(head)
    if affiliated and not affiliated.group("name").startswith(("The ", "the ")) \
            and affiliated.group("name").split()[-1].lower() not in _BODY_HEADS:
        # `chief inspector Jennifer Mattinson from the West Mercia police`: the person
        return affiliated.group("name")
    return head


# Capitalised words opening a sentence that name no one before a relative clause (`Anyone who
# has ever been involved ... will tell`, en-cnet-1; `Those who`, `The man who`; `Another Muslim
# who worshiped ...`, PolNeAR train).
_NOT_NAME_OPENERS = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody",
                               "no", "none", "those", "people", "one", "the", "a", "an", "many",
                               "some", "all", "few", "others", "he", "she", "they", "we", "i", "you",
                               "another", "other", "any", "each", "every", "this", "that", "these",
                               "both", "most", "several", "such"})
# A relative clause after a role describes it further; the capitalised words closing it
# (`the member for Kikori Open Electorate`) name no one.
_RELATIVE_PRONOUNS = frozenset({"who", "whose", "whom", "which", "that"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "from", "near", "outside", "inside", "across"})
# Head nouns of a description whose apposed name is a body's (`The group ..., Big Machine`).
_BODY_DESCRIPTIONS = frozenset({"group", "company", "firm", "label", "organisation", "organization",
                                "charity", "corporation", "startup", "start-up", "agency", "publisher",
                                "studio", "retailer", "bank", "carrier", "airline", "manufacturer", "club"})


# Common nouns of a body written right before its name (`football club Real Madrid`, `US
# insurance firm Marsh`, `record label Big Machine`).
_BODY_NOUN_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_BODY_DESCRIPTIONS, key=len, reverse=True)) + r")[ \t\u00a0]+$")


def _body_noun_before(text: str, at: int) -> bool:
    """Is the name starting at `at` written right after a lower-case body noun (`football club
    Real Madrid`), not after a title or a person's noun (`company spokesman John Smith`)?"""
    return _BODY_NOUN_BEFORE_NAME.search(text, max(0, at - 20), at) is not None


# Heads of bodies that take `of` (`Bank of England`, `Secretary of State`), with every
# organisation and government word: no person's name ends with one.
_BODY_HEADS = ORG_WORDS | {"bank", "university", "state", "secretary", "minister", "council",
                           "court", "house", "chamber", "board", "bureau", "agency", "commission",
                           "federation", "republic", "kingdom", "union", "league", "church",
                           "museum", "college", "school", "academy", "society", "institute"}


def _principal(before: str) -> bool:
    """Whether the name after `before` is whom the source works for, not the source (`A
    spokesperson for Senator Elizabeth Warren`, `an aide to President Joe Biden`): a preposition
    (over titles) right before it."""
    words = before.split()
    while words and (words[-1].lower().strip(",.") in PERSON_TITLES or words[-1].lower() in ("u.s.", "us")):
        words.pop()
    return bool(words) and words[-1].lower() in ("for", "to", "of")


def _conjuncts(head: str) -> list[str]:
    """The names of a coordination of capitalised names (`ABC News and Politifact`,
    `Trump and US Trade Representative Robert Lighthizer`), or [] for anything else (`Johnson &
    Johnson`, `Procter and Gamble` stay whole: a one-word side is part of a company name)."""
    for joint in (" and ", " & "):
        if joint in head:
            left, _, right = head.partition(joint)
            sides = [left.strip(), right.strip()]
            if all(side[:1].isupper() and "," not in side for side in sides) \
                    and (len(left.split()) > 1 or len(right.split()) > 1):
                return sides
    return []


# Words opening the plural side of `Hansen and his collaborators`, `Trump and other Republicans`.
_COMPANY_OPENERS = frozenset({"his", "her", "their", "its", "other", "others", "several", "some",
                              "many", "fellow"})


def _with_company(head: str) -> bool:
    """A name coordinated with a plural description (`Hansen and his collaborators`, `Trump and
    other Republicans`, `Republican Gov. Eric Holcomb and leaders of the GOP-dominated
    Legislature`, enC-detroitnews-1): a group, not the named person."""
    left, joint, right = head.partition(" and ")
    if not joint or not left[:1].isupper() or "," in left or not right.split():
        return False
    if len(left.split()) == 1 and titled_name_side(right):
        return False  # `Work and pensions minister Alan Johnson`: the `and` is inside the title
    first = right.split()[0]
    return first.lower() in _COMPANY_OPENERS or _plural_common_noun(first)


def titled_name_side(side: str) -> bool:
    """Whether `side` is a lower-case role with a person title closed by a name (`pensions
    minister Alan Johnson` after `Work and`, BBC 2005): the coordination joins the words of the
    title (`Work and pensions minister`), and the phrase names one person (issue #15: one
    person one entity), not a group with company."""
    words = side.split()
    if not words or words[0].lower() in _COMPANY_OPENERS | {"the", "a", "an"}:
        return False  # `The player himself and his captain Jason Robinson`: two people
    last = max((k for k, w in enumerate(words[:-1]) if w.lower().strip(",.") in PERSON_TITLES), default=None)
    return last is not None and all(w[:1].islower() for w in words[:last + 1]) \
        and all(w[:1].isupper() for w in words[last + 1:])


def _unmarked_person(entity: Entity) -> bool:
    """Whether a person-typed entity has nothing of a person: no given name opening any of its
    names, no person's title, no honorific and no `he`/`she` taking it up (`Southcorp`,
    `Lycos Europe`: typed person only by default)."""
    names = [entity.name, *entity.aliases]
    if not entity.name[:1].isupper() or any(a.lower() in ("he", "she", "him", "her", "his", "hers", "i") for a in names):
        return False  # a description (`response-time figures gathered by Netcraft`) is no name
    for name in names:
        words = [w.lower().strip(".,") for w in name.split()]
        if not words or words[0] in GIVEN_NAMES or words[0] in HONORIFICS \
                or any(w in PERSON_TITLES for w in words):
            return False
    return True


def _several_people(entity: Entity) -> bool:
    """Whether an entity's name is a quantifier and a plural (`quantified_plural`): several
    people, whatever type the entity was given."""
    words = entity.name.split()
    return quantified_plural(words, [w.lower().strip(",.") for w in words])


# `-s` words that are no plurals (`the news`, `a series`), whose `it` agrees in number.
_SINGULAR_IN_S = frozenset({"news", "series", "means", "headquarters", "politics", "economics", "species",
                            "physics", "athletics", "olympics", "whereabouts", "mathematics", "electronics",
                            "statistics", "logistics", "ethics", "works", "barracks", "crossroads"})
_PLURAL_PEOPLE = frozenset({"people", "men", "women", "children"})
# `and` before a name or another party (`Trump and other Republicans`, `Donald Trump and House
# Speaker Paul Ryan`), not inside one description (`The news and financial data seller`)
_JOINED_PARTY = re.compile(r"\band[ \t\u00a0]+(?:[A-Z]|(?:other|others|his|her|their|its|the)\b)")
# Words after a description's head noun that close it (`figures gathered by Netcraft`,
# `reports detailing ...`, `supporters of ...`): its number is the head's.
_HEAD_CLOSERS = _PREPOSITIONS | {"who", "whom", "whose", "which", "that", "and", "or", "as", "like"}


def description_head(name: str) -> str:
    """The head noun of a description: the last word before its first preposition, relative
    pronoun, conjunction or participle (`response-time figures gathered by Netcraft` ->
    `figures`, `numerous reports detailing` -> `reports`, `Sanders’ California supporters`
    -> `supporters`); a possessive ending comes off."""
    words = name.split()
    kept: list[str] = []
    for i, word in enumerate(words):
        low = word.lower().strip(",.;:")
        if i and (low in _HEAD_CLOSERS or word.islower() and len(low) > 4 and low.endswith(("ing", "ed"))
                  and _plural_common_noun(kept[-1].lower())):
            break  # a participle after a plural closes it; before a noun it modifies (`elected leaders`)
        kept.append(word.strip(",.;:"))
    head = kept[-1] if kept else ""
    return head.removesuffix("’s").removesuffix("'s")


def it_disagrees(entity: Entity) -> bool:
    """Whether `it` cannot stand for `entity` (number and animacy agreement, Lappin & Leass
    1994): none of its names agrees (`_it_disagrees_name`). An entity shown as `Insurers` that
    the text also names `The Association of British insurers` is one body, which `it` may take
    up (BBC business 2004); a pronoun alias decides nothing."""
    if not _it_disagrees_name(entity, entity.name):
        return False
    return all(_it_disagrees_name(entity, alias) for alias in entity.aliases
               if alias.lower() not in DESCRIBED_NOTHING and alias.lower() not in PRONOUN_CASES)


def _it_disagrees_name(entity: Entity, name: str) -> bool:
    """Whether `name` of `entity` is one that `it` cannot stand for: a plural description
    (`analysts`, `Some security experts`, `response-time figures gathered by Netcraft`,
    `numerous reports detailing`), a group of parties joined by `and` (`Trump and other
    Republicans`), or one person the description gives a gender (`his father`). A body
    (organisation, government, outlet) agrees whatever its noun's number (`Venezuelan
    authorities ... which it says`, BBC business 2005). A capitalised head is a name (`Reuters`,
    `The Times`), never taken as plural, unless it is a group's one-word name (`Creditors`)."""
    if entity.type in _BODY_TYPES:
        return False
    words = name.split()
    if quantified_plural(words, [w.lower().strip(",.") for w in words]):
        return True
    if entity.type == "group" and _JOINED_PARTY.search(name) is not None:
        return True
    if entity.type in ("group", "unnamed") and description_gender(name) is not None:
        return True
    head = description_head(name)
    if entity.type == "group" and name.startswith(head) and head[1:].islower():
        head = head.lower()  # `Creditors`, `Campaigners`: a plural opening its sentence
    if not head.islower() or head in _SINGULAR_IN_S:
        return False
    return head in _PLURAL_PEOPLE or _plural_common_noun(head)


def _clearly_person(entity: Entity) -> bool:
    """Whether the text marks a person-typed entity as a person: `he`/`she` takes it up, or one
    of its names holds a given name, an honorific or a capitalised title (`Hillary Clinton`,
    `President Clinton`; not `Market leader Nintendo`, whose `leader` is lower case)."""
    names = [entity.name, *entity.aliases]
    if any(a.lower() in ("he", "she", "him", "her", "his", "hers") for a in names):
        return True
    for name in names:
        for w in name.split():
            low = w.lower().strip(".,")
            if w[:1].isupper() and (low in GIVEN_NAMES or low in HONORIFICS or low in PERSON_TITLES):
                return True
    return False


def _title_premodified(entity: Entity) -> bool:
    """Whether a person-typed entity's capitalised name holds a title only in lower case before
    its one proper word (`Market leader Nintendo`, BBC tech 2004: `leader` describes the firm)
    and nothing else of a person: with `_clearly_person` false, a lower-case role noun is the
    only thing that kept `_unmarked_person` from calling it a body (en_type_census, round 27)."""
    names = [entity.name, *entity.aliases]
    return entity.name[:1].isupper() and not _clearly_person(entity) \
        and not any(a.lower() in ("i", "me", "my") for a in names)


def _one_word_name(name: str) -> bool:
    """Whether the proper name ending `name` is one capitalised word after lower-case words
    (`Australian winemaker Southcorp`, `Southcorp`)."""
    words = name.split()
    return len(words) == 1 or words[-1][:1].isupper() and words[-2][:1].islower()


def _unmarked_name(words: list[str]) -> bool:
    """Whether a capitalised name has nothing of a person's: no given name first, no title,
    no honorific, no day or month (`Phytopharm`, `Lycos Europe`; not `Jose Mourinho`)."""
    low = [w.lower().strip(".,") for w in words]
    return bool(low) and low[0] not in GIVEN_NAMES and low[0] not in HONORIFICS \
        and not any(w in PERSON_TITLES or w in _CALENDAR for w in low)


def _plural_common_noun(word: str) -> bool:
    """A lower-case plural noun opening a phrase (`leaders`, `officials`, `colleagues`), not a
    verb form or an adverb (`-ss`, `-us` and `-is` words are singular: `boss`, `status`)."""
    return word.isalpha() and word.islower() and len(word) > 3 and word.endswith("s") \
        and not word.endswith(("ss", "us", "is"))


# The heads of a description that names a company (never a government nor a person's role):
# BODY_NOUNS without the bodies that may be public (`organisation`, `charity`), and `company`.
COMPANY_NOUNS = (BODY_NOUNS - {"organization", "organisation", "charity", "nonprofit", "non-profit",
                               "developer", "publisher", "operator", "provider", "brand"}) \
    | {"company", "corporation", "airline", "carmaker"}

# `the source(s)` refers back to an unnamed source named by one of these nouns, of its number.
_PLURAL_UNNAMED = frozenset({"people", "persons", "officials", "sources", "diplomats", "executives",
                             "insiders", "aides"})
_SINGULAR_UNNAMED = frozenset({"person", "official", "source", "diplomat", "executive", "insider", "aide"})
UNNAMED_NOUNS = {"sources": _PLURAL_UNNAMED, "source": _SINGULAR_UNNAMED}


# Titles used with a given name alone (`Sir Keir`, `Dame Sally`).
KNIGHTED = frozenset({"sir", "dame"})


# Pronoun aliases say nothing about a head noun.
OTHER_GENDER = {"m": "f", "f": "m"}
# Plural nouns after `both` / `the two` that stand for the last two persons or bodies named.
# Only nouns that say nothing of a role (`the two lawmakers` must hold that role, which recency
# alone does not tell): `men`/`women` ask for that gender.
PAIR_NOUNS = {"men": "m", "women": "f", "sides": "body", "countries": "body", "nations": "body",
              "governments": "body"}
# Lower-cased particles that open a surname (`Van Voorhis`, `de Blasio`, `al-Assad`).
SURNAME_PARTICLES = frozenset({"van", "von", "de", "del", "della", "di", "da", "du", "le", "la",
                               "al", "el", "bin", "ben", "mac", "st.", "st", "ter", "ten", "dos"})
# Object and possessive forms of the third-person pronouns, read as their subject form:
# `According to him`, `his claim that ...`, `her statement` name the antecedent `he`/`she`
# would. (First and second person stay as they are: inside a quotation `me`, `our` are the
# quoted speaker, not the latest source.)
PRONOUN_CASES = {"him": "he", "his": "he", "her": "she", "hers": "she", "them": "they",
                 "their": "they", "its": "it",
                 # an emphatic reflexive read as the source (`X has himself dismissed the
                 # notion`) stands for what its personal pronoun would
                 "himself": "he", "herself": "she", "themselves": "they", "itself": "it"}
# Subject pronouns of a gender, outside quotation: a name after one in its sentence is no subject.
# A sentence opening with the question put to its subject (`When asked if ...,`, `Asked about
# ...,`, `After being asked whether ...,`): the names in it are not that subject.
# One fronted phrase closed by a comma before a sentence's subject (`Even in the House,`).
_FRONTED_PHRASE = re.compile(r"[A-Z][^,;:.!?\"“”]{0,50},")
_TRAILING_TITLE = re.compile(r"\s*\b[A-Z][a-z]{1,4}\.$")  # `Mr.` before the possessor
_ASKED_OPENING = re.compile(r"[\s\"“‘']*(?:(?:[Ww]hen|[Oo]nce|[Aa]fter being|[Oo]n being|[Ww]hile being)[ \t\u00a0]+)?"
                            r"[Aa]sked\b[^;:.!?\"“”]*")
_CHAIN_PRONOUNS = {"m": re.compile(r"\b[Hh]e\b"), "f": re.compile(r"\b[Ss]he\b")}
# Nothing but one quotation and a verb of saying before a postposed source (`"...," said `).
_QUOTE_THEN_CUE = re.compile(r"\s*[\"“][^\"“”]*[\"”]\s*,?\s*(?:said|says|added|adds|explained|continued|"
                             r"insisted|stressed|admitted|noted)\s+")
# A lower-case role noun right before a closing capitalised surname (`captain Moore`).
# Family and working relations a possessive may own (`his wife`, `Trump's lawyer`): persons.
RELATIVE_NOUNS = frozenset({"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
                            "lawyer", "attorney", "partner", "friend", "family", "widow", "child",
                            "children", "parents", "staff", "team", "campaign", "spokesman",
                            "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisers"})


# Nationalities not formed by `_demonym`'s endings (`French`, `Turkish`): a role they modify
# (`The French president`) belongs to someone the text ties to that country.
IRREGULAR_DEMONYMS = frozenset({"French", "British", "English", "Dutch", "Spanish", "Swiss", "Turkish",
                                "Polish", "Irish", "Scottish", "Welsh", "Greek", "Thai", "Danish",
                                "Swedish", "Finnish", "Kurdish", "Czech", "Slovak", "Iraqi", "Saudi",
                                "Kuwaiti", "Qatari", "Emirati", "Filipino", "Uzbek", "Kazakh", "Afghan"})


# What may open a sentence before a role description that re-names the previous subject:
# a participial or prepositional phrase closed by a comma (`Speaking in the Commons,`).
_ADVERBIAL_OPENING = re.compile(r"[\s\"“”'‘’]*(?:(?:[A-Z][a-z]+ing|In|At|On|Later|Earlier|Meanwhile|However|"
                                r"Separately|Asked)\b[^,;:\"“”.]{0,60},)?[\s\"“”'‘’]*")
# A quotation closed by a comma or a question or exclamation mark, then its frame.
_CLOSED_QUOTE = re.compile(r"[,?!][\"”][ \t\u00a0]*")
# Before the subject name of a sentence: capitalised words only (titles, a nationality), or
# a quotation closed by its comma (`"...," Lavrov stated`).
_TITLE_PREFIX = re.compile(r"[\s\"“”'‘’]*(?:[A-Z][\w.’'-]*[ \t\u00a0]+)*")
_QUOTE_PREFIX = re.compile(r"[\s]*[\"“][^\n]*[,?!][\"”][ \t\u00a0]*")
# A dateline heading a lead, up to its dash: `Tokyo, Aug. 8 (Jiji Press)--`, `LONDON (Reuters) - `,
# `GENEVA — ` (the subject follows it).
_DATELINE_DASH = re.compile(r"[^\n]{0,60}?(?:\)[ \t\u00a0]*(?:--|[—–-])|[ \t\u00a0](?:--|[—–]))[ \t\u00a0]*")
# A person's name (two or three capitalised words) followed, without a comma, by a lower-case
# role and its `of`/`for`/`at` phrase: `Nuzhat Sadiq chairperson of senate’s foreign affairs
# committee`.
NAME_THEN_ROLE = re.compile(r"(?P<name>[A-Z][a-z]+(?:[ \t\u00a0]+[A-Z][a-z]+){1,2})[ \t\u00a0]+"
                            r"(?P<role>[a-z]+)[ \t\u00a0]+(?:of|for|at)[ \t\u00a0]")
_ROLE_THEN_SURNAME = re.compile(r"\b([a-z][a-z-]+)[ \t\u00a0]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")
TRAILING_NAME = re.compile(r"\b([A-Z][a-z]+)[ \t\u00a0]+([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)$")
# A definite description of an unnamed source whose lower-case head comes before the place or
# body that capitalises it (`The nameless source at the Hillbrow SAPS`): group 1 is the head. A
# participle or relative after the head restricts it to someone new (`The administration
# officials vetting Fed candidates`, en-reuters-5).
UNNAMED_HEAD = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)(?:[ \t\u00a0]+[a-z][\w-]*)*?[ \t\u00a0]+"
                          r"(sources?|officials?|insiders?|people|person)"
                          r"(?=[ \t\u00a0]+(?:at|in|of|from|within|inside|with|close[ \t\u00a0]+to)\b)")
INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # `U.S`, `D.C` before their final stop
SENTENCE_END = re.compile(r"[.!?](?=[\"”’']?\s)|\n")
AGREEMENT_WINDOW = 1500
ROLE_WINDOW = 400  # characters after a named speaker within which `the party leader` is them  # characters a pronoun looks back for a name of its gender
SALIENT = 50  # descriptions look back over this many recent sources per pool (bounded cost)
# Titles of address, which any person may carry: no office that excludes another.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "miss", "dame", "lady", "madam"})
# `The President`, `The Prime Minister`, `The President of Sri Lanka`: a capitalised title, alone
# or with the place it is held in (Coreference.title_holder).
_TITLE_OF_PLACE = re.compile(r"[Tt]he (?P<title>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                             r"(?: of (?P<place>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}))?")


DESCRIBED_NOTHING = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which"})


# Descriptions that only a person fits (`The Wikileaks founder`); titles are in PERSON_TITLES.
DETERMINERS_AFTER_AND = frozenset({"the", "a", "an", "his", "her", "their", "its"})
PERSON_DESCRIPTIONS = frozenset({"founder", "co-founder", "businessman", "businesswoman",
                                 "billionaire", "mogul", "author", "host", "man", "woman",
                                 # occupations of entertainment, sport, science and business news
                                 # (`said the actor`, `the star added`): only a person fits
                                 "actor", "actress", "singer", "rapper", "musician", "comedian",
                                 "star", "player", "athlete", "striker", "quarterback", "boxer",
                                 "golfer", "artist", "filmmaker", "novelist", "writer", "scientist",
                                 "physician", "doctor", "astronaut", "entrepreneur", "investor",
                                 "historian",
                                 # sport and the arts in British and wire copy (`The Sydney Olympic
                                 # gold medallist says`, `said the giant winger`: BBC 2004-05)
                                 "medallist", "medalist", "champion", "sprinter", "swimmer",
                                 "cyclist", "winger", "defender", "midfielder", "goalkeeper",
                                 "full-back", "fly-half", "batsman", "bowler", "jockey", "presenter",
                                 "columnist", "composer", "dancer", "agent",
                                 "playwright", "pianist", "guitarist", "drummer", "veteran"})


# Words of an apposition that only a person fits, and cues only people take.
PERSON_APPOSITION = PERSON_TITLES | PERSON_DESCRIPTIONS | {
    "himself", "herself", "wife", "husband", "son", "daughter", "mother", "father", "brother",
    "sister", "veteran", "resident", "student", "he", "she", "his", "her"}
# Epithets: nouns news names the subject it has just named by again (`The Wasps wing insisted`
# after `England's Josh Lewsey has claimed`), and nationality nouns of one person that
# `_demonym` does not form (`the Scot`, `The 55-year-old Frenchman`): `entity_types.json`.
EPITHETS = frozenset(_TYPES["epithets"])
DEMONYM_NOUNS = frozenset(_TYPES["demonym_nouns"])
# The lower-case role nouns a subject's title may be made of (`_role_prefix`), built once.
_PREFIX_ROLES = PERSON_TITLES | PERSON_DESCRIPTIONS | EPITHETS
# The heads each role noun names back besides itself (`entity_types.json` gender_neutral_roles):
# `spokesperson` <-> `spokesman`/`spokeswoman`, never `spokesman` <-> `spokeswoman`.
_ROLE_FORMS: dict[str, frozenset[str]] = {
    **{neutral: frozenset(gendered) for neutral, gendered in _TYPES["gender_neutral_roles"].items()},
    **{form: frozenset({neutral}) for neutral, gendered in _TYPES["gender_neutral_roles"].items()
       for form in gendered}}


def _same_role_heads(noun: str) -> frozenset[str]:
    """The heads an earlier mention may have for a description closed by `noun` to name it
    again (Vieira & Poesio 2000's same-head rule): `noun` itself, and for a role the gendered or
    neutral form of the same role (`the spokesman reiterated` after `the spokesperson added`,
    enT-pakistantoday-1), not the other gender's."""
    return _ROLE_FORMS.get(noun, frozenset()) | {noun}


# Capitalised words that open a two-word nationality (`the New Zealander`, `The Northern Irishman`).
_NATIONALITY_OPENERS = frozenset({"New", "Northern", "North", "South"})


def _nationality_headed(head: str) -> str | None:
    """The nationality noun closing `the` + at most three modifiers (`the Scot`, `The
    55-year-old Frenchman`, `the New Zealander`, `the Wisconsin Republican`), lower-cased, or
    None: a description naming one person by where they come from (or their party), which
    news uses for the subject it has just named. The modifiers are an age, lower-case words,
    places or the openers of a two-word nationality; any other capitalised word makes it a
    name or another's role (`the Labour Republican`)."""
    words = head.split()
    noun = words[-1].strip(",.")
    if words[0].lower() != "the" or not 2 <= len(words) <= 5:
        return None
    if noun not in DEMONYM_NOUNS and not _singular_demonym(noun):
        return None
    for word in words[1:-1]:
        if not (word[:1].islower() or word[:1].isdigit() or word in _NATIONALITY_OPENERS or is_place(word)):
            return None
    return noun.lower()


def _role_prefix(prefix: str) -> bool:
    """Whether the words before a sentence's first name are capitalised words and lower-case
    role nouns closed by one (`Former Olympic champion Michael Johnson has accused`, BBC sport
    037): a title of that subject, as `_TITLE_PREFIX` reads capitalised titles."""
    words = prefix.split()
    return bool(words) and words[-1] in _PREFIX_ROLES and all(w[:1].isupper() or w in _PREFIX_ROLES for w in words)


# Nouns of an indefinite description that a news lead uses for a person it names next
# (`A New York man pleaded guilty ...` then `Patrick W. Carlineo Jr., 55, of Addison, ...`).
INTRODUCED_NOUNS = PERSON_DESCRIPTIONS | {"teen", "teenager", "boy", "girl", "resident", "student",
                                         "driver", "worker", "mother", "father", "veteran", "officer"}


RELATIVES = frozenset({"who", "which"})
# Words that open a noun phrase: walking back from a relative pronoun stops after one.
_NP_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "another",
                         "one", "some", "this", "that", "these", "those", "two", "three", "several"})
_NP_WORD = re.compile(r"[\w.’'-]+")


# An age (`, 23,`) or a role opened by an article (`, an information manager from Newcastle,`)
# right after a name.
_APPOSED_AGE_OR_ROLE = re.compile(r",[ \t\u00a0]*(?:\d{1,3}[ \t\u00a0]*,|(?P<role>(?:a|an|the)[ \t\u00a0][^,.;\n]{2,60}))")
_LEAD_PREPOSITIONS = frozenset({"along", "with", "in", "on", "at", "after", "before", "for", "from",
                                "by", "during", "like", "unlike", "besides", "among", "to", "of"})
# A capitalised name opening a sentence, before a lower-case word (`Delta has been hit`).
_OPENING_NAME = re.compile(r"[\s\"“']*(?:The[ \t\u00a0]+)?([A-Z][\w&.’'-]*(?:[ \t\u00a0]+[A-Z][\w&.’'-]*){0,3})[ \t\u00a0]+[a-z]")

# A capitalised name run inside a sentence (`Manchester United`, `Yet United`, `Lycos Europe's`):
# capitalised words, joined by `of`, `for`, `the` or `&` (`Bank of England`).
_NAME_RUN = re.compile(r"(?<![\w’'.-])[A-Z][\w&’'.-]*(?:[ \t\u00a0]+(?:(?:of|for|the|&)[ \t\u00a0]+)?[A-Z][\w&’'.-]*)*")
# Types of a party that `they` or `it` may stand for inside its own sentence: a body, never a
# person (issue #15 point 2: a company, club, party or place is no person, and no person `it`).
_BODY_TYPES = frozenset({"organization", "government", "outlet"})
# Verbs after an `it` that stands for nothing (`it seems`, `it became clear`, `it appears`).
_EXPLETIVE_VERBS = frozenset({"seems", "seemed", "appears", "appeared", "became", "becomes"})
_EXPLETIVE_ADJECTIVES = frozenset({"clear", "unclear", "likely", "unlikely", "possible", "impossible",
                                   "true", "hard", "difficult", "easy", "time", "thought", "believed"})
# Words opening a phrase before a name that make it no subject (`In London`, `after Google`).
_NOT_SUBJECT_OPENERS = frozenset({"in", "on", "at", "for", "from", "with", "by", "to", "of", "after",
                                  "before", "since", "during", "under", "despite", "like", "unlike",
                                  "according", "asked", "speaking", "when", "while", "if", "as"})
# A name and its acronym in parentheses (`the Royal Academy of Dance (RAD)`).
_GLOSSED_NAME = re.compile(r"((?:[Tt]he[ \t\u00a0]+)?[A-Z][\w&’'-]*(?:[ \t\u00a0]+(?:of|for|and|on|de|the|[A-Z][\w&’'-]*))*)"
                           r"[ \t\u00a0]+\(([A-Z]{2,6})\)")
_GLOSSED_BODY_NOUNS = frozenset({"organisation", "organization", "body", "association", "institute",
                                 "academy", "federation", "union", "council", "commission", "watchdog"})
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()\n]{1,40}\)\Z")


def restricted_description(text: str) -> bool:
    """Whether a noun phrase is a definite description (`the British playwright`), which a
    relative clause right after it, without a comma, restricts."""
    words = text.split()
    return len(words) > 1 and words[0].lower() == "the" and words[-1][:1].islower()


def _relative_antecedent(text: str, offset: int) -> tuple[str, int] | None:
    """The noun phrase right before the relative pronoun at `offset` and where it starts:
    back over one comma (`Vanessa Hicks, who`), through capitalised words and lower-case
    modifiers up to and including an opener (`a family friend who`, `her clients, who`), at
    most five words; None when a verb-like or function word comes first (`said who`)."""
    before = text[max(0, offset - 120):offset].rstrip()
    base = offset - 120 if offset > 120 else 0
    if before.endswith(","):
        before = before[:-1].rstrip()
    inset = _TRAILING_PARENTHESIS.search(before)
    if inset is not None:
        # `the International Air Transport Association (IATA), which has attacked`: the
        # relative stands for the name its acronym or gloss follows (BBC 2005)
        before = before[:inset.start()]
    words = list(_NP_WORD.finditer(before))
    if not words or before[words[-1].end():].strip():
        return None
    picked: list[re.Match[str]] = []
    for m in reversed(words[-5:]):
        w = m.group()
        gap = before[m.end():picked[-1].start()] if picked else ""
        if gap.strip():  # punctuation between words ends the phrase
            break
        if w.lower() in _NP_OPENERS:
            picked.append(m)
            break
        if not w[:1].isupper() and picked and all(p.group()[:1].isupper() for p in picked):
            break  # `... said Vanessa Hicks, who`: the name only (but `the two female World
            # Bank employees who`, enD-ticotimes-1: a common-noun head takes its modifiers)
        if picked and not w[:1].isupper() and (w.lower() in _LEAD_PREPOSITIONS or w.lower() in ("among", "amid")):
            break  # `anxiety among Clinton supporters who`: the phrase after a preposition
            # (PolNeAR train)
        if w.lower() in NAME_OPENERS or w.lower() in _NON_NOUNS:
            break
        picked.append(m)
    if not picked:
        return None
    picked.reverse()
    if not picked[-1].group()[:1].isupper() and picked[-1].group().lower().endswith(("ed", "ing")):
        return None  # `... was arrested who`: no noun before it
    start, end = picked[0].start(), picked[-1].end()
    return before[start:end], base + start


# Lower-case words that end a noun phrase walking back (verbs of speech, copulas, adverbs).
_NON_NOUNS = frozenset({"is", "are", "was", "were", "be", "been", "said", "says", "told", "not",
                        "those", "anyone", "someone", "everyone", "people"})


def _someone_unnamed(words: list[str], content_words: list[str]) -> bool:
    """`one user`, `another user`, `One relative`: one of several people, described and not
    named, is an unnamed source (evaldata/entities/README.md; the attribution corpora mark
    its certainty anonymous). `a judge`, `A doctor on the scene` speak in their role and
    stay as they were (asserted in the corpora); a plural (`some analysts`) is a group."""
    if words == ["another"]:
        return True  # `Another wondered why ...`: another of the people just quoted
    if not content_words or not words:
        return False
    head = next((content_words[k - 1] for k in range(1, len(content_words))
                 if content_words[k] in ("of", "for", "at", "in", "on", "with", "who", "from")),
                content_words[-1]).strip(",.")
    if not head.isalpha() or head.endswith("s") and not head.endswith("ss") \
            or head in GOVERNMENT_WORDS or head in _TYPES["organization"] or head in ISSUED_BY_BODIES \
            or head in OUTLET_NOUNS:
        return False
    return words[0] in ("one", "another")


def _premodifiers_clash(modifiers: list[str], noun: str, aliases: list[str]) -> bool:
    """Whether a description's capitalised premodifiers (first four letters, `fren` of `The
    French foreign ministry`) name something else than those of an antecedent mention with
    the same head (`Russia's foreign ministry`); an antecedent without capitalised words
    before its head (`Lawyers for Epstein's victims` for `the US lawyers`) never clashes."""
    if not modifiers:
        return False
    for alias in aliases:
        words = alias.split(",")[0].split()
        lowered = [w.lower() for w in words]
        if noun not in lowered:
            continue
        before = [w for w in words[:lowered.index(noun)] if w[:1].isupper() and w.lower() != "the"]
        if before and not any(w.lower().startswith(m) for m in modifiers for w in before):
            return True
    return False


def _next_sentence(text: str, at: int) -> int:
    """Where the sentence after the one holding `at` starts: the first line break, or stop
    before a space that does not close an abbreviation or initials (`U.S. Rep. Ilhan Omar`)."""
    for m in SENTENCE_END.finditer(text, at):
        word = text[max(0, m.start() - 6):m.start()].split()[-1:] or [""]
        if m.group() == "\n" or word[0].lower().strip("(\"“") not in TITLE_ABBREVIATIONS \
                and not INITIALS.fullmatch(word[0].strip("(\"“")) and len(word[0]) > 1:
            return m.end()
    return len(text)


def common_type(content_words: list[str]) -> str:
    """The type of a description without a proper name, by its head noun (the word before
    `of`/`for`/`at`, else the last): `office of the governor of South Dakota` is a government,
    `the state's health department` too, `the company` an organization, `her campaign manager`
    a person, `protesters` a group."""
    head = next((content_words[k - 1] for k in range(1, len(content_words))
                 if content_words[k] in ("of", "for", "at", "in", "on", "with")),
                content_words[-1] if content_words else "")
    head = head.removesuffix("’s").removesuffix("'s")
    if head in BODY_NOUNS:
        return "organization"  # `the utility`, `the automaker`, `the brokerage`
    if head in COLLECTIVE_HEADS and head in content_words[:-1] \
            and content_words[content_words.index(head) + 1] == "of":
        return "group"  # `a group of physicians`: people; `the group` alone may be a body
    if head in GOVERNMENT_WORDS:
        return "government"
    if head in _TYPES["organization"]:
        return "organization"
    if head in PERSON_TITLES or head in PERSON_DESCRIPTIONS or head in EPITHETS and head != "wing":
        # `her campaign manager`, `the group's founder`, `the world 200m and 400m record
        # holder`: one person (`the party's armed wing` is a body)
        return "person"
    if head in OUTLET_NOUNS:
        return "outlet"  # `North Korea's official newspaper` (evaldata/entities/README.md)
    return "group"


LONE_WORD = re.compile(rf"\b{_NAME_WORD}\b(?![ \t\u00a0]+[A-Z])")


# Lower-case nouns after a capitalised run that make it the name of a place or a body
# (`Royal Shrewsbury hospital`, `Gush Etzion settlement`), not a person's.
_PLACE_OR_BODY_AFTER = re.compile(
    r"[ \t]+(?:hospital|university|college|school|airport|station|church|mosque|temple|court|"
    r"prison|stadium|hotel|market|street|road|avenue|bridge|park|river|county|district|"
    r"province|village|town|city|region|camp|base|port|plant|company|group|party|council|"
    r"ministry|department|agency|police|army|settlement|square)\b")


# A plural possessive and a capitalised body word right after a capitalised run ending in s
# (`Colleges Employers’ Association`, `Veterans' Affairs`): the run is part of an
# organisation's name (`Alan Grayson’s Senate campaign` is a person's possessive, not this).
_BODY_POSSESSOR_AFTER = re.compile(r"[’'][ \t\u00a0]+([A-Z][a-z]+)")


def _names_a_place_or_body(text: str, end: int) -> bool:
    if _PLACE_OR_BODY_AFTER.match(text, end) is not None:
        return True
    owned = _BODY_POSSESSOR_AFTER.match(text, end) if text[end - 1:end] == "s" else None
    return owned is not None and owned.group(1).lower() in ORG_WORDS


def _text_names(text: str) -> list[tuple[int, str]]:
    """Person-like names in running text, for pronoun and surname antecedents: no sentence
    opener glued to them, no places, no names typed organisation or government, and none on a
    heading, caption or byline line (a line with no closing punctuation): those lend no
    antecedent to pronouns in the body (issue #15)."""
    out = []
    surnames: set[str] = set()
    reached = 0
    for m in NAME_RE.finditer(text):
        start, name = m.start(), m.group()
        if start < reached:
            continue  # inside a name already read on past a title
        words = name.split()
        title = max((k for k, w in enumerate(words[:-1]) if w.lower() in PERSON_TITLES), default=None)
        end = m.end()
        for _ in range(3):  # `Chief Cabinet Secretary Katsunobu Kato`: past each title word in turn
            if title is None:
                break
            # `Russian President Vladimir Putin`: the name starts after the title and may run
            # on past the three words the pattern holds (`Prince Andrew` stays as it is)
            after = start + name.index(words[title + 1], len(" ".join(words[:title + 1])))
            rest = NAME_RE.match(text, after)
            if rest is None or rest.end() < end:
                break
            # `Senator Marco Rubio` is Marco Rubio: the title is no part of the name (the
            # display name is the fullest proper name, issue #15)
            start, name = after, rest.group()
            reached = end = rest.end()
            words = name.split()
            title = max((k for k, w in enumerate(words[:-1]) if w.lower() in PERSON_TITLES), default=None)
        if words[0].lower() in NAME_OPENERS or words[0].lower() in _CLAUSE_OPENERS:
            if len(words) < 3 and words[1] not in surnames:  # `Yet Sondland` after Gordon Sondland
                continue
            start, name = m.start() + name.index(words[1]), " ".join(words[1:])
            words = words[1:]
        if len(words) == 3 and (is_place(words[0]) or _demonym(words[0])):
            # `Ambassador to China Nicholas Burns`: the place the title is for is no name word
            start, name, words = start + len(words[0]) + 1, " ".join(words[1:]), words[1:]
        if len(words) == 3 and words[0] == "State" and text[max(0, start - 3):start] == "of ":
            # `Secretary of State John Kerry`: the title's last word is no part of the name
            start, name, words = start + 6, " ".join(words[1:]), words[1:]
        if _place_like(name) or name_type(words) != "person" or _on_heading(text, start) \
                or text[max(0, start - 4):start].lower() == "the " \
                or _names_a_place_or_body(text, m.end()):
            continue  # `the Gush Etzion settlement bloc`: no person goes with "the"
        out.append((start, name))
        surnames.add(words[-1])
    if surnames:
        # `Benjamin Netanyahu ... Netanyahu visited ...`: a known surname alone names him too
        starts = [start for start, _ in out]
        ends = [start + len(name) for start, name in out]
        extra = []
        for m in LONE_WORD.finditer(text):
            if m.group() not in surnames:
                continue
            k = bisect_right(starts, m.start()) - 1  # the full name this may sit inside
            if (k < 0 or ends[k] <= m.start()) and not _on_heading(text, m.start()):
                extra.append((m.start(), m.group()))
        out = sorted(out + extra)
    return out


# A photo credit opening a caption line (`© John Brecher Needle poking skin ...`, `Photo:
# Reuters`, `(AP Photo/...)`): the line is no body text, however it ends.
# An embedded social-media post: a picture link or the signature line `— Name (@handle) date`.
_EMBEDDED_POST = re.compile(r"pic\.twitter\.com|instagram\.com/p/|^[—–-][^\n]{1,80}\(@\w+\)", re.MULTILINE)


_CREDIT_LINE = re.compile(r"\s*(?:©|\(?(?:AP )?(?:Photo|Image|Picture)s?(?: credit)?\s*[:/])", re.IGNORECASE)


def _without_openers(name: str) -> str:
    """`name` without the sentence openers before it (`But Leeds United`, `The Wolverhampton
    Wanderers`): they are no part of a club's name."""
    words = name.split()
    while len(words) > 2 and words[0].lower() in NAME_OPENERS:
        words = words[1:]
    return " ".join(words)


def _on_heading(text: str, offset: int) -> bool:
    """Whether `offset` lies on a short line without sentence-final punctuation (a heading,
    caption, credit or byline in extracted page text)."""
    a = text.rfind("\n", 0, offset) + 1
    b = text.find("\n", offset)
    line = text[a:b if b >= 0 else len(text)].rstrip()
    if _CREDIT_LINE.match(line):
        return True  # `© John Brecher Needle poking skin during ...`: a photo credit and caption
    return bool(line) and line[-1] not in ".?!\"”’'):;" and len(line.split()) <= 25 \
        and (a > 0 or b >= 0)


_ARTICLES = frozenset({"a", "an", "the", "one", "another"})


def _premodified_description(name: str) -> bool:
    """A description opened by an article and closed by a common noun (`A Delta
    spokesperson`, `the BBC reporter`): its capitalised words are modifiers, not a name."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in _ARTICLES and words[-1][:1].islower()


# Heads that make the noun before them a premodifier: people who speak for a body
# (`US government officials`, `a State Department spokesman`, `White House aides`).
_SPEAKER_HEADS = PERSON_TITLES | PERSON_DESCRIPTIONS | {f"{t}s" for t in PERSON_TITLES} | frozenset(
    {"officials", "spokesperson", "spokespeople", "aides", "sources", "officers", "analysts",
     "members", "leaders", "staff", "staffers", "employees", "workers", "lawyers", "experts"})


def _capitalised_org_head(head: str) -> bool:
    """`The Command also criticised ...` after `The Police Command in Imo State has described`
    (enK-ikengaonline-1): `the` and one capitalised organisation noun is a definite
    description written with a capital, its antecedent the body whose name has that head
    (Vieira & Poesio 2000's same-head rule, as for `the command`)."""
    words = head.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1].lower() in ORG_WORDS


def _alias_heads(alias: str) -> set[str]:
    """The words of a mention (before any apposition) that a later description may share as
    its head, lower-cased: all but a premodifier of a person noun (`US government officials`
    lends `officials`, not `government`; `A Delta spokesperson` no `delta`), so that `The US
    government` is not that group (Vieira & Poesio 2000's same-head rule is about heads)."""
    words = alias.lower().split(",")[0].split()
    return {w for k, w in enumerate(words)
            if k + 1 == len(words) or words[k + 1] not in _SPEAKER_HEADS or w in _SPEAKER_HEADS}


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by exactly one inserted, deleted or replaced letter, or two
    adjacent letters swapped (Damerau 1964: most typing errors are one such edit)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[k + 1:] == b[k + 1:] or a[k + 1:] == b[k:] or a[k:] == b[k + 1:] \
        or len(a) == len(b) and a[k:k + 2] == b[k:k + 2][::-1] and a[k + 2:] == b[k + 2:]


def _role_headed(head: str, first: str) -> bool:
    """A description closed by a role written in title case (`the Turkish Minister`, `the
    future President`, `the Conservative MP`) or opened by a place's possessive (`Russia's top
    diplomat`): a role like `the spokesman`, though a capital would make it a name."""
    words = head.split()
    noun = words[-1].lower().strip(",.")
    if len(words) < 3 or noun not in PERSON_TITLES and noun not in ROLE_HYPERNYMS:
        return False
    if first == "the":
        return True
    owner = words[0].removesuffix("’s").removesuffix("'s")
    return owner != words[0] and is_place(owner) and words[-1][:1].islower()


# Modifiers of a role that has not begun yet: `the future President` is the President-elect.
FUTURE_MODIFIERS = frozenset({"future", "incoming"})


def elect_title(head: str, noun: str) -> str | None:
    """`president-elect` for `the future President` or `the incoming president`: the title a
    person holds before taking the office the description names (enD-ticotimes-1:
    `President-elect Rodrigo Chaves` ... `the future President said`); None for a description
    without such a modifier (`the president` is the one in office)."""
    if any(w.lower().strip(",.") in FUTURE_MODIFIERS for w in head.split()[:-1]):
        return f"{noun}-elect"
    return None


def _holds_other_title(entity: Entity, noun: str) -> bool:
    """Whether `entity` was named with a title other than `noun` and never with `noun`
    (`CIA Director Mike Pompeo` for `the president`): a role the article gave someone else's
    holder is not theirs (en-reuters-tillerson)."""
    titles = {w.lower().strip(",.") for alias in entity.aliases
              for w in alias.split(",")[0].split()[:-1] if w[:1].isupper()} & PERSON_TITLES
    titles -= {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord"}
    return bool(titles) and noun not in titles


# Texts a definite description refers back to when the article introduced one earlier (`said in
# a statement ... the statement added`): `_document_author`. Reports, papers and studies are
# left out: the open gold keeps `the report`, `the new paper` as sources of their own.
_AUTHORED_TEXTS = frozenset({"statement", "release", "communique", "communiqué", "letter"})
# Names of one seat of government used for each other (`_seat_synonym`).
_SEAT_NAMES = (("Downing Street", "No 10", "Number 10"),)
# Each seat name as a whole phrase (not `No 100`, not inside `Mr.No 10`), compiled once.
_SEAT_NAME_RES = {name: re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w])")
                  for names in _SEAT_NAMES for name in names}
_PRESS_NOUNS = frozenset({"newspaper", "magazine", "tabloid", "broadcaster", "daily", "weekly", "publication"})
# `a report in The Star`, `an interview published by Die Welt`: the name after a press piece
# and its preposition is an outlet, though the text never cites it as a source
_PIECE_IN_OUTLET = re.compile(
    r"\b(?:report|article|story|interview|editorial|column|investigation|piece|op-ed|exposé)s?"
    r"[ \t\u00a0]+(?:(?:first[ \t\u00a0]+)?(?:published|carried|run|aired)[ \t\u00a0]+(?:in|by|on)|in|by)"
    r"[ \t\u00a0]+((?:[Tt]he[ \t\u00a0]+)?[A-Z][\w&.’'-]*(?:[ \t\u00a0]+(?:of|and|[A-Z][\w&.’'-]*)){0,4})")
_NAME_THEN_ACRONYM = re.compile(r"((?:[Tt]he[ \t\u00a0]+)?[A-Z][^()\n]{2,80}?)[ \t\u00a0]*\(([A-Z]{2,6})\)")
_OUTLET_BACK = 4000  # characters back to an outlet source a bare `the network` may be
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&.’'-]*(?:[ \t\u00a0]+(?:of|and|the|[A-Z][\w&.’'-]*))*")
_OUTLET_NAMED_BACK = 1500  # characters back from `the newspaper` to a press piece's outlet
# Singular role nouns that tell no gender: `They said` right after one is that person.
_NEUTRAL_ROLES = frozenset({"spokesperson", "representative", "source", "insider", "person"})
# Heads of a description that are no noun (`another`, `One of the central`): no antecedent of a
# pronoun's own.
_PRONOMINAL_HEADS = frozenset({"one", "another", "other", "others", "some", "each", "either", "neither"})
# A description that asks: `an Iowa voter asked if she might ...`.
_ASKER = re.compile(r"[^.;\n]{0,60}?\b(?:asked|questioned|wondered|wanted to know)\b")
# A quotation's closing mark after its comma, `?` or `!`, right before a pronoun of its frame.
_QUOTE_CLOSED_BEFORE = re.compile(r"[,?!][\"”][ \t\u00a0]*$")
# Where a role description's head ends: before its `for`/`of`/`at` phrase (`a spokesperson for
# Amazon`, `a representative of the ministry`).
_ROLE_PHRASE = re.compile(r"\s+(?:for|of|at|from|with)\s", re.I)


def role_head(description: str) -> str:
    """The head noun of a role description, lower case: its last word before a `for`/`of`/`at`
    phrase (`a spokesperson for Amazon` -> `spokesperson`), else its last word."""
    words = _ROLE_PHRASE.split(description, maxsplit=1)[0].split()
    return words[-1].lower().strip(",.") if words else ""
_AUTHOR_WINDOW = 1500  # characters back to the earlier text (a few paragraphs)


class Coreference:
    """One entity per source across the article.

    A surname joins the full name mentioned earlier ("Clinton" -> "Hillary Clinton"); a pronoun
    or a definite description (he, she, the spokesman) resolves to the nearest earlier
    compatible antecedent: a source already seen, or a person name mentioned in the text since
    (a simple recency heuristic in the spirit of Hobbs 1978 and Lappin & Leass 1994, without
    parsing)."""

    def __init__(self, ctx: Context, text: str, memo: Memo | None = None) -> None:
        self.ctx = ctx
        self.memo = memo or Memo(ctx)
        self.text = text
        self.people = RecentPool()
        self.groups = RecentPool()
        self._unnamed_pool = RecentPool()  # only for descriptions: pronouns never reach them
        self._outside_voices: dict[str, Entity] = {}  # the writer's `I`, the reader's `you`
        self._mentions: dict[tuple[int, str], Entity] = {}  # `resolve`'s answer per mention
        self._stems: dict[str, Entity] = {}  # `_fuller_name`'s index
        self._stems_indexed = 0
        self.names = _text_names(text)
        self.genders = GenderIndex(text)
        self._person_words: set[str] | None = None
        self._honorific_ends: list[int] | None = None  # `after_honorific`'s index
        self._name_set: set[str] | None = None
        self._name_starts = [start for start, _ in self.names]
        # Names by their last word (the surname), in text order, for `_surname_match`.
        self._by_surname: dict[str, tuple[list[int], list[str]]] = {}
        # Names whose first word is no given name, by that word: a family name first
        # (`Hua Chunying` ... `Hua also invited`), for `_surname_match` when the last fails.
        self._by_first: dict[str, tuple[list[int], list[str]]] = {}
        for start, name in self.names:
            words = name.split()
            if len(words) > 1:
                starts, found = self._by_surname.setdefault(words[-1], ([], []))
                starts.append(start)
                found.append(name)
            if len(words) == 2 and words[0].lower() not in GIVEN_NAMES:
                starts, found = self._by_first.setdefault(words[0], ([], []))
                starts.append(start)
                found.append(name)


    def _name_before(self, offset: int, after: int, same_sentence: bool = False,
                     pronoun: str | None = None) -> str | None:
        """The last person-like name mentioned after the sentence of `after` (the last source)
        and before `offset`, outside quotation marks (walking back from `offset`). A name in
        the last source's own sentence is its object or content (`Peter Lund has accused
        Lars Holm ... He said`), less salient than that subject (Lappin & Leass 1994); a name
        inside a quotation is quoted speech (`"... Mr Holm ...?" he asked`). For a personal
        `pronoun`, embedded names are passed over too (Lappin & Leass's penalty): a possessor
        in an earlier sentence (`Epstein's mansion`; `Trump's call when he asked` stays) and a name after a pronoun of that gender in its own sentence,
        whose subject the pronoun is (`Andrew claims ... he was photographed with Epstein ...
        He told the BBC`: not Epstein)."""
        after = self._sentence_end(after) if after >= 0 and not same_sentence else after
        chain = _CHAIN_PRONOUNS.get(PRONOUN_GENDER.get(pronoun or ""))
        own = self._sentence_start(offset) if chain is not None else offset
        for k in range(bisect_left(self._name_starts, offset) - 1, -1, -1):
            start, name = self.names[k]
            if start <= after:
                return None
            embedded = chain is not None and (
                start < own and self.text.startswith(("’s", "'s"), start + len(name))
                and not self._possessor_topic(start, name, own, offset)
                or chain.search(self.text, self._sentence_start(start), start) is not None
                or start >= own and self._asked_about(own, start, offset))
            if self.memo.outlet(name) is None and not in_quotation(self.text, start) and not embedded:
                return self._sentence_subject(k, after, pronoun) or name
        return None

    def _possessor_topic(self, start: int, name: str, own: int, offset: int) -> bool:
        """Whether the possessor `name` at `start` opens the subject of the sentence right
        before the one at `own`, which the pronoun at `offset` (or the same pronoun) opens: that sentence is about
        the possessor (centering: the previous subject's head's owner is the topic a
        sentence-opening `he`/`she` continues), so it is no embedded name: `Even in the
        House, Mr. Ryan's ideas have met with resistance. He cannot get a budget passed`
        (PolNeAR train: not Lindsey Graham, named before); `Jay-Z's hits have included Hard
        Knock Life ... He said he would retire` (BBC 2004). At most one fronted phrase closed
        by a comma before it; the possessive must own a thing, not a person (`Trump's
        attorney, Ty Cobb,`: `_owns_a_thing`)."""
        opening_word = self.text[own:offset + 4].lstrip(" \n\"“‘'").split(maxsplit=1)[:1]
        pronoun = self.text[offset:offset + 4].split(maxsplit=1)[:1]
        if not opening_word or not pronoun or opening_word[0].lower() != pronoun[0].lower():
            return False  # the pronoun, or one of its own (`He cannot ..., because he will`), opens its sentence
        begin = self._start_past_titles(start)
        if begin >= own or self._start_past_titles(max(begin, own - 2)) != begin:
            return False  # not the sentence right before the pronoun's
        opening = _TRAILING_TITLE.sub("", self.text[begin:start].strip(" \n\"“‘'"))
        if opening and not _FRONTED_PHRASE.fullmatch(opening):
            return False
        return self._owns_a_thing(start + len(name))

    def _start_past_titles(self, offset: int) -> int:
        """`_sentence_start`, not stopping after a title's stop (`Mr.`, `Gov.`)."""
        begin = self._sentence_start(offset)
        while begin > 1 and (words := self.text[max(0, begin - 8):begin].split()[-1:]) \
                and words[0].rstrip(".").lower() in TITLE_ABBREVIATIONS and words[0].endswith("."):
            begin = self._sentence_start(begin - len(words[0]) - 1)
        return begin

    def _asked_about(self, own: int, start: int, offset: int) -> bool:
        """Whether the name at `start` is in a fronted `asked` phrase of the sentence opening at
        `own`, whose subject is the pronoun at `offset`: `When asked if the government of
        Pakistan is doing something to verify Snowden’s claims, he replied` (The Nation 2014):
        the one asked answers; the names in the question are what he was asked about."""
        return _ASKED_OPENING.fullmatch(self.text, own, start) is not None \
            and "," in self.text[start:offset]

    def _sentence_subject(self, k: int, after: int, pronoun: str | None) -> str | None:
        """For a personal pronoun, the name opening the sentence of `self.names[k]` when that
        is another name of the same sentence: a subject outranks an object or a name in a
        prepositional phrase (Lappin & Leass 1994's salience weights; centering's preference
        for the previous subject): `Morrison was the third witness ... who listened in on
        ... call with Ukrainian President Volodymyr Zelensky. He said` is Morrison. Gender
        the text marks against the pronoun keeps the later name."""
        if pronoun not in ("he", "she"):
            return None
        start, name = self.names[k]
        begin = self._sentence_start(start)
        if self.text[begin:start].strip(" \n\"“‘'"):
            j = bisect_left(self._name_starts, begin)
            if j < k and self.names[j][0] > after:
                first_at, first = self.names[j]
                between = self.text[first_at + len(first):self.names[j + 1][0]]
                if not self.text[begin:first_at].strip(" \n\"“‘'") and self.memo.outlet(first) is None \
                        and between.strip() and first.split()[-1].lower() not in PERSON_TITLES \
                        and not self._disagrees(first, PRONOUN_GENDER[pronoun]) \
                        and (not self._possessive_at(first_at + len(first))
                             or self.genders.of(first) == PRONOUN_GENDER[pronoun] and self.genders.of(name) is None
                             and self._one_bearer(first) and self._owns_a_thing(first_at + len(first))):
                    # a possessor opening the sentence (`Taylor Swift's first six albums were
                    # released through Big Machine, ... owned by talent manager Scooter Braun.
                    # ... she described`) is its topic when the text gives it the pronoun's
                    # gender and the later name none
                    return first
        return None

    def _owns_a_thing(self, end: int) -> bool:
        """Whether the possessive at `end` (`Taylor Swift's first six albums`) owns no person
        (`Trump's White House attorney, Ty Cobb,`: the attorney is the subject) before its
        verb: no person noun among the next words and no comma with a name after them."""
        words = re.split(r"[,;:.]", self.text[end + 2:end + 80])[0].split()[:5]
        return not any(w.lower() in PERSON_TITLES or w.lower() in PERSON_DESCRIPTIONS
                       or w.lower() in RELATIVE_NOUNS for w in words)

    def _named_after_premodifier(self, words: list[str], offset: int) -> Entity | None:
        """The person a name closing a described mention names: `A teary-eyed Bush`, `Florida
        consultant Wilson`, `World Indoor 800m record holder Ceplak`, `Purple PAC's Crane`,
        `Yahoo's Yonca Brunini` (BBC 2004-05, PolNeAR train) are Jeb Bush, Rick Wilson ... once
        the article has named them. Issue #15: one person is one entity, whatever adjective, role
        or possessor a mention puts before the name. Only a surname one full name of the article
        ends with (`coach Robinson` beside Andy and Jason Robinson names neither), only after a
        lower-case word or a possessive, and never when a preposition, conjunction or relative
        joins the words before to the name (`critics like Huffman`, `Supporters of Sanders`,
        `executives who have worked with Lachlan Murdoch`) or a kin word sets two apart (`the
        younger Mr. Trump`)."""
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper() and words[k - 1].replace(".", "").replace("-", "").isalpha():
            k -= 1
        run = words[k:]
        if k == 0 or not 1 <= len(run) <= 3 or len(words) > 8:
            return None
        before = words[k - 1]
        possessive = before.endswith(("’s", "'s"))
        if not possessive and not (before.replace("-", "").isalpha()
                                   and any(part[:1].islower() for part in before.split("-"))):
            return None
        lead = [w.lower().strip(",") for w in words[:k]]
        if lead[0] in ("a", "an", "the"):
            lead = lead[1:]
        if any(w.endswith("ing") and "-" not in w for w in lead):
            return None  # `an unpledged delegate supporting Clinton`: the name is a verb's object
        if any(w in _NOT_ROLE_ENDS or w in _PREPOSITIONS or w in _RELATIVE_PRONOUNS or w in _KIN_PREMODIFIERS
               or w in _LIST_WORDS for w in lead) or any(w.endswith(",") for w in words[:k]):
            return None
        if run[0].lower().rstrip(".") in PERSON_TITLES or run[0].lower().rstrip(".") in _HONORIFICS:
            return None  # a title or an honorific after the role is the paths above
        if len(run) > 1 and (named := self.ctx.registry.find(" ".join(run))) is not None \
                and named.type == "person":
            return named  # `Yahoo's Yonca Brunini` after `said Yonca Brunini of Yahoo` (BBC 2005)
        if possessive and len(run) > 1 and run[0].lower() not in GIVEN_NAMES:
            return None  # `America's Renewable Future` is a name of its own
        surname = run[-1]
        if name_type(run) != "person":
            return None  # `the most optimistic Democrats`: a party, not a surname
        full = {_without_titles(n) for n in self._by_surname.get(surname, ((), ()))[1]}
        if len(run) == 1 and len({n for n in full if len(n.split()) > 1}) != 1:
            return None  # no full name (`most Republicans`) or two (`coach Robinson`)
        given = run[0] if len(run) > 1 else None
        found = self._surname_match(surname, offset, None, given)
        proper = _without_titles(found.name).split() if found is not None else []
        if found is None or found.type != "person" or len(proper) < 2 or proper[-1] != surname \
                or not all(w[:1].isupper() or w.lower() in SURNAME_PARTICLES for w in proper):
            return None  # a person with a full name (not `many Republicans`)
        return found if given is None or given in _without_titles(found.name).split() else None

    def _one_bearer(self, name: str) -> bool:
        """Whether `name` is a full name, or a surname that one full name of the article ends
        with (`Grayson` beside Alan, Dena and Lolita Grayson names none of them alone)."""
        full = {_without_titles(n) for n in self._by_surname.get(name, ((), ()))[1]}
        return len(name.split()) > 1 or len({n for n in full if len(n.split()) > 1}) <= 1

    def _possessive_at(self, end: int) -> bool:
        return self.text.startswith(("’s", "'s"), end)

    def _titled(self, name: str, offset: int) -> bool:
        """Whether the last mention of `name` before `offset` follows a person's title, bare or
        in apposition (`Trump’s White House attorney, Ty Cobb,`): a person by evidence, whose
        gender is unknown only to the name list."""
        for k in range(bisect_left(self._name_starts, offset) - 1, -1, -1):
            start, candidate = self.names[k]
            if candidate == name:
                before = self.text[max(0, start - 40):start].rstrip().rstrip(",").split()
                return bool(before) and before[-1].lower().strip("(") in PERSON_TITLES
        return False

    def _body_opening_previous_sentence(self, offset: int) -> tuple[int, Entity | None]:
        """(where, entity) of an organisation, government or outlet already registered whose
        name opens the sentence before the one at `offset`, followed by a lower-case word (its
        verb); (-1, None) when there is none."""
        own = self._sentence_start(offset)
        if own <= 1:
            return -1, None
        before = self._sentence_start(own - 1)
        m = _OPENING_NAME.match(self.text, before, own)
        if m is None:
            return -1, None
        entity = self.ctx.registry.find(m.group(1))
        if entity is None or entity.type not in ("organization", "government", "outlet"):
            return -1, None
        return m.start(1), entity

    def _party_opening_sentence_before(self, offset: int, pronoun: str, last_at: int,
                                       lex: Lexicon) -> Entity | None:
        """The party opening the sentence before the one that `they` / `it` (at `offset`)
        opens, when the last source was named before that sentence (`en_previous_subject`:
        `delegations of ... business leaders have been heading to the SEC ... to protest. They
        say`). No person: `it` names none, and `they` no one person."""
        own = self._sentence_start(offset)
        lead = self.text[own:offset].strip(" \n\"“‘'")
        if own <= 1 or lead and lead.lower() not in en_previous_subject.CONJUNCTIONS \
                or in_quotation(self.text, offset):
            return None  # `They say`, `And they insisted` (PolNeAR train, round 27) open the sentence
        end = len(self.text[:own].rstrip())  # the sentence before ends there (a paragraph break between)
        if end <= 1:
            return None
        before = self._sentence_start(end - 1)
        if last_at >= before:
            return None  # the last source is in that sentence (or in this one): it stays
        found = en_previous_subject.previous_subject(self.text, before, end, pronoun)
        if found is None:
            return None
        at, phrase = found
        words = phrase.split()
        if in_quotation(self.text, at):
            return None  # the sentence before is quoted speech (`"... punished by their employers."`)
        if len(words) == 2 and words[0].lower() == "the" and words[1].islower():
            return None  # `the company`: a description taking up a party named before, which the
            # pool's last source already is (BBC business 2005: `the company` after Krispy Kreme)
        if name_type(words) == "person" and (pronoun == "it" or " and " not in phrase) \
                and phrase[:1].isupper() and words[0].lower() not in ("the", "a", "an"):
            return None  # `it` names no person, `they` no one person (`Mawrey ... They claim`)
        entity = self.resolve(phrase, [w.lower() for w in words], lex, at)
        if entity.type == "person" and (pronoun == "it" or _proper_name(entity.name)):
            return None
        return entity

    def _body_in_own_sentence(self, offset: int, pronoun: str, last_at: int, lex: Lexicon) -> Entity | None:
        """The body (organisation, government, club, company, outlet) named earlier in the
        sentence of a `they` / `it` that does not open it: `Jose Mourinho retains the backing of
        the Manchester United hierarchy after they dismissed a report`, `Yet United made it clear
        ... that Mourinho's position is not under imminent threat, as they insisted` (Irish
        Independent 2018, en-news part O tune: gold United both times). British usage gives a
        club, company or government singular in name `they` (number agreement from the entity
        type: a body may be `they` or `it`, one person neither); a body named in the pronoun's
        own sentence, after the last source, outranks that older source (Lappin & Leass 1994:
        recency, and the subject first). The sentence's opening body (its subject) is taken
        before a later one; else the nearest. None when a plural of people stands between
        the body and `they` (`United told the players that they`), inside a quotation, or when
        no body is named since the last source."""
        own = self._sentence_start(offset)
        if not self.text[own:offset].strip(" \n\"“‘'") or in_quotation(self.text, offset):
            return None  # a sentence-opening pronoun is `_party_opening_sentence_before`'s
        after = [w.lower().strip(",.") for w in self.text[offset:offset + 40].split()[1:3]]
        if after and after[0] in _EXPLETIVE_VERBS or after[:1] in (["is"], ["was"]) and after[1:] \
                and after[1] in _EXPLETIVE_ADJECTIVES:
            return None  # `it seems`, `it became clear`, `when it was clear that`: no one's `it`
        before = self.text[own:offset].rstrip()
        if not before[-1:].isalpha():
            # `The European Union, in particular, was imposing new ... standards, it noted`
            # (BBC 2005): a frame after its content names no one in that content; only a
            # pronoun after a conjunction (`after they`, `as they`) continues the clause before
            return None
        bodies: list[tuple[int, int, str]] = []
        first_run = True
        for m in _NAME_RUN.finditer(self.text, own, offset):
            words = m.group().split()
            at = m.start()
            while words and words[0].lower() in NAME_OPENERS:
                at = self.text.index(words[1], at + len(words[0])) if len(words) > 1 else m.end()
                words = words[1:]
            if words:
                words[-1] = words[-1].removesuffix("’s").removesuffix("'s").rstrip(".")
            name = " ".join(words)
            if not name:
                continue  # `However,`: the subject may come next
            lead = re.findall(r"[\w’'-]+", self.text[own:at].lower())
            opening = first_run and all(w in NAME_OPENERS and w not in _NOT_SUBJECT_OPENERS for w in lead)
            first_run = False
            if at <= last_at or in_quotation(self.text, at):
                continue
            if is_place(name) and not opening or name.isupper() and len(name) > 3:
                continue  # `shares fell in London after it said`, a dateline's `MIAMI`: a place
                # named in passing is where things happen; a place as the subject speaks for
                # its government (`The US has asked ... tariffs, which it says`, BBC 2005)
            if bodies and ACRONYM.fullmatch(name) and self.text[at - 1:at] == "(" \
                    and not self.text[bodies[-1][0] + len(bodies[-1][2]):at - 1].strip():
                continue  # `China Consumers Association (CCA)`: the acronym glosses the body just named
            known = self.ctx.registry.find(name)
            kind = known.type if known is not None else \
                ("outlet" if self.memo.outlet(name) is not None else name_type(words))
            if kind in _BODY_TYPES:
                bodies.append((at, opening, name))
            elif kind == "person" and not (opening and len(words) == 1) \
                    and (_unmarked_person(known) if known is not None else _unmarked_name(words)) \
                    and not self._surname_of_named_person(words):
                # `Shares in UK pharmaceutical firm Phytopharm closed down ... on the London
                # Stock Exchange on Monday, after it said` (BBC 2005): a name typed person only
                # by default may be the body meant; too close to call, left to the pool
                return None
        if not bodies:
            return None
        at, _, name = next((b for b in bodies if b[1]), bodies[-1])
        if pronoun == "they" and self._people_between(at + len(name), offset):
            return None
        entity = self.resolve(name, [w.lower() for w in name.split()], lex, at)
        return entity if entity.type in _BODY_TYPES else None

    def _surname_of_named_person(self, words: list[str]) -> bool:
        """Whether a one-word name is the surname of a full name in the text that opens with a
        given name (`Mourinho's position` after `Jose Mourinho`)."""
        found = self._by_surname.get(words[0], ((), ()))[1] if len(words) == 1 else ()
        return any(name.split()[0].lower() in GIVEN_NAMES for name in found)

    def _people_between(self, start: int, end: int) -> bool:
        """Whether a plural noun of people (`players`, `officials`, `fans`) stands in
        `text[start:end]`: `they` may stand for them rather than a body named before."""
        for w in re.findall(r"[a-z][a-z-]+", self.text[start:end]):
            if w in en_previous_subject.PLURAL_PARTIES \
                    or w.endswith(en_previous_subject.PLURAL_AGENT_ENDINGS) and w.endswith("s"):
                return True
        return False

    def _glossed_body(self, offset: int, acronym: str | None = None) -> Entity | None:
        """The body the text names with its acronym in parentheses (`the Royal Academy of Dance
        (RAD)`) before `offset`: the latest one within `COMPANY_WINDOW` characters, or the one
        glossing `acronym` anywhere before; registered under its full name, the acronym an
        alias (issue #15: one entity per body, however it is named)."""
        lo = 0 if acronym is not None else max(0, offset - COMPANY_WINDOW)
        found = None
        for m in _GLOSSED_NAME.finditer(self.text, lo, offset):
            if (acronym is None or m.group(2) == acronym) and not in_quotation(self.text, m.start()) \
                    and not _on_heading(self.text, m.start()):
                found = m
        if found is None:
            return None
        words = found.group(1).split()
        while words and (words[0].lower() in NAME_OPENERS or words[0].lower() == "the"):
            words = words[1:]  # `Both the Council of Mortgage Lenders (CML)`
        name = " ".join(words).rstrip("’'")  # `Incomes Data Services' (IDS)`
        if len(name.split()) < 2:
            return None  # (a person's name takes no acronym: any typing as a person is the list's)
        typed = name_type(name.split())
        entity = self.ctx.registry.add(typed if typed in ("government", "outlet") else "organization", name,
                                       aliases=[found.group(2)])
        self._remember(self.groups, entity, offset)
        return entity

    def introduce(self, description: str) -> Entity:
        """A new entity for a definite description restricted by the relative clause after it
        (`the British playwright who wrote “Peter Pan”`, `the 30 percent who say`): the clause
        identifies a referent of its own, so the description does not point back to the last
        person named (PolNeAR train: 8 such sources)."""
        entity = self.ctx.registry.add(common_type(description.lower().split()[1:]), description,
                                       merge=False)
        self._remember(self.people if entity.type == "person" else self.groups, entity,
                       self.text.find(description))
        return entity

    def _apposed_person(self, name: str, offset: int) -> bool:
        """Whether the last mention of `name` before `offset` is followed by an age or a
        person's role in apposition (`Hazel Gilbert, 23, an information manager from
        Newcastle,`: BBC 2005): a person by evidence, whose gender is unknown only to the name
        list."""
        for k in range(bisect_left(self._name_starts, offset) - 1, -1, -1):
            start, candidate = self.names[k]
            if candidate == name:
                after = _APPOSED_AGE_OR_ROLE.match(self.text, start + len(name))
                lead = self.text[self._sentence_start(start):start].split()
                if after is None or lead and (len(lead) > 4 or not lead[-1].endswith(",")
                                              or lead[0].lower() in _LEAD_PREPOSITIONS):
                    # only a sentence's subject (`Hazel Gilbert, 23, ... gave up`, `One voter,
                    # X, 35, showed up`), not a name in a phrase (`Along with her husband, X,`)
                    return False
                if after.group("role") is None:
                    return True
                words = [w.lower().strip(",.") for w in after.group("role").split()]
                return common_type(words) == "person"
        return False

    def _titled_person(self, name: str, offset: int) -> bool:
        """Whether the text gave `name`, or a full name with its surname, a person's title
        before `offset` (`Mayor Lovely Warren` ... `Warren`): a person by evidence."""
        surname = name.split()[-1]
        fuller = self._by_surname.get(surname, ((), ()))[1]
        return any(self._titled(n, offset) for n in {name, *fuller})

    def _sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` starts (after the previous stop or line break),
        looking back at most `AGREEMENT_WINDOW` characters."""
        lo = max(0, offset - AGREEMENT_WINDOW)
        ends = [m.end() for m in SENTENCE_END.finditer(self.text, lo, offset)]
        return ends[-1] if ends else lo

    def _sentence_end(self, offset: int) -> int:
        """The offset where the sentence holding `offset` ends (a stop, ? or ! before a space
        and not after a title such as Mr, or a line break)."""
        for m in SENTENCE_END.finditer(self.text, offset):
            word = self.text[max(0, m.start() - 5):m.start()].split()[-1:] or [""]
            if m.group() == "\n" or word[0].lower().strip("(\"“") not in TITLE_ABBREVIATIONS \
                    and not self._initials_in_name(word[0], m.end()):
                return m.start()
        return len(self.text)

    def _initials_in_name(self, word: str, after: int) -> bool:
        """`U.S. Ambassador to China`: a stop closing initials (`U.S`) before a capitalised word
        that opens no sentence (not `The`, `He`, `But`) ends no sentence."""
        if not INITIALS.fullmatch(word.strip("(\"“")):
            return False
        nxt = self.text[after:after + 40].split()[:1]
        return bool(nxt) and nxt[0][:1].isupper() and nxt[0].lower() not in NAME_OPENERS \
            and nxt[0].lower() not in DESCRIBED_NOTHING

    def _embedded_post(self, offset: int) -> bool:
        """Whether `offset` lies in a social-media post embedded in the page (its paragraph or
        the next holds `pic.twitter.com`, a `— Name (@handle)` signature or an Instagram post
        link): its `I` is the poster's, not the writer's."""
        para = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        end = len(self.text) if end < 0 else self.text.find("\n", end + 1)
        window = self.text[para:len(self.text) if end < 0 else end + 300]
        return _EMBEDDED_POST.search(window) is not None

    def _person_named(self, name: str, want: str | None = None, offset: int = -1) -> Entity:
        """The entity a name mentioned in the text stands for: one already registered under it
        or, for a bare surname, the latest person source with that surname (`Lund` is
        Peter Lund) or the full name the text gave it (`McCain` is John McCain), else a
        new person. With `want` ("m"/"f", the gender of the pronoun the name is the antecedent
        of, at `offset`), a bare surname registered to a bearer the text marks with the other
        gender names the bearer of the pronoun's gender instead (`_bearer_of_gender`)."""
        reg = self.ctx.registry
        existing = reg.find(name)
        # `However Mr Mulligan was not entirely convinced` after `said Mark Mulligan` (BBC tech
        # 2005): an honorific before a surname names the person the surname names
        bare = _without_titles(name)
        if existing is None and len(bare.split()) == 1:
            existing = self._surname_match(bare, len(self.text))  # a source, else the full name
        if existing is not None and want is not None and len(bare.split()) == 1:
            existing = self._bearer_of_gender(existing, bare, want, offset)
        return existing if existing is not None else reg.add("person", name)

    def _bearer_of_gender(self, entity: Entity, surname: str, want: str, offset: int) -> Entity:
        """The person a bare `surname` that a `he`/`she` (gender `want`) takes up stands for:
        `entity` (the surname's registered bearer) unless a one-sex given name or honorific
        marks it with the other gender and another bearer of the surname named before `offset`
        has the pronoun's (`Clinton had previously given to the State Department, which she
        said ...` is Hillary, not Bill Clinton whose alias `Clinton` became: PolNeAR train;
        ANNOTATION.md: a pronoun resolves to the person it stands for; issue #15: two people
        who share a surname are not merged)."""
        if not self._marked_otherwise(entity, want):
            return entity
        other = self._surname_match(surname, offset if offset >= 0 else len(self.text), want=want)
        if other is None or other is entity or self._marked_otherwise(other, want) \
                or self.genders.marked(other.name) != want:
            return entity
        return other

    def is_person_word(self, word: str) -> bool:
        """Whether the article uses `word` in a person's name (`Smith` of `John Smith`), or it
        is a given name: `told Smith` tells a person, `told Ruptly` an organisation."""
        if self._person_words is None:
            self._person_words = {w for _, name in self.names for w in name.split()}
        return word in self._person_words or word.lower() in GIVEN_NAMES or self.after_honorific(word)

    def after_honorific(self, word: str) -> bool:
        """Whether `word` stands right after Mr/Mrs/Ms/Dr/Miss somewhere in the text: what
        `_honorific_word_re(word).search(text)` finds, from the ends of the honorifics found once
        per text (`HONORIFIC_BEFORE`), not a pattern compiled per word (an article asks about
        dozens of words, each new to `re`'s cache). A word that does not start with a word
        character keeps the pattern: only there could `\\.?` and `\\s+` give back a character."""
        if not word or not (word[0].isalnum() or word[0] == "_"):
            return _honorific_word_re(word).search(self.text) is not None
        if self._honorific_ends is None:
            self._honorific_ends = [m.end() for m in HONORIFIC_BEFORE.finditer(self.text)]
        text = self.text
        return any(text.startswith(word, end) and WORD_BOUNDARY.match(text, end + len(word)) is not None
                   for end in self._honorific_ends)

    def _disagrees(self, antecedent: str | Entity | None, want: str) -> bool:
        """Whether the text marks `antecedent` (a name or an entity) with the other gender."""
        if antecedent is None:
            return False
        names = [antecedent] if isinstance(antecedent, str) else [antecedent.name, *antecedent.aliases]
        genders = {self.genders.of(n) for n in names if n[:1].isupper()} - {None}
        return bool(genders) and want not in genders

    def _marked_otherwise(self, antecedent: str | Entity | None, want: str) -> bool:
        """Whether an honorific or a one-sex given name (`GenderIndex.marked`, not pronoun
        counts) marks `antecedent` with the other gender and nothing marks it with `want`."""
        if antecedent is None:
            return False
        names = [antecedent] if isinstance(antecedent, str) else [antecedent.name, *antecedent.aliases]
        genders = {self.genders.marked(n) for n in names if n[:1].isupper()} - {None}
        return bool(genders) and want not in genders

    def _agreeing(self, offset: int, want: str, name: str | None,
                  last: Entity | None) -> tuple[str | None, Entity | None]:
        """The nearest earlier antecedent the text marks with the pronoun's gender: a person
        named before `offset` (within a few paragraphs) or a recent person source, whichever was
        mentioned last; (name, last) unchanged when none is marked so."""
        named = unmarked = None
        k = bisect_left(self._name_starts, offset) - 1
        while k >= 0 and offset - self.names[k][0] < AGREEMENT_WINDOW:
            start, candidate = self.names[k]
            if self.memo.outlet(candidate) is None and not self._disagrees(candidate, want):
                if self.genders.of(candidate) is not None:
                    named = (start, candidate)
                    break
                if unmarked is None and not in_quotation(self.text, start) \
                        and self._titled_person(candidate, offset):
                    unmarked = (start, candidate)
            k -= 1
        source = None
        for entity in islice(self.people.recent(), SALIENT):
            if not self._disagrees(entity, want) and self._disagrees(entity, OTHER_GENDER[want]):
                source = (self.people.offset(entity), entity)
                break
        if named is not None and (source is None or named[0] > source[0]):
            return named[1], None
        if source is not None:
            return None, source[1]
        if unmarked is not None and self._disagrees(name if name is not None else last, want):
            # agreement is a filter (Lappin & Leass 1994): `She had said` after `the death of
            # Daniel Prude` is the nearest person the text does not mark as a man (`Warren`),
            # not Prude (Rochester City Newspaper, 2020), when nothing marked as a woman is near
            return unmarked[1], None
        return name, last

    def _surname_match(self, surname: str, offset: int, want: str | None = None,
                       given: str | None = None) -> Entity | None:
        """The person a bare surname names: the latest person source with it, else the latest
        full name the text gave before `offset`. With `want` ("m"/"f", from an honorific:
        `Mrs. Clinton`), one the text marks with the other gender is passed over (Hillary
        Clinton, not President Bill Clinton named just before; issue #15: two people who share
        a surname are not merged). With `given` (`Bill` of `Former President Bill Clinton`), a
        person whose full name has another given name is passed over too."""
        def fits(name: str) -> bool:
            words = _without_titles(name).split()
            # the given name's gender only: pronoun counts around a shared surname mix a
            # family (`Ms. Khan` beside Khizr Khan is Ghazala Khan)
            gender = given_name_gender(" ".join(words))
            if want is not None and gender is not None and gender != want:
                return False
            return given is None or len(words) < 2 or words[0].rstrip(".") == given.rstrip(".") \
                or words[-1] != surname \
                or given.lower() not in GIVEN_NAMES and words[0].lower() not in GIVEN_NAMES
        for person in self.people.named(surname):
            # a description holds the word as a premodifier: `Delta` is not `A Delta
            # spokesperson` (BBC 2004); a name with a tail stays (`Montoya-Lewis herself`)
            if not _premodified_description(person.name) and fits(person.name) \
                    and not (_several_people(person) and person.name.split()[-1] != surname):
                # `Clinton` is not `most Clinton allies` (`Democrats` is `Some Democrats`)
                return person
        for index in (self._by_surname, self._by_first):
            starts, found = index.get(surname, ((), ()))
            for k in range(bisect_left(starts, offset) - 1, -1, -1):
                if fits(found[k]):
                    # the display name without a title or an occupation before it (`Singer
                    # Bruce Springsteen` opening a sentence), the text's form an alias
                    proper = _without_titles(found[k])
                    proper = proper if len(proper.split()) > 1 else found[k]
                    return self.ctx.registry.add("person", proper, aliases=[found[k]])
        return None

    def _text_name_set(self) -> set[str]:
        if self._name_set is None:
            self._name_set = {name for _, name in self.names}
        return self._name_set

    def _misspelt_surname(self, word: str) -> str | None:
        """The one surname of the article's full names that `word`, a lone capitalised word
        no full name ends with, misspells by one letter (`Bayrktar` for Bayraktar,
        `Koronolli` for Koronelli, `Hauser` for Trevor Houser): wire copy's typos split one
        speaker in two. Same first letter and at least six letters, so that two people with
        close names (`Clark`, `Clarke`) stay apart; a word that is itself some full name's
        surname or a given name is no typo."""
        if len(word) < 6 or not word.isalpha() or word in self._by_surname \
                or word.lower() in GIVEN_NAMES or word.lower() in PERSON_TITLES:
            return None
        found = [s for s in self._by_surname if s[:1] == word[:1] and _one_edit(s, word)
                 and word not in (s + "s", s + "n") and not _demonym(s) and not is_place(s)]
        return found[0] if len(found) == 1 else None

    def _given_match(self, given: str, offset: int) -> Entity | None:
        """The person a knight's title and given name stand for (`Sir Keir`, `Dame Sally`): the
        latest person source, else the latest full name in the text before `offset`, whose
        first name it is."""
        person = next((e for e in islice(self.people.recent(), SALIENT)
                       if _without_titles(e.name).split()[0] == given and len(e.name.split()) > 1), None)
        if person is not None:
            return person
        full = next((name for start, name in reversed(self.names[:bisect_left(self._name_starts, offset)])
                     if len(name.split()) > 1 and name.split()[0] == given), None)
        return self._person_named(full) if full is not None else None

    def _unlisted_outlet(self, head: str) -> str | None:
        """The name of an outlet the gazetteer does not list: one named after an outlet noun
        (`Local broadcaster KTVU`, `the Turkish daily Sabah` -> KTVU, Sabah), or a listed
        network's affiliate (`CBS DFW`, `NBC 5`: a listed outlet, then a capitalised call
        sign or number)."""
        words = head.split()
        for k, w in enumerate(words[:-1]):
            rest = words[k + 1:]
            if w.lower() in OUTLET_NOUNS and len(rest) <= 3 and all(
                    x[:1].isupper() or x[:1].isdigit() for x in rest):
                return " ".join(rest)
        for n in (2, 1):
            if len(words) in (n + 1, n + 2) and self.memo.outlet(" ".join(words[:n])) is not None \
                    and all(x.isupper() or x.isdigit() for x in words[n:]):
                return head
        return None

    def _known_as(self, name: str, surface: str, lex: Lexicon, offset: int) -> Entity:
        """The entity `name` resolves to, with `surface` (the phrase that stood for it) as alias."""
        entity = self.resolve(name, name.lower().split(), lex, offset)
        self.ctx.registry.add_alias(entity, surface)
        return entity

    def resolve(self, surface: str, words: list[str], lex: Lexicon, offset: int = 0) -> Entity:
        """The entity of the source mention `surface` at `offset`. One mention is one entity:
        a mention read again (the outer and a nested frame over `A senior administration
        official told reporters that X told him ...`) gets the entity it got the first time,
        not a second unnamed source or a pronoun re-resolved against a changed history."""
        known = self._mentions.get((offset, surface))
        if known is not None and any(e is known for e in self.ctx.registry.entities):
            return known
        bare = surface[:-2]
        if surface.endswith(("'s", "’s")) and self._possessor_named_elsewhere(bare, offset):
            # `President Donald Trump’s vows`, `CNN's reporting` (a noun cue's possessor is its
            # source, ANNOTATION.md): the possessor is the entity, one with its plain mentions
            # (issue #15: one person one entity)
            entity = self.resolve(bare, bare.lower().split(), lex, offset)
            self.ctx.registry.add_alias(entity, surface)
            self._mentions[(offset, surface)] = entity
            return entity
        entity = self._seat_synonym(surface, offset) or self._resolve(surface, words, lex, offset)
        self._mentions[(offset, surface)] = entity
        return entity

    def _resolve(self, surface: str, words: list[str], lex: Lexicon, offset: int = 0) -> Entity:
        reg = self.ctx.registry
        head = _head_name(surface)
        cut = _PARTICIPLE_AFTER_HEAD.match(head)
        if cut is not None and not en_certainty.withheld(head):  # `A spokesman speaking on condition of anonymity` stays
            head = cut.group(1)  # `The doctors offering to operate the clinic`: the doctors
        affiliated = SURNAME_AFFILIATED.match(head)
        if affiliated and self._surname_match(affiliated.group(1), offset) is not None:
            head = affiliated.group(1)  # `Wee of the Times` after `Sui-Lee Wee of the New York Times`
        named_before = APPOSED_TO.search(self.text, max(0, offset - 80), offset)
        if named_before and surface.split()[:1] and (surface.split()[0].lower() in ROLE_OPENERS
                                                    or surface.split()[0].endswith(("’s", "'s"))) \
                and (surface.split()[-1].lower().strip(",.") in PERSON_TITLES
                     or common_type([w.lower().strip(",.") for w in surface.split()[1:]]) == "person"):
            # `Josenrique Cueto, the transportation department’s deputy director, acknowledged`,
            # `Chi Onwurah, the Labour MP for Newcastle Central, ... said`: a role in apposition
            # after a name is that person (the role's head noun before its `of`/`for` decides)
            name = named_before.group(1)
            if name.split()[0].lower() not in NAME_OPENERS and name_type(name.split()) == "person":
                entity = self.resolve(name, name.lower().split(), lex, named_before.start(1))
                reg.add_alias(entity, surface)
                return entity
        apposed = self._name_apposed_after(surface, offset)
        if apposed is not None:
            # `According to a statement by its spokesman, Nnamdi Omoni, the command said`
            # (Channels TV 2019, en-news part O tune): the role is the person named in apposition
            # right after it, the mirror of `Josenrique Cueto, the ... deputy director,` above
            name, at = apposed
            entity = self.resolve(name, name.lower().split(), lex, at)
            reg.add_alias(entity, surface)
            return entity
        if len(head.split()) == 1 and head[:1].isupper() and offset > 0:
            before = _NAME_WORD_BEFORE.search(self.text, max(0, offset - 40), offset)
            fuller = f"{before.group(1)} {head}" if before else ""
            if before and (self.memo.outlet(fuller) is not None or name_type(fuller.split()) == "outlet"):
                # `YES! News Nation tried`: the tagger left out the outlet's first word (a cue
                # word such as `News` opens no source); the whole name is the source
                entity = self.resolve(fuller, fuller.lower().split(), lex, before.start(1))
                reg.add_alias(entity, surface)
                return entity
        outlet = self.memo.outlet(head)
        if outlet is not None:
            entity = reg.add_outlet(outlet, head)
            self._remember(self.groups, entity, offset)
            return entity
        station = self._unlisted_outlet(head)
        if station is not None:
            entity = reg.add("outlet", station)
            self._remember(self.groups, entity, offset)
            return entity
        first = words[0] if words else ""
        named = TRAILING_NAME.search(head)
        words_h = head.split()
        if named and len(words_h) > 3 and words_h[0].lower() in PERSON_TITLES and words_h[1] in ("of", "for") \
                and "," not in head and named.group(0) in self._text_name_set():
            # `Minister of Energy and Natural Resources of Turkiye Alparslan Bayraktar`: a title
            # and its portfolio closed by a name the text reads as a person's is that person
            name = named.group(0)
            entity = self.resolve(name, name.lower().split(), lex, offset)
            reg.add_alias(entity, surface)
            return entity
        if named and named.start() > 0 and named.group(1).lower() in GIVEN_NAMES \
                and not _conjuncts(head) and " and " not in head and not _principal(head[:named.start()]) \
                and (any(w[:1].islower() for w in head[:named.start()].split())
                     or head[:named.start()].rstrip().endswith(("'s", "’s", "'S", "’S", "s'", "s’"))):
            # `the representative of the Russian Foreign Ministry Maria Zakharova`: a
            # description closed by a person's name is that person; so is a name after a
            # possessive (`LABOUR'S Lisa Nandy`, `The Conservatives' Jacob Rees-Mogg`)
            name = named.group(0)
            entity = self.resolve(name, name.lower().split(), lex, offset)
            reg.add_alias(entity, surface)
            return entity
        lead = NAME_THEN_ROLE.match(head)
        if lead is not None and lead.group("role").lower() in PERSON_TITLES \
                and name_type(lead.group("name").split()) == "person" \
                and not any(_demonym(w) or is_place(w) for w in lead.group("name").split()) \
                and not any(w[:1].isupper() for w in head[lead.end("role"):].split()):
            # `Nuzhat Sadiq chairperson of senate’s foreign affairs committee told The Nation`
            # (The Nation, Pakistan 2014), `Mike Watts head of exploration said` (BBC 2005): a
            # name with its role after it and no comma between is that person, not a body
            # named by the role's head (issue #15: one person, one entity, named by the name).
            # A capitalised word after the role closes a description with a name instead
            # (`Former Reagan chief of staff Don Regan`, PolNeAR train): not read here.
            name = lead.group("name")
            entity = self.resolve(name, name.lower().split(), lex, offset)
            reg.add_alias(entity, surface)
            return entity
        role_surname = _ROLE_THEN_SURNAME.search(head)
        if role_surname and role_surname.group(1).lower() in PERSON_TITLES | lex.descriptions \
                and role_surname.group(2).lower() not in GIVEN_NAMES:
            # `former England captain Moore` after `Brian Moore believes`: a role closed by a
            # surname the article already gave a person is that person (BBC 2005)
            person = self._surname_match(role_surname.group(2), offset)
            if person is not None:
                reg.add_alias(person, surface)
                self._remember(self.people, person, offset)
                return person
        if len(words) == 1 and first in RELATIVES and surface[:1].islower():
            antecedent = _relative_antecedent(self.text, offset)
            if antecedent is not None:
                # `her clients, who wanted ...`, `a family friend who spotted ...`: a relative
                # pronoun stands for the noun phrase right before it, not the last source
                ante_text, ante_at = antecedent
                ante_words = ante_text.lower().split()
                if restricted_description(ante_text) and not self.text[ante_at + len(ante_text):offset].strip():
                    entity = self.introduce(ante_text)
                else:
                    entity = self.resolve(ante_text, ante_words, lex, ante_at)
                reg.add_alias(entity, surface)
                return entity
        glossed = _NAME_THEN_ACRONYM.fullmatch(head)
        if glossed is not None and ACRONYM.fullmatch(glossed.group(2)):
            # `The Prime Minister's Office (PMO) says` after a headline's `PMO says`: a name
            # with its acronym in parentheses is the body either form names (issue #15: one
            # entity per body, however it is named), never a third entity
            full, acronym = glossed.group(1), glossed.group(2)
            entity = reg.find(acronym)
            if entity is None or entity.type == "person":
                entity = self.resolve(full, full.lower().split(), lex, offset)
            if entity.type != "person":
                if entity.name == acronym:  # the display name is the fullest proper name
                    entity.name = full.removeprefix("The ").removeprefix("the ")
                for alias in (full, acronym, surface):
                    reg.add_alias(entity, alias)
                self._remember(self.groups, entity, offset)
                return entity
        spelled = _spelled_out(head, reg.entities) if ACRONYM.fullmatch(head) else None
        head_words = [w for w in head.split() if w.lower() not in _INITIALS_SKIP]
        if spelled is None and 2 <= len(head_words) <= 3 and ACRONYM.fullmatch(head_words[-1]) \
                and all(w[:1].isupper() and not w.isupper() for w in head_words[:-1]):
            spelled = _spelled_out(head_words[-1], reg.entities, tuple(head_words[:-1]))
        bare_acronym = head.removeprefix("The ").removeprefix("the ")
        if spelled is None and bare_acronym != head and ACRONYM.fullmatch(bare_acronym) \
                and reg.find(bare_acronym) is None:
            # `a statement by the Democratic Alliance ... The DA claimed` (TimesLive 2018, en-news
            # part O tune): `the` before the acronym changes nothing it spells; an acronym
            # already known as a name of its own (a headline's `DNC`) keeps its entity
            spelled = _spelled_out(bare_acronym, reg.entities)
        if spelled is None and ACRONYM.fullmatch(bare_acronym):
            spelled = self._glossed_body(offset, bare_acronym)  # `the Royal Academy of Dance (RAD)` ... `The RAD found`
        if spelled is not None:
            # `the World Health Organization` ... `According to WHO`: an acronym is the
            # named organisation whose initials it spells
            reg.add_alias(spelled, surface)
            self._remember(self.groups, spelled, offset)
            return spelled
        if len(words) == 1 and surface[:1].isalpha() and first in PRONOUN_CASES \
                and not (surface.isupper() and len(surface) > 1):
            first = PRONOUN_CASES[first]
        if len(words) == 1 and first in lex.pronouns and not (surface.isupper() and len(surface) > 1):
            # `According to WHO, ...`: an all-capital word is an acronym, not a pronoun
            if first in ("i", "we", "you") and not in_quotation(self.text, offset) and not self._embedded_post(offset):
                # outside quotation marks `I` is the writer (an opinion column's `I don't see
                # the downside`), `we` the writer's outlet (a fact-check's `We have found no
                # evidence`) and `you` the reader (`you read it right`): none is a third party
                # named before, whatever was mentioned last (PolNeAR train: 198, 82 and 60
                # such gold sources)
                known = self._outside_voices.get(first)
                if known is None:
                    known = reg.add("person" if first == "i" else "group", surface, merge=False)
                    self._outside_voices[first] = known
                reg.add_alias(known, surface)
                return known
            personal = first in ("he", "she", "i")
            pool = self.people if personal else self.groups or self.people
            last_at, last = pool.last() if pool else (-1, None)
            if first in ("he", "she") and last is not None and _several_people(last):
                # number agreement (Lappin & Leass 1994): `he`/`she` is one person, never `some
                # Republicans` (PolNeAR train: `which some Republicans want ... She was careful
                # not to link it` is Hillary Clinton); the latest single person before it
                last = next((e for e in pool.recent() if not _several_people(e)), None)
            if first == "it":
                body_at, body = self._body_opening_previous_sentence(offset)
                if body is not None and body_at > last_at:
                    # `Delta has been hit recently by pressures ... It has said it needs to cut
                    # jobs` (BBC 2004): the body that opens the sentence before, a speaker
                    # already, is more salient than an older source (Lappin & Leass's subject
                    # and recency weights)
                    last_at, last = body_at, body
            if first == "they":
                pair = self._pair_named_before(offset, last_at)
                if pair is not None:
                    reg.add_alias(pair, surface)
                    self._remember(self.groups, pair, offset)
                    return pair
            singular = self._singular_they(offset) if first == "they" else None
            if singular is not None:
                reg.add_alias(singular, surface)
                return singular
            body = self._body_in_own_sentence(offset, first, last_at, lex) \
                if surface.lower() in ("they", "it") else None
            if body is not None:
                reg.add_alias(body, surface)
                self._remember(self.groups, body, offset)
                return body
            if first == "they" and self._unnamed_pool:
                unnamed_at, unnamed = self._unnamed_pool.last()
                if unnamed_at > last_at and unnamed.name.split()[-1].lower().endswith("s"):
                    # `Obama administration officials said ... They said`: plural unnamed
                    # speakers mentioned last are `they`, not an earlier named group
                    self._unnamed_pool.touch(unnamed, offset)
                    reg.add_alias(unnamed, surface)
                    return unnamed
            if first in ("he", "she") and self._unnamed_pool:
                unnamed_at, unnamed = self._unnamed_pool.last()
                if unnamed_at > last_at and description_gender(unnamed.name) == PRONOUN_GENDER[first] \
                        and not in_quotation(self.text, offset):
                    # `A woman who identified herself as the mother of the Gamble Heights victim
                    # admitted ... She said` (enC-tribune242-1): a description the text marks
                    # with the pronoun's gender, mentioned after the last named speaker, is the
                    # pronoun (ANNOTATION.md: pronouns resolve to the person they stand for)
                    self._unnamed_pool.touch(unnamed, offset)
                    reg.add_alias(unnamed, surface)
                    return unnamed
            unmarked = self._unmarked_description(offset, first, last_at) if first in ("he", "she") else None
            if unmarked is not None:
                reg.add_alias(unmarked, surface)
                return unmarked
            if first in ("they", "it"):
                subject = self._party_opening_sentence_before(offset, first, last_at, lex)
                if subject is not None:
                    # not remembered as the latest group: a later `it` or description (`the
                    # network`) would take it without agreeing in number (PolNeAR train breadth)
                    reg.add_alias(subject, surface)
                    return subject
            name = self._name_before(offset, last_at, pronoun=first) if personal else None
            if personal and name is None and last is not None and not _proper_name(last.name):
                # the last source is no one person (`Few people`, `a number of tax experts`):
                # a name in its own sentence is the better antecedent
                name = self._name_before(offset, last_at, same_sentence=True, pronoun=first)
            want = PRONOUN_GENDER.get(first)
            if want is not None and self._disagrees(name if name is not None else last, want):
                name, last = self._agreeing(offset, want, name, last)
                if self._marked_otherwise(name if name is not None else last, want):
                    # agreement is a filter (Lappin & Leass 1994): when nothing near agrees,
                    # the pronoun stays unresolved rather than naming someone the text marks
                    # with the other gender (`"I saw the doctor here and he has said ..."` in
                    # Kelly Holmes's quotation is not Holmes: BBC sport 2005)
                    name = last = None
            elif want is not None and name is not None and self.genders.of(name) is None \
                    and last is not None and last.type == "person" \
                    and self._disagrees(last, OTHER_GENDER[want]) and not self._disagrees(last, want) \
                    and not self._titled(name, offset) and not self._apposed_person(name, offset):
                # `said James Barnett, a researcher specializing in West Africa ... "...," he
                # said`: a name of unknown gender mentioned since (a place, a firm) loses to
                # the last speaker, whom the text marks with the pronoun's gender
                name = None
            if name is not None:
                last = self._person_named(name, want, offset)
            elif want is not None and last is not None and last.type == "person" and _proper_name(last.name):
                last = self._bearer_of_gender(last, last.name.split()[-1], want, offset)
            if first == "they" and last is not None and last.type == "person" and _proper_name(last.name) \
                    and " and " not in last.name:
                # number agreement: `they` is no one person named by a proper name (`his
                # chemistry with Davis, as they demonstrated`: not LeBron James alone)
                last = None
            if first == "it" and last is not None and it_disagrees(last):
                # number and animacy agreement as a filter (Lappin & Leass 1994): `it` is none
                # of `analysts`, `numerous reports detailing` (enT-inquirer-1) or `consumers who
                # had reported` (enT-sixthtone-1); the latest party that agrees, else unresolved
                last = self._agreeing_with_it(offset)
            if first == "it" and last is not None and last.type == "person":
                if _clearly_person(last):
                    # animacy agreement: `it` names no person (PolNeAR dev: `It sends a clear
                    # message` after Hillary Clinton)
                    last = None
                elif _one_word_name(last.name) and (_unmarked_person(last) or _title_premodified(last)):
                    # `Australian winemaker Southcorp ... However, it said` (BBC 2004, en-news
                    # part O tune): a one-word name the text marks as nobody's person (no given
                    # name, title or he/she) that the text calls `it` is a body (issue #15
                    # point 2: types from evidence); a two-word name (`Reidar Wasenius`) or a
                    # description stays as it was
                    last.type = "organization"
            if last is not None:
                reg.add_alias(last, surface)
                self._remember(self.people if last.type == "person" else self.groups, last, offset)
                return last
            # An unresolved pronoun names someone, not an anonymous source.
            return reg.add("person" if personal else "group", surface, merge=False)
        pair = self._pair(words, offset)
        if pair is not None:
            reg.add_alias(pair, surface)
            self._remember(self.groups, pair, offset)
            return pair
        content_words = [w for w in words if w not in lex.determiners and w[:1].isalpha()]
        capitalised = [w for w in head.split() if w[:1].isupper() and w.lower() not in lex.determiners]
        holder = self.title_holder(head, offset) if first == "the" else None
        if holder is None and first == "the" and (nationality := _nationality_headed(head)) is not None:
            # `Johnson was involved in a verbal spat ... The American had cast doubt`
            # (enL-bbc-3, BBC sport), `Arsene Wenger ... The 55-year-old Frenchman told` (BBC
            # sport 196): a nationality names the previous sentence's subject
            holder = self._previous_subject(head, nationality, offset)
        if holder is not None:
            reg.add_alias(holder, surface)
            self._remember(self.people, holder, offset)
            return holder
        if first == "the" and (body := self._body_by_closing_word(head)) is not None:
            reg.add_alias(body, surface)
            self._remember(self.groups, body, offset)
            return body
        if first in ("the", "this", "that") and (not head.split()[-1][:1].isupper() or _capitalised_org_head(head)) \
                or _role_headed(head, first):
            linked = self._description(head, content_words, lex, offset)
            if linked is not None and linked.type == "person" and _capitalised_org_head(head):
                linked = None  # `The Bank` is no person titled at a bank (BBC business 2005)
            if linked is not None:
                reg.add_alias(linked, surface)
                self._remember(self.people if linked.type == "person" else self.groups, linked, offset)
                return linked
        if not capitalised:
            if first in ("the", "this", "that") and any(w in _GLOSSED_BODY_NOUNS for w in content_words) \
                    and (glossed := self._glossed_body(offset)) is not None:
                # `New research from the Royal Academy of Dance (RAD) ... The organisation
                # blames`: the body named with its acronym just before (BBC 2005)
                reg.add_alias(glossed, surface)
                return glossed
            if first in ("the", "this", "that") and en_certainty.withheld(head):
                return self._unnamed_again(head.split()[-1].lower(), surface, offset) \
                    or self._unnamed(surface, offset)
            if first in ("the", "this", "that") and any(w in lex.descriptions or w in BODY_NOUNS
                                                        for w in content_words):
                pool = self.groups if any(w in ORG_WORDS or w in ISSUED_BY_BODIES or w in OUTLET_NOUNS
                                          or w in BODY_NOUNS for w in content_words) else self.people
                company = self._lone_name_as_company(content_words) if pool is self.groups else None
                if company is not None:
                    reg.add_alias(company, surface)
                    self._remember(self.groups, company, offset)
                    return company
                author = self._document_author(head, offset) if pool is self.groups else None
                if author is not None:
                    reg.add_alias(author, surface)
                    return author
                if pool is self.groups and content_words[-1:] == ["club"] \
                        and (club := self._club_named_before(offset)) is not None:
                    # `Manchester City have fallen foul ... The club said` (enT-leadersgb-1): a
                    # club's name, not the body that spoke last (UEFA), is what `the club` means
                    reg.add_alias(club, surface)
                    self._remember(self.groups, club, offset)
                    return club
                if pool is self.groups:
                    # `the new paper` after `Scientists think`: a body or outlet described is
                    # no group of people; the latest compatible one, else a new entity
                    kind = common_type(content_words)
                    # `The government had claimed` after `Altria Group said`: a government noun
                    # describes no company (type agreement, as pronouns agree in gender)
                    # `the organisation` is a non-governmental body: not `Iranian authorities`
                    ngo = any(w in ("organization", "organisation") for w in content_words)
                    # `the newspaper`, `the magazine` are outlets; `the paper` may be a document
                    # (`the white paper`) and `the website` a body's (`the company website`)
                    press = kind == "outlet" and any(w in _PRESS_NOUNS for w in content_words)
                    authored = any(w in _AUTHORED_TEXTS for w in content_words)
                    company = any(w in COMPANY_NOUNS for w in content_words)
                    entity = next((e for e in islice(pool.recent(), SALIENT) if e.type != "group"
                                   and (kind != "government" or e.type == "government")
                                   and (kind != "outlet" or e.type not in ("government", "person", "unnamed"))
                                   # an outlet last seen pages back is not `the network` (a
                                   # live blog's `The conservative publication`)
                                   and (kind != "outlet" and e.type != "outlet"
                                        or offset - pool.offset(e) <= _OUTLET_BACK)
                                   and (not press or e.type == "outlet")
                                   # `the statement read` is nobody's document: not `a report
                                   # published by an Indian newspaper` the statement rebuts
                                   and not (authored and (_document_named(e) or self._only_as_document(e)))
                                   and (not ngo or e.type == "organization")
                                   and not (company and self._no_company(e))
                                   and (content_words[-1] not in DESCRIPTION_FIT
                                        or self._fits_description(e.name, DESCRIPTION_FIT[content_words[-1]]))), None)
                    if entity is not None and entity.type == "organization" \
                            and any(w in BODY_NOUNS or w in _TYPES["organization"] for w in content_words) \
                            or (entity is None or entity.type == "outlet") \
                            and any(w in COMPANY_NOUNS for w in content_words):
                        # `... accused Braun, Borchetta and Big Machine of ... The company
                        # flat-out denied` (enC-foxnews-1): a company the sentence before names
                        # is more salient than the company that spoke last; it speaks now. So is
                        # one its own sentence names (`In a statement from Lycos Europe ..., the
                        # company denied`, BBC tech 2004), also over an outlet (`In a statement
                        # Apple sent to Sixth Tone ..., the company said`, enT-sixthtone-1)
                        named = self._company_in_previous_sentence(
                            offset, pool, lex, unmarked=entity is None or entity.type != "organization")
                        if named is not None and named is not entity:
                            reg.add_alias(named, surface)
                            self._remember(self.groups, named, offset)
                            return named
                    if content_words[-1:] == ["report"] and len(content_words) == 1:
                        # `The New York Times reported ... the report said`: a bare `the report`
                        # after an outlet's report is that outlet's, not the body quoted last
                        # (`... the Russian foreign ministry said`)
                        entity = next((e for e in islice(pool.recent(), SALIENT) if e.type == "outlet"
                                       and offset - pool.offset(e) <= _OUTLET_BACK), entity)
                    if entity is None and kind == "outlet":
                        entity = self._named_group_source(offset)
                    if entity is None and press:
                        entity = self._outlet_of_piece(offset)
                    # (`The airline said` after `British Airways is to halt ... BA currently
                    # operates`, `The bank` after `Halifax`: BBC business 2004-05)
                    if entity is None and any(w in BODY_NOUNS or w in COMPANY_NOUNS or w in ("agency", "bank")
                                              for w in content_words):
                        entity = self._company_named_before(
                            offset, lex, kind if kind in ("organization", "government") else "organization",
                            content_words[-1])
                    if entity is not None:
                        reg.add_alias(entity, surface)
                        return entity
                elif pool and not _holds_other_title(pool.last()[1], head.split()[-1].lower()):
                    entity = pool.last()[1]
                    reg.add_alias(entity, surface)
                    return entity
            if en_certainty.withheld(head) or _someone_unnamed(words, content_words):
                return self._unnamed(surface, offset)
            entity = reg.add(common_type(content_words), head)
            self._remember(self.groups, entity, offset)
            return entity
        if en_certainty.withheld(head):  # `Sources`, `US officials`: capitals, still unnamed
            noun = UNNAMED_HEAD.match(head)
            if first in ("the", "this", "that") and noun is not None:
                # `The Star cited a source ... The nameless source at the Hillbrow SAPS
                # revealed` (enH-ewn-1): a definite description, its head before the place
                # that capitalises it, is the unnamed source cited before
                again = self._unnamed_again(noun.group(1).lower(), surface, offset)
                if again is not None:
                    return again
            return self._unnamed(surface, offset)
        words_h = head.split()
        if len(words_h) >= 2 and words_h[-1].lower() in ISSUED_BY_BODIES \
                and words_h[-2].endswith(("’s", "'s")) and words_h[-2][:1].isupper():
            # `JD.com's report`, `the ministry's statement`: the body that issued it speaks
            owner = " ".join(words_h[:-1])
            owner = owner[:-2] if owner.endswith(("’s", "'s")) else owner
            return self._known_as(owner, surface, lex, offset)
        printed = piece_in_outlet(head)
        if printed is not None and (self.memo.outlet(printed[0]) is not None
                                    or printed[0].split()[-1].lower() in OUTLET_HEADS):
            # `A report in the Sunday Business claimed`, `another report in the Sunday
            # Telegraph claims` (BBC 2005): the paper that printed the piece speaks, as for
            # `A new ABC News poll` (a document is never a person)
            name, at = printed
            if self.memo.outlet(name) is not None:
                return self._known_as(name, surface, lex, offset + at)
            # a paper the gazetteer does not list (`the Des Moines Register`, `the
            # China-published Economic Observer`): an outlet by its head, not a person
            name = OWNED_PREFIX.sub("", name)
            entity = reg.find(name) or reg.add("outlet", name)
            reg.add_alias(entity, surface)
            self._remember(self.groups, entity, offset)
            return entity
        issued = document_issuer(head)
        if issued is not None:
            # `A new ABC News poll shows`, `according to data released by MOTIE`: the issuer
            # the document phrase names speaks (a document is never a person)
            issuer, at = issued
            return self._known_as(issuer, surface, lex, offset + at)
        parts = _conjuncts(head)
        if parts:
            # `ABC News and Politifact`: two entities, each registered (and found again later
            # under its own name); the attribution's source is the group they form.
            for part in parts:
                self.resolve(part, part.lower().split(), lex, offset)
            entity = reg.add("group", head)
            self._remember(self.groups, entity, offset)
            return entity
        if _with_company(head):
            # `Hansen and his collaborators`: a group (a later `they`), its named member an
            # entity of his own
            left = head.partition(" and ")[0]
            self.resolve(left, left.lower().split(), lex, offset)
            entity = reg.add("group", head)
            self._remember(self.groups, entity, offset)
            return entity
        head = OWNED_PREFIX.sub("", head)  # `Amazon-owned Whole Foods` is Whole Foods
        described = _described_body(head)
        if described is not None:
            # `The private equity firm Alden Capital`: a body's description closed by its name
            # is that body, known by the name (a later `Alden` finds it)
            name, at = described
            return self._known_as(name, surface, lex, offset + at)
        existing = reg.find(head)
        proper = _without_titles(head)
        if existing is None and proper != head and len(proper.split()) >= 2:
            named = reg.find(proper)  # `chief executive Geoff Dixon` after `Qantas chief executive Geoff Dixon`
            existing = named if named is not None and named.type == "person" else None
        # no lower-case head (`the Afghan government`); read on the naming part only, so that
        # `Mrs Beckett, who was first elected in 1974` is a bare name too
        bare_name = len([w for w in head.split() if w.lower() not in lex.determiners
                         and w[:1].isalpha()]) == len(capitalised)
        if existing is None and bare_name and (len(capitalised) == 1 or proper != head
                                               or capitalised[0].rstrip(".").lower() in lex.titles):
            surname = capitalised[-1].strip(".,").removesuffix("’s").removesuffix("'s")
            if len(capitalised) == 2 and capitalised[0].lower() in KNIGHTED:
                existing = self._given_match(surname, offset)  # `Sir Keir` is Keir Starmer
            honorific = len(capitalised) == 2 and capitalised[0].lower() in HONORIFICS \
                and surname.lower() not in _ADDRESSED_TITLES
            if existing is None and (surname.lower() not in PERSON_TITLES or honorific) \
                    and (surname.lower() not in lex.descriptions or honorific):
                # `Minister` alone names nobody; `Mrs.`/`Mr.` ask for that gender, and make a
                # surname that is also an occupation or a title a name (`Ms. Boxer` after
                # `Senator Barbara Boxer`, New York Times 2016; `Mr King` after `Paul King`,
                # BBC 2004), though `Mr President` addresses an office
                first_word = proper.split()[0]
                # a given name before the surname (not an initial, a title such as `Supt`, or a
                # particle of the surname: `Van Voorhis`)
                given = first_word if len(proper.split()) >= 2 and first_word[:1].isupper() \
                    and len(first_word.rstrip(".")) > 1 and first_word != surname \
                    and first_word.lower() not in SURNAME_PARTICLES \
                    and first_word.lower().rstrip(".") not in PERSON_TITLES else None
                existing = self._surname_match(surname, offset, HONORIFICS.get(capitalised[0].lower())
                                               if len(capitalised) == 2 else None, given)
                variant = self._misspelt_surname(surname) if existing is None and given is None else None
                if variant is not None:  # `Bayrktar affirmed` after `Alparslan Bayraktar said`
                    existing = self._surname_match(variant, offset)
        if existing is None and bare_name and len(capitalised) == 3 and capitalised[0].lower() in HONORIFICS:
            # `Mr Baez Silva` after `said Carlos Baez Silva` (BBC 2005): a two-word surname, found
            # as the registry finds `Saeb Erekat` after `... negotiator Saeb Erekat`
            existing = reg.fuller_name_before(" ".join(capitalised[1:]))
        head_words = head.split()
        if existing is None and not bare_name and 3 <= len(head_words) <= 6 \
                and head_words[-2].lower().rstrip(".") in _HONORIFICS and head_words[-1][:1].isupper() \
                and not any(w.lower() in _NOT_ROLE_ENDS for w in head_words[:-2]):
            # `Qantas boss Mr Dixon`: the honorific and surname after a role name the person as
            # `Mr Dixon` alone would (not `calculations presented to the US Senate by Dr Graham`)
            existing = self._surname_match(head_words[-1].strip(".,"), offset,
                                           HONORIFICS.get(head_words[-2].lower()))
        if existing is None and not bare_name:
            existing = self._named_after_premodifier(head_words, offset)
        if existing is None:
            existing = self._fuller_name(head)
        if existing is None and bare_name and len(proper.split()) >= 2:
            existing = self._given_name_before(proper)
            if existing is not None:
                reg.set_name(existing, proper)  # the fullest proper name is the display name
        if existing is not None:
            reg.add_alias(existing, head)
            entity = existing
            if entity.type == "person" and len(proper.split()) > len(_without_titles(entity.name).split()) \
                    and proper.split()[-1] == _without_titles(entity.name).split()[-1] \
                    and all(w[:1].isupper() or w.lower() in SURNAME_PARTICLES
                            for w in proper.split()):  # not `an angry Hollande`
                reg.set_name(entity, proper)  # the fullest proper name is the display name
        else:
            kind = self._evidence_type(head, name_type(head.split()), offset, surface)
            described = surface.split(",")[0].split()
            if kind == "person" and head != surface.split(",")[0].strip() and len(described) > 1 \
                    and described[0].lower() in ("the", "a", "an") and described[1].lower() in _BODY_DESCRIPTIONS \
                    and "and" not in described:
                # `The group that owns most of her music, Big Machine, says`: the name in
                # apposition to a body's description is that body's, though no list knows it
                kind = "organization"
            entity = reg.add(kind, head)
            if kind == "person" and proper != head and len(proper.split()) > 1 \
                    and name_type(proper.split()) == "person":
                # `President Barack Obama` is Barack Obama; `The leader of the Anti-Defamation
                # League` keeps its name (what is left after the title is the body's)
                reg.set_name(entity, proper)
        if head != surface:
            reg.add_alias(entity, surface)
        self._remember(self.groups if entity.type != "person" else self.people, entity, offset)
        return entity

    def _name_apposed_after(self, surface: str, offset: int) -> tuple[str, int] | None:
        """The person's name (with its titles) and its offset when the role `surface` is
        followed by one in apposition: `its spokesman, Nnamdi Omoni, the command said`,
        `Director Army Public Relations, Brigadier General Mohammed Yerima in a statement on
        Monday, dismissed` (Vanguard 2019, en-news part N tune). The role must name a person
        (a person title or description) and no one by name itself, and the name a person with no
        `and` after it (`the ministers, John Smith and Jane Doe`: two people, issue #15)."""
        role = surface.partition(",")[0].rstrip()  # the source span may hold the apposition
        words = [w.lower().strip(",.") for w in role.split()]
        named = _without_titles(role)
        if not words or self.text[offset:offset + len(surface)] != surface \
                or not any(w in PERSON_TITLES or w in PERSON_DESCRIPTIONS for w in words) \
                or named != role and name_type(named.split()) == "person":  # `President Joe Biden, ...`
            return None
        m = _APPOSED_NAME.match(self.text, offset + len(role))
        if m is None or m.group(2) in ("and", "or") or in_quotation(self.text, m.start(1)):
            return None
        name = m.group(1)
        proper = _without_titles(name)
        if len(proper.split()) < 2 or proper.split()[0].lower() in NAME_OPENERS \
                or name_type(proper.split()) != "person" or is_place(proper):
            return None
        return name, m.start(1)

    def _pair_named_before(self, offset: int, last_at: int) -> Entity | None:
        """`... two big-name Democratic politicians: Senator Elizabeth Warren and congresswoman
        Alexandria Ocasio-Cortez. They criticised ...`: `They` opening a sentence right after
        a sentence that names two persons joined by `and` (titles between allowed), newer than
        the last source, is those two, as one group named after both (as `_pair` names `both
        men`); never when the sentence names a third person."""
        own = self._sentence_start(offset)
        if self.text[own:offset].strip(" \n\"“‘'") or own <= 1:
            return None
        end = len(self.text[:own].rstrip())
        before = self._sentence_start(max(0, end - 1))
        if before <= last_at:
            return None
        lo, hi = bisect_left(self._name_starts, before), bisect_left(self._name_starts, own)
        named = [(start, name) for start, name in self.names[lo:hi] if not in_quotation(self.text, start)
                 and self.memo.outlet(name) is None]
        if len(named) != 2:
            return None
        (a_at, a), (b_at, b) = named
        gap = self.text[a_at + len(a):b_at].split()
        if not gap or gap[0] != "and" or len(gap) > 3 or any(w[:1].isupper() or not w.isalpha() for w in gap[1:]):
            return None
        people = [self._person_named(a), self._person_named(b)]
        if any(e.type != "person" or not _proper_name(e.name) or " and " in e.name for e in people) \
                or people[0] is people[1]:
            return None
        return self.ctx.registry.add("group", f"{people[0].name} and {people[1].name}")

    def _pair(self, words: list[str], offset: int) -> Entity | None:
        """`Both men`, `the two candidates`, `both sides`: the two entities last mentioned as
        sources of the noun's kind (persons for `men`, `leaders`; bodies for `sides`,
        `countries`), as one group named after both in the order the article introduced them
        (`Kevin King and Timothy Weeks`), each still an entity of its own."""
        if len(words) != (2 if words[:1] == ["both"] else 3) \
                or not (words[0] == "both" or words[:2] == ["the", "two"]) or words[-1] not in PAIR_NOUNS:
            return None  # no modifier: `both presidential candidates` may be any two
        found: list[Entity] = []
        kind = PAIR_NOUNS[words[-1]]
        if kind != "body":
            # the last two persons the text named (sources or not), outside quotations, of
            # the noun's gender when their given names tell it
            at = bisect_left(self._name_starts, offset)
            for start, name in reversed(self.names[:at]):
                if in_quotation(self.text, start) or self.memo.outlet(name) is not None \
                        or given_name_gender(name) not in (None, kind):
                    continue
                entity = self._person_named(name)
                if entity not in found and entity.type == "person" and " and " not in entity.name \
                        and _proper_name(entity.name):
                    found.append(entity)
                if len(found) == 2:
                    break
        else:
            found = [e for e in islice(self.groups.recent(), SALIENT)
                     if e.type in ("government", "organization") and _proper_name(e.name)
                     and " and " not in e.name and e.name.lower() not in NAME_OPENERS][:2]
        if len(found) < 2:
            return None
        first, second = sorted(found, key=lambda e: (self.text.find(e.name) % (len(self.text) + 1)))
        return self.ctx.registry.add("group", f"{first.name} and {second.name}")

    def _description(self, head: str, content_words: list[str], lex: Lexicon,
                     offset: int) -> Entity | None:
        """The antecedent of a definite description (`the doctor`, `the expert`, `The Wikileaks
        founder`, `The president`, `The 56-year-old`), most recent first: an earlier source
        whose mentions have the same head noun (`A doctor on the scene`, `one legal expert`:
        Vieira & Poesio 2000's same-head rule), else for a title or role the latest person
        mentioned with that title (`The president` -> `US President Donald Trump`), else for
        a person description or an age the latest person; None when nothing fits (the caller
        goes on as before)."""
        noun = head.split()[-1].lower().strip(",.")
        lowered = head.lower().split()
        if "and" in lowered[1:-1] and lowered[lowered.index("and") + 1] not in DETERMINERS_AFTER_AND \
                and lowered[lowered.index("and") - 1] in PERSON_DESCRIPTIONS:
            # `The feminist writer and broadcaster`: one person with two occupations (BBC 2005)
            noun = lowered[lowered.index("and") - 1]
        if not noun.replace("-", "").isalpha() and not noun.endswith("-old"):
            return None
        # capitalised premodifiers (`The French foreign ministry`) must be compatible with the
        # antecedent: no `Russia's foreign ministry` for it (Vieira & Poesio's premodifier test)
        modifiers = [w.lower()[:4] for w in head.split()[1:-1] if w[:1].isupper()]
        elect = elect_title(head, noun)
        if elect is not None:
            # `the future President`: the President-elect, before the president in office
            holder = next((e for e in islice(self.people.recent(), SALIENT)
                           if any(elect in a.lower().split() for a in e.aliases)), None)
            if holder is not None:
                return holder
        # the same head first, then the same role's other form (`the spokesperson` is the
        # spokesperson cited before a spokesman named since, if there is one)
        for heads in filter(None, ({noun}, _same_role_heads(noun) - {noun})):
            for pool in (self.people, self.groups, self._unnamed_pool):
                for entity in islice(pool.recent(), SALIENT):
                    if any(  # the head before an apposition: `the group` is not `X, president of a group`
                            heads & _alias_heads(alias) and alias.lower() != head.lower()
                            for alias in entity.aliases if alias.lower() not in DESCRIBED_NOTHING) \
                            and not _premodifiers_clash(modifiers, noun, entity.aliases):
                        return entity
        if noun in ROLE_HYPERNYMS:
            # `the Russian diplomat` after `Russian Ambassador to Havana Viktor Koronelli`
            for entity in islice(self.people.recent(), SALIENT):
                if any(w.lower().strip(",.") in ROLE_HYPERNYMS[noun]
                       for alias in entity.aliases for w in alias.split(",")[0].split()[:-1]):
                    return entity
            # `Prince Andrew gave an interview ... the British royal denied`: a person the text
            # named with such a title, though not yet as a source
            for start, name in reversed(self.names[:bisect_left(self._name_starts, offset)]):
                before = re.split(r"[.;:!?\n]", self.text[max(0, start - 40):start])[-1]
                titled = name.split()[:-1] + before.split()[-4:]  # `Ambassador to Havana X`
                if any(w.lower().strip(",.") in ROLE_HYPERNYMS[noun] for w in titled):
                    return self._person_named(name)
            # `He further implicated the Information Minister ... The politician indicated`
            # (enI-ghanaweb-1): no one the text titled so, the speaker just named is meant
            last = self._speaker_in_role(head, noun, offset)
            if last is not None:
                return last
        if noun in PERSON_TITLES or noun in lex.descriptions and noun not in ORG_WORDS \
                and noun not in ISSUED_BY_BODIES and noun not in OUTLET_NOUNS or noun.endswith("-year-old"):
            # (`The paper said` right after `Johnson told ...` is the outlet, never the person)
            if any(w in ORG_WORDS or w in ISSUED_BY_BODIES for w in content_words):
                return None
            for entity in islice(self.people.recent(), SALIENT):
                if any(noun in alias.lower().split() for alias in entity.aliases):
                    return entity
            if noun.endswith("-year-old") or noun in PERSON_DESCRIPTIONS or noun in EPITHETS:
                subject = self._previous_subject(head, noun, offset)
                if subject is not None:
                    return subject
                last_at, last = self.people.last() if self.people else (-1, None)
                name = self._name_before(offset, last_at)  # a person named since, or the last source
                return self._person_named(name) if name is not None else last
            last = self._speaker_in_role(head, noun, offset) or self._previous_subject(head, noun, offset)
            if last is None and noun in PERSON_TITLES:
                # the last resort: someone the text titled so, though not as a source
                last = self._titled_in_text(head, noun, offset)
            return last
        elif noun in PERSON_DESCRIPTIONS or noun in EPITHETS:
            # `The real estate agent said` after `Eyamba Sowers didn't`; `The Wasps wing
            # insisted` after `England's Josh Lewsey has claimed` (BBC sport 288)
            return self._previous_subject(head, noun, offset)
        return None

    def _company_in_previous_sentence(self, offset: int, pool: RecentPool, lex: Lexicon,
                                      unmarked: bool = False) -> Entity | None:
        """The organisation among the recent sources that the sentence before `offset` (and its
        own sentence up to it) names last outside quotation marks, by its name or by its name
        without the company word (`Big Machine` for Big Machine Records), or None: Hobbs's
        recency counts every mention, not only the mentions as a source. With `unmarked` (the
        pool offered no organisation), a name typed person only by default (`Lycos Europe`,
        `Krispy Kreme`: no given name, title or he/she) counts as one too, unless the text gives it a person's role in apposition (`said Arjan Sweere, an
        analyst at Petercam`, BBC business 2005)."""
        begin = self._sentence_start(max(0, self._sentence_start(offset) - 2))
        span = self.text[begin:offset]
        best: tuple[int, Entity] | None = None
        # a company typed person only by default (`Lycos Europe`: no given name, title or he/she)
        companies = [e for e in islice(self.people.recent(), SALIENT)
                     if e.type == "person" and _unmarked_person(e) and not _clearly_person(e)
                     and not self._role_apposed(e.name, lex)] if unmarked else []
        for entity in [*islice(pool.recent(), SALIENT), *companies]:
            if entity.type != "organization" and not (entity.type == "person" and _unmarked_person(entity)) \
                    or _plural_common_noun(entity.name.lower()) and not self._capitalised_inside_sentence(entity.name):
                continue  # `Analysts said` opening a sentence is no company's name (BBC business 2005)
            words = entity.name.removeprefix("The ").split()
            forms = {" ".join(words)}
            if len(words) > 2 and words[-1].lower() in ORG_WORDS:
                forms.add(" ".join(words[:-1]))
            for form in forms:
                for m in _word_start_re(form).finditer(span):
                    if not in_quotation(self.text, begin + m.start()) and (best is None or m.end() > best[0]):
                        best = (m.end(), entity)
        return best[1] if best is not None else None

    def _role_apposed(self, name: str, lex: Lexicon) -> bool:
        """Whether some mention of `name` has a person's role in apposition after it (`Hannes
        Wittig, telecoms analyst at Dresdner Kleinwort Wasserstein`): its head noun, before an
        `of`/`for`/`at` phrase, is a person description of the lexicon."""
        for m in _word_start_re(name).finditer(self.text):
            role = _APPOSITION.match(self.text, m.end())
            if role is not None and role_head(role.group(1)) in lex.descriptions:
                return True
        return False

    def _unnamed_again(self, noun: str, surface: str, offset: int) -> Entity | None:
        """`the source said` after `a source familiar with the situation`: the unnamed source
        cited before with the head `noun`, not the last named speaker; None when there is
        none."""
        earlier = next((e for e in self._unnamed_pool.recent()
                        if any(noun in a.lower().split() for a in e.aliases)), None)
        if earlier is None and noun in UNNAMED_NOUNS:
            # `two people familiar with the matter told Reuters ... said the sources`: the
            # sources are the unnamed people just cited (of the same number)
            earlier = next((e for e in islice(self._unnamed_pool.recent(), 3)
                            if any(w in UNNAMED_NOUNS[noun] for a in e.aliases for w in a.lower().split())),
                           None)
        if earlier is not None:
            self.ctx.registry.add_alias(earlier, surface)
            self._unnamed_pool.touch(earlier, offset)
        return earlier

    def _titled_in_text(self, head: str, noun: str, offset: int) -> Entity | None:
        """`The governor said` after `Republican Gov. Eric Holcomb and leaders of the
        GOP-dominated Legislature ... Holcomb's 2016 election campaign` (enC-detroitnews-1):
        the person the text named with that title (abbreviated or not) right before the name,
        though not yet as a source of their own; of two so titled (`Kentucky GOP Gov. Matt
        Bevin`), the one whose name was read last. The description's premodifiers must stand
        there too (`the former president` is `former President Bill Clinton`, not `President
        Obama`; `The Florida senator` no `Sen. Ted Cruz`; `the inspector general` no general):
        Vieira & Poesio (2000)'s premodifier test. None when nobody holds the title so."""
        wanted = {w.lower().strip(",.") for w in head.split()[1:-1]} - _IDLE_MODIFIERS
        if any(w.endswith(("’s", "'s")) for w in wanted):
            return None  # `The State Department's inspector general`: someone's official
        names = self.names[:bisect_left(self._name_starts, offset)]
        titled: dict[str, str] = {}
        offices: dict[str, set[str]] = {}  # the titles each surname was given (`Mr` is none)
        for start, name in names:
            said = {title_word(w) for w in self._words_before(start) + name.split()[:-1]}
            offices.setdefault(name.split()[-1], set()).update(said & PERSON_TITLES - _HONORIFICS)
            if noun in said and wanted <= said and len(name.split()) > 1:
                titled[name.split()[-1]] = name
        # only the person named last (`... her advantage over Sanders. The senator has often
        # cited his state's rural culture`): a title held by someone named further back is no
        # evidence against the one just named (`Rubio sought ... the senator said`)
        last = names[-1][1].split()[-1] if names else None
        full = titled.get(last) if last is not None else None
        if full is None and len(titled) == 1 and last is not None and offices.get(last) \
                and noun not in offices[last]:
            # unless the one just named holds another office and the one titled so was named
            # again since the sentence before (`PNG's Public Service Minister, Soroi Marepo Eoe,
            # met ... Fiji's High Commissioner to PNG, Mosese Tikoitoga. But while Mr Eoe did
            # meet with Mr Tikoitoga, ... the minister told Mr Tikoitoga`, enM-rnz-1); a
            # holder named further back may be no one's antecedent (a one-word name such as
            # `Rubio` between is not in `names`: PolNeAR train wash-post_2016-02-09)
            holder = next(iter(titled))
            since = self._sentence_start(max(0, self._sentence_start(offset) - 2))
            if any(start >= since and name.split()[-1] == holder for start, name in names):
                full = titled[holder]
        return self._person_named(full) if full is not None else None

    def _words_before(self, start: int) -> list[str]:
        """Up to five words before a name at `start`, nearest first, within its sentence (`Gov.`
        and other title abbreviations end no sentence): where the text gives a name its title."""
        before = []
        for word in reversed(self.text[max(0, start - 60):start].split()[-5:]):
            if word.endswith((".", ";", ":", "!", "?")) and word.lower().rstrip(".") not in TITLE_ABBREVIATIONS:
                break  # the end of the sentence before
            before.append(word)
        return before

    def title_holder(self, head: str, offset: int) -> Entity | None:
        """`The President` or `The President of Sri Lanka` after `Sri Lankan President
        Maithripala Sirisena` (enL-canindia-1): a capitalised title alone, or with the place it
        is held in, names the one person the text gave that title (every word of it, and the
        place or its adjective), a source already or only named so far. ANNOTATION.md: a
        description is resolved to the person it refers to. None when no one or two people
        hold it (`The President` with two presidents named stays as it was)."""
        m = _TITLE_OF_PLACE.fullmatch(head)
        if m is None or m.group("title").split()[-1].lower() not in PERSON_TITLES:
            return None
        title = {w.lower() for w in m.group("title").split()}
        place = {w.lower()[:4] for w in (m.group("place") or "").split()}

        def holds(words: list[str]) -> bool:
            return title <= {title_word(w) for w in words} and place <= {w.lower()[:4] for w in words}

        for entity in islice(self.people.recent(), SALIENT):
            if any(holds(alias.replace(",", " ").split()[:-1]) for alias in entity.aliases):
                return entity
        holders = [name for start, name in self.names[:bisect_left(self._name_starts, offset)]
                   if len(name.split()) > 1 and holds(self._words_before(start) + name.split()[:-1])]
        # one person, however the tagger cut the names (`Maithripala Sirisena`, `Sri Lanka
        # Maithripala`): every two share a word; the first is the introduction
        if not holders or any(not set(a.split()) & set(b.split()) for a in holders for b in holders):
            return None
        return self._person_named(holders[0])

    def _speaker_in_role(self, head: str, noun: str, offset: int) -> Entity | None:
        """`Mr Dale said ... The Green leader suggested ...`: a short definite role (`the X`,
        up to four words) held by nobody the article has described, right after a named
        speaker, is that speaker (elegant variation); None otherwise."""
        if not self.people or not head.lower().startswith("the ") or len(head.split()) > 4:
            return None
        last_at, last = self.people.last()
        modifiers = [w for w in head.split()[1:-1] if w[:1].isupper()]
        near = self.text[max(0, last_at - ROLE_WINDOW):offset]
        gap = self.text[self._sentence_end(last_at) + 1:offset]
        # or closes the quotation right after theirs (`Lindsay also said ... "It'd be a
        # great loss for us," said the Warriors chief`: BBC 2005)
        next_sentence = not gap.strip(" \n\"”’'") or _QUOTE_THEN_CUE.fullmatch(gap) is not None
        if 0 <= offset - last_at <= ROLE_WINDOW and _proper_name(last.name) \
                and not _holds_other_title(last, noun) \
                and self._name_before(offset, last_at) is None \
                and (next_sentence or all(_word_start_re(w).search(near) for w in modifiers)):
            # its capitalised modifiers (`Green`) were said near them, or the role opens the
            # sentence right after theirs (`Sir Keir Starmer has told ITV News ... The Labour
            # leader, in an interview with ..., criticised`)
            return last
        return None

    def _previous_subject(self, head: str, noun: str, offset: int) -> Entity | None:
        """The person whose name is the subject of the sentence before a role description
        that opens its own sentence (`Chris Grayling warned ... Speaking in the Commons, the
        Conservative MP said`; `Eyamba Sowers didn't know Patrick was coming ... The real
        estate agent said`; `"...," Lavrov stated. Russia's top diplomat pointed out`):
        news writing's elegant variation names the previous sentence's subject again by a
        role, and centering theory's preferred antecedent is that subject (Grosz, Joshi &
        Weinstein 1995), not an object named after it (`Patrick`). The description may
        follow an opening adverbial (`Speaking in the Commons,`). Kept out, as the breadth
        check over PolNeAR train and BBC 2004-05 showed they are someone else: a person
        titled otherwise (`CIA Director Mike Pompeo` is not `the president`) unless the role
        is a hypernym of that title (`diplomat` for a foreign minister); a role with a
        capitalised modifier when the previous sentence names another person too (`President
        Obama had a talk with Francois Hollande. The French president`); a subject named
        again in the description's own sentence (`The former finance officer said Mr Ebbers
        knew`); another person who spoke in the previous sentence (`Nielsen had panicked ...,
        Greer said. The feminist writer`). None when nothing fits."""
        own = self._sentence_start(offset)
        if _ADVERBIAL_OPENING.fullmatch(self.text[own:offset]) is None:
            return None
        if any(own <= start < offset for start, _ in self.names):
            return None  # a name in the opening (`Asked about Smith, the minister said`)
        back = own
        while back > 0 and self.text[back - 1].isspace():
            back -= 1
        before = self._sentence_start(max(0, back - 1))
        while before > 1 and self._abbreviation_before(before):
            before = self._sentence_start(before - 2)  # `... Trump or Sen. Ted Cruz (R-Texas).`
        if before >= back:
            return None
        subject = self._opening_subject(before, back)
        if subject is None or _on_heading(self.text, subject[0]):
            return None
        start, name = subject
        entity = self._person_named(name)
        if entity.type != "person" or not _proper_name(entity.name):
            return None
        hypernym = ROLE_HYPERNYMS.get(noun, frozenset())
        titles = {w.lower().strip(",.") for alias in entity.aliases
                  for w in alias.split(",")[0].split()[:-1]}
        if _holds_other_title(entity, noun) and not titles & hypernym:
            return None
        # titles before the name in that sentence are theirs too (`Chief Cabinet Secretary
        # Hirokazu Matsuno` is not `the top government spokesperson` by any word said)
        titled = {w.lower().strip(",.“\"") for w in self.text[before:start].split()} & PERSON_TITLES
        titled -= {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord"}
        if titled and noun not in titled and not titled & hypernym:
            return None
        surname = name.split()[-1]
        said = (self.text[before:back] + " " + " ".join(entity.aliases)).lower()
        for word in head.split()[:-1]:
            word = word.strip(",.")
            owner = word.removesuffix("’s").removesuffix("'s")
            if (_demonym(word) or word in IRREGULAR_DEMONYMS or owner != word and is_place(owner)) \
                    and owner.lower()[:4] not in said:
                return None  # `The French president` for `President Obama`: said of nobody here
        if _word_start_re(surname).search(self.text, offset, self._sentence_end(offset)):
            return None
        if self.people:
            last_at, last = self.people.last()
            if before <= last_at < back and last is not entity:
                return None
        return entity

    def _abbreviation_before(self, at: int) -> bool:
        """Whether the sentence break just before `at` follows a title abbreviation (`Sen.`)
        or initials: no sentence ends there."""
        word = self.text[max(0, at - 8):at].split()[-1:] or [""]
        return word[0].lower().strip("(\"“") in TITLE_ABBREVIATIONS or INITIALS.fullmatch(word[0].strip("(\"“.")) is not None

    def framed_subject(self, offset: int) -> tuple[int, str, Entity | None] | None:
        """The named subject of the sentence before the one holding `offset`, when only a
        quotation and its comma (`"...," the top government spokesperson told`), that and its
        cue (`"...," said the minister`) or an opening adverbial (`Speaking in the Commons, the
        Conservative MP said`) come before `offset` in its own sentence: (its start, its name,
        its entity), or None; the entity is None when the subject is no source's. No name may
        stand between the two sentences' border and `offset` outside quotation marks (a person
        named in the frame is the nearer antecedent; an object of the sentence before is less
        salient than its subject: Grosz, Joshi & Weinstein 1995). `elegant_variation` joins a
        role description to it."""
        own = self._sentence_start(offset)
        closing = _CLOSED_QUOTE.search(self.text, own, offset)
        if closing is not None and in_quotation(self.text, own):
            # a quotation of several sentences (`"So Donald, ... He would not be the commander
            # in chief we need," the former Florida governor said`): its frame's sentence
            # opens with the quotation
            opening = max(self.text.rfind(q, max(0, own - AGREEMENT_WINDOW), own) for q in "\"“")
            if opening < 0 or self.text[self._sentence_start(opening):opening].strip(" \t\n\u00a0\"”’'"):
                return None
            own = opening
        prefix = self.text[own:offset]
        if not (_QUOTE_PREFIX.fullmatch(prefix) or _ADVERBIAL_OPENING.fullmatch(prefix)
                or _QUOTE_THEN_CUE.fullmatch(prefix)):
            return None
        back = own
        while back > 0 and (self.text[back - 1].isspace() or self.text[back - 1] in "\"”’'"):
            back -= 1
        before = self._sentence_start(max(0, back - 1))
        while before > 1 and self._abbreviation_before(before):
            before = self._sentence_start(before - 2)
        if before >= back:
            return None
        subject = self._opening_subject(before, back, roles=True)
        dateline = _DATELINE_DASH.match(self.text, before, back)
        if subject is None and dateline is not None:
            subject = self._opening_subject(dateline.end(), back, roles=True)  # `Tokyo, Aug. 8 (Jiji Press)--X`
        if subject is None or _on_heading(self.text, subject[0]):
            return None
        start, name = subject
        surname = name.split()[-1]
        for at, other in self.names[bisect_left(self._name_starts, back):
                                    bisect_left(self._name_starts, offset)]:
            if other.split()[-1] != surname and not in_quotation(self.text, at):
                return None
        reg = self.ctx.registry
        entity = reg.find(name) or next((e for e in reg.entities if e.type == "person" and any(
            a == name or a.endswith(" " + name) or a.split()[-1:] == [surname] for a in e.aliases)), None)
        if entity is None:
            # named as no source of their own (`Mike Ruddock paid tribute to his Wales side`,
            # `Bush went after Trump` after `Jeb Bush`): the full name still names them
            full = {_without_titles(n) for n in self._by_surname.get(name, ((), ()))[1]} | {name}
            full = {n for n in full if len(n.split()) > 1}
            if len(full) != 1 or name_type(next(iter(full)).split()) != "person":
                return None
            return start, full.pop(), None
        if entity.type != "person" or not _proper_name(entity.name):
            return None
        return start, name, entity

    def _opening_subject(self, begin: int, end: int, roles: bool = False) -> tuple[int, str] | None:
        """The person name that is the subject of the sentence `text[begin:end]`: the first
        name outside quotation marks when only capitalised words (a title, a nationality)
        or a quotation and its comma come before it (`Japanese Chief Cabinet Secretary
        Hirokazu Matsuno on Tuesday denied`, `"...," Lavrov stated.`); with `roles`, lower-case
        role nouns too (`Former Olympic champion Michael Johnson has accused`: `_role_prefix`),
        for `elegant_variation`, whose gender and possessive guards keep `The woman said` and
        `The rapper's spokesman said` from `US rapper Snoop Dogg` (BBC entertainment 115)."""
        for k in range(bisect_left(self._name_starts, begin), len(self.names)):
            start, name = self.names[k]
            if start >= end:
                return None
            if in_quotation(self.text, start):
                continue
            prefix = self.text[begin:start]
            if not (_TITLE_PREFIX.fullmatch(prefix) or _QUOTE_PREFIX.fullmatch(prefix) or roles and _role_prefix(prefix)) \
                    or prefix.split()[-1:] in (["The"], ["A"], ["An"]) \
                    or self._possessive_at(start + len(name)) or self.memo.outlet(name) is not None:
                return None  # `The Trump team has said`, `Trump's plan`: a modifier, no subject
            if not self._one_bearer(name):
                return None  # `Trump` after Donald and Ivanka Trump: which one the role tells not
            return start, name
        return None

    def _evidence_type(self, head: str, kind: str, offset: int, surface: str = "") -> str:
        """`kind` (from the name's words) checked against the text: a name unknown to every
        list is a person only with person evidence (a given name, a gender the text gives it,
        Mr/Ms, a title; issue #15). Without it, a name cited as `according to X` or `X
        reported` is an outlet (`Kan reported`, `according to the Sioux Falls Argus Leader`,
        a newspaper head such as Leader outweighing the title it spells), a single word
        written in lower case elsewhere is a common noun (`Protesters believe` beside "the
        protesters"), and another single word an organisation (`Amazon said`)."""
        name = head.removeprefix("the ").removeprefix("The ").strip()
        words = name.split()
        if kind not in ("person", "organization") or not words or not words[-1][:1].isupper():
            return kind
        last = words[-1].strip(",.").removesuffix("’s").removesuffix("'s")
        evidence = any(w.lower() in GIVEN_NAMES for w in words[:-1]) or self.genders.of(name) is not None \
            or titled_surname(self.text, last)
        titled = any(w.lower().strip(",.") in PERSON_TITLES for w in words)
        at = self.text.find(head, offset, offset + len(head) + 80)
        end = at + len(head) if at >= 0 else offset + len(head)
        # an apposition that describes a person (`Hicks, a Navy veteran herself and the wife
        # of ...`), or a cue only people take (`told reporters`)
        apposition = {w.lower().strip(",.") for w in surface.partition(head)[2].split()}
        evidence = evidence or bool(apposition & PERSON_APPOSITION) \
            or PERSON_CUE.match(self.text, end) is not None \
            or (WHO_AFTER.match(self.text, end) is not None or WHO_AFTER.match(surface, len(head))) \
            and not last.endswith((*PLURAL_AGENT_ENDINGS, "ans"))  # `Voters who`, `Americans who`: a group
        cited = self.text[max(0, offset - 16):offset].rstrip().lower().endswith(("according to", "according to the")) \
            or CITED_AFTER.match(self.text, end) is not None
        if kind == "organization":
            return "outlet" if cited and name.lower().endswith(DOMAIN_SUFFIXES) else kind
        if not evidence and at > 0 and _body_noun_before(self.text, at):
            # `Spanish football club Real Madrid on Wednesday claimed` (India TV 2019, en-news
            # part P tune): a name after a body's common noun is that body's, so a later `The
            # club` finds it (issue #15: a company is not a person)
            return "organization"
        newspaper = len(words) > 1 and last.lower() in OUTLET_HEADS
        if evidence or titled and not newspaper or any(w[:1].islower() for w in words) \
                or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[0]):  # `Hau-yip`, `Sui-Lee`: given names
            return kind
        single = len(words) == 1 and not self.is_person_word(last)
        lower = last.lower()
        if single and lower.endswith(PLURAL_AGENT_ENDINGS):
            return common_type([lower])  # `Protesters believe`, `Analysts said`: a plural noun
        if not single and (CITED_AFTER.match(self.text, end) or cited and newspaper):
            # `Rolling Stone reported`, `according to the Sioux Falls Argus Leader`; a single
            # word (`Smith reported`, `Kan reported`) may be a surname the text never completes
            return "outlet"
        return "organization" if single else kind

    def _company_named_before(self, offset: int, lex: Lexicon, kind: str, noun: str = "") -> Entity | None:
        """The company a description (`the company`, `The utility`, `the brokerage`) names when
        no body has spoken yet: the latest capitalised name within `COMPANY_WINDOW` characters
        before it, outside quotations and headings, that the text writes capitalised at least
        twice (a recurring name, not a sentence opener), that is no place, no person's name and
        no outlet, and that no lower-case use shows to be a common word (`WeWork declined to
        comment. ... since the company abandoned plans`)."""
        lo = max(0, offset - COMPANY_WINDOW)
        best: tuple[int, str] | None = None
        for m in reversed(list(_COMPANY_WORD.finditer(self.text, lo, offset))):
            name = m.group(1).removesuffix("’s").removesuffix("'s")
            low = name.lower()
            if low in NAME_OPENERS or low in lex.pronouns or low in lex.determiners or low in _CALENDAR \
                    or is_place(name) or _demonym(name) or _demonym(name.removesuffix("s")) \
                    or self.is_person_word(name) \
                    or self.memo.outlet(name) is not None or in_quotation(self.text, m.start()) \
                    or _on_heading(self.text, m.start()) or name_type(name.split()) == "group" \
                    or re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", self.text) is not None:
                continue
            count = self._standalone_count(name)
            if count >= 2 and (noun not in DESCRIPTION_FIT or self._fits_description(name, DESCRIPTION_FIT[noun])) \
                    and (best is None or count > best[0]):
                best = (count, name)
        if best is None:
            return None
        typed = name_type(best[1].split())
        return self.ctx.registry.add(typed if typed in ("government", "outlet") else kind, best[1])

    def _club_named_before(self, offset: int) -> Entity | None:
        """The sports club `the club` at `offset` names: the latest name within `_CLUB_BACK`
        characters before it, outside quotations and headings, that a club's closing word ends
        (`Manchester City`, `Leeds United`) or that the text writes after `club`/`side`
        (`Spanish football club Real Madrid`); None when there is none or when the sentence
        naming it names another club too (`City beat Leeds United`: either may
        be meant; Vieira & Poesio (2000) resolve a description only to an unambiguous antecedent)."""
        lo = max(0, offset - _CLUB_BACK)
        found: list[tuple[int, int, str]] = []
        for m in _CLUB_NAME.finditer(self.text, lo, offset):
            found.append((m.start(), m.end(), m.group(1)))
        # a name the text writes after `club` before (`German football club Borussia Dortmund`)
        # is a club's wherever it stands again (`Borussia Dortmund also will get`)
        for club in {m.group(1) for m in _AFTER_CLUB.finditer(self.text, 0, offset)}:
            for m in _word_start_re(club).finditer(self.text, lo, offset):
                found.append((m.start(), m.end(), club))
        found = [(s, e, _without_openers(n)) for s, e, n in found
                 if not in_quotation(self.text, s) and not _on_heading(self.text, s)]
        # `The City` is no club's name (the opener is all that stands before the closing word)
        found = [(s, e, n) for s, e, n in found
                 if not self.is_person_word(n.split()[0]) and n.split()[0].lower() not in NAME_OPENERS]
        if not found:
            return None
        start, _end, name = max(found)
        begin = self._sentence_start(start)
        if any(n != name and not name.endswith(n) and not n.endswith(name) and s >= begin for s, _e, n in found):
            return None  # two clubs in the sentence that names the latest: ambiguous
        return self.ctx.registry.add("organization", name)

    def _fits_description(self, name: str, fit: dict[str, list[str]]) -> bool:
        """Whether `name` fits a description's head noun by `fit` (an entry of
        entity_types.json `description_fit`): `the airline` is a name the text writes after
        `airline`/`carrier` (`airline Lufthansa`), before `Air`/`Airways` (`Delta Air Lines`),
        one ending in `air`/`jet` (`Ryanair`) or with `Airways` in it; not `Saudi` of `two Saudi services` nor `BFM
        TV` for EgyptAir (BBC business 2004-05, PolNeAR train)."""
        low = name.lower()
        if len(low) > 5 and low.endswith(tuple(fit["endings"])) or any(w in fit["after"] for w in name.split()):
            return True
        n = re.escape(name)
        before = "|".join(map(re.escape, fit["before"]))
        after = "|".join(map(re.escape, fit["after"]))
        return re.search(rf"\b(?:{before}),?[ \t\u00a0]+{n}\b|\b{n}[ \t\u00a0]+(?:{after})\b", self.text) is not None

    def _standalone_count(self, name: str) -> int:
        """How often the text writes the one-word `name` by itself: not right after another
        capitalised word that is no opener nor right before one, where it is part of a longer
        name (`Street` and `Wall` of `Wall Street`, `XP` and `Windows` of `Windows XP`: BBC
        business and tech 2004-05; `Office` of `the Office of Management and Budget`), unless
        that longer name is a company's (`Burren Energy`) or the word before is a place
        (`France Telecom`). The salience of `_company_named_before`: the company a description means
        is the one the text names most often, not the nearest capitalised word."""
        count = 0
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text):
            before = _LAST_WORD.search(self.text, max(0, m.start() - 40), m.start())
            after = _NEXT_CAPITAL.match(self.text, m.end())
            if (before is None or not before.group(1)[:1].isupper() or before.group(1).lower() in NAME_OPENERS
                    or is_place(before.group(1))) \
                    and (after is None or after.group(1) is None and name_type([name, after.group(2)]) == "organization"):
                count += 1
        return count

    def _no_company(self, entity: Entity) -> bool:
        """Whether `entity` cannot be what a company description (`the company`, `the firm`,
        `the carmaker`) names: a government (`Benin claiming ... The company says`), a role
        or description written lower-case (`chairman`, `a spokesman`, `company executives`),
        or a plural common noun or demonym opening a sentence (`Analysts say ... The company
        said`, `Unions accuse`, `Europeans`): BBC 2004-05 business. ANNOTATION.md: a
        description resolves to the organisation it refers to; issue #15, one speaker one
        entity."""
        if entity.type == "government":
            return True
        name = entity.name
        if not name[:1].isupper() and not name.startswith(("the ", "this ")):
            return True  # (an unlinked `the airline` is the company a later `The company` means)
        words = name.split()
        if len(words) != 1:
            return False
        low = name.lower()
        return _demonym(name) or _plural_common_noun(low) and (
            _demonym(name[:-1]) or low[:-1] in ORG_WORDS or low.endswith(PLURAL_AGENT_ENDINGS + ("ysts",))
            or re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", self.text) is not None)

    def _lone_name_as_company(self, content_words: list[str]) -> Entity | None:
        """`Amazon said ... The company said`: a company description right after a source
        named by one word that is no given name, no surname of a person in the text and shows
        no gender is that source, an organisation (typed person for want of evidence before)."""
        if not any(w in _TYPES["organization"] for w in content_words) or not self.people:
            return None
        p_at, person = self.people.last()
        g_at = self.groups.last()[0] if self.groups else -1
        name = person.name
        if p_at <= g_at or person.type != "person" or len(name.split()) != 1 \
                or name.lower() in GIVEN_NAMES or name in self._by_surname or self.genders.of(name) is not None \
                or self._no_company(person):  # `Analysts say ... The company said` (BBC 2005)
            return None
        person.type = "organization"
        return person

    def _given_name_before(self, full: str) -> Entity | None:
        """The one person source known so far only by the given name of `full` (`her mother,
        Fiona, said` ... `Fiona Parry issued a plea`): the full name completes it. Two people
        with that given name, or a given name that is no given name, leave it alone."""
        given = full.split()[0]
        if given.lower() not in GIVEN_NAMES or name_type(full.split()) != "person":
            return None
        found = [e for e in self.people.recent() if e.type == "person"
                 and any(w == given for a in (e.name, *e.aliases) for w in a.split())]
        if len(found) != 1 or any(len(x.split()) > 1 and x[:1].isupper() and x.split()[0] == given
                                  for x in (found[0].name, *found[0].aliases)) \
                or found[0].name != given:
            return None
        return found[0]

    def _unnamed(self, surface: str, offset: int) -> Entity:
        """A new unnamed source (each is distinct), remembered so that a later description
        with its head noun (`the doctor` after `A doctor on the scene`) is the same one."""
        words = surface.lower().split()
        if words and words[-1].endswith("s") and not words[-1].endswith("ss") \
                and words[0] not in ("two", "three", "four", "five", "several", "some", "other", "more"):
            # `American officials said ... American officials said`: the same plural
            # description is the same body of unnamed sources within one article
            same = next((e for e in self._unnamed_pool.recent()
                         if any(a.lower() == surface.lower() for a in e.aliases)), None)
            if same is not None:
                self._unnamed_pool.touch(same, offset)
                return same
            bare = words[1:] if words[:1] == ["the"] else words
            opens = not self.text[self._sentence_start(offset):offset].strip(" \n\"“‘'")
            if len(bare) == 1 and opens and bare[0] not in ("sources", "people"):
                # `Officials say` after `county officials who spoke about the project`: a bare
                # plural opening its sentence is the one body of unnamed sources with that head
                # the article has cited (two such bodies, `American officials` and `Obama
                # administration officials`, leave it alone: which one it is, the text does not
                # tell). Inside a sentence (`The Obama campaign saw ..., and officials had`) and
                # for `sources` (`according to sources`: each claim its own) the breadth check
                # over PolNeAR train found other people as often as the same.
                # by the words up to the head (`county officials who` is `county officials who
                # spoke ...`), the fullest mention's entity
                found: dict[str, tuple[int, Entity]] = {}
                for e in self._unnamed_pool.recent():
                    for a in e.aliases:
                        low = a.lower().split(",")[0].split()
                        if bare[0] in _alias_heads(a) and len(low) > 1 and bare[0] in low:
                            key = " ".join(low[:low.index(bare[0]) + 1])
                            if len(a) > found.get(key, (-1, e))[0]:
                                found[key] = (len(a), e)
                # one body, whatever its aliases (`unnamed county officials ...` is the same one)
                if len({id(e) for _, e in found.values()}) == 1:
                    same = next(iter(found.values()))[1]
                    self.ctx.registry.add_alias(same, surface)
                    self._unnamed_pool.touch(same, offset)
                    return same
            if bare == ["sources"] and opens:
                # `Citing unnamed inside sources, The Globe and Mail reported ... Sources told
                # the Globe and Mail`: bare `Sources` in a sentence that names the outlet an
                # earlier body of sources was cited by, in its own sentence, are those sources
                same = self._sources_of_outlet(offset)
                if same is not None:
                    self.ctx.registry.add_alias(same, surface)
                    return same
        entity = self.ctx.registry.add("unnamed", surface, merge=False)
        if (short := unnamed_description(surface)) is not None:
            # ANNOTATION.md: "For unnamed sources use a short description (["unnamed senior
            # Syrian official", ...])" -- the entity carries that form too
            self.ctx.registry.add_alias(entity, short)
        self._unnamed_pool.touch(entity, offset)
        return entity

    def _outlets_in_sentence(self, offset: int) -> set[str]:
        """The ids of the gazetteer outlets named in the sentence at `offset`."""
        begin, end = self._sentence_start(offset), self._sentence_end(offset)
        found = set()
        for m in _CAPITALISED_RUN.finditer(self.text, begin, end):
            name = re.sub(r"(?:[ \t\u00a0]+(?:of|and|the))+\Z", "", m.group(0)).removesuffix("’s").removesuffix("'s")
            outlet = self.memo.outlet(name)
            if outlet is not None:
                found.add(outlet.id)
        return found

    def _sources_of_outlet(self, offset: int) -> Entity | None:
        """The one earlier body of unnamed sources (`unnamed inside sources`, `sources close
        to the talks`) whose sentence names an outlet that the sentence at `offset` names too;
        None when there is none or more than one (which one it is, the text does not tell)."""
        outlets = self._outlets_in_sentence(offset)
        if not outlets:
            return None
        own = self._sentence_start(offset)
        found = {id(e): e for pool in (self._unnamed_pool, self.groups) for e in islice(pool.recent(), SALIENT)
                 if 0 <= pool.offset(e) < own
                 and any("sources" in _alias_heads(a) for a in e.aliases)
                 and self._outlets_in_sentence(pool.offset(e)) & outlets}
        return next(iter(found.values())) if len(found) == 1 else None

    def _possessor_named_elsewhere(self, bare: str, offset: int) -> bool:
        """Is `bare` (a source without its `'s`) a capitalised name, or `the` and one, whose
        last word the text also writes without the possessive? Not a name that ends in `'s`
        (`McDonald's`, `Standard & Poor's`, `Foster's`: BBC 2004-05), nor a description
        (`The campaign's`, `The Florida senator's`, `One of Trump's`: PolNeAR train, resolved
        as descriptions they joined the wrong body or person)."""
        words = bare.split()
        if words[:1] in (["the"], ["The"]):
            words = words[1:]
        if not words or "," in bare or not all(w[:1].isupper() for w in words):
            return False
        if is_place(" ".join(words)):
            return True
        last = re.escape(words[-1])
        return any(m.start() != offset + len(bare) - len(words[-1])
                   for m in re.finditer(rf"\b{last}\b(?!['’]s)", self.text))

    def _only_as_document(self, entity: Entity) -> bool:
        """Was `entity` a source only through a document it issued (`the Tribune article
        states`, enH-bfirst-1)? Then a later `the statement read` is not its statement: the
        article is what the statement rebuts (as `_document_named` keeps out `a report
        published by an Indian newspaper`)."""
        surfaces = [surface for (_, surface), e in self._mentions.items() if e is entity]
        documents = [surface for surface in surfaces if _document_headed(surface)]
        # (the issuer's own name inside the document phrase is that mention's: `Tribune`)
        return bool(documents) and all(any(surface in d for d in documents) for surface in surfaces)

    def _document_author(self, head: str, offset: int) -> Entity | None:
        """`..., an official source at the ministry said in a statement. The statement added`,
        `according to a joint statement by the European Commission and ... Kallas. "...," the
        statement said`: a definite text (`the statement`, `the release`) that the article
        introduced with an indefinite or possessive article is that earlier text, and its
        author speaks (ANNOTATION.md: pronouns and descriptions resolve to the person or body
        they refer to; the open gold resolves `the statement` to its issuer throughout). The
        author is the one entity the sentence of the earlier text gave a source mention to."""
        words = head.lower().split()
        noun = words[-1]
        if len(words) != 2 or words[0] not in ("the", "this") or noun not in _AUTHORED_TEXTS:
            return None
        earlier = None
        for m in re.finditer(rf"\b(?:an?|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{noun}s?\b",
                             self.text[max(0, offset - _AUTHOR_WINDOW):offset], re.I):
            earlier = m
        if earlier is None:
            return None
        at = max(0, offset - _AUTHOR_WINDOW) + earlier.start()
        # its sentence, never across a line break (`...," said Devine.”\nBut a separate
        # statement issued by the Sanders campaign` is not Devine's)
        begin = max(self._sentence_start(at), self.text.rfind("\n", 0, at) + 1)
        end = self._sentence_end(at)
        if "\n" in self.text[at:end]:
            end = self.text.index("\n", at)
        # the author opens the sentence before the text (`X said in a statement`, `X issued a
        # statement`) or right after it (`In a statement, the business mogul announced`); a
        # name after the text is what it is about (`a separate statement ... the senator`)
        opening = not self.text[begin:at].strip(" \"“").lower().removesuffix("in").strip()
        after = at + earlier.end() - earlier.start()  # `a joint statement by X`: X
        authors = {id(e): e for (o, _), e in self._mentions.items()
                   if begin <= o < (end if opening else at)
                   or after < o < end and self.text[after:o].strip().lower() in ("by", "from")
                   and any(x is e for x in self.ctx.registry.entities)
                   and not any(a.lower().split()[-1:] == [noun] for a in e.aliases)}
        return next(iter(authors.values())) if len(authors) == 1 else None

    def _named_group_source(self, offset: int) -> Entity | None:
        """`The New European claimed ... the paper claimed`: an outlet the lists do not know is
        typed a group; `the paper` is the latest such source with a proper name (no
        coordination, no government, never a person)."""
        for e in islice(self.groups.recent(), SALIENT):
            bare = e.name.removeprefix("The ").removeprefix("the ")
            if e.type == "group" and bare and all(w[:1].isupper() for w in bare.split()) \
                    and self._capitalised_inside_sentence(bare):
                return e
        return None

    def _outlet_of_piece(self, offset: int) -> Entity | None:
        """`The Presidency has dismissed a report in The Star ... The newspaper reported`: a
        press description (`the newspaper`, `the publication`) that no outlet source before
        it explains is the outlet the text last named as carrying a press piece (`a report in
        X`, `an interview published by X`) within `_OUTLET_NAMED_BACK` characters, registered
        as an outlet under that name, so that a later `X cited` joins it (ANNOTATION.md:
        descriptions resolve to the person or organisation they refer to)."""
        lo = max(0, offset - _OUTLET_NAMED_BACK)
        found = None
        for m in _PIECE_IN_OUTLET.finditer(self.text, lo, offset):
            if not _on_heading(self.text, m.start()) and not in_quotation(self.text, m.start()):
                found = m
        if found is None:
            return None
        words = found.group(1).split()
        while words and words[-1].lower() in ("of", "and", "the"):
            words.pop()  # `a report in The Star on Monday`: the name ends before lower-case words
        name = " ".join(words).rstrip(".’'")
        bare = name.removeprefix("The ").removeprefix("the ")
        first = bare.split()[0].lower() if bare else ""
        if not bare or first in GIVEN_NAMES or first in HONORIFICS or first in PERSON_TITLES \
                or name_type(bare.split()) == "government" or is_place(bare) or first in _CALENDAR \
                or len(bare.split()) == 1 and bare in self._by_surname:  # `a report by Smith`
            return None  # `an interview by John Smith`, `a report by the Treasury`, `in Paris`
        entity = self.ctx.registry.add("outlet", name)
        self._remember(self.groups, entity, found.start(1))
        return entity

    def _seat_synonym(self, surface: str, offset: int) -> Entity | None:
        """`A No 10 spokesman` after `A Downing Street spokesman`, `No 10 said` after `Downing
        Street said`: the same phrase under the other name of one seat of government is the
        entity already known (the open gold lists `["Downing Street", "No 10"]` and `["Downing
        Street spokesman", "A Downing Street spokesman", "A No 10 spokesman"]` as one speaker)."""
        reg = self.ctx.registry
        for names in _SEAT_NAMES:
            for name in names:
                seat = _SEAT_NAME_RES[name]
                if not seat.search(surface):
                    continue
                for other in names:
                    if other == name:
                        continue
                    alt = seat.sub(other, surface)
                    found = reg.find(alt)
                    if found is not None:
                        reg.add_alias(found, surface)
                        self._remember(self.people if found.type == "person" else self.groups, found, offset)
                        return found
        return None

    def _agreeing_with_it(self, offset: int) -> Entity | None:
        """The most recently mentioned source, in the sentence of `offset` or the two before it,
        that `it` may stand for: a body, a group with a proper name (`the Census`; not `camera
        phone`, a thing: BBC tech 2004) or an unmarked name (`Lycos Europe`, typed person by
        default) that `it_disagrees` passes; no person the text marks as one, no unnamed source.
        Both pools are searched, the latest first."""
        begin = self._sentence_start(offset)
        for _ in range(2):  # salience fades by the sentence: the pronoun's own and the two before
            begin = self._sentence_start(begin - 1) if begin > 1 else begin
        found: list[tuple[int, Entity]] = []
        for pool in (self.groups, self.people):
            for entity in islice(pool.recent(), SALIENT):
                at = pool.offset(entity)
                if at < begin:
                    break
                if entity.type == "unnamed" or it_disagrees(entity) \
                        or entity.type == "group" and not any(w[:1].isupper() for w in entity.name.split()) \
                        or entity.type == "person" and (_clearly_person(entity) or not _unmarked_person(entity)):
                    continue
                found.append((at, entity))
                break
        return max(found, key=lambda f: f[0])[1] if found else None

    def _singular_they(self, offset: int) -> Entity | None:
        """`the Prime Minister's spokesperson denied ... They said: "..."`: singular `they`
        for one person named by a role that tells no gender (en-news part G gold, fresh
        annotators; AP and Guardian style use singular they for such a person). Only when
        that person is the latest source of all, named in the sentence before (or before the
        quotation `they` frames: `a spokesperson for Amazon has told 1News ... "...," they
        said`, en-news part N tune), and is no proper name (a name's pronoun follows the
        name's gender). The role's head stands before its `for`/`of` phrase."""
        latest = [pool.last() for pool in (self.people, self.groups, self._unnamed_pool) if pool]
        if not latest:
            return None
        at, entity = max(latest, key=lambda x: x[0])
        role = _ROLE_PHRASE.split(entity.name, maxsplit=1)[0]  # `a spokesperson` (for Amazon)
        if entity.type not in ("person", "unnamed") or _proper_name(role) \
                or role_head(role) not in _NEUTRAL_ROLES \
                or any(a.lower() in ("he", "she", "him", "her") for a in entity.aliases):
            return None
        return entity if self._named_just_before(offset, at) else None

    def _named_just_before(self, offset: int, at: int) -> bool:
        """Is the mention at `at` in the sentence right before the one the pronoun at `offset`
        opens (`... denied ... They said: "..."`) or frames as a quotation opening it
        (`"We currently have no indications ...," they said.`, 1News 2023, en-news part N
        tune)? The closest antecedent there is the speaker just named (Lappin & Leass's
        recency), whatever stands further back."""
        start = self._sentence_start(offset)
        if self.text[start:offset].strip(" \n\"“‘'"):
            opening = self._quotation_opening(offset)
            if opening is None:
                return False
            start = opening
        before = len(self.text[:start].rstrip(" \t\u00a0\n\"“‘'"))  # the previous sentence's end
        return self._sentence_start(max(0, before - 1)) <= at < start

    def _unmarked_description(self, offset: int, pronoun: str, last_at: int) -> Entity | None:
        """`An Indian resident said he heard the rumour ...` then `"Though it sounded absurd,
        ...," he told Gulf News.` (Gulf News 2020, en-news part N tune): `he` or `she` right
        after one unnamed person whose description tells no gender (`resident`, `official`,
        `source`) is that person (ANNOTATION.md: pronouns resolve to the person they refer
        to), not an older named person nor a new one. Only when the description is singular,
        the latest source since the last named person, never taken up by the other gender's
        pronoun, and named in the sentence right before (`_named_just_before`)."""
        if not self._unnamed_pool:
            return None
        at, unnamed = self._unnamed_pool.last()
        other = {"m": ("she", "her"), "f": ("he", "him", "his")}[PRONOUN_GENDER[pronoun]]
        head = role_head(unnamed.name)
        if at <= last_at or description_gender(unnamed.name) is not None \
                or _plural_common_noun(head) or head in _PRONOMINAL_HEADS \
                or any(w[:1].isupper() and w.strip(",.").lower() in GIVEN_NAMES for w in unnamed.name.split()) \
                or any(a.lower() in other for a in unnamed.aliases) \
                or _ASKER.match(self.text, at):
            return None
        latest = max((pool.last()[0] for pool in (self.people, self.groups) if pool), default=-1)
        if latest > at or in_quotation(self.text, offset) or not self._named_just_before(offset, at):
            return None
        self._unnamed_pool.touch(unnamed, offset)
        return unnamed

    def _quotation_opening(self, offset: int) -> int | None:
        """Where the quotation closed (by a comma, `?` or `!`) right before `offset` opens, when
        it opens a sentence (`"Any final agreement ... team. We have no further comment," they
        said`: the quotation may hold several sentences); else None."""
        lo = max(0, offset - AGREEMENT_WINDOW)
        closed = _QUOTE_CLOSED_BEFORE.search(self.text, lo, offset)
        if closed is None:
            return None
        mark = self.text[closed.start() + 1]
        opening = self.text.rfind("“" if mark == "”" else '"', lo, closed.start())
        if opening < 0 or self.text[self._sentence_start(opening):opening].strip():
            return None
        return opening

    def _capitalised_inside_sentence(self, name: str) -> bool:
        """Does `name` occur capitalised where a sentence does not start (`the New European
        said`), so that its capitals are a name's (`Scientists think` opening a sentence is
        no name)?"""
        for m in re.finditer(rf"\b{re.escape(name)}\b", self.text):
            before = self.text[:m.start()].rstrip(" \t\"“‘'(")
            if before and before[-1] not in ".!?:\n" and not before.endswith(("The", "the")):
                return True
            if before.endswith(("the", "The")) and before[:-3].rstrip()[-1:] not in ("", ".", "!", "?", "\n"):
                return True
        return False

    def _body_by_closing_word(self, head: str) -> Entity | None:
        """`the Service stated` after `The National Police Service (NPS) has dismissed`
        (enS-newafricanvoice-1): `the` and one capitalised word that closes the name of a body
        that spoke before is that body named again by its head (Vieira & Poesio 2000's same-head
        rule, written with a capital), the latest such one. Only a name of three words or more
        (without `the` and an acronym in brackets): a two-word name's last word is often a
        name of its own (`the House` is not the White House); and only a name with no
        lower-case word, whose last word is its head (`the President` is not the `Office of
        the President`), nor a person's title. None otherwise."""
        words = head.split()
        if len(words) != 2 or not words[1][:1].isupper() or not words[1].isalpha() \
                or words[1].lower() in _SPEAKER_HEADS:
            return None
        for entity in islice(self.groups.recent(), SALIENT):
            if entity.type not in ("organization", "government"):
                continue
            name = re.sub(r"\s*\([^)]*\)$", "", entity.name).split()
            if name[:1] in (["The"], ["the"]):
                name = name[1:]
            if len(name) >= 3 and name[-1] == words[1] and all(w[:1].isupper() for w in name):
                return entity
        return None

    def _fuller_name(self, head: str) -> Entity | None:
        """An organisation already registered under this name plus a company or institution
        word (`Whole Foods` after `Whole Foods Market`), from an index of the registry's
        organisations by their names without those words (kept up to date as it grows)."""
        entities = self.ctx.registry.entities
        for entity in entities[self._stems_indexed:]:
            if entity.type in ("organization", "government"):
                words = entity.name.lower().removeprefix("the ").split()
                while len(words) > 1 and words[-1] in ORG_WORDS:
                    words.pop()
                    self._stems.setdefault(" ".join(words), entity)
        self._stems_indexed = len(entities)
        return self._stems.get(head.lower().removeprefix("the "))

    def _remember(self, pool: RecentPool, entity: Entity, offset: int) -> None:
        """Make `entity` the latest antecedent of its pool, unless it was read on a heading
        (`Durbin cornered over claims of rude remark`: a headline lends no antecedent and no
        surname to the body, as `_text_names` already holds for names)."""
        if not _on_heading(self.text, offset):
            pool.touch(entity, offset)


ACRONYM = re.compile(r"[A-Z]{2,6}")
_INITIALS_SKIP = frozenset({"the", "of", "and", "for", "on", "in", "&"})


def _document_headed(surface: str) -> bool:
    """Is the head noun of `surface` (before its first preposition or participle) a document
    noun (`the Tribune article`, `a report published by ...`)?"""
    words = surface.lower().split()
    cut = next((k for k, w in enumerate(words) if k > 0 and (w in _PREPOSITIONS or w.endswith("ed"))),
               len(words))
    return bool(words[:cut]) and (words[cut - 1] in ISSUED_BY_BODIES or words[cut - 1] in DOCUMENTS)


def _document_named(entity: Entity) -> bool:
    """Is `entity` named only as a document (`a report published by an Indian newspaper`,
    `The report`): every alias's head noun (before its first preposition or participle) is a
    document noun, so it issues no statement of its own?"""
    for alias in (entity.name, *entity.aliases):
        words = alias.lower().split()
        cut = next((k for k, w in enumerate(words) if k > 0 and (w in _PREPOSITIONS or w.endswith("ed"))),
                   len(words))
        if not words[:cut] or words[cut - 1] not in ISSUED_BY_BODIES:
            return False
    return True


def _spelled_out(acronym: str, entities: list[Entity], modifiers: tuple[str, ...] = ()) -> Entity | None:
    """The latest non-person entity whose name's significant words start with the letters
    of `acronym` (`WHO` = World Health Organization), else None. With capitalised `modifiers`
    before the acronym (`the Chinese CDC`), the name holds them first and the acronym spells
    the words after them, one last word left out at most (`the Chinese Center for Disease
    Control and Prevention`: CDC)."""
    for entity in reversed(entities):
        if entity.type == "person":
            continue
        words = [w for w in entity.name.split() if w.lower() not in _INITIALS_SKIP]
        if modifiers:
            if [w.lower() for w in words[:len(modifiers)]] != [m.lower() for m in modifiers]:
                continue
            words = words[len(modifiers):]
            if len(words) - len(acronym) not in (0, 1):
                continue
            words = words[:len(acronym)]
        if len(words) == len(acronym) and all(w[:1].isupper() for w in words) \
                and "".join(w[0] for w in words) == acronym:
            return entity
    return None


class RecentPool:
    """Entities in order of their last mention, each once: moving an entity to the end and
    finding the latest one whose name has a given word cost O(words), not O(entities), so
    articles with thousands of sources stay linear."""

    def __init__(self) -> None:
        self._order: dict[int, tuple[int, Entity]] = {}  # id(entity) -> (offset, entity)
        self._by_word: dict[str, dict[int, Entity]] = {}  # name word -> entities, by recency
        self._words: dict[int, frozenset[str]] = {}  # id(entity) -> its name words when indexed

    def __bool__(self) -> bool:
        return bool(self._order)

    def last(self) -> tuple[int, Entity]:
        """(offset of the last mention, entity) of the most recently mentioned entity."""
        return next(reversed(self._order.values()))

    def touch(self, entity: Entity, offset: int) -> None:
        key = id(entity)
        self._order.pop(key, None)
        for word in self._words.pop(key, ()):
            self._by_word[word].pop(key, None)
        self._order[key] = (offset, entity)
        self._words[key] = words = frozenset(entity.name.split())
        for word in words:
            self._by_word.setdefault(word, {})[key] = entity

    def offset(self, entity: Entity) -> int:
        """Where `entity` was last mentioned (-1 when it never was)."""
        return self._order.get(id(entity), (-1, entity))[0]

    def recent(self) -> Iterator[Entity]:
        """The entities, the most recently mentioned first."""
        return (entity for _, entity in reversed(self._order.values()))

    def latest_named(self, word: str) -> Entity | None:
        """The most recently mentioned entity with `word` in its name."""
        named = self._by_word.get(word)
        return next(reversed(named.values())) if named else None

    def named(self, word: str) -> Iterator[Entity]:
        """The entities with `word` in their name, the most recently mentioned first."""
        return reversed(list(self._by_word.get(word, {}).values()))
