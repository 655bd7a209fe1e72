"""Check the entity gold: every mention of every entity is found, in order, in the text sayso reads.

Usage: python evaldata/entities/check.py [FOLDER ...]   (default: tune/ and test/ next to it)

The text is `sayso.read.read_path(<text_file>)[0].text` (for HTML: trafilatura's extraction),
the same text the scorer (`sayso.eval.entity_score`) aligns against. Exits 1 and names the
file, entity and mention on the first problem of each file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sayso.eval.entity_score import load_entity_gold
from sayso.model import ENTITY_TYPES
from sayso.read import read_path

ORIGIN_KEYS = ("outlet", "region", "script", "date", "genre")


def check_file(gold_path: Path) -> list[str]:
    """Problems of one `<id>.entities.json` (empty when it is fine)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems = [f"origin lacks {k!r}" for k in ORIGIN_KEYS if k not in gold.get("origin", {})]
    text_path = gold_path.parent / gold["text_file"]
    if not text_path.exists():
        return [*problems, f"text file {gold['text_file']} is missing"]
    text = read_path(text_path)[0].text
    names = [e["name"] for e in gold["entities"]]
    problems += [f"entity {n!r} listed twice" for n in set(names) if names.count(n) > 1]
    for e in gold["entities"]:
        if e["type"] not in ENTITY_TYPES:
            problems.append(f"entity {e['name']!r}: unknown type {e['type']!r}")
        if not e["mentions"]:
            problems.append(f"entity {e['name']!r}: no mentions")
    try:
        entities = load_entity_gold(gold, text)
    except ValueError as err:
        return [*problems, str(err)]
    seen: dict[tuple[int, int], str] = {}
    for e in entities:
        for m in e.mentions:
            other = seen.setdefault((m.start, m.end), e.name)
            if other != e.name:
                problems.append(f"mention {m.text!r} at {m.start} given to {other!r} and {e.name!r}")
    return problems


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    folders = [Path(a) for a in argv] or [here / "tune", here / "test"]
    bad = 0
    n_files = n_entities = n_mentions = 0
    for folder in folders:
        for gold_path in sorted(folder.glob("*.entities.json")):
            problems = check_file(gold_path)
            for p in problems:
                print(f"{gold_path}: {p}")
            bad += bool(problems)
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            n_files += 1
            n_entities += len(gold["entities"])
            n_mentions += sum(len(e["mentions"]) for e in gold["entities"])
    print(f"{n_files} files, {n_entities} entities, {n_mentions} mentions, {bad} with problems")
    return 1 if bad or not n_files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
