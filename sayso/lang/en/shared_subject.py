"""The subject a reporting verb coordinated after `and` / `but` shares with the verb before it
(issue #11 item 5: the right source; #15: one person one entity).

`Later, according to the official, McCabe called Priebus and told him the FBI "would love to
help ..."` (enG-npr-1), `The trust gave the county an extra month to do the job and then
unanimously urged the county ...` (enC-miamitoday-1), `China said it is committed to ..., while
the city's police deny accusations of brutality and say they show utmost restraint`
(en-express-1): the verb after the conjunction has no subject of its own; its speaker is the
subject of the first verb of its clause (ANNOTATION.md: the source is "the exact text span
naming the source", the one who speaks). The tagger, reading left to right, takes the object of
the first verb and the conjunction (`Priebus and`), an adverb before the verb (`unanimously`) or
the subject of the sentence's first clause, before a `while` / `because` clause break.

Only a cue right after `and` / `but` (a comma or a dash before it; auxiliaries, `then`, `also`
and lower-case `-ly` adverbs may stand between) is read; the clause starts after the last clause
break (`while`, `because`, `but`, ...) before the conjunction, else at the sentence start, and
its subject must be a noun phrase followed by its verb (`rules.clause_subject`).
"""

from __future__ import annotations

from .lexicon import Lexicon
from .rules import (
    ARTICLES,
    FINITE_AUXILIARIES,
    IRREGULAR_PAST,
    PRE_VERB,
    QUOTE_TOKENS,
    Range,
    clause_subject,
    fronted_phrase_end,
    source_after,
    source_before,
)
from .tokens import Token

JOINS = frozenset({"and", "but"})
# Words that open a clause with a subject of its own inside a sentence (as
# `extract.CLAUSE_BREAKS`, without `but`, which here may join the two verbs).
CLAUSE_BREAKS = frozenset({"while", "whereas", "although", "though", "because", "if", "unless", ";"})
SET_OFF_MARKS = frozenset({",", "—", "–", "--", "-"})


def _verb_start(tokens: list[Token], lower: list[str], lo: int, a: int) -> int:
    """Where the verb group of the cue at `a` starts: back over auxiliaries and lower-case
    `-ly` adverbs (`and then unanimously urged`, `and have said`)."""
    k = a
    while k > lo and (lower[k - 1] in PRE_VERB
                      or lower[k - 1].endswith("ly") and tokens[k - 1].text[:1].islower()
                      and lower[k - 1].isalpha()):
        k -= 1
    return k


def _past_verb(tokens: list[Token], lower: list[str], k: int) -> bool:
    """A lower-case past tense or finite auxiliary at `k` (`gave`, `called`, `has`)."""
    w = lower[k]
    return tokens[k].text[:1].islower() and w.isalpha() \
        and (w.endswith("ed") or w in IRREGULAR_PAST or w in FINITE_AUXILIARIES)


def _capitalised_run_end(tokens: list[Token], lower: list[str], i: int, end: int) -> int:
    """Where a run of capitalised words at `i` ends, over one lower-case classifier noun
    between two capitalised runs (`Monitoring firm Netcraft analysed ...`, BBC tech 2004 in
    enP-bbc-2; `Search giant Google`): a descriptive noun before the name is part of the
    subject, as the P tune gold writes it (`Monitoring firm Netcraft`)."""
    j = i
    classifier = False
    while j < end:
        t = tokens[j].text
        if t[:1].isupper() and t[:1].isalpha():
            j += 1
        elif not classifier and j > i and j + 1 < end and t.isalpha() and t.islower() \
                and lower[j] not in CLASSIFIER_STOPS and not lower[j].endswith(("ed", "ly")) \
                and tokens[j + 1].text[:1].isupper() and tokens[j + 1].text[:1].isalpha():
            classifier = True
            j += 1
        else:
            break
    return j


# Lower-case words between two capitalised runs that join or relate them, never a classifier
# noun (`Smith and Jones`, `Bank of England`, `Paris to London`).
CLASSIFIER_STOPS = frozenset({"and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from",
                              "the", "a", "an", "as", "than", "vs", "says", "said", "told", "tells",
                              "has", "have", "had", "is", "was", "are", "were", "will", "would"})


