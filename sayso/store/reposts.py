"""Repost clusters: articles that are the same story (reposts, mirrors, light edits, simplified
and traditional copies).

Each document's news text (headline and body sections: credits, navigation and boilerplate that
a repost adds are left out) is folded (NFKC, traditional → simplified, lower case), stripped of
white space and punctuation, and cut into character 5-grams; a MinHash of 128 permutations
(Broder 1997; datasketch) estimates the Jaccard similarity of two documents' shingle sets, and
LSH finds the pairs above THRESHOLD without comparing all pairs. Connected pairs form a cluster.

Thresholds measured on the dev articles (tests/test_store_reposts.py, benchmarks/bench_store.py):
a traditional-script copy with a repost header scores 0.9-1.0, a copy with a paragraph edited
0.8-0.95, different articles on the same event below 0.1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Analysis
from .fold import fold

THRESHOLD = 0.5
PERMUTATIONS = 128
SHINGLE = 5
SCHEME = "affine32"  # stored hash values are only comparable under one scheme
NEWS_SECTIONS = ("headline", "body")
_NOISE = re.compile(r"[\W_]+", re.UNICODE)


def news_text(analysis: Analysis) -> str:
    """The text of the headline and body sections (all of it when there are none)."""
    doc = analysis.document
    parts = [doc.text[s.start:s.end] for s in doc.sections if s.kind in NEWS_SECTIONS]
    return "\n".join(parts) if parts else doc.text


def shingles(text: str) -> set[str]:
    compact = _NOISE.sub("", fold(text))
    if len(compact) <= SHINGLE:
        return {compact} if compact else set()
    return {compact[i:i + SHINGLE] for i in range(len(compact) - SHINGLE + 1)}


def minhash(analysis: Analysis):
    from datasketch import MinHash

    m = MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in sorted(shingles(news_text(analysis)))])
    return m


def to_blob(m) -> bytes:
    return m.hashvalues.astype("<u8").tobytes()


def from_blob(blob: bytes):
    import numpy as np
    from datasketch import LeanMinHash

    return LeanMinHash(seed=1, hashvalues=np.frombuffer(blob, dtype="<u8").astype(np.uint64),
                       scheme=SCHEME)


def clusters(items: Iterable[tuple[str, bytes]], threshold: float = THRESHOLD
             ) -> list[list[str]]:
    """Groups of two or more document ids whose MinHash similarity passes `threshold`."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    hashes = {}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc_id, blob in items:
        m = from_blob(blob)
        parent[doc_id] = doc_id
        for other in lsh.query(m):
            if hashes[other].jaccard(m) >= threshold:
                parent[find(doc_id)] = find(other)
        lsh.insert(doc_id, m)
        hashes[doc_id] = m
    groups: dict[str, list[str]] = {}
    for doc_id in parent:
        groups.setdefault(find(doc_id), []).append(doc_id)
    return [g for g in groups.values() if len(g) > 1]
