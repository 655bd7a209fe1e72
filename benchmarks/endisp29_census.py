"""Every English attribution whose stance, certainty or denial link changed between two checkouts,
over unlabeled breadth text, for reading by hand (round 29, endisp29).

Usage (from the repository root):
    .venv/bin/python benchmarks/endisp29_census.py OLD_CHECKOUT NEW_CHECKOUT DIR [DIR ...] [--limit N] [--out TSV]

Each DIR's `*.txt` files (BBC News 2004-05 folders of the breadth copy, PolNeAR train text) are
read in sorted order, the first `--limit` of each when given. For each checkout a child process
with that checkout first on PYTHONPATH analyses every file and writes one row per attribution
(file, content offsets, source, cue, content, stance, certainty, and the content of the claim its
`target` names). Rows are matched on file and content offsets; the script prints (and with
`--out` writes as TSV) every row whose stance, certainty or target changed, or that is in one
checkout only, with the sentence around it, then the counts of changes by kind
(`certainty asserted->disputed` ...). Reading each printed row against the conventions
(ANNOTATION.md certainty, evaldata/en-news/README-u.md "Unnamed sources and contradiction") gives
the right / wrong / neutral counts of benchmarks/data/endisp29/README.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

# The child: analyse the files named on stdin and print one JSON row per attribution.
CHILD = r"""
import json, sys
from pathlib import Path
from sayso import analyze
for line in sys.stdin:
    f = line.strip()
    text = Path(f).read_text(errors="replace")
    atts = analyze(text).attributions
    by_id = {a.id: a for a in atts}
    for a in atts:
        if not a.content:
            continue
        t = by_id.get(a.target) if a.target else None
        print(json.dumps({
            "file": f, "start": a.content[0].start, "end": a.content[-1].end,
            "source": a.source.text if a.source else None, "cue": " ".join(c.text for c in a.cue),
            "content": " ".join(c.text for c in a.content), "stance": a.stance,
            "certainty": a.certainty,
            "target": " ".join(c.text for c in t.content)[:120] if t is not None else None}))
"""


def run(checkout: Path, files: list[Path]) -> dict[tuple[str, int, int], dict]:
    """Analyse `files` with `checkout` first on PYTHONPATH: rows keyed by file and offsets."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    with tempfile.TemporaryDirectory() as tmp:  # run outside any checkout, so the path decides
        out = subprocess.run(
            [sys.executable, "-c", CHILD],
            input="\n".join(map(str, files)),
            text=True,
            capture_output=True,
            env=env,
            cwd=tmp,
            check=True,
        ).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return {(r["file"], r["start"], r["end"]): r for r in rows}


def sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) around a span, on one line, at most 400 characters."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = text.find(". ", end)
    hi = len(text) if hi < 0 else hi + 1
    return " ".join(text[lo:hi].split())[:400]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("dirs", type=Path, nargs="+")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    files = [f for d in args.dirs for f in sorted(d.glob("*.txt"))[: args.limit]]
    old, new = run(args.old.resolve(), files), run(args.new.resolve(), files)
    changes: Counter[str] = Counter()
    rows = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if (
            a is not None
            and b is not None
            and all(a[k] == b[k] for k in ("stance", "certainty", "target"))
        ):
            continue
        if a is None or b is None:
            kind = "only new" if a is None else "only old"
        else:
            kind = (
                "; ".join(f"{k} {a[k]}->{b[k]}" for k in ("stance", "certainty") if a[k] != b[k])
                or "target"
            )
        changes[kind] += 1
        r = b or a
        text = Path(key[0]).read_text(errors="replace")
        rows.append(
            [
                Path(key[0]).parent.name + "/" + Path(key[0]).name,
                kind,
                r["source"],
                r["cue"],
                r["content"][:200],
                (b or {}).get("target"),
                sentence(text, key[1], key[2]),
            ]
        )
    for row in rows:
        print("\t".join(str(x) for x in row))
    print(f"\n{len(files)} files, {len(rows)} changed rows")
    for kind, n in changes.most_common():
        print(f"{n:5d}  {kind}")
    if args.out:
        with args.out.open("w", newline="") as f:
            w = csv.writer(f, delimiter="\t")
            w.writerow(["file", "change", "source", "cue", "content", "new target", "sentence"])
            w.writerows(rows)


if __name__ == "__main__":
    main()
