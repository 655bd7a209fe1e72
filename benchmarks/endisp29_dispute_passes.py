"""Which English document pass turned each attribution `disputed`, and how often gold agrees.

Usage (from the repository root, with the checkout to measure first on PYTHONPATH):
    PYTHONPATH=. .venv/bin/python benchmarks/endisp29_dispute_passes.py SET [--rows]

SET is an open gold folder (e.g. the lead's `enopen` pool). Every public function of the
English passes that `sayso.lang.en.extract` calls by module (`en_stance`, `en_disputes`,
`en_echoed_claims`, `en_certainty`, `en_charged_answers`, `en_nested_reports`) is wrapped so
that an attribution it turns `disputed` is recorded with the pass's name. After scoring, each
recorded attribution is looked up in the matched gold pairs: the table gives, per pass, how many
it set whose gold certainty is `disputed`, another certainty, or that match no gold row (`UNM`),
and whether the attribution is still `disputed` at the end. `--rows` also prints every one set
against gold. Read-only: it measures, it changes no output.
"""

from __future__ import annotations

import argparse
import functools
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

import sayso.lang.en.extract as extract
from sayso.eval import command

MODULES = (
    "en_stance",
    "en_disputes",
    "en_echoed_claims",
    "en_certainty",
    "en_charged_answers",
    "en_nested_reports",
)


def _wrap(name: str, f: Callable[..., Any], log: list, doc: dict) -> Callable[..., Any]:
    @functools.wraps(f)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        rows = next(
            (
                x
                for x in [*args, *kwargs.values()]
                if isinstance(x, list) and x and hasattr(x[0], "certainty")
            ),
            None,
        )
        before = {id(a): a.certainty for a in rows} if rows else {}
        out = f(*args, **kwargs)
        for a in rows or []:
            if a.certainty == "disputed" and before.get(id(a)) != "disputed":
                log.append((doc.get("name"), a, name))
        return out

    return wrapped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set")
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    log: list = []
    doc: dict = {}
    for m in MODULES:
        mod = getattr(extract, m)
        for name in dir(mod):
            f = getattr(mod, name)
            if (
                callable(f)
                and not name.startswith("_")
                and not isinstance(f, type)
                and getattr(f, "__module__", "") == mod.__name__
            ):
                setattr(mod, name, _wrap(f"{m}.{name}", f, log, doc))
    evaluate = command.evaluate_case

    def named(case: Any) -> Any:
        doc["name"] = case.text_path.name
        return evaluate(case)

    command.evaluate_case = named
    results = {r.case.text_path.name: r for r in command.evaluate_path(args.set).results}
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for name, a, pass_name in log:
        r = results.get(name)
        at = next((i for i, x in enumerate(r.analysis.attributions) if x is a), None) if r else None
        if at is None:
            continue
        gold = {p.pred: r.gold.attributions[p.gold] for p in r.score.pairs}.get(at)
        want = gold.certainty if gold is not None else "UNM"
        table[pass_name][f"gold {want}, now {a.certainty}"] += 1
        if args.rows and want not in ("disputed", "UNM"):
            print(f"{pass_name}\t{name}\tgold {want}\t{' '.join(c.text for c in a.content)[:100]}")
    for pass_name, counts in sorted(table.items()):
        print(pass_name, dict(counts.most_common()))


if __name__ == "__main__":
    main()
