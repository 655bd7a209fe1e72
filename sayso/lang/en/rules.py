"""Rule-based English attribution patterns over quote-aware sentences.

Patterns (each tagged in `evidence`): `"..." X said` / `"...," said X` (rule:quote-cue),
`X said: "..."` and `X said (that) ...` (rule:source-cue-content), `..., X said.` (rule:content-cue),
`according to X, ...` / `..., according to X` (rule:according-to), quotes running over several
paragraphs (rule:quote-continuation). Spans follow PolNeAR conventions (Newell et al. 2018):
a direct quote's content keeps its quote marks and the punctuation inside them; an indirect
content keeps a leading "that"; the source is the whole noun phrase with its apposition.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .coref import DOCUMENTS
from .lexicon import Cue, Lexicon, find_phrases, lexicon
from .tokens import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTES, Sentence, Token
from .via import HEARING_BODIES

Range = tuple[int, int]  # token indices [first, last)

# Words that open a clause of their own after a source (`according to a person ... who spoke on
# condition of anonymity because they weren't authorized to comment`): the source ends there.
SOURCE_CLAUSE_STOPS = frozenset({"because", "although", "though", "while", "whereas"})
APPOSITION_OPENERS = frozenset({"a", "an", "the", "who", "his", "her", "their", "its", "one", "another"})
STOP_BEFORE_SOURCE = frozenset({",", ";", ":", "(", ")", "—", "–", "-", "that", "and", "but", "as",
                                "when", "while", "because", "if", "“", "”", '"', "''"})


@dataclass
class Candidate:
    """An attribution in token ranges, before it becomes a `sayso.model.Attribution`."""

    cue: list[Range]
    content: list[Range]
    source: Range | None = None
    evidence: str = ""
    via: list[Range] = field(default_factory=list)

    def ranges(self) -> tuple[Range, ...]:
        """Its cue, content and source ranges (not its vias)."""
        return (*self.cue, *self.content, *([self.source] if self.source else []))


def covered(cands: list[Candidate]) -> set[int]:
    """The token indices that the cue, content or source of any of `cands` covers: the words a
    later rule must leave to the attributions already found."""
    return {i for c in cands for r in c.ranges() for i in range(*r)}


def _word(tok: Token) -> bool:
    return tok.text[:1].isalnum()


def source_before(tokens: list[Token], lower: list[str], lo: int, end: int, lex: Lexicon) -> Range | None:
    """The noun phrase that ends right before token `end` (not before `lo`), e.g. `Sen. Ted Cruz`,
    `the Kremlin's spokesman`, `he`. None when the words there do not look like a source."""
    i = end - 1
    if i < lo:
        return None
    if lower[i] in lex.pronouns:
        return (i, end)
    i = _before_familiarity(lower, lo, end)
    start = None
    # `A Belgian counterterrorism expert told`: a lower-case modifier the lexicon does not list
    # may stand before a description noun heading the phrase, right after a capitalised word
    # or a determiner (two at most)
    loose = 2 if lower[end - 1] in lex.descriptions else 0
    while i >= lo and end - i <= 10:
        t, w = tokens[i].text, lower[i]
        if w in STOP_BEFORE_SOURCE or w in lex.cue_first and start is not None and w not in lex.descriptions:
            break
        capital = t[:1].isupper()
        if capital or w in lex.descriptions or w in lex.anonymous or w in lex.determiners \
                or w in lex.titles or w in lex.modifiers and start is not None \
                or t == "." and i > 0 and (lower[i - 1] in lex.titles
                                                              or len(tokens[i - 1].text) == 1 and tokens[i - 1].text.isupper()) \
                or w in ("’s", "'s") or (capital is False and start is not None and w in ("of", "for")):
            start = i
            i -= 1
            continue
        if loose and start is not None and t.isalpha() and t.islower() and i > lo \
                and (tokens[i - 1].text[:1].isupper() or lower[i - 1] in lex.determiners):
            loose -= 1
            start = i
            i -= 1
            continue
        break
    if start is None:
        return None
    while start < end and lower[start] in ("of", "for", ".", "’s", "'s"):
        start += 1
    if start < end and (title := _portfolio_title(tokens, lower, lo, start, lex)) is not None:
        start = title  # `Minister of Food, Agriculture and Livestock Faruk Celik` (Anadolu 2017)
    return (start, end) if start < end else None


def _portfolio_title(tokens: list[Token], lower: list[str], lo: int, start: int, lex: Lexicon) -> int | None:
    """Where a title starts whose portfolio list ends right before `start`: `Minister of Food,
    Agriculture and | Livestock Faruk Celik`, `Minister of Energy and | Natural Resources ...`
    (capitalised words joined by commas and `and` after `of`, and a title word before `of`).
    The start of the title's phrase, or None."""
    j = start - 1
    if j <= lo or lower[j] != "and":
        return None
    j -= 1
    while j > lo and j >= start - 12:
        t = tokens[j].text
        if lower[j] == "of":
            if lower[j - 1] in lex.titles or lower[j - 1] in lex.descriptions:
                head = source_before(tokens, lower, lo, j, lex)
                return head[0] if head is not None else None
            return None
        if not (t[:1].isupper() and _word(tokens[j]) or t == "," or lower[j] == "and"):
            return None
        j -= 1
    return None


def _before_familiarity(lower: list[str], lo: int, end: int) -> int:
    """The last token before a closing `familiar with the matter` / `briefed on the talks`
    (`two people familiar with the matter told Reuters`: the unnamed source's noun phrase
    holds it), or `end - 1` when the source does not end with one."""
    for k in (end - 4, end - 3):  # `familiar with the matter`, `familiar with negotiations`
        if k - 1 >= lo and lower[k] in ("familiar", "briefed") and lower[k + 1] in ("with", "on"):
            return k - 1
    return end - 1


def source_after(tokens: list[Token], lower: list[str], begin: int, hi: int, lex: Lexicon) -> Range | None:
    """The noun phrase that starts at `begin` (`said Sen. Ted Cruz, a Texas Republican`), with an
    apposition introduced by a comma and a determiner."""
    if begin >= hi:
        return None
    if lower[begin] in lex.pronouns:
        return (begin, begin + 1)
    described = _described_after(tokens, lower, begin, hi, lex)
    if described is not None:
        return described
    j = begin
    while j < hi and j - begin < 10:
        w = lower[j]
        if not (tokens[j].text[:1].isupper() or w in lex.descriptions or w in lex.anonymous
                or w in lex.modifiers or (j == begin and w in lex.determiners and w not in ("that", "this"))
                or tokens[j].text == "." and j > begin and lower[j - 1] in lex.titles
                or w in ("’s", "'s") or w in ("of", "for") and j > begin):
            break
        j += 1
    while j > begin and lower[j - 1] in ("of", "for", "’s", "'s") or j > begin and lower[j - 1] in lex.determiners:
        j -= 1
    if j == begin:
        return None
    if j < hi and lower[j] in ("of", "for") and tokens[j - 1].text[:1].islower():
        # `a spokesman for the coup leaders,`: the complement runs to a comma or the end
        m = j + 1
        while m < hi and m - j <= 7 and _word(tokens[m]) and lower[m] not in SUBJECT_BREAKS \
                and lower[m] not in ("on", "in", "at", "during") and lex.match_cue(lower, m) is None:
            m += 1
        if m > j + 1 and (m == hi or tokens[m].text in (",", ".") or lower[m] in ("on", "in", "at", "during")):
            j = m  # up to a comma, the end, or where it was said (`... Maria Zakharova on air of`)
    # Apposition: ", a spokesman for the campaign" up to the sentence end.
    if j + 1 < hi and tokens[j].text == "," and lower[j + 1] in APPOSITION_OPENERS:
        k = j + 1
        while k < hi and tokens[k].text not in (".", ",", ";", '"', "”", "''"):
            k += 1
        j = k
    return (begin, j)


def _described_after(tokens: list[Token], lower: list[str], begin: int, hi: int,
                     lex: Lexicon) -> Range | None:
    """`..., said the giant winger.`: `the`, up to three lower-case modifiers and a description
    noun closing the clause (the source words' test of `source_after` stops at the first
    lower-case word it does not know). The noun must end the sentence or clause, so `said the
    new rules` (no description) or `said the winger's agent` do not match here."""
    if lower[begin] != "the":
        return None
    for k in range(begin + 1, min(begin + 5, hi)):
        if k > begin + 1 and lower[k] in lex.descriptions and (k + 1 == hi or tokens[k + 1].text in (".", ",", ";", "!", "?")):
            return (begin, k + 1)
        if not (tokens[k].text.isalpha() and tokens[k].text.islower()) or lex.match_cue(lower, k) is not None:
            return None
    return None


def _trim_end(tokens: list[Token], first: int, last: int) -> int:
    """Drop a final sentence period (outside quotes) from an indirect content."""
    while last > first and tokens[last - 1].text in (".", ",", ";", ":"):
        last -= 1
    return last


def _quote_spans(tokens: list[Token], first: int, last: int) -> list[Range]:
    """Quoted stretches [open, close] (inclusive of the marks) within a sentence."""
    spans = []
    open_at = None
    for i in range(first, last):
        t = tokens[i].text
        if open_at is None and i > first and t in STRAIGHT_QUOTES and _closing_straight(tokens, i, last) \
                and not spans:
            # `Bigger than just the little deal" announced ...`: the quotation opened in the
            # sentence before (the splitter cuts inside quotations); it closes here
            spans.append((first, i + 1))
            continue
        if open_at is None and (t in OPEN_QUOTES and t != "‘" or t in STRAIGHT_QUOTES):
            open_at = i
        elif open_at is not None and (t in CLOSE_QUOTES and t != "’" or t in STRAIGHT_QUOTES):
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, last))
    return spans


def _closing_straight(tokens: list[Token], i: int, last: int) -> bool:
    """A straight quote mark glued to the word before it and followed by a space or the end:
    it closes a quotation (`deal" announced`), it does not open one (` "The`)."""
    glued_before = tokens[i].start == tokens[i - 1].end and tokens[i - 1].text[:1].isalnum()
    spaced_after = i + 1 >= last or tokens[i + 1].start > tokens[i].end
    return glued_before and spaced_after


