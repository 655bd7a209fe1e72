"""Census of English channel frames on broad text: each attribution whose own frame (its
sentence with its content blanked out) holds a channel shape, whether it got a `via`, and
which channels look wrong (a person or a place taken as one).

Round 28 (envia28, issue #11): the clean pools lose a third of their vias while the open pool
loses a tenth. Earlier censuses (`en_via_frames.py`, `en_via_names.py`) searched the whole
sentence, so most "misses" were another attribution's frame or a content's words. Here the
search runs over the attribution's frame only (the sentence minus its content spans), for the
shapes of the round's brief: `told NAME`, `in an interview with/on`, `speaking to/on`, `in a
post/tweet/video on`, `wrote on/in`, `said on X's Y`, `in comments/remarks to`, `at a news
conference/briefing/hearing/rally/summit`, `in a statement (to X)`, `in a letter to`, `according
to X, which cited`, `X reports/reported`, `citing/quoting`, `per X`, `X quoted Y as saying`.

With `--hide all|half`, the gazetteer's outlets (all, or the fixed half of `en_via_hidden.py`)
are hidden from `Gazetteer.lookup`/`find_all`: the unseen pools' outlets are mostly not listed,
so what the frames find alone is what counts there.

Usage (from /tmp so that CHECKOUT's code is the one imported):
    PYTHONPATH=CHECKOUT python benchmarks/en_via_census.py OUT.json DIR ... [--hide all]
    python benchmarks/en_via_census.py OUT.json --table
    python benchmarks/en_via_census.py OUT.json --sample "told NAME" 40 [--seed 28]
    python benchmarks/en_via_census.py OUT.json --wrong 40     (vias typed person/place)
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from en_via_frames import sentence_of  # the same plain punctuation split
from en_via_hidden import hide_outlets

_DET = r"(?:a|an|the|his|her|its|their|our|my|this)"
FRAMES = {
    "told NAME": r"\b(?:told|tells|telling)\s+(?:the\s+)?[A-Z]",
    "interview with/on": r"\binterviews?\s+(?:with|on|to)\b",
    "speaking to/on": r"\b(?:speaking|spoke|talking|talked|speaks)\s+(?:to|on|with)\b",
    "post/tweet/video on": r"\b(?:post|posting|tweet|video|message|live-?stream|broadcast)s?\s+(?:posted\s+)?on\b",
    "wrote on/in": r"\b(?:wrote|writing|writes)\s+(?:on|in|for)\b",
    "said on X's Y": r"\b(?:said|says|saying|told)\s+on\s+[A-Z][\w.&-]*(?:’|')s\b",
    "comments/remarks to": r"\b(?:comments?|remarks)\s+to\b",
    "at EVENT": rf"\b(?:at|during)\s+{_DET}\s+(?:[\w-]+\s+){{0,3}}(?:news conference|press conference|"
                r"briefing|hearing|rally|summit|meeting|forum|convention|event|town hall|debate)\b",
    "in a statement": rf"\bin\s+{_DET}\s+(?:[\w-]+\s+){{0,2}}statement\b",
    "in a letter": rf"\bin\s+{_DET}\s+(?:[\w-]+\s+){{0,2}}letter\b",
    "according to X, which cited": r"\baccording to\b[^.;]{1,80}?,\s+(?:which|who)\s+(?:cited|quoted|quoting|citing)\b",
    "according to": r"\baccording to\b",
    "X reports/reported": r"\b[A-Z][\w.&-]*\s+(?:reported|reports)\b",
    "citing/quoting": r"\b(?:citing|quoting)\b",
    "per X": r"(?:^|[,(]\s*)per\s+(?:the\s+)?[A-Z]",
    "quoted Y as saying": r"\bquoted\b.{1,80}?\bas\s+say",
}
COMPILED = {name: re.compile(rx) for name, rx in FRAMES.items()}
WRONG_TYPES = frozenset({"person", "place"})


def records(path: Path) -> list[dict]:
    """One record per attribution of the article: its frame (sentence, content blanked as `…`),
    the shapes found there, its source, cue, channels and their entity types."""
    from sayso import pipeline
    from sayso.model import Document

    text = path.read_text("utf-8", errors="replace")
    analysis = pipeline.run(Document(text=text, language="en"))
    out = []
    for a in analysis.attributions:
        if not a.cue:
            continue
        lo, hi = sentence_of(text, a.cue[0].start)
        chars = list(text[lo:hi])
        for c in a.content:
            for i in range(max(c.start, lo), min(c.end, hi)):
                chars[i - lo] = "\0"
        frame = re.sub(r"\0+", " … ", "".join(chars)).strip()
        types = []
        for v in a.via:
            e = analysis.entity(v.entity) if v.entity else None
            types.append(e.type if e is not None else "-")
        out.append({"file": path.name, "frame": frame[:400], "sentence": text[lo:hi].strip()[:400],
                    "shapes": [n for n, rx in COMPILED.items() if rx.search(frame)],
                    "source": a.source.text if a.source else "-",
                    "cue": " … ".join(c.text for c in a.cue),
                    "via": [v.text for v in a.via], "via_types": types})
    return out


def table(rows: list[dict]) -> None:
    n, withvia = Counter(), Counter()
    for r in rows:
        for f in r["shapes"]:
            n[f] += 1
            withvia[f] += bool(r["via"])
    wrong = sum(t in WRONG_TYPES for r in rows for t in r["via_types"])
    print(f"attributions: {len(rows)}, with a via: {sum(bool(r['via']) for r in rows)}, "
          f"vias typed person/place: {wrong}")
    print("| shape in the attribution's frame | attributions | with a via | without |")
    print("|---|---:|---:|---:|")
    for f in FRAMES:
        if n[f]:
            print(f"| {f} | {n[f]} | {withvia[f]} | {n[f] - withvia[f]} |")


def sample(rows: list[dict], shape: str, k: int, seed: int) -> None:
    """`k` random attributions whose frame has `shape` and which got no via, shape marked."""
    misses = [r for r in rows if shape in r["shapes"] and not r["via"]]
    random.Random(seed).shuffle(misses)
    for i, r in enumerate(misses[:k]):
        s = r["frame"]
        m = COMPILED[shape].search(s)
        if m is not None:
            s = s[:m.start()] + "⟦" + s[m.start():m.end()] + "⟧" + s[m.end():]
        print(f"{i}. {r['file']}\n   F: {s}\n   source={r['source']!r} cue={r['cue']!r}")


def wrong(rows: list[dict], k: int, seed: int) -> None:
    """`k` random channels typed person or place (`told Sean Hannity` is a person: judge)."""
    hits = [(r, v, t) for r in rows for v, t in zip(r["via"], r["via_types"], strict=True) if t in WRONG_TYPES]
    print(f"{len(hits)} channels typed person/place; {Counter(t for _, _, t in hits)}")
    random.Random(seed).shuffle(hits)
    for i, (r, v, t) in enumerate(hits[:k]):
        print(f"{i}. {r['file']} [{v}={t}]\n   S: {r['sentence'][:300]}\n   source={r['source']!r} cue={r['cue']!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("folders", type=Path, nargs="*")
    ap.add_argument("--hide", choices=["all", "half"], help="hide the gazetteer's outlets")
    ap.add_argument("--table", action="store_true", help="print counts of an existing OUT")
    ap.add_argument("--sample", nargs=2, metavar=("SHAPE", "N"), help="print N random misses of SHAPE")
    ap.add_argument("--wrong", type=int, metavar="N", help="print N random person/place channels")
    ap.add_argument("--seed", type=int, default=28)
    args = ap.parse_args()
    if args.table or args.sample or args.wrong:
        rows = json.loads(args.out.read_text("utf-8"))
        if args.table:
            table(rows)
        if args.sample:
            sample(rows, args.sample[0], int(args.sample[1]), args.seed)
        if args.wrong:
            wrong(rows, args.wrong, args.seed)
        return
    if args.hide:
        hide_outlets(args.hide)
    from rich.progress import track

    paths = sorted(p for f in args.folders for p in f.glob("*.txt"))
    rows = [r for p in track(paths, description="articles") for r in records(p)]
    args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")
    table(rows)


if __name__ == "__main__":
    main()
