"""Precision of `disputes.contested_reports_answered` read on gold rows (endisp19b): every gold
row with a `contested_reports` marker in its sentence, no negation in its content, and a gold
`deny` row of a named other source within `CONTESTED_REACH` sharing N content-word stems; counts
the gold certainty of such rows (benchmarks/data/endisp19b/README.md).

Usage: PYTHONPATH=. python benchmarks/en_contested_precision.py OPEN_SET_FOLDER N
(only an OPEN set: it reads gold).
"""
from __future__ import annotations

import glob
import json
import re
import sys

from sayso.lang.en import disputes
from sayso.lang.en.certainty import certainty_words


def marked(text: str, row: dict) -> bool:
    """Whether a contested marker stands in the row's sentence, up to its content, cue or source."""
    at = row["_at"]
    cues = [text.find(c) for c in row.get("cue", []) if text.find(c) >= 0]
    lo = min([at, *cues])
    opening = max(text.rfind(". ", 0, lo), text.rfind("\n", 0, lo)) + 1
    parts = [*row.get("cue", []), row.get("source") or ""]
    ends = [at + len(row["content"][0])] + [text.find(x, opening) + len(x) for x in parts
                                            if x and text.find(x, opening) >= 0]
    hi = max(e for e in ends if e - opening < 600)
    clause = " ".join(text[opening:hi].lower().split())
    return any(re.search(rf"\b{re.escape(m)}\b", clause) for m in certainty_words().contested_reports)


def main(folder: str, shared: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for g in sorted(glob.glob(folder + "/*.gold.json")):
        text = open(g.replace(".gold.json", ".txt"), encoding="utf-8").read()
        rows = json.load(open(g, encoding="utf-8"))["attributions"]
        for r in rows:
            r["_at"] = text.find(r["content"][0]) if r.get("content") else -1
        for a in rows:
            said = " ".join(a.get("content", []))
            if a["_at"] < 0 or a["stance"] in ("deny", "ask") or disputes.NEGATION.search(said) or not marked(text, a):
                continue
            stems = disputes.content_stems(said)
            for d in rows:
                if d is a or d["stance"] != "deny" or d["_at"] < 0 or not d.get("source") \
                        or d["certainty"] == "anonymous" or d["source"].lower() in disputes.PRONOUN_SOURCES \
                        or d["source"] == a.get("source") or abs(d["_at"] - a["_at"]) > disputes.CONTESTED_REACH:
                    continue
                k = len(stems & disputes.content_stems(" ".join(d["content"])))
                if k >= shared:
                    counts[a["certainty"]] = counts.get(a["certainty"], 0) + 1
                    print(g.rsplit("/", 1)[-1], a["certainty"], k, "|", a.get("source"), "|", said[:80],
                          "<-", d["source"])
                    break
    print(shared, counts)
    return counts


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
