"""Draw a fixed-seed random sample of the rows of a `zh_attr_breadth.py` dump and print each with
the text around its cue, to judge by hand against ANNOTATION.md (the breadth count of a
precision class: how many predicted attributions are no attribution at all, and why).

    python benchmarks/zh_breadth_sample.py cnews.val.txt hk dump.tsv --n 120 --seed 27

Rows are drawn half from THUCNews (spread over its ten genres) and half from hkcnews.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("thucnews", type=Path)
    ap.add_argument("hkcnews", type=Path)
    ap.add_argument("dump", type=Path)
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--seed", type=int, default=27)
    ap.add_argument("--width", type=int, default=45)
    args = ap.parse_args()
    lines = args.thucnews.read_text(encoding="utf-8").split("\n")
    rows = [r.split("\t") for r in args.dump.read_text(encoding="utf-8").splitlines() if r]
    by_genre: dict[str, list[list[str]]] = defaultdict(list)
    hk = []
    for r in rows:
        if r[0].startswith("th"):
            by_genre[lines[int(r[0][2:])].split("\t", 1)[0]].append(r)
        else:
            hk.append(r)
    rng = random.Random(args.seed)
    half = args.n // 2
    per = max(1, half // max(1, len(by_genre)))
    picked = []
    for g in sorted(by_genre):
        picked += [(g, r) for r in rng.sample(by_genre[g], min(per, len(by_genre[g])))]
    picked += [("hk", r) for r in rng.sample(hk, min(args.n - len(picked), len(hk)))]
    w = args.width
    for i, (g, r) in enumerate(picked, 1):
        tag, off = r[0], int(r[1])
        if tag.startswith("th"):
            text = lines[int(tag[2:])].split("\t", 1)[1]
        else:
            text = (args.hkcnews / f"{tag}.txt").read_text(encoding="utf-8")
        around = text[max(0, off - w):off] + "【" + text[off:off + w].replace("\n", "⏎")
        print(f"#{i} {g} {tag} {off} cue={r[2]} src={r[3]} {r[4]}/{r[5]}")
        print("   ", around.replace("\n", "⏎"))
        print("    C:", r[6][:90] if len(r) > 6 else "")


if __name__ == "__main__":
    main()