def extract_sentence(tokens: list[Token], lower: list[str], sent: Sentence,
                     lex: Lexicon | None = None, core_only: bool = False) -> list[Candidate]:
    """Attributions the patterns find in one sentence (`core_only`: trust only the core
    reporting verbs of the lexicon, for filling the tagger's gaps with few false alarms)."""
    lex = lex or lexicon()
    first, last = sent.first, sent.last
    quotes = _quote_spans(tokens, first, last)
    in_quote = set()
    for a, b in quotes:
        in_quote.update(range(a, b))
    found: list[Candidate] = []
    # Most words open no cue: only the words that may open one (`lex.cue_first`) outside the
    # quotations are tried, in order, each unless a cue found before covers it.
    cue_first = lex.cue_first
    opens = [k for k in range(first, last) if lower[k] in cue_first and k not in in_quote]
    at = 0  # the next of `opens` to try
    i = first
    while True:
        while at < len(opens) and opens[at] < i:
            at += 1
        if at == len(opens):
            break
        i = opens[at]
        m = lex.match_cue(lower, i)
        if m is None:
            i += 1
            continue
        n, cue = m
        if core_only and not cue.core and n > 1 and (single := lex.cues.get((lower[i],))) is not None \
                and single.core:
            n, cue = 1, single  # `told reporters` is no core phrase, but `told` is a core verb
        ci, cj = i, i + n
        last_word = lex.cues.get((lower[cj - 1],))
        if cue.pos == "phrase" and n > 1 and last_word is not None and last_word.pos == "verb":
            i += 1  # "officials said": the source is "officials", the cue "said"
            continue
        i = cj
        body = heard_by_body(tokens, lower, first, last, ci, cj, lex) \
            if cue.lemma in ("tell", "hear") else None
        if body is not None:  # (`heard` is no core verb, but a hearing body frames the claim)
            found.append(body)
            continue
        if cue.lemma in ("cite", "citing") and ci > first and (
                lower[ci - 1] == "," or lower[ci - 1] == "which" and lower[ci - 2] == ","):
            continue  # a channel marker (X reported, citing Y; X, which cited Y): see en_via
        framing = cj == last - 1 and tokens[cj].text == "." or ci > first and tokens[ci - 1].text == ","
        trusted = cue.core or cue.document_core and document_subject(lower, first, ci)
        if core_only and (not trusted or (cue.pos == "verb" and lower[ci] == cue.lemma
                                           and not framing and not present_telling(tokens, lower, first, ci, cj)
                                           and not present_plural(lower, first, ci, last))):
            continue  # inflected reporting verbs only (not "a state", "the plan"), or a base
            # form framing the sentence (`..., people familiar with the talks say.`, `, say officials`)
        if _inside_name(tokens, first, last, ci, cj):
            continue  # part of a name (the United States), not a verb
        if cue.lemma == "add" and cj + 1 < last and lower[cj] == "to" and not tokens[cj + 1].text[:1].isupper():
            continue  # `..., adding to a mounting series of problems`: increase, not speech (PolNeAR
            # train: 1 of 26 `add(ed/ing) to` is a cue, `Trump added to People`, an addressee)
        if _plural_noun(tokens, lower, first, ci, cue, lex) or _credit_line(lower, ci, cj):
            continue  # `Trump's comments came`, `the United States`; `Additional reporting by`
        cand = _match_patterns(tokens, lower, first, last, ci, cj, cue.lemma, quotes, lex)
        if cand is not None:
            found.append(cand)
    return found


# Words ending in -s before a verb that are no plural subject (`this`, `his`, `was`: `who has
# tell` is no English, but `this tell` or `his tell` may be a noun).
_NOT_PLURAL = frozenset({"this", "his", "its", "was", "has", "is", "does", "us", "thus", "news",
                         "as", "yes", "plus", "less", "unless", "always", "perhaps", "sometimes"})
_TOLD_PERSONS = frozenset({"us", "me", "him", "her", "them"})
# Words after `told X,` that open no told clause: a relative or participle clause on X, a
# coordinated verb (`told CNN, which first reported it, that ...`, `told CNN, adding ...`).
_NOT_TOLD_AFTER_COMMA = frozenset({"which", "who", "whose", "where", "when", "adding", "saying",
                                   "noting", "and", "but", "or", "as", "according", "citing"})
# Verbs whose object takes a bare infinitive (`let editorials tell them`): no present tense.
_CAUSATIVES = frozenset({"let", "lets", "make", "makes", "made", "help", "helps", "helping", "have",
                         "has", "had", "watch", "hear", "heard", "see", "saw"})
# Words after `tell them` that open no told statement (`how to vote`, `to leave`, `what to do`).
_NOT_TOLD_CLAUSE = frozenset({"how", "what", "to", "why", "where", "when", "whether", "which",
                              "who", "about", "of", "off", "apart"})
# Persons told that cannot open the told clause themselves (`her` can: `told her mother ...`).
_TOLD_PRONOUNS = _TOLD_PERSONS - {"her"}


def present_telling(tokens: list[Token], lower: list[str], first: int, ci: int, cj: int) -> bool:
    """`Sources tell CNN the attack was planned`, `US officials tell CNN, in recent days ...`,
    `Law enforcement sources tell TMZ ...` (en-news parts H and TMZ copy): the base form `tell`
    right after a plural subject (a plural noun, `they`, `we`) and before a name or a person told
    is the present tense of a statement to an outlet, the channel frame of ANNOTATION.md
    ("told Reuters"), not an infinitive (`to tell`, `will tell`: the word before is no plural) nor
    a noun."""
    if lower[ci] != "tell" or ci == first or cj >= len(lower):
        return False
    if not _plural_before(lower, first, ci):
        return False  # `Readers may not let editorials tell them how to vote` (PolNeAR dev)
    if lower[cj] in _TOLD_PERSONS:  # `sources tell us the ...`, not `tell them how to vote`
        return cj + 1 < len(lower) and lower[cj + 1] not in _NOT_TOLD_CLAUSE
    return tokens[cj].text[:1].isupper()


def document_subject(lower: list[str], first: int, ci: int) -> bool:
    """A document right before the verb at `ci` is its subject: `The study found ...`,
    `JD.com's report showed that ...`, `the poll also shows ...` (one adverb between). ANNOTATION.md
    names "a document" among the sources; en-news gold (en-physorg-1, en-globaltimes-1) and
    PolNeAR train (82 of 90 `<document> (adverb) shows/found/...` are gold cues) agree."""
    k = ci - 1
    if k > first and (lower[k] == "also" or lower[k].endswith("ly") and len(lower[k]) > 4):
        k -= 1
    return k >= first and lower[k] in DOCUMENTS


def plural_subject(lower: list[str], first: int, ci: int) -> bool:
    """The word before token `ci` can be a plural subject of a present-tense verb at `ci`:
    `they`, `we`, or a plural noun (a word in -s, not `this`/`his`/`was`... nor an adjective in
    -ous: `On a more serious note`, BBC sport 2005), with no causative verb shortly before
    (`let editorials tell them`: a bare infinitive, no present tense)."""
    return ci > first and not lower[ci - 1].endswith("ous") and _plural_before(lower, first, ci)


def _plural_before(lower: list[str], first: int, ci: int) -> bool:
    """The test `present_telling` and `plural_subject` share: the word before `ci` (`ci > first`)
    is `they`, `we` or a word in -s that is no `this`/`his`/`was`/`boss`, and no causative verb
    stands in the three words before it."""
    before = lower[ci - 1]
    plural = before in ("they", "we") or before.isalpha() and before.endswith("s") \
        and len(before) > 3 and before not in _NOT_PLURAL and not before.endswith("ss")
    return plural and not any(w in _CAUSATIVES for w in lower[max(first, ci - 4):ci - 1])


# Base forms left to the tagger even after a plural noun: `tell` needs its addressee
# (`present_telling`); `ask`/`answer`/`reply`/`respond` open questions and answers the rules read
# elsewhere; `report`/`comment`/`estimate`/`claim` are nouns as often; `fear` and `recall` take
# a noun of feeling or memory (`Jews fear for their safety`, `as they recall the distraction`:
# PolNeAR train, no gold attribution).
_NOT_PRESENT_PLURAL = frozenset({"tell", "ask", "answer", "reply", "respond", "report", "comment",
                                 "estimate", "claim", "fear", "recall"})


# What closes a sentence of running text; a headline or title line closes with none of them.
_SENTENCE_CLOSERS = frozenset({".", "?", "!", "\"", "”", "’", "'", ":", ";", ")"})


def present_plural(lower: list[str], first: int, ci: int, last: int) -> bool:
    """`Many of his supporters believe bigotry and xenophobia are acceptable`, `Critics argue
    that ...`, `they say ...` (PolNeAR dev, USA Today letters 2016-09-16; Times 2016-10-04):
    a base form right after a plural subject is a present-tense statement or belief (an
    ATTRIBUTION of ANNOTATION.md: "a statement, claim, ... belief ... that the text attributes to a
    source"), not an infinitive (`to say`, `will say`) nor a noun. Beside the tagger the rules
    trust such base forms only when the verb cannot also be a plural noun (`reports`, `claims`
    are read as nouns: `_NOT_PRESENT_PLURAL`). Rare beside the tagger: on PolNeAR train it adds 4
    frames, all at a gold cue (2 with the gold content), on PolNeAR dev 5, all gold rows
    (`benchmarks/enpolnear21_added_frames.py present_plural`). A line that ends without a
    sentence's closing mark (`last`, exclusive) is a headline or a title, whose present tense
    reports no statement (`Rovers reject third Ferguson bid`, BBC sport 2005: breadth)."""
    if last <= first or lower[last - 1] not in _SENTENCE_CLOSERS:
        return False
    return lower[ci] not in _NOT_PRESENT_PLURAL and plural_subject(lower, first, ci)


