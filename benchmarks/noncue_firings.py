"""How often each English non-attribution class fires, and what it removes (issue #11, #15 item 4).

Usage:
    .venv/bin/python benchmarks/noncue_firings.py FOLDER [FOLDER ...] [--samples N] [--only CLASS]

A FOLDER is a gold folder (`sayso eval` formats: PolNeAR `text/` + `attributions/`, `*.gold.json`)
or a folder of plain `*.txt` articles (fresh pages without gold). Every candidate the extractor
drops through `sayso.lang.en.noncue.non_attribution_reason` is recorded with its class. With gold,
a firing "hits gold" when the dropped cue overlaps a gold cue (a recall cost: the annotators did
take it for an attribution); the rest were false attributions removed. Prints a table per class
and up to N sample sentences of each (default 5), so that a class is judged on broad text
(PolNeAR train) and not only on the tune sentences it was written for.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from sayso import pipeline
from sayso.eval.gold import discover
from sayso.lang.en import extract as en_extract
from sayso.lang.en import noncue
from sayso.lang.en.tokens import tokenize
from sayso.read import read_path


class _Recorder:
    """Wraps the extractor's non-attribution test to record each firing with its class."""

    def __init__(self) -> None:
        self.text = ""
        self.tokens: list = []
        self.firings: list[tuple[str, int, int, str]] = []  # class, cue start/end chars, sentence
        self._original = noncue.is_non_attribution

    def __call__(self, lower, cue, content, has_source, sentence_first,  # noqa: ANN001
                 source=None, in_quotation=False) -> bool:  # noqa: ANN001
        reason = noncue.non_attribution_reason(lower, cue, content, has_source, sentence_first,
                                               source, in_quotation)
        if reason is not None:
            if not self.tokens:
                self.tokens = tokenize(self.text)
            t = self.tokens
            lo = min(r[0] for r in (*cue, *content))
            hi = max(r[1] for r in (*cue, *content))
            snippet = self.text[t[lo].start:t[hi - 1].end].replace("\n", " ")
            cue_text = " ".join(self.text[t[a].start:t[b - 1].end] for a, b in cue)
            self.firings.append((reason, t[cue[0][0]].start, t[cue[-1][1] - 1].end,
                                 f"[{cue_text}] {snippet[:200]}"))
        return reason is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--only", default=None, help="print samples of this class only")
    args = parser.parse_args()
    rec = _Recorder()
    en_extract.en_noncue.is_non_attribution = rec  # type: ignore[assignment]
    fired: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    samples: dict[str, list[str]] = defaultdict(list)
    for folder in args.folders:
        root = Path(folder)
        txts = sorted(root.glob("*.txt"))
        has_gold = any(root.glob("*.gold.json")) or (root / "attributions").is_dir()
        items = discover(root) if has_gold else txts
        for item in track(items, description=root.name):
            doc = item.read() if has_gold else read_path(item)[0]
            rec.text, rec.tokens, rec.firings = doc.text, [], []
            analysis = pipeline.run(doc)
            gold_cues = []
            if has_gold:
                gold = item.load(analysis.document)
                gold_cues = [(s.start, s.end) for g in gold.attributions for s in g.cue]
            for reason, a, b, line in rec.firings:
                fired[reason] += 1
                on_gold = any(a < ge and gs < b for gs, ge in gold_cues)
                hit[reason] += on_gold
                if len(samples[reason]) < args.samples * 4:
                    samples[reason].append(("GOLD " if on_gold else "") + f"{root.name}: {line}")
    console = Console()
    table = Table("class", "fired", "hits gold", "removed non-gold")
    for reason, n in fired.most_common():
        table.add_row(reason, str(n), str(hit[reason]), str(n - hit[reason]))
    console.print(table)
    for reason in fired:
        if args.only and reason != args.only:
            continue
        console.print(f"[bold]{reason}[/bold]")
        gold_first = sorted(samples[reason], key=lambda s: not s.startswith("GOLD"))
        for s in gold_first[:args.samples]:
            console.print("  " + s, markup=False)


if __name__ == "__main__":
    main()
