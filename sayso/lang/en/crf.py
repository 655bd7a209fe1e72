"""A linear-chain CRF tagging attribution spans, and the grouping of tagged spans.

PolNeAR is univocal (Newell et al. 2018): every token is source, cue, content or none and belongs
to at most one attribution, so attribution extraction becomes BIO sequence labelling (B/I-SRC,
B/I-CUE, B/I-CON) as in Pareti's PARC work, followed by grouping each content and source span
with its cue. The tagger is a CRF (Lafferty et al. 2001) trained with CRFsuite's L-BFGS
(Okazaki 2007, python-crfsuite) over one paragraph at a time, with lean lexical features: the
word, suffix, shape, neighbours, the cue lexicon, whether the token is inside quote marks,
distance to the nearest cue in the sentence, sentence boundaries, and the word classes of the
token and its neighbours (`clusters`: word2vec + k-means on unlabeled news, which lets the
tagger generalise from a word seen in training to words used alike, Turian et al. 2010).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from itertools import repeat
from operator import attrgetter, methodcaller
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pycrfsuite

from .clusters import table as cluster_table
from .crf_arrays import CrfArrays, KeyRows, RowTable
from .lexicon import Lexicon
from .noncue import TIME_NOUNS, TIME_PADDING
from .rules import IRREGULAR_PAST, PRE_VERB, Candidate
from .tokens import CLOSE_QUOTES, ENDERS, OPEN_QUOTES, STRAIGHT_QUOTES, Sentence, Token, reopens

MODEL_NAME = "en_crf.crfsuite"
# Word-class features (`clusters`) for training and tagging; the shipped model must have been
# trained with the same setting. On: the shipped model (c2=0.3, 100 iterations) wins over the
# one without classes on PolNeAR dev and en-news tune (figures in sayso/models/README.md).
CLUSTER_FEATURES = True
_NO_CLUSTER = ("-", "-", "-")
LABELS = {"SRC": "source", "CUE": "cue", "CON": "content"}


@lru_cache(maxsize=65536)
def _shape(t: str) -> str:
    c = t[0]
    if c.isupper():
        return "X" if len(t) == 1 or t[1:2].islower() or not t[1:2].isalpha() else "XX"
    if c.islower():
        return "x"
    if c.isdigit():
        return "d"
    return t


def _bucket(d: int) -> str:
    if d < 0:
        return "-"
    if d <= 3:
        return str(d)
    if d <= 6:
        return "6"
    if d <= 12:
        return "12"
    return "far"


_COMMAS = [[f"cm={a}|{b}".encode() for b in range(3)] for a in range(3)]  # commas before the cues on each side
# `_bucket` of a distance to the nearest cue by index: 0 = no cue in the sentence (-1), k = a cue
# k - 1 tokens away (0..12), 14 = further; as the token's `dl=`/`dr=` strings and, with the
# inside-quote state, its `qd=` string (`_QUOTE_DISTANCE[in_quote][left][right]`)
_DISTANCE = (b"-", *(_bucket(d).encode() for d in range(13)), b"far")
_DL_FEATURE = tuple(b"dl=" + x for x in _DISTANCE)
_DR_FEATURE = tuple(b"dr=" + x for x in _DISTANCE)
_CLASS_COLUMNS = 23  # the row's word-class strings start here (`features`)
_QUOTE_DISTANCE = tuple(tuple(tuple(q + a + b"|" + b for b in _DISTANCE) for a in _DISTANCE)
                        for q in (b"qd=0", b"qd=1"))


# The tagger works on one paragraph at a time; a longer one (damage: text without line breaks)
# is tagged in pieces of whole sentences, so memory and work per sequence stay bounded.
# PolNeAR's longest paragraph has 491 tokens (train), so real text is never cut.
MAX_PARAGRAPH_TOKENS = 1000


def paragraphs(sentences: list[Sentence]) -> list[tuple[int, int, list[Sentence]]]:
    """Token ranges of paragraphs with their sentences; a paragraph longer than
    MAX_PARAGRAPH_TOKENS is cut between sentences into pieces treated as paragraphs."""
    out: list[tuple[int, int, list[Sentence]]] = []
    for s in sentences:
        if out and out[-1][2][-1].paragraph == s.paragraph \
                and s.last - out[-1][0] <= MAX_PARAGRAPH_TOKENS:
            first, _, group = out[-1]
            group.append(s)
            out[-1] = (first, s.last, group)
        else:
            out.append((s.first, s.last, [s]))
    return out


class ParagraphValues(NamedTuple):
    """What the feature rows of one paragraph are made of, token by token: the words, the
    `sh=` strings, the cue marks ("", "B", "I") and `_lemma_strings`, the inside-quote flags,
    the distances to the nearest cue on each side (indices of `_DISTANCE`), that cue's `ll=` /
    `lr=` strings, the `cm=` strings and the `sp=` strings; and the sentences' first and last
    tokens (paragraph indices), which get `sb` and `se`."""

    words: list[str]
    shapes: list[bytes]
    cue: list[str]
    lemmas: list[tuple[bytes, bytes, bytes]]
    inq: list[bool]
    dl: list[int]
    dr: list[int]
    ll: list[bytes]
    lr: list[bytes]
    cms: list[bytes]
    sent_pos: list[bytes]
    firsts: list[int]
    lasts: list[int]


def paragraph_values(tokens: list[Token], lower: list[str], first: int, last: int,
                     sentences: list[Sentence], lex: Lexicon) -> ParagraphValues:
    """The values of tokens[first:last] (one paragraph) the feature rows are made of
    (`features` writes them as strings, `crf_arrays.attribute_ids` as model rows)."""
    n = last - first
    words = lower[first:last]
    cue = [""] * n
    lemma = [""] * n
    cue_tokens: list[int] = []  # the tokens of the cues, in order
    # Most words open no cue: only those that open one (`lex.cue_first`) are matched, in order,
    # each unless a cue found before covers it.
    i = 0
    for k in [k for k, w in enumerate(words) if w in lex.cue_first]:
        m = lex.match_cue(lower, first + k) if k >= i else None
        if m is None:
            continue
        length, c = m
        cue[k] = "B"
        lemma[k] = c.lemma
        for j in range(k + 1, min(n, k + length)):
            cue[j] = "I"
            lemma[j] = c.lemma
        cue_tokens.extend(range(k, min(n, k + length)))
        i = k + length
    # Inside-quote state across the paragraph: it changes only at a quote mark, so the marks are
    # read one by one and the tokens between them take the state the last mark left.
    inq = [False] * n
    open_ = False
    at = 0
    for k in [k for k, t in enumerate(tokens[first:last]) if t.text in _QUOTE_TOKENS]:
        if open_:
            inq[at:k] = [True] * (k - at)
        t = tokens[first + k].text
        if t in OPEN_QUOTES and t != "‘" or (t in STRAIGHT_QUOTES and (not open_ or reopens(tokens, first + k))):
            open_ = True
            inq[k] = True
        elif t in CLOSE_QUOTES and t != "’" or t in STRAIGHT_QUOTES:
            inq[k] = True
            open_ = False
        else:
            inq[k] = open_
        at = k + 1
    if open_:
        inq[at:] = [True] * (n - at)
    # Distance to, lemma of and commas before the nearest cue on each side within the
    # sentence; sentence edges. Distances are kept as indices of `_DISTANCE` (0 = no cue).
    dl = [0] * n
    dr = [0] * n
    no_lemma = _lemma_strings("")
    lemmas = [no_lemma] * n
    for k in cue_tokens:
        lemmas[k] = _lemma_strings(lemma[k])
    ll = [no_lemma[1]] * n  # the `ll=` / `lr=` strings of the nearest cue's lemma
    lr = [no_lemma[2]] * n
    cl = [0] * n
    cr = [0] * n
    sent_pos = [b"sp="] * n  # sentence index in the paragraph (0, 1, 2+) and paragraph-opening quote
    opening = "q" if tokens[first].text in OPEN_QUOTES or tokens[first].text in STRAIGHT_QUOTES else ""
    for idx, s in enumerate(sentences):
        a, b = s.first - first, s.last - first
        sent_pos[a:b] = [("sp=" + str(min(idx, 2)) + opening).encode()] * (b - a)
        # Only the tokens from the sentence's first cue on have one on their left, and only
        # those up to its last cue one on their right: the scans start at those cues.
        since, until = bisect_left(cue_tokens, a), bisect_left(cue_tokens, b)
        if since == until:
            continue  # no cue in the sentence: no distances, lemmas or commas
        last_cue = -1
        commas = 0
        for k in range(cue_tokens[since], b):
            if cue[k]:
                last_cue = k
                commas = 0
            elif words[k] == ",":
                commas += 1
            if last_cue >= 0:
                d = k - last_cue
                dl[k] = d + 1 if d <= 12 else 14
                ll[k] = lemmas[last_cue][1]
                cl[k] = commas
        next_cue = -1
        commas = 0
        for k in range(cue_tokens[until - 1], a - 1, -1):
            if cue[k]:
                next_cue = k
                commas = 0
            elif words[k] == ",":
                commas += 1
            if next_cue >= 0:
                d = next_cue - k
                dr[k] = d + 1 if d <= 12 else 14
                lr[k] = lemmas[next_cue][2]
                cr[k] = commas
    cms = [_COMMAS[a if a < 2 else 2][b if b < 2 else 2]  # = _COMMAS[min(a, 2)][min(b, 2)]
           for a, b in zip(cl, cr, strict=True)]
    shapes = list(map(_SHAPE_FEATURES.__getitem__, map(attrgetter("text"), tokens[first:last])))
    return ParagraphValues(words, shapes, cue, lemmas, inq, dl, dr, ll, lr, cms, sent_pos,
                           [s.first - first for s in sentences],
                           [s.last - first - 1 for s in sentences])


def features(tokens: list[Token], lower: list[str], first: int, last: int,
             sentences: list[Sentence], lex: Lexicon) -> list[list[bytes]]:
    """Feature strings of tokens[first:last] (one paragraph), UTF-8 encoded: CRFsuite reads
    bytes, and python-crfsuite would otherwise encode every `str` feature on every call (a
    tenth of the tagger's time), while these are made once per word and per value."""
    v = paragraph_values(tokens, lower, first, last, sentences, lex)
    words, shapes, cue, lemmas, inq, dl, dr, ll, lr, cms, sent_pos = v[:11]
    # Rows are assembled from strings built once per word (`_word_strings`) and once per
    # value of the few-valued columns (`_DISTANCE`, `_QUOTE_DISTANCE`, ...), not concatenated
    # token by token: the same strings in the same order (the CRF sums its weights in that
    # order); with the bytes (see the docstring), features and tagging together cost about a
    # tenth less on PolNeAR dev.
    ws = [_PAD_BEFORE, _PAD_BEFORE, _PAD_BEFORE, *map(_WORD_STRINGS.__getitem__, words),
          _PAD_AFTER, _PAD_AFTER, _PAD_AFTER]
    cue_padded = ["^", *cue, "$"]
    # The word classes (`clusters`, the last 9 strings): the word's at three granularities, its
    # neighbours' at ±1 (coarse and middle) and ±2 (middle); "-" for words outside the table and
    # the edges. One row at a time, in the order the model was trained with.
    xseq = [
        [
            cur[0], cur[1], sh, _CUE_MARK[c][0], lem[0], _IN_QUOTE[q],
            _DL_FEATURE[bl], _DR_FEATURE[br],
            p1[2], n1[3], p2[4], n2[5], p3[6], n3[7],
            _CUE_MARK[pc][1], _CUE_MARK[nc][2],
            _QUOTE_DISTANCE[q][bl][br], left, right, cm,
            p1[8] + cur[10], cur[9] + n1[10], sp,
            cur[11], cur[12], cur[13], p1[14], n1[15], p1[16], n1[17], p2[18], n2[19],
        ]
        for p3, p2, p1, cur, n1, n2, n3, sh, c, lem, q, bl, br, pc, nc, left, right, cm, sp
        in zip(ws, ws[1:], ws[2:], ws[3:], ws[4:], ws[5:], ws[6:], shapes, cue, lemmas, inq,
               dl, dr, cue_padded, cue_padded[2:], ll, lr, cms, sent_pos, strict=False)  # ws and
        # cue_padded run on past the paragraph's last token (its right neighbours)
    ]
    if not CLUSTER_FEATURES:
        for row in xseq:
            del row[_CLASS_COLUMNS:]
    for a, b in zip(v.firsts, v.lasts, strict=True):
        # a one-token sentence's row gets `sb` before `se`, as token by token
        xseq[a].append(b"sb")
        xseq[b].append(b"se")
    return xseq


class BoundedTable(dict):
    """Values made once per key by `make` and remembered, read as `table[key]`: a key seen
    before costs one dictionary look-up, with no Python call (`features` maps `__getitem__`
    over a paragraph's words); `make` runs only for a new key. Bounded: cleared when it holds
    `size` keys, so a long batch run stays small."""

    def __init__(self, make: Callable[[str], Any], size: int) -> None:
        super().__init__()
        self._make = make
        self._size = size

    def __missing__(self, key: str) -> Any:
        if len(self) >= self._size:
            self.clear()
        value = self[key] = self._make(key)
        return value


@lru_cache(maxsize=4096)
def _class_strings(k0: str, k1: str, k2: str) -> tuple[bytes, ...]:
    return tuple(f.encode() for f in (
        "k0=" + k0, "k1=" + k1, "k2=" + k2, "p1k0=" + k0, "n1k0=" + k0, "p1k1=" + k1,
        "n1k1=" + k1, "p2k1=" + k1, "n2k1=" + k1))


def _strings_of(word: str, classes: tuple[str, ...]) -> tuple[bytes, ...]:
    w = word.encode()  # UTF-8 of a concatenation is the concatenation of the parts' UTF-8
    return (b"w=" + w, b"s3=" + word[-3:].encode(), b"p1=" + w, b"n1=" + w, b"p2=" + w,
            b"n2=" + w, b"p3=" + w, b"n3=" + w, b"pw=" + w + b"|", b"wn=" + w + b"|", w,
            *_class_strings(*classes))


def _word_strings(word: str) -> tuple[bytes, ...]:
    return _strings_of(word, cluster_table().get(word, _NO_CLUSTER))


# Strings of one word for every feature that names it: as the token (w=, s3=), as a neighbour
# (p1= ... n3=), the openings of the two word pairs (pw=, wn=) and the word itself to close
# them, then its word classes as the token and as a neighbour (k0= ... n2k1=; those strings are
# shared by every word of a class, `_class_strings`). About 1 kB a word.
_WORD_STRINGS = BoundedTable(_word_strings, 50_000)


_PAD_BEFORE = _strings_of("^", _NO_CLUSTER)  # the edges have no word class
_PAD_AFTER = _strings_of("$", _NO_CLUSTER)
_CUE_MARK = {m: (b"c=" + m.encode(), b"pc=" + m.encode(), b"nc=" + m.encode()) for m in ("", "B", "I", "^", "$")}
_IN_QUOTE = {False: b"q=0", True: b"q=1"}
_QUOTE_TOKENS = OPEN_QUOTES | CLOSE_QUOTES | STRAIGHT_QUOTES  # the tokens that change the inside-quote state


@lru_cache(maxsize=4096)
def _lemma_strings(lemma: str) -> tuple[bytes, bytes, bytes]:
    """The cue lemma as the token's (l=) and as the nearest cue's on the left and right."""
    return ("l=" + lemma).encode(), ("ll=" + lemma).encode(), ("lr=" + lemma).encode()


def _shape_feature(text: str) -> bytes:
    return ("sh=" + _shape(text)).encode()


_SHAPE_FEATURES = BoundedTable(_shape_feature, 65_536)  # the `sh=` string of a token's text


# The positions in `_strings_of`'s tuple of the strings a word gives as itself or as a
# neighbour (w= s3= p1= n1= p2= n2= p3= n3=, then the nine class strings); 8-10 are the parts
# of the word pairs, joined token by token.
_WORD_POSITIONS = (0, 1, 2, 3, 4, 5, 6, 7, *range(11, 20))


def _word_pairs(index: dict[bytes, int], prefix: bytes) -> dict[tuple[str, str], int]:
    """(A, B) -> row of the model's `prefix + A|B` strings (`pw=`, `wn=`), split in one
    pass over them all. A `|` inside a word makes the split ambiguous, so every split is
    kept: each names exactly the pair whose string this is."""
    names = [name for name in index if name[:3] == prefix]
    rows = list(map(index.__getitem__, names))
    # the first split of each, all decoded at once (tokens hold no line break)
    text = b"\n".join(names).decode()
    found = [(a, b) for a, _, b in map(methodcaller("partition", "|"),
                                       text[3:].split("\n" + prefix.decode()))]
    table = dict(zip(found, rows, strict=True))
    if text.count("|") == len(names):
        return table  # no word holds a `|`
    for (a, b), row in zip(found, rows, strict=True):
        at = b.find("|")
        while at >= 0:  # the later splits of `A|B|C`
            table[a + "|" + b[:at], b[at + 1:]] = row
            at = b.find("|", at + 1)
    return table


def _model_tables(model: CrfArrays) -> dict:
    """The rows of the few-valued strings, and the tables of per-word and per-shape rows, of
    one model (made once per model, `CrfArrays.remember`)."""
    index = model.index

    def word_rows(word: str) -> tuple[int, ...]:
        strings = _WORD_STRINGS[word]
        return tuple(index[strings[k]] for k in _WORD_POSITIONS)

    # The word pairs (A, B): the rows of `pw=A|B` (B's, after A) and `wn=A|B` (A's, before B)
    # as one number, `pw << shift | wn`, so a token pair costs one look-up.
    shift = index.unknown.bit_length()
    unknown = index.unknown
    pairs = {pair: row << shift | unknown for pair, row in _word_pairs(index, b"pw=").items()}
    for pair, row in _word_pairs(index, b"wn=").items():
        pairs[pair] = pairs.get(pair, unknown << shift) >> shift << shift | row
    words = RowTable(word_rows, 50_000, (  # rows 0 and 1: the pads before and after a paragraph
        tuple(index[_PAD_BEFORE[k]] for k in _WORD_POSITIONS),
        tuple(index[_PAD_AFTER[k]] for k in _WORD_POSITIONS)))
    return {
        "pairs": pairs,
        "no_pair": unknown << shift | unknown,
        "shift": shift,
        "word": words,
        # the cue marks as the token's (c=), the previous token's (pc=) and the next one's (nc=)
        "mark": [{m: index[strings[k]] for m, strings in _CUE_MARK.items()} for k in range(3)],
        # the rows of the few-valued strings (sh=, ll=, lr=, cm=, sp=) and of the cue lemmas
        # (l=), asked of the large attribute index once per value
        "value": KeyRows(index.__getitem__),
        "lemma": KeyRows(lambda strings: index[strings[0]]),
        "quote": np.array([index[_IN_QUOTE[False]], index[_IN_QUOTE[True]]]),
        "dl": np.array([index[x] for x in _DL_FEATURE]),
        "dr": np.array([index[x] for x in _DR_FEATURE]),
        "qd": np.array([[[index[x] for x in row] for row in rows] for rows in _QUOTE_DISTANCE]),
        "edges": (index[b"sb"], index[b"se"]),
    }


def attribute_rows(values: list[ParagraphValues], model: CrfArrays) -> np.ndarray:
    """The model rows of the attributes of paragraphs (attributes x their tokens, one
    paragraph after the other): token by token what `features` writes as strings, in the same
    order, `sb` and `se` last (the row of zeros, `model.index.unknown`, where a token has none,
    and for strings the model lacks). The lists are joined first, so each column costs one
    numpy operation per text, not per paragraph."""
    tables = model.remember("crf", lambda: _model_tables(model))
    word_rows = tables["word"]
    # Every paragraph's words with three pads on each side (rows 0 and 1 of `word_rows`), its
    # word pairs with the edges (n + 1) and its cue marks with the edges (n + 2).
    padded: list[int] = []
    pairs: list[tuple[str, str]] = []
    cue_padded: list[str] = []
    joined: list[list] = [[] for _ in range(10)]  # shapes, cue, lemmas, ... sent_pos
    firsts: list[int] = []
    lasts: list[int] = []
    at = 0
    for v in values:
        padded += (0, 0, 0)
        padded += map(word_rows.__getitem__, v.words)
        padded += (1, 1, 1)
        pairs += zip(["^", *v.words], [*v.words, "$"], strict=True)
        cue_padded.append("^")
        cue_padded += v.cue
        cue_padded.append("$")
        for column, items in zip(joined, v[1:11], strict=True):
            column += items
        firsts += (at + k for k in v.firsts)
        lasts += (at + k for k in v.lasts)
        at += len(v.words)
    shapes, cue, lemmas, inq, dl, dr, ll, lr, cms, sent_pos = joined
    n = at
    lengths = np.array([len(v.words) for v in values], dtype=np.intp)
    paragraph = np.repeat(np.arange(len(values)), lengths)
    rows = word_rows.array[np.array(padded, dtype=np.intp)].T  # positions x padded tokens
    at_word = np.flatnonzero(np.array(padded) >= 2)  # each token's place among the padded

    def word(position: int, shift: int) -> np.ndarray:
        return rows[position, at_word + shift]

    at_pair = at_word - 5 * paragraph - 3  # its pair with the word before it
    get, no_pair, shift = tables["pairs"].get, tables["no_pair"], tables["shift"]
    # one look-up per token in a table of some 138,000 pairs: `map` and `fromiter` run it without
    # a Python step per token (the same rows; a fifth less time than a list comprehension)
    pair_rows = np.fromiter(map(get, pairs, repeat(no_pair)), dtype=np.intp, count=len(pairs))
    at_mark = at_word - 4 * paragraph - 3  # the previous token's cue mark
    marks = tables["mark"]
    previous_marks = np.array(list(map(marks[1].__getitem__, cue_padded)), dtype=np.intp)
    next_marks = np.array(list(map(marks[2].__getitem__, cue_padded)), dtype=np.intp)
    inq_ = np.array(inq, dtype=np.intp)
    dl_ = np.array(dl, dtype=np.intp)
    dr_ = np.array(dr, dtype=np.intp)
    value = tables["value"].__getitem__
    columns = [
        word(0, 0), word(1, 0), list(map(value, shapes)),
        list(map(marks[0].__getitem__, cue)), list(map(tables["lemma"].__getitem__, lemmas)),
        tables["quote"][inq_], tables["dl"][dl_], tables["dr"][dr_],
        word(2, -1), word(3, 1), word(4, -2), word(5, 2), word(6, -3), word(7, 3),
        previous_marks[at_mark], next_marks[at_mark + 2],
        tables["qd"][inq_, dl_, dr_], list(map(value, ll)), list(map(value, lr)),
        list(map(value, cms)),
        pair_rows[at_pair] >> shift, pair_rows[at_pair + 1] & ((1 << shift) - 1),  # pw=, wn=
        list(map(value, sent_pos)),
    ]
    if CLUSTER_FEATURES:  # positions 8-16 of `_WORD_POSITIONS`: the class strings
        columns += [word(8, 0), word(9, 0), word(10, 0), word(11, -1), word(12, 1),
                    word(13, -1), word(14, 1), word(15, -2), word(16, 2)]
    out = np.empty((len(columns) + 2, n), dtype=np.intp)
    for k, column in enumerate(columns):  # row by row: numpy reads a list of rows item by item
        out[k] = column
    out[-2:] = model.index.unknown
    sb, se = tables["edges"]
    out[-2, firsts] = sb
    out[-1, lasts] = se
    return out


def chunks(labels: list[str]) -> list[tuple[str, int, int]]:
    """(kind, first, last) runs of B/I labels, kind in SRC/CUE/CON."""
    out: list[tuple[str, int, int]] = []
    for k, lab in enumerate(labels):
        if lab == "O":
            continue
        bio, kind = lab.split("-", 1)
        if bio == "I" and out and out[-1][0] == kind and out[-1][2] == k:
            out[-1] = (kind, out[-1][1], k + 1)
        else:
            out.append((kind, k, k + 1))
    return out


def group(found: list[tuple[str, int, int]], sentences: list[Sentence],
          pending: Candidate | None = None, lower: list[str] | None = None) -> list[Candidate]:
    """Attributions from tagged runs (absolute token indices): each cue with the content and
    source runs nearest to it, preferring runs in its own sentence.

    Content in a paragraph without a cue continues `pending` (a cue of the previous paragraph
    left without content, as in `He said:` followed by a quoted paragraph), or else stands as
    an attribution without cue."""
    if lower is not None:
        found = _indirect_in_one_sentence(found, sentences, lower)
    cues = [(a, b) for kind, a, b in found if kind == "CUE"]
    if not cues:
        contents = [(a, b) for kind, a, b in found if kind == "CON"]
        if not contents:
            return []
        if pending is not None:
            pending.content.extend(contents)
            pending.evidence = "crf"
            return [pending]
        sources = [(a, b) for kind, a, b in found if kind == "SRC"]
        return [Candidate([], contents, sources[0] if sources else None, "crf")]
    sent_of: dict[int, int] = {}
    for idx, s in enumerate(sentences):
        sent_of.update(dict.fromkeys(range(s.first, s.last), idx))
    cands = {c: Candidate([c], []) for c in cues}
    nearest = _NearestCue(cues, sentences, sent_of)
    previous: tuple[int, tuple[int, int]] | None = None  # the last quotation run's end and cue
    # cues with a content run right after them (`has represented the constituency`): such a cue
    # has its own words, so a quotation before it is not them
    con_starts = {a for kind, a, _ in found if kind == "CON"}
    followed = set() if lower is None else {
        c for c in cues if any(k in con_starts and all(lower[m] not in ENDERS for m in range(c[1], k))
                               for k in range(c[1], c[1] + 3))}
    for kind, a, b in found:
        if kind == "CON":
            cue = nearest(a, b)
            if lower is not None and previous is not None and cue in followed \
                    and "," not in lower[b:b + 2] \
                    and _continues_quotation(lower, previous[0], a, cue, sent_of):
                cue = previous[1]
            # only a quotation goes on (`He added: "A. "B."`); after an indirect content the
            # en-news gold makes the quotation an attribution of its own (enD-bbc-5)
            previous = (b, cue) if lower is not None and lower[a] in _OPENING_MARKS else None
            if lower is not None and lower[a] == "that" and cue[0] > a:
                # a `that` clause completes the verb before it (`told reporters that ...,
                # TASS reported`), never a cue after it
                before = [c for c in cues if c[1] <= a and sent_of.get(c[0]) == sent_of.get(a)]
                if before:
                    cue = before[-1]
            cands[cue].content.append((a, b))
    for kind, a, b in found:
        if kind == "SRC":
            c = nearest(a, b)
            if cands[c].source is None:
                cands[c].source = (a, b)
    # PolNeAR shares a source between attributions (`Trump said X, adding Y`): a cue left
    # without one takes the nearest source before it in its sentence (runs are disjoint and in
    # order, so the last source ending before the cue is that one when any is).
    sources = [(a, b) for kind, a, b in found if kind == "SRC"]
    source_ends = [b for _, b in sources]
    for (ca, _), cand in cands.items():
        if cand.source is None and cand.content:
            k = bisect_right(source_ends, ca) - 1
            if k >= 0 and sent_of.get(sources[k][0]) == sent_of.get(ca):
                cand.source = sources[k]
    if lower is not None:
        for cand in cands.values():
            if not cand.content:
                _clause_before_frame(cand, found, sentences, sent_of, lower)
            else:
                _drop_circumstance(cand, lower)
    out = []
    for cand in cands.values():
        if cand.content:
            cand.evidence = "crf"
            out.append(cand)
    return out


def _continues_quotation(lower: list[str], prev_end: int, a: int, cue: tuple[int, int],
                         sent_of: dict[int, int]) -> bool:
    """`He added: "Here in this constituency ... there is a New Labour stooge MP. "A stooge who
    will sing any song ..." Ms King has represented ...` (BBC News, paragraphs run together): a
    quotation that opens right after the previous quotation run, with only punctuation between
    them, and has no cue in its own sentence goes on with the previous run's speaker, not the
    nearest cue of the next sentence when that cue has words of its own right after it, in its
    sentence. A frame after the quotation keeps it: a bare one (`” Deyal told this newspaper.`)
    or one the quotation's comma announces (`... show up,” Young said. “People ...`)."""
    if lower[a] not in _OPENING_MARKS or not 0 < a - prev_end <= 3 \
            or sent_of.get(cue[0]) == sent_of.get(a):
        return False
    return all(not any(ch.isalnum() for ch in lower[k]) for k in range(prev_end, a))


_OPENING_MARKS = frozenset({'"', "“", "``", "‘"})


# Prepositions opening the circumstance of a framing cue (`said in a televised address`,
# `said on Twitter`, `told reporters at the White House`), not its content.
_CIRCUMSTANCE_OPENERS = frozenset({"in", "on", "at", "during"})


def _drop_circumstance(cand: Candidate, lower: list[str]) -> None:
    """`"The country is at a critical juncture," Musharraf said in a televised address ...`:
    with content before a cue, a run after it that opens with a preposition is where or how
    the words were said (a channel or a time, read by `en_via`), not more of what was said."""
    cue = cand.cue[0][0]
    if not any(b <= cue for _, b in cand.content):
        return
    kept = [(a, b) for a, b in cand.content if a < cue or lower[a] not in _CIRCUMSTANCE_OPENERS]
    if kept:
        cand.content[:] = kept


# Words that close a lead-in before the reported clause (`JENIN, WEST BANK: ...`).
_LEAD_IN_ENDS = frozenset({":", ";"})


def _clause_before_frame(cand: Candidate, found: list[tuple[str, int, int]],
                         sentences: list[Sentence], sent_of: dict[int, int],
                         lower: list[str]) -> None:
    """`An Al Jazeera reporter was killed ..., the Qatar-based news channel said, but the
    military said ...`: a cue whose source stands right before it after a comma frames the
    clause before that comma. When the tagger left that whole clause untagged (it took the
    frame, not its content), the words from the sentence start or a lead-in colon to the comma
    become the content (at least three tokens); a clause with tagged runs of its own is left
    to the rules."""
    if cand.source is None or not cand.cue:
        return
    sa, sb = cand.source
    if sb != cand.cue[0][0] or sa == 0 or lower[sa - 1] != ",":
        return
    idx = sent_of.get(sa)
    if idx is None:
        return
    start = sentences[idx].first
    comma = sa - 1
    for k in range(comma - 1, start - 1, -1):
        if lower[k] in _LEAD_IN_ENDS:
            start = k + 1
            break
    if comma - start >= 3 and not any(a < comma and b > start for _, a, b in found):
        cand.content.append((start, comma))


_QUOTE_WORDS = frozenset({'"', "“", "”", "''"})


def _indirect_in_one_sentence(found: list[tuple[str, int, int]], sentences: list[Sentence],
                              lower: list[str]) -> list[tuple[str, int, int]]:
    """A content run with no quote mark before a sentence end stops at that end: reported
    speech runs on over sentences only inside a quotation (`Trump "dictated that whole letter.
    I didn't write that letter.`); past the full stop the tagger ran on into the writer's next
    sentence (of PolNeAR dev's 220 contents missed by their span, 148 were too long)."""
    ends = {s.last for s in sentences}
    out = []
    for kind, a, b in found:
        if kind == "CON" and lower[a] not in _QUOTE_WORDS and lower[a] not in ("‘", "'"):
            k = next((k for k in range(a + 1, b) if k in ends), None)
            if k is not None and not any(lower[x] in _QUOTE_WORDS for x in range(a, k)):
                b = k - 1 if lower[k - 1] in (".", "?", "!") and k - 1 > a else k
        out.append((kind, a, b))
    return out


class _NearestCue:
    """The cue a content or source run [a, b) belongs to: one in the sentences the run spans
    if any, else any; the smallest gap wins, the earlier cue on a tie.

    Cues are disjoint runs in text order (tagged runs never overlap), so the gap shrinks
    towards the run on each side and only the two cues around it need comparing; found by
    bisection over the cue offsets, so grouping costs O(runs × log cues), not runs × cues."""

    def __init__(self, cues: list[tuple[int, int]], sentences: list[Sentence],
                 sent_of: dict[int, int]) -> None:
        self.cues = cues
        self.starts = [a for a, _ in cues]
        self.sentences = sentences
        self.sent_of = sent_of

    def _gap(self, k: int, a: int, b: int) -> int:
        ca, cb = self.cues[k]
        return abs(ca - b if ca >= b else a - cb)

    def _best(self, a: int, b: int, lo: int, hi: int) -> int | None:
        """Index of the nearest cue among cues[lo:hi] (None when the slice is empty)."""
        if lo >= hi:
            return None
        after = bisect_left(self.starts, b, lo, hi)
        before = bisect_left(self.starts, a, lo, after) - 1
        options = [k for k in (before, *range(before + 1, after), after) if lo <= k < hi]
        return min(options, key=lambda k: (self._gap(k, a, b), k))

    def __call__(self, a: int, b: int) -> tuple[int, int]:
        sa, sb = self.sent_of.get(a, -1), self.sent_of.get(b - 1, -1)
        lo = hi = 0
        if sb >= 0:
            lo = bisect_left(self.starts, self.sentences[sa].first) if sa >= 0 else 0
            hi = max(lo, bisect_left(self.starts, self.sentences[sb].last))
            same = self._best(a, b, lo, hi)
            if same is not None:
                return self.cues[same]
        outside = [k for k in (self._best(a, b, 0, lo), self._best(a, b, hi, len(self.cues)))
                   if k is not None]
        return self.cues[min(outside, key=lambda k: (self._gap(k, a, b), k))]


def _dangling(found: list[tuple[str, int, int]], cands: list[Candidate]) -> Candidate | None:
    """The paragraph's last cue when no content follows it (its content may be the next paragraph)."""
    cues = [(a, b) for kind, a, b in found if kind == "CUE"]
    if not cues:
        return None
    last = cues[-1]
    if any(last in c.cue for c in cands):
        return None
    if any(kind == "CON" and a > last[0] for kind, a, _ in found):
        return None
    sources = [(a, b) for kind, a, b in found if kind == "SRC" and b <= last[0]]
    return Candidate([last], [], sources[-1] if sources else None)


# `-ing` words that open no participle clause after a comma (`Proponents, including the
# mayors,`): the phrase they open stays in the source, as PolNeAR marks it.
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})
_NOT_PARTICIPLES = frozenset({"including", "excluding", "according", "regarding",
                              "concerning", "notwithstanding"})


