"""Attributions whose speaker the text never names: agentless frames and unnamed questioners
are `anonymous` (round 16, conv15 D2 and D6).

ANNOTATION.md gives `anonymous` to claims that "rest on unnamed sources" and lists 据悉 and 有记者问
among the unnamed sources; the owners' zh-dev gold marks every scored agentless row `anonymous`
(cnews-479 #3, #7 被问到 with stance ask; cnews-467 #1 传出…的消息; gnews-2181912 #48 据悉). The English
constructions with the same shape (`benchmarks/data/conv15/divergences.md` D2, D6):

- a question with no asker: `Asked whether he would resign, Smith said ...`, `When asked about`,
  `He was asked if ...`;
- an agentless passive of telling or accusing: `The hearing was told ...`, `The party was accused
  of ...` (not `is accused by critics of`, whose agent is named);
- what a court or hearing heard: `The court heard how ...` (the court is the channel, the
  speaker is not named; not the passive `could be heard grousing`);
- an unnamed questioner: `a reporter asked`, `reporters asked` (有记者问).

An appeal in the passive (`Anyone with information is asked to call police`) is no question and
stays as it is.
"""

from __future__ import annotations

# Words that open what was asked (`asked whether`, `asked about`, `Asked: "..."`).
QUESTION_OPENERS = frozenset({"whether", "if", "about", "why", "what", "how", "when", "who", "where",
                              "which", ":", "“", '"', "for"})
# Passive participles of telling and accusing whose agent a `by` phrase would name.
TELLING_PARTICIPLES = frozenset({"told", "informed", "accused"})
BE_FORMS = frozenset({"is", "was", "were", "are", "been", "being", "be"})
# Heads of an unnamed questioner (`a reporter`, `one journalist`, `reporters`).
QUESTIONERS = frozenset({"reporter", "reporters", "journalist", "journalists", "correspondent",
                         "correspondents"})
QUESTIONER_DETERMINERS = frozenset({"a", "an", "one", "another", "some", "several", "other"})
ASKING = frozenset({"asked", "asks", "ask", "questioned", "pressed"})


def agentless_cue(lower: list[str], cue: list[tuple[int, int]]) -> bool:
    """Whether a cue without a source is one of the agentless frames of the module docstring.
    `lower` are the document's lower-cased tokens, `cue` its token ranges."""
    if not cue:
        return False
    words = [lower[i] for a, b in cue for i in range(a, b)]
    after = cue[-1][1]
    following = lower[after] if after < len(lower) else ""
    if "by" in words or following == "by":
        return False  # `is accused by critics of`: the agent is named
    if "asked" in words:
        return following in QUESTION_OPENERS
    if "heard" in words:
        # `The court heard how ...`, `an Election Court has heard`; not a passive `could be
        # heard grousing` (PolNeAR train), whose speakers are the subject
        k = words.index("heard")
        return k == 0 or words[k - 1] not in BE_FORMS
    return any(w in TELLING_PARTICIPLES and k > 0 and words[k - 1] in BE_FORMS
               for k, w in enumerate(words))


def unnamed_questioner(lower: list[str], source: tuple[int, int], cue: list[tuple[int, int]]) -> bool:
    """Whether the source (token range) is a reporter or reporters named by no outlet or name
    and the cue asks: `a reporter asked`, `one journalist asked`, `Reporters asked if ...`
    (有记者问). A reporter of a named outlet (`a Reuters reporter`) is left alone (no owner
    example)."""
    a, b = source
    if lower[b - 1] not in QUESTIONERS or b - a > 2 or b - a == 2 and lower[a] not in QUESTIONER_DETERMINERS:
        return False
    return any(lower[i] in ASKING for x, y in cue for i in range(x, y))


# Participles of saying whose passive hides the sayer (`is said to`, `were reported to have`,
# `it has been reported`, `is alleged to have`, `was rumoured to`); not the -ing forms after a
# report noun that nested_reports.py calls REPORTING_PARTICIPLES.
_PASSIVES_OF_SAYING = frozenset({"said", "reported", "rumoured", "rumored", "alleged", "claimed", "stated",
                                 "mentioned"})
# Adverbs that say a claim was reported by someone unnamed, like the bare 据报道.
_REPORTING_ADVERBS = frozenset({"reportedly"})
# What may stand between `be` and the participle (`is widely reported`, `has also been said`).
_BETWEEN = frozenset({"also", "widely", "now", "still", "long", "further", "previously", "already"})
_MODALS = frozenset({"can", "could", "may", "might", "must", "should", "would", "will", "shall"})


def reporting_passive(lower: list[str], cue: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The token range of an agentless passive of saying that a cue without a source ends in,
    from its `be` (or empty `it`) to its `to` or participle: `Tautou is said to be ...`,
    `Chelsea were reported to have made inquiries`, `It has been reported that ...`, `it was
    reported French actress Audrey Tautou ... will play` (BBC 2004-05 entertainment; open
    en-news enQ-bbc-3). Such a claim rests on sources the text does not name: `anonymous`
    (evaldata/en-news/README-k.md D2: `are reported to have`, `is alleged to have`; README-q.md:
    "it has been reported", "It is reported to have"; ANNOTATION.md: "anonymous (rests on
    unnamed sources)"), not `unconfirmed`, which needs the text to say that the claim could not
    be verified. Only the raising frame (`to` after the participle) or the empty `it` before
    its `be`; a passive whose agent is named (`was reported by Reuters`) or whose subject is
    what was reported (`a third case of plague was reported`) is none. None when no frame."""
    if not cue:
        return None
    k = cue[-1][1] - 1
    if lower[k] not in _PASSIVES_OF_SAYING:
        return None
    j = k - 1
    while j >= 0 and lower[j] in _BETWEEN:
        j -= 1
    if j < 0 or lower[j] not in BE_FORMS | {"'s", "’s"}:
        return None
    start = j
    while start > 0 and lower[start - 1] in BE_FORMS | {"has", "have", "had"}:
        start -= 1  # `has been`, `had been`
    if start > 0 and lower[start - 1] in _MODALS:
        return None  # `The game's drawback could be said to be its format`: the writer's own judgement
    after = lower[k + 1] if k + 1 < len(lower) else ""
    if after == "to":
        return (start, k + 2)
    if start > 0 and lower[start - 1] == "it" and after not in ("by", "as", "in", "on", "at", "for"):
        return (start - 1, k + 1)
    return None


def reporting_adverb(cue: list[tuple[int, int]], lower: list[str]) -> tuple[int, int] | None:
    """The token range of a cue that is only `reportedly` (`The attackers were reportedly
    threatening to release Ring's data`, open en-news enN-1news-1): with no source, the claim
    rests on reports the text does not name, `anonymous` as the owners' bare 据报道
    (evaldata/en-news/README-k.md D2), not `unconfirmed`, which needs the text to say the claim
    could not be verified. `allegedly` keeps a charge unproven and stays a hedge. None otherwise."""
    if len(cue) == 1 and cue[0][1] - cue[0][0] == 1 and lower[cue[0][0]] in _REPORTING_ADVERBS:
        return cue[0]
    return None