_BODY_AUX = frozenset({"was", "were", "is", "are", "been", "has", "have", "had", "being"})


def heard_by_body(tokens: list[Token], lower: list[str], first: int, last: int, ci: int, cj: int,
                  lex: Lexicon) -> Candidate | None:
    """`..., the hearing was told.`, `..., an Election Court has heard.`, `..., the inquest
    heard on Monday.`: British court and inquiry copy closes a claim with the body that heard
    it and names no speaker (enD-bbc-8 gold: no source, cue `was told` / `has heard`, the body
    a channel, which `en_via.hearing_body` reads off the cue)."""
    k = ci
    while k > first and lower[k - 1] in _BODY_AUX:
        k -= 1
    if lower[ci] in ("told", "tells", "tell") and k == ci:
        return None  # `the court told ...` is active: the court spoke
    end = _trim_end(tokens, cj, last)
    if end > cj and not time_phrase(lower, cj, end, lex):
        return None  # `the court heard (how|that) ...` has its content after the cue
    if k == first or lower[k - 1] not in HEARING_BODIES:
        return None
    start = k - 1
    while start > first and tokens[start - 1].text[:1].isupper() and _word(tokens[start - 1]) \
            and k - start < 4 and lower[start - 1] not in ("the", "an", "a"):
        start -= 1  # `an Election Court`
    if start > first and lower[start - 1] in ("the", "an", "a"):
        start -= 1
    if start - 1 <= first or tokens[start - 1].text != ",":
        return None
    return Candidate([(k, cj)], [(_after_dateline(tokens, first, start - 1), start - 1)], None,
                     "rule:hearing-body")


def source_before_clause(tokens: list[Token], lower: list[str], first: int, ci: int,
                     lex: Lexicon) -> Range | None:
    """`A senior official, who spoke on condition of anonymity, told Reuters ...`, `Xinhua,
    quoting local officials, said ...`, `Officials, speaking on condition of anonymity, said`:
    the source before a relative, citing or participle clause set off by commas right before the
    cue (`President Obama, dedicating the museum on Saturday, said`; at most 15 tokens, no
    quotation inside)."""
    if ci - 1 <= first or lower[ci - 1] != ",":
        return None
    for k in range(ci - 2, max(first, ci - 17), -1):
        if tokens[k].text in QUOTE_TOKENS:
            return None
        if lower[k] == "," and k + 1 < ci and (lower[k + 1] in ("who", "whose", "which", "quoting", "citing",
                                                              "speaking", "talking")
                                                or lower[k + 1].endswith("ing") and len(lower[k + 1]) > 5
                                                and tokens[k + 1].text[:1].islower()):
            return source_before(tokens, lower, first, k, lex)
    return None


def description_then_name(tokens: list[Token], lower: list[str], first: int, ci: int,
                          lex: Lexicon) -> Range | None:
    """`The Kremlin spokesman, Dmitry Peskov, said ...`, `His lawyer, Ty Cobb, told ...`: a
    description opening the sentence, then the person's name set off by commas right before the
    cue; the source is both (its entity the name, see `coref.name_descriptions`). The name is
    capitalised words only; the description a short noun phrase with a description word."""
    if ci - 3 <= first or lower[ci - 1] != ",":
        return None
    name = source_before(tokens, lower, first, ci - 1, lex)
    if name is None or name[0] - 1 <= first or lower[name[0] - 1] != "," \
            or not all(tokens[k].text[:1].isupper() or tokens[k].text == "." for k in range(*name)) \
            or lower[name[0]] in lex.pronouns or lower[name[0]] in lex.determiners:
        return None
    described = source_before(tokens, lower, first, name[0] - 1, lex)
    if described is None or name[0] - 1 - described[0] > 8 \
            or not any(lower[k] in lex.descriptions for k in range(described[0], name[0] - 1)):
        return None
    if described[0] > first and lower[described[0] - 1] not in (",", "but", "and", ":", "—", "-"):
        return None  # a clause before it with a verb of its own
    return (described[0], ci - 1)


# Past tenses without `-ed` that tell a clause's verb (`The trust gave the county ...`).
IRREGULAR_PAST = frozenset({"said", "told", "wrote", "spoke", "thought", "felt", "knew", "made",
                            "gave", "took", "saw", "put", "held", "swore", "forecast", "quit"})


# Auxiliaries and adverbs that may stand between a subject and its reporting verb.
PRE_VERB = frozenset({"has", "have", "had", "will", "would", "could", "can", "did", "does", "do",
                      "may", "might", "should", "must", "also", "then", "still", "never", "often",
                      "later", "again", "already", "once", "not", "n't", "first", "always"})


ARTICLES = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "these",
                      "those", "our", "my"})


AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "be", "been", "will",
                         "would", "could", "can", "may", "might", "should", "must", "did", "does",
                         "do", "not", "also"})


def determined_np(tokens: list[Token], lower: list[str], lo: int, end: int,
                  lex: Lexicon) -> Range | None:
    """A common-noun subject right before `end` that `source_before` does not know as a
    source word: a determiner or a possessive name and at most three lower-case words (`the
    fund warned`, `Scott's family has called on`), standing at the start of its clause."""
    k = end
    while k > lo and end - k < 3 and lower[k - 1].isalpha() and tokens[k - 1].text[:1].islower() \
            and lower[k - 1] not in STOP_BEFORE_SOURCE and lower[k - 1] not in ARTICLES \
            and lower[k - 1] not in AUXILIARIES and not lower[k - 1].endswith("ed") \
            and lex.match_cue(lower, k - 1) is None:
        k -= 1
    if k == end:
        return None
    cap = k
    while cap > lo and k - cap < 3 and tokens[cap - 1].text[:1].isupper() and lower[cap - 1].isalpha() \
            and lower[cap - 1] not in ARTICLES:
        cap -= 1
    if cap < k and cap > lo and lower[cap - 1] in ARTICLES and lower[cap - 1] not in ("a", "an"):
        k = cap  # `the British royal`, `the US military`: capitalised modifiers of the head
    if k == lo + 1 and end - k <= 2 and tokens[lo].text[:1].isupper() and lower[lo].isalpha() \
            and lower[lo] not in lex.pronouns and lower[lo] not in ARTICLES \
            and lex.match_cue(lower, lo) is None and not lower[lo].endswith("ing"):
        return (lo, end)  # `Recent governments have, however, recognized`: capital by position
    if k <= lo:
        return None
    if lower[k - 1] in ARTICLES and lower[k - 1] not in ("a", "an"):
        start = k - 1
    elif lower[k - 1].endswith(("’s", "'s")) and tokens[k - 1].text[:1].isupper():
        start = k - 1  # `Scott's` is one token
        while start > lo and tokens[start - 1].text[:1].isupper():
            start -= 1
    else:
        return None
    if start > lo and lower[start - 1] not in (",", "and", "but", "so", "then", ";", ":"):
        return None
    return (start, end)


def apposition_before(tokens: list[Token], lower: list[str], first: int, ci: int,
                      lex: Lexicon) -> Range | None:
    """`As Steven M. Rosenthal, a tax lawyer and senior fellow at ..., recently put it`:
    a name and its apposition set off by commas right before the cue (at most 25 tokens, no
    quotation inside), as one source, PolNeAR's way."""
    while ci - 1 > first and (lower[ci - 1] in _AUXILIARIES or lower[ci - 1].endswith("ly")
                              and lower[ci - 1].isalpha()):
        ci -= 1  # `Prince Andrew, the younger brother of ..., has reportedly told`
    close = ci - 1
    if close - 1 > first and tokens[close].text in QUOTE_TOKENS and lower[close - 1] == ",":
        close -= 1  # `Gilley, author of the ... article "The Case for Colonialism," argued` (DW 2019)
    if close <= first or lower[close] != ",":
        return None
    titled = quoted = close < ci - 1  # (scanning back from inside the title's marks)
    for k in range(close - 1, max(first, close - 26), -1):
        if tokens[k].text in QUOTE_TOKENS and not _possessive_mark(tokens, k):
            titled, quoted = True, not quoted
            if not quoted and not _word(tokens[k - 1]):
                return None  # a title follows a noun (`article "The Case ..."`); after a
                # bracket or a comma the quotation is a content (`(''Francesco Excommunicates
                # Trump,'' declared La Stampa`: PolNeAR train, NYT 2016)
        if lower[k] in (";", ":"):
            return None
        if lower[k] == "," and k + 1 < close and (lower[k + 1] in ("a", "an", "the") or any(
                w in lex.descriptions and tokens[m].text[:1].islower()
                for m, w in enumerate(lower[k + 1:k + 4], k + 1)) or _role_opener(tokens, lower, k + 1, close)) \
                and not quoted:
            # a bare role opens the apposition too (`Jim Lanzone, vice president of search
            # properties at Ask Jeeves in the US, said`: BBC 2005)
            if titled and quotes_speech(tokens, k, ci):
                return None  # only a quoted title (at most SHORT_QUOTE words), not speech
            name = source_before(tokens, lower, first, k, lex)
            if name is not None and name[0] > first and lower[name[0] - 1] == "and" and lower[k + 1] not in ("a", "an", "the") \
                    and _role_opener(tokens, lower, k + 1, close):
                return None  # `Heineken and Carlsberg, two of the world's largest brewers,`: not one name
            if name is not None and tokens[name[0]].text[:1].isupper() \
                    and lower[name[0]] not in lex.determiners \
                    and not any(lower[m] in lex.time_words for m in range(*name)):
                # with a quoted title inside, the name alone: the tagger may read the title
                # as a content of its own
                return name if titled else (name[0], ci - 1)
            return None
        if lower[k] == "," and not quoted:
            return None  # a comma of its own in the apposition: not one phrase
    return None


QUOTE_TOKENS = OPEN_QUOTES | CLOSE_QUOTES | STRAIGHT_QUOTES
# Prepositions after a bare role noun that open an apposition (`chair of`, `envoy to`).
ROLE_PREPOSITIONS = frozenset({"of", "at", "for", "to", "in", "with"})