# Time phrases with `at` that stand between a subject and its verb (`Theranos at the time
# said`, `The club at the weekend confirmed`): the verb's setting, no part of the source (the
# source span is the speaker's noun phrase, ANNOTATION.md).
AT_TIME_PHRASES = frozenset({("at", "the", "time"), ("at", "that", "time"), ("at", "the", "weekend"),
                             ("at", "the", "moment")})
# Adverbs that stand between a subject and its verb, never at the end of a noun phrase.
_SOURCE_FINAL_ADVERBS = frozenset({"just", "also", "now", "recently", "already", "still", "then",
                                   "never", "often", "again", "once", "always", "previously"})


def mend_sources(found: list[tuple[str, int, int]], tokens: list[Token], lower: list[str],
                  first: int) -> list[tuple[str, int, int]]:
    """Source runs as the rules read sources: a run does not start inside a word written
    without spaces (`JD.com's report`, tokenised `JD . com's`, tagged from `com's`), it does
    not end with a time phrase (`The European Union's top court last week ruled`), and it
    ends before a participle clause set off by commas (`President Obama, dedicating the museum
    on Saturday, said`: the clause tells what the source was doing, as `source_before_clause`
    in `rules` reads it). A relative clause (`Schiff, who has served on the committee,`) stays:
    PolNeAR's sources keep it, and the speaker is resolved from the head either way. Nor does
    it end with an adverb of the verb (`Wells Fargo just this month announced`)."""
    out = []
    for kind, a, b in found:
        if kind == "SRC":
            while a > first and tokens[a - 1].end == tokens[a].start \
                    and (tokens[a - 1].text[:1].isalnum() or tokens[a - 1].text == "."):
                a -= 1
            end = b
            while end - 1 > a and lower[end - 1] in TIME_PADDING and (
                    tokens[end - 1].text.islower() or lower[end - 1] in _WEEKDAYS):
                end -= 1  # a capitalised word is a name's (`This Week`), not a time
            if end < b and any(w in TIME_NOUNS for w in lower[end:b]):
                b = end  # `The European Union's top court last week ruled`
            if b - a > 3 and tuple(lower[b - 3:b]) in AT_TIME_PHRASES:
                b -= 3  # `Theranos at the time said` (Fortune 2017, en-news part Q tune)
            while b - 1 > a and lower[b - 1] in _SOURCE_FINAL_ADVERBS and tokens[b - 1].text.islower():
                b -= 1  # `Wells Fargo just (this month) announced`: the adverb is the verb's
            for k in range(a + 1, b - 2 if lower[b - 1] == "," else a):
                if lower[k] == "," and lower[k + 1].endswith("ing") \
                        and tokens[k + 1].text[0].islower() and lower[k + 1] not in _NOT_PARTICIPLES:
                    b = k
                    break
        out.append((kind, a, b))
    return out


