"""Golden-rule rows from the annotated TUNE articles: each real sentence with its gold.

A golden row (tests/golden/zh.json) is a real sentence and the attributions it must yield. The
hand-picked candidates (golden-candidates-*.json) cover the error classes one by one; this script
proposes more rows straight from the human gold of the tune articles, so that the table guards
what the extractor gets right on real news, not only what it was fixed for:

- the article is read exactly as `sayso eval` reads it and its gold located in it;
- it is cut into sentences (quotations kept whole); a sentence qualifies when every gold
  attribution touching it lies wholly inside it (no content running over sentences) and none
  is optional;
- the row's `expect` is the gold of that sentence (source, cues, content, kind, stance, via,
  certainty, parent as an index into the row), never the system's output;
- a class (1-8 of issue #10) is proposed from what the gold shows: traditional script (8),
  channels (6), unnamed/unconfirmed/disputed certainty (2), stance other than assert (3),
  nesting (7), several content parts (4), a cue word with no attribution (5), else a source
  phrase worth guarding (1);
- with `--passing` only rows the current extractor satisfies are printed (candidates for the
  test table); without it, the failing ones too, marked.

Never run on test/ folders: rows come from tune articles only.

Usage: python evaldata/zh-news/harvest_golden.py evaldata/zh-news/tune [--passing] [--prefix zhH]
Prints a JSON list of rows (the table's row format plus `class` and `passes`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import sayso
from sayso.eval.gold import discover
from sayso.extract.quotes import pair_quotes, split_sentences
from sayso.text import to_simplified

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from test_golden_zh import matches  # noqa: E402  (the table's own matching rule)

_CUE_WORDS = re.compile("说|称|表示|指出|报道|报导|報導|認為|认为|强调|透露|要求|承诺|警告|问|答")


def _sentences(text: str) -> list[tuple[int, int]]:
    folded = to_simplified(text)
    out = []
    for a, b in split_sentences(folded, pair_quotes(folded)):
        while a < b and text[a] in " \t\u3000\n":
            a += 1
        while b > a and text[b - 1] in " \t\u3000\n":
            b -= 1
        if b - a >= 8 and "\n" not in text[a:b]:
            out.append((a, b))
    return out


def _spans(g) -> list:
    return ([g.source] if g.source else []) + list(g.cue) + list(g.content) + list(g.via)


def _expect(g, index: dict[int, int]) -> dict:
    row = {
        "source": g.source.text if g.source else None,
        "cue": [c.text for c in g.cue],
        "content": [c.text for c in g.content],
        "kind": g.kind or "indirect",
        "stance": g.stance or "assert",
        "via": [v.text for v in g.via],
        "certainty": g.certainty or "asserted",
    }
    if g.parent is not None and g.parent in index:
        row["parent"] = index[g.parent]
    return row


def _class(script: str, expect: list[dict]) -> int:
    if script == "Hant":
        return 8
    if any(e["via"] for e in expect):
        return 6
    if any(e["certainty"] in ("anonymous", "unconfirmed", "disputed") for e in expect):
        return 2
    if any(e["stance"] != "assert" for e in expect):
        return 3
    if any("parent" in e for e in expect):
        return 7
    if any(len(e["content"]) > 1 for e in expect):
        return 4
    if not expect:
        return 5
    return 1


def passes(text: str, expect: list[dict], exhaustive: bool = True) -> bool:
    atts = sayso.analyze(text, language="zh").attributions
    found: list = []
    used: set[str] = set()
    for exp in expect:
        hit = next((x for x in atts if x.id not in used and matches(text, exp, x, found)), None)
        if hit is None:
            return False
        used.add(hit.id)
        found.append(hit)
    return len(used) == len(atts) or not exhaustive


def harvest(folder: Path, prefix: str, passing_only: bool) -> list[dict]:
    if folder.name == "test":
        raise SystemExit(f"{folder}: golden rows come from tune articles only")
    rows = []
    for case in discover(folder):
        doc = case.read()
        gold = case.load(doc)
        meta = json.loads(case.gold_path.read_text(encoding="utf-8"))
        origin = meta.get("origin", {})
        script = origin.get("script") or meta.get("script") or "Hans"
        text = doc.text
        for a, b in _sentences(text):
            inside, touching = [], False
            for n, g in enumerate(gold.attributions):
                spans = _spans(g)
                if not spans:
                    continue
                ins = [a <= s.start and s.end <= b for s in spans]
                if all(ins):
                    inside.append((n, g))
                elif any(a <= s.start < b or a < s.end <= b for s in spans) or \
                        any(s.start < a and s.end > b for s in spans):
                    touching = True
            if touching or any(g.optional for _, g in inside):
                continue
            sentence = text[a:b]
            index = {n: k for k, (n, _) in enumerate(inside)}
            expect = [_expect(g, index) for _, g in inside]
            if not expect and not _CUE_WORDS.search(to_simplified(sentence)):
                continue
            ok = passes(sentence, expect)
            if passing_only and not ok:
                continue
            rows.append({
                "id": f"{prefix}-{case.id}-{a}",
                "pattern": f"real sentence, {len(expect)} attribution(s) from the gold",
                "script": script,
                "text": sentence,
                "origin": f"zh-news/{case.id}, {origin.get('outlet', '?')}, "
                          f"{origin.get('date', '?')}",
                "exhaustive": True,
                "expect": [{k: v for k, v in e.items() if v != [] or k != "via"}
                           for e in expect],
                "class": _class(script, expect),
                "passes": ok,
            })
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--passing", action="store_true", help="only rows the extractor satisfies")
    ap.add_argument("--prefix", default="zhH")
    args = ap.parse_args()
    rows = []
    for folder in args.folders:
        rows += harvest(folder, args.prefix, args.passing)
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
