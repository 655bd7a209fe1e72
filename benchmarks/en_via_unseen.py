"""Via recall on outlets the gazetteer does not know: the gazetteer outlets that the gold vias
of the scored folders name are held out, and via precision/recall are measured again.

Why (issue #11, round 17): via recall on the open English pool was 88.8 but 53-65 on clean sets
of other outlets, where most missed vias were names the gazetteer lacks. Holding out the outlets
that the open gold names turns the open sets into a test of the channel grammar alone (frames
such as `told X`, `in an interview with X`, outlet-word heads such as `... Times`), which is
what carries to unseen outlets.

Usage:
    .venv/bin/python benchmarks/en_via_unseen.py FOLDER [FOLDER ...] [--errors] [--keep]
`--none` holds out every outlet (the channel grammar alone); `--keep` scores with the whole gazetteer (the same numbers as `en_via_score.py`). The held-out
list is read from the folders' gold, so only OPEN folders (tune/dev) may be given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import sayso.gazetteer as gz


def gold_via_texts(folders: list[Path]) -> list[str]:
    """Every via string of the gold files (`*.gold.json`) in `folders`."""
    texts: list[str] = []
    for folder in folders:
        for path in sorted(folder.glob("*.gold.json")):
            for attribution in json.loads(path.read_text("utf-8"))["attributions"]:
                texts.extend(attribution.get("via", []))
    return texts


def held_out_gazetteer(folders: list[Path], everything: bool = False) -> gz.Gazetteer:
    """The bundled gazetteer without the outlets that any gold via of `folders` names (with
    `everything`, without any outlet)."""
    full = gz.default_gazetteer()
    drop: set[str] = {o.id for o in full.outlets} if everything else set()
    for via in gold_via_texts(folders):
        for name in (via, via.removeprefix("the ").removeprefix("The ")):
            outlet = full.lookup(name)
            if outlet is not None:
                drop.add(outlet.id)
        for _s, _e, outlet in full.find_all(via):
            drop.add(outlet.id)
    kept = [o for o in full.outlets if o.id not in drop]
    print(f"held out {len(drop)} of {len(full.outlets)} gazetteer outlets", file=sys.stderr)
    return gz.Gazetteer(kept, blockers=full.blockers, suffix_guards=full.suffix_guards,
                        place_prefixes=full.place_prefixes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--none", action="store_true")
    args = ap.parse_args(argv)
    if not args.keep:
        # modules hold the bundled gazetteer object itself: it takes the held-out one's state
        full = gz.default_gazetteer()
        vars(full).update(vars(held_out_gazetteer(args.folders, args.none)))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from en_via_score import main as score

    return score([*map(str, args.folders), *(["--errors"] if args.errors else [])])


if __name__ == "__main__":
    raise SystemExit(main())