def cue_before_named_clause(found: list[tuple[str, int, int]],
                            tokens: list[Token]) -> list[tuple[str, int, int]]:
    """`Merrill says Machado promised to continue supporting Clinton`: a cue run holding a
    capitalised word and a verb after it, right before a content run, took in the subject and
    verb of the reported clause; the cue ends before the name and the content starts there."""
    out = list(found)
    for n, (kind, a, b) in enumerate(out[:-1]):
        nxt = out[n + 1]
        if kind != "CUE" or b - a < 3 or nxt[0] != "CON" or nxt[1] != b:
            continue
        k = next((k for k in range(a + 1, b - 1) if tokens[k].text[:1].isupper()), None)
        if k is not None and tokens[b - 1].text[:1].islower():
            out[n], out[n + 1] = ("CUE", a, k), ("CON", k, nxt[2])
    return out


# Articles that open a noun phrase, never a cue (`the unification ministry flatly dismissed`).
SUBJECT_ARTICLES = frozenset({"the", "a", "an"})


def cue_without_subject(found: list[tuple[str, int, int]], tokens: list[Token], lower: list[str],
                        lex: Lexicon) -> list[tuple[str, int, int]]:
    """`On Monday, the unification ministry flatly dismissed the report as groundless` (Korea
    Herald 2020): a cue run that opens with an article took in the subject before its verb.
    ANNOTATION.md: the cue is "the verb or phrase that signals attribution", the source "the
    exact text span naming the source"; the run is split where its verb group starts (a past
    reporting verb the lexicon knows, after lower-case -ly adverbs and auxiliaries): the noun
    phrase before it becomes the source run, unless a source run already stands right before.
    A noun cue with its modifiers (`a friendly warning`, `an earlier announcement`, PolNeAR
    train) or a participle used as an adjective (`the previously announced absence`) stays."""
    out: list[tuple[str, int, int]] = []
    for kind, a, b in found:
        out.append((kind, a, b))
        if kind != "CUE" or b - a < 3 or lower[a] not in SUBJECT_ARTICLES:
            continue
        k = next((k for k in range(a + 2, b) if (m := lex.match_cue(lower, k)) is not None
                  and k + m[0] == b), None)
        if k is None:
            continue
        if not (lower[k].endswith("ed") or lower[k] in IRREGULAR_PAST):
            continue  # `a passing promise`, `the false accusations`: a noun cue and its modifiers
        while k - 1 > a + 1 and (lower[k - 1] in PRE_VERB or lower[k - 1].endswith("ly")
                                 and tokens[k - 1].text[:1].islower() and lower[k - 1].isalpha()):
            k -= 1
        if not all(tokens[j].text[:1].isalpha() for j in range(a, k)) or lower[k - 1].endswith("ly"):
            continue  # punctuation inside, or `the previously announced absence`: no noun phrase
        if len(out) > 1 and out[-2][0] == "SRC" and out[-2][2] == a:
            continue
        out[-1:] = [("SRC", a, k), ("CUE", k, b)]
    return out


