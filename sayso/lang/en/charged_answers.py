"""English denials with a neutral cue: a party that says it did not do what it was charged with.

STANCE.md row 2: deny "negates a claim, report, charge or accusation made or implied against
the speaker or their side ... it must reject a claim, report or charge (stated or plainly
implied in the article)"; a plain negative fact (`said sales did not grow`) is assert.
`stance.deny_negated_reports` reads a negated clause as a denial when a report, claim or
allegation is named nearby with shared words, and `stance.deny_contradicting_replies` when a
sentence of contrast answers another speaker. What neither reads is the commonest shape of a
defence: the charge is narrated, not reported (`rebuked Mr. Trump for suggesting ...`, `was
criticised for ...`, `the inquiry into ...`), and the charged party answers in its own name,
`he said he had not ...`, `the company said it did not ...`. This pass reads that shape:

- the content's first clause is negated (`stance.NEGATED_CLAUSE`), of an event, not a view, a
  wish, a forecast or a copula (`stance.NOT_DENYING`, `stance.NOT_AN_EVENT`);
- its subject is the speaker (`he`, `she`, `they`, `we`, `I`, a body's `it`, or the
  source's own name);
- a sentence within `REACH` characters before the content, or the headline, lays a charge
  (`charge_context` of stance.json: `accused`, `alleged`, `criticised`, `blamed`,
  `suspected`, `investigation` ...) and shares a word root with the negated clause (the thing
  charged, `stance.roots`).

The words are data in stance.json (`word_lists.CHARGE_CONTEXT`).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ...model import Attribution
from .stance import (
    CERTAINTY_ADVERBS,
    NEGATED_CLAUSE,
    NO_CHANCE,
    NOT_AN_EVENT,
    NOT_DENYING,
    OWN_ASSURANCE,
    RULING_CUES,
    SENTENCE_END,
    THAT_COMMA,
    charge_context,
    roots,
    unquoted,
    words_of,
)

# How far back the charge may stand: about three sentences.
REACH = 600
_NEGATION = (r"(?:(?:has|have|had|did|does|do|is|are|was|were|could)(?: \w+ly)? (?:not|never)\b"
             r"|(?:has|have|had|did|does|do|is|are|was|were|could)n['’]t\b|never\b)")
# The speaker as the subject the negation follows at once (an adverb between at most): a
# personal pronoun (indirect speech reports the speaker so: `she did not send`), `we` of the
# speaker's side, or words of the source's own name (`Platte River Networks did not, at any
# time, treat the server ...`). Not `I think that you don't ...` (the negation is another's).
OWN_NEGATION = re.compile(rf"^(?:that |but |and )?(?P<subject>he|she|they|we|i|it|(?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}})"
                          rf"(?: (?:[a-z]+ly|also|again|still|ever))? {_NEGATION}")
# What the negated verb or its sequel says of a view, a memory, an experience, a habit or the
# future rather than of an act charged (`he did not recall whether the Clintons had stayed`,
# `I've never heard of anyone ...`, `We've never found a tunnel`, `We don't always nominate a
# Lincoln`, `I will never apologise`, `it is not surprising that ...`: PolNeAR train and BBC
# sport, read by hand).
NOT_AN_ACT = re.compile(r"(?:\bnot|\bnever|n['’]t) (?:\w+ly )?(?:recall|remember|know|knew|heard?|seen?|saw|"
                        r"found|find|always|necessarily|have (?:a|any|the|that|enough|much|many)|had (?:a|any|the|that|enough|much|many))\b"
                        r"|\b(?:will|would|shall) never\b"
                        r"|\b(?:is|was|are|were)(?:n['’]t| not) \w+ing(?: (?:that|to|for|if|when|how|whether)\b|[.,;]|$)",
                        re.IGNORECASE)
# A person speaks of himself or herself by `he`, `she`, `I`, `we` (the side); `it` and
# `they` are a body's or a group's.
PERSONAL = frozenset({"he", "she", "i", "we"})
NEGATION_WORD = re.compile(r"\bnot\b|n['’]t\b|\bnever\b")
# A sentence of the text (the headline is the first line).
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def negated_own_clause(content: str, source: str, person: bool) -> str | None:
    """The first clause of `content` when it negates the speaker's own act (`she did not send
    any classified information`, `it wasn't hiding anything`, `Platte River Networks did not
    ... treat the server ... differently`), else None. `person`: whether the speaker is a
    person, who says `he`/`she`/`I`/`we`, not `it` or `they` (others)."""
    if not NEGATION_WORD.search(content):
        return None  # speed only: no negation word, no negated clause
    clause = SENTENCE_END.split(unquoted(content).strip(), maxsplit=1)[0]
    clause = CERTAINTY_ADVERBS.sub("", OWN_ASSURANCE.sub("", clause, count=1))
    clause = THAT_COMMA.sub("that ", clause, count=1)
    m = OWN_NEGATION.match(clause)
    if m is None or NEGATED_CLAUSE.match(clause) is None or NOT_DENYING.search(clause) \
            or NOT_AN_EVENT.search(clause) or NO_CHANCE.search(clause) or NOT_AN_ACT.search(clause):
        return None
    subject = m.group("subject")
    if subject.lower() in ("he", "she", "they", "we", "i", "it"):
        if person != (subject.lower() in PERSONAL):
            return None
    elif not set(re.findall(r"[A-Z][\w'-]{3,}", subject)) & set(re.findall(r"[A-Z][\w'-]{3,}", source)):
        return None
    return clause


def deny_charged_parties(attributions: list[Attribution], text: str, is_person: Callable[[str | None], bool]) -> None:
    """Make a neutral (assert) attribution a denial when its speaker says it did not do the
    thing a charge just before it (or in the headline) lays at its door: `Petrel said that it
    has not received any information` is a plain fact, `She has since stressed that she did not
    send any classified information` after the scandal over her classified email is a denial
    (STANCE.md row 2). The charge is a sentence within `REACH` characters before the content,
    or the headline, holding a `CHARGE_CONTEXT` word and a word root of the negated clause."""
    headline = next(SENTENCE.finditer(text), None)
    for a in attributions:
        if a.stance != "assert" or not a.content or a.source is None \
                or any(c.text.lower() in RULING_CUES for c in a.cue):
            continue
        person = a.source.text.lower() in ("he", "she", "i") or is_person(a.source.entity)
        clause = negated_own_clause(a.content[0].text, a.source.text, person)
        if clause is None:
            continue
        wanted = roots(words_of(clause))
        start = min(s.start for s in (a.source, *a.cue, *a.content))
        before = [m for m in SENTENCE.finditer(text, max(0, start - REACH), start)]
        if headline is not None and headline.end() <= start - REACH:
            before.append(headline)
        for m in before:
            said = m.group()
            if charge_context(said) and wanted & roots(words_of(said)):
                a.stance = "deny"
                break
