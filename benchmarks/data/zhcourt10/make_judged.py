"""Write judged.tsv (court rows only) from the system rows of main 73c9343 (dump.tsv) and the
hand judgments, with zh_spk10's writer (the same `judgments.txt` format: per row where the gold
differs from the system's output, `page cue | gold source | gold speaker`; `=` keeps the
system's span or entity name, `-` marks a row that is no attribution).

    python benchmarks/data/zhcourt10/make_judged.py
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The judged subset: rows whose source names a court role (judge, counsel, party, jury).
COURT = re.compile("官|法官|裁判|控方|辯方|辩方|律師|律师|被告|主控|審判|审判|法醫|法医|法庭|判詞|判词|陪審|陪审|大狀")


def main() -> None:
    spec = importlib.util.spec_from_file_location("zh_spk10_make_judged",
                                                  HERE.parent / "zh_spk10" / "make_judged.py")
    writer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(writer)
    writer.write_judged(HERE, keep=lambda row: bool(COURT.search(row["source"])))


if __name__ == "__main__":
    main()
