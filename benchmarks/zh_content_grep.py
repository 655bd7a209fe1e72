"""Count a content construction over dumped Chinese rows, before building a rule for it: every
row whose content (folded to simplified script, as the rules read it) matches a regular
expression, with the match and 50 characters around it.

Rows are those of `benchmarks/zh_attr_breadth.py` (content in column 7) or of
other dumps (give the column). Example (round 26: a thing
denied to exist under a quoted term):

    python benchmarks/zh_content_grep.py before.tsv '(?:根本|并)?不存在[“「『]'
    python benchmarks/zh_content_grep.py before.tsv '而非' --column 7 --stance assert
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from sayso.text import to_simplified


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rows", type=Path, help="a TSV of rows (zh_attr_breadth.py output)")
    ap.add_argument("pattern", help="a regular expression over the simplified content")
    ap.add_argument("--column", type=int, default=7, help="1-based column of the content (7)")
    ap.add_argument("--stance", help="only rows with this stance (column 5 of zh_attr_breadth)")
    args = ap.parse_args()
    rx = re.compile(args.pattern)
    col = args.column - 1
    n = 0
    for line in args.rows.read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if len(row) <= col or (args.stance and row[4] != args.stance):
            continue
        text = to_simplified(row[col])
        m = rx.search(text)
        if m:
            n += 1
            around = text[max(0, m.start() - 50):m.end() + 50]
            print("\t".join([m.group(0), *row[:col], around]))
    print(f"{n} rows", flush=True)


if __name__ == "__main__":
    main()
