"""Census of Chinese speaking entities that look like one party but are kept apart (issue #15).

Usage (from /tmp, the checkout to measure first on the path):
    PYTHONPATH=/path/to/checkout python benchmarks/zh_name_splits.py cnews.val.txt HKDIR [--limit N]

For every article (THUCNews lines `label<TAB>text`, then hkcnews `*.txt`), the entities that are
the source of an attribution are paired when their names (or aliases, folded to simplified) look
like one party: one contains the other (外交部发言人华春莹 / 华春莹, 香港警方 / 警方), the shorter is
an in-order abbreviation of the longer with the same first character (国务院台办 / 国台办), two
people share a surname (the first Han character of a 2-3 character name: 王毅 / 王外长, but also
王毅 / 王文斌, two people) or a given name, or a Latin name in parentheses sits in an alias.
Each connected group is printed with its entities' names and aliases, and the pair's reason.
Round 27 (`benchmarks/data/zhname27/README.md`) read these groups by hand to class them (one
party split vs two parties). Not a speed benchmark.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import sayso
from sayso.text import fold_key, is_han


def _forms(e) -> set[str]:
    """The entity's name and aliases, folded (simplified, no spaces or joiners)."""
    return {fold_key(x) for x in [e.name, *e.aliases] if x}


def _abbreviates(short: str, long: str) -> bool:
    """`short` (2+ characters) is `long`'s characters in order, same first character."""
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0]:
        return False
    i = 0
    for ch in long:
        if i < len(short) and ch == short[i]:
            i += 1
    return i == len(short)


def _han_name(s: str) -> bool:
    return 2 <= len(s) <= 3 and all(is_han(c) for c in s)


def reason(a, b) -> str | None:
    """Why entities `a` and `b` may be one party, or None."""
    fa, fb = _forms(a), _forms(b)
    if fa & fb:
        return "same form"
    for x in fa:
        for y in fb:
            s, t = sorted((x, y), key=len)
            if len(s) >= 2 and s in t:
                return "contains"
    for x in fa:
        for y in fb:
            s, t = sorted((x, y), key=len)
            if _abbreviates(s, t):
                return "abbreviation"
    if a.type == b.type == "person":
        na, nb = fold_key(a.name), fold_key(b.name)
        if _han_name(na) and _han_name(nb):
            if na[0] == nb[0]:
                return "surname"
            if len(na) == len(nb) == 3 and na[1:] == nb[1:]:
                return "given name"
        if na and nb and na[0] == nb[0] and (_han_name(na) or _han_name(nb)):
            return "surname+"
    return None


def article_groups(text: str) -> list[tuple[list, list[str]]]:
    """Connected groups of speaking entities that may be one party, with the pair reasons."""
    analysis = sayso.analyze(text, language="zh")
    speaking = {a.source.entity for a in analysis.attributions if a.source and a.source.entity}
    ents = [e for e in analysis.entities if e.id in speaking]
    parent = {e.id: e.id for e in ents}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    why: dict[str, list[str]] = {}
    for i, a in enumerate(ents):
        for b in ents[i + 1:]:
            r = reason(a, b)
            if r:
                ra, rb = find(a.id), find(b.id)
                parent[ra] = rb
                why.setdefault(rb, []).extend(why.pop(ra, []) if ra != rb else [])
                why[rb].append(r)
    out = []
    for root in sorted({find(e.id) for e in ents}, key=lambda r: [e.id for e in ents].index(r)):
        members = [e for e in ents if find(e.id) == root]
        if len(members) > 1:
            out.append((members, sorted(set(why.get(root, [])))))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("thucnews", type=Path)
    ap.add_argument("hkcnews", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="only the first N THUCNews lines")
    args = ap.parse_args()
    lines = args.thucnews.read_text(encoding="utf-8").split("\n")
    if args.limit:
        lines = lines[:args.limit]
    texts = [(f"th{i}", line.partition("\t")[2]) for i, line in enumerate(lines) if line.strip()]
    texts += [(f.stem, f.read_text(encoding="utf-8")) for f in sorted(args.hkcnews.glob("*.txt"))]
    groups = 0
    for tag, text in texts:
        for members, why in article_groups(text):
            groups += 1
            shown = " || ".join(
                f"{e.name}/{e.type}[{','.join(sorted(set(e.aliases) - {e.name}))[:60]}]"
                for e in members)
            print(f"{tag}\t{'+'.join(why)}\t{shown}", flush=True)
    print(f"groups {groups}", file=sys.stderr)


if __name__ == "__main__":
    main()
