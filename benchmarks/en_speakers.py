"""Classify the matched English attributions whose speaker is wrong (issue #11 item 5, #15).

A matched pair (content Dice >= 0.5, the official scorer's pairing) is counted wrong by the
scorer's own rule (`sayso.eval.score.speaker_right`). Each wrong pair gets one class:

- `no source, same cue` / `no source, other cue`: the prediction has no source, the gold
  has one (with the gold's cue, or on another frame);
- `spurious source`: the gold has no source, the prediction names one;
- `other NP, same cue` / `other NP, other cue`: the predicted source span does not overlap
  the gold source span, with the gold's cue (a wrong noun phrase) or another cue (the
  prediction reads another frame over the same content);
- `too long` / `too short` / `partial`: the spans overlap but are not the same
  (for PolNeAR, where speaker = source Dice >= 0.5, these are the span errors);
- `pronoun -> wrong entity`: same span, a pronoun resolved to another entity; the antecedent's
  first mention is classed `heading` (before the first blank-line paragraph of the body),
  `quoted` (inside quotation marks), or `text`;
- `description unresolved`: same span, a description ("the spokesman") whose entity is not the
  gold speaker;
- `name not merged / display`: same span, a name whose entity and aliases match no gold alias.

Prints counts per set and, with `--show N`, up to N examples per class.

Usage: python benchmarks/en_speakers.py [SET ...] [--show N] [--max-docs N]
       (default: PolNeAR dev and evaldata/en-news/tune)
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from sayso.eval.command import evaluate_path
from sayso.eval.score import dice

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "en-polnear" / "dev"
TUNE = ROOT / "evaldata" / "en-news" / "tune"

PRONOUNS = frozenset("he she they it we i you him her them his its their who which".split())
QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def _first_mention_class(text: str, names: list[str]) -> str:
    """Where the entity's earliest mention sits: a heading, inside a quotation, or text."""
    at = min((i for n in names if n and (i := text.find(n)) >= 0), default=-1)
    if at < 0:
        return "text"
    para = text.find("\n\n")
    if 0 <= para and at < para:
        return "heading"
    if any(m.start() < at < m.end() for m in QUOTED.finditer(text)):
        return "quoted"
    return "text"


def classify_pair(text: str, ga, pa, analysis) -> tuple[str, str]:
    """(class, example line) of one wrongly-spoken pair."""
    gs = ga.source if ga.has_source else None
    ps = pa.source
    gtxt = text[gs.start:gs.end] if gs else None
    ent = analysis.entity(ps.entity) if ps and ps.entity else None
    pdesc = f"{ps.text!r} -> {ent.name if ent else None!r}" if ps else "None"
    ex = f"gold {gtxt!r} {ga.speaker[:2]} | pred {pdesc}"
    same_cue = bool({(c.start, c.end) for c in ga.cue} & {(c.start, c.end) for c in pa.cue})
    if ps is None:
        return ("no source, same cue" if same_cue else "no source, other cue"), ex
    if gs is None:
        return "spurious source", ex
    g = set(range(gs.start, gs.end))
    p = set(range(ps.start, ps.end))
    if not g & p:
        # the same frame with another noun phrase, or another frame (cue) matched to the content
        return ("other NP, same cue" if same_cue else "other NP, other cue"), ex
    if g != p:
        d = dice(g, p)
        if p > g:
            return "too long" if d < 0.5 else "too long (Dice>=.5)", ex
        if p < g:
            return "too short" if d < 0.5 else "too short (Dice>=.5)", ex
        return "partial", ex
    first = ps.text.split()[0].lower() if ps.text.split() else ""
    if ps.text.lower() in PRONOUNS:
        where = _first_mention_class(text, [ent.name, *ent.aliases] if ent else [])
        return f"pronoun -> wrong entity ({where})", ex
    if first in ("the", "a", "an") or ps.text[:1].islower():
        return "description unresolved", ex
    return "name not merged / display", ex


def classify(path: str, max_docs: int | None) -> tuple[Counter, dict[str, list[str]]]:
    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for result in evaluate_path(path, max_docs=max_docs).results:
        text = result.analysis.document.text
        golds, preds = result.gold.attributions, result.analysis.attributions
        for pair in result.score.pairs:
            counts["matched"] += 1
            if pair.speaker:
                continue
            cls, ex = classify_pair(text, golds[pair.gold], preds[pair.pred], result.analysis)
            counts[cls] += 1
            examples[cls].append(f"{result.gold.id}: {ex}")
    return counts, examples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", default=[str(DEV), str(TUNE)])
    ap.add_argument("--show", type=int, default=0, help="examples per class")
    ap.add_argument("--max-docs", type=int, default=None)
    args = ap.parse_args()
    for path in args.sets:
        counts, examples = classify(path, args.max_docs)
        wrong = sum(v for k, v in counts.items() if k != "matched")
        print(f"== {path}: {counts['matched']} matched, {wrong} wrong speaker")
        for cls, n in counts.most_common():
            if cls == "matched":
                continue
            print(f"  {n:4d}  {cls}")
            for line in examples[cls][:args.show]:
                print(f"          {line}")


if __name__ == "__main__":
    main()
