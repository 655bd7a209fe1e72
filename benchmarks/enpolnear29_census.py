"""Census of round 29's `according to` change (enpolnear29): every attribution whose output
differs between two checkouts, over folders of `*.txt` articles.

Usage (from the repository root):
    .venv/bin/python benchmarks/enpolnear29_census.py [--old ../main] [--new .] [--limit N] FOLDER ...

It runs `dump` once with each checkout first on PYTHONPATH (a child process each), then prints,
per article, the attributions (source | cue | content parts) only the old or only the new code
gives, with the sentence around them, and counts the changed articles and attributions. Judge
each change by hand by ../shared/eval/ANNOTATION.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def dump(folders: list[Path], limit: int, out: Path) -> None:
    """Every article's attributions as (source, cues, contents, stance, certainty) rows."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from census_common import analysed_articles

    rows: dict[str, list] = {}
    for f, _text, analysis in analysed_articles(folders, limit):
        rows[str(f)] = [
            [
                a.source.text if a.source else None,
                [c.text for c in a.cue],
                [c.text for c in a.content],
                a.stance,
                a.certainty,
                a.content[0].start if a.content else 0,
            ]
            for a in analysis.attributions
        ]
    out.write_text(json.dumps(rows))


def _run(checkout: str, folders: list[str], limit: int, out: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(Path(checkout).resolve()))
    subprocess.run(
        [sys.executable, __file__, "--dump", str(out), "--limit", str(limit), *folders],
        env=env,
        check=True,
    )
    return json.loads(out.read_text())


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--old", default=str(HERE.parent / "main"))
    parser.add_argument("--new", default=str(HERE))
    parser.add_argument("--limit", type=int, default=100000)
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        dump([Path(f) for f in args.folders], args.limit, args.dump)
        return
    with tempfile.TemporaryDirectory() as tmp:
        old = _run(args.old, args.folders, args.limit, Path(tmp) / "old.json")
        new = _run(args.new, args.folders, args.limit, Path(tmp) / "new.json")
    changed = n_old = n_new = 0
    for f in sorted(new):
        key = lambda r: json.dumps(r[:5])  # noqa: E731 - the row without its offset
        a, b = {key(r): r for r in old.get(f, [])}, {key(r): r for r in new[f]}
        gone, added = [a[k] for k in a if k not in b], [b[k] for k in b if k not in a]
        if not gone and not added:
            continue
        changed += 1
        n_old, n_new = n_old + len(gone), n_new + len(added)
        print(f"== {f}")
        for tag, rows in (("-", gone), ("+", added)):
            for r in rows:
                print(
                    f"  {tag} {r[0]!r} | {' … '.join(r[1])} | {' … '.join(r[2])!r} | {r[3]}/{r[4]}"
                )
    print(f"{changed} articles changed: {n_old} old rows, {n_new} new rows")


if __name__ == "__main__":
    main()
