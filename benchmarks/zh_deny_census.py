"""Census of Chinese denials, accusations and disputed claims the system may be missing, over
unlabeled breadth text (brief zhdeny28): rows it left `assert` whose content or cue looks like a
denial or a charge, and rows left `asserted` whose claim another party denies later in the text.

Three looks, counted and sampled for reading by hand against evaldata/zh-news/STANCE.md:

- deny-look: stance `assert`, a denial word in the cue or in the content (否认, 澄清, 不实,
  纯属, 并无, 从未, 不曾, 绝无, 不存在, 无关, 胡说…);
- accuse-look: stance `assert`, a charge word in the content (指责, 指控, 谴责, 涉嫌, 非法, 违规,
  造假, 欺骗, 打压, 干涉, 抹黑, 侵犯, 施压, 威胁, 骚扰, 诬…) not just after a negation;
- disputed-look: certainty `asserted`, a later row of another source in the same text whose
  stance is `deny` or whose content holds a denial word, the two contents sharing two or more
  character bigrams of content words (the key-word overlap a disputed link needs).

Text is the breadth of zh_attr_breadth.py (THUCNews val lines + a folder of hkcnews .txt):

    PYTHONPATH=. .venv/bin/python benchmarks/zh_deny_census.py cnews.val.txt hk [--show deny|accuse|disputed] [--limit N]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

import sayso
from sayso.text import to_simplified

DENY_WORDS = re.compile("否认|否定|驳斥|反驳|澄清|辟谣|不实|失实|纯属|子虚乌有|并无|从未|从来没有|从来不|不曾|"
                        "绝无|绝对没有|无中生有|不存在|恶意抹黑|造谣|谣言|无关|没有关系|胡说|不是事实|"
                        "不属实|与事实不符|并非|而非|没有此事|没有这回事|并没有")
ACCUSE_WORDS = re.compile("指责|指控|抨击|谴责|批评|控诉|揭发|涉嫌|涉犯|非法|违规|违法|造假|欺骗|打压|干涉|"
                          "抹黑|侵犯|施压|威胁|恐吓|骚扰|诬|污蔑|说谎|撒谎|歪曲|被控|被骗|剥削|操纵|勾结")
NEGATION = re.compile("没|不|未|非|无|并")
BIGRAM_STOP = re.compile("[，,。；;：:！？!?“”「」『』《》（）()、\\s]")


def bigrams(text: str) -> set[str]:
    """Character bigrams of `text` with no punctuation in them (a cheap key-word set)."""
    t = BIGRAM_STOP.sub("|", text)
    return {t[i:i + 2] for i in range(len(t) - 1) if "|" not in t[i:i + 2]}


def article_rows(tag: str, text: str) -> list[dict[str, object]]:
    analysis = sayso.analyze(text, language="zh")
    t = analysis.document.text
    out = []
    for a in analysis.attributions:
        cue = "+".join(t[s.start:s.end] for s in a.cue)
        content = " | ".join(t[s.start:s.end] for s in a.content).replace("\n", "⏎")
        out.append({"tag": tag, "off": a.cue[0].start if a.cue else a.start, "cue": cue,
                    "src": a.source.text if a.source else "-", "stance": a.stance,
                    "certainty": a.certainty, "content": content,
                    "s_cue": to_simplified(cue), "s_content": to_simplified(content)})
    return out


def looks(rows: list[dict[str, object]]) -> dict[str, list[dict[str, object]]]:
    """The rows of one article in each look."""
    out: dict[str, list[dict[str, object]]] = {"deny": [], "accuse": [], "disputed": []}
    for i, r in enumerate(rows):
        cue, content = str(r["s_cue"]), str(r["s_content"])
        if r["stance"] == "assert":
            if DENY_WORDS.search(cue) or DENY_WORDS.search(content):
                out["deny"].append(r)
            for m in ACCUSE_WORDS.finditer(content):
                if not NEGATION.search(content, max(0, m.start() - 3), m.start()):
                    out["accuse"].append(r)
                    break
        if r["certainty"] == "asserted" and r["stance"] != "deny":
            mine = bigrams(content)
            for later in rows[i + 1:]:
                other = str(later["s_content"])
                if later["src"] == r["src"] or not (later["stance"] == "deny" or DENY_WORDS.search(other)):
                    continue
                if len(mine & bigrams(other)) >= 2:
                    r["denier"] = f"{later['src']} [{later['cue']}] {other[:60]}"
                    out["disputed"].append(r)
                    break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("thucnews", type=Path)
    ap.add_argument("hkcnews", type=Path)
    ap.add_argument("--show", choices=("deny", "accuse", "disputed"), help="print a sample of one look")
    ap.add_argument("--sample", type=int, default=60)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    lines = args.thucnews.read_text(encoding="utf-8").split("\n")
    if args.limit:
        lines = lines[:args.limit]
    found: dict[str, list[dict[str, object]]] = {"deny": [], "accuse": [], "disputed": []}
    total: Counter[str] = Counter()
    texts = [(f"th{i}", line.partition("\t")[2]) for i, line in enumerate(lines) if line.strip()]
    texts += [(f.stem, f.read_text(encoding="utf-8")) for f in sorted(args.hkcnews.glob("*.txt"))]
    for tag, text in texts:
        rows = article_rows(tag, text)
        total["rows"] += len(rows)
        total["assert"] += sum(r["stance"] == "assert" for r in rows)
        for k, v in looks(rows).items():
            found[k] += v
    print(f"rows {total['rows']}, assert {total['assert']}")
    for k, v in found.items():
        print(f"{k}-look: {len(v)} rows in {len({r['tag'] for r in v})} texts")
    if args.show:
        rows = found[args.show]
        random.Random(28).shuffle(rows)
        for r in rows[:args.sample]:
            extra = f"\n    <- {r['denier']}" if "denier" in r else ""
            print(f"{r['tag']}\t{r['src']} [{r['cue']}] {r['stance']}/{r['certainty']}\t"
                  f"{str(r['content'])[:120]}{extra}")


if __name__ == "__main__":
    main()
