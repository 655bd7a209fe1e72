"""Single quotation marks used as quotation, told apart from apostrophes.

British, Irish, Australian, Indian, South African and many Asian and African outlets in English
quote speech with single marks (`'We will not back down,' Mr Smith said.`, `‘...,’ she told
reporters`) and put a quotation inside a quotation in double ones; US outlets (PolNeAR, which
the tagger learned from) do the reverse. The same characters are apostrophes (`don't`,
`O'Brien`, `rock 'n' roll`, `the '90s`, `the players' union`).

`quote_view` returns the text with every single mark that opens or closes a quotation turned
into the matching double mark and the double marks inside such a quotation turned into single
ones: the US convention the extractors know. Each replacement is one character for one, so every
offset into the view is an offset into the original text; extractors read the view and spans
take their text from the original.

The decision uses only position and pairing within a paragraph (how typographers define the
marks, e.g. the Chicago Manual of Style 6.9 and 6.115; the Guardian and BBC style guides for
the British order): an opening mark follows a space, a line start or an opening bracket/dash
and is followed by a word; a closing mark follows a word or punctuation and is followed by a
space, punctuation or the line end; a mark between two letters is an apostrophe. An opening mark
is kept only when a closing one pairs with it in the same paragraph (or it opens a paragraph
whose quotation runs on into the next one, which opens with a single mark again). Single marks
inside a double-quoted stretch are a nested quotation and stay as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

# An opening mark followed by one of these is an elision, not a quotation: 'em, 'n', 'til,
# 'cause, 'tis, 'twas, 'bout, 'round, 'ol' (rock 'n' roll, the '90s are handled by pattern).
ELISIONS = frozenset({"em", "n", "til", "cause", "tis", "twas", "bout", "round", "ol", "s"})
OPENERS = "'‘"
CLOSERS = "'’"
# What may stand right before an opening mark and right after a closing one.
BEFORE_OPEN = frozenset(" \t\n([{—–-/“\"")
AFTER_CLOSE = frozenset(" \t\n.,;:!?)]}—–-/”\"…")
# What may stand right before a closing mark: a word or the speaker's punctuation.
BEFORE_CLOSE_PUNCT = frozenset(".,;:!?…)-—–%")
_YEAR = re.compile(r"\d\d(?:s|\b)")  # the '90s, class of '08
_SINGLE = re.compile("['‘’]")
_MARKS = re.compile("['\"“”]")  # the characters `_double_quoted` reads
_WORD = re.compile(r"[^\W\d_]+")
_SWAP = str.maketrans({"'": '"', "‘": "“", "’": "”", '"': "'", "“": "‘", "”": "’"})


@lru_cache(maxsize=64)
def quote_view(text: str) -> str:
    """`text` with paired single quotation marks as double ones and the double marks inside
    them as single ones (same length; see the module docstring). Cached: the extractor asks for
    the view of the same text (and of its quotations, when it looks for nested speech) again."""
    if "'" not in text and "‘" not in text and "’" not in text:
        return text
    out = list(text)
    pos = 0
    paragraphs = text.split("\n")
    starts = []
    for para in paragraphs:
        starts.append(pos)
        pos += len(para) + 1
    for k, para in enumerate(paragraphs):
        if "'" not in para and "‘" not in para and "’" not in para:
            continue
        following = next((p for p in paragraphs[k + 1:] if p.strip()), "")
        runs_on = opens_with_single(following)
        for a, b in quotation_pairs(para, runs_on):
            base = starts[k]
            for i in range(a, b + 1 if b < len(para) else b):
                if i == a or i == b or para[i] in '"“”':
                    out[base + i] = para[i].translate(_SWAP)
    return "".join(out)


def quotation_pairs(para: str, runs_on: bool = False) -> list[tuple[int, int]]:
    """(opening, closing) offsets of the single-mark quotations of one paragraph; a quotation
    left open at the paragraph's end has `len(para)` as its closing offset (only when it opens
    the paragraph or a sentence, or follows a colon or comma, and `runs_on`: the next paragraph
    goes on quoting)."""
    inside_double = _double_quoted(para)
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    n = len(para)
    for mark in _SINGLE.finditer(para):
        i, ch = mark.start(), mark.group()
        if inside_double[i]:
            continue
        if i + 1 < n and para[i + 1] == "'" or i > 0 and para[i - 1] == "'":
            continue  # '' is a double mark (NYT style)
        if opened is None:
            if ch in OPENERS and _opens(para, i):
                opened = i
            continue
        if ch in CLOSERS and _closes(para, i):
            if _possessive(para, i) and _closer_follows(para, i, inside_double):
                continue  # `'The players' union is strong,' he said.`
            if i - opened > 1:
                pairs.append((opened, i))
            opened = None
    if opened is not None and runs_on and (not para[:opened].strip()
                                           or para[:opened].rstrip()[-1] in ":,.?!"):
        # `... told RTÉ yesterday: 'The simple questions ...`, `'X,' he said. 'Y ...`
        pairs.append((opened, n))
    return [(a, b) for a, b in pairs if not _heading(para, a, b)]


def _heading(para: str, a: int, b: int) -> bool:
    """`'Legend in the Coal Fields.'`: a paragraph that is one quotation in title case (every
    word of four letters or more capitalised) is a heading quoting a phrase (US papers put
    quotations in headings in single marks), not speech that goes on quoting."""
    if para[:a].strip() or para[b + 1:].strip():
        return False
    words = [w for w in _WORD.findall(para[a + 1:b]) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def _opens(para: str, i: int) -> bool:
    """Whether the mark at `i` can open a quotation: after a space or an opening bracket, before
    a word, a number or an opening punctuation, and no elision (`'em`, `'90s`)."""
    if i > 0 and para[i - 1] not in BEFORE_OPEN:
        return False
    nxt = para[i + 1:i + 2]
    if not nxt or nxt.isspace():
        return False
    word = _WORD.match(para, i + 1)
    if word is not None and word.group().lower() in ELISIONS and para[i] == "'" \
            and not para[word.end():word.end() + 1] == "'":
        return False  # `'em`, `'til` (but `'n'`, a word in marks of its own, is rock 'n' roll)
    if word is not None and word.group().lower() == "n" and para[word.end():word.end() + 1] in "'’":
        return False  # rock 'n' roll
    return not _YEAR.match(para, i + 1)


def _closes(para: str, i: int) -> bool:
    """Whether the mark at `i` can close a quotation: after a word or the speaker's
    punctuation, before a space, punctuation or the line end."""
    if i == 0:
        return False
    prev = para[i - 1]
    if not (prev.isalnum() or prev in BEFORE_CLOSE_PUNCT):
        return False
    if para[max(0, i - 3):i].lower() in (" 'n", " ‘n", " ’n"):
        return False  # rock 'n' roll
    return i + 1 == len(para) or para[i + 1] in AFTER_CLOSE


def _possessive(para: str, i: int) -> bool:
    """`the players' union`: a mark after a plural `s` followed by a space and a word."""
    return para[i - 1] in "sS" and para[i + 1:i + 2] == " " and para[i + 2:i + 3].isalnum()


def _closer_follows(para: str, i: int, inside_double: list[bool]) -> bool:
    """Whether another closing mark follows before the next opening one."""
    for j in range(i + 1, len(para)):
        ch = para[j]
        if inside_double[j] or ch not in OPENERS and ch not in CLOSERS:
            continue
        if ch in CLOSERS and _closes(para, j):
            return True
        if ch in OPENERS and _opens(para, j):
            return False
    return False


def _double_quoted(para: str) -> list[bool]:
    """For each character, whether it lies inside a double-quoted stretch (straight marks and
    two apostrophes, the NYT's `''`, toggle; curly ones open and close; a stretch left open runs
    to the paragraph's end)."""
    inside = [False] * len(para)
    if '"' not in para and "“" not in para and "”" not in para and "''" not in para:
        return inside  # most paragraphs: apostrophes only
    depth = False
    start = len(para) - len(para.lstrip())
    i, n = 0, len(para)
    # Jump from mark to mark: every other character is inside exactly when the stretch is
    # (`inside` starts all False, so only stretches inside are filled).
    while True:
        mark = _MARKS.search(para, i)
        j = mark.start() if mark is not None else n
        if depth and j > i:
            inside[i:j] = [True] * (j - i)
        if mark is None:
            break
        i, ch = j, para[j]
        if ch == "'" and para[i + 1:i + 2] == "'":
            if depth and para[i + 2:i + 3] == "'":
                inside[i] = True  # three marks inside a quotation: a single one closes, then ''
                i += 1
            inside[i] = inside[i + 1] = depth
            depth = not depth
            i += 2
            continue
        if ch == "“" or ch == '"' and not depth or ch == "”" and i == start:
            # a paragraph opened with `”` (a typo for `“`, PolNeAR west-journal) opens
            inside[i] = depth
            depth = True
        else:
            if ch == "”" or ch == '"' and depth:
                depth = False
            inside[i] = depth
        i += 1
    first = next((k for k, ch in enumerate(para) if ch in "“”\""), None)
    if first is not None and para[first] == "”" and first != start:
        # `Americans use the word ‘line’,” Mr Farage told ...`: a quotation closed before any
        # opened began before the paragraph (or the excerpt); its single marks are nested
        inside[:first] = [True] * first
    return inside


def opens_with_single(para: str) -> bool:
    """Whether `para` opens with a single mark that can open a quotation."""
    stripped = para.lstrip()
    return bool(stripped) and stripped[0] in OPENERS and _opens(stripped, 0)
