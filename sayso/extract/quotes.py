"""Quotation pairing and quote-aware sentence splitting (language-independent core).

Public API (stable; the English extractor may import it):

- `pair_quotes(text) -> list[Quote]`: the quotation pairs of `text`, in order of their opening
  mark. Handles “” 「」 『』 ‘’ and straight "" and real-world damage: a closing mark typed as an
  opening one (“歪曲“), a space before the closer, unbalanced marks (what can be paired is
  paired; the rest is ignored, never an exception). 《》 are titles, not quotes.
- `split_sentences(text, quotes=None) -> list[tuple[int, int]]`: sentence spans
  (start, end-exclusive, leading whitespace excluded). A sentence ends at 。！？!? (and ；
  is *not* an end) outside quotation marks, and at a line break. A quotation that ends in a
  terminal mark (“……。”) ends the sentence unless the quotation opened the sentence (the
  attribution tail “……。”他说 then stays in the same sentence).
- `QuoteIndex`: fast "which quotation encloses this offset" look-ups.

Only the special characters are visited (one compiled regex), so the cost is linear in the
number of marks, not of characters. The pairing is a small stack automaton in the manner of
the quotation handling of pySBD (Sadvilkar & Neumann, 2020), extended for Chinese typography.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENERS = {"“": "”", "「": "」", "『": "』", "‘": "’", "﹁": "﹂", "﹃": "﹄"}
CLOSERS = {v: k for k, v in OPENERS.items()}
STRAIGHT = '"'
TERMINALS = "。！？!?…"
_MARKS = re.compile(r'[“”「」『』‘’﹁﹂﹃﹄"\n。！？!?]')
# Characters after which a repeated opener is read as a closer typed wrongly (“歪曲“。).
_AFTER_CLOSER = set("，。！？；：、,.!?;: \u3000\n)）】」』”’")


@dataclass(frozen=True)
class Quote:
    """One quotation: marks at `open` and `close`; the quoted text is text[open + 1:close]."""

    open: int
    close: int

    @property
    def inner_start(self) -> int:
        return self.open + 1

    @property
    def inner_end(self) -> int:
        return self.close

    def contains(self, pos: int) -> bool:
        """True when `pos` lies strictly inside the quoted text."""
        return self.open < pos < self.close


def _is_wordlike(ch: str) -> bool:
    return ch.isalnum()


def pair_quotes(text: str) -> list[Quote]:
    """Pair the quotation marks of `text` (see the module docstring for the repair rules)."""
    stack: list[tuple[str, int]] = []  # (opening mark, offset)
    pairs: list[Quote] = []
    straight_open: int | None = None
    n = len(text)
    for m in _MARKS.finditer(text):
        ch = m.group()
        i = m.start()
        if ch == "\n":
            # A quotation may run over paragraphs only when the next paragraph reopens it
            # (the Chinese convention) or it closes later; keep it open but forget straight
            # quotes, which never span paragraphs in practice.
            straight_open = None
            continue
        if ch in "。！？!?":
            continue
        if ch == STRAIGHT:
            if straight_open is None:
                straight_open = i
            else:
                pairs.append(Quote(straight_open, i))
                straight_open = None
            continue
        if ch in OPENERS:
            nxt = text[i + 1] if i + 1 < n else "\n"
            if stack and stack[-1][0] == ch and (nxt in _AFTER_CLOSER):
                # “歪曲“。 — a closing mark typed as an opening one.
                _, start = stack.pop()
                pairs.append(Quote(start, i))
                continue
            if stack and stack[-1][0] == ch and _continues_paragraph(text, stack[-1][1], i):
                # A quotation reopened at the start of the next paragraph: keep the first.
                continue
            stack.append((ch, i))
            continue
        # a closing mark
        opener = CLOSERS[ch]
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == opener:
                start = stack[depth][1]
                del stack[depth:]
                pairs.append(Quote(start, i))
                break
    pairs.sort(key=lambda q: q.open)
    return pairs


def _continues_paragraph(text: str, open_at: int, i: int) -> bool:
    """True when the opener at `i` starts a paragraph and the quote at `open_at` is unclosed."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u3000":
        j -= 1
    return j >= 0 and text[j] == "\n" and text.count("\n", open_at, i) >= 1


