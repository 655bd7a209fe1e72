"""Appositions around an English source: the name and the phrase set off by commas that
describes it (`Robertson, the U.S. commander, said ...`).

PolNeAR and the project's gold keep the apposition inside the source span, while the tagger
often takes the apposition alone; these readers find the name before it, or tell an apposition
from the end of a clause. `rules.apposition_before` and `rules.name_apposition` stay in
`rules` (they share `rules.source_before` with the rule extractor, which calls them; moving
them here would make `rules` import this module, which imports `rules`).
"""

from __future__ import annotations

from collections.abc import Callable

from . import rules as en_rules
from .coref import NAME_OPENERS
from .lexicon import Lexicon
from .rules import Candidate
from .tokens import ENDERS, QUOTES, Token

PRE_VERB = en_rules.PRE_VERB

# A name after one of these is its object (`On the relations with Russia, the Turkish Minister
# said`), not a subject with an apposition.
OBJECT_PREPOSITIONS = frozenset({"with", "on", "of", "in", "for", "to", "from", "at", "by", "about",
                                 "against", "between", "among", "into", "over", "after", "before"})
# Words opening a phrase that names or describes the noun before it (`, often called X,`,
# `, known as X,`, `, dubbed X,`): a description, not the end of a clause.
NAMING_OPENERS = frozenset({"often", "sometimes", "also", "known", "called", "dubbed", "nicknamed",
                            "formerly", "once", "widely"})
RELATIVE_CLAUSE = frozenset({"who", "which", "where"})
PREPOSITIONS = frozenset({"with", "of", "for", "in", "on", "at", "by", "from", "to", "against",
                          "about", "over", "under", "between", "among", "into"})
NO_SOURCE_WORDS = frozenset({"perhaps", "reportedly", "together", "apparently"})
SUBORDINATORS = frozenset({"as", "when", "while", "because", "if", "although", "though", "after",
                           "before", "since", "where", "whereas", "until"})