def _role_opener(tokens: list[Token], lower: list[str], k: int, close: int) -> bool:
    """Whether the apposition at `k` opens with a role the lexicon does not list: a lower-case
    noun and its preposition (`Julia Eccleshare, chair of the adult judging panel, said`) or a
    capitalised possessor (`Assad Omar, Afghanistan's envoy to the United Nations in Geneva,
    said`: BBC entertainment and business 2005; PolNeAR's way, name and apposition one source)."""
    if k + 2 >= close:
        return False
    t = tokens[k].text
    if t.isalpha() and t.islower() and not t.endswith("ly") and lower[k + 1] in ROLE_PREPOSITIONS:
        return True
    possessor = t[:1].isupper() and (t.endswith(("'s", "’s")) and t[:-2].isalpha()
                                     or t.isalpha() and lower[k + 1] in ("'s", "’s"))
    return possessor and tokens[k + 1 + (not t.endswith(("'s", "’s")))].text.islower()


def _possessive_mark(tokens: list[Token], k: int) -> bool:
    """An apostrophe split off a possessive (`NPR ’s Feng`), not a quotation mark."""
    return k + 1 < len(tokens) and tokens[k + 1].text in ("s", "S") and tokens[k].end == tokens[k + 1].start
# Hedges that may stand between a source and its reporting verb (`X allegedly told Y`).
HEDGING_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly"})
_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "were", "are", "will", "would",
                          "also", "then", "later", "again", "once", "repeatedly", "reportedly"})
SUBJECT_BREAKS = frozenset({"that", "who", "which", "and", "but", "or", "if", "when", "while",
                            "because", "as", ";", ":", "(", ")"})


def sentence_subject(tokens: list[Token], lower: list[str], first: int, ci: int,
                     lex: Lexicon) -> Range | None:
    """The whole short subject opening the sentence right before the cue (`A doctor on the scene
    told Ruptly ...`; `Emirates President Tim Clark, meanwhile, told reporters ...`): at most
    eight words from a capital or a determiner, with no clause word, quotation or verb-like
    cue inside; an adverb set off by commas before the cue is left out."""
    end = ci
    if end - 3 >= first and lower[end - 1] == "," and lower[end - 3] == "," \
            and lower[end - 2].isalpha() and tokens[end - 2].text[:1].islower():
        end -= 3  # `, meanwhile,`
    if end <= first or end - first > 8:
        return None
    head = tokens[first].text
    if not (head[:1].isupper() or lower[first] in lex.determiners) or lower[first] in lex.pronouns:
        return None
    for k in range(first, end):
        if lower[k] in SUBJECT_BREAKS or lower[k] == "," or tokens[k].text in QUOTE_TOKENS \
                or lex.match_cue(lower, k) is not None:
            return None
    return (first, end)


def _plural_noun(tokens: list[Token], lower: list[str], first: int, ci: int, cue: Cue,
                 lex: Lexicon) -> bool:
    """An -s form of a cue verb that is a plural noun by the word before it: an article or
    determiner, a possessive (`Graham’s comments`), a number or `United`."""
    if cue.pos != "verb" or not lower[ci].endswith("s") or ci == first:
        return False
    before = lower[ci - 1]
    return before in ARTICLES or before in lex.determiners or before.endswith(("'s", "’s")) \
        or before[:1].isdigit() or tokens[ci - 1].text == "United"


def _credit_line(lower: list[str], ci: int, cj: int) -> bool:
    """`Additional reporting by Lawrence Hurley; Editing by Will Dunham`: a credit, no speech."""
    return lower[ci] in ("reporting", "editing", "writing") and cj < len(lower) and lower[cj] == "by"


def _inside_name(tokens: list[Token], first: int, last: int, ci: int, cj: int) -> bool:
    """A capitalised cue word after a capitalised word and before a lower-case one ends a name
    in running text (`the United States to meet`) rather than reporting; in a title-case
    headline (`..., Former White House Doctor Says.`) the next token is capitalised or
    punctuation, and the cue stands."""
    if ci == first or not tokens[ci].text[:1].isupper() or not tokens[ci - 1].text[:1].isupper():
        return False
    return cj < last and tokens[cj].text[:1].islower()


def framed(tokens: list[Token], lower: list[str], first: int, end: int, lex: Lexicon) -> bool:
    """Whether [first, end) is a quotation closed by its own frame: a quote, then a name or
    pronoun and a core reporting verb (`"...," he told settler leaders`)."""
    quotes = _quote_spans(tokens, first, end)
    if not quotes or quotes[0][0] != first or quotes[0][1] >= end:
        return _closed_by_frame(tokens, lower, first, end, lex)
    return any((m := lex.match_cue(lower, k)) is not None and m[1].core and m[1].pos == "verb"
               for k in range(quotes[0][1], min(end, quotes[0][1] + 4)))


def _closed_by_frame(tokens: list[Token], lower: list[str], first: int, end: int,
                     lex: Lexicon) -> bool:
    """`The talks were productive, Xi said`: an unquoted claim closed by a comma, a short
    source and a core reporting verb."""
    m = lex.match_cue(lower, end - 1)
    if end - first < 5 or m is None or m[0] != 1 or not m[1].core or m[1].pos != "verb":
        return False
    comma = next((k for k in range(end - 2, max(first, end - 8), -1) if lower[k] == ","), None)
    return comma is not None and comma > first + 2 and all(
        _word(tokens[k]) for k in range(comma + 1, end - 1))


def after_dateline(tokens: list[Token], first: int, end: int) -> int:
    """Where a sentence-opening source starts after its dateline (`BERLIN (Reuters) - German
    Foreign Minister ...`), see `_after_dateline`."""
    return _after_dateline(tokens, first, end)


def _after_dateline(tokens: list[Token], first: int, end: int) -> int:
    """The first token after a dateline that opens the sentence (`(CNN)`, `(Reuters) -`), or
    `first`; a place in capitals may come first (`WASHINGTON (Reuters) -`, then a dash)."""
    opening = first
    while opening < min(end, first + 4) and tokens[opening].text.isupper() and tokens[opening].text.isalpha():
        opening += 1
    if opening > first and opening + 1 < end and tokens[opening].text == ":" \
            and tokens[opening + 1].text[:1].isupper():
        return opening + 1  # `ISLAMABAD: Information Minister ...` (South Asian wire style)
    if tokens[opening].text != "(":
        return first
    close = next((k for k in range(opening + 1, min(end, opening + 6)) if tokens[k].text == ")"), None)
    if close is None:
        return first
    k = close + 1
    if opening > first and (k >= end or tokens[k].text not in ("-", "--", "—", "–")):
        return first
    while k < end and tokens[k].text in ("-", "--", "—", "–"):
        k += 1
    return k if k < end else first


# Norms a thing is done `according to` (`dealt with according to the law`, `went according to
# plan`): after a verb such an object is the manner, not the source of a statement.
RULE_NOUNS = frozenset({"law", "laws", "rule", "rules", "regulation", "regulations", "plan",
                        "plans", "schedule", "procedure", "procedures", "constitution", "protocol",
                        "guidelines", "principles", "standards", "terms", "script", "tradition"})


# Role and body nouns besides the lexicon's title words that head an apposition to a cited
# party (`according to Dennis B. Ross, another former American special envoy, ...`).
APPOSITION_HEADS = frozenset({"envoy", "firm", "body", "organization", "organisation", "institute",
                              "tank", "union", "association", "nonprofit", "charity", "outlet",
                              "website", "watchdog", "consultancy", "consultant", "activist",
                              "specialist", "insider", "veteran", "think", "member", "aide",
                              "friend"})
# Words after a role noun that keep the apposition going (`a professor at ...`, `head of ...`).
_HEAD_LINKS = frozenset({"of", "at", "for", "in", "on", "with", "and", "from", "to", "who"})


def _name_period(tokens: list[Token], lower: list[str], k: int, last: int, lex: Lexicon) -> bool:
    """The period at `k` closes a title or an initial inside a name (`Dr. Epstein`, `Dennis B.
    Ross`): the name goes on with a capitalised word right after it."""
    if tokens[k].text != "." or k == 0 or k + 1 >= last or tokens[k - 1].end != tokens[k].start:
        return False
    prev = tokens[k - 1].text
    named = lower[k - 1] in lex.titles or (len(prev) == 1 and prev.isupper())
    return named and tokens[k + 1].text[:1].isupper()


def _cited_apposition(tokens: list[Token], lower: list[str], comma: int, last: int,
                      lex: Lexicon) -> int | None:
    """Where an apposition to the party of `according to X` ends (the index of the token after
    it), when one follows X's comma at `comma`: a determiner, at most 15 words without a
    quotation or a cue, headed by a role noun (`another former American special envoy`, `an
    industry body`, `a law professor at ...`), closed by a comma or the sentence end. Both
    corpora's gold count it in the source; without it the apposition was read as the claim
    going on (`..., according to Ross, a former envoy, grew ...`)."""
    k = comma + 1
    bare_role = k < last and tokens[k].text.islower() and lower[k] in lex.title_words
    if k >= last or not (lower[k] in APPOSITION_OPENERS or bare_role) or lower[k] == "who":
        return None  # a bare role opens it too (`John F. Hackett, director of the Office ...`)
    end = _phrase_end(tokens, lower, k, last, lex)
    if end is None or end < last and tokens[end].text not in (",", "."):
        return None
    # the role noun heads the phrase: it comes before its first complement (`a professor at
    # ...`), so `a huge sum for a firm with 35 partners` (a comment on the claim) is none
    for m in range(k, end):
        if lower[m] in lex.title_words or lower[m] in APPOSITION_HEADS:
            break
        if lower[m] in _HEAD_LINKS:
            return None
    else:
        return None
    if end + 1 < last and tokens[end].text == "," and lower[end + 1] in ("which", "who", "whose"):
        # `director of GfK, which monitors global consumer markets`: the relative clause
        # describes the body of the apposition (a shape; no census case reached it)
        more = _phrase_end(tokens, lower, end + 2, last, lex)
        if more is not None and (more == last or tokens[more].text in (",", ".")):
            end = more
    return end


