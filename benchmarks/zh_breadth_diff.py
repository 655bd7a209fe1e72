"""Every Chinese attribution whose output a change alters on unlabeled breadth text, old code
against new, each printed with the text around its cue, to be read and judged by hand against
ANNOTATION.md (round 29's zhprec29 and zhcontent29 used it: a removed real attribution is a loss).

Usage (from a checkout; each side runs `zh_attr_breadth.py` under its own PYTHONPATH):

    python benchmarks/zh_breadth_diff.py /work/tmp/breadth/cnews.val.txt /work/tmp/breadth/hk \\
        --old /work/main --new . [--keep DIR]

Text: THUCNews `cnews.val.txt` (1,000 articles, thN = line N+1) and the hkcnews sample (200
articles, by file stem). A row is (article, cue offset, cue, source, stance, certainty, content);
rows are compared by (article, cue offset). Printed: `-` a row only the old code makes (removed),
`+` a row only the new code makes (added), `~` a row both make that differs (old line, then new).
Counts: removed / added / changed, and of the removed ones how many lie in a headline-looking
line (THUCNews' glued title, an hkcnews `title:` or `###` line), to read apart.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def dump(tree: Path, thucnews: Path, hk: Path, out: Path) -> dict[tuple[str, str], str]:
    """The breadth rows the code at `tree` makes, keyed by (article, cue offset)."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    subprocess.run(
        [sys.executable, str(HERE / "zh_attr_breadth.py"), str(thucnews), str(hk), str(out)],
        env=env,
        check=True,
        stderr=subprocess.DEVNULL,
    )
    rows: dict[tuple[str, str], str] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        key = (f[0], f[1])
        rows[key] = line if key not in rows else rows[key] + "\n" + line  # one cue, several rows
    return rows


def article_text(tag: str, thucnews: list[str], hk: Path) -> str:
    if tag.startswith("th"):
        return thucnews[int(tag[2:])].partition("\t")[2]
    return (hk / f"{tag}.txt").read_text(encoding="utf-8")


def around(text: str, off: int, cue: str) -> str:
    first = cue.split("+")[0]
    end = off + len(first)
    return (
        text[max(0, off - 24) : off] + "⟨" + text[off:end] + "⟩" + text[end : end + 16]
    ).replace("\n", "⏎")


def headline_line(text: str, off: int) -> bool:
    """The cue stands in a title line: hkcnews' `title:`/`###` lines, THUCNews' first 30 characters."""
    start = text.rfind("\n", 0, off) + 1
    line = text[start : text.find("\n", off) if "\n" in text[off:] else len(text)]
    return line.startswith(("title:", "###", "**")) or (start == 0 and off < 30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("thucnews", type=Path)
    ap.add_argument("hkcnews", type=Path)
    ap.add_argument("--old", type=Path, default=Path("/work/main"), help="checkout of the old code")
    ap.add_argument("--new", type=Path, default=Path("."), help="checkout of the new code")
    ap.add_argument("--keep", type=Path, help="keep the two dumps in this folder")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="zh_breadth_diff_"))
    folder.mkdir(parents=True, exist_ok=True)
    old = dump(args.old.resolve(), args.thucnews, args.hkcnews, folder / "old.tsv")
    new = dump(args.new.resolve(), args.thucnews, args.hkcnews, folder / "new.tsv")
    lines = args.thucnews.read_text(encoding="utf-8").split("\n")
    removed = added = changed = removed_in_title = 0
    for key in sorted(set(old) | set(new), key=lambda k: (k[0], int(k[1]))):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        tag, off = key[0], int(key[1])
        text = article_text(tag, lines, args.hkcnews)
        cue = (a or b or "").split("\t")[2]
        print(f"{tag}\t{off}\t{around(text, off, cue)}")
        if b is None:
            removed += 1
            removed_in_title += headline_line(text, off)
            print("  - " + a.replace("\n", "\n  - "))
        elif a is None:
            added += 1
            print("  + " + b.replace("\n", "\n  + "))
        else:
            changed += 1
            print("  ~ " + a.replace("\n", "\n  ~ ") + "\n  > " + b.replace("\n", "\n  > "))
    print(
        f"\nold {sum(v.count(chr(10)) + 1 for v in old.values())} rows, "
        f"new {sum(v.count(chr(10)) + 1 for v in new.values())} rows; cue positions removed {removed} "
        f"({removed_in_title} in a title line), added {added}, changed {changed}"
    )


if __name__ == "__main__":
    main()
