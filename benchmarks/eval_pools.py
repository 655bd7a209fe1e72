"""The lead's scoring pools over evaldata: build them, score a checkout on them, compare two scorings.

Usage (from the repository root):
    .venv/bin/python benchmarks/eval_pools.py build OUT --new V
    .venv/bin/python benchmarks/eval_pools.py score OUT CHECKOUT LABEL [SET ...]
    .venv/bin/python benchmarks/eval_pools.py compare OUT LABEL_A LABEL_B [SET ...]

`build` writes one folder of symlinks per pool under OUT/sets (gold + text of each article), by
the rules the corpus READMEs give (`evaldata/*-news/README.md`, "Which articles a branch may
read"). A file's part is the letter after `en`/`zh` in its id (none: part A).

- `{l}open`: every tune file of parts other than J and the newest, and the half-A test files of
  parts A-D (SHA-1 of `round11:<id>` mod 3 != 0): what code branches may read.
- `{l}clean`: the test files of parts E (en) / F (zh) up to the one before the newest: the pool
  no branch has read, scored by the lead only.
- `{l}testB`: half B of parts A-D; `{l}Jtune`: part J tune (a check set, never opened).
- `{l}{P}test`, `{l}{P}tune`: each part's halves; the newest part (`--new`) is in no pool.

`score` runs `sayso eval --json` with CHECKOUT first on PYTHONPATH (so two checkouts can be
compared with one environment) and writes OUT/scores/LABEL-SET.json; `polnear` and `zhdev` name
the shared dev sets. `compare` prints F1, speaker F1, exact content F1, via recall, stance and
certainty accuracy per set, as counts and rates.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = {
    "polnear": ROOT.parent / "shared/eval/en-polnear/dev",
    "zhdev": ROOT.parent / "shared/eval/zh-dev",
}


def part_of(article_id: str) -> str:
    """The part letter of an evaldata id: `enT-wefm-1` -> T, `en-abcnews-1` -> A."""
    head = article_id.split("-", 1)[0]
    return head[2:] or "A"


def half_a(article_id: str) -> bool:
    """Round 11's split of parts A-D test files (the corpus READMEs give the same line)."""
    return bool(int(hashlib.sha1(f"round11:{article_id}".encode()).hexdigest(), 16) % 3)


def pools_of(lang: str, split: str, article_id: str, new: str) -> list[str]:
    part = part_of(article_id)
    pools = [f"{lang}{part}{split}"]
    if part == new:
        return pools + [f"{lang}new"]
    if part in "ABCD":
        if split == "tune" or half_a(article_id):
            return pools + [f"{lang}open"]
        return pools + [f"{lang}testB"]
    if split == "test":
        return pools + [f"{lang}clean"]
    if part == "J":
        return [f"{lang}Jtune"]
    return pools + [f"{lang}open"]


def build(out: Path, new: str) -> None:
    sets = out / "sets"
    counts: dict[str, int] = {}
    for lang in ("en", "zh"):
        for split in ("tune", "test"):
            folder = ROOT / f"evaldata/{lang}-news/{split}"
            for gold in sorted(folder.glob("*.gold.json")):
                article_id = gold.name[: -len(".gold.json")]
                for pool in pools_of(lang, split, article_id, new):
                    target = sets / pool
                    target.mkdir(parents=True, exist_ok=True)
                    for src in (gold, folder / f"{article_id}.txt"):
                        link = target / src.name
                        if link.is_symlink():
                            link.unlink()
                        link.symlink_to(src)
                    counts[pool] = counts.get(pool, 0) + 1
    for pool in sorted(counts):
        print(f"{pool:10} {counts[pool]}")


def set_path(out: Path, name: str) -> Path:
    return SHARED.get(name) or out / "sets" / name


def score(out: Path, checkout: Path, label: str, names: list[str]) -> None:
    (out / "scores").mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(checkout.resolve()))
    for name in names:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "from sayso.cli import main; main()",
                "eval",
                str(set_path(out, name)),
                "--json",
            ],
            env=env,
            cwd="/tmp",
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            sys.exit(f"eval of {name} failed: {result.stderr.strip().splitlines()[-1:]}")
        (out / "scores" / f"{label}-{name}.json").write_text(result.stdout)
        print(f"{label}-{name} done", flush=True)


def figures(path: Path) -> list[str]:
    data = json.loads(path.read_text())["sets"][0]
    acc, spans = data["accuracy"], data["exact_spans"]

    def rate(part: dict) -> str:
        return (
            f"{100 * part['right'] / part['total']:.1f} ({part['right']}/{part['total']})"
            if part["total"]
            else "-"
        )

    return [
        f"{100 * data['attribution']['f1']:.1f} ({data['attribution']['tp']}/{data['attribution']['pred']}/{data['attribution']['gold']})",
        f"{100 * data['speaker']['f1']:.1f} ({data['speaker']['tp']})",
        f"{100 * spans['content']['f1']:.1f} ({spans['content']['tp']})",
        rate(data["via_recall"]),
        rate(acc["stance"]),
        rate(acc["certainty"]),
    ]


def compare(out: Path, label_a: str, label_b: str, names: list[str]) -> None:
    names = names or sorted(
        p.name.split("-", 1)[1][:-5] for p in (out / "scores").glob(f"{label_a}-*.json")
    )
    print(
        f"{'set':10} {'':3} {'F1 (tp/pred/gold)':22} {'speaker':12} {'content':12} {'via':14} {'stance':16} certainty"
    )
    for name in names:
        for label in (label_a, label_b):
            path = out / "scores" / f"{label}-{name}.json"
            if path.exists():
                row = figures(path)
                print(
                    f"{name:10} {label[:3]:3} {row[0]:22} {row[1]:12} {row[2]:12} {row[3]:14} {row[4]:16} {row[5]}"
                )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("out", type=Path)
    b.add_argument("--new", required=True, help="the newest part's letter (kept out of every pool)")
    s = sub.add_parser("score")
    s.add_argument("out", type=Path)
    s.add_argument("checkout", type=Path)
    s.add_argument("label")
    s.add_argument("sets", nargs="*")
    c = sub.add_parser("compare")
    c.add_argument("out", type=Path)
    c.add_argument("label_a")
    c.add_argument("label_b")
    c.add_argument("sets", nargs="*")
    args = ap.parse_args()
    if args.command == "build":
        build(args.out, args.new)
    elif args.command == "score":
        score(args.out, args.checkout, args.label, args.sets or ["enclean", "zhclean"])
    else:
        compare(args.out, args.label_a, args.label_b, args.sets)


if __name__ == "__main__":
    main()