# Prepositions that open an introductory phrase before a comma (`Among Democrats, ...`),
# besides PREPOSITIONS and NAME_OPENERS.
OPENING_PREPOSITIONS = frozenset({"among", "amongst", "beyond", "across", "amid", "within", "outside",
                                  "inside", "throughout", "near", "besides", "beside", "toward",
                                  "towards", "upon", "via", "per", "following", "including"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def name_before_apposition(found: list[Candidate], rules: list[Candidate], tokens: list[Token],
                           lower: list[str]) -> None:
    """`Robertson, the U.S. commander, said: ...`, `Josenrique Cueto, the transportation
    department's deputy director, acknowledged ...`: the tagger took the apposition alone for the
    source; the rule for the same cue reads the name before it too (`source_before` checks the
    name). The source is the name with its apposition, as the gold has it; not a name that is the
    object of a preposition (`On the relations with Russia, the Turkish Minister said`)."""
    by_cue = {c.cue[0][0]: c.source for c in rules if c.cue and c.source is not None}
    for cand in found:
        if not cand.cue or cand.source is None:
            continue
        rule = by_cue.get(cand.cue[0][0])
        sa = cand.source[0]
        if rule is None or not rule[0] < sa - 1 or lower[sa - 1] != "," or rule[1] < sa \
                or rule[0] > 0 and lower[rule[0] - 1] in OBJECT_PREPOSITIONS \
                or not all(tokens[k].text[:1].isupper() or lower[k] in ("of", "de", "van", "von", ".")
                           for k in range(rule[0], sa - 1)):
            continue
        cand.source = (rule[0], cand.source[1])

def apposition_then_verb(lower: list[str], comma: int, hi: int) -> bool:
    """Whether the comma at `comma` opens a naming phrase (`NAMING_OPENERS`) of at most 8
    words closed by a comma and followed by a lower-case word (the clause's verb: `, often
    called the Russian Amazon, were`)."""
    if comma + 1 >= min(hi, len(lower)) or lower[comma + 1] not in NAMING_OPENERS:
        return False
    close = next((k for k in range(comma + 2, min(hi, comma + 10)) if lower[k] == ","), None)
    return close is not None and close + 1 < hi and lower[close + 1].isalpha() \
        and lower[comma + 1].isalpha() and lower[close + 1] not in RELATIVE_CLAUSE \
        and lower[close + 1] not in ("and", "but", "or", "as", "while", "said", "says")

def opening_name_apposition(tokens: list[Token], lower: list[str], lo: int, a: int,
                            lex: Lexicon) -> tuple[int, int] | None:
    """`Gilley, author of the controversial 2017 article "The Case for Colonialism," argued`,
    `Prince Andrew, the nearly 60-year-old younger brother of heir to the British throne,
    Charles, has reportedly told`: the name opening the sentence with its apposition, which may
    hold commas and a quoted title (`rules.apposition_before` stops at both), as one source.
    The apposition opens with a determiner or a lower-case role word and holds no speech verb,
    clause break or conjunction (`Smith, the mayor, and Jones said` is two people)."""
    ci = a
    while ci - 1 > lo and (lower[ci - 1] in PRE_VERB or lower[ci - 1] in NO_SOURCE_WORDS
                           or lower[ci - 1].endswith("ly") and tokens[ci - 1].text[:1].islower()):
        ci -= 1
    if ci - 2 > lo and tokens[ci - 1].text in QUOTES and lower[ci - 2] == ",":
        ci -= 1  # `..."The Case for Colonialism," argued`: the comma inside the closing quote
    if ci - 1 <= lo or lower[ci - 1] != ",":
        return None
    comma = next((k for k in range(lo + 1, min(ci - 1, lo + 6)) if lower[k] == ","), None)
    if comma is None or comma + 2 >= ci - 1 or ci - comma > 40:
        return None
    name = en_rules.source_before(tokens, lower, lo, comma, lex)
    if name is None or name != (lo, comma) or not all(tokens[i].text[:1].isupper() for i in range(*name)) \
            or lower[lo] in lex.pronouns or lower[lo] in NAME_OPENERS or lower[lo] in PREPOSITIONS \
            or lower[lo] in OPENING_PREPOSITIONS or lower[lo] in lex.determiners:
        return None
    opener = comma + 1
    if lower[opener] in PREPOSITIONS or lower[opener] in OPENING_PREPOSITIONS \
            or lower[opener] in SUBORDINATORS or lower[opener].endswith(("ly", "ed")):
        return None  # `Clinton, for her part,`, `Rubio, particularly in ...`: no apposition
    if not (lower[opener] in ("a", "an", "the", "his", "her", "their", "its")
            or any(w in lex.descriptions or w in lex.titles for w in lower[opener:opener + 4])):
        return None  # an apposition names a role (`author of ...`, `the ... brother of ...`)
    inner = range(opener, ci - 1)
    if any(lower[k] in (";", ":", "and", "but", "or", "which", "who", "said", "says") or lower[k] in ENDERS
           and not (k > 0 and len(tokens[k - 1].text) <= 3) for k in inner):
        return None
    if any((m := lex.match_cue(lower, k)) is not None and m[1].core and m[1].pos == "verb"
           and not tokens[k].text[:1].isupper() for k in inner):
        return None
    if sum(tokens[k].text in QUOTES for k in inner) % 2:
        return None  # an unbalanced quotation: a quote of its own, not a title
    return (lo, ci - 1)

def named_before_apposition(tokens: list[Token], lower: list[str], source: tuple[int, int],
                            cue: int, lo: int, lex: Lexicon,
                            is_person_word: Callable[[str], bool]) -> tuple[int, int]:
    """`Charles Simpson, program administrator for ..., told`, `Robertson, the U.S. commander,
    said`: a source the tagger took as the apposition alone, after a name that opens the
    sentence and its comma, is the name with its apposition (the name is the speaker; the
    span keeps the apposition as PolNeAR's does). Else `source` unchanged."""
    s0, s1 = source
    if lower[s0].startswith("who") and lower[s0] != "whose":
        return source  # `Collins, who'd previously endorsed`: coreference resolves the pronoun
    if s0 - 2 < lo or lower[s0 - 1] != "," or tokens[s0].text[:1].isupper() \
            and lower[s0] not in ("the", "a", "an") and not _possessor_of_role(tokens, s0, s1):
        return source
    between = lower[s1:cue]
    if any(w not in (",", *PRE_VERB) for w in between):
        return source
    name = en_rules.source_before(tokens, lower, lo, s0 - 1, lex)
    if name is None or name[0] != lo or not all(tokens[i].text[:1].isupper() for i in range(*name)) \
            or lower[lo] in lex.pronouns or lower[lo] in NAME_OPENERS or lower[s0] in lex.pronouns \
            or lower[lo] in PREPOSITIONS or lower[lo] in OPENING_PREPOSITIONS:
        return source  # `Among Republicans, 27 percent`, `Beyond Washington, other Republicans`
    if name[1] - name[0] == 1 and not is_person_word(tokens[lo].text):
        return source  # `Separately, the ILO said`, `Overall, the fund predicted`: an adverb
    if any(w in WEEKDAYS for w in lower[name[0]:name[1]]):
        return source  # `Even Friday, he claimed`
    return (lo, s1)


def _possessor_of_role(tokens: list[Token], s0: int, s1: int) -> bool:
    """Whether the apposition at s0..s1 opens with a capitalised possessor and a lower-case
    noun (`Oyoo’s brother`, `Microsoft's chief executive`): it names the person by a relation
    or role, as `the ...` does, so the name before its comma is the speaker (Q tune gold:
    `Nobert Ochieng, Oyoo’s brother, said`; ANNOTATION.md: the person is the name)."""
    return s1 - s0 >= 2 and tokens[s0].text.endswith(("'s", "’s")) and len(tokens[s0].text) > 2 \
        and tokens[s0 + 1].text[:1].islower() and tokens[s0 + 1].text.isalpha()


def name_with_apposition(tokens: list[Token], lower: list[str], lo: int, k: int,
                         lex: Lexicon) -> tuple[int, int] | None:
    """`Nikolay Mladenov, the official leading ..., told`: a capitalised name opening the
    sentence and set off by commas with its apposition right before the cue (the source
    span keeps the apposition, as PolNeAR's does)."""
    if k - 1 <= lo or lower[k - 1] != ",":
        return None
    comma = next((m for m in range(lo, k - 1) if lower[m] == ","), None)
    if comma is None or comma - lo > 5 or any(tokens[m].text in QUOTES for m in range(lo, k)):
        return None
    name = en_rules.source_before(tokens, lower, lo, comma, lex)
    if name is None or name[0] != lo or not tokens[lo].text[:1].isupper():
        return None
    return (lo, k - 1)


# Words that may open a sentence before its subject (`But the couple, who ..., claimed`).
SENTENCE_OPENERS = frozenset({"but", "and", "yet", "so", "meanwhile", "however", "now", "still"})
MAX_RELATIVE_ANTECEDENT = 8  # tokens of the subject before `, who`


def relative_clause_subject(tokens: list[Token], lower: list[str], lo: int, a: int,
                            lex: Lexicon) -> tuple[int, int] | None:
    """`The couple, who married in Los Angeles last September, claimed staff took photographs`
    (BBC entertainment 2005), `The 27-year-old, who captained St Helens to Challenge Cup success
    last year, said`, `The judge in the case, which lasted seven days, said` (BBC sport and
    entertainment 2005): the subject opening the sentence, then a relative clause set off by
    commas right before the cue at `a`. The subject before `, who` is the source, without the
    clause (PolNeAR's spans stop before a non-restrictive clause, as `_relative_clause_source`
    in extract.py keeps them; ANNOTATION.md: the span naming the source).

    Only a subject of at most MAX_RELATIVE_ANTECEDENT words that opens the sentence (after a
    conjunction or adverb and its comma, at most), holds no comma, quotation mark or verb of a
    clause, and opens with a capital or a determiner; the clause holds no comma or quotation."""
    ci = a
    while ci - 1 > lo and lower[ci - 1] in PRE_VERB:
        ci -= 1
    if ci - 4 <= lo or lower[ci - 1] != ",":
        return None
    rel = next((j for j in range(ci - 3, lo, -1) if lower[j] in ("who", "which", "whose") and lower[j - 1] == ","), None)
    if rel is None or any(lower[m] in (",", ";", ":") or tokens[m].text in QUOTES for m in range(rel + 1, ci - 1)):
        return None
    start = lo
    while start < rel - 1 and (lower[start] in SENTENCE_OPENERS or lower[start] == ","):
        start += 1
    end = rel - 1
    if end - start < 1 or end - start > MAX_RELATIVE_ANTECEDENT:
        return None
    words = lower[start:end]
    if any(w in (",", ";", ":") or w in en_rules.AUXILIARIES or w in ("that", "said", "says")
           for w in words) or any(tokens[m].text in QUOTES for m in range(start, end)):
        return None
    if not (tokens[start].text[:1].isupper() or lower[start] in lex.determiners):
        return None
    if lower[start] in lex.pronouns or lower[start] in SUBORDINATORS or lower[start] in PREPOSITIONS \
            or lower[start] in OPENING_PREPOSITIONS:
        return None  # `In the case, which ...`: a phrase of setting, not the subject
    return (start, end)


MAX_RESTRICTIVE_CLAUSE = 20  # tokens of a relative clause with no commas before the cue
# Cue forms a sentence's main verb takes in the third person (`says`, `said`), not a participle.
FINITE_ENDINGS = ("s", "ed")


def restrictive_relative_subject(tokens: list[Token], lower: list[str], lo: int, a: int,
                                 lex: Lexicon) -> tuple[int, int] | None:
    """`A scaffolding company which has continued to send workers to the Co-op refinery through
    the lockout says its employees are being harassed` (CKOM 2019): the subject opening the
    sentence, then a relative clause with no commas (its verb right after `which` / `who`)
    running up to the cue at `a`, a finite verb. The subject without the clause is the source,
    as `relative_clause_subject` keeps it and the P tune gold writes it (ANNOTATION.md: the
    span naming the source).

    Read only when nothing nearer was found: a name at the clause's end is its own subject
    (`the report which Smith said`). The subject opens with a determiner, holds at most
    MAX_RELATIVE_ANTECEDENT words, no verb and no preposition; the clause holds no comma, quotation or second
    relative and at most MAX_RESTRICTIVE_CLAUSE tokens."""
    ci = a
    while ci - 1 > lo and lower[ci - 1] in PRE_VERB:
        ci -= 1
    if not (lower[a].endswith(FINITE_ENDINGS) or lower[a] in en_rules.IRREGULAR_PAST) \
            or not tokens[a].text[:1].islower():
        return None
    rel = next((j for j in range(ci - 2, max(lo, ci - 2 - MAX_RESTRICTIVE_CLAUSE), -1)
                if lower[j] in ("who", "which")), None)
    if rel is None or rel + 1 >= ci or not tokens[rel + 1].text.isalpha() \
            or not tokens[rel + 1].text.islower() or lower[rel + 1] in lex.determiners \
            or lower[rel + 1] in lex.pronouns:
        return None  # `which Smith said`, `who the police named`: no subject relative
    if any(lower[m] in (",", ";", ":", "that", "who", "which") or tokens[m].text in QUOTES
           for m in range(rel + 1, ci)):
        return None
    start = lo
    while start < rel - 1 and (lower[start] in SENTENCE_OPENERS or lower[start] == ","):
        start += 1
    if rel - start < 2 or rel - start > MAX_RELATIVE_ANTECEDENT or lower[start] not in lex.determiners:
        return None
    words = lower[start:rel]
    if any(w in (",", ";", ":") or w in en_rules.AUXILIARIES or w in ("that", "said", "says")
           or w in PREPOSITIONS for w in words) or any(tokens[m].text in QUOTES for m in range(start, rel)):
        return None  # `The mother of a woman who took ...`: the clause may be the inner noun's
    return (start, rel)