class QuoteIndex:
    """Answers which quotation encloses an offset (innermost first) in O(log n)."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.open)
        self._opens = [q.open for q in self.quotes]
        self._closes = [q.close for q in self.quotes]

    def enclosing(self, pos: int) -> Quote | None:
        """The innermost quotation whose quoted text contains `pos`, or None."""
        k = bisect.bisect_left(self._opens, pos) - 1
        closes = self._closes
        # Walk back over earlier quotations (all open before `pos`), the nearest first;
        # nesting depth is tiny in news text, so eight steps suffice.
        for j in range(k, max(k - 8, -1), -1):
            if pos < closes[j]:
                return self.quotes[j]
        return None

    def starting_at(self, pos: int) -> Quote | None:
        """The quotation whose opening mark stands at `pos`."""
        k = bisect.bisect_left(self._opens, pos)
        if k < len(self._opens) and self._opens[k] == pos:
            return self.quotes[k]
        return None

    def ending_at(self, pos: int) -> Quote | None:
        """The quotation whose closing mark stands at `pos`."""
        for q in self.quotes[max(0, bisect.bisect_left(self._opens, pos) - 64):]:
            if q.close == pos:
                return q
            if q.open > pos:
                break
        return None

    def inside(self, start: int, end: int) -> list[Quote]:
        """Quotations lying entirely within [start, end)."""
        k = bisect.bisect_left(self._opens, start)
        out = []
        while k < len(self.quotes) and self.quotes[k].open < end:
            if self.quotes[k].close < end:
                out.append(self.quotes[k])
            k += 1
        return out


def split_sentences(text: str, quotes: list[Quote] | None = None) -> list[tuple[int, int]]:
    """Sentence spans of `text`: terminal marks outside quotations and line breaks end them."""
    if quotes is None:
        quotes = pair_quotes(text)
    open_at = {q.open: q for q in quotes}
    close_at = {q.close: q for q in quotes}
    spans: list[tuple[int, int]] = []
    start = 0
    depth_until = -1  # inside a quotation until this offset (its closing mark)
    pos_iter = re.finditer(r"[\n。！？!?…“”「」『』‘’\"﹁﹂﹃﹄]", text)
    n = len(text)

    def emit(end: int) -> None:
        s = start
        while s < end and text[s] in " \t\u3000\r\n":
            s += 1
        e = end
        while e > s and text[e - 1] in " \t\u3000\r\n":
            e -= 1
        if e > s:
            spans.append((s, e))

    for m in pos_iter:
        i = m.start()
        ch = m.group()
        if i in open_at and i > depth_until:
            depth_until = open_at[i].close
            continue
        if i < depth_until:
            continue
        if ch == "\n":
            emit(i)
            start = i + 1
            continue
        if i in close_at:
            q = close_at[i]
            if text[i - 1] in TERMINALS and not _opens_sentence(text, start, q.open):
                emit(i + 1)
                start = i + 1
            continue
        if ch in TERMINALS:
            end = i + 1
            while end < n and text[end] in TERMINALS:
                end += 1
            if end < n and text[end] in CLOSERS and (end in close_at or end not in open_at):
                end += 1
            emit(end)
            start = end
    emit(n)
    return _bounded(text, spans)


# Longer "sentences" are damage (no punctuation, a runaway quotation); cutting them keeps the
# per-sentence work of the extractors bounded, so analysis time stays linear in the text.
MAX_SENTENCE_CHARS = 2000
_SOFT_BREAKS = "，；：,;、 \u3000"


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with every span longer than MAX_SENTENCE_CHARS cut at clause punctuation
    (or, failing that, anywhere) into pieces of at most that length."""
    if all(e - s <= MAX_SENTENCE_CHARS for s, e in spans):
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > MAX_SENTENCE_CHARS:
            limit = s + MAX_SENTENCE_CHARS
            cut = max(text.rfind(ch, s + MAX_SENTENCE_CHARS // 2, limit) for ch in _SOFT_BREAKS)
            cut = cut + 1 if cut > s else limit
            out.append((s, cut))
            s = cut
        if e > s:
            out.append((s, e))
    return out


def _opens_sentence(text: str, start: int, quote_open: int) -> bool:
    return not text[start:quote_open].strip(" \t\u3000\r\n")