def close_quoted_contents(found: list[tuple[str, int, int]],
                          tokens: list[Token]) -> list[tuple[str, int, int]]:
    """`"... smoke and ashes," Alberto Shiguematsu, a São Paulo resident ..., said`: a content
    run that opens with a quote mark ends at its closing mark when the tagger ran on into the
    capitalised name after it and a source or cue run follows that name; the name opens the
    source (PolNeAR marks `Name, description,` as one source)."""
    out = list(found)
    for n, (kind, a, b) in enumerate(out):
        opening = tokens[a].text
        if kind != "CON" or not (opening in OPEN_QUOTES or opening in STRAIGHT_QUOTES):
            continue
        closers = CLOSE_QUOTES if opening in OPEN_QUOTES else STRAIGHT_QUOTES
        k = next((k for k in range(a + 1, b) if tokens[k].text in closers
                  or tokens[k].text in OPEN_QUOTES or tokens[k].text in STRAIGHT_QUOTES), None)
        if k is None or tokens[k].text not in closers or not 1 <= b - k - 1 <= 5 \
                or not all(t.text[:1].isupper() for t in tokens[k + 1:b]):
            continue
        after = out[n + 1] if n + 1 < len(out) else None
        if after is None or after[1] not in (b, b + 1) or after[1] == b + 1 and tokens[b].text != ",":
            continue
        if after[0] == "SRC":
            out[n + 1] = ("SRC", k + 1, after[2])
        elif after[0] == "CUE" and after[1] == b:
            out.insert(n + 1, ("SRC", k + 1, b))
        else:
            continue
        out[n] = ("CON", a, k + 1)
    return out


