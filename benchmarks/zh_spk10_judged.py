"""Speakers and speaker clusters on the judged fresh Chinese pages of round 10 (issue #15).

The pages are `benchmarks/data/zh_spk10/*.txt` (origins in its build.py and SOURCES.md); the
judgments are `judged.tsv` there: one row per attribution the system gave (keyed by page and
the offset of its first cue, which the speaker work does not move), with the gold source span
and the gold speaker (its canonical name, the same string for every attribution of one
speaker; `-` when the row is no attribution at all). Odd-numbered pages are half A (read to
fix), even-numbered half B (counted only).

    .venv/bin/python benchmarks/zh_spk10_judged.py            # scores per half
    .venv/bin/python benchmarks/zh_spk10_judged.py --dump     # rows to judge, gold left empty
    .venv/bin/python benchmarks/zh_spk10_judged.py --errors   # rows whose speaker is wrong
    .venv/bin/python benchmarks/zh_spk10_judged.py --data benchmarks/data/zhcourt10  # court pages

Scores, over rows with a gold speaker: exact source span; speaker (the gold name is the
entity's name or one of its aliases, folded); B-cubed F1 of the system's entities against the
gold speakers, per page, summed (Bagga & Baldwin 1998, as benchmarks/speaker_clusters.py).
Rows the system no longer gives count as wrong speaker and their own cluster.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import sayso
from sayso.eval.entity_score import BCubed
from sayso.text import fold_key

DATA = Path(__file__).resolve().parent / "data" / "zh_spk10"
FIELDS = ["page", "half", "cue", "source", "entity", "gold_source", "gold_speaker", "content"]


def half(page: str) -> str:
    return "A" if int(re.sub(r"\D", "", page)) % 2 else "B"


def system_rows(path: Path) -> dict[int, dict]:
    """The system's attributions of one page by the offset of their first cue."""
    analysis = sayso.analyze(path.read_text(encoding="utf-8"), language="zh")
    out = {}
    for a in analysis.attributions:
        if not a.cue:
            continue
        e = analysis.entity(a.source.entity) if a.source and a.source.entity else None
        out[a.cue[0].start] = {
            "source": a.source.text if a.source else "-",
            "entity": e,
            "key": e.id if e else f"_none:{a.id}",
            "content": "|".join(c.text for c in a.content)[:30].replace("\n", " "),
        }
    return out


def names_of(e) -> set[str]:
    return {fold_key(x) for x in (e.name, *e.aliases)} if e is not None else set()


def dump(pages: list[Path]) -> None:
    w = csv.DictWriter(sys.stdout, FIELDS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    for p in pages:
        for cue, r in sorted(system_rows(p).items()):
            e = r["entity"]
            w.writerow({"page": p.stem, "half": half(p.stem), "cue": cue, "source": r["source"],
                        "entity": f"{e.name} ({e.type})" if e else "-", "gold_source": "",
                        "gold_speaker": "", "content": r["content"]})


def score(pages: list[Path], judged: Path, errors: bool) -> None:
    gold: dict[str, list[dict]] = {}
    with judged.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            gold.setdefault(row["page"], []).append(row)
    totals: dict[str, dict] = {}
    for p in pages:
        rows = [r for r in gold.get(p.stem, []) if r["gold_speaker"] not in ("", "-")]
        if not rows:
            continue
        sys_rows = system_rows(p)
        t = totals.setdefault(half(p.stem), {"n": 0, "span": 0, "speaker": 0, "b3": BCubed()})
        g_lab, p_lab = [], []
        for r in rows:
            got = sys_rows.get(int(r["cue"]))
            t["n"] += 1
            if got is None:
                p_lab.append(f"_lost:{r['cue']}")
            else:
                t["span"] += got["source"] == r["gold_source"]
                ok = fold_key(r["gold_speaker"]) in names_of(got["entity"])
                t["speaker"] += ok
                p_lab.append(got["key"])
                if errors and not ok:
                    e = got["entity"]
                    print(f"{p.stem}\t{r['cue']}\t[{got['source']}] -> "
                          f"{e.name if e else '-'}\tgold {r['gold_speaker']}")
            g_lab.append(fold_key(r["gold_speaker"]))
        one = BCubed()
        one.add_clusters(g_lab, p_lab)
        t["b3"].add(one)
    for h in sorted(totals):
        t = totals[h]
        n = t["n"]
        print(f"half {h}: n={n} exact source {100 * t['span'] / n:.1f} speaker "
              f"{100 * t['speaker'] / n:.1f} B3 P {t['b3'].precision:.3f} R {t['b3'].recall:.3f} "
              f"F1 {t['b3'].f1:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", action="store_true", help="print the rows to judge")
    ap.add_argument("--errors", action="store_true", help="print rows with a wrong speaker")
    ap.add_argument("--data", type=Path, default=DATA,
                    help="folder of pages NN.txt and judged.tsv (default: data/zh_spk10)")
    ap.add_argument("--judged", type=Path, help="default: DATA/judged.tsv")
    args = ap.parse_args(argv)
    args.judged = args.judged or args.data / "judged.tsv"
    pages = sorted(args.data.glob("[a-z][0-9][0-9].txt"))
    if args.dump:
        dump(pages)
    else:
        score(pages, args.judged, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
