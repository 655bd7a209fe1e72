"""Sections, provenance and outlet search: quality on the dev sets and speed.

Quality (when shared/eval is present):
- zh-dev section accuracy: gold sections (located by starts_with/ends_with, Markdown markup
  removed) equal to one predicted section of the same kind, over all 7 articles;
- zh-dev datelines found exactly (6 cnews articles);
- PolNeAR train+dev: share of articles whose first line is a headline section (every PolNeAR
  text starts with its headline), and how many sections of each kind were predicted.
Speed: `layout.segment`, `provenance.find_provenance` and `Gazetteer.find_all` on the reference
article repeated to ~1 MB (one document), chars per second of wall time.

Prints a rich table and writes `benchmarks/results/layout.json`. Asserts nothing about time.
Usage: python benchmarks/bench_layout.py
"""

from __future__ import annotations

import collections
import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "layout.json"
SHARED = ROOT.parent / "shared" / "eval"
ZH_DEV = SHARED / "zh-dev"
POLNEAR = [SHARED / "en-polnear" / "train" / "text", SHARED / "en-polnear" / "dev" / "text"]


def _zh_dev() -> dict:
    sys.path.insert(0, str(ROOT / "tests"))
    from layout_support import locate_gold_sections, matches_exactly, strip_markdown

    from sayso import layout
    from sayso.dateline import find_dateline
    from sayso.model import Document

    sections_ok = sections_all = datelines_ok = datelines_all = 0
    for gold_path in sorted(ZH_DEV.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        source = (ZH_DEV / gold["text_file"]).read_text("utf-8")
        doc = strip_markdown(source) if gold["text_file"].endswith(".md") else Document(text=source)
        doc.language = "zh"
        predicted = layout.segment(doc)
        for kind, start, end in locate_gold_sections(doc, gold["sections"]):
            sections_all += 1
            sections_ok += matches_exactly(doc.text, predicted, kind, start, end)
        want = gold["provenance"].get("dateline")
        if want:
            datelines_all += 1
            found = find_dateline(doc.text)
            datelines_ok += found is not None and doc.text[found.start:found.end] == want
    return {"sections_correct": sections_ok, "sections_gold": sections_all,
            "datelines_exact": datelines_ok, "datelines_gold": datelines_all}


def _polnear() -> dict:
    from sayso import layout
    from sayso.model import Document

    files = [f for d in POLNEAR if d.exists() for f in sorted(d.glob("*.txt"))]
    kinds: collections.Counter[str] = collections.Counter()
    first_headline = 0
    for f in files:
        text = f.read_text("utf-8")
        sections = layout.segment(Document(text=text, language="en"))
        kinds.update(s.kind for s in sections)
        first_headline += bool(sections) and sections[0].kind == "headline"
    return {"articles": len(files), "first_line_headline": first_headline,
            "section_kinds": dict(kinds)}


def _speed() -> dict:
    from sayso import layout, provenance
    from sayso.cli import sample_path
    from sayso.context import Context
    from sayso.gazetteer import default_gazetteer
    from sayso.model import Document
    from sayso.read import read_path

    ref = read_path(sample_path())[0]
    copies = 1_000_000 // len(ref.text) + 1
    text = "\n\n".join([ref.text] * copies)
    doc = Document(text=text, language="zh")
    layout.segment(Document(text=ref.text, language="zh"))  # warm-up: data files, jieba
    out = {"chars": len(text)}
    t = time.perf_counter()
    doc.sections = layout.segment(doc)
    out["segment_s"] = time.perf_counter() - t
    t = time.perf_counter()
    provenance.find_provenance(doc, Context())
    out["provenance_s"] = time.perf_counter() - t
    gazetteer = default_gazetteer()
    t = time.perf_counter()
    hits = gazetteer.find_all(text)
    out["find_all_s"] = time.perf_counter() - t
    out["find_all_hits"] = len(hits)
    out["outlets"] = len(gazetteer.outlets)
    return out


def main() -> int:
    results: dict = {}
    if ZH_DEV.exists():
        results["zh_dev"] = _zh_dev()
    if any(d.exists() for d in POLNEAR):
        results["polnear"] = _polnear()
    results["speed"] = _speed()
    table = Table(title="sayso layout / provenance / gazetteer")
    table.add_column("measure")
    table.add_column("value", justify="right")
    if "zh_dev" in results:
        z = results["zh_dev"]
        table.add_row("zh-dev gold sections matched", f"{z['sections_correct']}/{z['sections_gold']}")
        table.add_row("zh-dev datelines exact", f"{z['datelines_exact']}/{z['datelines_gold']}")
    if "polnear" in results:
        p = results["polnear"]
        table.add_row("PolNeAR first line = headline", f"{p['first_line_headline']}/{p['articles']}")
        table.add_row("PolNeAR sections by kind", ", ".join(
            f"{k} {v}" for k, v in sorted(p["section_kinds"].items())))
    s = results["speed"]
    table.add_row("outlets in gazetteer", str(s["outlets"]))
    for key, label in (("segment_s", "segment"), ("provenance_s", "find_provenance"),
                       ("find_all_s", "gazetteer.find_all")):
        table.add_row(f"{label}, {s['chars'] / 1e6:.2f}M chars",
                      f"{s[key]:.2f} s ({s['chars'] / max(s[key], 1e-9) / 1e6:.2f}M chars/s)")
    Console().print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
