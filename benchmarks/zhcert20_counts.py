"""Count, on open Chinese gold, which source shapes are `anonymous` and which are not (the
precision of each candidate unnamed-source marker), and how often circulating content (a message,
post, picture or netizen as the source) with a falsity word nearby is `disputed`.

    python benchmarks/zhcert20_counts.py /work/r20/sets/zhopen20

Reads only gold JSON and article text of the folder given (open sets only: COMMON.md). Rows not
optional; sources folded to simplified script. "in source" = the marker is in the gold source
span; "in clause" = a sourceless row whose sentence holds the marker before the content."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from sayso.text import to_simplified

MARKERS = ["消息人士", "知情人士", "知情人", "知情者", "一名官员", "一位官员", "有关人士", "相关人士", "匿名",
           "不愿具名", "不具名", "未具名", "不愿透露", "网传", "网民", "网友", "业内人士", "业内", "业界", "多名",
           "多位", "一名", "一位", "人士", "官员", "高层", "高官", "专家", "分析师", "人员", "学者", "负责人",
           "发言人", "记者", "消息", "传闻", "外界", "有人"]
CLAUSE_MARKERS = ["据悉", "据了解", "据知", "据称", "据传", "网传", "流传", "有消息", "有报道", "被问"]
ZH = Path(__file__).resolve().parents[1] / "sayso/lang/zh"
_den = json.loads((ZH / "denials.json").read_text())["false_circulation"]
_anon = json.loads((ZH / "anonymous.json").read_text())["unnamed_compounds"]
_quoted = json.loads((ZH / "denials.json").read_text())["quoted_rejections"]
REJECT = re.compile("|".join(sorted(_quoted["words"], key=len, reverse=True)))
CIRC = re.compile("(?:" + "|".join(_den["sources"]) + ")(?:[「“『][^」”』]{1,20}[」”』])?$")
FALSE = re.compile("|".join(sorted(_den["falsity"], key=len, reverse=True)))
SENT = re.compile("[。！？!?；;\n]")


def main(folder: str) -> None:
    by_marker: dict[str, Counter[str]] = {m: Counter() for m in MARKERS + CLAUSE_MARKERS}
    compound: dict[str, Counter[str]] = {"names": Counter(), "heads": Counter(), "role_heads": Counter()}
    circ: Counter[str] = Counter()
    nested: dict[str, Counter[str]] = {"any": Counter(), "rejection after": Counter()}
    examples: list[str] = []
    for g in sorted(Path(folder).glob("*.gold.json")):
        d = json.loads(g.read_text())
        text = to_simplified((g.parent / d["text_file"]).read_text())
        starts = [0] + [m.end() for m in SENT.finditer(text)] + [len(text)]
        rows = d["attributions"]
        for r in rows:
            if r.get("optional"):
                continue
            cert = r["certainty"]
            parent = rows[r["parent"]] if r.get("parent") is not None else None
            if parent is not None and parent["stance"] == "deny" and r["stance"] not in ("deny", "ask"):
                nested["any"][cert] += 1
                whole = to_simplified("".join(parent["content"]))
                own = to_simplified(r["content"][-1]) if r["content"] else ""
                at = whole.find(own) if own else -1
                if at >= 0:
                    rest = SENT.split(whole[at + len(own):])
                    if REJECT.search("。".join(rest[:_quoted["sentences"] + 1])):
                        nested["rejection after"][cert] += 1
            src = to_simplified(r.get("source") or "")
            for m in MARKERS:
                if m in src:
                    by_marker[m][cert] += 1
            content = to_simplified("".join(r["content"]))
            k = text.find(to_simplified(r["content"][0])) if r["content"] else -1
            if not src and k >= 0:
                ss = max(p for p in starts if p <= k)
                for m in CLAUSE_MARKERS:
                    if m in text[ss:k]:
                        by_marker[m][cert] += 1
            if src in _anon["names"]:
                compound["names"][cert] += 1
            elif src.endswith(tuple(_anon["heads"])):
                compound["heads"][cert] += 1
            elif src.endswith(tuple(_anon["role_heads"])) and "的" not in src:
                compound["role_heads"][cert] += 1
            if src and CIRC.search(src) and r["stance"] != "deny" and k >= 0 \
                    and not FALSE.search(content):
                i = max(j for j, p in enumerate(starts) if p <= k)
                a, b = starts[max(0, i - 3)], starts[min(len(starts) - 1, i + 4)]
                near = text[a:k] + text[k + len(content):b]
                if FALSE.search(near):
                    circ[cert] += 1
                    examples.append(f"{g.name[:-10]}: {src} -> {cert}")
    # a disputed row of an unnamed source was anonymous before its denial: precision of a marker
    # as an unnamed-source marker = (anonymous + disputed) / all rows with it
    print("| marker | anonymous | asserted | reported | disputed | other | precision |")
    print("|---|---|---|---|---|---|---|")
    for m, c in by_marker.items():
        n = sum(c.values())
        if n:
            other = n - c["anonymous"] - c["asserted"] - c["reported"] - c["disputed"]
            print(f"| {m} | {c['anonymous']} | {c['asserted']} | {c['reported']} | {c['disputed']} | "
                  f"{other} | {(c['anonymous'] + c['disputed']) / n:.0%} |")
    print("\nunnamed_compounds (anonymous.json) on gold sources:")
    for k, c in compound.items():
        print(f"- {k}: {dict(c)}")
    print(f"\nfalse_circulation (denials.json) on gold rows: {dict(circ)}")
    print(f"claims nested in a deny statement: {dict(nested['any'])}; with a quoted_rejections "
          f"word after them: {dict(nested['rejection after'])}")
    for e in examples:
        print(f"- {e}")


if __name__ == "__main__":
    main(sys.argv[1])
