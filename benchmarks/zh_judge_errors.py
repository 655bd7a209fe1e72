"""List every stance AND certainty error of matched attribution pairs, with sentence, as TSV.

Round 13 (`benchmarks/data/zhjudge13/classes.md`): the clean Chinese sets lose most on stance
deny/promise read as assert and certainty disputed/anonymous read as asserted. This prints one row
per wrong field of a matched pair (kind = stance or certainty) with gold and system cue, source,
content head and the sentence, so the errors can be classed by what in the text decides the gold.
Open material only (tune, half A, F/G tune, zh-dev).

    python benchmarks/zh_judge_errors.py /work/r12/zhGtune /work/r11/zhFtune > errors.tsv

With `--deny`, only the pairs where gold or system says deny (stance) or disputed (certainty):
round 12's list (`benchmarks/data/zhdeny12/README.md`, which this option replaces).
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
    ap.add_argument("--deny", action="store_true", help="only deny (stance) and disputed (certainty) errors")
    args = ap.parse_args()
    console = Console(stderr=True)
    counts: Counter[str] = Counter()
    print("set\tarticle\tkind\tgold\tpred\tgold_cue\tpred_cue\tgold_source\tpred_source\tcontent\tsentence")
    with Progress(console=console, transient=True) as progress:
        for path in args.paths:
            name = path.rstrip("/").split("/")[-1]
            s = evaluate_path(path, progress)
            for r in s.results:
                text = r.analysis.text if hasattr(r.analysis, "text") else r.case.read().text
                for pair in r.score.pairs:
                    g = r.gold.attributions[pair.gold]
                    p = r.analysis.attributions[pair.pred]
                    for kind, gv, pv in (("stance", g.stance, p.stance),
                                         ("certainty", g.certainty, p.certainty)):
                        if not gv or gv == pv:
                            continue
                        if args.deny and not {gv, pv} & {"deny", "disputed"}:
                            continue
                        counts[f"{name} {kind} {gv}->{pv}"] += 1
                        spans = p.cue or p.content
                        where = sentence_around(text, spans[0].start, spans[-1].end, 220) if spans else ""
                        content = "/".join(text[c.start:c.end] for c in g.content)[:80]
                        print("\t".join([name, r.case.text_path.stem, kind, gv, pv or "-",
                                         "/".join(text[c.start:c.end] for c in g.cue),
                                         "/".join(c.text for c in p.cue),
                                         text[g.source.start:g.source.end] if g.source else "-",
                                         p.source.text if p.source else "-",
                                         content.replace("\t", " ").replace("\n", " "), where]))
    for key, n in sorted(counts.items()):
        console.print(f"{n:4d}  {key}")


if __name__ == "__main__":
    main()
