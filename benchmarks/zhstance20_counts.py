"""Count, on open Chinese gold, how often each candidate stance trigger fires and with which gold
stance: the precision of a content rule before it is written (brief zhstance20, step 1).

    python benchmarks/zhstance20_counts.py dump /work/r20/sets/zhopen20 /tmp/zhopen20-pairs.json
    python benchmarks/zhstance20_counts.py count /tmp/zhopen20-pairs.json [--show NAME]

`dump` runs the system once over an OPEN folder and stores, per matched pair, the gold and
predicted stance, the cue, the system's content (folded to simplified) and the sentence before
the cue; it also stores every gold attribution's own content. `count` then tries the triggers of
`TRIGGERS` over both: (a) gold rows whose gold content fires, by gold stance (how often the
trigger occurs in gold `assert` rows); (b) matched pairs the system calls assert whose system
content fires, by gold stance (what the rule would change). Open sets only (COMMON.md)."""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from sayso.text import to_simplified

# name -> (regex on the content, regex on the cue and the clause before it or None)
NEG = "(?:并无|并没有|并未|没有|从未|从来没有|未曾|绝无|毫无|并非|并不|没|未)"
TRIGGERS: dict[str, tuple[str, str | None]] = {
    # deny, built (denials.json stance_only_patterns / certainty.py `_names_false_report`)
    "deny:own-emphatic-opening (built)": ("^[“「『\"]?(?:自己|我们|我|本人)?(?:亦|也|都|均|根本|从来|绝对|确实|的确)?"
                                          "(?:并无|并没有|绝无|并非(?![不只唯首第全所每一]))", None),
    "deny:involvement-denied (built)": ("^[“「『\"]?(?:自己|我们|我|本人|他们|他|她)?(?:亦|也|都|均|根本|从来|绝对|确实|的确|当时|一直)?"
                                       "(?:没有|未有|没|未曾|从没有?|从无)(?:参与|介入|涉及|涉足|插手|干涉|干预|推人|推过|打人|殴打"
                                       "|袭击|施压|下令|指使|收受|收取|被要求|答应|承诺过)", None),
    "deny:but-not-discussed (built)": ("(?:但|但是|却)(?:并)?(?:没有|未|并未|从未)(?:讨论|谈及|提及|涉及)", None),
    "deny:no-sign (built)": ("没有迹象(?:表明|显示)|并无迹象", None),
    "deny:never-and-never (built)": ("(?:不曾|从来没有)[、，,]?(?:也|亦|且|并且)(?:永远|绝)?不会", None),
    "deny:false-report-noun (built)": ("不实(?=[新讯信消报言传指说])|失实(?=报)", None),
    # deny, tried and left out
    "deny:emphatic-first-clause-any-subject": ("^[“「『]?[^，,。；;！？]{0,20}(?:并无|并没有|从未|绝无|从来没有|未曾)", None),
    "deny:clarify-frame+neg": (NEG, "澄清|回应|回覆|回复|强调"),
    "deny:received-any-position": ("(?:没有|并未|从未|未曾|并没有|未)(?:收到|接到|获悉|接获|参与|介入|讨论|提及|谈及|见过"
                                   "|会见|质疑)", None),
    "deny:dont-know-what": ("不知道[^，,。]{0,12}(?:在说什么|说什么|指什么)", None),
    "deny:no-problem": ("(?:无问题|没有问题|没问题|并无问题)", None),
    "deny:is-not-comma": ("是[^，,。；;]{2,20}[，,](?:而)?(?:不是|并非|而非)", None),
    "deny:not-but-comma": ("(?:不是|并非|并不是)[^。；;！？]{1,30}[，,](?:而是|而系)", None),
    # urge, built (content_stances) and tried
    "urge:prohibition (built)": ("切勿|请勿|千万别|千万不要|切忌|务请", None),
    "urge:call-inside": ("呼吁|敦促|促请|要求", None),
    "urge:must-verb": ("必须|应该|应当", None),
    "urge:had-better": ("(?<![的最])最好(?!的|是|成绩|球员|水平|时期|状态|办法)", None),
    # promise
    "promise:will-continue": ("(?:将|会)继续", None),
    "promise:will-firmly": ("(?:会|将)(?:坚决|坚定|全力|尽力|努力|仔细|认真)", None),
    # accuse, built (accuse_markers) and tried
    "accuse:abuse-of-power (built)": ("滥权|滥捕|滥暴|唱衰", None),
    "accuse:suspect": ("涉嫌|涉犯|罪嫌", None),
    "accuse:collude": ("勾结|勾串|串通|造假|欺骗|故意|蓄意|泄露|操纵", None),
}


def dump(folder: str, out: str) -> None:
    from rich.progress import Progress

    from sayso.eval.command import evaluate_path

    with Progress(transient=True) as progress:
        es = evaluate_path(folder, progress)
    pairs, gold_rows = [], []
    for r in es.results:
        name = r.case.text_path.name
        raw = to_simplified(r.analysis.document.text)
        for g in r.gold.attributions:
            gold_rows.append({"file": name, "gold": g.stance,
                              "cue": to_simplified(" ".join(c.text for c in g.cue)),
                              "content": to_simplified("".join(c.text for c in g.content))})
        for pair in r.score.pairs:
            g = r.gold.attributions[pair.gold]
            p = r.analysis.attributions[pair.pred]
            if not g.stance:
                continue
            cue0 = p.cue[0].start if p.cue else 0
            sent = max(raw.rfind(x, 0, cue0) for x in "。！？!?\n") + 1
            pairs.append({"file": name, "gold": g.stance, "pred": p.stance,
                          "src": p.source.text if p.source else None,
                          "cue": to_simplified(" ".join(c.text for c in p.cue)),
                          "frame": raw[sent:cue0] + " ".join(c.text for c in p.cue),
                          "content": to_simplified("".join(c.text for c in p.content))})
    Path(out).write_text(json.dumps({"pairs": pairs, "gold": gold_rows}, ensure_ascii=False))


def fires(row: dict, content_rx: re.Pattern[str], frame_rx: re.Pattern[str] | None, key: str) -> bool:
    if frame_rx is not None and not frame_rx.search(row.get(key, row["cue"])):
        return False
    return content_rx.search(row["content"]) is not None


def count(path: str, show: str | None) -> None:
    data = json.loads(Path(path).read_text())
    print("| trigger | gold rows firing: gold stance counts | system-assert pairs firing: gold stance |")
    print("| --- | --- | --- |")
    for name, (c_rx, f_rx) in TRIGGERS.items():
        crx, frx = re.compile(c_rx), re.compile(f_rx) if f_rx else None
        g = Counter(r["gold"] for r in data["gold"] if fires(r, crx, frx, "cue"))
        hit = [r for r in data["pairs"] if r["pred"] == "assert" and fires(r, crx, frx, "frame")]
        p = Counter(r["gold"] for r in hit)
        fmt = lambda c: ", ".join(f"{k} {n}" for k, n in c.most_common())  # noqa: E731
        print(f"| {name} | {fmt(g)} | {fmt(p)} |")
        if show and show == name:
            for r in hit:
                print(f"    {r['gold']:8} {r['file']} {r['src']} [{r['frame'][-30:]}] {r['content'][:160]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("folder")
    d.add_argument("out")
    c = sub.add_parser("count")
    c.add_argument("dump")
    c.add_argument("--show")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.folder, args.out)
    else:
        count(args.dump, args.show)


if __name__ == "__main__":
    main()
