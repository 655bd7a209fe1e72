"""Train the English attribution CRF on PolNeAR's train split, optionally with sayso gold.

Reproduces the shipped model (sayso/models/README.md has the exact command):

    python -m sayso.lang.en.train --data /work/shared/eval/en-polnear/train \\
        --news evaldata/en-news/tune --news-repeat K --out sayso/models/en_crf.crfsuite

`--news` adds articles annotated in the sayso gold format (`*.gold.json`, the output contract's
conventions, e.g. en-news), each paragraph one sequence: the gold spans are first mapped to
PolNeAR's conventions by the scorer's own mapping (`polnear_content`, `polnear_cue`,
`polnear_source`), so the tagger learns one convention and the grouping code keeps working.
`optional` attributions are left out (their tokens stay O, as in a paragraph without any gold:
such paragraphs are the negatives where PolNeAR's broad notion of attribution and ours differ).
python-crfsuite has no instance weights, so `--news-repeat K` appends every such sequence K
times, the usual substitute for weighting a small in-domain set.

One process, L-BFGS with elastic-net regularisation (CRFsuite defaults otherwise); the
training texts are tokenised, split and featurised exactly as at run time (`en_crf.features`),
including, when `en_crf.CLUSTER_FEATURES` is on, the word classes of the shipped `sayso/models/en_clusters.tsv` (rebuilt, if ever, by
`sayso.lang.en.train_clusters` BEFORE retraining: the model's weights are tied to its ids).
Gold spans become B/I labels on the tokens they overlap; a token claimed by two spans keeps
the first (PolNeAR is univocal, so that is rare).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from ...errors import InputError
from ...eval.gold import as_analysis, discover
from ...eval.score import polnear_content, polnear_cue, polnear_source
from .brat import GoldArticle, GoldAttribution, iter_articles
from .clusters import CLUSTERS_NAME
from .clusters import table as cluster_table
from .crf import CLUSTER_FEATURES, features, paragraphs
from .lexicon import lexicon
from .tokens import split_sentences, tokenize


def label_tokens(article: GoldArticle, starts: list[int], ends: list[int]) -> list[str]:
    """BIO labels for the tokens (given by their offsets) of one article."""
    labels = ["O"] * len(starts)
    import bisect

    for gold in article.attributions:
        for role, tag in ((gold.source, "SRC"), (gold.cue, "CUE"), (gold.content, "CON")):
            for s, e in role:
                k = bisect.bisect_right(ends, s)
                begin = True
                while k < len(starts) and starts[k] < e:
                    if labels[k] == "O":
                        labels[k] = ("B-" if begin else "I-") + tag
                    begin = False
                    k += 1
    return labels


def article_sequences(article: GoldArticle):
    """(features, labels) per paragraph of one article."""
    lex = lexicon()
    tokens = tokenize(article.text)
    lower = [t.text.lower() for t in tokens]
    sentences = split_sentences(article.text, tokens)
    labels = label_tokens(article, [t.start for t in tokens], [t.end for t in tokens])
    for first, last, sents in paragraphs(sentences):
        yield features(tokens, lower, first, last, sents, lex), labels[first:last]


def sequences(folder: str | Path, limit: int | None = None):
    """(features, labels) per paragraph of every article in a PolNeAR split."""
    for n, article in enumerate(iter_articles(folder)):
        if limit is not None and n >= limit:
            break
        yield from article_sequences(article)


def news_articles(folder: str | Path, ids: set[str] | None = None) -> list[GoldArticle]:
    """The sayso-gold articles of `folder` (only those whose id is in `ids`, when given) with
    their non-optional attributions in PolNeAR's span conventions, offsets into the text as
    `sayso analyze` reads it (the text the tagger sees at run time)."""
    out = []
    for case in discover(folder):
        if case.scheme != "sayso":
            raise InputError(str(case.gold_path), "not a sayso gold file (*.gold.json)")
        if ids is not None and case.id not in ids:
            continue
        document = case.read()
        gold = case.load(document)
        text = document.text
        golds = []
        for g, a in zip(gold.attributions, as_analysis(gold, document).attributions, strict=True):
            if g.optional or not (g.content or g.cue):
                continue
            source = polnear_source(text, a)
            golds.append(GoldAttribution(
                source=((source.start, source.end),) if source is not None else (),
                cue=tuple((c.start, c.end) for c in (polnear_cue(text, c) for c in a.cue)),
                content=tuple(sorted((c.start, c.end)
                                     for c in (polnear_content(text, c) for c in a.content)))))
        out.append(GoldArticle(case.id, text, golds))
    return out


def train(data: str | Path, out: str | Path, *, max_iterations: int = 100, c1: float = 0.1,
          c2: float = 0.3, min_freq: int = 1, limit: int | None = None,
          news: list[GoldArticle] | None = None, news_repeat: int = 1,
          verbose: bool = False) -> dict:
    """Train and save a model; returns what was done (sizes, seconds). The defaults are the
    shipped model's (sayso/models/README.md: 100 iterations, c2=0.3 won with word classes).
    `news` (from `news_articles`) are appended after PolNeAR, each paragraph `news_repeat`
    times."""
    t0 = time.perf_counter()
    if CLUSTER_FEATURES and not cluster_table():  # a model trained without them would not fit the shipped table
        raise InputError(f"sayso/models/{CLUSTERS_NAME}", "word-cluster table missing; "
                         "build it with python -m sayso.lang.en.train_clusters")
    trainer = pycrfsuite.Trainer(verbose=verbose)
    n_seq = n_tok = 0
    for xseq, yseq in sequences(data, limit):
        trainer.append(xseq, yseq)
        n_seq += 1
        n_tok += len(yseq)
    n_news = 0
    for article in news or []:
        for xseq, yseq in article_sequences(article):
            for _ in range(news_repeat):
                trainer.append(xseq, yseq)
            n_news += 1
    trainer.set_params({
        "c1": c1, "c2": c2, "max_iterations": max_iterations,
        "feature.minfreq": min_freq, "feature.possible_transitions": True,
    })
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return {
        "sequences": n_seq, "tokens": n_tok, "news_sequences": n_news,
        "news_repeat": news_repeat, "seconds": round(time.perf_counter() - t0, 1),
        "bytes": Path(out).stat().st_size, "iterations": max_iterations,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Train the English attribution CRF on PolNeAR train "
                                             "(+ sayso gold articles).")
    ap.add_argument("--data", required=True, help="PolNeAR split folder (text/, attributions/)")
    ap.add_argument("--out", required=True, help="model file to write (.crfsuite)")
    ap.add_argument("--max-iterations", type=int, default=100)
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.3)
    ap.add_argument("--min-freq", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None, help="train on the first N articles only")
    ap.add_argument("--news", default=None,
                    help="folder of sayso gold articles (*.gold.json) to train on as well")
    ap.add_argument("--news-repeat", type=int, default=1,
                    help="times each --news paragraph is appended (no instance weights in CRFsuite)")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    try:
        if args.news_repeat < 1:
            raise InputError("--news-repeat", "must be at least 1")
        news = news_articles(args.news) if args.news else None
        info = train(args.data, args.out, max_iterations=args.max_iterations, c1=args.c1,
                     c2=args.c2, min_freq=args.min_freq, limit=args.limit, news=news,
                     news_repeat=args.news_repeat, verbose=args.verbose)
        print(info)
    except InputError as err:
        raise SystemExit(f"sayso: {err}") from None


if __name__ == "__main__":
    main()
