"""English denials that answer a claim about the speaker's side by echoing its key words.

STANCE.md row 2: deny "negates a claim, report, charge or accusation made or implied against
the speaker or their side"; ANNOTATION.md: a claim is `disputed` "when the text reports it being
denied or contradicted". The other passes read a negated clause as a denial when the claim is
named as a report or allegation (`stance.deny_negated_reports`), a charge is narrated just before
(`charged_answers`), or a sentence of contrast answers it (`stance.deny_contradicting_replies`);
`stance.link_denials` links a denial to a claim sharing three content words. What they leave is
the plain answer of the party a claim is about:

    `... said Rihanna had hired him as a bodyguard` ... `Rihanna's legal team said the man was
    never employed by the pop star`

The claim is another party's attribution whose content names the speaker's party (its name
words, `own_side.party_words`, places left out); the answer's key words (word roots,
`stance.roots`, past both parties' names) echo at least `SHARED_ROOTS` of the claim's. Then:

- `deny_echoing_answers`: a neutral (assert) answer whose first clause negates an event (the
  filters of `stance.deny_negated_reports` and `charged_answers.NOT_AN_ACT`) after such a claim
  within `WINDOW` characters is a denial, and the claim is disputed;
- `dispute_echoed_claims`: a denial (any cue) that links no claim yet disputes such a claim
  before or after it within `WINDOW` characters.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ...model import Attribution
from .certainty import certainty_words
from .charged_answers import NOT_AN_ACT
from .disputes import denial_cued
from .own_side import NAME_WORD, own_side, party_words
from .stance import (
    CERTAINTY_ADVERBS,
    NEGATED_CLAUSE,
    NEGATED_SUBJECT,
    NO_CHANCE,
    NOT_AN_EVENT,
    NOT_DENYING,
    OWN_ASSURANCE,
    RULING_CUES,
    SENTENCE_END,
    THAT_COMMA,
    nested,
    roots,
    same_party,
    unquoted,
    words_of,
)

# How far apart a claim and its answer may stand: about a dozen sentences.
WINDOW = 1500
# Key-word roots the answer's first clause must share with the claim (one is often a common
# word: `said`, `team`, `time`).
SHARED_ROOTS = 2
# Name words a speaker's party may have (`Ryan's campaign`, `Ina Kirsch`, `House Speaker Paul Ryan`).
MAX_PARTY_WORDS = 4
# Certainties a denial turns to `disputed` (`unconfirmed` says more already).
DISPUTABLE = ("asserted", "reported", "anonymous")
# An emphatic negation: `never`, `neither ... nor`, `none`, `no one`, `nothing`, `at no time`,
# `not ... any`. A plain `not` after a plain claim is mostly a fact of its own (`he was not
# releasing his taxes because ...`, `he hasn't spoken to Trump's district backers`: PolNeAR
# train, read by hand), the emphatic forms answer what was said (`Neither Speaker Ryan nor anyone
# on his team has ever asked for Donald Trump's endorsement`, `her group never worked with
# Manafort or Gates`, `none of her emails were marked classified`).
EMPHATIC = re.compile(r"\b(?:never|neither|none|no one|nobody|nothing|at no (?:time|point|stage))\b"
                      r"|(?:\bnot|n['’]t)\b[^,;]{0,40}\bany\b", re.IGNORECASE)


def _first_clause(content: str) -> str:
    """The first sentence of a content, unquoted, the speaker's frame of assurance read past."""
    clause = SENTENCE_END.split(unquoted(content).strip(), maxsplit=1)[0]
    clause = CERTAINTY_ADVERBS.sub("", OWN_ASSURANCE.sub("", clause, count=1))
    return THAT_COMMA.sub("that ", clause, count=1)


def _negates_event(clause: str) -> bool:
    """Whether a first clause negates an event or act, not a view, a wish, a forecast, a
    possibility, a memory or a copula's state."""
    return bool(NEGATED_CLAUSE.match(clause) or NEGATED_SUBJECT.match(clause.lower())) \
        and not NOT_DENYING.search(clause) and not NOT_AN_EVENT.search(clause) \
        and not NO_CHANCE.search(clause) and not NOT_AN_ACT.search(clause)


def _content(a: Attribution) -> str:
    return " ".join(c.text for c in a.content)


