"""Write judged.tsv from the system rows of main 58ac32c (dump.tsv) and the hand judgments.

`judgments.txt` lists, per row where the gold differs from the system's output at main
58ac32c, `page cue | gold source | gold speaker` (`=` keeps the system's span or entity
name, `-` marks a row that is no attribution, an empty gold source a speaker with no span of
its own). Every other row was read and found right as the system gave it.

    python benchmarks/data/zh_spk10/make_judged.py
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write_judged(folder: Path = HERE, keep: Callable[[dict], bool] | None = None) -> None:
    """`folder`'s dump.tsv + judgments.txt -> judged.tsv, only the rows `keep` accepts
    (benchmarks/data/zhcourt10 keeps its court rows)."""
    over: dict[tuple[str, str], tuple[str, str]] = {}
    for line in (folder / "judgments.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, src, spk = (x.strip() for x in line.split("|"))
        page, cue = key.split()
        over[(page, cue)] = (src, spk)
    with (folder / "dump.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    fields = list(rows[0])
    with (folder / "judged.tsv").open("w", encoding="utf-8") as f:
        w = csv.DictWriter(f, fields, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for r in rows:
            if keep is not None and not keep(r):
                continue
            src, spk = over.pop((r["page"], r["cue"]), ("=", "="))
            system_name = re.sub(r" \([a-z]+\)$", "", r["entity"])
            r["gold_source"] = r["source"] if src == "=" else src
            r["gold_speaker"] = system_name if spk == "=" else spk
            w.writerow(r)
    if over:
        raise SystemExit(f"judgments for rows not in dump.tsv: {sorted(over)}")


if __name__ == "__main__":
    write_judged()
