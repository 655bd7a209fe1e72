"""Count, on open Chinese gold, what disputes a `disputed` row and how often the same evidence
sits next to a row that is NOT disputed (the precision of each candidate linking rule).

    python benchmarks/zhdisp19_counts.py /work/r19/sets/zhopen19

Reads only gold JSON and article text of the folder given (open sets only: COMMON.md)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from sayso.text import to_simplified

SENT = re.compile("[。！？!?；;\n]")
DENY_WORDS = re.compile("否认|否認|澄清|驳斥|駁斥|反驳|反駁|不实|不實|谣言|謠言|失实|失實|捏造|子虚乌有|子虛烏有|"
                        "无中生有|無中生有|假新闻|假新聞|假消息|假訊息|不符|并非事实|並非事實|不是事实|不是事實")
RUMOUR = re.compile("网传|網傳|传闻|傳聞|传言|傳言|据传|據傳|有报道|有報道|有報導|报道称|報道稱|報導稱|爆料|流传|流傳|"
                    "网友|網友|网民|網民|消息人士|知情人士|被指")
FINDING = re.compile("经查|經查|调查显示|調查顯示|调查发现|調查發現|查证|查證|核实|核實|证实|證實")
CONTRAST = re.compile("^[“「]?(?:但|然而|不过|不過|可是|却|卻)")
FALSE = re.compile("失实|不实|假消息|假新闻|假讯息|假信息|谣言|子虚乌有|捏造|无中生有|不属实|与事实不符|不符事实|"
                   "不符合事实|并非事实|不是事实|毫无根据|不准确|有误")
NEWS_CUE = re.compile("报道|报导|爆料|传|消息|曝")
NEWS_SRC = re.compile("《|报$|社$|台$|网$|媒体|消息人士|知情人士|网传|传言|传闻|报道|报导|爆料|外媒|网友")


CONTESTED = re.compile("|".join(json.loads(
    (Path(__file__).resolve().parents[1] / "sayso/lang/zh/denials.json").read_text())["contested_reports"]["words"]))


def bigrams(t: str) -> set[str]:
    return {t[k:k + 2] for k in range(len(t) - 1)
            if "\u4e00" <= t[k] <= "\u9fff" and "\u4e00" <= t[k + 1] <= "\u9fff"}


def locate(text: str, row: dict) -> int:
    for part in row["content"] + row["cue"]:
        if part and (k := text.find(part)) >= 0:
            return k
    return -1


def main(folder: str) -> None:
    feats: dict[str, Counter[str]] = {"disputed": Counter(), "other": Counter()}
    dist: Counter[str] = Counter()
    n = Counter()
    examples: list[str] = []
    for g in sorted(Path(folder).glob("*.gold.json")):
        d = json.loads(g.read_text())
        text = (g.parent / d["text_file"]).read_text()
        starts = [0] + [m.end() for m in SENT.finditer(text)]
        paras = [0] + [m.end() for m in re.finditer("\n", text)]
        rows = []
        for r in d["attributions"]:
            p = locate(text, r)
            if p < 0:
                continue
            si = sum(1 for x in starts if x <= p) - 1
            pi = sum(1 for x in paras if x <= p) - 1
            rows.append((r, p, si, pi))
        denies = [x for x in rows if x[0]["stance"] == "deny"]
        for r, p, si, pi in rows:
            if r["stance"] in ("deny", "ask") or r.get("optional"):
                continue
            cls = "disputed" if r["certainty"] == "disputed" else "other"
            n[cls] += 1
            spk = set(r["speaker"] or [])
            other = [x for x in denies if not (spk & set(x[0]["speaker"] or []))]
            f = feats[cls]
            content = "".join(r["content"])
            cb = bigrams(content)
            ctx = text[starts[si]:p + len(content)]
            if other:
                f["A any gold deny of another party in article"] += 1
                near = min(other, key=lambda x: abs(x[2] - si))
                dd = near[2] - si
                if cls == "disputed":
                    dist[("after " if dd >= 0 else "before ") + (str(abs(dd)) if abs(dd) < 4 else "4-9" if abs(dd) < 10 else "10+")] += 1
                for lim in (2, 5, 12):
                    if any(abs(x[2] - si) <= lim for x in other):
                        f[f"B deny of another party within {lim} sentences"] += 1
                if any(x[3] == pi for x in other):
                    f["C deny of another party in the same paragraph"] += 1
                for k in (2, 3):
                    if any(len(cb & bigrams("".join(x[0]["content"]))) >= k for x in other):
                        f[f"D deny of another party sharing >={k} bigrams"] += 1
                if any(len(cb & bigrams("".join(x[0]["content"]))) >= 2 and abs(x[2] - si) <= 12 for x in other):
                    f["D2 ... >=2 bigrams and within 12 sentences"] += 1
                for lim, k in ((3, 3), (5, 3), (3, 4)):
                    if any(abs(x[2] - si) <= lim and len(cb & bigrams("".join(x[0]["content"]))) >= k
                           for x in other):
                        f[f"N deny of another party within {lim} sentences sharing >={k} bigrams"] += 1
                if any(x[2] >= si and x[2] - si <= 3 and len(cb & bigrams("".join(x[0]["content"]))) >= 3
                       for x in other):
                    f["N2 ... a LATER deny within 3 sentences sharing >=3 bigrams"] += 1
                names = {w for x in other for w in (x[0]["speaker"] or []) + [x[0]["source"] or ""] if len(w) >= 2}
                if any(w in content for w in names):
                    f["E content names the denier (A accuses B / B denies)"] += 1
                    if any(x[2] > si for x in other):
                        f["E2 ... and the denial comes after"] += 1
                if any(x[2] > si for x in other) and RUMOUR.search(ctx + (r["source"] or "")):
                    f["F rumour/report words + a later denial of another party"] += 1
                if RUMOUR.search(ctx + (r["source"] or "")):
                    f["F2 rumour/report words + any denial of another party"] += 1
            if DENY_WORDS.search(text):
                f["G denial word anywhere in article"] += 1
            if DENY_WORDS.search(text[p:]):
                f["G2 denial word later in article"] += 1
            nxt = text[starts[si + 1]:starts[si + 2]] if si + 2 < len(starts) else ""
            if CONTRAST.search(nxt):
                f["H next sentence opens with 但/然而/却"] += 1
            if FINDING.search(text[p + len(content):]):
                f["I official-finding word (经查/调查显示/证实) later"] += 1
            if RUMOUR.search(ctx + (r["source"] or "")):
                f["J rumour/report words in the row's clause or source"] += 1
            simp = to_simplified(text)
            scue, ssrc = to_simplified("".join(r["cue"])), to_simplified(r["source"] or "")
            if NEWS_CUE.search(scue) or NEWS_SRC.search(ssrc):
                f["L news-like row (report cue or outlet/rumour source)"] += 1
                rest = simp[:p] + simp[p + len(content):]
                if FALSE.search(rest):
                    f["L2 ... and a falsity word (不实/谣言/假消息/不准确…) elsewhere in the article"] += 1
                if CONTESTED.search(to_simplified(ctx) + ssrc):
                    f["M contested report (denials.json contested_reports in its clause)"] += 1
                    if other:
                        f["M2 ... and a gold deny of another party"] += 1
            if r["stance"] in ("accuse", "condemn"):
                f["K accuse/condemn row"] += 1
                if other:
                    f["K2 accuse/condemn + gold deny of another party"] += 1
            if cls == "disputed" and not other:
                examples.append(f"{d['id']}: {r['source']} [{''.join(r['cue'])}] {content[:50]} | note: {r.get('note', '')[:80]}")
    print(f"rows (non-optional, not deny/ask): disputed {n['disputed']}, other {n['other']}\n")
    print("| evidence | disputed rows with it | other rows with it | precision |")
    print("|---|---|---|---|")
    for k in sorted(set(feats["disputed"]) | set(feats["other"])):
        a, b = feats["disputed"][k], feats["other"][k]
        print(f"| {k} | {a} ({100 * a / n['disputed']:.0f} %) | {b} | {100 * a / max(1, a + b):.0f} % |")
    print("\nnearest gold deny of another party: the denial N sentences after (before) the disputed row:")
    for k, v in sorted(dist.items()):
        print(f"- {k}: {v}")
    print(f"\ndisputed rows with no gold deny row of another party ({len(examples)}):")
    for e in examples:
        print("- " + e)


if __name__ == "__main__":
    main(sys.argv[1])
