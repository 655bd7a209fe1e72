"""A denial verb whose object is the charge, report or claim it denies (round 26, `encue26`).

`The hospital has denied these allegations`, `the firm denied reports it was withdrawing
completely from Iraq`, `Mr Afzal, Mr Islam and Mr Kazi deny conspiring to commit election
fraud`, `The SABC has refuted reports that ...`: ANNOTATION.md counts a denial as an attribution
(stance deny, evaldata/en-news/STANCE.md: "He has always denied the allegations", en-bbc-1), its
content the thing denied. The tagger reads `denied the allegations` but not `these allegations`,
`deny` after a name, nor the verbs it rarely saw (`refuted`, `discredited`); the rules want three
words of content and a core verb beside the tagger. So these frames went missing (enopen
`no cue found`: enD-bbc-8, enE-bbc-1, enL-ndtv-1, enN-citinewsroom-1, enO-sabcnews-1).

Only the plain shape is read, so that it stays precise on running text: subject noun phrase,
(auxiliary and adverbs), a finite denial verb, then either an object headed by a charge noun
(`denied_charges.json` `charge_nouns`; `denied a penalty`, `denied access`, `disputed the
territory` name none) or, after `deny`, an `-ing` form (the denied act). The content runs from
the object to the first comma, semicolon, dash or bracket, or to an `and`/`but` before another
verb (`deny accusations of brutality and say they show utmost restraint`, en-express-1).
A passive (`was denied`), a negation (`did not deny` is confirm, STANCE.md) or a modal before the
verb, and a headline (no closing mark), fire nothing.
"""

from __future__ import annotations

import json
from importlib import resources

from .lexicon import Lexicon
from .rules import SUBJECT_BREAKS, Candidate, covered, sentence_subject, source_before
from .tokens import Sentence, Token

_DATA = json.loads(resources.files("sayso.lang.en").joinpath("denied_charges.json").read_text("utf-8"))
VERBS = frozenset(_DATA["verbs"])
GERUND_VERBS = frozenset(_DATA["gerund_verbs"])
CHARGE_NOUNS = frozenset(_DATA["charge_nouns"])
OBJECT_MODIFIERS = frozenset(_DATA["object_modifiers"])
SUBJECT_ADVERBS = frozenset(_DATA["subject_adverbs"])
BLOCKING_BEFORE = frozenset(_DATA["blocking_before"])

_CLOSERS = frozenset({".", "!", "?", "\"", "”", "’", "'", ")"})
# `through` opens the channel (`denied the charges through his lawyer`, PolNeAR train), not
# part of what is denied
_STOPS = frozenset({",", ";", ":", "—", "–", "--", "(", ")", "[", "]", "through"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_JOINS = frozenset({"and", "but", "while", "as", "although", "though"})
# Words after a join that open another verb of the subject (`and say ...`, `but are ...`).
_VERB_OPENERS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "say",
                           "says", "said", "insist", "insists", "insisted", "added", "adds",
                           "called", "accused", "claimed", "did", "does", "do"})
_MAX_MODIFIERS = 3


def _object_end(lower: list[str], k: int, last: int, lex: Lexicon) -> int:
    """The end of the denied object that starts at `k`: the first stop mark, or a join word before
    another verb (`deny accusations of brutality and say ...`), or the sentence's end."""
    m = k
    while m < last:
        w = lower[m]
        if w in _STOPS:
            break
        if w in _JOINS and m + 1 < last and (lower[m + 1] in _VERB_OPENERS
                                            or lower[m + 1] in lex.pronouns or lower[m + 1] == "no"
                                            or lower[m + 1].endswith("ed")):
            break
        m += 1
    while m > k and lower[m - 1] in (".", "!", "?"):
        m -= 1
    return m


def _denied_object(tokens: list[Token], lower: list[str], v: int, last: int) -> int | None:
    """The first token of what the denial verb at `v` denies: a charge noun phrase (at most
    three modifiers before the head) or, after `deny`, an `-ing` form; None for any other
    object (`denied a penalty`, `disputed territory`)."""
    k = v + 1
    if k >= last:
        return None
    w = lower[k]
    if lower[v] in GERUND_VERBS and w.endswith("ing") and len(w) > 5 and w.isalpha() \
            and w not in CHARGE_NOUNS and w != "everything" and w != "nothing":
        return k  # `deny collecting votes fraudulently`, `denied having`
    m = k
    while m < last and m - k < _MAX_MODIFIERS and lower[m] in OBJECT_MODIFIERS:
        m += 1
    if m < last and lower[m] in CHARGE_NOUNS and tokens[m].text[:1].islower():
        return k
    return None


