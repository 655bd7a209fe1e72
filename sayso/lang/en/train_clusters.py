"""Build the English word-cluster table (`sayso/models/en_clusters.tsv`) from unlabeled news.

    OMP_NUM_THREADS=1 python -m sayso.lang.en.train_clusters \\
        --texts /work/shared/eval/en-polnear/train/text /work/shared/eval/en-polnear/dev/text \\
                evaldata/en-news/tune --out sayso/models/en_clusters.tsv

Needs the `train` extra (gensim, scikit-learn); run time needs neither. Method: skip-gram
word2vec (Mikolov et al. 2013) over the texts tokenised and lower-cased exactly as at run time,
then k-means (Lloyd, k-means++ seeding) of the length-normalised vectors at each granularity,
as in the "embeddings as clusters" features of Turian et al. (2010) and Yu et al. (2013).
Determinism: one worker thread, fixed seeds, and a fixed string hash for gensim's initial
vectors (its default is Python's salted `hash`), so the same texts give the same file.
Only article texts are read (`*.txt`); never point it at a held-out test split.
"""

from __future__ import annotations

import argparse
import time
import zlib
from pathlib import Path

from rich.progress import track

from ...errors import InputError
from .tokens import tokenize

GRANULARITIES = (64, 256, 1024)


def _hash(s: str) -> int:
    """A stable string hash for gensim's vector initialisation (Python's `hash` is salted)."""
    return zlib.crc32(s.encode("utf-8"))


def read_corpus(folders: list[str | Path]) -> list[list[str]]:
    """Lower-cased token lists, one per paragraph, of every `*.txt` under the folders."""
    files: list[Path] = []
    for folder in folders:
        p = Path(folder)
        if not p.is_dir():
            raise InputError(str(p), "not a folder of article texts")
        files += sorted(p.rglob("*.txt"))
    out: list[list[str]] = []
    for f in track(files, description="reading texts"):
        text = f.read_text(encoding="utf-8")
        for para in text.split("\n"):
            words = [t.text.lower() for t in tokenize(para)]
            if words:
                out.append(words)
    return out


def build(folders: list[str | Path], out: str | Path, *, dim: int = 100, window: int = 5,
          min_count: int = 3, epochs: int = 15, seed: int = 1,
          granularities: tuple[int, ...] = GRANULARITIES) -> dict:
    """Train word vectors, cluster them and write the table; returns what was done."""
    import numpy as np
    from gensim.models import Word2Vec
    from sklearn.cluster import KMeans

    t0 = time.perf_counter()
    corpus = read_corpus(folders)
    model = Word2Vec(corpus, vector_size=dim, window=window, min_count=min_count, sg=1,
                     negative=10, epochs=epochs, seed=seed, workers=1, hashfxn=_hash)
    words = list(model.wv.index_to_key)
    vecs = model.wv.vectors.astype(np.float64)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-12
    ids = []
    for k in granularities:
        km = KMeans(n_clusters=k, n_init=1, random_state=seed, max_iter=100)
        ids.append(km.fit_predict(vecs))
    rows = sorted(zip(words, *ids, strict=True))
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("word\t" + "\t".join(f"k{k}" for k in granularities) + "\n")
        for word, *cs in rows:
            fh.write(word + "\t" + "\t".join(str(c) for c in cs) + "\n")
    return {"paragraphs": len(corpus), "tokens": sum(map(len, corpus)), "words": len(words),
            "seconds": round(time.perf_counter() - t0, 1), "bytes": Path(out).stat().st_size}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Build the English word-cluster table.")
    ap.add_argument("--texts", nargs="+", required=True, help="folders of article .txt files")
    ap.add_argument("--out", required=True)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    try:
        info = build(args.texts, args.out, dim=args.dim, window=args.window, min_count=args.min_count,
                     epochs=args.epochs, seed=args.seed)
    except InputError as err:
        raise SystemExit(f"sayso: {err}") from None
    print(info)


if __name__ == "__main__":
    main()
