"""The channel a verb coordinated after `and` shares with the verb before it (issue #11: via).

`People Before Profit-Solidarity TD Richard Boyd Barrett told the Dáil that Mothers Against
Genocide protesters were "arrested very, very violently in some cases" and repeated an
allegation ...` (enM-britpanorama-1 gold: both rows have the via `Dáil`), `In the video, Chaves
announced the creation of a commission ... and, at the same time, committed to eradicate gender
violence` (enD-ticotimes-1 gold: both have `video`): the second verb has no subject of its own,
so it speaks in the same act as the first, to the same addressee and through the same medium
(ANNOTATION.md: "the addressee or medium of speech is a via"). The channel readers of `via.py`
look at one cue's clause; the second verb's clause starts after the first one's content, where
no channel stands.

Only a row without channels of its own, whose cue follows the first row's content with nothing
but `and` between (closing quotation marks, a comma, `also`/`further`, or one
comma-enclosed adverbial such as `, at the same time,`), with the same source mention or the same
speaker, takes the first row's channels. `but` is no such join: `She said he never robbed
anyone, but told reporters ...` (the channel of the second verb is not the first's, and the
other way round); nor are `and then` (a later act, perhaps elsewhere) and a verb that names its
own medium (`tweeted`, `posted`, `wrote`).
"""

from __future__ import annotations

import re

from ...model import Attribution, EntitySpan
from .outlets import channel_words

# What may stand between the first row's content and the coordinated cue.
_JOIN = re.compile(r"[\s”\"’',]*,?\s*and\s+(?:(?:also|further)\s+|,[^,.;:“”\"]{1,40},\s*)?",
                   re.IGNORECASE)


def _same_speaker(a: Attribution, b: Attribution) -> bool:
    if a.source is None or b.source is None:
        return False
    if (a.source.start, a.source.end) == (b.source.start, b.source.end):
        return True
    return a.source.entity is not None and a.source.entity == b.source.entity


def share_coordinated_channels(result: list[Attribution], text: str) -> None:
    """Give each row without channels whose cue is coordinated by `and` right after another
    row's content, for the same speaker, that row's channels (module docstring), in place."""
    with_via = [a for a in result if a.via and a.cue and a.content]
    if not with_via:
        return
    # cue verbs that name their own medium (`tweeted`, `posted`): channels.json `own_medium_verbs`
    own_medium = channel_words().own_medium_verbs
    for b in result:
        if b.via or not b.cue or b.source is None or b.cue[0].text.split()[0].lower() in own_medium:
            continue
        at = b.cue[0].start
        for a in with_via:
            end = a.content[-1].end
            if a is b or not end <= at or at - end > 60 or not _same_speaker(a, b):
                continue
            if _JOIN.fullmatch(text, end, at) is None:
                continue
            # (only channels named before the second verb: one after it is in its own clause)
            b.via = [EntitySpan(v.start, v.end, v.text, v.entity) for v in a.via if v.end <= at]
            break
