"""Write judged.tsv (court rows only) from the system rows of main 73c9343 (dump.tsv) and the hand judgments.

`judgments.txt` lists, per row where the gold differs from the system's output at main
73c9343, `page cue | gold source | gold speaker` (`=` keeps the system's span or entity
name, `-` marks a row that is no attribution, an empty gold source a speaker with no span of
its own). Every other row was read and found right as the system gave it.

    python benchmarks/data/zh_spk10/make_judged.py
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The judged subset: rows whose source names a court role (judge, counsel, party, jury).
COURT = re.compile("官|法官|裁判|控方|辯方|辩方|律師|律师|被告|主控|審判|审判|法醫|法医|法庭|判詞|判词|陪審|陪审|大狀")


def main() -> None:
    over: dict[tuple[str, str], tuple[str, str]] = {}
    for line in (HERE / "judgments.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, src, spk = (x.strip() for x in line.split("|"))
        page, cue = key.split()
        over[(page, cue)] = (src, spk)
    with (HERE / "dump.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    fields = list(rows[0])
    with (HERE / "judged.tsv").open("w", encoding="utf-8") as f:
        w = csv.DictWriter(f, fields, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for r in rows:
            if not COURT.search(r["source"]):
                continue
            src, spk = over.pop((r["page"], r["cue"]), ("=", "="))
            system_name = re.sub(r" \([a-z]+\)$", "", r["entity"])
            r["gold_source"] = r["source"] if src == "=" else src
            r["gold_speaker"] = system_name if spk == "=" else spk
            w.writerow(r)
    if over:
        raise SystemExit(f"judgments for rows not in dump.tsv: {sorted(over)}")


if __name__ == "__main__":
    main()
