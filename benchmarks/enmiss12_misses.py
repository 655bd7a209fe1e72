"""Why the system makes no attribution of a missed English gold attribution (issue #11, enmiss12).

For every missed gold attribution of the open English sets that `ensrc12_source_errors.classify`
puts in its catch-all class ("cue of a stance or act"), this finds the stage that loses it:

- `predicted, not matched`: an attribution of the output has a cue overlapping the gold cue, but
  the matcher pairs it with nothing (its content or source differs too much);
- `candidate dropped after extraction`: `candidates()` (tagger + rules) has a candidate at the
  cue, the final output does not (a filter of `extract`/`noncue` drops it);
- `rule only without the tagger`: the rules alone (mode "rules") read an attribution at the cue,
  the combined mode does not (the tagger's output or the core-only gate wins);
- `nothing at the cue`: neither the tagger nor any rule reads an attribution there.

    python benchmarks/enmiss12_misses.py /tmp/AD/tune /work/r11/Etune ... > rows.tsv

Columns: set, article, stage, content shape, gold source, cue, gold content (start), sentence.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ensrc12_source_errors import _flat, classify  # noqa: E402

from sayso.eval.command import evaluate_path  # noqa: E402
from sayso.eval.errors import sentence_bounds  # noqa: E402
from sayso.lang.en.extract import candidates  # noqa: E402

CATCH_ALL = "missed: cue of a stance or act"


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def shape(content: str, text_after_cue: str) -> str:
    """The grammatical shape of the gold content: the words that open it."""
    words = content.lower().split()
    if not words:
        return "none"
    w = words[0].strip("\"“”‘’'")
    if content[:1] in "\"“‘'":
        return "quotation"
    if w == "to":
        return "to-infinitive"
    if w.endswith("ing"):
        return "gerund"
    if w in ("of", "for", "on", "about", "against", "with"):
        return "prepositional"
    if w in ("that", "whether", "if", "how", "what", "why"):
        return "clause (that/whether)"
    return "clause or noun phrase"


def main(paths: list[str]) -> None:
    stages: Counter = Counter()
    shapes: Counter = Counter()
    cache: dict[str, tuple] = {}
    for path in paths:
        es = evaluate_path(path)
        for r in es.results:
            text = r.analysis.document.text
            golds, preds = r.gold.attributions, r.analysis.attributions
            pred_cues = [(s.start, s.end) for p in preds for s in p.cue]
            for g in (golds[i] for i in r.score.missed):
                cue = " / ".join(s.text for s in g.cue)
                spans = [*g.cue, *g.content] + ([g.source] if g.source else [])
                a, b = sentence_bounds(text, min(s.start for s in spans), max(s.end for s in spans))
                sentence = _flat(text[a:b])
                src = g.source.text if g.source else "-"
                if not g.cue or not classify("missed", src, "", cue, text[a:b]).startswith(CATCH_ALL):
                    continue
                ca, cb = g.cue[0].start, g.cue[-1].end
                if _overlaps(pred_cues, ca, cb):
                    stage = "predicted, not matched"
                else:
                    key = r.score.id
                    if key not in cache:
                        cache[key] = (candidates(text, "combined"), candidates(text, "rules"))
                    (tk, _, comb), (tr, _, rules) = cache[key]
                    comb_cues = [(tk[x].start, tk[y - 1].end) for c in comb for x, y in c.cue]
                    rule_cues = [(tr[x].start, tr[y - 1].end) for c in rules for x, y in c.cue]
                    if _overlaps(comb_cues, ca, cb):
                        stage = "candidate dropped after extraction"
                    elif _overlaps(rule_cues, ca, cb):
                        stage = "rule only without the tagger"
                    else:
                        stage = "nothing at the cue"
                content = " ".join(s.text for s in g.content)
                sh = shape(content, text[cb:cb + 40])
                stages[stage] += 1
                shapes[(stage, sh)] += 1
                print("\t".join([Path(path).name, r.score.id, stage, sh,
                                 src, cue, _flat(content)[:80], sentence[:240]]))
    print(f"# stages: {dict(stages.most_common())}", file=sys.stderr)
    for (st, sh), n in sorted(shapes.items(), key=lambda x: -x[1]):
        print(f"# {n:3d}  {st} / {sh}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
