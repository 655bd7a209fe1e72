"""What carries `accuse` and `deny` in OPEN English gold, and how precise each shape is as a rule.

Round 23 (enstance23, issue #11; STANCE.md rows 2 and 8): every gold `accuse` (or `deny`) row
of the given open folders is put in the first shape that fits it (the cue first, then the
content), and each shape is counted as a RULE over every gold row of the pool with a stance:
how many rows it matches and how many of them the gold labels `accuse` (`deny`). A shape whose
rule precision is under 80 % is no class to build (COMMON.md / the round's brief). `sys` is the
system's stance on the matched rows of the shape (right / matched).

    python benchmarks/en_accuse_deny_shapes.py /work/r23/sets/enopen23 [--show SHAPE]

Open sets only (COMMON.md): the script reads gold and system output.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from rich.progress import Progress

from sayso.eval.command import evaluate_path
from sayso.lang.en import stance as S


@dataclass
class Row:
    article: str
    gold: str
    certainty: str
    cue: str
    content: str
    flat: str
    pred: str | None


# cue families (lower-case cue text); the labelling verbs are stance.json's
LABELLING = frozenset(json.loads(resources.files("sayso.lang.en").joinpath("stance.json").read_text("utf-8"))
                      ["labelling_cues"])
ACCUSING_CUE = re.compile(r"\b(?:accus|blam|alleg|charg|implicat|suspect|levell?ed|pointed the finger|held responsible)")
CLAIM_CUE = re.compile(r"\bclaim")
CRITICISING_CUE = re.compile(r"\b(?:complain|critici|attack|assail|slam|lambast|came under fire|spoke out)")
DENYING_CUE = re.compile(r"\b(?:den[iy]|reject|dismiss|refut|rebut|disput|rubbish|contest|debunk)")
# a wrongdoing or fault word (the field round 22 tried as a class; here only counted)
WRONG_WORD = re.compile(
    r"\b(?:lie[sd]?|lying|corrupt\w*|fraud\w*|steal\w*|stole|theft|kill\w*|murder\w*|rap(?:e|ed|ing)|abus\w*|"
    r"brib\w*|launder\w*|smear\w*|mislead\w*|misled|deceiv\w*|cheat\w*|negligen\w*|illegal\w*|unlawful\w*|fake|"
    r"fabricat\w*|extort\w*|attack\w*|violen\w*|tortur\w*|harass\w*|intimidat\w*|bully\w*|terror\w*|traffick\w*|"
    r"hack\w*|manipulat\w*|atrocit\w*|crimes?|criminal\w*|lapses?|mismanage\w*|leak\w*)\b")
NEUTRAL = re.compile(r"^(?:\w+ )?(?:said|says|say|saying|told|tells|added|adding|stated|states|noted|stressed|stresses|"
                     r"insisted|reiterated|reiterating|pointed out|emphasi[sz]ed|explained|wrote|writes|according to)\b")


def _refined(r: Row) -> str:
    return S.refine("assert", r.cue.split(), r.content)


ACCUSE_SHAPES: list[tuple[str, Callable[[Row], bool]]] = [
    ("cue: a verb of accusing (accused/blamed/alleged/charged/implicated/suspected X of)",
     lambda r: bool(ACCUSING_CUE.search(r.cue))),
    ("cue: claimed/claims (the content names another party's act)", lambda r: bool(CLAIM_CUE.search(r.cue))),
    ("cue: a verb of complaint or criticism (complained, criticised X for, attacked, assailed)",
     lambda r: bool(CRITICISING_CUE.search(r.cue))),
    ("cue: a labelling verb (called X a terrorist, labelled X as harassment)",
     lambda r: any(w in LABELLING for w in r.cue.split())),
    ("no cue word (headline, a claim named by a noun, nested)", lambda r: not r.cue.strip()),
    ("neutral cue, content read accuse by the lexicon (stance.py accuse classes)",
     lambda r: bool(NEUTRAL.match(r.cue)) and _refined(r) == "accuse"),
    ("neutral cue, a wrongdoing word the lexicon does not read as a charge",
     lambda r: bool(NEUTRAL.match(r.cue)) and WRONG_WORD.search(r.flat) is not None),
    ("neutral cue, harm, failure or bad faith with no wrongdoing word", lambda r: bool(NEUTRAL.match(r.cue))),
    ("other cue (reported, revealed, cited, voiced concerns ...)", lambda r: True),
]

DENY_SHAPES: list[tuple[str, Callable[[Row], bool]]] = [
    ("cue: a verb of denying (denied, rejected, dismissed, refuted, rubbished)", lambda r: bool(DENYING_CUE.search(r.cue))),
    ("cue: a labelling verb (called the report nonsense)", lambda r: any(w in LABELLING for w in r.cue.split())),
    ("no cue word (headline, nested)", lambda r: not r.cue.strip()),
    ("content read deny by the lexicon (false, fabrication, no truth, nothing to do with ...)",
     lambda r: _refined(r) == "deny"),
    ("negated first clause (not/never/n't, there was no)",
     lambda r: S.NEGATED_CLAUSE.match(S.unquoted(r.content).strip()) is not None),
    ("negated subject (no one was arrested, no X had been issued)",
     lambda r: S.NEGATED_SUBJECT.match(S.unquoted(r.content).strip().lower()) is not None),
    ("a counter-claim, disbelief or disagreement without negation", lambda r: True),
]


def rows(path: str) -> list[Row]:
    with Progress(transient=True) as progress:
        evaluated = evaluate_path(path, progress)
    out = []
    for r in evaluated.results:
        pred = {p.gold: r.analysis.attributions[p.pred].stance for p in r.score.pairs}
        for i, g in enumerate(r.gold.attributions):
            if not g.stance:
                continue
            content = " ".join(c.text for c in g.content)
            out.append(Row(r.case.text_path.name.removesuffix(".txt"), g.stance, g.certainty or "-",
                           " ".join(c.text for c in g.cue).lower(), content,
                           S.unquoted(content).lower().strip(), pred.get(i)))
    return out


def table(pool: list[Row], want: str, shapes: list[tuple[str, Callable[[Row], bool]]], show: str | None) -> None:
    first: Counter[str] = Counter()
    right: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    examples: dict[str, list[Row]] = {}
    for r in pool:
        if r.gold != want:
            continue
        name = next(n for n, f in shapes if f(r))
        first[name] += 1
        examples.setdefault(name, []).append(r)
        if r.pred is not None:
            matched[name] += 1
            right[name] += r.pred == want
    print(f"| shape (first that fits) | gold {want} rows | sys right / matched | rule: rows matched | "
          f"of them {want} | precision | other gold stances |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, f in shapes:
        hits = [r for r in pool if f(r)]
        stances = Counter(r.gold for r in hits)
        k = stances[want]
        others = ", ".join(f"{s} {n}" for s, n in stances.most_common() if s != want)[:80]
        print(f"| {name} | {first[name]} | {right[name]} / {matched[name]} | {len(hits)} | {k} | "
              f"{100 * k / max(len(hits), 1):.1f} % | {others} |")
        if show and name.startswith(show):
            for r in examples.get(name, []):
                print(f"    {r.article} [{r.cue}] {r.content[:160]} -> {r.pred}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="open gold folders")
    ap.add_argument("--show", help="print the gold rows of the shape whose name starts so")
    args = ap.parse_args()
    pool = [r for p in args.paths for r in rows(p)]
    print(f"{len(pool)} gold rows with a stance")
    print("\n## accuse\n")
    table(pool, "accuse", ACCUSE_SHAPES, args.show)
    near = [r for r in pool if r.gold == "assert" and NEUTRAL.match(r.cue) and WRONG_WORD.search(r.flat)]
    print(f"\nnear misses: {len(near)} gold assert rows with a neutral cue hold a wrongdoing word")
    print("\n## deny\n")
    table(pool, "deny", DENY_SHAPES, args.show)


if __name__ == "__main__":
    main()
