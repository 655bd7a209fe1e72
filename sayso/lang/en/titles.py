"""A source cut inside the title written before its name grows back to the title's first word.

News writes a person's role before the name as a run of pre-modifiers (`Walt Disney Co.
executive Kevin Mayer`, `trust member Robert Ruano`, `CNN's chief medical correspondent Dr.
Sanjay Gupta`, `chairman, CEO and president Craig Menear`, `Work and pensions minister Alan
Johnson`). The tagger and the noun-phrase rules often start the source at the last role word or
at the name. ANNOTATION.md asks for "the exact text span naming the source", and the gold of the
open English sets keeps the whole title (en-foxbusiness-1, en-latimes-1, enC-miamitoday-1,
enD-kxan-1, enD-bbc-7, en-cnn-1).

The walk goes left from the source's first token over: capitalised words (an organisation or a
place: `Indiana State Teachers Association`), a possessive owner (`CNN's`), role nouns
(`title_words`, `descriptions`), at most two lower-case modifiers right before a role noun
(`association executive director`, `chief medical correspondent`), and `and` or a comma between
two roles when a lower-case role follows (`chairman, CEO and president`, `Work and pensions
minister`; not `Trump and Chinese President Xi`, two people). It stops at a clause opener,
a preposition, a verb-like word, a pronoun, a quotation mark and at `floor` (the cue or content
before a source after its cue). It only runs when a role noun stands among the source's first three
tokens or right before it, so a plain `Mr Smith said` is never touched.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .tokens import Token

Range = tuple[int, int]

# Words that end the walk even when capitalised at a sentence start.
STOPS = frozenset({
    "as", "when", "while", "because", "if", "although", "though", "after", "before", "since",
    "where", "whereas", "until", "but", "and", "or", "so", "then", "that", "who", "which", "whom",
    "with", "of", "for", "in", "on", "at", "by", "from", "to", "against", "about", "over", "under",
    "between", "among", "into", "like", "than", "said", "says", "told", "tells", "according",
    "meanwhile", "however", "also", "now", "here", "there", "yes", "no", "not",
    "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might",
    "must", "should", "shall", "be", "been", "million", "billion", "trillion", "thousand",
    "hundred", "percent", "what", "whatever", "how", "why", "whose", "such",
})
ARTICLES = frozenset({"the", "a", "an"})
# Source nouns of `descriptions` that name no person: never one of two coordinated roles.
NOT_PERSONS = frozenset({
    "campaign", "company", "agency", "ministry", "department", "government", "group", "committee",
    "report", "statement", "newspaper", "network", "survey", "poll", "study", "paper", "daily",
    "tabloid", "magazine", "broadcaster", "publication", "source",
})
POSSESSIVES = frozenset({"’s", "'s"})


def _word(tok: Token) -> bool:
    return tok.text[:1].isalnum()


def _role(lower: list[str], k: int, lex: Lexicon) -> bool:
    w = lower[k]
    return w in lex.title_words or w.rstrip("s") in lex.title_words and len(w) > 3


def _person_role(lower: list[str], k: int, lex: Lexicon) -> bool:
    return _role(lower, k, lex) and lower[k] not in NOT_PERSONS


def _capital(tokens: list[Token], lower: list[str], k: int, lex: Lexicon, floor: int) -> bool:
    """A capitalised word of a name in a title; a cue word only inside the sentence (`Indiana
    State Teachers Association`, not a sentence-opening `Says`)."""
    t = tokens[k].text
    return t[:1].isupper() and _word(tokens[k]) and lower[k] not in STOPS \
        and lower[k] not in lex.pronouns and lower[k] not in lex.clause_openers \
        and (lower[k] not in lex.cue_first or k > floor and tokens[k - 1].text[:1].isupper()) \
        and lower[k] not in lex.time_words


def _modifier(tokens: list[Token], lower: list[str], k: int, lex: Lexicon) -> bool:
    """A lower-case word that may modify a role noun: not a function word, verb or adverb."""
    t, w = tokens[k].text, lower[k]
    return t.replace("-", "").isalpha() and t[:1].islower() and w not in STOPS \
        and w not in lex.pronouns and w not in lex.cue_first and w not in lex.time_words \
        and w not in lex.clause_openers and w not in lex.passive_be \
        and not w.endswith(("ly", "ing", "ed")) and w not in ARTICLES


def with_title(tokens: list[Token], lower: list[str], source: Range, floor: int, lex: Lexicon) -> Range:
    """`source` grown left over the title before it (see the module docstring)."""
    a, b = source
    if a <= floor or a >= b or lower[a] in ARTICLES:
        return source  # (a phrase opening with its article is whole: `Amendment the Founding Fathers`)
    starts_role = any(_role(lower, j, lex) for j in range(a, min(b, a + 3)))
    after_role = tokens[a].text[:1].isupper() and a - 1 >= floor and _role(lower, a - 1, lex) \
        and tokens[a - 1].text[:1].islower()
    if not (starts_role or after_role):
        return source
    k = a
    loose = 2  # lower-case modifiers allowed before a role noun
    while k - 1 >= floor:
        w = lower[k - 1]
        if _role(lower, k - 1, lex) and (tokens[k - 1].text[:1].islower() or tokens[k - 1].text.isupper()):
            k -= 1
            loose = 2
        elif w == "," and k - 2 >= floor and _person_role(lower, k, lex) and _person_role(lower, k - 2, lex) \
                and not tokens[k].text.istitle():
            k -= 1  # `chairman, CEO and president` (not `a White House statement, President Obama`)
        elif w == "and" and k - 2 >= floor and (tokens[k].text[:1].islower() or _person_role(lower, k - 2, lex)) \
                and (_person_role(lower, k - 2, lex) or _capital(tokens, lower, k - 2, lex, floor)):
            k -= 1  # `CEO and president`, `Work and pensions minister` (not `Trump and Chinese`)
        elif w in POSSESSIVES and k - 2 >= floor and _capital(tokens, lower, k - 2, lex, floor):
            k -= 2  # `CNN's chief medical correspondent`
            break
        elif _capital(tokens, lower, k - 1, lex, floor):
            k -= 1
        elif w == "." and k - 2 >= floor and _capital(tokens, lower, k - 2, lex, floor):
            k -= 1  # `Co.` split from its stop
        elif loose and _modifier(tokens, lower, k - 1, lex) and tokens[k].text[:1].islower() \
                and (_role(lower, k, lex) or loose < 2):
            k -= 1
            loose -= 1
        else:
            break
    if k - 1 >= floor and lower[k - 1] in ARTICLES and k < a:
        k -= 1  # `the association executive director`
    while k < a and (lower[k] in (",", "and") or not _word(tokens[k])):
        k += 1
    return (k, b) if k < a else source


OWNERS = frozenset({"his", "her", "their", "its", "our", "my"})


def with_role_apposition(tokens: list[Token], lower: list[str], source: Range, floor: int,
                         lex: Lexicon) -> Range:
    """`Ramdehol's sister, Inderdai Deyal said` (enC-kaieteur-1 gold): an owner's role set off
    by a comma right before the name names the same person and opens the span. Only a possessed
    person role (`X's sister`, `his lawyer`) at the clause start (the sentence start or after a
    comma, colon or quotation mark), so `..., the group's founder, ...` inside a list is left."""
    a, b = source
    if a - 3 < floor or lower[a - 1] != "," or not tokens[a].text[:1].isupper() \
            or not _person_role(lower, a - 2, lex) or not tokens[a - 2].text[:1].islower():
        return source
    if lower[a - 3] in POSSESSIVES and a - 4 >= floor and _capital(tokens, lower, a - 4, lex, floor):
        k = a - 4
    elif tokens[a - 3].text.endswith(("’s", "'s")) and _capital(tokens, lower, a - 3, lex, floor):
        k = a - 3  # `Ramdehol’s` as one token
    elif lower[a - 3] in OWNERS:
        k = a - 3
    else:
        return source
    if k > floor and lower[k - 1] not in (",", ";", ":") and _word(tokens[k - 1]):
        return source
    return (k, b)
