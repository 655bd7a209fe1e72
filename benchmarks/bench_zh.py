"""Chinese analysis throughput: sayso end-to-end vs plain `jieba.lcut`, same text, same run.

Corpus: the seven zh-dev articles (shared/eval/zh-dev), shuffled with a fixed seed and repeated
until the total is >= 1 MB of UTF-8; each copy is analysed as its own document. A traditional
variant (the same texts converted with OpenCC s2t) is timed too. Figures are characters per
second of CPU time in one process (so per core). Everything warms up first (OpenCC, jieba's
dictionary, the cue automaton), so start-up is excluded from both sides. jieba and sayso are
timed document by document in alternating order, three rounds; the median round is reported.

Prints a rich table and writes `benchmarks/results/zh.json`. Asserts nothing about time.
Usage: python benchmarks/bench_zh.py [--megabytes 1.0]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "zh.json"
ZH_DEV = ROOT.parent / "shared" / "eval" / "zh-dev"


def _texts() -> list[str]:
    from sayso.read import read_path

    if ZH_DEV.exists():
        paths = sorted(p for p in ZH_DEV.iterdir() if p.suffix in (".txt", ".md"))
        return [read_path(p)[0].text for p in paths]
    from sayso.cli import sample_path

    return [read_path(sample_path())[0].text]


def corpus(megabytes: float, traditional: bool = False) -> list[str]:
    texts = _texts()
    if traditional:
        import opencc

        conv = opencc.OpenCC("s2t")
        texts = [conv.convert(t) for t in texts]
    rng = random.Random(6)
    docs: list[str] = []
    size = 0
    target = megabytes * 1024 * 1024
    while size < target:
        batch = texts[:]
        rng.shuffle(batch)
        for t in batch:
            docs.append(t)
            size += len(t.encode("utf-8"))
    return docs


def _interleaved(fn_a, fn_b, docs: list[str]) -> tuple[float, float]:
    """CPU seconds of `fn_a` and `fn_b` over `docs`, timed document by document in alternating
    order, so that both see the same machine: on a shared machine the speed of plain jieba
    alone drifted by 2x between consecutive passes, which made a ratio of two passes noise."""
    spent_a = spent_b = 0.0
    for i, d in enumerate(docs):
        order = ((fn_a, 0), (fn_b, 1)) if i % 2 == 0 else ((fn_b, 1), (fn_a, 0))
        for fn, which in order:
            start = time.process_time()
            fn(d)
            elapsed = time.process_time() - start
            if which == 0:
                spent_a += elapsed
            else:
                spent_b += elapsed
    return spent_a, spent_b


def _components(docs: list[str]) -> dict[str, float]:
    """CPU seconds per pipeline component (the extractor split into rules and entity linking)."""
    from sayso import pipeline
    from sayso.lang.zh import doc as zh_doc
    from sayso.lang.zh import extract as zh_extract
    from sayso.model import Analysis, Document

    spent: dict[str, float] = {}
    for d in docs:
        analysis = Analysis(Document(text=d, language="zh"))
        ctx = pipeline.Context()
        for component in pipeline.PIPELINE:
            start = time.process_time()
            if component is pipeline.add_attributions:
                # The rules alone on a throw-away document state, then the whole extractor:
                # the difference is building the spans and entity linking.
                zh_extract.candidates(zh_doc.ChineseDoc(analysis.document, ctx))
                mid = time.process_time()
                rules = mid - start
                spent["zh rules (sayso.lang.zh.extract.candidates)"] = spent.get(
                    "zh rules (sayso.lang.zh.extract.candidates)", 0.0) + rules
                analysis.attributions = zh_extract.extract(analysis, ctx)
                name = "spans and entity linking (sayso.lang.zh.entities)"
                start = mid + rules
            else:
                component(analysis, ctx)
                name = component.__name__
            spent[name] = spent.get(name, 0.0) + time.process_time() - start
    return spent


def run(megabytes: float) -> dict:
    import jieba

    import sayso

    jieba.setLogLevel(60)
    results = {}
    for label, trad in (("simplified", False), ("traditional", True)):
        docs = corpus(megabytes, trad)
        chars = sum(len(d) for d in docs)
        for d in docs[:7]:
            sayso.analyze(d, language="zh")
            jieba.lcut(d)
        rounds = [_interleaved(jieba.lcut, lambda d: sayso.analyze(d, language="zh"), docs)
                  for _ in range(3)]
        ratios = sorted(tj / ts for tj, ts in rounds)
        t_jieba, t_sayso = sorted(rounds, key=lambda r: r[0] / r[1])[1]  # the median round
        parts = _components(docs)
        n_att = sum(len(sayso.analyze(d, language="zh").attributions) for d in docs[:7])
        results[label] = {
            "documents": len(docs),
            "characters": chars,
            "megabytes_utf8": round(sum(len(d.encode("utf-8")) for d in docs) / 1048576, 3),
            "jieba_lcut_chars_per_s": round(chars / t_jieba),
            "sayso_chars_per_s": round(chars / t_sayso),
            "ratio_sayso_to_jieba": round(t_jieba / t_sayso, 3),
            "ratio_per_round": [round(r, 3) for r in ratios],
            "components_chars_per_s": {k: round(chars / v) if v else None
                                       for k, v in parts.items()},
            "zh_rules_ratio_to_jieba": round(t_jieba / parts["zh rules (sayso.lang.zh.extract.candidates)"], 3),
            "attributions_in_first_7_docs": n_att,
        }
    return results


def main() -> None:
    from rich.console import Console
    from rich.table import Table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    args = parser.parse_args()
    results = run(args.megabytes)
    table = Table(title="Chinese throughput, characters/s per core (CPU time)")
    for col in ("script", "docs", "MB", "jieba.lcut", "sayso analyze", "ratio (median)",
                "ratio per round"):
        table.add_column(col, justify="right")
    for label, r in results.items():
        table.add_row(label, str(r["documents"]), str(r["megabytes_utf8"]),
                      f"{r['jieba_lcut_chars_per_s']:,}", f"{r['sayso_chars_per_s']:,}",
                      f"{r['ratio_sayso_to_jieba']:.2f}",
                      " ".join(f"{x:.2f}" for x in r["ratio_per_round"]))
    Console().print(table)
    parts = Table(title="per component, characters/s per core (higher is faster)")
    parts.add_column("component")
    for label in results:
        parts.add_column(label, justify="right")
    names = list(next(iter(results.values()))["components_chars_per_s"])
    for name in names:
        parts.add_row(name, *(f"{r['components_chars_per_s'][name]:,}" for r in results.values()))
    Console().print(parts)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"benchmark": "zh", "megabytes": args.megabytes,
                                   "results": results}, ensure_ascii=False, indent=2) + "\n",
                       encoding="utf-8")


if __name__ == "__main__":
    main()