def _subject_of_past_verb(tokens: list[Token], lower: list[str], start: int, end: int,
                          lex: Lexicon) -> Range | None:
    """The last subject of a past verb before `end` at a clause edge (the clause start or
    after a comma): a run of capitalised words (`McCabe called Priebus`) or an article and at
    most three words (`The trust gave the county ...`) right before a past verb; None if none.
    `clause_subject` only reads subjects it knows as source words or before a reporting verb."""
    edges = [start] + [j + 1 for j in range(start, end) if lower[j] == ","]
    if (fronted := fronted_phrase_end(tokens, lower, start, end)) is not None:
        edges.append(fronted)  # `On one Facebook page an unidentified poster put up ...`
        edges.sort()
    for i in reversed(edges):
        if i >= end or lower[i] in lex.clause_openers:
            continue  # `When asked about ...`: no subject
        j = i
        if lower[i] in ARTICLES:
            j = i + 1
            while j < end and j - i <= 3 and tokens[j].text.isalpha() \
                    and (j == i + 1 or not _past_verb(tokens, lower, j)):
                j += 1  # right after the article an -ed word is an adjective (`an unidentified poster`)
        else:
            j = _capitalised_run_end(tokens, lower, i, end)
        if not (i + 1 if lower[i] in ARTICLES else i) < j < end:
            continue
        verb = j
        if lower[j] == "," and j + 1 < end and lower[j + 1].replace("’", "'").split("'")[0] in ("who", "which"):
            # `Marmorato, who's the sister of Bronx Republican chair Michael Rendino, campaigned`
            verb = next((m + 1 for m in range(j + 2, end) if lower[m] == ","), end)
        if verb < end and _past_verb(tokens, lower, verb):
            return (i, j)
    return None


def lone_adverb(tokens: list[Token], lower: list[str], source: Range) -> bool:
    """A source that is one lower-case `-ly` adverb (`unanimously`) names nobody."""
    i = source[0]
    return source[1] - i == 1 and lower[i].endswith("ly") and lower[i].isalpha() \
        and tokens[i].text[:1].islower()


def shared_subject(tokens: list[Token], lower: list[str], lo: int, a: int, source: Range | None,
                   inside: set[int], lex: Lexicon) -> Range | None:
    """The subject the cue at `a` shares with the verb before its `and` / `but`, when `source`
    (the source found so far, or None) is not already it: None when the cue is not coordinated,
    when no subject is found, or when the found source stands between the clause start and the
    conjunction as a subject may (`He called and told`, `the police deny ... and say`)."""
    if lower[a] == "according":
        return None  # `and according to ..., the loggers alleged`: a citation, not a verb
    k = _verb_start(tokens, lower, lo, a)
    if k - 2 <= lo or lower[k - 1] not in JOINS:
        return None
    join = k - 1
    if source is not None and source[0] > join and not lone_adverb(tokens, lower, source):
        return None  # a subject of its own after the conjunction
    end = join - 1 if lower[join - 1] in SET_OFF_MARKS else join
    opener = next((j for j in range(end - 1, lo, -1) if lower[j] in CLAUSE_BREAKS and j not in inside),
                  None)
    if opener is not None and end < join:
        return None  # `..., because the law changed, and said`: the verb may go back to the main clause
    start = lo if opener is None else opener + 1
    if source is not None and start <= source[0] and source[1] < join and not lone_adverb(tokens, lower, source):
        # the source is in the clause: the subject, or a name the caller chose; only the
        # subject's first word of a past verb's fuller subject grows to it (`Security` of
        # `Security firm Netcraft analysed ... and found`)
        fuller = _subject_of_past_verb(tokens, lower, start, end, lex)
        if fuller is not None and fuller[0] == source[0] and fuller[1] > source[1] \
                and not any(i in inside for i in range(*fuller)):
            return fuller
        return None
    if any(lower[j] in ("who", "which") and "," not in lower[j:join] for j in range(start, join)):
        return None  # `a young boy who stared at a painting ... and asked`: the relative's verbs
    subject = clause_subject(tokens, lower, start, end, lex)
    fuller = _subject_of_past_verb(tokens, lower, start, end, lex)
    if subject is None or fuller is not None and fuller[0] == subject[0] and fuller[1] > subject[1]:
        subject = fuller  # `The magazine staff compiled the list and specified`: the whole phrase
    if subject is None or any(i in inside for i in range(*subject)) or subject == source:
        return None
    return subject


# Prepositions whose object is not a subject (`libel damages from the Daily Telegraph said`).
OBJECT_PREPOSITIONS = frozenset({"from", "of", "by", "against", "with", "to", "for", "over", "about"})


