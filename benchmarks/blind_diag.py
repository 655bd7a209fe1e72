"""Why vias and speakers are missed on a set, as counts only: no text is printed.

A clean evaluation set may be scored but not read (its errors would become the next rules). This
tool lets the lead see the *shape* of the errors there and brief the fixing work on classes rather
than sentences (round 17): for every matched pair it classifies

- `via`: each gold via the prediction misses: is it a gazetteer outlet; does the prediction have
  some via or none; is it a proper name or a common noun and how many words (English), or its last
  character and length (Chinese: a shape, not the word); does it sit before or after the cue;
  is it inside the predicted source or content; is it found on another attribution of the article;
- `speaker`: each wrong speaker: no predicted source, a source where gold has none, a pronoun,
  the predicted span inside / around / partly over / apart from the gold one (and before or after
  it, near or far, an outlet on either side).

Usage: .venv/bin/python benchmarks/blind_diag.py {via,speaker} FOLDER [FOLDER ...]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator

from sayso.eval.command import evaluate_path
from sayso.gazetteer import default_gazetteer
from sayso.text import fold_key

PRONOUN = re.compile(r"^(he|she|they|it|we|i|him|her|them|他|她|他们|她们|它|我|我们|其)$", re.I)
ARTICLE = re.compile(r"^(the|a|an|his|her|its|their) ", re.I)


def _key(s: str) -> str:
    return fold_key(s).strip("《》〈〉")


def via_shape(text: str) -> str:
    """A via's shape without its words."""
    t = text.strip()
    if re.search(r"[A-Za-z]", t):
        w = ARTICLE.sub("", t)
        return ("Proper" if w[:1].isupper() else "common") + f"{min(len(w.split()), 4)}w"
    return "end:" + ("《》" if "《" in t else t[-1:]) + f"/{min(len(t), 8)}c"


def _results(folders: list[str]) -> Iterator:
    """Every evaluated article of the folders (`sayso.eval` Result: analysis, gold, score)."""
    for folder in folders:
        yield from evaluate_path(folder).results


def via_classes(folders: list[str]) -> Counter[str]:
    gaz = default_gazetteer()
    out: Counter[str] = Counter()
    for r in _results(folders):
        golds, preds, text = r.gold.attributions, r.analysis.attributions, r.analysis.document.text
        for pair in r.score.pairs:
            ga, pa = golds[pair.gold], preds[pair.pred]
            have = {_key(v.text) for v in pa.via}
            for v in ga.via:
                known = "gaz" if gaz.lookup(v.text) else "nogaz"
                if _key(v.text) in have:
                    out[f"found {known}"] += 1
                    continue
                cue0 = pa.cue[0].start if pa.cue else 0
                parts = ["miss", known, via_shape(v.text), "pred_has_via" if pa.via else "pred_no_via",
                         "before_cue" if v.start < cue0 else "after_cue"]
                if pa.source and _key(v.text) in _key(text[pa.source.start:pa.source.end]):
                    parts.append("in_pred_source")
                if any(s.start <= v.start < s.end for s in pa.content):
                    parts.append("in_pred_content")
                if any(_key(v.text) in {_key(w.text) for w in other.via} for other in preds):
                    parts.append("found_elsewhere")
                out[" ".join(parts)] += 1
        out["gold via on an unmatched attribution"] += sum(len(golds[g].via) for g in r.score.missed)
    return out


def speaker_classes(folders: list[str]) -> Counter[str]:
    gaz = default_gazetteer()
    out: Counter[str] = Counter()
    for r in _results(folders):
        golds, preds, text = r.gold.attributions, r.analysis.attributions, r.analysis.document.text
        for pair in r.score.pairs:
            if pair.speaker:
                out["right"] += 1
                continue
            gs, ps = golds[pair.gold].source, preds[pair.pred].source
            if not gs or not ps:
                out["gold none, predicted some" if not gs else "gold some, predicted none"] += 1
                continue
            parts = ["pronoun" if PRONOUN.match(text[ps.start:ps.end].strip()) else "name"]
            if max(0, min(gs.end, ps.end) - max(gs.start, ps.start)):
                parts.append("inside_gold" if gs.start <= ps.start and ps.end <= gs.end
                             else "around_gold" if ps.start <= gs.start and gs.end <= ps.end else "partial")
            else:
                parts += ["apart", "before" if ps.start < gs.start else "after",
                          "near" if abs(gs.start - ps.start) < 120 else "far"]
                parts += ["pred_outlet"] if gaz.lookup(text[ps.start:ps.end]) else []
                parts += ["gold_outlet"] if gaz.lookup(text[gs.start:gs.end]) else []
            out[" ".join(parts)] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("via", "speaker"))
    ap.add_argument("folders", nargs="+")
    args = ap.parse_args()
    counts = (via_classes if args.what == "via" else speaker_classes)(args.folders)
    for name, n in counts.most_common():
        print(n, name)


if __name__ == "__main__":
    main()
