"""Golden label rows (stance / certainty) copied from the gold of open en-news articles.

Shared by the builders of `tests/golden/en_judge13.json` and `en_judge14.json`
(`benchmarks/data/enjudge1*/make_golden.py`). A row names the article, the first words of a gold
attribution's content, the fields the test checks and the paragraphs to keep (None: the whole
article, when the label depends on a report or a denial elsewhere in it); the golden case gets
the passage and that attribution's fields, as `tests/golden_support.label_row_problems` reads them.
"""

from __future__ import annotations

import json
from pathlib import Path

EN = Path("evaldata/en-news")
# id, split, article, content prefix, checked fields, paragraphs (None: whole article), class, pattern
Row = tuple[str, str, str, str, list[str], list[int] | None, str, str]


def label_cases(rows: list[Row], prefix: str) -> list[dict]:
    """The golden cases of `rows`, ids `prefix-ID`."""
    cases = []
    for rid, split, art, start, checked, paras, klass, pattern in rows:
        text = (EN / split / f"{art}.txt").read_text("utf-8")
        gold = json.loads((EN / split / f"{art}.gold.json").read_text("utf-8"))
        a = next(a for a in gold["attributions"] if a["content"][0].startswith(start))
        if paras is not None:
            lines = [p for p in text.split("\n") if p.strip()]
            text = "\n\n".join(lines[i] for i in paras)
        expect = {k: a.get(k) for k in ("source", "cue", "content", "stance", "certainty")}
        cases.append({"id": f"{prefix}-{rid}", "class": klass, "pattern": pattern, "script": "Latn",
                      "text": text, "origin": f"en-news/{split}/{art}", "checked": checked, "expect": expect})
    return cases


def write_table(cases: list[dict], doc: str, out: Path) -> None:
    out.write_text(json.dumps({"_doc": doc, "cases": cases}, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(cases)} rows -> {out}")