def _phrase_end(tokens: list[Token], lower: list[str], k: int, last: int, lex: Lexicon) -> int | None:
    """Where a described phrase that opens at `k` ends (at the next comma or stop; a name's own
    periods pass), None when it holds a quotation, a cue or an auxiliary (`the Swiss star is in
    a different league` is a clause) or runs past 15 words."""
    end = k
    while end < last and (tokens[end].text not in (",", ".", ";", ":", "(", ")", "—", "–", "--")
                          or _name_period(tokens, lower, end, last, lex)):
        if tokens[end].text in QUOTE_TOKENS or lex.match_cue(lower, end) is not None \
                or lower[end] in AUXILIARIES or end - k >= 15:
            return None
        end += 1
    return end


def _match_patterns(tokens, lower, first, last, ci, cj, lemma, quotes, lex) -> Candidate | None:
    cue = [(ci, cj)]
    if lemma == "according to":
        src_end = cj
        while src_end < last and (tokens[src_end].text not in (",", ".", ";", "--", "—", "–", ")")
                                  or _name_period(tokens, lower, src_end, last, lex)) \
                and not (lower[src_end] in SOURCE_CLAUSE_STOPS and src_end > cj + 1) \
                and not (tokens[src_end].text == "-" and src_end + 1 < last and tokens[src_end + 1].text == "-"):
            src_end += 1  # `according to The Washington Post's Fact Checker -- there is ...`
        if any(tokens[k].text in QUOTE_TOKENS for k in range(cj, src_end)):
            # a quoted title in the source (`E. J. Fleming's ''The Fixers: Eddie Mannix, ...''`):
            # its commas are no edge, so the rule keeps to a source before its first period
            src_end = next(k for k in range(cj, src_end + 1)
                           if k == src_end or tokens[k].text == ".")
        if src_end > cj and src_end < last and tokens[src_end].text == ",":
            apposed = _cited_apposition(tokens, lower, src_end, last, lex)
            trailing = ci > first and tokens[ci - 1].text == ","
            if apposed is not None and (trailing and (apposed == last or tokens[apposed].text == ".")
                                        or apposed + 1 < last and tokens[apposed].text == ","
                                        and _word(tokens[apposed + 1])):
                src_end = apposed  # the apposition is the source's; the claim goes on after it
        source = (cj, src_end) if src_end > cj else None
        if ci > first and tokens[ci - 1].text.isalpha() and tokens[ci - 1].text.islower() \
                and src_end > cj and lower[src_end - 1] in RULE_NOUNS:
            return None  # `will be dealt with according to Russia's competition law, X was
            # quoted as saying` (enI-bbc-6): a manner (in keeping with a law), not a source
        if ci > first and tokens[ci - 1].text == "," and framed(tokens, lower, first, ci - 1, lex):
            return None  # `"...," he told settler leaders, according to a statement`: the
            # statement is the channel of the framed attribution, not a source of its own
        if ci > first and tokens[ci - 1].text == ",":
            content = [(_after_dateline(tokens, first, ci - 1), ci - 1)]
            if src_end + 1 < last and tokens[src_end].text == "," \
                    and tokens[src_end + 1].text[:1].islower() and _word(tokens[src_end + 1]):
                # `President Donald Trump, according to the White House, made an unscheduled
                # trip ...`: the claim goes on after the inserted source
                end = _trim_end(tokens, src_end + 1, last)
                if end > src_end + 1:
                    content.append((src_end + 1, end))
            return Candidate(cue, content, source, "rule:according-to")
        if src_end < last and tokens[src_end].text == ",":
            begin = src_end + 1
            if begin < last and lower[begin] in ("citing", "quoting"):
                # According to X, citing Y, ...: the content follows the cited party.
                begin = next((k + 1 for k in range(begin, last) if tokens[k].text == ","), begin)
            end = _trim_end(tokens, begin, last)
            if end > begin:
                return Candidate(cue, [(begin, end)], source, "rule:according-to")
        return None
    before = [q for q in quotes if q[1] <= ci]
    after = [q for q in quotes if q[0] >= cj]
    # "...," X said / "...," said X
    if before and before[-1][0] == first and all(
            tokens[k].text in (",",) or _word(tokens[k]) for k in range(before[-1][1], ci)):
        src = source_before(tokens, lower, before[-1][1], ci, lex) if ci > before[-1][1] else None
        if src is None:
            src = source_after(tokens, lower, cj, last, lex)
        content = [before[-1]]
        tail = src[1] if src and src[0] >= cj else cj
        while tail < last and tokens[tail].text == ",":
            tail += 1
        if after and after[0][0] == tail:  # "A," he said, "B."
            content.append(after[0])
        if src is not None:
            return Candidate(cue, content, src, "rule:quote-cue")
    src = source_before(tokens, lower, first, ci, lex) or source_before_clause(tokens, lower, first, ci, lex) \
        or description_then_name(tokens, lower, first, ci, lex) or sentence_subject(tokens, lower, first, ci, lex) \
        or apposition_before(tokens, lower, first, ci, lex)
    if src is None and ci - 1 > first and lower[ci - 1] in HEDGING_ADVERBS \
            and cj + 1 < last and lower[cj] not in (".", "!", "?", ","):
        # `A guest allegedly told aides that ...` (enG-thenational-1): a hedge between the subject
        # and its verb (the certainty module reads it); a verb closing the sentence (`...,
        # Jerry Kilgore reportedly said.`, BBC 2004) is the inverted frame's, left to its rule
        src = source_before(tokens, lower, first, ci - 1, lex) \
            or sentence_subject(tokens, lower, first, ci - 1, lex)
    if src is not None:
        k = cj
        for a, b in find_phrases(lower, lex.anonymity_phrases, cj, min(last, cj + 12)):
            if a == cj:
                k = b  # X said on condition of anonymity ...
        evidence = "rule:source-cue-content"
        if k + 1 < last and lower[k] == "," and lower[k + 1] == "citing":  # X reported, citing Y, ...
            tail = _trim_end(tokens, k + 2, last)
            if src[0] > first and tokens[src[0] - 1].text == "," and tail - (k + 2) <= 12 and all(
                    _word(tokens[m]) for m in range(k + 2, tail)):
                # `The company is preparing to cut jobs, Bloomberg reported, citing people
                # familiar with the plans.`: the citing clause closes the sentence
                return Candidate(cue, [(_after_dateline(tokens, first, src[0] - 1), src[0] - 1)], src,
                                 "rule:citing")
            cited = source_after(tokens, lower, k + 2, last, lex) or _phrase_to_comma(lower, k + 2, last)
            if cited is not None:
                k = cited[1]
                evidence = "rule:citing"
        if k < last and tokens[k].text in (":", ","):
            k += 1
        if k > cj and lower[k - 1] == "," and k < last and lower[k] in TRAILING_CLAUSE \
                and src[0] > first and tokens[src[0] - 1].text == ",":
            # `..., the source said, adding that ...`: the frame closes the claim before it
            return Candidate(cue, [(_after_dateline(tokens, first, src[0] - 1), src[0] - 1)], src,
                             "rule:content-cue")
        if lemma == "tell" and k < last and tokens[k].text[:1].isupper():
            addressee = source_after(tokens, lower, k, last, lex)
            k = addressee[1] if addressee else k
        elif lemma == "tell" and k + 1 < last and lower[k] in _TOLD_PRONOUNS:
            k += 1  # `sources told us the dress was stolen`: the person told is no content
        if lemma == "tell" and k > cj and k + 2 < last and lower[k] == "," \
                and _word(tokens[k + 1]) and lower[k + 1] not in _NOT_TOLD_AFTER_COMMA \
                and "," not in lower[k + 1:k + 5]:
            k += 1  # `US officials tell CNN, in recent days there is growing ... chatter`
            # (enH-sbs-1): the told clause after the addressee's comma (not an aside set off
            # by a second comma: `told POLITICO, however, that ...`, PolNeAR train)
        if lemma == "tell":
            # `told reporters: "..."`, `allegedly told The New European: "..."`: the quotation
            # after the addressee's colon is what was told
            colon = next((m for m in range(k, min(last, k + 8)) if not _word(tokens[m])), None)
            if colon is not None and colon > cj and lower[colon] == ":" and after and after[0][0] == colon + 1:
                k = colon + 1
        # said in an interview with CNN on Sunday that ...: the content starts at "that".
        for m in range(k, min(last, k + 10)):
            if lower[m] == "that":
                if all(_word(tokens[x]) for x in range(k, m)):
                    k = m
                break
            if not _word(tokens[m]):
                break
        if after and after[0][0] == k:
            return Candidate(cue, [after[0]], src, evidence)
        end = _trim_end(tokens, k, last)
        if src[0] > first and tokens[src[0] - 1].text == "," and _relay_tail(tokens, lower, k, end, lex):
            # `..., Faruk Celik said Tuesday, Anadolu reported.`: the closing outlet relays the
            # frame; the speaker's words are before it (the outlet is a channel, extract.py)
            return Candidate(cue, [(_after_dateline(tokens, first, src[0] - 1), src[0] - 1)], src,
                             "rule:content-cue")
        if end - k >= 3 and (lower[k] == "that" or _word(tokens[k])):
            return Candidate(cue, [(k, end)], src, evidence)
        # ..., X said. / ..., the New York Times reported on Saturday.
        if src[0] > first and tokens[src[0] - 1].text != "," and (end <= k or time_phrase(lower, k, end, lex)):
            # `..., state-owned oil giant CNOOC announced on Monday.`: the source runs back to
            # the comma over lower-case modifiers
            comma = next((m for m in range(src[0] - 1, max(first, src[0] - 7), -1) if tokens[m].text == ","), None)
            if comma is not None and comma > first and all(
                    _word(tokens[m]) and lower[m] not in SUBJECT_BREAKS and lex.match_cue(lower, m) is None
                    for m in range(comma + 1, src[0])):
                src = (comma + 1, src[1])
        if src[0] > first and tokens[src[0] - 1].text == "," and (
                end <= k or time_phrase(lower, k, end, lex)):
            return Candidate(cue, [(_after_dateline(tokens, first, src[0] - 1), src[0] - 1)], src,
                             "rule:content-cue")
    # ..., a source close to the talks said.
    after_cue = cj
    for a, _ in find_phrases(lower, lex.anonymity_phrases, cj, min(last, cj + 12)):
        if a == cj or a == cj + 2 and lower[cj] == "," and lower[cj + 1] in ("speaking", "talking"):
            after_cue = last  # X said [, speaking] on condition of anonymity [because ...].
    tail = _trim_end(tokens, after_cue, last)
    t = after_cue
    while t < tail and t - after_cue < 4 and (lower[t] in lex.time_words or lower[t] in TIME_LEADS):
        t += 1  # `reported Wednesday, as ...`
    if t + 1 < tail and lower[t] == "," and lower[t + 1] in TRAILING_CLAUSE:
        tail = after_cue  # `..., a source familiar with the situation said, as the carrier works ...`
    if src is None and (tail == after_cue or time_phrase(lower, after_cue, tail, lex)):
        comma = max((m for m in range(max(first, ci - 12), ci) if tokens[m].text == ","), default=None)
        if comma is not None and first < comma < ci - 1 and all(
                _word(tokens[m]) and lower[m] not in SUBJECT_BREAKS and _not_inflected_cue(lower, m, lex)
                for m in range(comma + 1, ci)):  # not `, said on Monday that Moscow would [respond]`
            return Candidate(cue, [(_after_dateline(tokens, first, comma), comma)], (comma + 1, ci),
                             "rule:content-cue")
    # ..., said X.
    if ci > first and tokens[ci - 1].text == ",":
        src = source_after(tokens, lower, cj, last, lex)
        if src is not None:  # `said Juan Perez, senior trader at Tempus Inc.`
            src = with_apposition(tokens, lower, src, last, lex)
        if src is not None and src[1] < last and lower[src[1]] == "," \
                and (name := name_apposition(tokens, src[1] + 1, last)) is not None:
            src = (src[0], name)  # `said a spokesman for the coup leaders, Col. Maj. Amadou Abdramane,`
        tail = _trim_end(tokens, src[1], last) if src is not None else last
        if src is not None and (tail == src[1] or _trailing_setting(tokens, lower, src[1], tail, lex)
                                or lower[src[1]] == "," and src[0] > first + 2 and any(
                                    t.text in QUOTE_TOKENS for t in tokens[first:ci - 1])
                                or ci - 1 - first >= 4 and _trailing_participle(lower, src, tail, lex)):
            return Candidate(cue, [(_after_dateline(tokens, first, ci - 1), ci - 1)], src, "rule:content-cue")
    return None


