"""Measure a learned stance / certainty corrector over the open gold (measurement only, round 13).

One example per matched (gold, predicted) attribution pair on the open sets; features are the
rules' stance and certainty, the cue, the content's first and last words (Chinese: character
1-3-grams of the cue and of the content's start and end), negation / denial words in the
sentence window, an unnamed source, nesting. Labels: gold stance, gold certainty. Logistic
regression, 5-fold cross-validation grouped by article; the model is also consulted only when
its probability exceeds t. With `--halfb` it trains on all open sets and prints only the two
accuracies (rules, model) on half B (count only).

    PYTHONPATH=$PWD:.sk python benchmarks/learned_stance.py en
    PYTHONPATH=$PWD:.sk python benchmarks/learned_stance.py zh --halfb
"""

from __future__ import annotations

import argparse
import re

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from sayso.eval.command import evaluate_path

OPEN = {
    "en": ["/tmp/AD/tune", "/work/r11/Etune", "/work/r11/Ftune", "/work/r12/Gtune", "/work/r11/entestA"],
    "zh": ["/work/r11/zhtune", "/work/r11/zhFtune", "/work/r12/zhGtune", "/work/r11/zhtestA"],
}
HALF_B = {"en": "/work/r11/entestB", "zh": "/work/r11/zhtestB"}
NEG_EN = re.compile(r"\b(not|no|never|n't|deny|denied|denies|denial|reject\w*|dismiss\w*|false|untrue|"
                    r"refut\w*|baseless|disput\w*|alleg\w*|accus\w*|claim\w*|promis\w*|vow\w*|pledg\w*|"
                    r"condemn\w*|criticis\w*|criticiz\w*)\b", re.I)
NEG_ZH = ["不", "没", "未", "否认", "驳斥", "否定", "拒绝", "指控", "谴责", "承诺", "声称", "不实", "谣言",
          "并非", "无", "批评", "指责", "誓言"]
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def ngrams(text: str, n_max: int = 3) -> list[str]:
    return [text[i:i + n] for n in range(1, n_max + 1) for i in range(len(text) - n + 1)]


def features(lang: str, text: str, a) -> dict[str, float]:
    f: dict[str, float] = {f"rs={a.stance}": 1, f"rc={a.certainty}": 1,
                           f"rs,rc={a.stance},{a.certainty}": 1}
    cue = " ".join(c.text for c in a.cue).lower()
    content = " ".join(c.text for c in a.content)
    if a.source is None:
        f["unnamed"] = 1
    if a.parent:
        f["nested"] = 1
    ends = [s.end for s in [*a.cue, *a.content]] or [a.start]
    lo, hi = a.start, max(ends)
    if lang == "en":
        f[f"cue={cue}"] = 1
        words = re.findall(r"\w+|n't", content.lower())
        if words:
            f[f"c0={words[0]}"] = 1
            f[f"c-1={words[-1]}"] = 1
        left = text.rfind(".", 0, lo) + 1
        right = text.find(".", hi)
        right = text.find(".", right + 1) if right >= 0 else len(text)  # and the next sentence
        window = text[left:right if right >= 0 else len(text)]
        for m in NEG_EN.findall(window):
            f[f"neg={m.lower()}"] = 1
    else:
        for g in ngrams(cue):
            f[f"cue:{g}"] = 1
        for g in ngrams(content[:3]):
            f[f"c0:{g}"] = 1
        for g in ngrams(content[-3:]):
            f[f"c-1:{g}"] = 1
        left = max(text.rfind(p, 0, lo) for p in "。！？\n") + 1
        right = hi
        for _ in range(2):  # this sentence and the next
            nxt = [i for i in (text.find(p, right + 1) for p in "。！？\n") if i >= 0]
            right = min(nxt) if nxt else len(text)
        window = text[left:right]
        for w in NEG_ZH:
            if w in window:
                f[f"neg={w}"] = 1
    return f


def examples(lang: str, paths: list[str]):
    rows = []
    for path in paths:
        es = evaluate_path(path)
        for r in es.results:
            text = r.analysis.document.text
            for pair in r.score.pairs:
                g = r.gold.attributions[pair.gold]
                p = r.analysis.attributions[pair.pred]
                rows.append((f"{path}:{r.case.text_path.name}", features(lang, text, p),
                             p.stance, p.certainty, g.stance, g.certainty))
    return rows


def fit(x, y):
    return LogisticRegression(max_iter=2000, C=1.0).fit(x, y)


def evaluate(rows, field: int, rule_field: int) -> dict[str, tuple[int, ...]]:
    keep = [r for r in rows if r[field]]
    y = np.array([r[field] for r in keep])
    rule = np.array([r[rule_field] for r in keep])
    groups = np.array([r[0] for r in keep])
    vec = DictVectorizer()
    x = vec.fit_transform([r[1] for r in keep])
    pred = rule.copy()
    conf = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=5).split(x, y, groups):
        m = fit(x[tr], y[tr])
        prob = m.predict_proba(x[te])
        pred[te] = m.classes_[prob.argmax(1)]
        conf[te] = prob.max(1)
    out = {"n": (len(y), len(set(groups))), "rules": (int((rule == y).sum()), len(y)),
           "model": (int((pred == y).sum()), len(y))}
    for t in THRESHOLDS:
        mixed = np.where(conf > t, pred, rule)
        out[f"t={t}"] = (int((mixed == y).sum()), int((conf > t).sum()), int((mixed != rule).sum()))
    return out


def half_b(rows, test_rows, field: int, rule_field: int) -> tuple[float, float, int]:
    keep = [r for r in rows if r[field]]
    test = [r for r in test_rows if r[field]]
    vec = DictVectorizer()
    x = vec.fit_transform([r[1] for r in keep])
    m = fit(x, np.array([r[field] for r in keep]))
    y = np.array([r[field] for r in test])
    pred = m.predict(vec.transform([r[1] for r in test]))
    rule = np.array([r[rule_field] for r in test])
    return 100 * float((rule == y).mean()), 100 * float((pred == y).mean()), len(y)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lang", choices=["en", "zh"])
    ap.add_argument("--halfb", action="store_true", help="also train on all open sets, score half B")
    args = ap.parse_args()
    rows = examples(args.lang, OPEN[args.lang])
    for name, field, rule_field in (("stance", 4, 2), ("certainty", 5, 3)):
        res = evaluate(rows, field, rule_field)
        n, arts = res["n"]
        line = [f"{args.lang} {name}: n={n} ({arts} articles)",
                f"rules {100 * res['rules'][0] / n:.1f}", f"model {100 * res['model'][0] / n:.1f}"]
        line += [f"{k} {100 * res[k][0] / n:.1f} (consulted {res[k][1]}, changed {res[k][2]})" for k in res if k.startswith("t=")]
        print(" | ".join(line))
    if args.halfb:
        test_rows = examples(args.lang, [HALF_B[args.lang]])
        for name, field, rule_field in (("stance", 4, 2), ("certainty", 5, 3)):
            rule_acc, model_acc, n = half_b(rows, test_rows, field, rule_field)
            print(f"{args.lang} half B {name}: rules {rule_acc:.1f} model {model_acc:.1f} (n={n})")


if __name__ == "__main__":
    main()
