"""Named channels in broad English text, found by their SHAPE, and whether sayso gave them as a via.

Round 27 (envia27): the clean pools' via recall (64 %) is far below the open pool's (90 %); the
guess is that channels are found through known names (the outlet gazetteer, known programmes).
This census finds channel frames by shape alone: a speech word followed by a channel preposition
and a capitalised phrase (`told Radio Five Live`, `speaking to the Sunday Star`, `said on
Fareed Zakaria GPS`, `in an interview with Der Spiegel`, `writing in the Lancet`, `in a post on
Truth Social`), or a platform or occasion noun (`in a statement`, `at a press conference`), and
checks whether an attribution of the sentence has a via overlapping the phrase. Each hit is
recorded with whether the gazetteer knows the name, so that misses of known and unknown names
can be counted apart (the generalisation test). The census over-finds (`told Smith` is a person
told, no channel by the code's convention): misses are read by hand, `--sample`.

Usage: PYTHONPATH=CHECKOUT python benchmarks/en_via_names.py OUT.json DIR ...
       python benchmarks/en_via_names.py --table OUT.json
       python benchmarks/en_via_names.py --sample SHAPE N OUT.json [--unknown]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

# A capitalised phrase: up to five capitalised words, joined by of/&/and/for/the/'s.
_W = r"(?:[A-Z][\w.&’'-]*|[0-9][\w-]*)"
NAME = rf"(?:[Tt]he\s+)?{_W}(?:(?:\s+(?:of|&|and|for|on|the|de|du|la|le)\s+|[’']s\s+|\s+){_W}){{0,4}}"
SPEECH = (r"(?:said|says|say|saying|told|tells|tell|telling|wrote|writes|writing|written|spoke|speaks|"
          r"speaking|talking|talked|talks|admitted|confirmed|denied|insisted|claimed|added|explained|"
          r"revealed|stated|argued|warned|announced|posted|tweeted|commented|quoted|"
          r"interview|interviewed|statement|remarks|comments|appearance|appearing|appeared)")
SHAPES = {
    # `told NAME`: an outlet told, or a person (read by hand)
    "told NAME": rf"\b(?:told|tells|tell|telling)\s+(?P<name>{NAME})",
    "speaking/talking to NAME": rf"\b(?:speaking|spoke|talking|talked|talks|speaks|said|explained|"
                                rf"admitted|confirmed|denied|insisted|revealed)\s+to\s+(?P<name>{NAME})",
    "interview with/on/to NAME": rf"\binterviews?\s+(?:with|on|to|for)\s+(?P<name>{NAME})",
    "SPEECH on NAME": rf"\b{SPEECH}\s+(?:\w+\s+){{0,2}}?on\s+(?P<name>{NAME})",
    "SPEECH in/for NAME (written)": rf"\b(?:wrote|writes|writing|written|column|op-ed|article|piece|"
                                    rf"editorial|essay|letter)\s+(?:in|for|to)\s+(?P<name>{NAME})",
    "post/video/tweet on NAME": rf"\b(?:post|posts|posting|video|tweet|message|livestream|"
                                rf"broadcast|statement|comments|remarks)\s+(?:on|to)\s+(?P<name>{NAME})",
    "statement to NAME": rf"\b(?:statement|comments?|remarks)\s+(?:to|sent to|given to|provided to|"
                         rf"emailed to)\s+(?P<name>{NAME})",
    "NAME reported/reports": rf"(?P<name>{NAME})\s+(?:reported|reports|has reported|said in a report)\b",
    "reported by/quoted by NAME": rf"\b(?:reported|quoted|cited|carried|published)\s+by\s+(?P<name>{NAME})",
    "according to NAME": rf"\baccording\s+to\s+(?P<name>{NAME})",
    "citing NAME (outer)": rf"(?P<name>{NAME})\s*,?\s+(?:citing|quoting)\b",
}
COMPILED = {k: re.compile(v) for k, v in SHAPES.items()}
_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'A-Z(])|\n")
# Words a capitalised phrase starting a sentence or naming a time is not a channel by.
_NOT_NAMES = {"the", "he", "she", "they", "it", "we", "i", "you", "this", "that", "monday",
              "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
              "february", "march", "april", "june", "july", "august", "september", "october",
              "november", "december", "mr", "mrs", "ms", "dr"}


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds of `text` (a plain punctuation split)."""
    out, lo = [], 0
    for m in _END.finditer(text):
        out.append((lo, m.end()))
        lo = m.end()
    out.append((lo, len(text)))
    return out


def records(path: Path) -> list[dict]:
    """One record per shape hit in the article at `path`."""
    from sayso import pipeline
    from sayso.gazetteer import default_gazetteer
    from sayso.model import Document

    gaz = default_gazetteer()
    text = path.read_text("utf-8", errors="replace")
    analysis = pipeline.run(Document(text=text, language="en"))
    out = []
    for lo, hi in sentences(text):
        sent = text[lo:hi]
        attrs = [a for a in analysis.attributions if a.cue and lo <= a.cue[0].start < hi]
        vias = [(v.start, v.end, v.text) for a in attrs for v in a.via]
        for shape, rx in COMPILED.items():
            for m in rx.finditer(sent):
                s, e = lo + m.start("name"), lo + m.end("name")
                name = m.group("name")
                bare = re.sub(r"^[Tt]he\s+", "", name)
                if bare.split()[0].lower().strip("’'s.") in _NOT_NAMES:
                    continue
                known = gaz.lookup(bare) is not None or gaz.lookup(name) is not None or any(
                    gaz.lookup(" ".join(bare.split()[:k])) for k in range(1, len(bare.split())))
                got = [t for vs, ve, t in vias if vs < e and s < ve]
                out.append({"file": path.name, "shape": shape, "name": name, "known": known,
                            "via": got, "attributions": len(attrs),
                            "sentence": sent.strip()[:400]})
    return out


def table(rows: list[dict]) -> None:
    """Counts per shape: hits, with a via on the name; known and unknown names apart."""
    n, got = Counter(), Counter()
    for r in rows:
        key = (r["shape"], r["known"])
        n[key] += 1
        got[key] += bool(r["via"])
    print("| shape | known: hits | known: via | unknown: hits | unknown: via |")
    print("|---|---:|---:|---:|---:|")
    for shape in SHAPES:
        k, u = (shape, True), (shape, False)
        print(f"| {shape} | {n[k]} | {got[k]} | {n[u]} | {got[u]} |")


def sample(rows: list[dict], shape: str, n: int, unknown: bool, seed: int = 27) -> None:
    """Print `n` random misses of `shape` (only unknown names with `unknown`)."""
    misses = [r for r in rows if r["shape"] == shape and not r["via"] and r["attributions"]
              and (not unknown or not r["known"])]
    random.Random(seed).shuffle(misses)
    for i, r in enumerate(misses[:n]):
        print(f"{i}. {r['file']} [{r['name']}] known={r['known']}\n   {r['sentence']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("folders", type=Path, nargs="*")
    ap.add_argument("--table", action="store_true")
    ap.add_argument("--sample", nargs=2, metavar=("SHAPE", "N"))
    ap.add_argument("--unknown", action="store_true")
    args = ap.parse_args()
    if args.table:
        table(json.loads(args.out.read_text("utf-8")))
        return
    if args.sample:
        sample(json.loads(args.out.read_text("utf-8")), args.sample[0], int(args.sample[1]),
               args.unknown)
        return
    paths = sorted(p for f in args.folders for p in f.glob("*.txt"))
    rows = [r for p in paths for r in records(p)]
    args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")
    table(rows)


if __name__ == "__main__":
    main()
