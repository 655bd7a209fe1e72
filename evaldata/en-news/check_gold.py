"""Strict checks for sayso gold files (`*.gold.json`), stricter than what `sayso eval` tolerates.

Checks, per attribution: every source/cue/content/via string is an exact substring of the text;
content parts can be found in order; enums (kind, stance, certainty, section) are known values;
`parent` points to an earlier attribution whose content contains this one's; content has no
quotation mark or frame punctuation (`,` `.`) at its edges (the contract's convention); speaker is
a non-empty list. Exit status 1 when anything is wrong, with one line per problem.

Run: python evaldata/en-news/check_gold.py evaldata/en-news
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KINDS = {"direct", "indirect", "mixed"}
STANCES = {"assert", "deny", "accuse", "warn", "urge", "confirm", "ask", "condemn", "praise",
           "promise", "threaten"}
CERTAINTIES = {"asserted", "reported", "unconfirmed", "disputed", "anonymous"}
SECTIONS = {"body", "commentary", "headline"}
EDGE_MARKS = "\"“”‘’'「」『』"


def check_file(gold_path: Path) -> list[str]:
    """Problems in one gold file, each a line naming the file and the attribution."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["text_file"]).read_text(encoding="utf-8")
    problems: list[str] = []
    spans: list[tuple[int, int]] = []
    for n, a in enumerate(gold.get("attributions", [])):
        where = f"{gold_path}: attribution {n}"
        for key in ("source", "cue", "content", "via"):
            values = a.get(key) or []
            for s in [values] if isinstance(values, str) else values:
                if s not in text:
                    problems.append(f"{where}: {key} not in text: {s[:50]!r}")
        pos, first, last = 0, None, None
        for part in a.get("content", []):
            i = text.find(part, pos)
            if i < 0:
                i = text.find(part)
            if i < 0:
                continue
            first = i if first is None else first
            last = i + len(part)
            pos = last
            if part[0] in EDGE_MARKS or part[-1] in EDGE_MARKS + ",":
                if not (part[-1] in "’'" and part[-2:-1].isalpha()):
                    problems.append(f"{where}: content has a quote mark or comma at an edge: {part[:50]!r}")
            if part.endswith(".") and part is a["content"][-1]:
                problems.append(f"{where}: content ends with the frame's full stop: ...{part[-30:]!r}")
        spans.append((first or 0, last or 0))
        if not a.get("content"):
            problems.append(f"{where}: no content")
        if not a.get("speaker"):
            problems.append(f"{where}: no speaker")
        for key, allowed in (("kind", KINDS), ("stance", STANCES), ("certainty", CERTAINTIES),
                             ("section", SECTIONS)):
            if a.get(key) not in allowed:
                problems.append(f"{where}: {key} {a.get(key)!r} is not one of {sorted(allowed)}")
        p = a.get("parent")
        if p is not None:
            if not isinstance(p, int) or not 0 <= p < n:
                problems.append(f"{where}: parent {p!r} is not an earlier attribution")
            else:
                ps, pe = spans[p]
                s, e = spans[n]
                if not (ps <= s and e <= pe):
                    problems.append(f"{where}: content is not inside its parent's ({p})")
    return problems


def main(argv: list[str]) -> int:
    paths = sorted(p for root in argv or ["."] for p in Path(root).rglob("*.gold.json"))
    problems = [line for p in paths for line in check_file(p)]
    for line in problems:
        print(line)
    print(f"{len(paths)} gold files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
