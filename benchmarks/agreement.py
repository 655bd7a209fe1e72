"""Inter-annotator agreement: score one gold annotation against another with sayso's own scorer.

Why: the clean checks score the system against one annotator. How far two careful annotators
reading ANNOTATION.md agree with each other bounds what the system can reach. This scores gold B
as if it were a prediction against gold A, with exactly the rules of `sayso/eval/score.py`
(content Dice matching, the speaker alias rule, via recall, stance and certainty accuracy,
exact spans), and the other way round (F1 is nearly symmetric; via recall is not).

B becomes an `Analysis` by `sayso.eval.gold.as_analysis` (its attributions located in the text;
one source entity per speaker alias list, whose aliases are B's). B's optional attributions are
left out of the prediction: a system has no "optional", and an annotator's hedge should neither
earn nor cost points (an item A scores and B marks optional counts as a miss). Articles are
paired by id; both sides must hold the same text.

    python benchmarks/agreement.py GOLD_A_FOLDER GOLD_B_FOLDER [--json] [--disagreements]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from sayso.errors import InputError
from sayso.eval.gold import GoldCase, discover
from sayso.eval.gold import as_analysis as gold_as_analysis
from sayso.eval.records import GoldAttribution, GoldDocument
from sayso.eval.score import DocScore, SetScore, score_document
from sayso.model import Analysis, Document

FIELDS = ("stance", "certainty")


@dataclass
class Direction:
    """One direction of the comparison: `gold` scored against `pred` as the prediction."""

    name: str
    scores: SetScore
    confusion: dict[str, Counter[tuple[str, str]]] = field(
        default_factory=lambda: {f: Counter() for f in FIELDS})
    # each disagreement (article, what differs, the two attributions), for reading them
    details: list[dict[str, str]] = field(default_factory=list)

    def figures(self) -> dict[str, float | None]:
        """The figures of the project's summary line, in percent (None when nothing counted)."""
        t = self.scores.total()

        def pct(x: float | None) -> float | None:
            return None if x is None else round(100 * x, 1)

        return {
            "F1": pct(t.attribution.f1), "speaker": pct(t.speaker.f1),
            "content": pct(t.spans["content"].f1),
            "via": pct(t.via.value if t.via.total else None),
            "stance": pct(t.accuracy["stance"].value if t.accuracy["stance"].total else None),
            "certainty": pct(t.accuracy["certainty"].value
                             if t.accuracy["certainty"].total else None),
            "source": pct(t.spans["source"].f1),
            "matched": t.attribution.tp, "gold": t.attribution.n_gold,
            "pred": t.attribution.n_pred, "via_found": t.via.right, "via_gold": t.via.total,
        }


def as_prediction(gold: GoldDocument, document: Document) -> tuple[Analysis, list[int]]:
    """Gold `gold` as a system prediction (its scored attributions only) and, per predicted
    attribution, the index of the gold attribution it came from."""
    full = gold_as_analysis(gold, document)
    keep = [i for i, g in enumerate(gold.attributions) if not g.optional]
    return replace(full, attributions=[full.attributions[i] for i in keep]), keep


def paired_cases(folder_a: Path, folder_b: Path) -> list[tuple[GoldCase, GoldCase]]:
    """Cases of the two folders with the same article id (an id on one side only is an error)."""
    a = {c.id: c for c in discover(folder_a)}
    b = {c.id: c for c in discover(folder_b)}
    if a.keys() != b.keys():
        only = sorted(a.keys() ^ b.keys())
        raise InputError(str(folder_b), f"article ids differ between the folders: {only}")
    return [(a[i], b[i]) for i in sorted(a)]


def _brief(a: GoldAttribution) -> str:
    """One line naming an attribution for reading disagreements."""
    return (f"[{a.source_text}|{'/'.join(a.speaker[:2])}] {'+'.join(c.text for c in a.cue)}: "
            f"{' … '.join(c.text for c in a.content)[:90]!r} {a.stance}/{a.certainty} "
            f"via={[v.text for v in a.via]}{' opt' if a.optional else ''}")


