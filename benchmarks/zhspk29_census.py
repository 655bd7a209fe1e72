"""Print every Chinese attribution whose output differs between two checkouts over the breadth
text (THUCNews cnews.val.txt and the hkcnews sample), to judge a source change by hand.

Usage (round 29, brief zhspk29: a received message's sender or the message itself speaks):

    python benchmarks/zhspk29_census.py /work/tmp/breadth/cnews.val.txt /work/tmp/breadth/hk \\
        --old /work/main --new /work/wt-zhspk29

Each checkout is run through `benchmarks/zh_attr_breadth.py --entity` in a subprocess with its
own PYTHONPATH; the rows are keyed by (article, cue offset, cue). It counts the rows only the
old or only the new checkout has and the rows whose source, entity, stance, certainty or content
changed, and prints each with the 40 characters before its cue.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

_DUMP = Path(__file__).with_name("zh_attr_breadth.py")


def dump(checkout: Path, thucnews: Path, hk: Path) -> dict[tuple[str, str, str], str]:
    """The breadth rows of one checkout, keyed by (article, cue offset, cue)."""
    with tempfile.NamedTemporaryFile(suffix=".tsv") as out:
        env = {**os.environ, "PYTHONPATH": str(checkout)}
        subprocess.run(
            [sys.executable, str(_DUMP), str(thucnews), str(hk), out.name, "--entity"],
            env=env,
            check=True,
            stderr=subprocess.DEVNULL,
        )
        lines = Path(out.name).read_text(encoding="utf-8").splitlines()
    rows = {}
    for line in lines:
        tag, off, cue, rest = line.split("\t", 3)
        rows[(tag, off, cue)] = rest
    return rows


def _context(tag: str, off: str, thucnews: list[str], hk: Path) -> str:
    text = (
        thucnews[int(tag[2:])].partition("\t")[2]
        if tag.startswith("th")
        else (hk / f"{tag}.txt").read_text(encoding="utf-8")
    )
    o = int(off)
    return (text[max(0, o - 40) : o] + "【" + text[o : o + 20]).replace("\n", "⏎")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("thucnews", type=Path)
    ap.add_argument("hkcnews", type=Path)
    ap.add_argument("--old", type=Path, required=True, help="the checkout before the change")
    ap.add_argument("--new", type=Path, required=True, help="the checkout with the change")
    args = ap.parse_args()
    old = dump(args.old, args.thucnews, args.hkcnews)
    new = dump(args.new, args.thucnews, args.hkcnews)
    lines = args.thucnews.read_text(encoding="utf-8").split("\n")
    changed = 0
    for key in sorted(old.keys() | new.keys()):
        if old.get(key) == new.get(key):
            continue
        changed += 1
        print(f"{key[0]}\t{key[2]}\t{_context(key[0], key[1], lines, args.hkcnews)}")
        print(f"  old: {old.get(key, '(none)')}")
        print(f"  new: {new.get(key, '(none)')}")
    print(f"{len(old)} rows old, {len(new)} rows new, {changed} changed")


if __name__ == "__main__":
    main()