def relative_antecedent(tokens: list[Token], lower: list[str], lo: int, source: Range, a: int,
                        lex: Lexicon) -> Range | None:
    """`Mr Galloway, who on Thursday won pounds 150,000 in libel damages from the Daily
    Telegraph said he would contest Bethnal Green` (enD-bbc-4): a relative clause whose closing
    comma is missing; the noun phrase found before the cue at `a` is the object of a
    preposition inside it, so the speaker is the clause's antecedent, the subject before
    `, who` (ANNOTATION.md: the source is the one who speaks). None unless the source follows
    such a preposition and `, who` / `, which` opens a clause with no comma after it up to the cue."""
    if source[0] - 1 <= lo or lower[source[0] - 1] not in OBJECT_PREPOSITIONS \
            or _verb_start(tokens, lower, lo, a) != source[1] or lower[a].endswith("ing") \
            or lower[source[1] - 1].endswith(("'s", "’s")):
        return None  # a finite verb right after the phrase (not `Comey's conclusion`, `criticizing`)
    rel = next((j for j in range(source[0] - 2, lo, -1)
                if lower[j].replace("’", "'").split("'")[0] in ("who", "which") and lower[j - 1] == ","), None)
    if rel is None or any(lower[m] in (",", ";", ":") or tokens[m].text in QUOTE_TOKENS for m in range(rel + 1, a)):
        return None
    return source_before(tokens, lower, lo, rel - 1, lex)


# Subordinators an -ing cue may follow (`quit after admitting`, `resigned before saying`).
PARTICIPLE_SUBORDINATORS = frozenset({"after", "before", "while", "when", "since", "by", "without", "upon"})


def subject_of_run_on(tokens: list[Token], lower: list[str], source: Range, a: int,
                      lex: Lexicon) -> Range | None:
    """`Sir Michael quit as defence secretary after admitting his behaviour had "fallen below
    the high standards required"` (enK-birminghammail-1): a tagged source that runs over its
    own clause's verb up to the subordinator before the -ing cue at `a`; the participle's
    subject is the noun phrase opening that run (`Sir Michael`). None unless the source ends
    with such a subordinator right before an -ing cue and a shorter noun phrase opens it."""
    if source[1] != a or not lower[a].endswith("ing") or source[1] - source[0] < 3 \
            or lower[source[1] - 1] not in PARTICIPLE_SUBORDINATORS:
        return None
    np = source_after(tokens, lower, source[0], source[1] - 1, lex)
    if np is None or np[1] >= source[1] - 1 or not _past_verb(tokens, lower, np[1]):
        return None  # the word after the noun phrase must be its verb (`quit as ...`, not `supporters`)
    return np


MAX_RELATIVE = 25  # tokens of a relative clause set off by commas before the cue
# Subordinators that open a clause of their own inside a relative clause (besides CLAUSE_BREAKS).
RELATIVE_SUBORDINATORS = frozenset({"after", "before", "when", "since", "as", "until"})


def relative_clause_source(tokens: list[Token], lower: list[str], lo: int, source: Range, a: int,
                           lex: Lexicon) -> Range | None:
    """`Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed the offer`
    (BBC business 2005, O tune `enO-bbc-1`): a source found inside a relative clause set off by
    commas before the cue at `a` (commas of a list inside it) is the clause's object; the
    speaker is the antecedent before `, whose` / `, who`, and the source span runs to the end of
    the clause, as the en-news gold writes it (`Hicks, whose husband is still on active duty in
    the Navy`, `en-abcnews-1`; ANNOTATION.md: the source is the one who speaks); the antecedent
    alone when a clause of its own opens inside (`after he ratcheted up ...`, PolNeAR train
    breadth). None unless the clause closes with the comma right before a finite cue (not an
    -ing one: `Mr. Trump, who ..., held a news conference ..., mocking`) and holds no quotation
    or `;`."""
    if a - 1 <= lo or lower[a - 1] != "," or source[1] > a or lower[a].endswith("ing"):
        return None  # (an -ing cue's subject is read by the participle rules)
    rel = next((j for j in range(source[0] - 1, max(lo, source[0] - MAX_RELATIVE), -1)
                if lower[j] in ("whose", "who") and lower[j - 1] == ","), None)
    if rel is None or rel - 1 <= lo:
        return None
    if any(lower[m] in (";", ":") or tokens[m].text in QUOTE_TOKENS for m in range(rel, a)):
        return None
    antecedent = source_before(tokens, lower, lo, rel - 1, lex)
    if antecedent is None or antecedent[1] != rel - 1:
        return None
    if any(lower[m] in CLAUSE_BREAKS or lower[m] in RELATIVE_SUBORDINATORS for m in range(rel + 1, a)):
        return antecedent  # `Marco Rubio, whose support cratered ... after he ratcheted up ...,`:
        # a clause of its own inside, which the source tidying would cut at; the name alone
    return (antecedent[0], a - 1)
