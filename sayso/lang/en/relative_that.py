"""`that` as the subject of a relative clause whose verb is the cue: `has denied rumors that
said ...`, `denied a report that said ...`.

The claims named by a noun are scored in en-news (evaldata/en-news/README-i.md, "Claims named by
a noun": "has denied rumors that said ...", "their source is the noun when no outlet is named in
the phrase"), and ANNOTATION.md asks for "the exact text span naming the source": the noun phrase
before the pronoun, as for `who` and `which` (`a career Army officer who described`). PolNeAR
marks the pronoun itself (`that` is the source of 65 PolNeAR train attributions), which scoring
restores (`sayso.eval.score.polnear_source`).

`that` right before a verb, with no subject between, cannot be the conjunction opening a
reported clause (that one is followed by the clause's subject), so it is the relative pronoun
when a noun phrase stands before it.
"""

from __future__ import annotations

from .apposition import PREPOSITIONS
from .coref import is_place
from .lexicon import Lexicon
from .rules import ARTICLES, AUXILIARIES, STOP_BEFORE_SOURCE
from .tokens import Token

# Words before `that` that make it a conjunction or a demonstrative, never a relative pronoun:
# `so that`, `now that`, `given that`, `Not that`, `like that`.
THAT_CONJUNCTIONS = frozenset({"so", "now", "such", "except", "given", "not", "like", "than", "all",
                               "is", "was", "are", "were", "be", "said", "says", "say", "that"})
# Cue lemmas whose verb form is also a noun that can name a claim (`a report`, `claims`, `a court
# ruling`, `the finding`): before `that` they head the antecedent after a determiner or a modifier;
# other verbs there have `that` as their object (`He thinks that shows ...`).
NOUN_CUES = frozenset({"report", "claim", "rule", "find", "comment", "tweet", "post", "charge",
                       "statement", "leak", "warn"})
# At most this many words make the antecedent (`the Department of Prisons notice` is cut at
# `of`: prepositions end the walk back).
MAX_WORDS = 6
# Prepositions whose object may not be what the relative clause tells about (`an ad running in
# Iowa that attacks Clinton`, `rhetoric on immigration that portrays ...`, `a state with an
# oppressive history that has refused ...`: PolNeAR train): after one the antecedent is left
# unknown. (`of`, `by`, `from` name a maker or issuer: `a poll from Quinnipiac University that
# showed`.)
LOOSE_PREPOSITIONS = (PREPOSITIONS - {"of", "by", "from", "for"}) | {
    "amid", "after", "before", "during", "since", "despite", "including", "like", "outside",
    "near", "across", "through", "within", "without", "toward", "towards", "around", "behind",
    "beyond", "via", "than"}
# Words that end the walk back: wh-words open a clause of their own (`a presidential candidate
# whose ... brother`).
WH_WORDS = frozenset({"who", "whose", "which", "whom", "what", "where", "when", "why", "how"})


def antecedent(tokens: list[Token], lower: list[str], lo: int, that: int,
               lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase right before the relative `that` at token `that` (`rumors`, `a report`,
    `social media reports`), within the sentence starting at `lo`; None when the word before is
    not a noun (`so that`, a verb, a pronoun, punctuation) or the phrase is a preposition's
    object that may not be the antecedent (`LOOSE_PREPOSITIONS`)."""
    head = that - 1
    if head < lo or lower[that] != "that":
        return None
    if lower[head] in lex.time_words and head - 1 >= lo:
        head -= 1  # `a voice message yesterday that complained`: the date is no head
    word, text = lower[head], tokens[head].text
    if not text.isalpha() or word in THAT_CONJUNCTIONS or word in STOP_BEFORE_SOURCE \
            or word in AUXILIARIES or word in PREPOSITIONS or word in LOOSE_PREPOSITIONS \
            or word in lex.pronouns or word in ARTICLES or word in WH_WORDS:
        return None
    cue = lex.match_cue(lower, head)
    before = lower[head - 1] if head > lo else ""
    if cue is not None and cue[1].pos == "verb":
        # `a report that said`, `social media reports that said`; not `He thinks that shows`
        if cue[1].lemma not in NOUN_CUES or before in lex.pronouns \
                or head > lo and tokens[head - 1].text[:1].isupper() and not before.endswith(("’s", "'s")):
            return None
    elif text.islower() and _verb_like(word, lex) and not word.endswith("ing"):
        return None  # `was denied that`: a verb form, no noun
    start = head
    while start - 1 >= lo and head - start + 1 < MAX_WORDS:
        prev, prev_text = lower[start - 1], tokens[start - 1].text
        if prev in ARTICLES or prev in lex.determiners:
            if prev in lex.pronouns and prev not in ("his", "her", "its", "their", "our", "my"):
                break
            start -= 1
            break
        if prev.endswith(("’s", "'s")) and prev_text[:1].isupper():
            start -= 1  # `Iran's`: a possessive name opens the phrase
            break
        if not prev_text.isalpha() or prev in STOP_BEFORE_SOURCE or prev in ("or", "nor") or prev in AUXILIARIES \
                or prev in PREPOSITIONS or prev in LOOSE_PREPOSITIONS or prev in WH_WORDS \
                or prev in lex.pronouns or prev in THAT_CONJUNCTIONS \
                or prev_text.islower() and (_verb_like(prev, lex) or _plural_or_verb(prev)):
            break
        start -= 1
    if start - 1 >= lo and lower[start - 1] in LOOSE_PREPOSITIONS:
        return None
    if is_place(" ".join(t.text for t in tokens[start:head + 1]).removeprefix("the ").removeprefix("The ")):
        return None  # `a ad targeting Iowa that attacks Clinton` (PolNeAR train): a place is
        # where, seldom what the clause tells about
    return (start, head + 1)


def _plural_or_verb(word: str) -> bool:
    """A lower-case modifier ending in -s: a verb (`The New York Times provides entrance poll
    results that show`) or a plural, which seldom modifies a noun; `news` does (`news reports`)."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word != "news"


def _verb_like(word: str, lex: Lexicon) -> bool:
    """A lower-case word that reads as a verb form or an adverb, never a noun's modifier here:
    `denied`, `denying`, `apparently` (not a description such as `spokesman`)."""
    return word not in lex.descriptions and word.endswith(("ed", "ing", "ly"))
