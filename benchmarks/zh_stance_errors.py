"""List every stance error of matched attribution pairs with its sentence, as TSV.

The confusion matrix (`stance_confusion.py`) says which cells are large; this prints each pair
of the off-diagonal cells with the gold cue, the predicted cue, the content and the sentence
around the cue, so the errors can be grouped by cause by hand (round 12,
`benchmarks/data/zhstance12/errors.md`). Open material only (tune, half A, zh-dev).

    python benchmarks/zh_stance_errors.py /tmp/zs12/zhtune ../shared/eval/zh-dev > errors.tsv
"""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.progress import Progress

from sayso.eval.command import evaluate_path

_STOPS = "。！？!?\n"


def sentence_around(text: str, start: int, end: int, limit: int = 160) -> str:
    """The sentence holding [start, end): from the previous stop to the next one, clipped."""
    a = max(text.rfind(ch, 0, start) for ch in _STOPS) + 1
    stops = [i for i in (text.find(ch, end) for ch in _STOPS) if i >= 0]
    b = min(stops) + 1 if stops else len(text)
    return text[a:b].strip().replace("\t", " ").replace("\n", " ")[:limit]


def _role(is_parent: bool, certainty: str) -> str:
    """parent (holds nested attributions) and/or the certainty when not asserted."""
    parts = (["parent"] if is_parent else []) + ([certainty] if certainty != "asserted" else [])
    return "+".join(parts) or "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="gold folders (open material only)")
    args = ap.parse_args()
    console = Console(stderr=True)
    print("set\tarticle\tgold\tpred\tgold_cue\tpred_cue\tsource\trole\tsentence")
    with Progress(console=console, transient=True) as progress:
        for path in args.paths:
            s = evaluate_path(path, progress)
            for r in s.results:
                text = r.analysis.text if hasattr(r.analysis, "text") else r.case.read().text
                parents = {a.parent for a in r.analysis.attributions if a.parent}
                for pair in r.score.pairs:
                    g = r.gold.attributions[pair.gold]
                    p = r.analysis.attributions[pair.pred]
                    if not g.stance or g.stance == p.stance:
                        continue
                    spans = p.cue or p.content
                    where = sentence_around(text, spans[0].start, spans[-1].end) if spans else ""
                    print("\t".join([path.rstrip("/").split("/")[-1], r.case.text_path.stem, g.stance,
                                     p.stance or "-", "/".join(text[c.start:c.end] for c in g.cue),
                                     "/".join(c.text for c in p.cue),
                                     p.source.text if p.source else "-",
                                     _role(p.id in parents, p.certainty), where]))


if __name__ == "__main__":
    main()
