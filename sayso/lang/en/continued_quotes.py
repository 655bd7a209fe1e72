"""A quotation sentence between two frames belongs to the speaker before it (issue #11).

`"I think this signifies a change of heart at the SEC," CBI director-general Sir Digby Jones told
the BBC's Today programme. "They have been listening to us ..." The SEC said it had taken into
consideration ...`: the tagger joins the lone quotation sentence to the frame that follows it,
as if the next speaker had said it before his own indirect report. ANNOTATION.md, Boundaries: "a
statement of several sentences is one attribution up to where another speaker or the narrator
takes over": the speaker quoted in the sentence before goes on speaking; the next frame, which
has a content of its own after its cue, starts a new statement (gold `enH-bbc-4`, `enE-bbc-2`,
`enD-bbc-1`, `enD-bbc-2`: the quotation is one more part of the previous speaker's attribution).

Only a quotation that fills whole sentences right before the frame's sentence and ends on a
full stop (after `?` or `!` the sentence splitter cuts an inverted frame, `"Why's he attacking
me?" Trump said`: PolNeAR train), a frame whose source stands in its own sentence and which has
an unquoted content after its cue in that sentence (`The SEC said it had ...`), and a previous
attribution in the sentence right before the quotation (same or previous paragraph) that itself
quotes (a content part opening on a quotation mark): after an indirect report or narration the
writer's lone quotation is left as the tagger read it. Not after a dash signature
(`"..." ― Martha Aguilar`, PolNeAR dev), neither in the frame nor before: a quotation next
to a signature is the signer's.
"""

from __future__ import annotations

from bisect import bisect_right

from .rules import Candidate
from .tokens import QUOTES, Sentence, Token


def _last(c: Candidate) -> int:
    return max(r[1] for r in c.ranges()) - 1


def give_back(tokens: list[Token], lower: list[str], sentences: list[Sentence],
              found: list[Candidate]) -> None:
    """Move such quotations from the frame after them to the quoting attribution before them
    (in place)."""
    firsts = [s.first for s in sentences]

    def sent(i: int) -> int:
        return max(0, bisect_right(firsts, i) - 1)

    for cand in found:
        if len(cand.content) < 2 or not cand.cue or cand.source is None:
            continue
        (a, b), cue0 = cand.content[0], cand.cue[0][0]
        if b > cue0 or tokens[a].text not in QUOTES or not tokens[cue0].text[:1].isalpha() \
                or not any(r[0] >= cand.cue[-1][1] for r in cand.content[1:]):
            continue
        sq, sc = sent(a), sent(cue0)
        if a != sentences[sq].first or sent(b - 1) != sc - 1 or sq == 0 \
                or cand.source[0] < sentences[sc].first:
            continue
        after = next(r for r in cand.content[1:] if r[0] >= cand.cue[-1][1])
        stop = b - 1
        while stop > a and tokens[stop].text in QUOTES:
            stop -= 1
        if tokens[after[0]].text in QUOTES or sent(after[0]) != sc or lower[stop] != ".":
            continue  # `"Would it be negotiable?" Hannity pressed. "Maybe ..."`: an inverted
            # frame after a question or exclamation, whose quotations are all its own
        prev = max((c for c in found if c is not cand and c.content and sent(_last(c)) == sq - 1
                    and c.cue and tokens[c.cue[0][0]].text[:1].isalpha()
                    and any(tokens[r[0]].text in QUOTES for r in c.content)),
                   key=_last, default=None)
        if prev is None or sentences[sq].paragraph - sentences[sq - 1].paragraph > 1:
            continue
        prev.content = sorted([*prev.content, (a, b)])
        cand.content = cand.content[1:]
