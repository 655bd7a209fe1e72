"""Speaker accuracy and speaker clustering on a judged set of fresh English pages (issue #11
item 5, issue #15; round-10 method of the briefs).

The judged set is `benchmarks/data/enspk10/`: page texts (`<page>.txt`), their origins
(`SOURCES.tsv`, with the half `A` (fix on it) or `B` (count on it only)), and `judged.tsv`, one
row per attribution a reader finds in the page: the page, the character offset of its cue in
the text sayso reads, the cue, the gold speaker's forms (`|`-separated, the first canonical:
every form that names that speaker counts, as in `sayso eval`'s alias rule), and the error class
seen on the baseline output (`ok` when it was right).

A row is matched to the predicted attribution whose cue covers its offset; none is a miss. The
speaker is right by `sayso.eval.score`'s own rule (the source's span, entity name or aliases
meet a gold form). B-cubed clustering (Bagga & Baldwin 1998) runs over the matched rows per
page: the gold cluster is the canonical speaker, the predicted one the source entity.

Usage:
    .venv/bin/python benchmarks/en_fresh_speakers.py [--half A|B|all] [--errors]
    .venv/bin/python benchmarks/en_fresh_speakers.py --dump PAGE [PAGE ...]
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from sayso import pipeline
from sayso.eval.entity_score import BCubed
from sayso.eval.score import alias_matches, predicted_forms
from sayso.model import Analysis, Attribution
from sayso.read import read_path
from sayso.text import fold_key

DATA = Path(__file__).resolve().parent / "data" / "enspk10"


def analyse(page: str) -> Analysis:
    """The pipeline's analysis of one judged page."""
    doc = read_path(DATA / f"{page}.txt")[0]
    return pipeline.run(doc)


def at_cue(analysis: Analysis, offset: int) -> Attribution | None:
    """The predicted attribution whose cue covers `offset` (a cue moved by a word still counts)."""
    for a in analysis.attributions:
        if any(c.start - 2 <= offset < c.end + 2 for c in a.cue):
            return a
    return None


def speaker_label(analysis: Analysis, a: Attribution | None) -> str:
    """`source text -> entity name#id` of one prediction, for listings."""
    if a is None:
        return "(no attribution)"
    if a.source is None:
        return "(no source)"
    e = analysis.entity(a.source.entity)
    return f"{a.source.text!r} -> {e.name if e else None}#{e.id if e else ''}"


def dump(page: str) -> None:
    """Print a page's attributions and entities: the material a judge reads."""
    an = analyse(page)
    print(f"== {page}")
    for a in an.attributions:
        cue = " ".join(c.text for c in a.cue)
        content = " ".join(c.text for c in a.content)[:70].replace("\n", " ")
        at = (a.cue or a.content)[0].start
        print(f"  {at}\t{cue}\t{speaker_label(an, a)}\t{content}")
    for e in an.entities:
        print(f"  [{e.id}] {e.type} {e.name!r} aliases={e.aliases}")


def load_judged(half: str) -> dict[str, list[dict[str, str]]]:
    """Judged rows per page of the chosen half."""
    with open(DATA / "SOURCES.tsv", encoding="utf-8") as fh:
        halves = {r["page"]: r["split"] for r in csv.DictReader(fh, delimiter="\t")}
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    with open(DATA / "judged.tsv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            if half == "all" or halves.get(r["page"]) == half:
                rows[r["page"]].append(r)
    return rows


def score(half: str, errors: bool) -> None:
    """Speaker accuracy and B-cubed clustering over the judged rows of `half`."""
    total = right = 0
    b3 = BCubed()
    for page, rows in sorted(load_judged(half).items()):
        an = analyse(page)
        g_lab: list[str] = []
        p_lab: list[str] = []
        for r in rows:
            forms = r["gold"].split("|")
            a = at_cue(an, int(r["cue_start"]))
            total += 1
            ok = a is not None and alias_matches(
                predicted_forms(an, a), a.source.text if a.source else None, forms)
            right += ok
            if a is not None:
                g_lab.append(fold_key(forms[0]))
                ent = a.source.entity if a.source else None
                p_lab.append(ent or f"_none:{a.id}")
            if errors and not ok:
                print(f"{page}\t{r['cue_start']}\t{r['cue']}\tgold {forms[0]}\t"
                      f"pred {speaker_label(an, a)}\t[{r['class']}]")
        one = BCubed()
        one.add_clusters(g_lab, p_lab)
        b3.add(one)
    acc = right / total if total else 0.0
    print(f"half {half}: speaker accuracy {acc:.3f} ({right}/{total}); "
          f"speaker B3 P {b3.precision:.3f} R {b3.recall:.3f} F1 {b3.f1:.3f} (n={b3.n})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", default="all", choices=["A", "B", "all"])
    ap.add_argument("--errors", action="store_true", help="list the wrong rows")
    ap.add_argument("--dump", nargs="+", metavar="PAGE", help="print pages' output to judge")
    args = ap.parse_args(argv)
    if args.dump:
        for page in args.dump:
            dump(page)
        return 0
    score(args.half, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
