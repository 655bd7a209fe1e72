"""2-fold cross-validation of training the English CRF on PolNeAR train + en-news tune.

How many times to repeat the in-domain (en-news) paragraphs (`--news-repeat K`) is decided on
articles the model has not seen: the en-news tune articles are split into two folds by the
SHA-1 of their id (`fold`), a model is trained on PolNeAR train + fold A (K times) and the full
pipeline scores fold B with the official scorer, and vice versa; the counts of both held-out
folds are summed. K=0 is the control: PolNeAR train only (with this checkout's lexicon), one
model scoring both folds. Each model also scores PolNeAR dev (the mean of the two fold models
is printed), to check the in-domain data does not cost PolNeAR's own figures.

One training at a time (each about 3 min of one core). Prints one line per K and appends a JSON
row per K to --json. Models go to --work (kept, so a variant can be re-scored).

Usage: python benchmarks/cv_en_news.py --repeat 0 1 3 10 [--json cv.jsonl] [--work /tmp/cv]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "evaldata" / "en-news" / "tune"
POLNEAR = ROOT.parent / "shared" / "eval" / "en-polnear"


def fold(article_id: str) -> int:
    """0 or 1: the parity of the SHA-1 of the article id (a split fixed before any result)."""
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 2


def figures(total) -> dict:
    """The reported figures of a summed DocScore (percent, one decimal)."""
    def pct(x: float) -> float:
        return round(100 * x, 1)

    a = total.attribution
    return {"f1": pct(a.f1), "p": pct(a.precision), "r": pct(a.recall),
            "speaker": pct(total.speaker.f1), "content": pct(total.spans["content"].f1),
            "source": pct(total.spans["source"].f1),
            "tp": a.tp, "pred": a.n_pred, "gold": a.n_gold}


def score(cases, model: Path, name: str):
    """SetScore of `cases` through the whole pipeline with `model` as the tagger."""
    from sayso.eval.command import evaluate_case
    from sayso.eval.score import SetScore
    from sayso.lang.en import crf

    tagger = crf.Tagger(model)
    crf.default_tagger = lambda: tagger  # this process only
    out = SetScore(name)
    for case in cases:
        out.docs.append(evaluate_case(case).score)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, nargs="+", default=[0, 1, 3, 10])
    ap.add_argument("--work", default="/tmp/cv_en_news", help="folder for the fold models")
    ap.add_argument("--json", default=None, help="append one JSON row per K to this file")
    ap.add_argument("--no-polnear", action="store_true", help="skip scoring PolNeAR dev")
    args = ap.parse_args()
    from sayso.eval.gold import discover
    from sayso.eval.score import SetScore
    from sayso.lang.en.train import news_articles, train

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    cases = discover(str(NEWS))
    folds = [[c for c in cases if fold(c.id) == f] for f in (0, 1)]
    articles = news_articles(NEWS)
    dev = discover(str(POLNEAR / "dev"))
    print("folds:", [len(f) for f in folds], flush=True)
    for k in args.repeat:
        held_out = []
        polnear = []
        seconds = []
        for f in (0, 1):
            # the control (K=0, PolNeAR only) is one model scoring both folds
            model = work / (f"k{k}-train{1 - f}.crfsuite" if k else "k0.crfsuite")
            if not model.exists():
                t0 = time.perf_counter()
                news = [a for a in articles if fold(a.name) == 1 - f] if k else None
                train(POLNEAR / "train", model, news=news, news_repeat=max(k, 1))
                seconds.append(round(time.perf_counter() - t0))
            held_out.append(score(folds[f], model, f"fold{f}"))
            if not args.no_polnear and (k or f == 0):
                polnear.append(figures(score(dev, model, "polnear").total()))
        both = SetScore("cv", docs=held_out[0].docs + held_out[1].docs)
        row = {"repeat": k, "cv": figures(both.total()),
               "folds": [figures(h.total()) for h in held_out], "train_seconds": seconds}
        if polnear:
            row["polnear_dev"] = {key: round(sum(p[key] for p in polnear) / len(polnear), 2)
                                  for key in ("f1", "p", "r", "speaker", "content", "source")}
            row["polnear_dev_models"] = polnear
        print(json.dumps(row), flush=True)
        if args.json:
            with open(args.json, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
