"""Census of Chinese stance changes between two checkouts over unlabeled breadth text (brief
zhurge29: calls on others, commitments, warnings that come out `assert`).

Each checkout analyses THUCNews val lines and a folder of hkcnews .txt articles in a child
process (PYTHONPATH set to that checkout); every attribution whose stance, certainty, source,
cue or content differs between the two (matched by text and cue offset) is printed, old then
new, with counts of stance changes (old>new) for judging by hand against
evaldata/zh-news/STANCE.md. `--look REGEX` instead lists the new checkout's `assert` rows whose
content matches REGEX (finding a class before changing code).

    python benchmarks/zhurge29_census.py /work/tmp/breadth/cnews.val.txt /work/tmp/breadth/hk \
        --old /work/main --new . [--look "呼吁|敦促"]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path


def texts(thucnews: Path, hkcnews: Path) -> list[tuple[str, str]]:
    """(tag, text) of every THUCNews line and hkcnews article, in a fixed order."""
    lines = thucnews.read_text(encoding="utf-8").split("\n")
    out = [(f"th{i}", line.partition("\t")[2]) for i, line in enumerate(lines) if line.strip()]
    return out + [(f.stem, f.read_text(encoding="utf-8")) for f in sorted(hkcnews.glob("*.txt"))]


def dump(thucnews: Path, hkcnews: Path) -> None:
    """Print one JSON row per attribution of the checkout on sys.path."""
    import sayso

    for tag, text in texts(thucnews, hkcnews):
        analysis = sayso.analyze(text, language="zh")
        t = analysis.document.text
        for a in analysis.attributions:
            off = a.cue[0].start if a.cue else a.start
            print(
                json.dumps(
                    {
                        "key": f"{tag}:{off}",
                        "src": a.source.text if a.source else "-",
                        "cue": "+".join(t[s.start : s.end] for s in a.cue),
                        "stance": a.stance,
                        "certainty": a.certainty,
                        "content": " | ".join(t[s.start : s.end] for s in a.content).replace(
                            "\n", "⏎"
                        ),
                    },
                    ensure_ascii=False,
                )
            )


def run(checkout: str, args: argparse.Namespace) -> dict[str, dict[str, str]]:
    env = dict(os.environ, PYTHONPATH=str(Path(checkout).resolve()))
    out = subprocess.run(
        [sys.executable, __file__, str(args.thucnews), str(args.hkcnews), "--dump"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return {r["key"]: r for r in rows}


def show(r: dict[str, str]) -> str:
    return f"{r['src']} [{r['cue']}] {r['stance']}/{r['certainty']} {r['content'][:140]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("thucnews", type=Path)
    ap.add_argument("hkcnews", type=Path)
    ap.add_argument("--old", default="/work/main")
    ap.add_argument("--new", default=".")
    ap.add_argument("--look", help="list the new checkout's assert rows whose content matches")
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(args.thucnews, args.hkcnews)
        return
    new = run(args.new, args)
    if args.look:
        rx = re.compile(args.look)
        hits = [
            (k, r) for k, r in new.items() if r["stance"] == "assert" and rx.search(r["content"])
        ]
        for k, r in hits:
            print(f"{k}\t{show(r)}")
        print(f"{len(hits)} assert rows match")
        return
    old = run(args.old, args)
    changes: Counter[str] = Counter()
    for k in sorted(set(old) | set(new)):
        a, b = old.get(k), new.get(k)
        if a == b:
            continue
        if a and b and a["stance"] != b["stance"]:
            changes[f"{a['stance']}>{b['stance']}"] += 1
        else:
            changes["other"] += 1
        print(f"{k}\n  old {show(a) if a else '-'}\n  new {show(b) if b else '-'}")
    print(f"rows old {len(old)}, new {len(new)}; changed: {dict(changes)}")


if __name__ == "__main__":
    main()
