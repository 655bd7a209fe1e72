"""Elegant variation: the lead names a person, the next sentence calls them by a role.

News writing names a speaker in the lead and, in the next sentence's quotation frame, refers
to them by a definite role description never used before (`Japanese Chief Cabinet Secretary
Hirokazu Matsuno on Tuesday denied ...` then `"We've confirmed no case ...," the top
government spokesperson told a press conference`, enF-jiji-1). ANNOTATION.md asks for one
entity per person (issue #15: B-cubed speaker clustering), so the description's entity joins
the named person's when:

- it is a definite role description (`the` or a possessive, closed by a person role noun)
  with no proper name of its own, and no name follows its role anywhere (that case is
  `coref.name_descriptions`);
- it stands in a quotation frame or after an opening adverbial, and the sentence before
  opens with that person's name, with no other name between (`Coreference.framed_subject`);
- the genders agree (`spokeswoman` is not `Mr Smith`);
- no other person of the article holds the role as a title (`the prime minister` when the
  prime minister is someone else named: a responding party, not the lead's subject).

`future`, `incoming` and `-elect` descriptions (`the future President`) name the holder of
the `-elect` title (`President-elect Rodrigo Chaves`, enD-ticotimes-1): `coref.elect_title`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Attribution
from .coref import (
    EPITHETS,
    PERSON_DESCRIPTIONS,
    PERSON_TITLES,
    Coreference,
    is_place,
    merge_sources,
    title_word,
)
from .gender import GENDERED_NOUNS, description_gender, given_name_gender

if TYPE_CHECKING:
    from ...context import Context
    from ...model import Entity

# Role nouns a description names one person by: titles, the roles of people who speak for
# a body (`the top government spokesperson`, `the chief negotiator`, `the chief executive`),
# and the epithets of sport and business news (`"...," the world 200m and 400m record holder
# told Five Live` after `Former Olympic champion Michael Johnson has accused`, BBC sport 037).
ROLE_NOUNS = PERSON_TITLES | EPITHETS | frozenset({"executive", "envoy", "negotiator",
                                                   "nominee", "official"})
# Words that are no one's name inside a description: pronouns an entity may collect as aliases.
_PRONOUNS = frozenset({"he", "she", "we", "i", "they", "him", "her", "us", "me", "them", "who"})
# Owners whose role noun names someone else: a person's aide, spokesman, manager.
PERSON_NOUNS = PERSON_TITLES | PERSON_DESCRIPTIONS | frozenset(GENDERED_NOUNS)
MAX_DESCRIPTION_WORDS = 7  # `the world 200m and 400m record holder`


def role_noun(description: str) -> str | None:
    """The role noun closing a definite person description (`spokesperson` of `the top
    government spokesperson`, `president` of `the future President`), or None when
    `description` is no such description: it opens with `the` or a possessive, holds at most
    `MAX_DESCRIPTION_WORDS` words, and no capitalised word but its role (a name of its own
    makes it a name: `the Green leader` is left to the same-head rules). A possessive must
    be a place's or a body's (`Japan's top diplomat`, `the club's chief executive`): a
    person's (`his chief aide`, `Trump's campaign manager`, PolNeAR train) is someone else
    working for them."""
    words = description.split()
    if not 2 <= len(words) <= MAX_DESCRIPTION_WORDS:
        return None
    first = words[0].lower()
    if first not in ("the", "its") and not first.endswith(("’s", "'s")):
        return None  # `his chief aide`, `her spokesman`: someone working for a person
    for word in words[:-1]:
        owner = word.removesuffix("’s").removesuffix("'s")
        if owner != word and (owner.lower() in PERSON_NOUNS or owner[:1].isupper() and not is_place(owner)):
            return None  # `Trump's campaign manager`, `the rapper's spokesman`: another's
    noun = words[-1].lower().strip(",.")
    if noun not in ROLE_NOUNS:
        return None
    if any(w[:1].isupper() and not is_place(w.removesuffix("’s").removesuffix("'s")) for w in words[1:-1]):
        return None
    return noun


def _entity_gender(entity: Entity, resolver: Coreference) -> str | None:
    """"m"/"f" from the pronouns the entity collected (`he`), else from its name."""
    pronouns = {a.lower() for a in entity.aliases}
    if pronouns & {"he", "him", "his"}:
        return "m"
    if pronouns & {"she", "her"}:
        return "f"
    return _name_gender(entity.name, resolver)


def _name_gender(name: str, resolver: Coreference) -> str | None:
    """"m"/"f" for a name as the text marks it (`Ms Rayner`, a pronoun after it) or by its
    given name (`John`); None when unknown."""
    return resolver.genders.of(name) or given_name_gender(name)


def _titled_other(noun: str, own: set[str], resolver: Coreference) -> bool:
    """Whether the article gives `noun` as a title to a person whose surname is not in `own`:
    in a name's own words or the words before it in its sentence (`Prime Minister Boris
    Johnson` for `the prime minister`), a responding party's role (STANCE.md: the responder
    is their own speaker)."""
    for start, name in resolver.names:
        if name.split()[-1] in own:
            continue
        before = re.split(r"[.;:!?\n]", resolver.text[max(0, start - 40):start])[-1].split()[-4:]
        for k, word in enumerate(before):
            # a title stands right before the name or before capitalised words of it (`prime
            # minister Boris Johnson`, `Prime Minister Boris`), never before a verb: `the world
            # 200m and 400m record holder told Five Live` titles no one (BBC sport 037)
            if title_word(word.lower().strip(",.“\"")) == noun and all(w[:1].isupper() for w in before[k + 1:]):
                return True
        if noun in {title_word(w.lower().strip(",.“\"")) for w in name.split()[:-1]}:
            return True
    return False


