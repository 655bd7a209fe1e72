"""A Chinese name written right after its party or a court word, missed by the name recogniser
(round 28, zhspk28): gold-free census over broad unlabeled text.

Hong Kong and Taiwan news name a legislator by party and name with nothing between
(民主黨涂謹申指出, 公民黨郭榮鏗表示, 工黨張超雄表示, hkcnews), and court reports write a
witness's name before 作供 (鄧智恒作供指, 消防員岑嶺峯作供指). When the recogniser misses the name,
the source span stays the party + name (or name + 作供), is typed `unnamed`, and is no speaker
of that person (the open pool's `name variant` rows of `zh_speaker_classes.py`). This script
finds every such spot by its look (a word ending in 党, a surname and one or two given
characters, a reporting cue; or a surname run before 作供) and says whether `find_names` finds
the name there. Run before and after a change:

    .venv/bin/python benchmarks/zh_party_name_census.py /work/r28/breadth/cnews.val.txt /work/r28/breadth/hk
    .venv/bin/python benchmarks/zh_party_name_census.py ... --missed   (print the missed spots only)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from sayso.lang.zh.names import find_names
from sayso.text import to_simplified

_ZH = Path(__file__).resolve().parent.parent / "sayso" / "lang" / "zh"


def _spots_re() -> re.Pattern[str]:
    surnames = json.loads((_ZH / "surnames.json").read_text(encoding="utf-8"))
    single = "".join(sorted(set(surnames["single"])))
    context = json.loads((_ZH / "name_context.json").read_text(encoding="utf-8"))
    # the recogniser's cue words and the short cues of Hong Kong reports (指, 質問, 直言)
    cues = context["reporting_cues"] + context["cues_after"] + ["指", "质问", "直言", "质疑"]
    cue_alt = "|".join(sorted({re.escape(to_simplified(c)) for c in cues}, key=len, reverse=True))
    return re.compile(
        f"(?P<lead>党)(?P<name>[{single}][\u4e00-\u9fff]{{1,2}}?)(?:{cue_alt}|作供)"
        f"|(?P<name2>[{single}][\u4e00-\u9fff]{{1,2}})作供")


def texts(thucnews: Path, hk: Path) -> list[tuple[str, str]]:
    out = []
    for n, line in enumerate(thucnews.read_text(encoding="utf-8").splitlines()):
        if "\t" in line:
            out.append((f"th{n}", line.split("\t", 1)[1]))
    for p in sorted(hk.glob("*.txt")):
        out.append((p.stem, p.read_text(encoding="utf-8")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("thucnews", type=Path)
    ap.add_argument("hkcnews", type=Path)
    ap.add_argument("--missed", action="store_true", help="print only the spots missed")
    args = ap.parse_args()
    spots = _spots_re()
    counts: Counter[str] = Counter()
    for tag, text in texts(args.thucnews, args.hkcnews):
        folded = to_simplified(text)
        found = {(m.start, m.name_end) for m in find_names(text)}
        for m in spots.finditer(folded):
            key = "name" if m.group("name") else "name2"
            kind = "party + name" if key == "name" else "name + 作供"
            s, e = m.span(key)
            hit = any(a <= s and e <= b + 1 for a, b in found)
            counts[f"{kind}: {'found' if hit else 'missed'}"] += 1
            if not hit or not args.missed:
                print(f"{tag}\t{kind}\t{'found' if hit else 'MISSED'}\t"
                      f"{text[max(0, m.start() - 8):m.end() + 6]}".replace("\n", " "))
    for k, n in sorted(counts.items()):
        print(f"{n:5d}  {k}")


if __name__ == "__main__":
    main()
