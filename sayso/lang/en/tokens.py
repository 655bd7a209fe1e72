"""Tokens with offsets and quote-aware sentence splitting for news English.

Why regexes and not a trained tokenizer: extraction must run at tens of articles per second
per core and keep exact character offsets for every finding; a single compiled pattern does both.
Abbreviations (Sen., Gov., U.S.) live in `sayso/lang/en/abbreviations.json`.

Sentence boundaries follow the usual news conventions (cf. Kiss & Strunk 2006, Punkt, for the
abbreviation problem): a period, question or exclamation mark ends a sentence unless it closes
a known abbreviation or an initial, and a closing quote mark right after it stays in the
sentence. Paragraph breaks always end a sentence; a paragraph that starts with an opening quote
while the previous paragraph's quote was left open (news style for quotes running over several
paragraphs) is marked `reopens_quote`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

# Words (with inner apostrophes, hyphens, periods of acronyms such as U.S.), numbers with
# separators, and any other single non-space character (punctuation, quote marks).
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"                    # U.S. / D.C. / a.m.
    r"|\w+\.[A-Za-z]{1,3}(?=\))"             # (GE.N) / (7011.T): a stock ticker, no sentence end
    r"|\d+(?:[.,:]\d+)*%?"                   # 1,200 / 3.5 / 10:30 / 45%
    r"|\w+(?:['’]\w+)*(?:-\w+(?:['’]\w+)*)*"  # words, don't, Clinton’s, well-known
    r"|''"                                   # two apostrophes: a quote mark (NYT style)
    r"|\S"
)
OPEN_QUOTES = frozenset('“‘«')
CLOSE_QUOTES = frozenset('”’»')
STRAIGHT_QUOTES = frozenset({'"', "''"})  # a straight double quote opens or closes
AMBIGUOUS_QUOTES = frozenset({'"', "'", "''"})
QUOTES = OPEN_QUOTES | CLOSE_QUOTES | AMBIGUOUS_QUOTES
ENDERS = frozenset(".?!")
_AFTER_ENDER = QUOTES | {")"}  # marks a sentence end takes along when they touch it
NO_SENTENCE_START = frozenset(",;:)%")
# Longer "sentences" are damage (no punctuation, a runaway quotation, a pasted table): cutting
# them keeps the per-sentence work of the extractors bounded, so analysis time stays linear in
# the text. PolNeAR's longest sentences have 220 tokens and 1,094 characters (train), so real
# text is never cut.
MAX_SENTENCE_TOKENS = 400
MAX_SENTENCE_CHARS = 2000
CLAUSE_BREAKS = frozenset(",;:—–")


class Token(NamedTuple):
    """A token and its offsets (a named tuple: articles have thousands, creation must be cheap)."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    first: int  # index of its first token
    last: int  # index after its last token
    paragraph: int
    reopens_quote: bool = False


@lru_cache(maxsize=1)
def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(titles, all abbreviations), lower case without the final period."""
    raw = resources.files("sayso.lang.en").joinpath("abbreviations.json").read_text("utf-8")
    data = json.loads(raw)
    titles = frozenset(data["titles"])
    return titles, titles | frozenset(data["other"])


class BoundaryWords(NamedTuple):
    """The abbreviations.json lists that decide a boundary after an abbreviation by its context."""

    before_number: frozenset[str]  # `no`: an abbreviation only before a number (`No. 10`)
    may_end: frozenset[str]  # `u.s`, `inc`, `calif`: may also end the sentence
    starters: frozenset[str]  # `The`, `He`, `But`: words that open a sentence, not a name


@lru_cache(maxsize=1)
def boundary_words() -> BoundaryWords:
    """abbreviations.json `before_number`, `may_end_sentence` and `sentence_starters`."""
    raw = resources.files("sayso.lang.en").joinpath("abbreviations.json").read_text("utf-8")
    data = json.loads(raw)
    return BoundaryWords(frozenset(data["before_number"]), frozenset(data["may_end_sentence"]),
                         frozenset(data["sentence_starters"]))


@lru_cache(maxsize=1)
def title_words() -> dict[str, str]:
    """The title each title abbreviation stands for (`gov` -> `governor`), lower case without
    the final period (abbreviations.json `title_words`)."""
    raw = resources.files("sayso.lang.en").joinpath("abbreviations.json").read_text("utf-8")
    return {k: v for k, v in json.loads(raw)["title_words"].items() if not k.startswith("_")}


def tokenize(text: str) -> list[Token]:
    """Every token of `text` with its offsets (`text[t.start:t.end] == t.text`)."""
    # `tuple.__new__` builds the same named tuple without the Python-level `Token.__new__`
    # frame (PolNeAR dev's 78,085 tokens: 0.059 -> 0.051 s).
    new = tuple.__new__
    return [new(Token, (m.start(), m.end(), m.group())) for m in TOKEN_RE.finditer(text)]


def _is_abbreviation(tokens: list[Token], i: int, abbrevs: frozenset[str]) -> bool:
    """Whether the period at `tokens[i]` closes an abbreviation or an initial."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.end != tokens[i].start:
        return False
    word = prev.text.lower()
    if word in abbrevs or word.rstrip(".") in abbrevs or word.rsplit("-", 1)[-1] in abbrevs:
        return True
    if word in boundary_words().before_number:
        # `No. 10`, `Nos. 3 and 4`; but `said no. But ...`, `"No. I mean ..."` end there.
        return i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit()
    # A single capital letter: an initial (George W. Bush), not a sentence end; but not the
    # last letter of a word the tokenizer cut (`M&S.`, `AT&T.`, `3G.`, `512K.`), unless a
    # number follows (`the S.&P. 500`).
    if len(prev.text) != 1 or not prev.text.isupper():
        return False
    before = tokens[i - 2] if i > 1 else None
    cut_word = before is not None and before.end == prev.start \
        and (before.text[-1].isalnum() or before.text == "&")
    return not cut_word or (i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit())