def _surnames(entity: Entity) -> set[str]:
    """The last words of the entity's capitalised names (`Matsuno` of `Hirokazu Matsuno`)."""
    return {a.split()[-1] for a in (entity.name, *entity.aliases) if a and a[:1].isupper()}


def join(text: str, result: list[Attribution], ctx: Context, resolver: Coreference) -> None:
    """Join each role description left as an entity of its own to the person named as the
    subject of the sentence before it (module docstring: the guards)."""
    reg = ctx.registry
    first: dict[str, int] = {}  # where each entity's first mention by its name is
    for a in result:
        if a.source is not None and a.source.entity is not None and a.source.text.lower() not in _PRONOUNS:
            first[a.source.entity] = min(first.get(a.source.entity, a.source.start), a.source.start)
    for entity in list(reg.entities):
        if entity.type != "person" or entity.id not in first:
            continue
        if any(a.lower() not in _PRONOUNS and role_noun(a) is None for a in entity.aliases):
            continue  # a name, or a description of another shape
        noun = role_noun(entity.name)
        if noun is None:
            continue
        at = first[entity.id]
        if entity.name.lower() in text[:at].lower():
            continue  # a description used before refers back by its own head (same-head rules)
        framed = resolver.framed_subject(at)
        if framed is None:
            continue
        start, name, named = framed
        if named is entity:
            continue
        if any(a.source is not None and start < a.source.start < at and a.source.entity
               not in (entity.id, named.id if named else None)
               and (other := reg.get(a.source.entity)) is not None and other.type == "person"
               for a in result):
            continue  # another person spoke in between: the nearer antecedent
        want = description_gender(entity.name)
        have = _entity_gender(named, resolver) if named is not None else _name_gender(name, resolver)
        if want is not None and have is not None and want != have:
            continue
        if _titled_other(noun, _surnames(named) if named is not None else {name.split()[-1]}, resolver):
            continue
        if named is None:
            reg.set_name(entity, name)  # the lead named the description's person (no source yet)
            continue
        merge_sources(reg, named, entity, result)
