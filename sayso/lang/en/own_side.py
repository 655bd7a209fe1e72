"""Whether two English attributions come from one side: a party and those who speak for it.

ANNOTATION.md, certainty: a claim is `disputed` "when the text reports it being denied or
contradicted", by another party. A party's spokesman, press service or lawyer is not another
party: `"... another example of fake news," the Lukoil press service said` after `Moldova and
Romania have not charged employees of the Lukoil group with espionage, ... the company said`
(enR-newspravda-1, en-news part R tune: both rows gold `asserted`) restates the company's own
denial. `stance.same_party` compares source texts and entities; a spokesman named by the party
(`the Lukoil press service`, `SABC spokesman Kaizer Kganyago`, `Lukoil's spokesman`) is another
entity, so this reads the party's name in the speaker's own words.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

from ...model import Attribution
from .lexicon import Phrases, find_phrases, lexicon, phrase_table
from .outlets import channel_words

# A capitalised name word (three letters or more: `SABC`, `Lukoil`; not `The`, `Mr`).
NAME_WORD = re.compile(r"\b[A-Z][\w&-]{2,}\b")
# Words before the party's name that name no party (`the Lukoil press service`, `a Microsoft
# spokeswoman`).
_OPENERS = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "this", "that", "his", "her", "its", "their"})
# Ways of speaking for a body beside channels.json `intermediaries` (spokesman, lawyer, press
# office): its press service and its own office or campaign.
_OWN_ROLES = ("press service", "press services", "office", "campaign", "camp", "team", "statement")


def speaks_for_party(speaker: str, party: Collection[str]) -> bool:
    """Whether `speaker` is someone speaking for the party whose name words are `party`: the
    party's name, then a role of speaking for it (channels.json `intermediaries`: spokesman,
    lawyer, press office; or `_OWN_ROLES`), e.g. `the Lukoil press service`, `SABC spokesman
    Kaizer Kganyago`, `Lukoil's spokesman`. Every word before the role but an opener must be a
    name word of the party (`Russian Foreign Ministry spokeswoman` does not speak for
    `Russia`: `Russian`, `Foreign` and `Ministry` must all be the party's)."""
    words = [w.strip(",;:()") for w in speaker.replace("’", "'").split()]
    lower = [w.lower().removesuffix("'s") for w in words]
    roles = _roles()
    k = next((i for i in range(1, len(lower))
              if (hits := find_phrases(lower, roles, i, min(i + 2, len(lower)))) and hits[0][0] == i), None)
    if k is None:
        return False
    before = [w.removesuffix("'s") for w, low in zip(words[:k], lower[:k], strict=True) if low not in _OPENERS]
    return bool(before) and all(NAME_WORD.fullmatch(w) for w in before) and set(before) <= set(party)


@lru_cache(maxsize=1)
def _roles() -> Phrases:
    """channels.json `intermediaries` and `_OWN_ROLES` as one phrase table."""
    return phrase_table([" ".join(p) for ps in channel_words().intermediaries.values() for p in ps] + list(_OWN_ROLES))


def party_words(a: Attribution, names: Callable[[str], list[str]], aliases: bool = True) -> set[str]:
    """The name words of `a`'s source: its text and its entity's name, and with `aliases` the
    entity's other names too. Capitalised openers (`The`) are no name words."""
    if a.source is None:
        return set()
    known = names(a.source.entity) if a.source.entity is not None else []
    said = [a.source.text, *(known if aliases else known[:1])]
    return {w.removesuffix("'s").removesuffix("’s") for n in said for w in NAME_WORD.findall(n)
            if w.lower() not in _OPENERS}


def one_person(x: Collection[str], y: Collection[str]) -> bool:
    """Whether two sources' name words name one person whom coreference left as two entities
    (`Commissioner Manning` and `Police Commissioner David Manning`, enR-postcourier-1): every
    name word of one is the other's, and one of them is no title (lexicon `title_words`: `the
    President` and `President Trump` share only a title)."""
    small, big = sorted((set(x), set(y)), key=len)
    return bool(small) and small <= big and any(w.lower() not in lexicon().title_words for w in small)


def own_side(a: Attribution, d: Attribution, names: Callable[[str], list[str]]) -> bool:
    """Whether `a` and `d` come from one side: one names the same person as the other
    (`one_person`), or speaks for the other's party (`speaks_for_party`), by its source's text
    or one of its entity's names: then neither disputes the other."""
    if a.source is None or d.source is None:
        return False
    # the party spoken for by its surface and canonical name only: an alias the coreference took
    # from a long source (`The November 23 lawsuit filed by ... Podliska ... who Gowdy ...
    # fired`, PolNeAR train west-journal 2015-11-23) names other parties too
    party_a, party_d = party_words(a, names, aliases=False), party_words(d, names, aliases=False)
    if one_person(party_a, party_d):
        return True
    for x, party in ((a, party_d), (d, party_a)):
        if not party:
            continue
        said = [x.source.text, *(names(x.source.entity) if x.source.entity is not None else [])]
        if any(speaks_for_party(s, party) for s in said):
            return True
    return False
