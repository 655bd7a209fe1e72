"""The language-neutral part of the speaker-error class counters (issue #15).

`zh_speaker_classes.py` and `en_speaker_classes.py` share this loop: match the predicted
attributions to the gold ones as `sayso eval` does, collect the *wrong speaker* pairs (speaker
F1) and the *cluster split* items (speaker B³ recall: the items of a gold speaker outside that
speaker's largest predicted entity), and hand each to the language's own classifier.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.progress import track

from sayso import pipeline
from sayso.eval.gold import discover
from sayso.eval.score import char_set, dice, predicted_forms, scored_pairs, speaker_right
from sayso.text import fold_key

#: folders the counters refuse: count-only halves and reserved clean checks
RESERVED = ("zhtestB", "entestB", "zhFtest", "zhGtest", "/Etest", "/Ftest", "/Gtest",
            "/enclean", "/zhclean", "/r13/", "/test/")

WrongClass = Callable[[object, object, object], str]
SplitClass = Callable[[object, object, object, object], str]


def names_gold(gold, analysis, pred) -> bool:
    """Does any form of the predicted source (span, entity name, aliases) name the gold speaker?"""
    keys = [fold_key(a) for a in gold.speaker if a]
    forms = [fold_key(f) for f in predicted_forms(analysis, pred) if f]
    return any(k and (k in f or (len(f) >= 2 and f in k)) for k in keys for f in forms)


def overlap(gold, pred) -> float:
    """Dice of the gold and predicted source spans (0 when either is missing)."""
    if gold.source is None or pred.source is None:
        return 0.0
    return dice(char_set([gold.source]), char_set([pred.source]))


def article(case, wrong_class: WrongClass, split_class: SplitClass):
    """(wrong records, split records) of one article, each a (class, record) pair.

    `split_class(gold, analysis, pred, top_entity)` gets the speaker's largest predicted
    entity (None when its largest group has no entity)."""
    doc = case.read()
    analysis = pipeline.run(doc)
    gold = case.load(analysis.document)
    golds, preds = gold.attributions, analysis.attributions
    wrong, split = [], []
    by_speaker: dict[str, list[tuple[int, int]]] = defaultdict(list)

    def record(g, p, top=None):
        ent = analysis.entity(p.source.entity) if p.source else None
        rec = {"article": case.id, "gold_source": g.source_text, "gold_speaker": g.speaker[:2],
               "pred_source": p.source.text if p.source else None,
               "entity": f"{ent.name} [{ent.type}]" if ent else None,
               "content": "".join(analysis.document.text[s.start:s.end] for s in p.content)[:50]}
        if top is not None:
            rec["main_entity"] = f"{top.name} [{top.type}]"
        return rec

    for gi, pi, _ in sorted(scored_pairs(golds, preds)):
        g, p = golds[gi], preds[pi]
        if g.speaker:
            by_speaker[fold_key(g.speaker[0])].append((gi, pi))
        if not speaker_right(g, analysis, p, gold.scheme):
            wrong.append((wrong_class(g, analysis, p), record(g, p)))
    for items in by_speaker.values():
        labels = [preds[pi].source.entity if preds[pi].source and preds[pi].source.entity
                  else f"_none{pi}" for _, pi in items]
        # the largest entity; on a tie an entity before a group of source-less items
        top, n = max(Counter(labels).items(), key=lambda kv: (kv[1], not kv[0].startswith("_none")))
        if n == len(items):
            continue
        top_ent = analysis.entity(top) if not top.startswith("_none") else None
        for (gi, pi), lab in zip(items, labels, strict=True):
            if lab != top:
                split.append((split_class(golds[gi], analysis, preds[pi], top_ent),
                              record(golds[gi], preds[pi], top_ent)))
    return wrong, split


def main(argv: list[str] | None, doc: str, wrong_class: WrongClass,
         split_class: SplitClass) -> int:
    """Command line shared by the counters: FOLDER ... [--show CLASS|all] [--json PATH]."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--show", help="print the records of this class (or 'all')")
    ap.add_argument("--json", type=Path, help="write every record here")
    args = ap.parse_args(argv)
    console = Console(width=170)
    out = []
    for folder in args.folders:
        if any(r in str(folder.resolve()) + "/" for r in RESERVED):
            print(f"sayso: {folder}: reserved or count-only set", file=sys.stderr)
            return 2
        cases = discover(folder)
        if not cases:
            print(f"sayso: {folder}: no gold articles found", file=sys.stderr)
            return 2
        wc: Counter[str] = Counter()
        sc: Counter[str] = Counter()
        for case in track(cases, description=str(folder), console=console, transient=True):
            wrong, split = article(case, wrong_class, split_class)
            for measure, rows, counter in (("wrong", wrong, wc), ("split", split, sc)):
                for cls, rec in rows:
                    counter[cls] += 1
                    out.append({"set": folder.name, "measure": measure, "class": cls, **rec})
                    if args.show in (cls, "all") or (args.show and cls.startswith(args.show)):
                        console.print(f"[bold]{measure}/{cls}[/bold] "
                                      f"{json.dumps(rec, ensure_ascii=False)}", highlight=False)
        console.print(f"[bold]{folder}[/bold]")
        for title, counter in (("wrong speaker", wc), ("cluster split", sc)):
            console.print(f"  {title}: " + ", ".join(f"{c} {n}" for c, n in counter.most_common())
                          + f" (total {sum(counter.values())})", highlight=False)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


__all__ = ["RESERVED", "article", "main", "names_gold", "overlap", "speaker_right"]
