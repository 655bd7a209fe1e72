"""How often each content-stance class of `sayso/lang/en/stance.py` fires on PolNeAR's GOLD
attribution contents (train + dev), with a random sample of each to read for precision.

PolNeAR marks attributions but no stance, so this is evidence from breadth, not a score: a class
that fires on hundreds of contents whose sample reads as statements is too wide; one that fires
on a handful is a patch. Each class is checked against evaldata/en-news/STANCE.md (the
convention), never against single tune sentences. Never run it on PolNeAR's test split.

    python benchmarks/en_stance_patterns.py ../shared/eval/en-polnear/train ../shared/eval/en-polnear/dev \
        --sample 30 --seed 1
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from collections.abc import Callable

from rich.console import Console
from rich.progress import Progress

from sayso.eval.gold import discover
from sayso.lang.en import stance

# class name -> a function of (cue words, content) giving a stance or None
CLASSES: dict[str, Callable[[list[str], str], str | None]] = {
    "commitment": lambda cue, content: stance.commitment(content, cue),
    "obligation": lambda cue, content: "urge" if stance.obligation(content) else None,
    "clause obligation": lambda cue, content: "urge" if stance.clause_obligation(content) else None,
    "evaluation": lambda cue, content: stance.evaluation(content),
    "refine (whole)": lambda cue, content: (lambda s: None if s == "assert" else s)(
        stance.refine("assert", cue, content)),
    # round 10 (benchmarks/data/enstance10): each class alone, over every gold content
    "asks information": lambda cue, content: "ask" if stance.ASKS_INFORMATION.match(
        stance.first_sentence(content)) and any(w.startswith("ask") for w in cue) else None,
    "dismissal": lambda cue, content: "deny" if stance.DISMISSES.search(stance.first_sentence(content)) else None,
    "hope for act": lambda cue, content: "urge" if stance.hopes_for_act(cue, content) else None,
    "harm forecast": lambda cue, content: "warn" if stance.HARM_FORECAST.search(stance.first_sentence(content)) else None,
    "own side ready": lambda cue, content: "promise" if stance.OWN_OFFERS.match(stance.first_sentence(content)) else None,
    "accusation": lambda cue, content: "accuse" if stance.ACCUSES.search(stance.first_sentence(content)) else None,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--sample", type=int, default=25)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help="class names, comma-separated")
    args = parser.parse_args()
    console = Console()
    cases = [c for f in args.folders for c in discover(f)]
    fired: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    total = 0
    with Progress(console=console, transient=True) as progress:
        for case in progress.track(cases, description="PolNeAR gold"):
            document = case.read()
            gold = case.load(document)
            for a in gold.attributions:
                content = " ".join(s.text for s in a.content)
                if not content:
                    continue
                cue = [w.lower() for s in a.cue for w in s.text.split()]
                total += 1
                for name, fn in CLASSES.items():
                    if args.only and name not in args.only.split(","):
                        continue
                    got = fn(cue, content)
                    if got is not None:
                        counts[name][got] += 1
                        fired[name].append((got, " ".join(cue), content))
    console.print(f"{total} gold contents in {len(cases)} articles")
    rng = random.Random(args.seed)
    for name, rows in fired.items():
        console.print(f"[bold]{name}[/]: {len(rows)} ({dict(counts[name])})")
        for got, cue, content in rng.sample(rows, min(args.sample, len(rows))):
            console.print(f"  {got:9s} [{cue}] {content[:180]}", markup=False, highlight=False)


if __name__ == "__main__":
    main()
