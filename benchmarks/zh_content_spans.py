"""Content-span errors of matched Chinese attributions, classed by how the spans differ
(round 14, benchmarks/data/zhext14/classes.md): the end punctuation (a question mark, a trailing
。), quotation marks only, 等/云云, the number of parts, or whole clauses and sentences more or
fewer than the gold. Pairs are the scorer's (`sayso.eval.score.score_document`).

    python benchmarks/zh_content_spans.py FOLDER [FOLDER ...]
"""

from __future__ import annotations

import argparse
import collections

from sayso.eval.gold import discover
from sayso.eval.score import char_set, score_document
from sayso.pipeline import run

QUOTES = set("“”「」『』\"'‘’")
END_PUNCT = set("。！？!?；;，,…")
SENTENCE_END = set("。！？\n")


def classify(text: str, gold_parts: int, pred_parts: int, extra: list[int], missing: list[int]) -> str:
    """The class of one inexact content pair from the characters only one side covers."""
    xs = "".join(text[i] for i in extra)
    ms = "".join(text[i] for i in missing)
    if (xs and set(xs) <= END_PUNCT and not ms) or (ms and set(ms) <= END_PUNCT and not xs):
        return "end punctuation in or out (？ ? 。)"
    if all(c in QUOTES or c in END_PUNCT or c.isspace() for c in xs + ms):
        return "quotation marks only"
    if xs.strip("。 ") in ("等", "云云", "等等") or ms.strip("。 ") in ("等", "云云", "等等"):
        return "end word 等/云云"
    if gold_parts != pred_parts:
        return "parts split or joined differently"
    if extra and missing:
        return "both longer and shorter"
    side, chars = ("prediction longer", xs) if extra else ("prediction shorter", ms)
    if set(chars.rstrip("。")) & SENTENCE_END:
        return side + ": over a sentence end"
    if set(chars) & set("，,；;"):
        return side + ": by clauses"
    return side + ": by a few characters"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--examples", type=int, default=3, help="examples shown per class")
    args = ap.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for folder in args.folders:
        for case in discover(folder):
            doc = case.read()
            gold = case.load(doc)
            analysis = run(doc)
            for pair in score_document(gold, analysis).pairs:
                g = gold.attributions[pair.gold]
                p = analysis.attributions[pair.pred]
                gs, ps = char_set(g.content), char_set(p.content)
                if gs == ps:
                    counts["exact"] += 1
                    continue
                extra, missing = sorted(ps - gs), sorted(gs - ps)
                k = classify(doc.text, len(g.content), len(p.content), extra, missing)
                counts[k] += 1
                examples[k].append(f"{case.id}: +[{''.join(doc.text[i] for i in extra)[:40]}] "
                                   f"-[{''.join(doc.text[i] for i in missing)[:40]}]")
    for k, n in counts.most_common():
        print(f"{n:5d}  {k}")
        for e in examples[k][:args.examples]:
            print("         " + e)
    print(f"{sum(counts.values()):5d}  matched pairs")


if __name__ == "__main__":
    main()