def _verb_start(lower: list[str], first: int, v: int) -> int | None:
    """The first token of the verb group ending at `v` (auxiliaries and adverbs before it:
    `has also refuted`, `has categorically denied`, `on Tuesday denied`); None when a passive,
    a negation, a modal or an infinitive marker stands there."""
    k = v
    while k > first:
        w = lower[k - 1]
        if w in BLOCKING_BEFORE:
            return None
        if w in SUBJECT_ADVERBS or (w.endswith("ly") and len(w) > 4 and w.isalpha()):
            k -= 1
            continue
        break
    return k


def _subject(tokens: list[Token], lower: list[str], first: int, start: int,
             lex: Lexicon) -> tuple[int, int] | None:
    """The subject noun phrase ending right before the verb group at `start`: the rules' readers
    first, then a plain phrase back to a clause word or a comma (`while the city's police deny`,
    `The South African Broadcasting Corporation (SABC) has refuted`), at most eight tokens,
    opening with a capital, a determiner or a pronoun and holding no cue word."""
    if start - 1 > first and lower[start - 1] == ",":
        # `The men, elected to the Aston ward, deny ...` (enD-bbc-8): a participle clause set
        # off by commas after the subject belongs to the source (ANNOTATION.md: the source span
        # is the full noun phrase)
        for k in range(start - 2, max(first, start - 12), -1):
            if lower[k] == "," and k + 1 < start and lower[k + 1].endswith("ed") \
                    and tokens[k + 1].text[:1].islower():
                head = _subject(tokens, lower, first, k, lex)
                return (head[0], start - 1) if head is not None else None
            if not (lower[k][:1].isalnum() or lower[k] in ("'s", "’s")):
                break
    found = source_before(tokens, lower, first, start, lex) or sentence_subject(tokens, lower, first, start, lex)
    if found is not None:
        a, b = found
        while a < b - 1 and lower[a] in lex.time_words:
            a += 1  # `on Tuesday Mr Ebbers denied` (BBC business 2004-05): the date is no source
        return (a, b)
    k = start
    while k > first and start - k < 8:
        w = lower[k - 1]
        if w not in ("(", ")") and (w in SUBJECT_BREAKS or not w[:1].isalnum()):
            break  # (an acronym in brackets stays: `Corporation (SABC)`)
        if lex.match_cue(lower, k - 1) is not None and not tokens[k - 1].text[:1].isupper():
            return None
        k -= 1
    if k == start or start - k >= 8 and k > first and lower[k - 1] not in SUBJECT_BREAKS and lower[k - 1] != ",":
        return None
    head = tokens[k].text
    if not (head[:1].isupper() or lower[k] in lex.determiners or lower[k] in lex.pronouns):
        return None
    return (k, start)


def denial_frames(tokens: list[Token], lower: list[str], sentences: list[Sentence],
                  found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Denial frames of `subject (aux/adverbs) deny|refute|... <charge NP | -ing>` that no
    candidate in `found` covers (its cue, content or source)."""
    verbs = [v for v, w in enumerate(lower) if w in VERBS]
    if not verbs:
        return []
    # a bare tagged content (no cue, no source) yields to a frame (as `_yield_bare_contents`)
    taken = covered([c for c in found if c.cue or c.source])
    out: list[Candidate] = []
    for sent in sentences:
        first, last = sent.first, sent.last
        here = [v for v in verbs if first < v < last - 1]
        if not here or last - first < 4 or lower[last - 1] not in _CLOSERS:
            continue  # (no closing mark: a headline or a title, its present tense reports nothing)
        for v in here:
            if v in taken or not tokens[v].text[:1].islower():
                continue
            obj = _denied_object(tokens, lower, v, last)
            if obj is None:
                continue
            start = _verb_start(lower, first, v)
            if start is None or start <= first:
                continue
            source = _subject(tokens, lower, first, start, lex)
            if source is None or lower[source[0]] in _RELATIVES:
                continue  # (a relative pronoun is the tagger's to resolve)
            end = _object_end(lower, obj, last, lex)
            if end <= obj or any(i in taken for i in range(source[0], end)):
                continue
            out.append(Candidate([(start, v + 1)], [(obj, end)], source, "rule:denied-charge"))
            taken.update(range(source[0], end))
    return out