def _score(name: str, pairs: list[tuple[GoldDocument, GoldDocument, Document]]) -> Direction:
    out = Direction(name, SetScore(name))
    for gold, other, document in pairs:
        pred, origin = as_prediction(other, document)
        doc: DocScore = score_document(gold, pred)
        out.scores.docs.append(doc)
        for pair in doc.pairs:
            g, p = gold.attributions[pair.gold], other.attributions[origin[pair.pred]]
            differ = [f for f in FIELDS if getattr(g, f) and getattr(g, f) != getattr(p, f)]
            for f in FIELDS:
                if getattr(g, f):
                    out.confusion[f][(getattr(g, f), getattr(p, f))] += 1
            have = {v.text for v in p.via}
            if not pair.speaker:
                differ.append("speaker")
            if any(v.text not in have for v in g.via):
                differ.append("via")
            if differ:
                out.details.append({"doc": gold.id, "what": " ".join(differ),
                                    "gold": _brief(g), "pred": _brief(p)})
        out.details += [{"doc": gold.id, "what": "missed", "gold": _brief(gold.attributions[g])}
                        for g in doc.missed]
        out.details += [{"doc": gold.id, "what": "extra",
                         "pred": _brief(other.attributions[origin[p]])} for p in doc.spurious]
    return out


def agreement(folder_a: Path, folder_b: Path) -> tuple[Direction, Direction]:
    """Score B against A (A the gold) and A against B, article by article."""
    located = []
    for case_a, case_b in paired_cases(folder_a, folder_b):
        document = case_a.read()
        if case_b.read().text != document.text:
            raise InputError(str(case_b.text_path), f"text differs from {case_a.text_path}")
        gold_a, gold_b = case_a.load(document), case_b.load(document)
        for gold, case in ((gold_a, case_a), (gold_b, case_b)):
            if gold.problems:
                raise InputError(str(case.gold_path), "; ".join(gold.problems))
        located.append((gold_a, gold_b, document))
    return (_score("B vs A (A gold)", located),
            _score("A vs B (B gold)", [(b, a, d) for a, b, d in located]))


def _show(value: float | int | None) -> str:
    return "-" if value is None else str(value)


def report(directions: tuple[Direction, Direction]) -> str:
    """A plain-text report: the figures of both directions, then the confusions of the first."""
    keys = ("F1", "speaker", "content", "via", "stance", "certainty", "source")
    lines = ["| direction | " + " | ".join(keys) + " | matched/gold/pred | via found/gold |",
             "| --- " * (len(keys) + 3) + "|"]
    for d in directions:
        f = d.figures()
        lines.append(f"| {d.name} | " + " | ".join(_show(f[k]) for k in keys)
                     + f" | {f['matched']}/{f['gold']}/{f['pred']} | "
                     f"{f['via_found']}/{f['via_gold']} |")
    first = directions[0]
    for name in FIELDS:
        cells = first.confusion[name]
        lines.append(f"\n{name} (A label -> B label), matched pairs: {sum(cells.values())}")
        for (a, b), n in sorted(cells.items(), key=lambda kv: (kv[0][0] != kv[0][1], -kv[1])):
            lines.append(f"  {a} -> {b}: {n}{'' if a == b else '   (disagree)'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_a", type=Path)
    ap.add_argument("gold_b", type=Path)
    ap.add_argument("--json", action="store_true", help="figures and confusions as JSON")
    ap.add_argument("--disagreements", action="store_true",
                    help="also list every disagreement of the first direction")
    args = ap.parse_args(argv)
    try:
        directions = agreement(args.gold_a, args.gold_b)
    except InputError as exc:
        print(exc.line(), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([{"direction": d.name, **d.figures(),
                           **{f: {f"{a}>{b}": n for (a, b), n in d.confusion[f].items()}
                              for f in FIELDS}} for d in directions], indent=1))
    else:
        print(report(directions))
    if args.disagreements:
        for d in directions[0].details:
            print(f"\n{d['doc']} {d['what']}\n  A: {d.get('gold', '-')}\n  B: {d.get('pred', '-')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
