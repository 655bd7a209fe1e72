"""Speed and accuracy of the Chinese person-name recogniser (`sayso.lang.zh.names`).

- Throughput: `find_names` in characters/s on >= 1 MB of Chinese news (the seven zh-dev
  articles, in simplified and in traditional script, repeated), beside plain `jieba.lcut` on
  the same documents in the same run; and `link_entities` (which runs `find_names` once per
  document) over the attributions the pipeline finds there. Single process: per core.
- Accuracy on the reference article (gnews-2181912): person-name mentions found whole against
  the hand annotation in `tests/test_zh_names.py` (jieba.lcut keeps 12 of them whole).
- Speakers from gold source spans on zh-dev: the share of scored gold attributions whose
  speaker `link_entities` gets right (README scoring rule) when given the gold source spans.

Prints a rich table and writes `benchmarks/results/zh_names.json`. Asserts nothing about time.
Usage: python benchmarks/bench_zh_names.py [--megabytes 1.0]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "zh_names.json"
ZH_DEV = ROOT.parent / "shared" / "eval" / "zh-dev"


def _articles() -> list[str]:
    from opencc import OpenCC

    from sayso.cli import sample_path
    from sayso.read import read_path

    texts = [read_path(sample_path())[0].text]
    if ZH_DEV.exists():
        texts += [p.read_text("utf-8") for p in sorted(ZH_DEV.glob("cnews-*.txt"))]
    s2t = OpenCC("s2t")
    return texts + [s2t.convert(t) for t in texts]


def _corpus(megabytes: float) -> list[str]:
    articles = _articles()
    docs: list[str] = []
    size = 0
    while size < megabytes * 1024 * 1024:
        for t in articles:
            docs.append(t)
            size += len(t.encode("utf-8"))
    return docs


def _rate(fn, docs: list[str]) -> tuple[float, float]:
    chars = sum(len(d) for d in docs)
    t0 = time.process_time()
    for d in docs:
        fn(d)
    cpu = time.process_time() - t0
    return chars / cpu if cpu else float("inf"), cpu


def _link_rate(docs: list[str]) -> float:
    """`link_entities` chars/s, over the attributions the pipeline found in the same documents."""
    import copy

    from sayso import pipeline
    from sayso.context import Context
    from sayso.lang.zh.entities import link_entities
    from sayso.model import Document

    analysed = {t: pipeline.run(Document(t)) for t in set(docs)}
    jobs = [(analysed[t].document, copy.deepcopy(analysed[t].attributions)) for t in docs]
    contexts = [Context() for _ in jobs]
    t0 = time.process_time()
    for (doc, atts), ctx in zip(jobs, contexts, strict=True):
        link_entities(doc, atts, ctx)
    cpu = time.process_time() - t0
    return sum(len(d.text) for d, _ in jobs) / cpu if cpu else float("inf")


def _reference_accuracy() -> dict:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_zh_names import REFERENCE_PEOPLE, _gold_spans

    from sayso.lang.zh.names import find_names

    ref = ZH_DEV / "gnews-2181912.md"
    if not ref.exists():
        return {}
    import jieba

    text = ref.read_text("utf-8")
    gold = _gold_spans(text)
    found = {(m.start, m.name_end) for m in find_names(text)}
    assert len(gold) == sum(REFERENCE_PEOPLE.values())
    tokens = {(s, e) for _, s, e in jieba.tokenize(text)}
    return {"gold": len(gold), "found": len(found), "whole": len(gold & found),
            "jieba_whole": len(gold & tokens),
            "recall": len(gold & found) / len(gold),
            "precision": len(gold & found) / len(found) if found else 0.0}


def _oracle_speakers() -> dict:
    if not ZH_DEV.exists():
        return {}
    from sayso.eval.oracle import speakers_from_gold_sources

    right, total = speakers_from_gold_sources(ZH_DEV)
    return {"right": right, "total": total, "accuracy": right / total if total else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--megabytes", type=float, default=1.0)
    args = ap.parse_args()

    import jieba

    from sayso.lang.zh.names import find_names

    docs = _corpus(args.megabytes)
    jieba.initialize()
    find_names(docs[0])  # load the data once: start-up, not throughput
    names_rate, names_cpu = _rate(find_names, docs)
    jieba_rate, jieba_cpu = _rate(jieba.lcut, docs)
    link_rate = _link_rate(docs)
    chars = sum(len(d) for d in docs)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1024 / 1024
    ref = _reference_accuracy()
    oracle = _oracle_speakers()

    table = Table(title=f"zh names: {len(docs)} documents, {chars:,} chars ({mb:.2f} MB)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("find_names chars/s (per core)", f"{names_rate:,.0f}")
    table.add_row("jieba.lcut chars/s (same docs)", f"{jieba_rate:,.0f}")
    table.add_row("ratio find_names / jieba", f"{names_rate / jieba_rate:.2f}")
    table.add_row("link_entities chars/s (per core)", f"{link_rate:,.0f}")
    if ref:
        table.add_row("reference: names found whole",
                      f"{ref['whole']}/{ref['gold']} (recall {ref['recall']:.3f})")
        table.add_row("reference: precision", f"{ref['precision']:.3f} of {ref['found']}")
        table.add_row("reference: jieba tokens that are a whole name",
                      f"{ref['jieba_whole']}/{ref['gold']}")
    if oracle:
        table.add_row("zh-dev: speaker right from gold source spans",
                      f"{oracle['right']}/{oracle['total']} ({oracle['accuracy']:.3f})")
    Console().print(table)

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "documents": len(docs), "chars": chars, "megabytes": round(mb, 3),
        "find_names_chars_per_s": round(names_rate), "find_names_cpu_s": round(names_cpu, 3),
        "jieba_lcut_chars_per_s": round(jieba_rate), "jieba_lcut_cpu_s": round(jieba_cpu, 3),
        "ratio": round(names_rate / jieba_rate, 3),
        "link_entities_chars_per_s": round(link_rate),
        "reference_names": ref, "oracle_speakers": oracle,
    }, indent=2, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
