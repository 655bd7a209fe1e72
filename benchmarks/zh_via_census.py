"""Where the gold puts a Chinese via, and whether the gold carries a channel to the next cue.

Usage (open folders only; the reserved test folders never show system output):
    .venv/bin/python benchmarks/zh_via_census.py position FOLDER [FOLDER ...]
    .venv/bin/python benchmarks/zh_via_census.py carry FOLDER [FOLDER ...]

`position`: every gold via of a matched pair (as `sayso eval` matches), by where it stands
against the gold cue (in the cue's clause, an earlier clause of its sentence, an earlier
sentence, after the cue) and whether the prediction has it (the scorer's folding); the misses
are listed. `carry`: consecutive scored gold rows of one speaker (first alias) whose first row
has a via named before its cue, and whether the second row keeps it: `sentence` pairs have no
sentence end between the cues, `next` pairs are in a later sentence that does not name the
via itself. Gold only for `carry` (no system output). Round 26, benchmarks/data/zhvia26.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from sayso import pipeline
from sayso.eval.gold import discover
from sayso.eval.score import scored_pairs
from sayso.text import fold_key

_BOOK = str.maketrans("", "", "《》〈〉")
_ENDS = "。！？\n"
_CLAUSE = _ENDS + "，,；;：:"


def _key(s: str) -> str:
    return fold_key(s.translate(_BOOK))


def _start(text: str, at: int, marks: str) -> int:
    return max(text.rfind(c, 0, at) for c in marks) + 1


def position(folders: list[Path]) -> None:
    counts: Counter[tuple[str, bool]] = Counter()
    for folder in folders:
        for case in discover(folder):
            analysis = pipeline.run(case.read())
            text = analysis.document.text
            golds, preds = case.load(analysis.document).attributions, analysis.attributions
            for gi, pi, _ in scored_pairs(golds, preds):
                g, p = golds[gi], preds[pi]
                if not g.cue:
                    continue
                c0 = min(s.start for s in g.cue)
                have = {_key(v.text) for v in p.via}
                for v in g.via:
                    where = ("after" if v.start >= c0 else "clause" if v.start >= _start(text, c0, _CLAUSE)
                             else "sentence" if v.start >= _start(text, c0, _ENDS) else "earlier sentence")
                    found = _key(v.text) in have
                    counts[(where, found)] += 1
                    if not found:
                        print(f"  {where}: {case.id} {v.text!r} pred {[x.text for x in p.via]}")
    for where in ("clause", "sentence", "earlier sentence", "after"):
        print(f"{where}: found {counts[(where, True)]}, missed {counts[(where, False)]}")


def carry(folders: list[Path]) -> None:
    counts: Counter[tuple[str, bool]] = Counter()
    for folder in folders:
        for gold_file in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            text = (folder / gold["text_file"]).read_text(encoding="utf-8")
            rows = []
            for r in gold["attributions"]:
                if r.get("optional") or not r.get("content") or not r.get("cue"):
                    continue
                p = text.find(r["content"][0])
                c = text.rfind(r["cue"][0], 0, p + 1) if p >= 0 else -1
                if c < 0 or p - c > 80:
                    c = text.find(r["cue"][0], max(p, 0))
                if c >= 0:
                    rows.append((c, r))
            rows.sort(key=lambda x: x[0])
            for (c0, r0), (c1, r1) in zip(rows, rows[1:], strict=False):
                if not r0.get("via") or r1.get("parent") is not None \
                        or (r0.get("speaker") or [0])[0] != (r1.get("speaker") or [1])[0]:
                    continue
                via = r0["via"][-1]
                s0 = _start(text, c0, _ENDS)
                if text.find(via, s0, c0) < 0 or text.find(via, c0, c1) >= 0:
                    continue  # not named before the first cue, or named again
                kind = "sentence" if not any(e in text[c0:c1] for e in _ENDS) else "next"
                kept = bool(set(r0["via"]) & set(r1.get("via") or []))
                counts[(kind, kept)] += 1
                print(f"  {kind} {'kept' if kept else 'not'}: {gold['id']} {r0['via']} -> {r1.get('via')}")
    for kind in ("sentence", "next"):
        print(f"{kind}: kept {counts[(kind, True)]}, not {counts[(kind, False)]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("position", "carry"))
    ap.add_argument("folders", nargs="+", type=Path)
    args = ap.parse_args(argv)
    if any("test" in part or part in {"zhclean", "enclean", "zhJtune", "enJtune"} for f in args.folders for part in f.parts):
        print("sayso: reserved folders are not read")
        return 2
    (position if args.mode == "position" else carry)(args.folders)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
