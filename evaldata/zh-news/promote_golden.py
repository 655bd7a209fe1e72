"""Promote golden-rule rows into tests/golden/zh.json: candidates and harvested gold sentences.

Rows come from two places, both from TUNE articles only:
- the hand-picked candidate files (golden-candidates-*.json), one error class each;
- `harvest_golden.py` rows (each real sentence with its human gold).

A row is added when the current extractor satisfies it (the table holds passing rules: a row
that fails is a fix still to make, and stays in its candidate file) and its text is not in the
table yet. Ids are `zh-news-NNN`, continuing the table's numbering; `class` (1-8 of issue #10)
and `origin` are kept.

Usage:
    python evaldata/zh-news/promote_golden.py evaldata/zh-news/golden-candidates-*.json \\
        --harvest evaldata/zh-news/tune [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TABLE = ROOT / "tests" / "golden" / "zh.json"
sys.path.insert(0, str(HERE))
from harvest_golden import harvest, passes  # noqa: E402

_FIELDS = ("id", "pattern", "script", "text", "origin", "exhaustive", "expect", "class")


def _candidates(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        for row in data["cases"] if isinstance(data, dict) else data:
            if passes(row["text"], row["expect"], row.get("exhaustive", True)):
                rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("candidates", nargs="*", type=Path)
    ap.add_argument("--harvest", nargs="*", type=Path, default=[])
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    seen = {case["text"] for case in table["cases"]}
    number = sum(case["id"].startswith("zh-news-") for case in table["cases"])
    rows = _candidates(args.candidates)
    for folder in args.harvest:
        rows += harvest(folder, "zhH", passing_only=True)
    added = []
    for row in rows:
        if row["text"] in seen or ("passes" in row and not row["passes"]):
            continue
        if not passes(row["text"], row["expect"], row.get("exhaustive", True)):
            continue
        seen.add(row["text"])
        number += 1
        case = {k: row[k] for k in _FIELDS if k in row}
        case["id"] = f"zh-news-{number:03d}"
        case.setdefault("exhaustive", True)
        added.append(case)
    print(f"{len(added)} rows to add "
          f"({sum(r['script'] == 'Hant' for r in added)} traditional)", file=sys.stderr)
    if not args.dry_run:
        table["cases"] += added
        TABLE.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
