"""Breadth census of round 29's zhdeny29 change: every Chinese attribution whose output differs
between an old checkout and this one, over unlabeled text, to be read and judged by hand.

Usage (from the repository root; OLD is a checkout of main, e.g. /work/main):

    .venv/bin/python benchmarks/zhdeny29_census.py OLD cnews.val.txt hk [--limit N]

`cnews.val.txt` is the THUCNews sample (label<TAB>text per line) and `hk` a folder of hkcnews
articles as .txt, as in `zh_attr_breadth.py`, which this runs once per checkout (OLD first on
PYTHONPATH, then this repository). Rows are keyed by (article, cue offset). It counts and prints:

- `changed`: a row in both runs whose cue, source, stance, certainty or content differs;
- `removed` / `added`: a row in one run only (a merge of two rows shows as one removed row
  and one changed row);

each with the old and new row and the sentence around the cue, so every change can be judged
right / wrong / neutral by the conventions (evaldata/zh-news/STANCE.md, ANNOTATION.md).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_STOPS = "。！？!?\n"


def dump(
    checkout: Path, thucnews: Path, hk: Path, out: Path, limit: int | None
) -> dict[tuple[str, int], str]:
    """Rows of zh_attr_breadth.py run with `checkout` first on PYTHONPATH, keyed by (article, cue offset)."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    cmd = [
        sys.executable,
        str(ROOT / "benchmarks/zh_attr_breadth.py"),
        str(thucnews),
        str(hk),
        str(out),
    ]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    subprocess.run(cmd, env=env, check=True, cwd=tempfile.gettempdir())
    rows: dict[tuple[str, int], str] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        tag, off, rest = line.split("\t", 2)
        rows[(tag, int(off))] = rest
    return rows


def texts(thucnews: Path, hk: Path) -> dict[str, str]:
    """Article text by the tags zh_attr_breadth.py gives (thN, or the hkcnews file stem)."""
    out = {}
    for i, line in enumerate(thucnews.read_text(encoding="utf-8").splitlines()):
        out[f"th{i}"] = line.split("\t", 1)[-1]
    for f in sorted(hk.glob("*.txt")):
        out[f.stem] = f.read_text(encoding="utf-8")
    return out


def around(text: str, off: int, limit: int = 200) -> str:
    """The sentence holding offset `off`, clipped."""
    a = max(text.rfind(ch, 0, off) for ch in _STOPS) + 1
    stops = [i for i in (text.find(ch, off) for ch in _STOPS) if i >= 0]
    b = min(stops) + 1 if stops else len(text)
    return text[a:b].strip().replace("\n", " ")[:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, help="checkout of the old code (main)")
    ap.add_argument("thucnews", type=Path)
    ap.add_argument("hkcnews", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="read only the first N THUCNews lines")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = dump(args.old, args.thucnews, args.hkcnews, Path(tmp) / "old.tsv", args.limit)
        new = dump(ROOT, args.thucnews, args.hkcnews, Path(tmp) / "new.tsv", args.limit)
    body = texts(args.thucnews, args.hkcnews)
    counts: Counter[str] = Counter()
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        kind = "changed" if a and b else "removed" if a else "added"
        counts[kind] += 1
        tag, off = key
        print(f"[{kind}] {tag} @{off}: {around(body.get(tag, ''), off)}")
        print(f"    old: {a or '-'}")
        print(f"    new: {b or '-'}")
    print(
        f"rows: old {len(old)}, new {len(new)}; "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    )


if __name__ == "__main__":
    main()
