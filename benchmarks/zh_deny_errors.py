"""List the deny-stance and disputed-certainty errors of matched attribution pairs, as TSV.

Round 12 (`benchmarks/data/zhdeny12/README.md`): the largest stance error on fresh Chinese gold
is deny read as assert, the largest certainty error disputed read as asserted. This prints every
matched pair where gold or system says deny (stance) or disputed (certainty) and the other does
not, with cues, source and sentence, so the errors can be grouped by cause by hand, and a count
by kind on stderr. Open material only (tune, half A, zh-dev).

    python benchmarks/zh_deny_errors.py /work/r11/zhtune ../shared/eval/zh-dev > errors.tsv
"""

from __future__ import annotations

import argparse
from collections import Counter

from rich.console import Console
from rich.progress import Progress
from zh_stance_errors import sentence_around

from sayso.eval.command import evaluate_path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="gold folders (open material only)")
    args = ap.parse_args()
    console = Console(stderr=True)
    counts: Counter[str] = Counter()
    print("set\tarticle\tkind\tgold\tpred\tgold_cue\tpred_cue\tsource\tsentence")
    with Progress(console=console, transient=True) as progress:
        for path in args.paths:
            name = path.rstrip("/").split("/")[-1]
            s = evaluate_path(path, progress)
            for r in s.results:
                text = r.analysis.text if hasattr(r.analysis, "text") else r.case.read().text
                for pair in r.score.pairs:
                    g = r.gold.attributions[pair.gold]
                    p = r.analysis.attributions[pair.pred]
                    rows = []
                    if g.stance and g.stance != p.stance and "deny" in (g.stance, p.stance):
                        rows.append(("stance", g.stance, p.stance or "-"))
                    if g.certainty and g.certainty != p.certainty and \
                            "disputed" in (g.certainty, p.certainty):
                        rows.append(("certainty", g.certainty, p.certainty))
                    spans = p.cue or p.content
                    where = sentence_around(text, spans[0].start, spans[-1].end) if spans else ""
                    for kind, gv, pv in rows:
                        counts[f"{name}\t{kind}\t{gv}>{pv}"] += 1
                        print("\t".join([name, r.case.text_path.stem, kind, gv, pv,
                                         "/".join(text[c.start:c.end] for c in g.cue),
                                         "/".join(c.text for c in p.cue),
                                         p.source.text if p.source else "-", where]))
    for k, n in sorted(counts.items()):
        console.print(f"{n}\t{k}")


if __name__ == "__main__":
    main()
