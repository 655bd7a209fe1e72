"""Census of English attributions whose output changed between two checkouts (round 29, envia29).

Dumps every attribution of the English breadth text (BBC 2004-05, PolNeAR train text; no gold)
with its source, cue, content, via, stance and certainty, keyed by article, cue and content
offsets; `diff` then prints each attribution whose via, certainty, stance or source differs
between two dumps, and the rows only one dump has, so that each change can be read and judged
by hand against ANNOTATION.md "Channels". `--sample N` prints a fixed-seed random N of them.

Usage (from /tmp so that CHECKOUT's code is the one imported):
    PYTHONPATH=/work/main python benchmarks/envia29_census.py dump OLD.json DIR ...
    PYTHONPATH=CHECKOUT python benchmarks/envia29_census.py dump NEW.json DIR ...
    python benchmarks/envia29_census.py diff OLD.json NEW.json [--sample N]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def dump(out: Path, folders: list[Path]) -> None:
    """Write one record per attribution of every `*.txt` under `folders`."""
    from sayso import pipeline
    from sayso.model import Document

    rows = []
    for f in (f for d in folders for f in sorted(d.glob("*.txt"))):
        text = f.read_text("utf-8", errors="replace")
        for a in pipeline.run(Document(text=text, language="en")).attributions:
            first = a.cue[0].start if a.cue else (a.content[0].start if a.content else 0)
            lo = max(0, text.rfind(".", 0, first - 1) + 1)
            hi = text.find(".", a.content[-1].end if a.content else first)
            rows.append(
                {
                    "key": f"{f.parent.name}/{f.name}|{[(c.start, c.end) for c in a.cue]}"
                    f"|{a.content[0].start if a.content else -1}",
                    "source": a.source.text if a.source else None,
                    "cue": [c.text for c in a.cue],
                    "content": " … ".join(c.text for c in a.content)[:200],
                    "via": [v.text for v in a.via],
                    "stance": a.stance,
                    "certainty": a.certainty,
                    "sentence": text[lo : hi + 1 if hi >= 0 else len(text)].strip()[:400],
                }
            )
    out.write_text(json.dumps(rows, ensure_ascii=False))


def diff(old: Path, new: Path, sample: int | None) -> None:
    """Print the attributions whose via, certainty, stance or source changed, and lone rows."""
    before = {r["key"]: r for r in json.loads(old.read_text())}
    after = {r["key"]: r for r in json.loads(new.read_text())}
    fields = ("source", "via", "stance", "certainty")
    changed = []
    for key in sorted(before.keys() | after.keys()):
        b, a = before.get(key), after.get(key)
        if b is None or a is None or any(b[k] != a[k] for k in fields):
            changed.append((key, b, a))
    print(f"{len(before)} -> {len(after)} attributions; {len(changed)} changed")
    if sample is not None and sample < len(changed):
        changed = random.Random(29).sample(changed, sample)
    for key, b, a in changed:
        r = a or b
        print(
            f"\n{key}\n  S: {r['sentence']}\n  source {r['source']!r} cue {r['cue']} content {r['content'][:120]!r}"
        )
        for name, row in (("old", b), ("new", a)):
            if row is None:
                print(f"  {name}: (none)")
            else:
                print(
                    f"  {name}: via {row['via']} {row['stance']}/{row['certainty']} source {row['source']!r}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("folders", nargs="+", type=Path)
    c = sub.add_parser("diff")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--sample", type=int)
    args = parser.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.folders)
    else:
        diff(args.old, args.new, args.sample)


if __name__ == "__main__":
    main()
