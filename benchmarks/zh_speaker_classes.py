"""Chinese speaker errors by class, for both speaker measures (issue #15, round 12).

Run by hand on open material only (tune, half A, part F tune; never half B or a reserved set):

    .venv/bin/python benchmarks/zh_speaker_classes.py /work/r11/zhtestA /work/r11/zhFtune
    .venv/bin/python benchmarks/zh_speaker_classes.py FOLDER --show CLASS

Two counts per folder, over the attributions matched as `sayso eval` matches them:

* *wrong speaker* (speaker F1): each matched pair that `speaker_right` rejects, in the first
  class that explains it: no source / spurious source (gold has none) / pronoun (他, 她, 他们,
  其, 对方 ... to the wrong antecedent or none) / description (该发言人, 这位官员, 发言人, 外长,
  该部 ... not linked to the named person or body) / name variant (the span or its entity
  denotes the gold speaker but no form meets the alias rule: 蕭文 for 蕭文生) / span right,
  entity wrong (the predicted span overlaps the gold source, Dice >= 0.5, yet names another
  entity) / wrong source span (the span names something else).
* *cluster split* (speaker B³ recall): within one article, the items of a gold speaker that
  are not in that speaker's largest predicted entity, classed by their own source: pronoun or
  description left unresolved or resolved elsewhere / name variant not merged (the item's
  speaker is right by the alias rule, only the entity differs) / report or statement vs its
  author (报道, 声明 … as a source) / organisation vs its spokesperson / wrong source span.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console
from rich.progress import track

from sayso import pipeline
from sayso.eval.gold import discover
from sayso.eval.score import char_set, dice, predicted_forms, scored_pairs, speaker_right
from sayso.text import fold_key

sys.path.insert(0, str(Path(__file__).parent))
from zh_speaker_errors import DESCRIPTION, PRONOUN  # noqa: E402

RESERVED = ("zhtestB", "zhFtest", "/Etest", "/Ftest", "/test/")
PERSON_TYPES = {"person"}
REPORT = re.compile(r"(报道|報道|报导|報導|報导|报告|報告|声明|聲明|文章|文件|图表|圖表)$")
BODY_TYPES = {"organization", "government", "outlet"}


def _names_gold(gold, analysis, pred) -> bool:
    keys = [fold_key(a) for a in gold.speaker if a]
    forms = [fold_key(f) for f in predicted_forms(analysis, pred) if f]
    return any(k and (k in f or (len(f) >= 2 and f in k)) for k in keys for f in forms)


def _overlap(gold, pred) -> float:
    if gold.source is None or pred.source is None:
        return 0.0
    return dice(char_set([gold.source]), char_set([pred.source]))


def wrong_class(gold, analysis, pred) -> str:
    """The first class (module docstring) that explains one speaker-wrong pair."""
    if pred.source is None:
        return "no source"
    if not gold.has_source:
        return "spurious source"
    span = pred.source.text.strip()
    if PRONOUN.match(span):
        return "pronoun"
    if DESCRIPTION.match(span) and _overlap(gold, pred) < 0.5:
        return "description"
    if _names_gold(gold, analysis, pred):
        return "name variant"
    if _overlap(gold, pred) >= 0.5:
        return "span right, entity wrong"
    return "wrong source span"


def split_class(gold, analysis, pred, majority_type: str | None) -> str:
    """Why one item of a gold speaker sits outside the speaker's largest predicted entity."""
    if pred.source is None:
        return "no source"
    span = pred.source.text.strip()
    ent = analysis.entity(pred.source.entity)
    if PRONOUN.match(span):
        return "pronoun"
    if DESCRIPTION.match(span) and not speaker_right(gold, analysis, pred, "sayso"):
        return "description"
    if REPORT.search(span):
        return "report or statement vs its author"
    if ent is not None and majority_type and (
            {ent.type, majority_type} & PERSON_TYPES and {ent.type, majority_type} & BODY_TYPES):
        return "organisation vs spokesperson"
    if speaker_right(gold, analysis, pred, "sayso") or _names_gold(gold, analysis, pred):
        return "name variant"
    return "wrong source span"


def article(case):
    """(wrong records, split records) of one article."""
    doc = case.read()
    analysis = pipeline.run(doc)
    gold = case.load(analysis.document)
    golds, preds = gold.attributions, analysis.attributions
    wrong, split = [], []
    by_speaker: dict[str, list[tuple[int, int]]] = defaultdict(list)

    def record(g, p):
        ent = analysis.entity(p.source.entity) if p.source else None
        return {"article": case.id, "gold_source": g.source_text, "gold_speaker": g.speaker[:2],
                "pred_source": p.source.text if p.source else None,
                "entity": f"{ent.name} [{ent.type}]" if ent else None,
                "content": "".join(analysis.document.text[s.start:s.end] for s in p.content)[:50]}

    for gi, pi, _ in sorted(scored_pairs(golds, preds)):
        g, p = golds[gi], preds[pi]
        if g.speaker:
            by_speaker[fold_key(g.speaker[0])].append((gi, pi))
        if not speaker_right(g, analysis, p, gold.scheme):
            wrong.append((wrong_class(g, analysis, p), record(g, p)))
    for items in by_speaker.values():
        labels = [preds[pi].source.entity if preds[pi].source and preds[pi].source.entity
                  else f"_none{pi}" for _, pi in items]
        top, n = Counter(labels).most_common(1)[0]
        if n == len(items):
            continue
        top_ent = analysis.entity(top) if not top.startswith("_none") else None
        for (gi, pi), lab in zip(items, labels, strict=True):
            if lab != top:
                split.append((split_class(golds[gi], analysis, preds[pi],
                                          top_ent.type if top_ent else None),
                              record(golds[gi], preds[pi])))
    return wrong, split


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--show", help="print the records of this class (or 'all')")
    ap.add_argument("--json", type=Path, help="write every record here")
    args = ap.parse_args(argv)
    console = Console(width=170)
    out = []
    for folder in args.folders:
        if any(r in str(folder.resolve()) for r in RESERVED):
            print(f"sayso: {folder}: reserved or count-only set", file=sys.stderr)
            return 2
        cases = discover(folder)
        if not cases:
            print(f"sayso: {folder}: no gold articles found", file=sys.stderr)
            return 2
        wc: Counter[str] = Counter()
        sc: Counter[str] = Counter()
        for case in track(cases, description=str(folder), console=console, transient=True):
            wrong, split = article(case)
            for measure, rows, counter in (("wrong", wrong, wc), ("split", split, sc)):
                for cls, rec in rows:
                    counter[cls] += 1
                    out.append({"set": folder.name, "measure": measure, "class": cls, **rec})
                    if args.show in (cls, "all"):
                        console.print(f"[bold]{measure}/{cls}[/bold] "
                                      f"{json.dumps(rec, ensure_ascii=False)}", highlight=False)
        console.print(f"[bold]{folder}[/bold]")
        for title, counter in (("wrong speaker", wc), ("cluster split", sc)):
            console.print(f"  {title}: " + ", ".join(f"{c} {n}" for c, n in counter.most_common())
                          + f" (total {sum(counter.values())})", highlight=False)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
