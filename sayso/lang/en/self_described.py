"""A source that describes itself: `A woman who identified herself as the mother of the Gamble
Heights victim admitted that ...` (enC-tribune242-1; issue #11 item 5, #15).

The tagger may start the source at the reflexive pronoun (`herself as the mother of ...`), which
names nobody by itself; the source is the whole noun phrase, the antecedent with its relative
clause (ANNOTATION.md: the source is "the exact text span naming the source"; the en-news gold
of that article: `A woman who identified herself as the mother of the Gamble Heights victim`).
Coreference then links the later `She said` to that description, not to a reflexive.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .rules import Range, determined_np, source_before
from .tokens import Token

REFLEXIVES = frozenset({"herself", "himself", "themselves", "itself", "themself"})
RELATIVE_WORDS = frozenset({"who", "that"})


def with_antecedent(tokens: list[Token], lower: list[str], lo: int, source: Range, lex: Lexicon) -> Range:
    """`source` widened back over `NP who VERB` when it opens with a reflexive pronoun right
    after that verb (`who identified herself as ...`, `who described himself as ...`); else
    `source` unchanged."""
    i = source[0]
    if lower[i] not in REFLEXIVES or i - 2 <= lo or lower[i - 2] not in RELATIVE_WORDS \
            or not tokens[i - 1].text.isalpha() or not tokens[i - 1].text.islower():
        return source
    antecedent = source_before(tokens, lower, lo, i - 2, lex) or determined_np(tokens, lower, lo, i - 2, lex) \
        or _article_np(tokens, lower, lo, i - 2)
    if antecedent is None or antecedent[1] != i - 2:
        return source
    return (antecedent[0], source[1])


def _article_np(tokens: list[Token], lower: list[str], lo: int, end: int) -> Range | None:
    """`A woman` before `who`: an article and one to three words, all letters."""
    for j in range(end - 2, max(lo, end - 4) - 1, -1):
        if not tokens[j + 1].text.isalpha():
            return None
        if lower[j] in ("a", "an", "the"):
            return (j, end)
    return None
