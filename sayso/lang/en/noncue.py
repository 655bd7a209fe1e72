"""English cue padding and non-attributions: what a cue tagger or pattern takes for reporting
but is not (issue #11; `shared/eval/ANNOTATION.md`: the cue is the reporting words only).

- **Padding**: a reporting verb with what follows it in the span (`said this month`, `said in
  an interview`, `said:`, `saying in a tweet on Friday:`) is cut to the verb; the channel and
  the time are read elsewhere (`en_via`), not in the cue.
- **Non-attributions**: a discourse imperative opening the sentence (`Now consider what we
  know`, `Remember what ...`), a market move (`the Nasdaq added 20.72 points`), a refusal
  to speak (`declined to comment`, `did not respond to requests for comment`), a verification
  hedge (`it was not possible to verify the claim`), a byline (`X reported from Seoul`), a
  picture that shows something (`The video shows`, `a photo showing`), `add to` a noun of
  quantity or trouble (`adding to a mounting series of problems`), a by-phrase alone after a
  participle (`sources cited by DigiTimes`, `responded by settling`), a phrasal verb that is not
  saying (`showed off the new machine`, `looked at the impact`), the sporting `concede` (`concede
  two goals`), a wish, plan or decision to act (`plans to cut its emissions`, `decided to move
  the game`: the source's act, not its statement; ANNOTATION.md), a vote (`voted against the
  amendment`), knowing what or how (`no one knows just how much ...`), posting a
  picture (`posted an image of Mourinho`), seeming (`appears to prevent that`), a failure to
  answer (`failed to answer the invitation`), a possessed noun cue that is the subject of the
  verb after it (`CNN's reporting is discrediting ...`). Words are data in
  `sayso/lang/en/non_cues.json`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .lexicon import lexicon

Range = tuple[int, int]
# Finite verbs that open a clause's predicate: after a possessed noun cue (`CNN's reporting is`)
# the noun is their subject.
FINITE_VERBS = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would",
                          "could", "can", "may", "might", "should", "must"})


@dataclass(frozen=True)
class NonCueWords:
    reporting_verbs: frozenset[str]
    padding_starts: frozenset[str]
    imperatives: frozenset[str]
    discourse_openers: frozenset[str]
    quantity_verbs: frozenset[str]
    refusals: frozenset[str]
    byline_verbs: frozenset[str]
    action_verbs: frozenset[str]
    event_objects: frozenset[str]
    verification_words: frozenset[str]
    negations: frozenset[str]
    depiction_verbs: frozenset[str]
    depictions: frozenset[str]
    noun_markers: frozenset[str]
    noun_use_cues: frozenset[str]
    time_openers: frozenset[str]
    time_heads: frozenset[str]
    time_fillers: frozenset[str]
    generic_pronouns: frozenset[str]
    generic_modals: frozenset[str]
    worth_cues: frozenset[str]
    fragment_source_ends: frozenset[str]
    quantity_words: frozenset[str]
    discourse_phrases: frozenset[str]
    disclosure_verbs: frozenset[str]
    naming_words: frozenset[str]
    naming_auxiliaries: frozenset[str]
    authoring_verbs: frozenset[str]
    agent_participles: frozenset[str]
    concede_verbs: frozenset[str]
    sport_objects: frozenset[str]
    aspectual_verbs: frozenset[str]
    unavailability_words: frozenset[str]
    non_speech_phrasals: frozenset[str]
    contribution_verbs: frozenset[str]
    contribution_objects: frozenset[str]
    intention_verbs: frozenset[str]
    source_naming_words: frozenset[str]
    vote_verbs: frozenset[str]
    knowledge_verbs: frozenset[str]
    knowledge_questions: frozenset[str]
    posting_verbs: frozenset[str]
    evidential_verbs: frozenset[str]
    failure_words: frozenset[str]


@lru_cache(maxsize=1)
def non_cue_words() -> NonCueWords:
    """The bundled words (loaded once per process)."""
    data = json.loads(resources.files("sayso.lang.en").joinpath("non_cues.json").read_text("utf-8"))
    return NonCueWords(**{k: frozenset(v) for k, v in data.items() if not k.startswith("_")})


def trim_cue(lower: list[str], cue: list[Range]) -> list[Range]:
    """Cue ranges without padding after a reporting verb, and without a final colon."""
    words = non_cue_words()
    out = []
    for a, b in cue:
        k = next((i for i in range(a, b) if lower[i] in words.reporting_verbs), None)
        if k is not None and k + 1 < b and lower[k + 1] in words.padding_starts:
            b = k + 1
        while b - a > 1 and lower[b - 1] in (":", ","):
            b -= 1
        out.append((a, b))
    return out


def possessed_subject(lower: list[str], cue: list[Range], content: list[Range],
                      source: Range | None) -> bool:
    """`Kenya's Interior Minister ... believes CNN's reporting is discrediting Kenya's status`
    (enH-sbs-1, SBS 2016): a one-word noun cue right after its possessor source, whose content
    opens with a finite verb, is the subject of that verb, not a frame of a clause."""
    if source is None or len(cue) != 1 or not content:
        return False
    a, b = cue[0]
    c0 = min(r[0] for r in content)
    return source[1] == a and b - a == 1 and c0 == b < len(lower) and lower[c0] in FINITE_VERBS \
        and lower[source[1] - 1].endswith(("'s", "’s"))


def is_non_attribution(lower: list[str], cue: list[Range], content: list[Range],
                       has_source: bool, sentence_first: int, source: Range | None = None,
                       in_quotation: bool = False) -> bool:
    """Whether a candidate is one of the non-attributions of the module docstring."""
    return non_attribution_reason(lower, cue, content, has_source, sentence_first, source,
                                  in_quotation) is not None


def non_attribution_reason(lower: list[str], cue: list[Range], content: list[Range],
                           has_source: bool, sentence_first: int, source: Range | None = None,
                           in_quotation: bool = False) -> str | None:
    """The class of non-attribution a candidate belongs to (a short name), or None.

    `source` is the source's token range and `in_quotation` whether the cue stands inside a
    quotation (a speaker's words, where `you` is the addressee). The
    names are stable so that `benchmarks/noncue_firings.py` can count each class on
    PolNeAR train and on fresh pages."""
    if not cue or not content:
        return None
    words = non_cue_words()
    a, b = cue[0][0], cue[-1][1]
    start = sentence_first
    while start < b and lower[start] in words.discourse_openers:
        start += 1
    if not has_source and a >= sentence_first and start < b and lower[start] in words.imperatives \
            and all(lower[i] in words.discourse_openers for i in range(sentence_first, start)):
        return "imperative"  # `Now consider what we know ...`
    if source is not None and source[1] - source[0] == 1 and source[1] == a and not in_quotation \
            and lower[source[0]] in words.generic_pronouns and lower[a] in words.generic_modals:
        return "generic"  # `You can reductively call it ...`, `you may want to check ...`
    if source is not None and source[1] <= a and lower[source[1] - 1] in words.fragment_source_ends \
            and b - a == 1 and lower[a] in words.reporting_verbs | words.noun_use_cues | VERBAL_NOUNS:
        return "fragment"  # `the thinking goes, ...`, `Quick access to Siri by saying "Hey Siri"`
    if _in_discourse_phrase(lower, a, words.discourse_phrases):
        return "discourse"  # `That said, ...`, `Which is not to say that ...`
    first = lower[a]
    if first in words.depiction_verbs and any(
            lower[k] in words.depictions for k in range(max(sentence_first, a - 3), a)):
        return "depiction"  # `The video shows the tense moments`: a picture, not a statement
    cue_words = {lower[i] for r in cue for i in range(*r)}
    if cue_words & words.verification_words and cue_words & words.negations:
        return "verification"  # `It was not possible to independently verify the group's claim`
    c0 = min(r[0] for r in content)
    if cue_words & words.disclosure_verbs and cue_words & words.negations \
            and lower[c0] != "that" and not (c0 > 0 and lower[c0 - 1] in QUOTES):
        return "withheld"  # `It did not reveal the crash location`
    c1 = max(r[1] for r in content)
    after = lower[c0] if c0 < len(lower) else ""
    if possessed_subject(lower, cue, content, source):
        return "subject"  # `believes CNN's reporting is discrediting Kenya's status`
    quoted = c0 > 0 and lower[c0 - 1] in QUOTES
    verb = next((lower[i] for i in range(a, b) if lower[i] in words.action_verbs), None)
    if verb is not None and after not in ("that", *QUOTES) and c0 > a:
        return "action"  # `pleaded guilty to lying`, `invited a historian to Berlin`
    if b - a >= 2 and " ".join(lower[b - 2:b]) in words.non_speech_phrasals and not quoted \
            and after != "that":
        return "phrasal"  # `showed off the new machine`, `The report looked at the impact of ...`
    if lower[b - 1] in words.aspectual_verbs and not quoted and c0 >= b and after != "that" \
            and _action_complement(lower, b):
        return "aspectual"  # `people began using them for business`, `continue to escalate`
    if lower[b - 1] in words.intention_verbs and not quoted and c0 >= b and after != "that" \
            and _action_complement(lower, b):
        return "intention"  # `Microsoft plans to cut its emissions`, `decided to move the game`
    if not quoted and c0 >= b and (
            b - a >= 2 and lower[b - 1] in ("for", "against") and lower[b - 2] in words.vote_verbs
            or lower[b - 1] in words.vote_verbs and _action_complement(lower, b)):
        return "vote"  # `senators voted against Deonarine's amendment`, `voted to hold him in contempt`
    if lower[b - 1] in words.knowledge_verbs and not quoted and c0 >= b \
            and any(w in words.knowledge_questions for w in lower[c0:min(c1, c0 + 2)]):
        return "knowledge"  # `no one knows just how much disruption ...`, `know what to make of`
    if lower[b - 1] in words.posting_verbs and not quoted and c0 >= b \
            and any(w in words.depictions for w in lower[c0:min(c1, c0 + 3)]):
        return "posting"  # `Tottenham posted an image of Mourinho holding up a shirt`
    if lower[b - 1] in words.evidential_verbs and not quoted and c0 >= b and lower[c0] == "to" \
            and _action_complement(lower, b):
        return "evidential"  # `snacks made with peanuts ... appears to prevent that`
    if any(lower[i] in words.failure_words and lower[i + 1] == "to" for i in range(a, b - 1)):
        return "refusal"  # `The lawmakers, however, failed to answer the invitation`
    if lower[b - 1] in words.concede_verbs and not quoted and c0 >= b and after != "that" \
            and any(lower[k] in words.sport_objects for k in range(c0, min(c1, c0 + 4))):
        return "sport"  # `If you concede two goals from corners`, `conceded a penalty`
    if lower[b - 1] in words.contribution_verbs and len(cue) == 1 and b - a <= 2 and not quoted \
            and _contributes_to(lower, b, words.contribution_objects):
        return "contribution"  # `adding to a mounting series of problems`, `added to the pressure`
    if after == "by" and c0 == b and c1 - c0 <= 12 and lower[b - 1] in words.agent_participles \
            and not any(w in ("that", "said", "says") for w in lower[c0:c1]):
        return "agent"  # `industry sources cited by Taiwanese publication DigiTimes`, `responded
        # by settling a dispute`: a content that is only the by-phrase after a participle is its
        # agent or its manner
    if any(" ".join(lower[c0:c0 + n]) in words.event_objects for n in (1, 2, 3, 4)
           if c0 + n <= c1 and (c0 + n == c1 or not lower[c0 + n][:1].isalpha()
                                 or lower[c0 + n] in ("to", "in", "on", "for", "with", "after"))):
        return "event"  # `declared martial law`, `has agreed a deal to replace ...`
    if first in words.quantity_verbs and c0 >= b and (after[:1].isdigit() or after in words.quantity_words
                                          or " ".join(lower[c0:c0 + 2]) in words.quantity_words):
        return "quantity"  # `.IXIC added 20.72 points`, `Marchand added three assists` (a clause
        # before the cue is reported: `50,000 jobs were created ..., Rahmani added`)
    if first in words.refusals and after == "to" and c0 + 1 < len(lower) \
            and lower[c0 + 1] in ("comment", "elaborate", "respond"):
        return "refusal"  # `declined to comment`
    if after == "comment" and cue_words & words.unavailability_words:
        return "refusal"  # `were unavailable for comment`
    if first in words.byline_verbs and b < len(lower) and lower[b] == "from" \
            and b + 1 < len(lower) and lower[b + 1][:1].isalpha() and c0 >= b:
        return "byline"  # `reported from Seoul`
    if b - a == 1 and a > sentence_first and lower[a - 1] in words.noun_markers \
            and first in words.noun_use_cues:
        return "noun"  # `In search of answers`, `an estimated 6,500`, `10-year notes`
    if a > sentence_first and lower[a - 1] == "worth" and first in words.worth_cues:
        return "aside"  # `It's worth noting, though, that those figures are ...`
    if not quoted and c0 >= b and _time_only(lower, c0, c1, words):
        return "time"  # `The first two illnesses were confirmed on November 12.`
    if not has_source and not quoted and cue_words & words.naming_words \
            and (lower[b - 1] in words.naming_words or lower[b - 1] == "as") and after != "to" \
            and "," not in lower[c0:c1] and "by" not in lower[c0:c1] \
            and cue_words <= words.naming_words | words.naming_auxiliaries:
        return "naming"  # `It was known as the "Black Death"`, `a forum called "XDA Developers"`
    if not quoted and after not in ("that", "by") and "by" not in lower[c0:c1] \
            and lower[b:b + 1] != ["that"] and _source_naming(lower, a, b, words):
        return "naming"  # `Peters was later named imperial high commissioner`, `is known for`
    if not quoted and first in words.authoring_verbs and c0 == b and after in ("a", "an"):
        return "work"  # `he wrote a short play based on the invitation`
    return None


# -ing forms of saying and thinking that follow an article or a preposition as nouns or gerunds.
VERBAL_NOUNS = frozenset({"thinking", "saying", "asking", "telling", "writing"})

QUOTES = ('"', "“", "”", "''", "``", "‘", "'")


def _in_discourse_phrase(lower: list[str], a: int, phrases: frozenset[str]) -> bool:
    """Whether token `a` lies inside one of the discourse idioms (`that said ,`)."""
    for n, of_length in _by_length(phrases):
        for k in range(max(0, a - n + 1), a + 1):
            if " ".join(lower[k:k + n]) in of_length:
                return True
    return False


@lru_cache(maxsize=8)
def _by_length(phrases: frozenset[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The idioms grouped by their number of words: one window join per length and start,
    not one per idiom (the loop ran for every cue of every article)."""
    groups: dict[int, set[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase.count(" ") + 1, set()).add(phrase)
    return tuple((n, frozenset(group)) for n, group in sorted(groups.items()))


def _action_complement(lower: list[str], k: int) -> bool:
    """Whether a verb follows at `k` (`to` + verb, or an -ing form) and is no cue of the lexicon:
    `began using`, `continue to escalate` (not `continued to refute`, `began by saying`)."""
    infinitive = k < len(lower) and lower[k] == "to"
    k += infinitive
    if k >= len(lower) or not lower[k].isalpha() or not (infinitive or lower[k].endswith("ing")):
        return False  # `began Sunday with a tweet`, `continued his remarks`: no verb follows
    return lexicon().match_cue(lower, k) is None


def _contributes_to(lower: list[str], k: int, objects: frozenset[str]) -> bool:
    """Whether `to` at `k` opens a noun phrase with one of `objects` in its first six words
    (`add to the woes`, `adding to a mounting series of problems`: contributing; `add to
    reporters that ...`: speaking)."""
    if k >= len(lower) or lower[k] != "to":
        return False
    for w in lower[k + 1:k + 7]:
        if w in objects:
            return True
        if not w[:1].isalpha() or w in ("that", "which", "who", "and"):
            return False
    return False


def _source_naming(lower: list[str], a: int, b: int, words: NonCueWords) -> bool:
    """Whether the cue `a:b` is only auxiliaries and a naming participle (`was later named`,
    `is known for`, `otherwise known as`): a name, an appointment or a reputation."""
    end = b - 1 if lower[b - 1] in ("as", "for") and b - a >= 2 else b
    return lower[end - 1] in words.source_naming_words and all(
        lower[i] in words.naming_auxiliaries for i in range(a, end - 1))


def _time_only(lower: list[str], c0: int, c1: int, words: NonCueWords) -> bool:
    """Whether the content is only a time phrase (`on November 12`, `earlier this year`): the
    reporting verb's date or adverbial taken for what was said."""
    span = lower[c0:c1]
    return bool(span) and span[0] in words.time_openers and any(
        w in words.time_heads or w[:1].isdigit() for w in span) and all(
        w in words.time_openers or w in words.time_heads or w in words.time_fillers
        or w[:1].isdigit() for w in span)


TIME_PADDING = frozenset({"this", "last", "on", "earlier", "later", "in", "late", "early", "week",
                          "month", "year", "morning", "afternoon", "evening", "night", "monday",
                          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                          "today", "yesterday", "tonight"})
# The words of TIME_PADDING that name a time on their own (`this`, `in` do not).
TIME_NOUNS = TIME_PADDING - {"this", "last", "on", "earlier", "later", "in", "late", "early"}


def content_after_time(lower: list[str], content: list[Range]) -> list[Range]:
    """`said this month that China must ...`: a content that opens with the cue's time phrase
    starts at its `that`."""
    if not content:
        return content
    a, b = content[0]
    k = a
    while k < b and k - a < 5 and lower[k] in TIME_PADDING:
        k += 1
    if k > a and k < b and lower[k] == "that":
        return [(k, b), *content[1:]]
    return content