# Reading the model into arrays costs about 0.9 s of CPU and 120 MB once, and saves about 8 ms
# an article after that: it pays back after about a hundred articles (some 2,500 paragraphs).
# A process that tags fewer (`sayso analyze` on one article) keeps CRFsuite's own tagger, which
# maps the model file and starts at once; both give the same labels (tests/test_en_speed20.py).
ARRAYS_AFTER_PARAGRAPHS = 2500


class Tagger:
    """A trained CRF model with the grouping step."""

    def __init__(self, model_path: str | Path, arrays_after: int = ARRAYS_AFTER_PARAGRAPHS) -> None:
        self.path = str(model_path)
        self.arrays_after = arrays_after
        self.paragraphs = 0  # tagged so far by CRFsuite's tagger
        self.model: CrfArrays | None = None
        self._crfsuite: Any = None

    def tag(self, tokens: list[Token], lower: list[str], pieces: list[tuple[int, int, list[Sentence]]],
            lex: Lexicon) -> list[list[str]]:
        """The labels of every paragraph (`paragraphs`): CRFsuite's tagger on the rows of
        `features` for a process's first paragraphs, then the same labels from the model read
        into arrays (`crf_arrays`), all paragraphs of a text scored and decoded at once."""
        if not pieces:
            return []
        if self.model is None and self.paragraphs < self.arrays_after:
            self.paragraphs += len(pieces)
            if self._crfsuite is None:
                self._crfsuite = pycrfsuite.Tagger()
                self._crfsuite.open(self.path)
            return [self._crfsuite.tag(features(tokens, lower, first, last, sents, lex))
                    for first, last, sents in pieces]
        if self.model is None:
            self.model = CrfArrays(self.path)
            self._crfsuite = None
        values = [paragraph_values(tokens, lower, first, last, sents, lex)
                  for first, last, sents in pieces]
        scores = self.model.state_scores(attribute_rows(values, self.model))
        return self.model.viterbi(scores, [len(v.words) for v in values])

    def extract(self, tokens: list[Token], lower: list[str], sentences: list[Sentence],
                lex: Lexicon) -> list[Candidate]:
        result: list[Candidate] = []
        pending: Candidate | None = None
        pieces = paragraphs(sentences)
        tagged = self.tag(tokens, lower, pieces, lex)
        for (first, _, sents), labels in zip(pieces, tagged, strict=True):
            found = mend_sources([(kind, first + a, first + b) for kind, a, b in chunks(labels)],
                                 tokens, lower, first)
            found = cue_before_named_clause(close_quoted_contents(found, tokens), tokens)
            found = cue_without_subject(found, tokens, lower, lex)
            cands = group(found, sents, pending, lower)
            result.extend(cands)
            pending = _dangling(found, cands)
        return result


@lru_cache(maxsize=1)
def default_tagger() -> Tagger | None:
    """The shipped model (`sayso/models/en_crf.crfsuite`), or None when it is missing."""
    path = resources.files("sayso.models").joinpath(MODEL_NAME)
    if not path.is_file():
        return None
    return Tagger(str(path))
