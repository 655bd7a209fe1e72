"""Where a source written after its cue ends (`"...," says X, ...`).

A source after the cue is read up to the sentence end by the tagger and the apposition rules,
and then sometimes carries words that do not name the speaker. ANNOTATION.md wants "the exact
text span naming the source"; the gold of the open English sets ends it:

- before a sentence end inside it (`says Yunfan Gerry Zhang, who studies FRBs at the University
  of California, Berkeley. No one ...`, enC-nature-1) and without the sentence's full stop
  (`..., Germany.`), an abbreviation's stop kept (`Tempus Inc.`);
- before the medium or occasion of the speech (`said Lukas Stefanko with ESET in a Monday
  analysis of the ransomware`, en-threatpost-1; `writes Michael Oppenheimer, a climate scientist
  at Princeton University, over email`, en-time-1): a setting preposition and a channel noun
  (`via_channels`, `email`, `analysis`) within four words of it;
- before a relative clause without a comma after a name (`said Leigh Sears who is the Lake
  Berryessa concessions manager`, enD-kgo-1): the name names the speaker; a relative clause
  that picks out a description (`county officials who spoke about the project`) stays.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .tokens import Token

Range = tuple[int, int]

SETTING = frozenset({"in", "on", "over", "via", "by", "during", "at"})
CHANNEL_EXTRA = frozenset({"email", "e-mail", "analysis", "blog", "phone", "telephone", "call",
                           "conference", "column", "editorial", "commentary", "note",
                           "filing", "message", "text"})
STOP_ABBREVIATIONS = frozenset({"inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr", "bros",
                                "dept", "univ", "assn", "st"})


def _channel(lower: list[str], k: int, lex: Lexicon) -> bool:
    w = lower[k]
    return w in lex.via_channels or w in CHANNEL_EXTRA or w.rstrip("s") in lex.via_channels


def tidy_after_cue(tokens: list[Token], lower: list[str], source: Range, cue_end: int,
                   lex: Lexicon) -> Range:
    """`source` (which starts at or after `cue_end`) ended as the module docstring says."""
    a, b = source
    if a < cue_end or b - a < 2:
        return source
    for k in range(a + 2, b - 1):  # a sentence end inside the span (not `Del.`, `D-N.Y.`)
        if lower[k] in (".", "!", "?") and tokens[k + 1].text[:1].isupper() \
                and tokens[k + 1].start > tokens[k].end and len(tokens[k - 1].text) > 3 \
                and lower[k - 1] not in lex.titles and lower[k - 1] not in STOP_ABBREVIATIONS:
            b = k
            break
    for k in range(a + 1, b):  # the medium or occasion of the speech
        if lower[k] in SETTING and any(_channel(lower, j, lex) for j in range(k + 1, min(b, k + 5))) \
                and not (lower[k - 1].endswith("ed") or lower[k - 1] in lex.passive_participles):
            # (not a participle's phrase: `findings published in the Quarterly Economic
            # Commentary`, `accounts corroborated by video footage` name the source)
            b = k - 1 if lower[k - 1] == "," else k
            break
    if b - a > 1 and lower[b - 1] == "." and (lower[b - 2] in STOP_ABBREVIATIONS or lower[b - 2] in lex.titles):
        pass  # `Tempus Inc.`: the abbreviation's stop
    elif b - a > 1 and lower[b - 1] in (".", ",", ";", ":"):
        b -= 1
    if b < len(lower) and lower[b] == "." and lower[b - 1] in STOP_ABBREVIATIONS \
            and tokens[b].start == tokens[b - 1].end:
        b += 1  # `Tempus Inc.` at the sentence end: one stop for both
    for k in range(a + 1, b):  # a relative clause without a comma after a name
        if lower[k] == "who" and lower[k - 1] != "," \
                and all(tokens[j].text[:1].isupper() or lower[j] == "." for j in range(a, k)):
            b = k
            break
    return (a, b) if b > a else source
