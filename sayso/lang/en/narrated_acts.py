"""The author's narration of an act read as speech: drop it (issue #11, precision).

ANNOTATION.md: "The article author's own narration is NOT an attribution." A cue that no word of
the reporting lexicon covers (`inspected`, `lists`, `schooled`, `has represented`, `canvassed`:
only the tagger, trained on PolNeAR, which counts acts, takes them for cues) reports speech when
what follows is a clause, a quotation or an infinitive (`offered to ...`: a promise); with a plain
noun phrase as its content it narrates an act (`inspected the vessel`, `lists personal assets of
...`). Counts (`benchmarks/data/enprec14/classes.md`): on the open en-news sets such predictions
are 3 right of 24; PolNeAR dev's gold counts acts (82 right of 120).
"""

from __future__ import annotations

from ...model import Attribution
from .content_shape import content_shape, cue_entry

ACT_SHAPES = frozenset({"np"})


def without_narrated_acts(result: list[Attribution], text: str) -> list[Attribution]:
    """`result` without attributions whose cue is outside the lexicon and whose content is a
    plain noun phrase."""
    return [a for a in result if not _narrated_act(a, text)]


def _narrated_act(a: Attribution, text: str) -> bool:
    if not a.cue or not a.content or a.kind != "indirect":
        return False
    if cue_entry(" ".join(s.text for s in a.cue)) is not None:
        return False
    first = min(a.content, key=lambda s: s.start)
    return content_shape(text, first.start, first.end) in ACT_SHAPES
