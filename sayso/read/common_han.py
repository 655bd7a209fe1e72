"""The set of common Han characters used to judge candidate decodings of Chinese bytes.

Charset detectors are weakest on short Chinese texts: Big5 bytes decode "successfully" as
GB18030 (and often the other way round) into a soup of rare characters. Counting how many of
the decoded Han characters are common ones tells the right decoding apart (the frequency idea
of Li & Momoi, "A composite approach to language/encoding detection", Netscape 2001).

The list is data (`sayso/data/common_han.txt`): the 3,500 most frequent characters of jieba's
word-frequency dictionary, plus their Traditional forms (OpenCC s2t). Rebuild it with
`python -m sayso.read.common_han` (needs jieba and opencc, both dependencies).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA_FILE = "common_han.txt"
TOP_N = 3500


@lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    """The common Han characters (Simplified and Traditional forms)."""
    data = resources.files("sayso.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return frozenset(ch for ch in data if not ch.isspace())


def build(top_n: int = TOP_N) -> str:
    """Characters ranked by their summed word frequency in jieba's dictionary, with s2t forms."""
    import jieba
    import opencc

    counts: Counter[str] = Counter()
    dict_path = Path(jieba.__file__).with_name("dict.txt")
    with dict_path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 2 or not parts[1].isdigit():
                continue
            for ch in parts[0]:
                if "\u4e00" <= ch <= "\u9fff":
                    counts[ch] += int(parts[1])
    simplified = [ch for ch, _ in counts.most_common(top_n)]
    s2t = opencc.OpenCC("s2t")
    chars = dict.fromkeys(simplified)
    for ch in simplified:
        for t in s2t.convert(ch):
            chars.setdefault(t)
    lines = ["".join(list(chars)[i:i + 50]) for i in range(0, len(chars), 50)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "data" / DATA_FILE
    out.write_text(build(), encoding="utf-8")
    print(f"wrote {out}")
