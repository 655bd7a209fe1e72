"""The entity registry: one entity per real-world source, gathering every surface form.

Extractors call `registry.add(...)` for each mention; mentions whose folded names match an
existing alias join that entity. Coreference (pronouns, descriptions) calls `add_alias`
on the entity it resolved to.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import Outlet
from ..model import Entity
from ..text import fold_key as _fold_key

# Typographic and straight apostrophes spell one name (`Geo News' spokesperson` and `Geo News’
# spokesperson` in one article, Geo TV 2024, en-news part O tune): issue #15, one entity per source.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@lru_cache(maxsize=65536)  # names repeat across mentions and documents; folding goes through OpenCC
def fold_key(name: str) -> str:
    """The registry's comparison key: `sayso.text.fold_key` with every apostrophe made straight."""
    return _fold_key(name.translate(_APOSTROPHES))


class EntityRegistry:
    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}
        self._by_outlet: dict[str, Entity] = {}
        self._created = 0  # ids stay unique after `merge` removes an entity

    def find(self, name: str) -> Entity | None:
        return self._by_key.get(fold_key(name)) or self._by_key.get(fold_key(_bare(name)))

    def get(self, entity_id: str) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def add(
        self,
        type: str,
        name: str,
        *,
        aliases: tuple[str, ...] | list[str] = (),
        roles: tuple[str, ...] | list[str] = (),
        wikidata: str | None = None,
        merge: bool = True,
    ) -> Entity:
        """The entity named `name` (or any of `aliases`), created when new.

        `merge=False` always creates a new entity (unnamed sources such as 消息人士 are
        distinct per mention unless coreference says otherwise).
        """
        names = [n for n in (name, *aliases) if n and n.strip()]
        entity = None
        if merge:
            for n in names:
                entity = self.find(n)
                if entity:
                    break
        if entity is None and merge and type == "person":
            entity = self._surname_only_before(name)
            if entity is not None:  # "Tillerson" (headline) ... "Rex Tillerson": show the full
                entity.name = name
            else:  # "Benjamin Netanyahu" ... "Netanyahu"; "... negotiator Saeb Erekat" ... "Saeb Erekat"
                entity = self.fuller_name_before(name)
                if entity is not None and len(name.split()) > 1 and entity.name.endswith(name):
                    entity.name = name  # the proper name, without the role before it
        if entity is None and merge and type in ("outlet", "organization", "group"):
            entity = self._outlet_short_form(None, name)  # "The Post" after "The Washington Post"
        if entity is None and merge and type == "government":
            entity = self._bare_head_before(name)  # "police" ... "Hong Kong police"
            if entity is not None:
                entity.name = name  # the fuller name is the display name
            else:  # "Miami-Dade Police said" ... "Police said"
                entity = self._fuller_body_before(name)
        if entity is None and merge and type == "organization":
            # "Manchester United hierarchy ... they dismissed" ... "Yet United made it clear"
            # (Irish Independent 2018, en-news part O tune): one club, as one government body
            entity = self._fuller_body_before(name, "organization")
        if entity is None:
            self._created += 1
            entity = Entity(id=f"e{self._created}", type=type, name=name)
            self.entities.append(entity)
        for n in names:
            self.add_alias(entity, n)
        for r in roles:
            if r and r not in entity.roles:
                entity.roles.append(r)
        if wikidata and not entity.wikidata:
            entity.wikidata = wikidata
        return entity

    def _surname_only_before(self, name: str) -> Entity | None:
        """The one person known so far only by the surname of the Latin full name `name`.

        A short form used before the full name (a headline's "Tillerson", then "Rex
        Tillerson" in the body) is the same person, unless two people carry that surname or
        the earlier one has a full name of its own ("Hunter Biden" is not "Joe Biden").
        """
        words = name.split()
        if len(words) < 2 or not words[-1][:1].isupper() or not name.isascii():
            return None
        surname = fold_key(words[-1])
        found = [e for e in self.entities if e.type == "person"
                 and any(fold_key(a) == surname for a in (e.name, *e.aliases))]
        if len(found) != 1:
            return None
        e = found[0]
        full = [a for a in (e.name, *e.aliases) if len(a.split()) > 1 and a[:1].isupper()]
        return e if all(fold_key(a).endswith(fold_key(name)) for a in full) else None

    def _bare_head_before(self, name: str) -> Entity | None:
        """The one government body known so far only by the lowercase head noun that ends the
        Latin name `name`: "police said …" in the lead, then "Hong Kong police" (en-news tune
        en-express-1). Two bodies with that head ("Fort Worth police", "Forest Hill police")
        leave it alone, and a capitalised single name ("Congress") is a name, not a head."""
        words = name.split()
        if len(words) < 2 or not name.isascii():
            return None
        head = words[-1].lower()
        found = [e for e in self.entities if e.type == "government" and any(
            a.strip().lower() == head and a.strip().islower() for a in (e.name, *e.aliases))]
        if len(found) != 1:
            return None
        others = [e for e in self.entities if e.type == "government" and e is not found[0] and any(
            len(a.split()) > 1 and a.split()[-1].lower() == head for a in (e.name, *e.aliases))]
        return found[0] if not others else None

    def _fuller_body_before(self, name: str, type: str = "government") -> Entity | None:
        """The one body of `type` known so far by a longer Latin name ending with the one
        word `name` ("Miami-Dade Police" ... "Police said", en-news tune enD-wsvn-1;
        "Manchester United" ... "United"): the reverse of `_bare_head_before`. Two bodies with
        that last word leave it alone (issue #15 point 3: one entity per body). An organisation's
        longer name is a proper name, every word capitalised (not `An executive at US insurance
        firm Marsh`, BBC 2004)."""
        words = name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) != 1 or not name.isascii():
            return None
        head = words[0].lower()
        found = [e for e in self.entities if e.type == type and any(
            len(a.split()) > 1 and a.split()[-1].lower() == head
            and (type == "government" or all(w[:1].isupper() for w in a.split()))
            for a in (e.name, *e.aliases))]
        return found[0] if len(found) == 1 else None

    def fuller_name_before(self, name: str) -> Entity | None:
        """The one person known so far by a longer Latin name that ends with `name`.

        "Netanyahu" after "Benjamin Netanyahu", "Saeb Erekat" after "Palestinian chief
        negotiator Saeb Erekat": the later, shorter form names the same person when exactly
        one person's name ends so (two Bidens leave a bare "Biden" alone).
        """
        if not name.isascii() or not name[:1].isupper():
            return None
        tail = [fold_key(w) for w in name.split()]
        found = [e for e in self.entities if e.type == "person" and any(
            len(words := a.split()) > len(tail)
            and [fold_key(w) for w in words[-len(tail):]] == tail
            for a in (e.name, *e.aliases))]
        return found[0] if len(found) == 1 else None

    def _outlet_short_form(self, outlet: Outlet | None, surface: str | None) -> Entity | None:
        """"The Times" after "The New York Times", "the Post" after "The Washington Post": a
        one-word short form names the one outlet of the article whose name ends with it, even
        when the gazetteer knows another outlet by that short name (The Times of London)."""
        words = (surface or "").split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) != 1 or not words[0][:1].isupper():
            return None
        last = fold_key(words[0])
        found = [e for e in self._by_outlet.values() if e.type == "outlet" and any(
            len(n.split()) > 1 + (n.split()[0].lower() == "the")
            and fold_key(n.split()[-1]) == last for n in (e.name, *e.aliases))]
        if len(found) != 1:
            return None
        if outlet is not None:
            self._by_outlet[outlet.id] = found[0]
        return found[0]

    def add_outlet(self, outlet: Outlet, surface: str | None = None) -> Entity:
        """The entity for a gazetteer outlet, named by its canonical (Latin) name."""
        entity = self._by_outlet.get(outlet.id) or self._outlet_short_form(outlet, surface)
        if entity is None:
            # A social platform (Twitter, 微博) is a company, not a news outlet (issue #15 gold:
            # evaldata/entities/README.md); it stays in the gazetteer to be found as a channel.
            kind = "organization" if outlet.kind == "platform" else "outlet"
            entity = self.add(kind, outlet.name, aliases=(), wikidata=outlet.wikidata)
            self._by_outlet[outlet.id] = entity
        if surface:
            surface = surface.strip()
            # Drop enclosing title marks only (《纽约时报》 -> 纽约时报; 香港《文汇报》 stays whole).
            while len(surface) >= 2 and surface[0] == "《" and surface[-1] == "》":
                surface = surface[1:-1]
            self.add_alias(entity, surface)
        return entity

    def add_alias(self, entity: Entity, alias: str) -> None:
        alias = alias.strip()
        if not alias:
            return
        if alias not in entity.aliases:
            entity.aliases.append(alias)
        self._by_key.setdefault(fold_key(alias), entity)
        # "The Kremlin" and "Kremlin" are one name (issue #15: one entity per speaker).
        self._by_key.setdefault(fold_key(_bare(alias)), entity)
        if entity.type == "person" and (plain := _without_initials(alias)) is not None:
            # "Donald J. Trump" ... "Donald Trump said he has made a lot of sacrifices" (New
            # York Times 2016, PolNeAR train): a middle initial adds nothing to tell them apart
            self._by_key.setdefault(fold_key(plain), entity)

    def merge(self, keep: Entity, drop: Entity) -> None:
        """Fold `drop` into `keep` when coreference is found after both exist (a description
        named later: "Austria's interior minister" ... "Interior Minister Wolfgang Peschorn").
        The caller re-points the spans that named `drop`."""
        if keep is drop:
            return
        for alias in drop.aliases:
            self.add_alias(keep, alias)
        for key, entity in list(self._by_key.items()):
            if entity is drop:
                self._by_key[key] = keep
        for key, entity in list(self._by_outlet.items()):
            if entity is drop:
                self._by_outlet[key] = keep
        for role in drop.roles:
            if role not in keep.roles:
                keep.roles.append(role)
        self.entities = [e for e in self.entities if e is not drop]

    def set_name(self, entity: Entity, name: str) -> None:
        """Prefer `name` as display name (a Latin name when known), keeping it as an alias."""
        entity.name = name
        self.add_alias(entity, name)


def _bare(name: str) -> str:
    """`name` without a leading English article ("The Kremlin" -> "Kremlin")."""
    head, _, rest = name.strip().partition(" ")
    return rest if head in ("The", "the") and rest[:1].isupper() else name


_MIDDLE_INITIALS = re.compile(r"([A-Z][a-z]+)((?: [A-Z]\.)+) ([A-Z][\w'’-]+)")


def _without_initials(name: str) -> str | None:
    """`Donald J. Trump` -> `Donald Trump`: a Latin given name, middle initials, a surname; else None."""
    m = _MIDDLE_INITIALS.fullmatch(name.strip())
    return f"{m.group(1)} {m.group(3)}" if m else None
