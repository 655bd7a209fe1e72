"""Chinese attributions whose output differs between two checkouts, over unlabeled breadth text.

Usage (from the repository root):
    .venv/bin/python benchmarks/zhvia29_census.py OLD_CHECKOUT NEW_CHECKOUT \
        [--hk DIR] [--cnews FILE] [--limit N]

Each checkout is run in its own process with it first on PYTHONPATH (`dump` mode, internal) over
the hkcnews articles (`DIR/*.txt`) and the THUCNews lines (`label<TAB>text`, one article a line;
`th<N>` is line N+1). Attributions are keyed by cue offsets; every one whose source, cue,
content, via, stance or certainty differs (or that exists on one side only) is printed with its
sentence, old and new. The last line counts articles, attributions and changed ones. Round 29
(zhvia29): written to read the changes of the via span fixes by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

FIELDS = ("source", "cue", "content", "via", "stance", "certainty")


def _articles(hk: Path, cnews: Path, limit: int) -> list[tuple[str, str]]:
    out = [(f.name, f.read_text(errors="replace")) for f in sorted(hk.glob("*.txt"))]
    with cnews.open(encoding="utf-8") as fh:
        out += [(f"th{i}", line.split("\t", 1)[-1]) for i, line in enumerate(fh)]
    return out[:limit]


def dump(hk: Path, cnews: Path, limit: int) -> None:
    """One JSON line per article: its attributions' fields, keyed by the cue's offsets."""
    from sayso import pipeline
    from sayso.model import Document

    for name, text in _articles(hk, cnews, limit):
        analysis = pipeline.run(Document(text=text, language="zh"))
        rows = {}
        for a in analysis.attributions:
            key = ",".join(f"{c.start}-{c.end}" for c in a.cue) or f"c{a.content[0].start}"
            rows[key] = {
                "source": a.source.text if a.source else None,
                "cue": [c.text for c in a.cue],
                "content": [c.text for c in a.content],
                "via": [v.text for v in a.via],
                "stance": a.stance,
                "certainty": a.certainty,
                "at": a.cue[0].start if a.cue else a.content[0].start,
            }
        print(json.dumps({"name": name, "rows": rows}, ensure_ascii=False))


def _run(checkout: str, args: argparse.Namespace) -> dict[str, dict]:
    env = dict(os.environ, PYTHONPATH=checkout)
    cmd = [sys.executable, __file__, "dump", str(args.hk), str(args.cnews), str(args.limit)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    return {d["name"]: d["rows"] for d in map(json.loads, out.splitlines())}


def _sentence(text: str, at: int) -> str:
    a = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    ends = [k for k in (text.find(c, at) for c in "。！？\n") if k >= 0]
    return text[a : min(ends) + 1 if ends else len(text)].strip()


def compare(args: argparse.Namespace) -> None:
    old, new = _run(args.old, args), _run(args.new, args)
    texts = dict(_articles(args.hk, args.cnews, args.limit))
    changed = total = 0
    for name in sorted(old):
        o, n = old[name], new.get(name, {})
        total += len(n)
        for key in sorted(set(o) | set(n), key=lambda k: (o.get(k) or n.get(k))["at"]):
            ro, rn = o.get(key), n.get(key)
            if ro is not None and rn is not None and all(ro[f] == rn[f] for f in FIELDS):
                continue
            changed += 1
            row = ro or rn
            print(f"== {name} @{row['at']}: {_sentence(texts[name], row['at'])[:160]}")
            for label, r in (("old", ro), ("new", rn)):
                print(
                    f"   {label}: "
                    + ("-" if r is None else " | ".join(f"{f}={r[f]}" for f in FIELDS))
                )
    print(f"articles {len(old)}, attributions (new) {total}, changed {changed}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "dump":
        dump(Path(argv[1]), Path(argv[2]), int(argv[3]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--hk", type=Path, default=Path("/work/tmp/breadth/hk"))
    ap.add_argument("--cnews", type=Path, default=Path("/work/tmp/breadth/cnews.val.txt"))
    ap.add_argument("--limit", type=int, default=100000)
    compare(ap.parse_args(argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
