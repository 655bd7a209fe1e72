"""Build gold files for a second annotation kept outside `evaldata/` (the IAA study, round 13).

Why: the corpus builders write next to the corpus texts; an agreement study needs the second
annotator's gold in its own folder. This reuses each builder's own parser and span checks.

Usage: python benchmarks/data/iaa13/build.py en|zh FOLDER
  FOLDER holds `<id>.txt` and `ann/<id>.ann`; writes `FOLDER/<id>.gold.json`.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]


def _builder(lang: str) -> ModuleType:
    """The corpus builder module of one language, loaded from its file."""
    path = ROOT / "evaldata" / f"{lang}-news" / "build_gold.py"
    spec = importlib.util.spec_from_file_location(f"build_gold_{lang}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(lang: str, folder: Path) -> list[str]:
    """Write every gold file of `folder`; return the problems found (none written for those)."""
    b = _builder(lang)
    problems: list[str] = []
    for ann in sorted((folder / "ann").glob("*.ann")):
        txt = folder / f"{ann.stem}.txt"
        text = txt.read_text(encoding="utf-8")
        gold: dict = {"id": ann.stem, "language": lang, "text_file": txt.name}
        if lang == "en":
            items, _ = b.annotations(ann)
            gold["attributions"] = b.resolve(text, items)
        else:
            header, rows = b.parse(ann)
            found = b.check(text, rows, str(ann))
            if found:
                problems += found
                continue
            gold["script"] = header.get("script", "Hans")
            gold["attributions"] = rows
        out = folder / f"{ann.stem}.gold.json"
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{out}: {len(gold['attributions'])} attributions")
    return problems


if __name__ == "__main__":
    found = build(sys.argv[1], Path(sys.argv[2]))
    print("\n".join(found) or "0 problems")
    sys.exit(1 if found else 0)
