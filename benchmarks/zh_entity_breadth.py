"""Entity groupings of Chinese sources over unlabeled articles, before/after a change (issue #15).

The breadth check of a coreference change: dump, for every attribution of every article, its
source span and the entity it joins, then compare two dumps and list the source mentions
whose grouping changed (a different entity name, or other mentions in its cluster).

    .venv/bin/python benchmarks/zh_entity_breadth.py dump FOLDER before.tsv [--limit 100]
    (change the code)
    .venv/bin/python benchmarks/zh_entity_breadth.py dump FOLDER after.tsv [--limit 100]
    .venv/bin/python benchmarks/zh_entity_breadth.py compare before.tsv after.tsv

FOLDER holds articles as text (`.txt`) or as the hkcnews archive's Markdown with a YAML front
matter (`.md` / `.raw`, front matter dropped), e.g. every 173rd file of
hkarchivist/hkcnews-article-archive `articles/`. Each row: article, source offset, source text,
cluster (offsets of every source mention of the same entity in the article), entity name, type.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.progress import track

import sayso


def article_text(path: Path) -> str:
    """The article body: a YAML front matter (`---` … `---`) is dropped."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end > 0:
            text = text[end + 4:]
    return text.strip()


def rows(tag: str, text: str) -> list[str]:
    analysis = sayso.analyze(text, language="zh")
    members: dict[str, list[int]] = defaultdict(list)
    srcs = [a.source for a in analysis.attributions if a.source is not None]
    for s in srcs:
        if s.entity:
            members[s.entity].append(s.start)
    out = []
    seen: dict[tuple[int, str], int] = defaultdict(int)
    for s in sorted(srcs, key=lambda s: (s.start, s.end)):
        e = analysis.entity(s.entity) if s.entity else None
        cluster = ",".join(map(str, sorted(set(members[s.entity])))) if s.entity else "-"
        seen[s.start, s.text] += 1  # one span shared by two attributions: rows #1, #2
        out.append(f"{tag}\t{s.start}\t{s.text}#{seen[s.start, s.text]}\t{cluster}\t"
                   f"{e.name if e else '-'}\t{e.type if e else '-'}")
    return out


def dump(folder: Path, out: Path, limit: int) -> int:
    files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md", ".raw"))
    if not files:
        print(f"sayso: {folder}: no articles (.txt/.md/.raw)", file=sys.stderr)
        return 2
    files = files[:limit] if limit else files
    lines = []
    for p in track(files, description="articles", console=Console(stderr=True)):
        lines += rows(p.stem, article_text(p))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(files)} articles, {len(lines)} sources -> {out}")
    return 0


def _load(path: Path) -> dict[tuple[str, str, str], tuple[str, str, str]]:
    rows_: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) == 6:
            rows_[f[0], f[1], f[2]] = (f[3], f[4], f[5])
    return rows_


def compare(before: Path, after: Path) -> int:
    b, a = _load(before), _load(after)
    changed = [k for k in b if k in a and b[k] != a[k]]
    arts = {k[0] for k in b} | {k[0] for k in a}
    touched = {k[0] for k in changed}
    # A mover is a mention that changed entity itself (another name, or it shares no other
    # mention with its old cluster); the other members of the two clusters merely gain or
    # lose it, and are counted but not listed.
    movers = [k for k in changed if b[k][1] != a[k][1] or not (
        set(b[k][0].split(",")) & set(a[k][0].split(",")) - {k[1]})]
    for k in sorted(movers, key=lambda k: (k[0], int(k[1]))):
        print(f"{k[0]}\t{k[1]}\t{k[2]}\t{b[k][1]} [{b[k][0]}] -> {a[k][1]} [{a[k][0]}]")
    print(f"{len(arts)} articles, {len(b)} / {len(a)} sources; {len(changed)} sources in "
          f"{len(touched)} articles change grouping, {len(movers)} of them change entity; "
          f"{len(set(b) - set(a))} gone, {len(set(a) - set(b))} new")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("folder", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--limit", type=int, default=0)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.folder, args.out, args.limit)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