def _key_roots(text: str) -> set[str]:
    """The word roots of a text past its name words: the echo is of what was said about a
    party, not of who (`Trump`, `Speaker Ryan` are no echo)."""
    return roots(words_of(text)) - roots({n.lower() for n in NAME_WORD.findall(text)})


# Who speaks for an unnamed side (`A spokesperson said ... Sky listened to the concerns`, BBC
# entertainment/210): their claim naming the denier's party is most often that party's own.
UNNAMED_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
                            "representatives", "statement", "lawyer", "lawyers", "attorney", "attorneys"})


def _unnamed_voice(a: Attribution) -> bool:
    """Whether a claim's source is a spokesman or a statement with no name (`A spokesperson`)."""
    said = a.source.text if a.source is not None else ""
    return not NAME_WORD.search(said) and bool(UNNAMED_VOICES & set(said.lower().split()))


def _turns_down_proposal(clause: str) -> bool:
    """`has rejected a Fox News proposal for one final debate` (PolNeAR train, west-journal
    2016-05-24): a proposal, offer or bill turned down within the first four words
    (certainty.json `rejected_proposals`) denies nothing anyone said."""
    return bool(set(clause.lower().split()[:4]) & set(certainty_words().rejected_proposals))


def _echoed_claim(d: Attribution, clause: str, candidates: list[Attribution],
                  names: Callable[[str], list[str]], is_place: Callable[[str], bool],
                  before_only: bool) -> Attribution | None:
    """The nearest claim of another party within WINDOW (before `d`, or on either side) that
    names `d`'s party and shares SHARED_ROOTS key-word roots with `clause`, or None."""
    party = {w for w in party_words(d, names) if not is_place(w)}
    # a long description names several parties, not the speaker's one (`A VOA Extremism Watch
    # Desk reporter Nisan Ahmado's source inside the Rukban camp, a Syrian refugee ...`,
    # enC-polygraph-1): its words would find claims about any of them
    if not party or len(party) > MAX_PARTY_WORDS:
        return None
    start = d.content[0].start
    echo = _key_roots(clause)
    best, best_gap = None, WINDOW + 1
    for a in candidates:
        gap = start - a.content[0].start
        if a is d or (gap <= 0 if before_only else gap == 0) or abs(gap) >= best_gap \
                or a.stance in ("deny", "ask") or a.certainty not in DISPUTABLE \
                or same_party(a, d) or nested(a, d) or own_side(a, d, names) or _unnamed_voice(a):
            continue
        said = _content(a)
        named = set(NAME_WORD.findall(said)) & party
        if not named:
            continue
        if len(echo & _key_roots(said)) >= SHARED_ROOTS:
            best, best_gap = a, abs(gap)
    return best


def _dispute(d: Attribution, claim: Attribution) -> None:
    d.target = claim.id
    claim.certainty = "disputed"


def deny_echoing_answers(attributions: list[Attribution], names: Callable[[str], list[str]],
                         is_place: Callable[[str], bool]) -> None:
    """A neutral answer negating an event a claim about its party stated just before is a
    denial of that claim, which becomes disputed (see the module's docstring)."""
    spoken = [a for a in attributions if a.content and a.source is not None]
    for d in spoken:
        if d.stance != "assert" or any(c.text.lower() in RULING_CUES for c in d.cue):
            continue
        clause = _first_clause(d.content[0].text)
        if not EMPHATIC.search(clause) or not _negates_event(clause):
            continue
        claim = _echoed_claim(d, clause, spoken, names, is_place, before_only=True)
        if claim is not None:
            d.stance = "deny"
            _dispute(d, claim)


def dispute_echoed_claims(attributions: list[Attribution], names: Callable[[str], list[str]],
                          is_place: Callable[[str], bool]) -> None:
    """A denial that links no claim disputes a claim about its party, before or after it, that
    its first clause echoes (see the module's docstring)."""
    spoken = [a for a in attributions if a.content and a.source is not None]
    for d in spoken:
        if d.stance != "deny" or d.target is not None:
            continue
        clause = _first_clause(_content(d))
        # a denial by its verb (`denied`, `rejected`) or by an emphatic negation; a deny row of
        # another shape (`countered`, `challenging him over`) answers too loosely to be linked
        if not denial_cued(d) and not (EMPHATIC.search(clause) and _negates_event(clause)) \
                or _turns_down_proposal(clause):
            continue
        claim = _echoed_claim(d, clause, spoken, names, is_place, before_only=False)
        if claim is not None:
            _dispute(d, claim)
