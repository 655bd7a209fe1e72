"""Census of judgement and harm words over a breadth dump (enst26b, round 26): how many
attribution contents hold a candidate word as a predicate (copula + degree words + the word, as
`stance.evaluation` reads it), a modal + a candidate verb of damage (as HARM_FORECAST), or a
praise word under a negated copula, and which stance the dump gave them. Run it on a dump of
`benchmarks/en_stance_breadth.py --dump` before adding words to stance.json:

    python benchmarks/en_judgement_census.py /work/tmp/enst26b/base.tsv --words unfit sensible \
        --verbs stifle hamper --show
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from sayso.lang.en import stance


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump", help="TSV of en_stance_breadth.py --dump")
    parser.add_argument("--words", nargs="*", default=[], help="candidate judgement words")
    parser.add_argument("--verbs", nargs="*", default=[], help="candidate verbs of damage")
    parser.add_argument("--negated", action="store_true", help="count praise words under a negated copula")
    parser.add_argument("--show", action="store_true", help="print every hit")
    args = parser.parse_args()
    rows = [line.rstrip("\n").split("\t") for line in open(args.dump, encoding="utf-8")]
    rows = [r for r in rows if len(r) > 6]
    probes = {w: re.compile(rf"\b{stance._COPULA} {stance._MODIFIERS}{re.escape(w)}(?![\w'-])") for w in args.words}
    probes |= {v: re.compile(rf"\b(?:would|could|may|might|will) (?:\w+ly |also |further |even )?{re.escape(v)}\b")
               for v in args.verbs}
    if args.negated:
        probes["<negated praise>"] = stance._negated_praise()
    for name, probe in probes.items():
        hits = [r for r in rows if probe.search(stance.first_sentence(stance.unquoted(r[6])).lower())]
        print(f"{name}\t{len(hits)}\t{dict(Counter(r[4] for r in hits))}")
        if args.show:
            for r in hits:
                print(f"  {r[4]}\t{r[0]}\t{r[2][:30]}\t{r[6][:180]}")


if __name__ == "__main__":
    main()
