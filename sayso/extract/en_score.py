"""A quick PolNeAR scorer for developing the English extractor (`sayso eval` is the reference).

It follows `/work/shared/eval/README.md`: content match by character Dice >= 0.5, one-to-one,
greedy by overlap; speaker-correct by source-span Dice >= 0.5 (PolNeAR sources are unresolved);
exact-span F1 for source, cue and content on exact offsets (each part of a discontinuous span
counts alone, a span shared by several attributions once), as `sayso eval` does.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..model import Analysis, Attribution, Document
from ..pipeline import Context
from .en_brat import GoldArticle, GoldAttribution, iter_articles

Spans = tuple[tuple[int, int], ...]


def _chars(spans: Iterable[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def dice(a: Spans, b: Spans) -> float:
    ca, cb = _chars(a), _chars(b)
    return 2 * len(ca & cb) / (len(ca) + len(cb)) if ca or cb else 0.0


def _pred_spans(a: Attribution) -> tuple[Spans, Spans, Spans]:
    return (
        ((a.source.start, a.source.end),) if a.source else (),
        tuple((s.start, s.end) for s in a.cue),
        tuple((s.start, s.end) for s in a.content),
    )


def score_article(gold: list[GoldAttribution], pred: list[Attribution], counts: Counter) -> None:
    """Add one article's matches to `counts`."""
    preds = [_pred_spans(a) for a in pred]
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            d = dice(g.content, p[2])
            if d >= 0.5:
                pairs.append((d, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p = set(), set()
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = gold[gi], preds[pi]
        counts["match"] += 1
        if (not g.source and not p[0]) or (g.source and p[0] and dice(g.source, p[0]) >= 0.5):
            counts["speaker"] += 1
        counts["cue_ok"] += bool(g.cue) and dice(g.cue, p[1]) >= 0.5
    counts["gold"] += len(gold)
    counts["pred"] += len(preds)
    for role, k in (("source", 0), ("cue", 1), ("content", 2)):
        gset = {piece for g in gold for piece in getattr(g, role)}
        pset = {piece for p in preds for piece in p[k]}
        counts[f"{role}_gold"] += len(gset)
        counts[f"{role}_pred"] += len(pset)
        counts[f"{role}_exact"] += len(gset & pset)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def summary(counts: Counter) -> dict[str, dict[str, float]]:
    out = {
        "attribution": _prf(counts["match"], counts["pred"], counts["gold"]),
        "speaker": _prf(counts["speaker"], counts["pred"], counts["gold"]),
    }
    for role in ("source", "cue", "content"):
        out[f"exact_{role}"] = _prf(counts[f"{role}_exact"], counts[f"{role}_pred"], counts[f"{role}_gold"])
    return out


def run_extractor(article: GoldArticle, mode: str) -> list[Attribution]:
    """The extractor's attributions for one article (`mode`: rules, crf or combined)."""
    from . import en

    doc = Document(text=article.text, id=article.name, language="en")
    return en.extract(Analysis(document=doc), Context(), mode)


def measure(folder: str | Path, mode: str = "combined") -> dict:
    """Scores and speed of the extractor on a PolNeAR split."""
    articles = list(iter_articles(folder))
    counts: Counter = Counter()
    t0 = time.process_time()
    preds = [run_extractor(a, mode) for a in articles]
    cpu = time.process_time() - t0
    for a, p in zip(articles, preds, strict=True):
        score_article(a.attributions, p, counts)
    result = summary(counts)
    result["articles"] = len(articles)
    result["articles_per_cpu_second"] = round(len(articles) / cpu, 1) if cpu else None
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--mode", default="combined", choices=("rules", "crf", "combined"))
    args = ap.parse_args(argv)
    try:
        print(json.dumps(measure(args.folder, args.mode), indent=1))
    except InputError as err:
        raise SystemExit(f"sayso: {err}") from None


if __name__ == "__main__":
    main()
