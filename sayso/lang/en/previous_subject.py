"""`they` and `it` opening a sentence: the subject (or passive agent) of the sentence before.

ANNOTATION.md: "pronouns resolve to the person they stand for" (and a body's `it` / `they` to
the body). The coreference pool (`coref.Coreference`) holds the sources seen so far, so a
pronoun took the last *speaker*, however far back, even when the sentence right before names
a new party that the pronoun continues (centering: the previous sentence's subject is the
preferred antecedent; Lappin & Leass 1994 give the subject the highest weight):

- `Over the past few months, delegations of European and other business leaders have been
  heading to the SEC's Washington DC headquarters to protest. They say the burden is too
  expensive` (BBC 2005, en-news H tune): the delegations, not `Many foreign firms` two
  sentences back;
- `The U-S has raised concerns over poor security along Kenya's north-eastern border with
  Somalia. It argues this is allowing Al Shabaab militants to pay bribes` (SBS 2015): the U-S;
- `The case against Muhammad Afzal, Mohammed Islam and Mohammed Kazi is being brought by local
  Liberal Democrat supporters. They claim the trio benefited` (BBC 2005): the subject (`The
  case`) does not agree with `they`, the passive's agent does.

The subject is read without a parser, so only a plain shape is taken: an optional opening
phrase closed by a comma, then a noun phrase of at most `MAX_WORDS` words without commas or
quotation marks, then a finite verb (an auxiliary, a modal or a past tense form). The phrase
must agree with the pronoun: `they` a plural of people or bodies (`-ers`, `officials`,
`delegations`, two names joined by `and`), `it` a singular body or a proper name that is no
person's.
"""

from __future__ import annotations

import json
import re
from importlib import resources

MAX_WORDS = 10  # words of the subject noun phrase (`delegations of European and other business leaders`)

# Words that open the finite verb after a subject noun phrase.
AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                         "could", "may", "might", "must", "should", "shall", "do", "does", "did"})
# The word lists are data beside this module (`previous_subject.json`, its `_doc` says what each
# holds): words opening a phrase set off by a comma before the subject (`Over the past few
# months,`), words a subject noun phrase may open with or never holds, and the heads that agree
# with `they` (a plural of people or bodies) or `it` (a singular body).
_DATA = json.loads(resources.files("sayso.lang.en").joinpath("previous_subject.json").read_text("utf-8"))
OPENING_WORDS = frozenset(_DATA["opening_words"])
CONJUNCTIONS = frozenset(_DATA["conjunctions"])
PHRASE_OPENERS = frozenset(_DATA["phrase_openers"])
QUANTIFIERS = frozenset({"both", "many", "most", "several", "some"}) & PHRASE_OPENERS
NOT_IN_PHRASE = frozenset(_DATA["not_in_phrase"])
PLURAL_PARTIES = frozenset(_DATA["plural_parties"])
PLURAL_AGENT_ENDINGS = ("ers", "ists", "ants", "ents", "ians", "ors", "ees", "ics", "ites")
BODIES = frozenset(_DATA["bodies"])

_WORD = r"[\w’'&-]+(?:\.[\w’'&-]+)*"  # `U.S`, `Kenya's`: no stop at its end
_OPENING = re.compile(rf"[\s\"“”‘’']*(?:(?P<lead>{_WORD})\b[^,;:\"“”.\n]{{0,60}},[ \t\u00a0]+)?")
_CONJUNCTION = re.compile(r"(\w+)[ \t\u00a0]+(?=[\w“\"‘'])")
_BY_AGENT = re.compile(rf"\bby[ \t\u00a0]+(?P<np>(?:{_WORD}[ \t\u00a0]+){{0,{MAX_WORDS - 1}}}{_WORD})[ \t\u00a0]*[.!?]?[\s\"”’']*$")


def previous_subject(text: str, before: int, own: int, pronoun: str) -> tuple[int, str] | None:
    """(offset, phrase) of the party the sentence `text[before:own]` opens with (its subject
    or, when that does not agree, its passive `by`-agent) that `pronoun` (`they` or `it`)
    can stand for; None when the sentence has no such plain shape."""
    sentence = text[before:own]
    start = len(sentence) - len(sentence.lstrip(" \t\n\"“”‘’'"))
    conjunction = _CONJUNCTION.match(sentence, start)
    if conjunction is not None and conjunction.group(1).lower() in CONJUNCTIONS:
        start = conjunction.end()  # past `But` (round 27: `But throughout the summer and fall,
        # members within both unions criticized the decision. They said`, PolNeAR train)
    opening = _OPENING.match(sentence, start)
    lead = opening.group("lead") if opening is not None else None
    if lead is not None and lead.lower() in OPENING_WORDS:
        start = opening.end()  # past `Over the past few months,`
    subject = _subject_phrase(sentence, start)
    if subject is not None and agrees(subject[1], pronoun):
        return before + subject[0], subject[1]
    agent = _BY_AGENT.search(sentence)
    if agent is not None and _passive(sentence[:agent.start()]):
        phrase = agent.group("np")
        if _plain_phrase(phrase.split()) and agrees(phrase, pronoun):
            return before + agent.start("np"), phrase
    return None