def ends_after_abbreviation(text: str, tokens: list[Token], i: int, word: str, begin: int) -> bool:
    """Whether the abbreviation `word` (lower case, no final period) whose period ends
    `tokens[i]` also ends its sentence: news style writes one period for both (`to enter the
    U.S. The proposal ...`, `in Santa Monica, Calif. "The reality ...`, `Warner Bros. He ...`;
    pySBD's golden rules). Only an abbreviation that may stand last (`may_end_sentence`:
    places, company suffixes, `a.m.`, `etc.`; or a dotted capital acronym such as `S.C.`; never
    a title such as `Sen.`); only before a sentence starter (`The`, `He`, `But`, after closing
    and at most one opening quote mark), never a name, so that `U.S. State Department` stays one
    sentence; and only in running text, a lower-case word in the sentence before it (which
    starts at token `begin`), so that a headline in title case (`A Green Light From The U.S. And
    Iran`) is not cut."""
    words = boundary_words()
    if word not in words.may_end and not (tokens[i].text != "." and tokens[i].text.isupper()):
        return False  # a dotted capital acronym (`S.C.`, `N.H.`) may end a sentence as `U.S.` does
    n = len(tokens)
    k = i + 1
    while k < n and tokens[k].start == tokens[k - 1].end and \
            (tokens[k].text in CLOSE_QUOTES or tokens[k].text in STRAIGHT_QUOTES):
        k += 1
    if k < n and (tokens[k].text in OPEN_QUOTES or tokens[k].text in STRAIGHT_QUOTES):
        k += 1
    if k >= n or tokens[k].text not in words.starters or "\n" in text[tokens[i].end:tokens[k].start]:
        return False
    return any(tokens[j].text[:1].islower() for j in range(begin, i))


def reopens(tokens: list[Token], i: int) -> bool:
    """Whether the straight quote mark `tokens[i]` opens a new quotation right after a sentence
    end while one is still open (`... a few months ago. "Now it's ...`): quotes running over
    several paragraphs reopen each paragraph without closing the one before, and where the
    paragraph breaks were lost (the BBC News dataset joins them) the mark must not be read as
    closing. It opens by its shape: a space before it, a word glued after it."""
    return 0 < i < len(tokens) - 1 and tokens[i].text in STRAIGHT_QUOTES \
        and tokens[i - 1].text in ENDERS and tokens[i].start > tokens[i - 1].end \
        and tokens[i + 1].start == tokens[i].end and tokens[i + 1].text[:1].isalnum()


def in_quotation(text: str, offset: int) -> bool:
    """Whether `offset` lies inside a quotation opened earlier in its paragraph: more `“` than
    `”` before it, or a straight double quote left open. A straight quote in the reopening
    shape of `reopens` (after a sentence end and a space, glued to the word after it) opens
    a quotation even when one is open, as where the BBC News dataset joined paragraphs."""
    para = text.rfind("\n", 0, offset) + 1
    before = text[para:offset]
    if before.count("“") > before.count("”"):
        return True
    open_ = False
    at = before.find('"')
    while at >= 0:
        glued = para + at + 1 < len(text) and text[para + at + 1].isalnum()
        opens_again = open_ and glued and at >= 2 and before[at - 1] == " " and before[at - 2] in ENDERS
        open_ = True if opens_again else not open_
        at = before.find('"', at + 1)
    return open_


