"""Open-gold precision of candidate word-window rules for Chinese `disputed` (brief zhcert21).

For every non-optional, non-deny gold row of an open folder whose first content span is found in
the text, look for a word of each candidate set in its own sentence or the next two, outside its
content, and tally the gold certainty of the rows with a hit (text folded to simplified script).
With NEWS=1 only rows whose gold source is an outlet or a report (《…》, …社, …报, 报道…).

    PYTHONPATH=. python benchmarks/zhcert21_counts.py /work/r21/sets/zhopen20
    NEWS=1 PYTHONPATH=. python benchmarks/zhcert21_counts.py /work/r21/sets/zhopen20

Gold JSON and text only (open sets: COMMON.md); the table is in benchmarks/data/zhcert21/README.md.
"""

from __future__ import annotations

import collections
import glob
import json
import os
import re
import sys

from sayso.text import to_simplified

SETS = {
    "A_absurd": "匪夷所思|无稽之谈|凭空臆想|荒谬|荒唐|站不住脚|毫无根据|胡说|一派胡言",
    "B_rebut_verb": "反驳|驳斥|不认同|不认可|否认|澄清|辟谣",
    "C_false_report": "假文件|假新闻|假消息|虚假报道|失实报道|不实报道|报道失实|报道不实|不准确",
    "D_contradict": "证实|事实上|实际上|其实|并非如此|但事实",
}
NEWS_SOURCE = re.compile("《|社$|报$|台$|网$|报道|报导|新闻$|时报|日报|邮报")


def tally(folder: str, news_only: bool) -> dict[str, collections.Counter[str]]:
    out: dict[str, collections.Counter[str]] = {k: collections.Counter() for k in SETS}
    for g in sorted(glob.glob(folder.rstrip("/") + "/*.gold.json")):
        with open(g, encoding="utf-8") as f:
            gold = json.load(f)
        with open(g.replace(".gold.json", ".txt"), encoding="utf-8") as f:
            text = to_simplified(f.read())
        starts = [0] + [m.end() for m in re.finditer("[。！？!?\n]", text)]
        for a in gold["attributions"]:
            if a.get("optional") or not a.get("content") or a.get("stance") == "deny":
                continue
            if news_only and not NEWS_SOURCE.search(to_simplified(a.get("source") or "")):
                continue
            i = text.find(to_simplified(a["content"][0]))
            if i < 0:
                continue
            end = i + len(to_simplified("".join(a["content"])))
            first = sum(1 for b in starts[1:] if b <= i)
            for name, pattern in SETS.items():
                hit = False
                for j in range(first, min(first + 3, len(starts))):
                    lo = starts[j]
                    hi = starts[j + 1] if j + 1 < len(starts) else len(text)
                    hit = hit or any(not (i <= lo + m.start() < end) for m in re.finditer(pattern, text[lo:hi]))
                if hit:
                    out[name][a["certainty"]] += 1
    return out


def main() -> None:
    for name, counts in tally(sys.argv[1], bool(os.environ.get("NEWS"))).items():
        n = sum(counts.values())
        print(name, dict(counts), f"disputed share {100 * counts['disputed'] / max(n, 1):.0f}%")


if __name__ == "__main__":
    main()
