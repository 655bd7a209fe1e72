"""Search terms for Chinese and English in one SQLite FTS5 index.

FTS5's tokenizers cannot find a two-character Chinese word (`unicode61` keeps a run of Han
characters as one token; `trigram` needs three characters), and two characters are most of what
users type (王毅, 否认). So text is indexed as Lucene's CJKAnalyzer does: every run of Han
characters becomes its overlapping bigrams (a lone character stays a unigram), after folding to
simplified script with OpenCC, so that a query in either script finds text in the other. Latin
words are kept as words (NFKC, case-folded); `unicode61` then tokenises the term string.
"""

from __future__ import annotations

import re
import unicodedata
from importlib import metadata
from operator import add

from ..text import fold_key, to_simplified

_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+|[^\W_]+", re.UNICODE)
# The same runs, Han runs in group 1 and other words in group 2 (no per-run script test).
_RUNS = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff]+)|([^\W_]+)", re.UNICODE)
_SEP = "\ue000"  # a private-use character: no folding step touches it

# What the terms of a text depend on: these rules, OpenCC's tables and Unicode's NFKC. A store
# records it (contentless search indexes delete a row by being given its terms again), and
# re-indexes when it changes. Raise the first part whenever `terms` changes.
TERMS_VERSION = (f"1/opencc-{metadata.version('opencc')}/unicode-{unicodedata.unidata_version}")


def fold(text: str) -> str:
    """NFKC, simplified script, lower case."""
    return to_simplified(unicodedata.normalize("NFKC", text)).lower()


def fold_many(texts: list[str]) -> list[str]:
    """`fold` of each text with one OpenCC call for all of them (a call costs more than the
    characters it converts); texts are joined by a private-use separator that no step changes.
    """
    if len(texts) < 2 or any(_SEP in t for t in texts):
        return [fold(t) for t in texts]
    out = fold(_SEP.join(texts)).split(_SEP)
    return out if len(out) == len(texts) else [fold(t) for t in texts]


def terms(text: str) -> list[str]:
    """Index terms of `text`: CJK bigrams (a lone Han character as itself) and Latin words."""
    if text.isascii():  # no Han character: no folding, no bigrams
        return _RUN.findall(text.lower())
    return _folded_terms(fold(text))


def _folded_terms(folded: str) -> list[str]:
    out: list[str] = []
    for han, word in _RUNS.findall(folded):
        if word:
            out.append(word)
        elif len(han) == 1:
            out.append(han)
        else:
            out += map(add, han[:-1], han[1:])  # overlapping bigrams
    return out


def index_text(text: str) -> str:
    """The space-separated term string stored in the FTS column."""
    return " ".join(terms(text))


def index_texts(texts: list[str]) -> list[str]:
    """`index_text` of each text, folding them all at once (see `fold_many`)."""
    folded = fold_many([t for t in texts if not t.isascii()])[::-1]
    return [" ".join(_RUN.findall(t.lower()) if t.isascii() else _folded_terms(folded.pop()))
            for t in texts]


def match_query(query: str) -> str | None:
    """An FTS5 MATCH expression for a user query: every word or Han run must occur, a Han run as
    the phrase of its bigrams (so 王毅 matches the bigram 王毅, 外交部长 the phrase 外交 交部
    部长). Quoted parts ("…") are phrases. Returns None when the query has no searchable term."""
    parts: list[str] = []
    for chunk in query_parts(query):
        words = terms(chunk)
        if not words:
            continue
        phrase = " ".join(words)
        parts.append('"' + phrase.replace('"', "") + '"')
    return " AND ".join(parts) if parts else None


def query_parts(query: str) -> list[str]:
    """The parts of a user query: each quoted phrase, each other word."""
    return [quoted or word for quoted, word in re.findall(r'"([^"]+)"|(\S+)', query)]


def locate(text: str, query: str) -> tuple[int, int] | None:
    """Where the first part of `query` that `text` holds occurs, in `text`'s offsets, both
    compared folded (either script, any case); None when no part is found as written (an index
    match can still differ by punctuation or line breaks inside a phrase)."""
    folded = fold(text)
    if len(folded) == len(text):
        starts = None
    else:  # NFKC changed a length (㈱ → (株)): fold each character and map offsets back
        pieces = fold_many(list(text))
        folded = "".join(pieces)
        starts = [i for i, piece in enumerate(pieces) for _ in piece]
    for part in query_parts(query):
        needle = fold(part)
        at = folded.find(needle) if needle else -1
        if at >= 0:
            end = at + len(needle)
            return (at, end) if starts is None else (starts[at], starts[end - 1] + 1)
    return None


def name_key(name: str) -> str:
    """Comparison key of a name in any script (see `sayso.text.fold_key`), NFKC first."""
    return fold_key(unicodedata.normalize("NFKC", name))