def _trailing_participle(lower: list[str], src: Range, tail: int, lex: Lexicon) -> bool:
    """`..., said the report, adding nearly 60 percent ...`, `..., said Peskov, calling the idea
    "absurd."`, `..., says a report highlighting the "alarming rise ..."`: after an inverted
    frame's source, a narrator's trailing clause (`, as ...`), a participle of saying after a
    comma (its own attribution) or one that modifies a determined source (`a report
    highlighting`; not `said Monday's deciding vote ...`) leaves the clause before the frame
    the source's words."""
    k = src[1]
    if k < tail and lower[k] == ",":
        k += 1
        if k < tail and lower[k] in TRAILING_CLAUSE:
            return True
    elif lower[src[0]] not in lex.determiners:
        return False
    return k < tail and lower[k].endswith("ing") and lex.match_cue(lower, k) is not None


# Words that open a clause of the narrator's after a closing frame (`..., X said, as ...`).
TRAILING_CLAUSE = frozenset({"as", "while", "amid", "after", "before", "when", "although", "though",
                             "adding", "according"})
TIME_LEADS = frozenset({"on", "last", "this", "early", "late", "earlier", "later", "in", "the"})


def _relay_tail(tokens: list[Token], lower: list[str], k: int, end: int, lex: Lexicon) -> bool:
    """Tokens k..end are `[a date ,] (the) Name reported|reports [a date]`: an outlet closing a
    sentence framed before it (`said Tuesday, Anadolu reported`)."""
    m = k
    while m < end and m - k < 4 and (lower[m] in lex.time_words or lower[m] in TIME_LEADS):
        m += 1
    if m >= end or lower[m] != ",":
        return False
    m += 1 + (m + 1 < end and lower[m + 1] == "the")
    n = m
    while n < end and n - m < 5 and tokens[n].text[:1].isupper() and _word(tokens[n]):
        n += 1
    if n == m or n >= end or lower[n] not in ("reported", "reports"):
        return False
    return n + 1 == end or time_phrase(lower, n + 1, end, lex)


def time_phrase(lower: list[str], a: int, b: int, lex: Lexicon) -> bool:
    """Tokens a..b are only a date (`on Saturday`, `late last week`, `this month`): a sentence
    whose frame ends with one (`..., the Times reported on Saturday.`) has nothing left after its
    cue to report."""
    return b > a and b - a <= 4 and any(lower[i] in lex.time_words for i in range(a, b)) and all(
        lower[i] in lex.time_words or lower[i] in TIME_LEADS for i in range(a, b))


def _trailing_setting(tokens: list[Token], lower: list[str], a: int, b: int, lex: Lexicon) -> bool:
    """Tokens a..b close a `..., said X` sentence with where or when it was said (`on air of
    Radio Rossiya`, `on Tuesday`, `in a statement`): a preposition and at most seven words, no
    clause inside."""
    return b > a + 1 and b - a <= 8 and lower[a] in ("on", "in", "at", "during", "to", "after") \
        and all(_word(tokens[m]) and lower[m] not in SUBJECT_BREAKS and lex.match_cue(lower, m) is None
                for m in range(a + 1, b))


def _not_inflected_cue(lower: list[str], m: int, lex: Lexicon) -> bool:
    """No reporting verb at token `m`, or only its base form used as a noun (`state media`)."""
    found = lex.match_cue(lower, m)
    return found is None or found[0] == 1 and lower[m] == found[1].lemma


def name_apposition(tokens: list[Token], begin: int, last: int) -> int | None:
    """The end of a name set off by commas at `begin` (`Col. Maj. Amadou Abdramane,`):
    capitalised words and title stops only, at most six tokens, then a comma or the end."""
    k = begin
    while k < last and k - begin < 6 and (tokens[k].text[:1].isupper() or tokens[k].text == "."):
        k += 1
    if k == begin or not any(tokens[m].text[:1].isupper() and len(tokens[m].text) > 1 for m in range(begin, k)):
        return None
    return k if k >= last or tokens[k].text in (",", ".") else None


def _phrase_to_comma(lower: list[str], begin: int, last: int) -> Range | None:
    """`citing the defence ministry, that ...`: the cited party up to the comma that closes the
    participle clause (at most ten words, no clause word inside)."""
    k = begin
    while k < last and k - begin < 10 and lower[k] not in (",", ".", ";", ":", "that", "who", "which"):
        k += 1
    return (begin, k) if begin < k < last and lower[k] == "," else None


def transcript_turn(tokens: list[Token], sentences: list[Sentence], k: int) -> Candidate | None:
    """`PENCE: Well, look, ...`: a paragraph opened by a speaker's name in capitals and a colon
    (interview transcripts) is that speaker's turn, up to the end of the paragraph."""
    sent = sentences[k]
    i = sent.first
    if i < sent.last and tokens[i].text in ('"', "“", "''"):
        i += 1
    j = i
    while j < sent.last and j - i < 4 and tokens[j].text.isupper() and tokens[j].text.isalpha():
        j += 1
    if j == i or j >= sent.last - 1 or tokens[j].text != ":" or len(tokens[i].text) < 2:
        return None
    end = sent.last
    for m in range(k + 1, len(sentences)):  # indices, not a slice: no copy of the rest per turn
        if sentences[m].paragraph != sent.paragraph:
            break
        end = sentences[m].last
    if i > sent.first and tokens[end - 1].text in ('"', "”", "''"):
        end -= 1
    if end <= j + 1:
        return None
    return Candidate([(j, j + 1)], [(j + 1, end)], (i, j), "rule:transcript")


def extract(tokens: list[Token], lower: list[str], sentences: list[Sentence],
            lex: Lexicon | None = None, core_only: bool = False) -> list[Candidate]:
    """Attributions in a whole document; a paragraph reopening a quote left open continues the
    previous attribution (news style for quotes running over several paragraphs)."""
    lex = lex or lexicon()
    result: list[Candidate] = []
    transcript_until = -1
    # A transcript has several turns; a lone `NAME:` paragraph opener is a dateline or a label
    # (`ISLAMABAD: ...`, `BYLINE:`, `UPDATE:`, `AP:`): PolNeAR train+dev and en-news tune hold
    # 17 documents with one such opener, none a speaker's turn, and 4 with 4-10, all transcripts.
    turns = {k: t for k, sent in enumerate(sentences)
             if (k == 0 or sentences[k - 1].paragraph != sent.paragraph)
             and (t := transcript_turn(tokens, sentences, k)) is not None}
    if len(turns) < 2:
        turns = {}
    for k, sent in enumerate(sentences):
        if sent.first < transcript_until:
            continue
        if k in turns:
            turn = turns[k]
            if turn is not None:
                result.append(turn)
                transcript_until = turn.content[0][1]
                continue
        found = extract_sentence(tokens, lower, sent, lex, core_only)
        if not found and sent.reopens_quote and result:
            prev = result[-1]
            quotes = _quote_spans(tokens, sent.first, sent.last)
            if quotes and quotes[0][0] == sent.first:
                result.append(Candidate([], [quotes[0]], prev.source, "rule:quote-continuation"))
                continue
        result.extend(found)
    return result


QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES | STRAIGHT_QUOTES | {"''", "``"}
PASSIVE_SKIP = frozenset({"not", "also", "often", "once", "never", "still", "being", "n't"})


