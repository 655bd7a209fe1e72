"""Coverage audit of English stance and certainty over PolNeAR train + dev text (issue #11).

Runs `sayso` over every article text of the given PolNeAR splits and counts, over the
attributions it outputs (no gold is read):

1. **cue heads**: each cue's words (crudely lemmatised) with the stances they came out with,
   so that frequent cues left at `assert` whose meaning is another stance of the contract
   (deny, condemn, urge, promise, warn, ...) can be read off and decided by meaning;
2. **source heads**: the head noun of lower-case (unnamed, described) sources with the
   certainty they came out with, to find withheld identities and reports left `asserted`;
3. **certainty phrases**: how often families of hedges, verification notes, anonymity and
   reporting formulas occur in the raw text, and how many of the attributions in the same
   sentence came out with the matching certainty.

The counts are evidence for lexicon entries written by meaning (general English), not a list
to copy. Never run it on PolNeAR's test split.

    python benchmarks/en_stance_audit.py /work/shared/eval/en-polnear/train /work/shared/eval/en-polnear/dev
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from sayso import pipeline
from sayso.lang.en.certainty import source_head
from sayso.model import Analysis, Document

# Families of certainty formulas in general English news (ANNOTATION.md `Certainty`), each
# with the certainty an attribution in the same sentence should take.
FAMILIES: dict[str, tuple[str, str]] = {
    "reportedly/allegedly/purportedly": (r"\b(?:reportedly|allegedly|purportedly|supposedly)\b", "unconfirmed"),
    "could not be (independently) verified/confirmed":
        (r"\b(?:could|can)(?:not|n't| not) (?:be )?(?:immediately )?(?:independently )?(?:verif|confirm)", "unconfirmed"),
    "unverified/unconfirmed": (r"\bun(?:verified|confirmed|substantiated)\b", "unconfirmed"),
    "is said to / is believed to": (r"\b(?:is|are|was|were) (?:said|believed|understood|thought|rumou?red) to\b", "unconfirmed"),
    "without (providing|offering) evidence": (r"\bwithout (?:providing |offering |citing )?(?:any )?evidence\b", "unconfirmed"),
    "on condition of anonymity": (r"\bcondition (?:of|that) (?:anonymity|(?:he|she|they) not be (?:named|identified))\b", "anonymous"),
    "declined/asked not to be named/identified":
        (r"\b(?:declined|asked|requested|refused) (?:not )?to be (?:named|identified)\b|\bnot to be (?:named|identified)\b", "anonymous"),
    "not authori[sz]ed to speak": (r"\bnot authori[sz]ed to (?:speak|discuss|comment)\b", "anonymous"),
    "familiar with / briefed on / with knowledge of":
        (r"\b(?:familiar with|briefed on|with (?:direct )?knowledge of|close to the)\b", "anonymous"),
    "sources/officials/aides said (unnamed)":
        (r"\b(?:sources?|officials|aides|insiders|diplomats) (?:said|say|says|told)\b", "anonymous"),
    "unnamed/anonymous/unidentified": (r"\b(?:unnamed|anonymous|unidentified)\b", "anonymous"),
    "according to": (r"\baccording to\b", "reported"),
    "X reported / reports": (r"\b(?:reported|reports) (?:that|on)\b|\b(?:newspaper|agency|outlet|network) reported\b", "reported"),
    "citing / quoting": (r"\b(?:citing|quoting)\b", "reported"),
    "denied / rejected / disputed (later)": (r"\b(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|refuted)\b", "disputed"),
    "which X denies": (r",? (?:which|a claim|an allegation|allegations|claims) (?:that )?\w+(?: \w+)? (?:denied|denies|has denied|rejected|rejects)\b", "disputed"),
}


def crude_lemma(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
    return word


def cue_key(words: list[str]) -> str:
    return " ".join(crude_lemma(w.lower()) for w in words if w.isalpha())


def analyse(folders: list[str], console: Console) -> list[Analysis]:
    paths = sorted(p for f in folders for p in (Path(f) / "text").glob("*.txt"))
    out = []
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("analysing", total=len(paths))
        for p in paths:
            out.append(pipeline.run(Document(text=p.read_text("utf-8"), id=p.stem)))
            progress.advance(task)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", help="PolNeAR split folders (train, dev)")
    ap.add_argument("--min", type=int, default=8, help="least count of a cue/source head to list")
    ap.add_argument("--examples", type=int, default=2)
    args = ap.parse_args()
    console = Console(width=200)
    analyses = analyse(args.folders, console)
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    cue_examples: dict[str, list[str]] = defaultdict(list)
    heads: dict[str, Counter[str]] = defaultdict(Counter)
    head_examples: dict[str, list[str]] = defaultdict(list)
    family_total: Counter[str] = Counter()
    family_hit: Counter[str] = Counter()
    family_attr: Counter[str] = Counter()
    for an in analyses:
        text = an.document.text
        for a in an.attributions:
            key = cue_key([w for c in a.cue for w in c.text.split()])
            cues[key][a.stance] += 1
            if len(cue_examples[key]) < args.examples:
                cue_examples[key].append(" | ".join(c.text for c in a.content)[:110])
            if a.source is not None:
                words = a.source.text.replace(",", " , ").split()
                k = source_head(words)
                if k is not None and words[k].islower():
                    heads[words[k]][a.certainty] += 1
                    if len(head_examples[words[k]]) < args.examples:
                        head_examples[words[k]].append(a.source.text[:60])
        for name, (pattern, want) in FAMILIES.items():
            for m in re.finditer(pattern, text, re.IGNORECASE):
                family_total[name] += 1
                lo = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
                hi = min((i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0),
                         default=len(text))
                near = [a for a in an.attributions if a.cue and lo <= a.cue[0].start < hi]
                family_attr[name] += bool(near)
                family_hit[name] += any(a.certainty == want for a in near)

    console.rule(f"cue heads (count >= {args.min}) whose stance came out mostly assert")
    for key, c in sorted(cues.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        if n >= args.min and c["assert"] / n >= 0.8:
            console.print(f"{n:5d} {key!r:28s} {dict(c.most_common(3))}  e.g. {cue_examples[key]}",
                          highlight=False)
    console.rule(f"lower-case source heads (count >= {args.min}) with their certainty")
    for head, c in sorted(heads.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        if n >= args.min:
            console.print(f"{n:5d} {head:16s} {dict(c.most_common())}  e.g. {head_examples[head]}",
                          highlight=False)
    console.rule("certainty formulas in the text: occurrences, sentences with an attribution, "
                 "of which one has the family's certainty")
    for name, (_, want) in FAMILIES.items():
        console.print(f"{family_total[name]:5d} {family_attr[name]:5d} {family_hit[name]:5d}  "
                      f"{name} -> {want}", highlight=False)


if __name__ == "__main__":
    main()
