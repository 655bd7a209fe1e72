"""Via recall broken down by the KIND of channel, per part of a gold corpus.

Why: via recall on en-news tune rose over three rounds while test stayed flat. A kind whose
recall is high on tune parts A/B (fixed on for longest) but low on the later parts C and D
(annotated later, fixed on less) is fitted to tune sentences; a kind low everywhere is missing.

The kind of a gold via is read from the words around it in the article (ANNOTATION.md,
Channels and Citing chains):

- platform: a social network or `social media` (`on Telegram`, `in a post on X`);
- medium: a medium noun (statement, interview, press conference, post, letter, book, programme);
- relative: `X, which cited Y` / `according to X, which quoted Y`;
- citing: the outlet relays a cited party (`X reported, citing Y`, `X quoted Y as saying`,
  `Citing Y, X said`, `was quoted by X`);
- told: the object of `told`/`telling` (`told Reuters`, `told reporters`);
- interview: `in an interview with X`, `speaking to X`, `X's Y programme`, `on X's show`;
- according: `according to X` where X relays a named speaker;
- reported: the outlet as subject (`X reported`), other.

Recall counts a gold via as found when a MATCHED prediction lists it (as `sayso eval` scores
via); gold attributions without a matched prediction are counted apart (`unmatched`).

Usage:
    .venv/bin/python benchmarks/en_via_kinds.py FOLDER [FOLDER ...] [--parts] [--missed]
`--parts` splits en-news ids into parts A/B (`en-`), C (`enC-`) and D (`enD-`); `--missed`
lists the missed vias with their sentence (tune folders only).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from sayso import pipeline
from sayso.eval.gold import discover
from sayso.eval.score import scored_pairs
from sayso.text import fold_key

PLATFORMS = {"twitter", "x", "facebook", "telegram", "instagram", "tiktok", "youtube", "weibo",
             "social media", "truth social", "linkedin", "threads", "reddit", "whatsapp", "wechat",
             "bluesky", "substack", "vk", "snapchat"}
MEDIUM = re.compile(r"\b(statement|interview|conference|briefing|post|tweet|letter|book|memoir|"
                    r"programme|program|show|podcast|speech|address|video|op-ed|column|article|"
                    r"essay|report|hearing|testimony|rally|summit|session|debate|message|email|"
                    r"documentary|broadcast|remarks|comments|blog|event|meeting|forum|filing|"
                    r"release|notice|note|transcript|episode)s?\b", re.I)
KINDS = ("platform", "medium", "relative", "citing", "told", "interview", "according", "reported")


def kind_of(text: str, start: int, end: int, via: str) -> str:
    """The kind of the via `via` found at text[start:end] (see the module docstring)."""
    if fold_key(via) in PLATFORMS or re.search(r"\b(social media|on x)\b", via, re.I):
        return "platform"
    if MEDIUM.search(via):
        return "medium"
    before = text[max(0, start - 60):start].lower()
    after = text[end:end + 60].lower()
    if re.match(r"[\s’'s]*,\s*(which|who)\s+(cited|quoted|citing|said)", after):
        return "relative"
    if re.search(r"\b(citing|quoting|quoted|cited)\b", after[:45]) \
            or re.search(r"\b(quoted|cited) (by|in)\s+(the\s+)?$", before) \
            or re.search(r"\b(citing|quoting)\b[^.]*,\s*(the\s+)?$", before):
        return "citing"
    if re.search(r"\b(told|tells|telling|tell)\s+(the\s+)?([\w-]+\s+){0,3}$", before):
        return "told"
    if re.search(r"\b(interview|speaking|spoke|speak|talking)\b[^.]{0,40}$", before) \
            or re.match(r"[’']s\s", after):
        return "interview"
    if re.search(r"\baccording to\s+(the\s+)?([\w-]+\s+){0,3}$", before):
        return "according"
    return "reported"


def part_of(case_id: str) -> str:
    return "C" if case_id.startswith("enC-") else "D" if case_id.startswith("enD-") else "A/B"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--parts", action="store_true")
    ap.add_argument("--missed", action="store_true")
    args = ap.parse_args(argv)
    console = Console(width=200)
    if args.missed and any("test" in f.parts for f in args.folders):
        console.print("sayso: --missed shows system output, which the reserved test splits never show")
        return 2
    found: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    missed: list[str] = []
    for folder in args.folders:
        for case in track(discover(folder), description=str(folder)):
            doc = case.read()
            analysis = pipeline.run(doc)
            golds = case.load(analysis.document).attributions
            preds = analysis.attributions
            part = part_of(case.id) if args.parts else folder.name
            matched = {gi: pi for gi, pi, _ in scored_pairs(golds, preds)}
            text = analysis.document.text
            for gi, g in enumerate(golds):
                if g.optional:
                    continue
                have = {fold_key(v.text) for v in preds[matched[gi]].via} if gi in matched else set()
                for v in g.via:
                    kind = kind_of(text, v.start, v.end, v.text)
                    tally = found[(part, kind)]
                    tally["gold"] += 1
                    if gi not in matched:
                        tally["unmatched"] += 1
                    elif fold_key(v.text) in have:
                        tally["found"] += 1
                    elif args.missed:
                        lo = text.rfind("\n", 0, v.start) + 1
                        hi = text.find("\n", v.end)
                        missed.append(f"{case.id} [{kind}] {v.text!r} pred "
                                      f"{sorted(p.text for p in preds[matched[gi]].via)}: "
                                      f"{text[max(lo, v.start - 160):hi if hi > 0 else None][:320]}")
    parts = sorted({p for p, _ in found})
    table = Table("kind", *[f"{p} recall (found/matched, unmatched)" for p in parts])
    for kind in (*KINDS, "all"):
        cells = []
        for p in parts:
            t = sum((found[(p, k)] for k in KINDS), Counter()) if kind == "all" else found[(p, kind)]
            n = t["gold"] - t["unmatched"]
            cells.append(f"{t['found'] / n:.0%} ({t['found']}/{n}, {t['unmatched']})" if n else
                         f"- (0/0, {t['unmatched']})")
        table.add_row(kind, *cells)
    console.print(table)
    for line in missed:
        console.print(line, highlight=False, markup=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