def passive_cue(lower: list[str], cue: list[Range], lex: Lexicon) -> bool:
    """Whether the cue is a passive verb (`has been harshly criticized`, `was accused`): a form of
    *be* (inside the cue or right before it), adverbs, then a past participle that is not an
    adjective of attitude (`is convinced`). PolNeAR leaves the subject of such a cue unannotated
    as source; on its train split, passive cues with a subject before them have no source
    far more often than not."""
    a, b = cue[0][0], cue[-1][1]
    i = a
    if a > 0 and lower[a - 1] in lex.passive_be:
        i = a - 1
    elif a > 1 and lower[a - 1] == "being" and lower[a - 2] in lex.passive_be:
        i = a - 2
    while i < b and lower[i] not in lex.passive_be:
        i += 1
    i += 1
    while i < b and (lower[i] in PASSIVE_SKIP or lower[i].endswith("ly")):
        i += 1
    if i >= b:
        return False
    w = lower[i]
    return (w.endswith("ed") or w in lex.passive_participles) and w not in lex.passive_adjectival


SHORT_QUOTE = 4  # words: a quoted term or phrase (`the "phony system"`), not quoted speech


def quotes_speech(tokens: list[Token], lo: int, end: int) -> bool:
    """Whether tokens `lo`..`end` hold a quotation mark other than those around a short quoted
    term (`Trump has used the phrase “Islamic terrorism” often, and criticized ...`;
    `Bemoaning the "phony system," Trump accused ...`): a longer or unclosed quotation is
    someone's speech, whose speaker leads."""
    k = lo
    while k < end:
        if tokens[k].text in QUOTE_MARKS and not (k + 1 < len(tokens) and tokens[k + 1].text == "s"
                                                  and tokens[k].start == tokens[k - 1].end):
            # (not the apostrophe of a possessive split off an abbreviation: `D.C.’s board`)
            close = next((m for m in range(k + 1, min(end, k + SHORT_QUOTE + 3))
                          if tokens[m].text in QUOTE_MARKS), None)
            words = close is not None and sum(_word(t) for t in tokens[k + 1:close])
            if close is None or not 1 <= words <= SHORT_QUOTE:
                return True
            k = close
        k += 1
    return False


def _inside_short_quote(tokens: list[Token], lo: int, k: int) -> bool:
    """Whether token `k` stands inside a quotation opened after `lo` (`the "phony system,"`:
    the comma inside the marks does not close the clause)."""
    marks = sum(tokens[m].text in QUOTE_MARKS for m in range(lo, k))
    return marks % 2 == 1


CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "or"})
# Adverbs between a participial clause's comma and its -ing cue (`, perhaps recognizing`,
# `, again saying`); -ly adverbs too.
PARTICIPLE_ADVERBS = frozenset({"perhaps", "also", "again", "still", "even", "then", "instead",
                                "apparently", "possibly", "often", "once", "later", "first"})


def participle_subject(tokens: list[Token], lower: list[str], lo: int, a: int, lex: Lexicon) -> Range | None:
    """The sentence subject for an -ing cue at `a` heading a participial clause (`Trump spoke to
    a gathering of industry leaders, promising to lift regulations`; `She started off by
    emphasizing economic fairness`): the noun phrase opening the sentence, after a conjunction
    and an introductory phrase closed by a comma (`On Monday night, Clinton ...`), when a verb
    (a lower-case word) follows it."""
    clause = participle_clause(tokens, lower, lo, a, lex)
    return _subject_at(tokens, lower, clause[0], clause[1], lex) if clause is not None else None


def participle_clause(tokens: list[Token], lower: list[str], lo: int, a: int,
                      lex: Lexicon) -> Range | None:
    """The clause an -ing cue at `a` hangs on: from its subject's first token (after a
    conjunction and up to two introductory phrases closed by a comma) to the link before the
    cue (`, saying`, `, perhaps recognizing`); None when the cue heads no participial clause
    after a link or a quotation leads."""
    if a - 1 <= lo or not lower[a].endswith("ing") or lower[a] in lex.participle_not_cues:
        return None
    while a - 2 > lo and (lower[a - 1] in PARTICIPLE_ADVERBS
                          or lower[a - 1].endswith("ly") and tokens[a - 1].text[:1].islower()):
        a -= 1  # `Obama’s aides were also complimentary, perhaps recognizing that ...`
    if lower[a - 1] not in lex.participle_links:
        return None
    if quotes_speech(tokens, lo, a):
        return None  # a quotation before the cue: its speaker, named elsewhere, leads
    i = lo
    if lower[i] in CONJUNCTIONS and i + 1 < a and lower[i + 1] != ",":
        i += 1  # `But she was much more candid ..., saying`: a conjunction takes no comma
    for _ in range(2):
        if i < a and lower[i] in lex.clause_openers:
            comma = next((k for k in range(i, min(a - 1, i + 10)) if lower[k] == ","), None)
            if comma is None:
                return None
            i = comma + 1
    return (i, a - 1)


SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})


def _subject_at(tokens: list[Token], lower: list[str], i: int, end: int, lex: Lexicon) -> Range | None:
    """The noun phrase at `i` (before `end`) when a lower-case word, its verb, follows it."""
    if i >= end or lower[i].endswith(("ing", "ly")):
        return None
    if lower[i] in SUBJECT_PRONOUNS and i + 1 < end and tokens[i + 1].text[:1].islower() \
            and lower[i + 1].isalpha():
        # `But he also spoke of the group's enduring stature, adding that ...` (BBC 2005): a
        # pronoun subject, resolved by coreference like any pronoun source
        return (i, i + 1)
    np = source_after(tokens, lower, i, end, lex) or _common_np(tokens, lower, i, end, lex)
    if np is None and lower[i] in QUANTITY_SUBJECTS and tokens[i].text[:1].isupper() and i + 1 < end \
            and (lex.match_cue(lower, i + 1) is not None or lower[i + 1] in AUXILIARIES):
        # `Many believe the figure is more likely to be under 3% - and fear tax rises or spending
        # cuts, saying ...` (enD-bbc-1): a bare quantity word as the subject (its gold source),
        # its verb next (not `Many extortionists are targeting ...`, BBC 2004)
        np = (i, i + 1)
    if np is None or np[1] >= end:
        return None
    k = np[1]
    if k + 3 < end and lower[k] == "," and lower[k + 2] == "," and tokens[k + 1].text[:1].islower() \
            and lower[k + 1].isalpha():
        k += 3  # `Browns DL Sheldon Richardson, however, decided ...`: an adverb set off
    while k + 1 < end and lower[k] in SUBJECT_ADVERBS and tokens[k + 1].text[:1].islower() \
            and not lower[np[0]].startswith(("there", "here")):  # not `There's still time`
        k += 1  # `The Delhi Police also issued a clarification, saying ...`: an adverb before the verb
    date = next((m for m in range(k + 3, k + 1, -1) if m < end and time_phrase(lower, k, m, lex)), None)
    if date is not None and lower[k] in TIME_LEADS and tokens[date].text[:1].islower() \
            and lower[date].isalpha() and lower[date] not in lex.clause_openers:
        # `The Turkish Foreign Ministry on Wednesday denied a German media report ..., saying
        # ...` (enH-ekathimerini-1): a date between the subject and its verb, as wire copy has
        # it with no commas
        k = date
    follower = tokens[k].text
    if not follower[:1].islower() or lower[k] in lex.clause_openers:
        return None
    return np


# Adverbs between a subject and its verb that are also clause openers (`Also, ...`).
SUBJECT_ADVERBS = frozenset({"also", "still", "now", "then", "later", "earlier", "instead"})


def _common_np(tokens: list[Token], lower: list[str], i: int, end: int, lex: Lexicon) -> Range | None:
    """A common-noun subject at `i` that `source_after` (names and source words) does not read:
    an article or a possessive and at most three lower-case nouns, then a reporting verb
    (`The victim's mother testified, describing ...`)."""
    if lower[i] not in ("the", "his", "her", "its", "their", "a", "an") \
            and not (lower[i].endswith(("’s", "'s")) and tokens[i].text[:1].isupper()):
        return None
    j = i + 1
    while j < end and j - i <= 4 \
            and lower[j].removesuffix("’s").removesuffix("'s").replace("-", "").isalpha() \
            and tokens[j].text[:1].islower() and lower[j] not in AUXILIARIES \
            and lower[j] not in STOP_BEFORE_SOURCE and not lower[j].endswith("ed") \
            and lower[j] not in ("who", "whose", "which", "whom") and lex.match_cue(lower, j) is None:
        j += 1
    if j == i + 1 or j >= end:
        return None
    if lex.match_cue(lower, j) is None and not (
            lower[i] in ("a", "an") and lower[j] in FINITE_AUXILIARIES and j + 1 < end
            and tokens[j + 1].text[:1].islower() and lower[j + 1].isalpha()):
        # its verb a reporting one (`testified`, `explained`), not `remained`; an indefinite
        # subject before a finite auxiliary opens the sentence's clause (`A bookmaker has
        # stopped taking bets ... after claiming ...`, enG-bbc-4)
        return None
    return (i, j)


def coordinated_source(lower: list[str], source: Range, comma_before_join: bool) -> Range | None:
    """The source a verb coordinated after a content shares with the first cue: the same one,
    except after `, and` when that source is a relative pronoun (`President-elect Rodrigo Chaves
    apologized to the two female World Bank employees who accused him ..., and pledged to
    form a commission`, enD-ticotimes-1): the comma closes the relative clause and the verb
    goes back to the main clause, whose subject the caller finds (None)."""
    if comma_before_join and source[1] - source[0] == 1 and lower[source[0]] in ("who", "which", "that") \
            and (source[0] == 0 or lower[source[0] - 1] not in (",", "—", "–", "--", "-")):
        return None  # (after a comma the clause is non-restrictive and runs on: `a UN-OPCW
        # panel, which said ..., and also accused ISIS`, PolNeAR train)
    return source


# Quantity words that stand alone as a clause's subject (`Many believe`, `Some argue`).
QUANTITY_SUBJECTS = frozenset({"many", "some", "others", "most", "several"})
# Finite auxiliaries that follow a clause's subject (`A bookmaker has stopped`).
FINITE_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would"})


