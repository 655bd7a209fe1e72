"""Dump every missed and spurious English attribution with its nearest counterpart (issue #11).

For each missed gold attribution: the gold source / cue / content and the prediction whose
content overlaps it most (with the Dice); for each spurious prediction: the same the other way,
plus the prediction's evidence (which extractor made it). One block per error, for reading and
classing by hand (`benchmarks/data/enext13/classes.md`).

Usage: python benchmarks/enext13_dump.py FOLDER [FOLDER ...] > dump.txt
"""

from __future__ import annotations

import argparse

from sayso.eval.command import evaluate_path
from sayso.eval.score import char_set, dice


def _show(text: str, spans) -> str:
    if spans is None:
        return "-"
    if not isinstance(spans, (list, tuple)):
        spans = [spans]
    return " | ".join(text[s.start:s.end] for s in spans)


def _item(text: str, a) -> str:
    src = _show(text, getattr(a, "source", None))
    return f"[{src}] <{_show(text, a.cue)}> {{{_show(text, a.content)}}}"


def dump(path: str) -> None:
    for result in evaluate_path(path).results:
        text = result.analysis.document.text
        golds = result.gold.attributions
        preds = result.analysis.attributions
        doc = result.case.id
        for g in result.score.missed:
            gs = char_set(golds[g].content)
            best = max(((dice(gs, char_set(p.content)), p) for p in preds),
                       key=lambda x: x[0], default=(0.0, None))
            print(f"MISSED {doc}\n  gold {_item(text, golds[g])}")
            if best[1] is not None and best[0] > 0:
                print(f"  pred {best[0]:.2f} {_item(text, best[1])}")
        for p in result.score.spurious:
            ps = char_set(preds[p].content)
            best = max(((dice(ps, char_set(g.content)), g) for g in golds),
                       key=lambda x: x[0], default=(0.0, None))
            ev = getattr(preds[p], "evidence", "")
            print(f"SPURIOUS {doc} {ev}\n  pred {_item(text, preds[p])}")
            if best[1] is not None and best[0] > 0:
                print(f"  gold {best[0]:.2f} {_item(text, best[1])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+")
    for path in ap.parse_args().sets:
        dump(path)


if __name__ == "__main__":
    main()
