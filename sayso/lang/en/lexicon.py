"""English lexical data for attribution: cues with stance, source words, hedges.

All of it is data under `sayso/lang/en/` (cues.json, sources.json, hedges.json); this module
only loads it once and matches it on token sequences (longest match first, case-insensitive).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .tokens import tokenize


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    stance: str
    pos: str
    core: bool = False
    # trusted like a core verb when a document is its subject (`the study found`, `polls show`)
    document_core: bool = False


@dataclass(frozen=True)
class Lexicon:
    cues: dict[tuple[str, ...], Cue]  # lower-cased token tuple -> cue
    cue_first: frozenset[str]  # first token of any cue form
    max_cue_len: int
    cue_lengths: dict[str, tuple[int, ...]]  # first token -> lengths of the cue forms it opens, longest first
    pronouns: dict[str, str]
    descriptions: frozenset[str]
    anonymous: frozenset[str]
    anonymous_markers: Phrases
    anonymity_phrases: Phrases
    determiners: frozenset[str]
    modifiers: frozenset[str]
    via_channels: frozenset[str]
    signature_dashes: frozenset[str]
    passive_be: frozenset[str]
    passive_participles: frozenset[str]
    passive_adjectival: frozenset[str]
    participle_links: frozenset[str]
    clause_openers: frozenset[str]
    participle_not_cues: frozenset[str]
    apposition_stops: frozenset[str]
    trailing_adverbs: frozenset[str]
    time_words: frozenset[str]
    titles: frozenset[str]
    title_words: frozenset[str]  # role nouns of a title before a name (`trust member`)
    unconfirmed: Phrases
    hedge_words: Phrases
    hedges: Phrases  # hedge words and unconfirmed phrases together
    denial: Phrases
    negation: frozenset[str]

    def match_cue(self, lower: list[str], i: int) -> tuple[int, Cue] | None:
        """The longest cue starting at token `i` as (length, cue), or None."""
        lengths = self.cue_lengths.get(lower[i])
        if lengths is None:
            return None
        # only the lengths of the forms this word opens can match (`said` opens forms of 1 and
        # 2 tokens, not 6): the same longest match, with fewer tuples built and looked up
        rest = len(lower) - i
        for n in lengths:
            if n <= rest:
                cue = self.cues.get(tuple(lower[i:i + n]))
                if cue is not None:
                    return n, cue
        return None


def _read(name: str) -> dict:
    return json.loads(resources.files("sayso.lang.en").joinpath(name).read_text("utf-8"))


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(t.text.lower() for t in tokenize(text))


Phrases = dict[str, tuple[tuple[str, ...], ...]]  # first token -> phrases starting with it


def _phrases(texts: list[str]) -> Phrases:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for text in texts:
        p = _phrase(text)
        if p:
            by_first.setdefault(p[0], []).append(p)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def phrase_table(texts: list[str]) -> Phrases:
    """Phrases indexed by their first token, for `find_phrases` (other modules' word lists)."""
    return _phrases(texts)


def find_phrases(lower: list[str], phrases: Phrases, lo: int = 0,
                 hi: int | None = None, opens: list[int] | None = None) -> list[tuple[int, int]]:
    """Token ranges [i, j) within lower[lo:hi] equal to one of `phrases` (longest first).

    `opens`: ascending token indices within [lo, hi) holding every one that opens a phrase of
    `phrases` (others are skipped), when the caller scanned for several tables at once."""
    hi = len(lower) if hi is None else hi
    found = []
    # Most tokens open no phrase: select the few that do in one comprehension (a document's
    # five tables were scanned token by token, ~3% of English run time).
    if opens is None:
        opens = [i for i, w in enumerate(lower[lo:hi], lo) if w in phrases]
    else:
        opens = [i for i in opens if lower[i] in phrases]
    for i in opens:
        for p in phrases[lower[i]]:
            if i + len(p) <= hi and tuple(lower[i:i + len(p)]) == p:
                found.append((i, i + len(p)))
                break
    return found


# The -ize verbs of American spelling, for their British -ise forms (after at least three
# letters, so `quizzed` keeps its z).
BRITISH_IZE = re.compile(r"(?<=\w{3})iz(e|es|ed|ing)\b")


def _cue_lengths(cues: dict[tuple[str, ...], Cue]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for form in cues:
        lengths.setdefault(form[0], set()).add(len(form))
    return {word: tuple(sorted(ns, reverse=True)) for word, ns in lengths.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The bundled English lexicon (loaded once per process)."""
    from .tokens import abbreviations

    cues: dict[tuple[str, ...], Cue] = {}
    for entry in _read("cues.json")["cues"]:
        cue = Cue(entry["cue"], entry["stance"], entry.get("pos", "verb"), entry.get("core", False),
                  entry.get("document_core", False))
        for form in entry["forms"]:
            cues.setdefault(_phrase(form), cue)
            british = BRITISH_IZE.sub(r"is\1", form)  # criticized -> criticised, BBC style
            if british != form:
                cues.setdefault(_phrase(british), cue)
    src = _read("sources.json")
    hedges = _read("hedges.json")
    titles, _ = abbreviations()
    return Lexicon(
        cues=cues,
        cue_first=frozenset(k[0] for k in cues),
        max_cue_len=max(len(k) for k in cues),
        cue_lengths=_cue_lengths(cues),
        pronouns=dict(src["pronouns"]),
        descriptions=frozenset(src["descriptions"]),
        anonymous=frozenset(src["anonymous"]),
        anonymous_markers=_phrases(src["anonymous_markers"]),
        anonymity_phrases=_phrases(src["anonymity_phrases"]),
        determiners=frozenset(src["determiners"]),
        modifiers=frozenset(src["modifiers"]),
        via_channels=frozenset(src["via_channels"]),
        signature_dashes=frozenset(src["signature_dashes"]),
        passive_be=frozenset(src["passive"]["be"]),
        passive_participles=frozenset(src["passive"]["participles"]),
        passive_adjectival=frozenset(src["passive"]["adjectival"]),
        participle_links=frozenset(src["participle_links"]),
        clause_openers=frozenset(src["clause_openers"]),
        participle_not_cues=frozenset(src["participle_not_cues"]),
        apposition_stops=frozenset(src["apposition_stops"]),
        trailing_adverbs=frozenset(src["trailing_adverbs"]),
        time_words=frozenset(src["time_words"]),
        titles=titles,
        title_words=frozenset(src["title_words"]) | frozenset(src["descriptions"]),
        unconfirmed=_phrases(hedges["unconfirmed"]),
        hedge_words=_phrases(hedges["hedge_words"]),
        hedges=_phrases(hedges["hedge_words"] + hedges["unconfirmed"]),
        denial=_phrases(hedges["denial"]),
        negation=frozenset(hedges["negation"]),
    )

