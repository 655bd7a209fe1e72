"""The speaker of a cue inside a subject-less adverbial clause that opens the sentence.

News copy fronts a clause with no subject of its own, a preposition or subordinator and a
participle, before the main clause; its understood subject is the main clause's subject:

- `After blasting the Drudge Report for linking to a Breitbart article ..., Beck turned to ...`
  (PolNeAR train, Breitbart 2016): Beck blasted;
- `Since announcing former Massachusetts governor William Weld as his running mate, Johnson
  has ...` (PolNeAR train, Washington Post 2016): Johnson announced;
- `Days after announcing she and husband Alan Ferguson are calling it quits ..., Solange
  Knowles has addressed rumors ...` (enT-blackamericaweb-1): a time lead-in before the opener
  (`source_opening.time_lead_in`); `After deliberately playing down her gender ..., Clinton now
  talks ...` (PolNeAR train, Washington Post 2016): an adverb before the participle;
- `When asked by an American journalist to comment on the allegations ..., Lavrov simply
  responded, "..."` (Moscow Times 2016, en-news R tune): Lavrov is the one asked to comment,
  the journalist only asks.

The tagger took the opening word (`After`, `Since`, `By`) or the asker for the source.
ANNOTATION.md: the source is the span naming who makes the statement, and the speaker the
party it resolves to; the clause's opener names nobody and the `by` agent of `asked` is the
questioner, not the one who answers. The word lists are data beside this module
(`fronted_clause.json`).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TypeAlias

from . import rules as en_rules
from . import source_opening as en_source_opening
from .lexicon import Lexicon
from .tokens import Token

Range: TypeAlias = tuple[int, int]

_DATA = json.loads(resources.files("sayso.lang.en").joinpath("fronted_clause.json").read_text("utf-8"))
OPENERS = frozenset(_DATA["openers"])
PASSIVE_PARTICIPLES = frozenset(_DATA["passive_participles"])
CONNECTIVES = frozenset(_DATA["connectives"])
RELATIVES = frozenset({"which", "who", "whom", "whose", "that", "where", "when"})
MAX_RELATIVES = 2  # relative clauses skipped inside the fronted clause


def fronted_clause_subject(tokens: list[Token], lower: list[str], lo: int, hi: int,
                           cue: list[Range], lex: Lexicon) -> Range | None:
    """The main clause's subject when the sentence (from `lo`, after at most a conjunction
    and a time lead-in: `Days after`) opens with a word of `OPENERS` and a participle right after
    it, an adverb allowed between (a lower-case -ing form that is a participial cue, or a
    participle of asking: `When asked`), the cue stands inside that clause and the clause closes with a comma before the subject and its verb
    (`rules.subject_after_clause`). None otherwise: a clause with its own subject (`After he
    blasted ...`) or a cue outside the clause (`After meeting Obama, Trump said`)."""
    if not cue or lo + 2 >= hi:
        return None
    i = lo + 1 if lower[lo] in en_rules.CONJUNCTIONS else lo
    i = en_source_opening.time_lead_in(lower, i, hi)  # `Days after announcing ...,`
    p = i + 1
    if lower[i] not in OPENERS or p >= hi or not tokens[i].text[:1].isupper() and i == lo:
        return None
    adverb = p + 1 < hi and lower[p].endswith("ly") and tokens[p].text.islower() and cue[0][0] == p
    word = lower[p + 1] if adverb else lower[p]  # `After deliberately playing down ...,`
    participle = word.endswith("ing") and tokens[p + adverb].text[:1].islower() \
        and word not in lex.participle_not_cues
    if participle and cue[0][0] != p:
        return None  # the participle is the cue (`After blasting`), not a verb inside its
        # clause (`Despite receiving an email from Mr Van de Vijver which said ...`, BBC 2005)
    if not participle and not (word in PASSIVE_PARTICIPLES and cue[0][0] > p and lower[cue[0][0]] == "to"):
        return None  # `When asked whether ...`: the asking is the cue, whoever asked its source
    start = p
    for _ in range(MAX_RELATIVES + 1):
        subject = en_rules.subject_after_clause(tokens, lower, start, hi, lex)
        if subject is None or lower[subject[0]] not in RELATIVES:
            break
        start = subject[0]  # `After thanking the raucous crowd, which ...,`: a relative clause
        # inside the fronted one; its subject comes after the next comma
    if subject is None or subject[0] < cue[-1][1] or lower[subject[0]] in RELATIVES:
        return None  # the cue is not inside the fronted clause
    return subject
