"""Snapshot every analysis the dev sets and golden tables produce, and compare two snapshots.

A restructuring of the code (moving modules, splitting the extractor into stages) must not change
a single output byte. This script writes `analysis.to_json()` for every article of zh-dev,
PolNeAR dev and the new corpora under `evaldata/`, and for every sentence of the golden tables,
one file per item, into a folder; `--compare OLD` then names every item whose JSON differs.

Usage:
    python benchmarks/snapshot_outputs.py OUT            # write a snapshot
    python benchmarks/snapshot_outputs.py OUT --compare OLD   # write, then compare with OLD
    python benchmarks/snapshot_outputs.py OUT --folders DIR [DIR ...]   # these article folders only
Exit status 1 when the comparison finds a difference.

`--folders` replaces the default article folders (zh-dev, PolNeAR dev, every `evaldata/*/tune` and
`test`) by the folders named, so that an identity check can stay on open evaluation sets and never
run the system on a clean one; the golden tables are always included.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"


def default_folders() -> list[Path]:
    """zh-dev, PolNeAR dev and every `evaldata/*/tune` and `test` folder."""
    folders = [SHARED / "zh-dev", SHARED / "en-polnear" / "dev" / "text"]
    return folders + sorted(p for p in (ROOT / "evaldata").glob("*/*") if p.is_dir()
                            and p.name in ("tune", "test"))


def articles(folders: list[Path]) -> Iterator[tuple[str, Path]]:
    """(key, path) of every article file in `folders`, keyed by its last two path parts."""
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".md", ".html") and not path.name.startswith("."):
                yield f"{folder.relative_to(folder.parents[1])}/{path.name}", path


def _sentences() -> Iterator[tuple[str, str]]:
    for table in sorted((ROOT / "tests" / "golden").glob("*.json")):
        data = json.loads(table.read_text(encoding="utf-8"))
        for i, case in enumerate(data.get("cases", [])):
            # tables of round 12 (en_sources12, en_speakers12) name their text `sentence`
            text = case.get("text", case.get("sentence"))
            if isinstance(text, str):
                yield f"golden/{table.stem}/{case.get('id', i)}", text


def snapshot(out: Path, folders: list[Path] | None = None) -> int:
    import sayso
    from sayso import pipeline
    from sayso.read import read_path

    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for key, path in articles(folders if folders is not None else default_folders()):
        for i, doc in enumerate(read_path(path)):
            _write(out, f"{key}#{i}", pipeline.run(doc).to_json())
            n += 1
    for key, text in _sentences():
        _write(out, key, sayso.analyze(text).to_json())
        n += 1
    return n


def _write(out: Path, key: str, payload: str) -> None:
    name = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    (out / f"{name}.json").write_text(key + "\n" + payload, encoding="utf-8")


def compare(new: Path, old: Path) -> list[str]:
    """Keys whose snapshot differs, is missing on one side, or is new."""
    a = {p.name: p.read_text(encoding="utf-8") for p in old.glob("*.json")}
    b = {p.name: p.read_text(encoding="utf-8") for p in new.glob("*.json")}
    diffs = []
    for name in sorted(a.keys() | b.keys()):
        if a.get(name) != b.get(name):
            key = (a.get(name) or b.get(name) or "").split("\n", 1)[0]
            state = "missing" if name not in b else "new" if name not in a else "differs"
            diffs.append(f"{state}: {key}")
    return diffs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the snapshot into")
    parser.add_argument("--compare", type=Path, metavar="OLD", help="a snapshot to compare with")
    parser.add_argument("--folders", type=Path, nargs="+", metavar="DIR",
                        help="article folders to snapshot instead of the default ones")
    args = parser.parse_args()
    missing = [str(f) for f in args.folders or [] if not f.is_dir()]
    if missing:
        print(f"snapshot_outputs: not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    n = snapshot(args.out, args.folders)
    print(f"{n} analyses written to {args.out}")
    if args.compare:
        diffs = compare(args.out, args.compare)
        for line in diffs:
            print(line)
        print(f"{len(diffs)} differences from {args.compare}")
        return 1 if diffs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