def split_sentences(text: str, tokens: list[Token] | None = None) -> list[Sentence]:
    """Sentences over `tokens`, never crossing a paragraph break (a blank or new line)."""
    if tokens is None:
        tokens = tokenize(text)
    _, abbrevs = abbreviations()
    sentences: list[Sentence] = []
    n = len(tokens)
    paragraph = 0
    begin = 0
    quote_open = False
    para_quote_open = False  # a quote was left open at the end of the previous paragraph

    def close(last: int, reopen: bool) -> None:
        if last > begin:
            sentences.append(Sentence(tokens[begin].start, tokens[last - 1].end, begin, last,
                                      paragraph, reopen))

    reopen = False
    i = 0
    while i < n:
        tok = tokens[i]
        if i > 0 and "\n" in text[tokens[i - 1].end:tok.start]:
            close(i, reopen)
            paragraph += 1
            begin = i
            para_quote_open = quote_open
            reopen = para_quote_open and (tok.text == "“" or tok.text in STRAIGHT_QUOTES)
            quote_open = False
        t = tok.text
        if t in OPEN_QUOTES or (t in STRAIGHT_QUOTES and not quote_open):
            quote_open = True
        elif t in CLOSE_QUOTES and t != "’" or (t in STRAIGHT_QUOTES and quote_open):
            quote_open = False
        if t in ENDERS:
            ends = not (t == "." and _is_abbreviation(tokens, i, abbrevs)) \
                or ends_after_abbreviation(text, tokens, i, tokens[i - 1].text.lower(), begin)
        else:  # a dotted acronym token (`U.S.`, `a.m.`) ends a sentence only by its context
            ends = t[-1] == "." and len(t) > 2 and ends_after_abbreviation(text, tokens, i, t[:-1].lower(), begin)
        if ends:
            j = i + 1
            while j < n and tokens[j].text in ENDERS:
                j += 1
            while j < n and tokens[j].start == tokens[j - 1].end and tokens[j].text in _AFTER_ENDER:
                if tokens[j].text in CLOSE_QUOTES or tokens[j].text in STRAIGHT_QUOTES:
                    quote_open = False
                j += 1
            nxt = tokens[j] if j < n else None
            # A lower-case word after the period usually continues the sentence (e.g. "a.m. on").
            if nxt is None or not (nxt.text[:1].islower() or nxt.text in NO_SENTENCE_START):
                close(j, reopen)
                begin = j
                reopen = False
            i = j
            continue
        i += 1
    close(n, reopen)
    return bounded(tokens, sentences)


# Punctuation that may close a content before its sentence ends.
TRAILING_PUNCT = frozenset({".", "!", "?", ",", ";", ":"})


def sentence_ends(sentences: list[Sentence]) -> dict[int, int]:
    """Each token index mapped to the index after its sentence's last token (`Sentence.last`)."""
    return {i: s.last for s in sentences for i in range(s.first, s.last)}


def bounded(tokens: list[Token], sentences: list[Sentence]) -> list[Sentence]:
    """`sentences` with every sentence longer than MAX_SENTENCE_TOKENS tokens or
    MAX_SENTENCE_CHARS characters cut into pieces within both limits: after the last clause
    punctuation in the second half of the allowed stretch, or, failing that, at the limit.

    Pieces keep the paragraph; only the first keeps `reopens_quote`."""
    if all(s.last - s.first <= MAX_SENTENCE_TOKENS and s.end - s.start <= MAX_SENTENCE_CHARS
           for s in sentences):
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        first, reopen = s.first, s.reopens_quote
        while s.last - first > MAX_SENTENCE_TOKENS or s.end - tokens[first].start > MAX_SENTENCE_CHARS:
            cut = _cut_point(tokens, first, s.last)
            out.append(Sentence(tokens[first].start, tokens[cut - 1].end, first, cut,
                                s.paragraph, reopen))
            first, reopen = cut, False
        out.append(Sentence(tokens[first].start, s.end, first, s.last, s.paragraph, reopen))
    return out


def _cut_point(tokens: list[Token], first: int, last: int) -> int:
    """Index after the last token of the first piece of tokens[first:last] (at least one token)."""
    end = min(last, first + MAX_SENTENCE_TOKENS)
    begin = tokens[first].start
    while end > first + 1 and tokens[end - 1].end - begin > MAX_SENTENCE_CHARS:
        end -= 1
    for k in range(end - 1, first + (end - first) // 2, -1):
        if tokens[k].text in CLAUSE_BREAKS:
            return k + 1
    return end
