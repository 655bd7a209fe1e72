"""Generalisation test of English channels: hide half of the outlet gazetteer and count how many
of the vias the full gazetteer gives are still found by their frame alone.

Round 27 (envia27): the clean pools (outlets new to the corpus) lose far more vias than the open
pool. Unseen outlets are outlets the gazetteer lacks; hiding a fixed half of it (by a hash of the
outlet's id) simulates them on broad text. Run `en_attr_breadth.py --via` once with the full
gazetteer (OUT_FULL), then this script: it runs the same lines with the hidden half and prints,
for every via of OUT_FULL naming a hidden outlet, whether the article still has a line with it.

Usage: PYTHONPATH=CHECKOUT python benchmarks/en_via_hidden.py OUT_FULL OUT_HIDDEN DIR ...
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from collections import Counter
from pathlib import Path


def hidden(outlet: object) -> bool:
    """The fixed half of the gazetteer hidden (by a CRC of the outlet's id)."""
    return zlib.crc32(outlet.id.encode()) % 2 == 0  # type: ignore[attr-defined]


def hide_outlets(which: str = "half") -> None:
    """Hide the gazetteer's outlets from every later lookup in this process: `half` (the fixed
    half `hidden` names) or `all` (`en_via_census.py --hide all`)."""
    from sayso import gazetteer

    lookup, find_all = gazetteer.Gazetteer.lookup, gazetteer.Gazetteer.find_all

    def gone(o: object) -> bool:
        return which == "all" or hidden(o)

    gazetteer.Gazetteer.lookup = lambda self, name: (  # type: ignore[method-assign]
        None if (o := lookup(self, name)) is not None and gone(o) else o)
    gazetteer.Gazetteer.find_all = lambda self, text: [  # type: ignore[method-assign]
        x for x in find_all(self, text) if not gone(x[2])]


def main() -> None:
    from sayso import gazetteer

    full_out, hidden_out, *folders = sys.argv[1:]
    full = json.loads(Path(full_out).read_text("utf-8"))
    g = gazetteer.default_gazetteer()
    known = {}
    for lines in full.values():
        for line in lines:
            for v in re.findall(r"\[(.*?)\]", line)[:1]:
                for name in filter(None, v.split(", ")):
                    known[name] = g.lookup(name)
    hide_outlets("half")
    sys.argv = [sys.argv[0], hidden_out, *folders, "--via"]
    sys.path.insert(0, str(Path(__file__).parent))
    import en_attr_breadth
    en_attr_breadth.main()
    new = json.loads(Path(hidden_out).read_text("utf-8"))
    kept, lost = Counter(), []
    for path, lines in full.items():
        after = " ".join(new.get(path, []))
        for line in lines:
            vias = re.findall(r"\[(.*?)\]", line)[:1]
            for name in filter(None, vias[0].split(", ") if vias else []):
                o = known.get(name)
                if o is None or not hidden(o):
                    continue
                ok = f"[{name}" in after or f", {name}" in after
                kept[ok] += 1
                if not ok:
                    lost.append(f"{Path(path).name}: {line[:200]}")
    print(f"vias naming a hidden outlet: {sum(kept.values())}, still found: {kept[True]}, lost: {kept[False]}")
    print("\n".join(lost))


if __name__ == "__main__":
    main()
