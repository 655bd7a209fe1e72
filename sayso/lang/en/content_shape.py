"""The shape of an English content (quotation, `that`-clause, infinitive, question, finite
clause or plain noun phrase) and the head word of a cue (issue #11, precision).

No part-of-speech tagger: the shape is read from the content's first words. A finite clause is
a subject pronoun opening it, or an auxiliary / modal / negated verb among its first words
before any relative pronoun (`maintains existing tariffs that were imposed` stays a noun
phrase: the `were` belongs to the relative clause).
"""

from __future__ import annotations

import re

from .lexicon import Cue, lexicon
from .tokens import tokenize

QUOTE_MARKS = "\"“”‘'`«»"
_WORD = re.compile(r"[A-Za-z]+(?:[’'][a-z]+)?")
_WH = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who", "which", "whom"})
_SUBJECTS = frozenset({"i", "we", "he", "she", "they", "it", "you", "there", "this"})
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                     "could", "may", "might", "must", "should", "shall", "does", "did", "do", "am",
                     "won’t", "won't", "can’t", "can't"})
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "while",
                        "after", "before", "because", "since", "as", "if"})
_PARTICLES = frozenset({"to", "as", "that", "on", "of", "for", "with", "about", "up", "out", "by",
                        "in", "at", "over", "against", "off", "down", "back", "into", "from"})
_AUXILIARIES = _FINITE | frozenset({"be", "been", "being", "not", "also", "has", "had", "have"})
# How far into the content a finite verb makes it a clause (`the rally will go ahead`).
CLAUSE_WINDOW = 8


def content_shape(text: str, start: int, end: int) -> str:
    """`quote`, `that`, `inf`, `wh`, `clause` or `np` for the content `text[start:end]`."""
    piece = text[start:end].lstrip()
    before = text[max(0, start - 3):start].rstrip()
    if piece[:1] in QUOTE_MARKS or (before and before[-1] in QUOTE_MARKS):
        return "quote"
    words = [w.lower() for w in _WORD.findall(piece)]
    if not words:
        return "np"
    first = words[0]
    if first == "that":
        return "that"
    if first == "to":
        return "inf"
    if first in _WH:
        return "wh"
    if first in _SUBJECTS:
        return "clause"
    for w in words[1:CLAUSE_WINDOW]:
        if w in _RELATIVES:
            break
        if w in _FINITE or w.endswith("n’t") or w.endswith("n't"):
            return "clause"
    return "np"


def cue_head(cue: str) -> str:
    """The cue's verb or noun: its last word that is neither a particle nor an auxiliary
    (`has agreed` -> `agreed`, `according to` -> `according`)."""
    words = [w.lower() for w in _WORD.findall(cue)]
    for w in reversed(words):
        if w not in _PARTICLES and w not in _AUXILIARIES:
            return w
    return words[-1] if words else ""


def cue_entry(cue: str) -> Cue | None:
    """The lexicon's entry for the cue (its last match, `has agreed` -> agree), or None when no
    word of it is a cue of the lexicon (a cue only the tagger knows: `inspected`, `lists`)."""
    lex = lexicon()
    lower = [t.text.lower() for t in tokenize(cue)]
    found = None
    i = 0
    while i < len(lower):
        m = lex.match_cue(lower, i)
        if m is not None:
            found = m[1]
            i += m[0]
        else:
            i += 1
    return found