def _subject_phrase(sentence: str, start: int) -> tuple[int, str] | None:
    """(offset in `sentence`, phrase) of the noun phrase at `start` closed by a finite verb."""
    words = list(re.finditer(r"\S+", sentence[start:]))
    for k, m in enumerate(words[:MAX_WORDS + 1]):
        w = m.group().lower()
        if k and (w in AUXILIARIES or _past_verb(m.group(), words[k - 1].group(), words[0].group())):
            phrase = [x.group() for x in words[:k]]
            if not _plain_phrase(phrase):
                return None
            return start + words[0].start(), " ".join(phrase)
    return None


def _past_verb(word: str, previous: str, first: str = "") -> bool:
    """A lower-case past tense form after a plural noun (`leaders protested`), not a
    participle modifying it (`the men elected`: too close to call without a parser, left out).
    A capitalised plural (a party, a demonym) counts after a quantifier opening the phrase:
    `Several Democrats cautioned against drawing too many lessons from the Brexit vote. They
    also said` (PolNeAR train, round 27), not a name's (`Mr Jones`, `Wales`)."""
    capital_ok = first.lower() in QUANTIFIERS
    return word.islower() and word.isalpha() and word.endswith("ed") and len(word) > 4 \
        and (previous[:1].isupper() is False or capital_ok) and previous.isalpha() and previous.endswith("s")


def _plain_phrase(words: list[str]) -> bool:
    """A noun phrase with no punctuation inside, no clause words, opening with a capital or
    one of `PHRASE_OPENERS`."""
    if not words or len(words) > MAX_WORDS:
        return False
    if any(not re.fullmatch(r"[\w’'&-]+|[A-Z][\w.-]*\.?", w) for w in words):
        return False  # a comma, a quotation mark, a parenthesis: an apposition or an aside
    if any(w.lower() in NOT_IN_PHRASE for w in words):
        return False
    return words[0][:1].isupper() or words[0].lower() in PHRASE_OPENERS or words[0].isalpha()


def _passive(clause: str) -> bool:
    """Whether `clause` ends in a passive verb (`is being brought`, `was organised`)."""
    tail = clause.split()[-3:]
    return len(tail) >= 2 and any(w.lower() in ("is", "are", "was", "were", "been", "being") for w in tail[:-1]) \
        and (tail[-1].endswith(("ed", "en")) or tail[-1].lower() in ("brought", "made", "led", "held", "run"))


def head_word(phrase: str) -> str:
    """The head noun: the word before the first `of`/`for`/`at`/`in`/`from`/`with`, else the
    last word (`delegations of European and other business leaders`: `delegations`)."""
    words = phrase.split()
    for k in range(1, len(words)):
        if words[k].lower() in ("of", "for", "at", "in", "from", "with", "against", "on"):
            return words[k - 1]
    return words[-1]


def agrees(phrase: str, pronoun: str) -> bool:
    """Whether `phrase` names a party `pronoun` can stand for: for `they` plural people or
    bodies, or two parties joined by `and`; for `it` a singular body, or a capitalised name
    without a plural head (`The U-S`, `Big Machine`)."""
    head = head_word(phrase)
    low = head.lower().rstrip(".").removesuffix("’s").removesuffix("'s")
    words = phrase.split()
    if pronoun == "they":
        if " and " in phrase and words[0][:1].isupper() and all(w[:1].isupper() or w == "and" for w in words):
            return True  # `Bush and Blair`
        return low in PLURAL_PARTIES or (low.endswith(PLURAL_AGENT_ENDINGS) and low.endswith("s"))
    if pronoun == "it":
        if low in BODIES:
            return True
        # a name (`The U-S`, `Big Machine`, `Reuters`): capitalised head, no plural, no `and`
        return head[:1].isupper() and " and " not in phrase \
            and len(words) <= 4 and all(w[:1].isupper() or w.lower() in ("the", "of") for w in words)
    return False