def fronted_participle_subject(tokens: list[Token], lower: list[str], a: int, hi: int,
                               lex: Lexicon) -> Range | None:
    """`Claiming the criticism is designed to pressure moderators, Trump told Fox ...`,
    `Citing an unfounded theory, Trump repeatedly accused ...`: an -ing cue opening the
    sentence belongs to the subject after the clause's comma (at most 25 tokens on, no
    quotation before it)."""
    if not lower[a].endswith("ing") or lower[a] in lex.participle_not_cues:
        return None
    return subject_after_clause(tokens, lower, a, hi, lex)


def subject_after_clause(tokens: list[Token], lower: list[str], a: int, hi: int,
                         lex: Lexicon) -> Range | None:
    """The subject after the comma closing a subject-less clause that opens at `a` (at most 25
    tokens on, no quotation before it; a comma inside a short quoted term or before a `with`
    phrase set off does not close it): the noun phrase there when its verb follows."""
    for k in range(a + 1, min(hi, a + 26)):
        if lower[k] != ",":
            continue
        start = k + 1
        if _inside_short_quote(tokens, a + 1, k):
            if k + 1 >= hi or tokens[k + 1].text not in QUOTE_MARKS:
                continue
            start = k + 2  # `the "phony system,"`: the comma the closing mark follows
        if quotes_speech(tokens, a + 1, start):
            return None
        subject = _subject_at(tokens, lower, start, hi, lex)
        if subject is not None or start >= hi or lower[start] not in ("with", "without", "and"):
            return subject
        # `Arguing that voters are just now beginning to tune in, with the first votes less
        # than 100 days away, Patrick has said`: a `with` phrase set off is no subject; the
        # subject follows its comma
    return None


def clause_subject(tokens: list[Token], lower: list[str], lo: int, end: int, lex: Lexicon) -> Range | None:
    """The subject of the sentence's first clause, which ends at `end` (`Scott beamed and
    asked ...`, `Trump has used the phrase often, and criticized ...`): the noun phrase opening
    the sentence after a conjunction or an introductory phrase closed by a comma (or, with no
    comma, a fronted phrase of place or time: `fronted_phrase_subject`), followed by its verb;
    no quotation before `end` (a quoted speaker leads there)."""
    if quotes_speech(tokens, lo, end):
        return None
    i = lo
    if lower[i] in CONJUNCTIONS and i + 1 < end and lower[i + 1] != ",":
        # `But the player is determined to return to Scotland and rejected a move to Goodison
        # Park` (BBC sport 2004): a conjunction opening the sentence takes no comma, the subject
        # follows it (as `participle_clause` reads it)
        i += 1
        if lower[i] in WH_OPENERS:
            return None  # `But which get answered says ...` (PolNeAR train): a clause as subject
    for _ in range(2):
        if i < end and lower[i] in lex.clause_openers:
            comma = next((k for k in range(i, min(end, i + 10)) if lower[k] == ","), None)
            if comma is None:
                return fronted_phrase_subject(tokens, lower, i, end, lex)
            i = comma + 1
    return _subject_at(tokens, lower, i, end, lex)


# Words opening a clause that is itself the subject (`which get answered`, `what he said`).
WH_OPENERS = frozenset({"which", "what", "who", "whom", "whose", "how", "why", "whether", "that", "where", "when"})
# Prepositions that open a fronted adverbial phrase (`On one Facebook page`, `In March`).
FRONTED_PREPOSITIONS = frozenset({"on", "in", "at", "during", "after", "since", "under", "throughout",
                                  "following", "despite", "within", "amid"})
# Words after which an article opens no new clause subject (`in the wake of the scandal`).
NOT_BEFORE_SUBJECT = frozenset({"of", "to", "for", "with", "from", "by", "about", "into", "than", "and", "or",
                                "on", "in", "at", "over", "under", "as", "like", "is", "was", "are", "were"}) \
    | FRONTED_PREPOSITIONS  # `During the crackdown following the blaze authorities moved` (BBC 2004)


def fronted_phrase_end(tokens: list[Token], lower: list[str], i: int, end: int) -> int | None:
    """`On one Facebook page an unidentified poster put up her picture ... and wrote ...`
    (en-abcnews-1): where the clause subject after a fronted prepositional phrase with no comma
    after it starts, at the article that follows the phrase's last noun (`page an`). None
    unless the phrase at `i` opens with a preposition of place or time and such an article
    stands within eight words, after a word that is no preposition, conjunction or form of `be`."""
    if lower[i] not in FRONTED_PREPOSITIONS:
        return None
    for m in range(i + 2, min(end, i + 9)):
        if tokens[m].text in QUOTE_MARKS or lower[m] in (",", ";", ":"):
            return None
        if lower[m] in ("a", "an", "the") and lower[m - 1].isalpha() \
                and lower[m - 1] not in NOT_BEFORE_SUBJECT and lower[m - 1] not in ARTICLES:
            return m
    return None


def fronted_phrase_subject(tokens: list[Token], lower: list[str], i: int, end: int,
                           lex: Lexicon) -> Range | None:
    """The subject after a fronted phrase with no comma (`fronted_phrase_end`), when a finite
    verb follows it: a past tense, a finite auxiliary or a cue (not `an unidentified` before
    `poster`, a noun the source reader left out)."""
    m = fronted_phrase_end(tokens, lower, i, end)
    np = _subject_at(tokens, lower, m, end, lex) if m is not None else None
    if np is None:
        return None
    w = lower[np[1]]
    finite = w in IRREGULAR_PAST or w in FINITE_AUXILIARIES or w.endswith("ed") or lex.match_cue(lower, np[1]) is not None
    return np if finite else None


def with_apposition(tokens: list[Token], lower: list[str], source: Range, hi: int, lex: Lexicon) -> Range:
    """A source after its cue with the apposition that follows it (`said Peter Morgan, a lawyer
    for the Sierra Club, who has been challenging the coal industry ...`): PolNeAR's source runs
    to the end of the sentence (on its train split, 443 sources after their cue with an
    apposition do, 117 stop at the name). The apposition must open with a determiner, `who` or a
    description word; a quotation or a core cue inside it cancels the extension (a clause of
    its own); it stops before a participle or `which` clause and a final punctuation mark."""
    j = source[1]
    if j + 1 >= hi or lower[j] != "," or not (lower[j + 1] in APPOSITION_OPENERS or lower[j + 1] in lex.descriptions
                                             or lower[j + 1] in lex.modifiers
                                             or _modified_description(tokens, lower, j + 1, hi, lex)):
        return source
    k = j + 1
    while k < hi:
        if tokens[k].text in QUOTE_MARKS and not _plural_possessive(tokens, k, hi) \
                or lower[k] in ("(", ")", ":", ";") \
                or (m := lex.match_cue(lower, k)) is not None and m[1].core:
            return source
        if lower[k] == "," and k + 1 < hi and (lower[k + 1].endswith("ing") or lower[k + 1] in lex.apposition_stops):
            break
        k += 1
    end = k
    while end > j and lower[end - 1] in (".", ",", "?", "!", "—", "–", "-", "--"):
        end -= 1
    return (source[0], end) if end > j + 1 else source


def _plural_possessive(tokens: list[Token], k: int, hi: int) -> bool:
    """`the Chinese Academy of Sciences’ FAST supervisory committee`: an apostrophe glued to a
    plural noun and followed by a word is a possessive, not a closing quotation mark."""
    return tokens[k].text in ("’", "'") and 0 < k and k + 1 < hi \
        and tokens[k - 1].text.endswith("s") and tokens[k - 1].end == tokens[k].start \
        and _word(tokens[k + 1]) and tokens[k].end < tokens[k + 1].start


def _modified_description(tokens: list[Token], lower: list[str], k: int, hi: int, lex: Lexicon) -> bool:
    """`, principal analyst at research firm Gartner`: one or two lower-case modifiers the
    lexicon does not list, then a description noun, open a bare apposition."""
    for m in range(k, min(k + 3, hi)):
        if m > k and lower[m] in lex.descriptions:
            return True
        if not (tokens[m].text.isalpha() and tokens[m].text.islower()) or lex.match_cue(lower, m) is not None:
            return False
    return False


def whole_name(tokens: list[Token], lower: list[str], source: Range, lo: int, lex: Lexicon) -> Range:
    """A source that starts inside a capitalised name (`Attendants` of `the Association of Flight
    Attendants`) grows to the whole name: capitalised words and `of` between them, with a
    determiner or title before it."""
    i = source[0]
    if not tokens[i].text[:1].isupper() or lower[i] in lex.pronouns:
        return source
    while i - 1 >= lo:
        t = tokens[i - 1].text
        if t[:1].isupper() and t[:1].isalpha() and lower[i - 1] not in lex.pronouns \
                and lower[i - 1] not in lex.clause_openers and lower[i - 1] not in lex.cue_first:
            i -= 1
        elif lower[i - 1] in ("of", "for") and i - 2 >= lo and tokens[i - 2].text[:1].isupper():
            i -= 1
        else:
            break
    if i < source[0] and i - 1 >= lo and lower[i - 1] in ("the",):
        i -= 1
    return (i, source[1])


AGENT_STOPS = frozenset({",", ".", ";", ":", "(", ")", "that", "who", "which", "whose", "and", "but",
                         "because", "while", "when", "after", "before", "since", "--", "—", "–"})


def passive_agent(tokens: list[Token], lower: list[str], b: int, hi: int) -> Range | None:
    """The agent of a passive cue ending at `b`: the phrase after `by` (`were echoed by a number
    of tax experts`, `was supported by 42 percent of those responding`), up to a punctuation
    mark, a quotation or a clause word, at most twelve tokens."""
    if b + 1 >= hi or lower[b] != "by":
        return None
    k = b + 1
    while k < hi and k - b <= 12 and lower[k] not in AGENT_STOPS and tokens[k].text not in QUOTE_MARKS:
        k += 1
    if k == b + 1 or k - b > 12:
        return None
    return (b + 1, k)
