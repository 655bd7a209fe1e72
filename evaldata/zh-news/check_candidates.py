"""Check golden-rule candidate rows against the corpus: each `text` must be a verbatim substring of
its tune article (never a test one), and every expected source/cue/content/via string must occur in
`text`, in order for contents. Usage: python evaldata/zh-news/check_candidates.py FILE.json"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLASSES = {1, 2, 3, 4, 5, 6, 7, 8}


def check(path: Path) -> list[str]:
    rows = json.loads(path.read_text(encoding="utf-8"))["cases"]
    problems = []
    seen = set()
    for row in rows:
        where = row["id"]
        if where in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(where)
        article = row["origin"].split(",")[0].split("/")[-1]
        tune = HERE / "tune" / f"{article}.txt"
        if not tune.exists():
            problems.append(f"{where}: {article} is not a tune article")
            continue
        if row["text"] not in tune.read_text(encoding="utf-8"):
            problems.append(f"{where}: text is not verbatim in {article}")
        if row.get("class") not in CLASSES:
            problems.append(f"{where}: class must be one of 1-8")
        for exp in row["expect"]:
            spans = ([exp["source"]] if exp["source"] else []) + exp["cue"] + exp.get("via", [])
            for span in spans + exp["content"]:
                if span not in row["text"]:
                    problems.append(f"{where}: {span[:20]!r} not in text")
            if "parent" in exp and not 0 <= exp["parent"] < len(row["expect"]):
                problems.append(f"{where}: parent out of range")
    return problems


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "golden-candidates-a.json"
    found = check(target)
    print("\n".join(found) or f"{target.name}: ok")
    sys.exit(1 if found else 0)
