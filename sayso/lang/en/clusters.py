"""Word clusters for the English tagger: distributional classes learnt from unlabeled news.

A CRF sees each word as an opaque string, so a word rare or absent in PolNeAR train (a verb of
saying, a title, an outlet) tells it little. Word classes learnt from unlabeled text are a
classic, cheap cure for this in sequence labelling (Brown et al. 1992; Koo et al. 2008; Turian,
Ratinov & Bengio 2010, who found both Brown clusters and embeddings-as-clusters help a CRF):
words that occur in similar contexts share a class id, and the tagger learns weights for
classes as well as words. Here the classes are k-means partitions of word2vec vectors at three
granularities (`sayso.lang.en.train_clusters` builds them, offline; see
`sayso/models/README.md`); at run time this module only reads the shipped table.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

CLUSTERS_NAME = "en_clusters.tsv"


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, ...]]:
    """Lower-cased word -> its class ids, coarse to fine (empty when the table is not shipped).

    The file has a header line of granularities then `word<TAB>id<TAB>id...` lines."""
    path = resources.files("sayso.models").joinpath(CLUSTERS_NAME)
    if not path.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8") as fh:
        next(fh, None)
        for line in fh:
            word, *ids = line.rstrip("\n").split("\t")
            out[word] = tuple(ids)
    return out
