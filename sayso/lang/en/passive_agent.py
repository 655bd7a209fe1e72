"""The named agent of a passive speech act is its source: `Corbyn, a stolid socialist, is accused
by critics of promoting high-tax policies` (en-ap-2), `He was told by police that his car had been
found`, `The minister was urged by campaigners to drop the plan`.

ANNOTATION.md: the source is "the exact text span naming the source where it is stated"; in a
passive the one who accuses, tells or urges stands in the `by` phrase, not in the subject (the
subject is the one accused or told). The tagger, trained on active frames, reads the participle
as a cue with no source and runs the content on from `by` (`is accused` | `by critics of
promoting ...`: en-ap-2 gold has source `critics`, cue `is accused by`). `agentless.py` already
keeps the agentless forms (`The party was accused of ...`) sourceless and `anonymous`; this
module handles the same participles when a `by` phrase names the agent.

Only a sourceless candidate whose cue ends in a form of *be* (an adverb may follow it) and a
participle of a speech act, with `by`, a short noun phrase and then the word that opens what was
said (`of`, `for`, `that`, `to`, `over`, `as`) or a comma. The quoting frames (`was quoted by
RIA Novosti as saying`), where the `by` phrase is a channel, are `passive_frames.py`'s and never
reach here (their participles are not in the list).
"""

from __future__ import annotations

from .rules import Candidate
from .tokens import Token

BE_FORMS = frozenset({"is", "was", "were", "are", "been", "being", "be"})
# Participles of speech acts whose `by` phrase names the speaker (not `quoted`/`cited`, whose
# `by` phrase is the channel: passive_frames.py).
SPEECH_PARTICIPLES = frozenset({
    "accused", "criticised", "criticized", "urged", "warned", "told", "asked", "praised",
    "condemned", "blamed", "slammed", "attacked", "informed", "assured", "reminded", "advised",
    "branded", "labelled", "labeled", "described", "hailed", "lauded", "rebuked", "reprimanded",
    "denounced", "castigated", "chided", "faulted", "commended", "thanked", "called",
})
# Words that close the agent and open what was said (`accused by critics of`, `told by police
# that`, `urged by campaigners to`, `criticised by fans for`, `hailed by X as`).
AFTER_AGENT = frozenset({"of", "for", "that", "to", "over", "as", ","})
MAX_AGENT = 6  # words of the agent's noun phrase (`the UK's Confederation of British Industry`)


def agent_source(tokens: list[Token], lower: list[str], cand: Candidate) -> None:
    """Give a sourceless `cand` the agent of its passive cue as source (the cue takes `by`, the
    content starts after the agent), in place; nothing unless the shape of the module docstring
    holds."""
    if cand.source is not None or not cand.cue or len(cand.content) != 1:
        return
    a, b = cand.cue[-1]
    c0, c1 = cand.content[0]
    p = b - 1
    if lower[p] == "by":  # the tagger may take `by` into the cue
        p, k = p - 1, p
    elif c0 == b and b < len(lower) and lower[b] == "by":
        k = b
    else:
        return
    if p < a or lower[p] not in SPEECH_PARTICIPLES:
        return
    be = p - 1
    while be >= a and lower[be].endswith("ly") and lower[be] not in BE_FORMS:
        be -= 1  # `is widely criticised by`
    if be < a or lower[be] not in BE_FORMS:
        return
    end = next((m for m in range(k + 1, min(c1, k + 2 + MAX_AGENT)) if lower[m] in AFTER_AGENT), None)
    if end is None or end == k + 1 or end + 2 > c1 or not tokens[k + 1].text[:1].isalnum():
        return
    if any(not t.text[:1].isalnum() and t.text not in ("'s", "’s", "-", "&") for t in tokens[k + 1:end]):
        return
    cand.source = (k + 1, end)
    cand.cue[-1] = (a, k + 1)
    cand.content[0] = (end + (lower[end] in ("that", ",")), c1)
