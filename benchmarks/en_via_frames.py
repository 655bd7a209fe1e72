"""Channel-looking frames in broad English text and whether an attribution got a `via` there.

Round 25 (envia25): before fixing a channel class, measure how often its frame occurs in broad
unlabeled text (BBC 2005 non-politics, PolNeAR train) and how often the system attaches a channel
where it does. Each attribution's sentence (the one holding its first cue) is searched for the
channel frames of ANNOTATION.md "Channels" (told X, in an interview with X, in a statement, on X's
programme, X reported citing Y, in a post on X, ...); one JSON record per attribution, with the
frames found, its source, cue, channels and content, so that misses can be sampled and judged.

Usage: PYTHONPATH=CHECKOUT python benchmarks/en_via_frames.py OUT.json DIR ...
       python benchmarks/en_via_frames.py --table OUT.json   (counts by frame)
       python benchmarks/en_via_frames.py --sample "told NP" 40 OUT.json   (random misses to judge)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

CHANNEL_NOUNS = (r"interview|statement|post|video|letter|op-ed|e-?mail|tweet|briefing|filing|"
                 r"speech|blog|message|note|memo|column|article|book|release|broadcast|"
                 r"press conference|news conference|programme|program|show|podcast|documentary")
FRAMES = {
    "told NP": r"\b(?:told|tells?|telling)\s+(?:the\s+)?(?:[A-Z0-9]|reporters|journalists|"
               r"lawmakers|MPs|the court|a court|an? \w+ (?:newspaper|paper|magazine|channel|station))",
    "speaking/talking to/on": r"\b(?:speaking|spoke|talking|talked|talks|speaks)\s+(?:to|with|on)\b",
    "in DET (..) CHANNEL": rf"\b(?:in|during)\s+(?:a|an|his|her|its|their|the|our|my)\s+(?:[\w-]+\s+){{0,2}}(?:{CHANNEL_NOUNS})s?\b",
    "on/at/during NP event/platform": r"\b(?:on|at|during)\s+(?:a|an|the|his|her|its|their)?\s*(?:[\w-]+\s+){0,2}"
                              r"(?:press conference|news conference|briefing|rally|hearing|twitter|"
                              r"facebook|instagram|youtube|programme|program|show|radio|television|"
                              r"tv|website|blog|podcast|breakfast|BBC|ITV|CNN|Fox|NBC|CBS|ABC|MSNBC|Sky)\b",
    "via/through NP": r"\b(?:via|through)\s+(?:a|an|his|her|their|its|the)\s+(?:spokes\w+|lawyer|"
                      r"attorney|statement|representative|publicist|agent|aide)",
    "according to NP": r"\baccording to\b",
    "citing/quoting NP": r"\b(?:citing|quoting|cited)\b",
    "quoted by/in NP": r"\bquoted\s+(?:by|in)\b",
    "writing in/on/for NP": r"\b(?:writing|wrote|writes)\s+(?:in|on|for)\b",
    "NP reported/reports": r"\b(?:reported|reports)\b",
}
COMPILED = {name: re.compile(rx, re.I if name not in {"told NP"} else 0) for name, rx in FRAMES.items()}
_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'A-Z(])|\n")


def sentence_of(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence holding character `at` (a plain punctuation split)."""
    lo = 0
    for m in _END.finditer(text, 0, at):
        lo = m.end()
    m = _END.search(text, at)
    return lo, (m.end() if m else len(text))


def records(path: Path) -> list[dict]:
    from sayso import pipeline
    from sayso.model import Document

    text = path.read_text("utf-8", errors="replace")
    analysis = pipeline.run(Document(text=text, language="en"))
    out = []
    for a in analysis.attributions:
        if not a.cue:
            continue
        lo, hi = sentence_of(text, a.cue[0].start)
        sent = text[lo:hi].strip()
        frames = [name for name, rx in COMPILED.items() if rx.search(sent)]
        out.append({"file": str(path), "sentence": sent[:400], "frames": frames,
                    "source": a.source.text if a.source else "-",
                    "cue": " … ".join(c.text for c in a.cue),
                    "via": [v.text for v in a.via],
                    "content": " … ".join(c.text for c in a.content)[:160]})
    return out


def table(rows: list[dict]) -> None:
    n, withvia = Counter(), Counter()
    for r in rows:
        for f in r["frames"]:
            n[f] += 1
            withvia[f] += bool(r["via"])
    print(f"attributions: {len(rows)}, with a via: {sum(bool(r['via']) for r in rows)}")
    print("| frame in the sentence | attributions | with a via | without |")
    print("|---|---:|---:|---:|")
    for f, c in n.most_common():
        print(f"| {f} | {c} | {withvia[f]} | {c - withvia[f]} |")


def sample(rows: list[dict], frame: str, n: int, seed: int = 25) -> None:
    """Print `n` random attributions whose sentence has `frame` and which got no via, the frame
    marked in the sentence (round 25 judged 40 of each frame this way, seed 25)."""
    import random

    misses = [r for r in rows if frame in r["frames"] and not r["via"]]
    random.Random(seed).shuffle(misses)
    for i, r in enumerate(misses[:n]):
        s = r["sentence"]
        m = COMPILED[frame].search(s)
        if m is not None:
            s = s[:m.start()] + "⟦" + s[m.start():m.end()] + "⟧" + s[m.end():]
        print(f"{i}. {Path(r['file']).name}\n   S: {s}\n   source={r['source']!r} cue={r['cue']!r} "
              f"content={r['content'][:90]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("folders", type=Path, nargs="*")
    ap.add_argument("--table", action="store_true", help="print counts of an existing OUT")
    ap.add_argument("--sample", nargs=2, metavar=("FRAME", "N"), help="print N random misses of FRAME")
    args = ap.parse_args()
    if args.table:
        table(json.loads(args.out.read_text("utf-8")))
        return
    if args.sample:
        sample(json.loads(args.out.read_text("utf-8")), args.sample[0], int(args.sample[1]))
        return
    paths = sorted(p for f in args.folders for p in f.glob("*.txt"))
    rows = [r for p in paths for r in records(p)]
    args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")
    table(rows)


if __name__ == "__main__":
    main()
