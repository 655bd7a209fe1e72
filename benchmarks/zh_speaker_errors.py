"""Why Chinese speakers are wrong: matched attributions with a wrong speaker, classified and counted.

Run by hand on tune/dev material only (never on a `test/` split):

    .venv/bin/python benchmarks/zh_speaker_errors.py ../shared/eval/zh-dev evaldata/zh-news/tune
    .venv/bin/python benchmarks/zh_speaker_errors.py FOLDER --show CLASS

Attributions are matched as `sayso eval` matches them (content Dice >= 0.5, one to one); a
matched pair is speaker-wrong when `sayso.eval.score.speaker_right` says so (the README's
Scoring rule 3). Each wrong pair is put in the first class that explains it:

- *no source*: gold names a speaker, the prediction has no source;
- *spurious source*: gold has no source (unnamed), the prediction names one;
- *naming*: the predicted source span, or its entity, denotes the gold speaker (the span
  text contains a gold alias or a gold alias contains it), but no predicted form meets the
  alias rule: the entity's display name/aliases miss the gold forms;
- *pronoun*: the span is a pronoun (他/她/他们/其/该…) resolved to the wrong entity or none;
- *description*: the span is a description (发言人, 该官员, 外长, 该报…) not resolved to the
  named person/body;
- *other speaker*: the span names someone else (span wrong, e.g. a nearer name or a nested source).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import track

from sayso import pipeline
from sayso.eval.gold import discover
from sayso.eval.score import predicted_forms, scored_pairs, speaker_right
from sayso.text import fold_key

PRONOUN = re.compile(r"^(他|她|它|他们|她们|它们|其|该|此|对方|本人|自己|他本人|她本人|"
                     r"[他她]們|彼|渠|其本人)$")
DESCRIPTION = re.compile(r"^(该|這|这|此|這位|这位|该名|該名|該|有關|有关)?.{0,8}"
                         r"(发言人|發言人|官员|官員|人士|外长|外長|部长|部長|总统|總統|总理|總理|"
                         r"主席|报|報|媒体|媒體|机构|機構|公司|政府|当局|當局|负责人|負責人|"
                         r"大使|首相|专家|專家|警方|法院|组织|組織|委员会|委員會|部门|部門|"
                         r"分析师|分析師|教授|学者|學者|议员|議員|律师|律師|代表|团|團|党|黨|方)$")


def classify(gold, analysis, pred) -> str:
    """The first class (see the module docstring) that explains one wrong pair."""
    if pred.source is None:
        return "no source"
    if not gold.has_source:
        return "spurious source"
    span = pred.source.text
    keys = [fold_key(a) for a in gold.speaker if a]
    forms = [fold_key(f) for f in predicted_forms(analysis, pred) if f]
    if any(k and (k in f or (len(f) >= 2 and f in k)) for k in keys for f in forms):
        return "naming"
    if PRONOUN.match(span.strip()):
        return "pronoun"
    if DESCRIPTION.match(span.strip()):
        return "description"
    return "other speaker"


def wrong_pairs(case):
    """(class, record) for every speaker-wrong matched pair of one article."""
    doc = case.read()
    analysis = pipeline.run(doc)
    gold = case.load(analysis.document)
    golds, preds = gold.attributions, analysis.attributions
    pairs = scored_pairs(golds, preds)
    out = []
    for gi, pi, _ in sorted(pairs):
        g, p = golds[gi], preds[pi]
        if speaker_right(g, analysis, p, gold.scheme):
            continue
        ent = analysis.entity(p.source.entity) if p.source else None
        out.append((classify(g, analysis, p), {
            "article": case.id,
            "gold_source": g.source_text,
            "gold_speaker": g.speaker,
            "pred_source": p.source.text if p.source else None,
            "entity": f"{ent.name} [{ent.type}] {ent.aliases}" if ent else None,
            "content": "".join(analysis.document.text[s.start:s.end] for s in p.content)[:60],
        }))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--show", help="print the pairs of this class (or 'all')")
    ap.add_argument("--json", type=Path, help="write every wrong pair here")
    args = ap.parse_args(argv)
    console = Console(width=160)
    counts: Counter[str] = Counter()
    records = []
    for folder in args.folders:
        if "/test" in str(folder.resolve()):
            print(f"sayso: {folder}: test splits are reserved", file=sys.stderr)
            return 2
        cases = discover(folder)
        if not cases:
            print(f"sayso: {folder}: no gold articles found", file=sys.stderr)
            return 2
        for case in track(cases, description=str(folder), console=console, transient=True):
            for cls, rec in wrong_pairs(case):
                counts[cls] += 1
                records.append({"class": cls, **rec})
                if args.show in (cls, "all"):
                    console.print(f"[bold]{cls}[/bold] {json.dumps(rec, ensure_ascii=False)}",
                                  markup=True, highlight=False)
    for cls, n in counts.most_common():
        console.print(f"{cls:16s} {n}")
    console.print(f"{'total':16s} {sum(counts.values())}")
    if args.json:
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
