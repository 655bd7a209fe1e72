"""Census of Chinese sources that are a bare title or a bare company/body head (部长, 该部长,
公司, 该公司, 集团, 院方, 当局), and what entity they got, over a `zh_attr_breadth.py --entity` dump.

A bare title repeats a person named before with that title (貿消部長拿督斯里哈山馬歷 … 部長今日
提到); a bare 公司 repeats the company of the article. Such a source left as its own entity
(`部长 => 部长`) splits one speaker in two (B-cubed recall, issue #15). This lists them by word,
linked (entity name differs from the span) or alone:

    .venv/bin/python benchmarks/zh_attr_breadth.py cnews.val.txt hk dump.tsv --entity
    .venv/bin/python benchmarks/zh_bare_title_census.py dump.tsv [--show]

`--show` prints every row (article, cue offset, source => entity) to read by hand.
"""

from __future__ import annotations

import argparse
from collections import Counter

from sayso.lang.zh.names import lexicon
from sayso.text import to_simplified

_DEMONSTRATIVES = ("该", "这位", "这名", "此", "本")
_BODIES = frozenset({"公司", "集团", "院方", "校方", "警方", "当局", "该署", "该部", "该局", "该会"})


def bare_word(source: str) -> str | None:
    """The title or head a source is made of (demonstrative set aside), or None."""
    s = to_simplified(source).strip()
    if s.startswith("经"):  # 经公司核实: the preposition the source cut may keep
        s = s[1:]
    if s in _BODIES:
        return s
    for d in _DEMONSTRATIVES:
        if s.startswith(d) and len(s) > len(d):
            s = s[len(d):]
            break
    return s if s in lexicon().titles or s in _BODIES else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dump")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    alone: Counter[str] = Counter()
    linked: Counter[str] = Counter()
    for line in open(args.dump, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or " => " not in cols[3]:
            continue
        source, entity = cols[3].split(" => ", 1)
        word = bare_word(source)
        if word is None:
            continue
        (alone if to_simplified(entity) == to_simplified(source) else linked)[word] += 1
        if args.show:
            print(cols[0], cols[1], cols[3], sep="\t")
    print("alone:", sum(alone.values()), dict(alone.most_common()))
    print("linked:", sum(linked.values()), dict(linked.most_common()))


if __name__ == "__main__":
    main()
