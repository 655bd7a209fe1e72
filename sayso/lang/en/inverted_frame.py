"""`The key to Stadia's success, says Buser, is Google's built-in infrastructure`
(enC-hollywoodreporter-1; issue #11 item 5): a frame of verb-then-speaker set inside the
reported clause by commas. The tagger reads the cue and runs the content on from the speaker's
name (`Buser, is Google's ...`), leaving the attribution with no source. The name between the
cue and the next comma is the source, and the content is the clause around the frame, in two
parts (ANNOTATION.md: "content: the exact text of what was said"; the en-news gold of that
article: source `Buser`, content `The key to Stadia's success` + `is Google's built-in
infrastructure`).

Only a sourceless candidate with one cue of saying (`says`, `said`, `added`, ...) right after a
comma, a content that starts right after the cue with a capitalised name or a personal pronoun
and a comma after it, and at least two words of the clause before the frame's comma.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .rules import Candidate
from .tokens import QUOTES, Token

SAYING = frozenset({"says", "said", "adds", "added", "argues", "argued", "explains", "explained",
                    "notes", "noted", "insists", "insisted", "writes", "wrote"})
PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def repair(tokens: list[Token], lower: list[str], cand: Candidate, lo: int, lex: Lexicon) -> None:
    """Give `cand` its speaker and the two content parts around the frame, in place; nothing
    when the shape above does not hold."""
    if cand.source is not None or len(cand.cue) != 1 or len(cand.content) != 1:
        return
    a, b = cand.cue[0]
    c0, c1 = cand.content[0]
    if b - a != 1 or lower[a] not in SAYING or c0 != b or a - 3 < lo or lower[a - 1] != ",":
        return
    end = c0
    while end < c1 and end - c0 < 4 and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
        end += 1
    if end == c0 and lower[c0] in PRONOUNS:
        end = c0 + 1
    if end == c0 or end + 2 >= c1 or lower[end] != ",":
        return
    start = lo
    while start < a - 1 and tokens[start].text in QUOTES:
        start += 1
    if a - 1 - start < 2 or any(tokens[m].text in QUOTES for m in range(start, a - 1)):
        return
    after = end + 1
    if lower[after] in ("a", "an") or lower[after] in lex.descriptions or lower[after] in lex.title_words:
        # `, said Shailendra Jain, head of MMS firm Adamind, is educating people ...`: an
        # apposition after the name closes at the next comma (BBC tech 2005); not after `the`,
        # which opens the content as often (`By contrast, said Mr Hogan, the code for viruses
        # such as Gaobot, Spybot and Randex were commonly held`, BBC tech 2005)
        close = next((m for m in range(after + 1, min(c1, after + 10)) if lower[m] == ","), None)
        if close is None or close + 2 >= c1:
            return
        after = close + 1
    cand.source = (c0, end)
    cand.content = [(start, a - 1), (after, c1)]
