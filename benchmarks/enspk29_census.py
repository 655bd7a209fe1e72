"""Census of round 29's English speaker changes (enspk29: `it` agreement, acronym glosses, `the
company` named in its own sentence): every attribution whose source entity changes between two
checkouts over unlabeled breadth text, with the `it` rows counted by what became of them (taken
up by another party, or left unresolved).

Runs `benchmarks/en_attr_breadth.py --types` once with each checkout first on PYTHONPATH (from
/tmp, so that checkout is the one imported), then prints every line one side has and the other
not, grouped by article, and the counts:

    cd /work/wt-enspk29 && /work/main/.venv/bin/python benchmarks/enspk29_census.py \\
        --old /work/main --new /work/wt-enspk29 --out /work/tmp/enspk29 \\
        /work/tmp/breadth/bbc-business /work/tmp/breadth/bbc-entertainment \\
        /work/tmp/breadth/bbc-sport /work/tmp/breadth/bbc-tech /work/shared/eval/en-polnear/train/text

Counts: changed articles; changed lines (new side); among them the pronoun-sourced rows
(`it`/`its`) now unresolved (their entity is the pronoun itself) and those taken up by a party.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

BREADTH = Path(__file__).resolve().parent / "en_attr_breadth.py"
_PRONOUN_ROW = re.compile(r"(?:[Ii]ts?) \(= (?P<name>.*?) \[(?P<type>\w+)\]\) \|")


def snapshot(checkout: Path, out: Path, folders: list[Path]) -> dict[str, list[str]]:
    """`en_attr_breadth.py --types` lines per article, run with `checkout` first on PYTHONPATH."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    subprocess.run(
        [sys.executable, str(BREADTH), str(out), *map(str, folders), "--types"],
        cwd="/tmp",
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(out.read_text("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--old", type=Path, required=True, help="checkout before the change")
    ap.add_argument("--new", type=Path, required=True, help="checkout after the change")
    ap.add_argument("--out", type=Path, required=True, help="folder for the two JSON snapshots")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    old = snapshot(args.old, args.out / "census-old.json", args.folders)
    new = snapshot(args.new, args.out / "census-new.json", args.folders)
    articles = lines = unresolved = taken_up = 0
    for name in sorted(new):
        gone = [x for x in old.get(name, []) if x not in new[name]]
        added = [x for x in new[name] if x not in old.get(name, [])]
        if not gone and not added:
            continue
        articles += 1
        lines += len(added)
        print(f"== {name}")
        for x in gone:
            print(f"  - {x[:240]}")
        for x in added:
            print(f"  + {x[:240]}")
            m = _PRONOUN_ROW.match(x)
            if m is not None:
                if m.group("name").lower() in ("it", "its"):
                    unresolved += 1
                else:
                    taken_up += 1
    print(
        f"{articles} of {len(new)} articles changed; {lines} new or changed lines; "
        f"it/its rows now unresolved {unresolved}, taken up by a party {taken_up}"
    )


if __name__ == "__main__":
    main()
