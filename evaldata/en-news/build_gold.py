"""Build the en-news gold files (`<split>/<id>.gold.json`) from the annotation sources in `ann/`.

Why a builder: typing curly quotes and long quotations by hand is where gold files go wrong. Each
`ann/<id>.ann` holds `A(...)` calls in reading order (Python call syntax, run by this script with `A`
bound to a collector; `x = A(...)` gives the index to pass as `parent=x`); this script resolves every
string to an EXACT substring of the article text and refuses to write a gold file when one is not
found. `A(source, speaker, cue, content, k="d|i|m", stance=, certainty=, via=, parent=, optional=,
section=, note=)`: speaker is "Canonical | alias | ..."; cue/content/via a string or a list.

Conveniences (resolved to the article's own characters before writing):
- straight quotes in an annotation match curly ones in the text (' matches ’ ‘, " matches “ ”);
- a string "BEGIN ... END" stands for the span from BEGIN to the next END (long quotations).

Run: python evaldata/en-news/build_gold.py [ID ...]   (all articles when no ID is given)
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
KINDS = {"d": "direct", "i": "indirect", "m": "mixed"}
# A via is the channel's name: a leading determiner is not part of it ("told the BBC" -> "BBC").
DETERMINER = re.compile(r"^(?:the|a|an|their|its|his|her)\s+", re.IGNORECASE)
# Pronouns are never speaker aliases: speaker-correct must require resolving them (issue #11).
PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "i", "we",
            "you", "who", "which"}
ELLIPSIS = " ... "


class Annotation:
    """One `A(...)` call, resolved against the text by `resolve`."""

    def __init__(self, source: str | None, speaker: str, cue: str | list[str],
                 content: str | list[str], k: str = "i", stance: str = "assert",
                 certainty: str = "asserted", via: str | list[str] = (), parent: int | None = None,
                 optional: bool = False, section: str | None = None, note: str | None = None):
        aliases = [s.strip() for s in speaker.split("|")]
        self.raw = dict(source=source, speaker=[s for s in aliases if s.lower() not in PRONOUNS],
                        cue=[cue] if isinstance(cue, str) else list(cue),
                        content=[content] if isinstance(content, str) else list(content),
                        kind=KINDS[k], via=[via] if isinstance(via, str) else list(via),
                        stance=stance, certainty=certainty, parent=parent, optional=optional,
                        section=section, note=note)


def find(text: str, folded: str, needle: str, start: int) -> tuple[int, int]:
    """Offsets of `needle` (quotes folded; BEGIN ... END expanded) at/after `start`, else anywhere."""
    if ELLIPSIS in needle:
        head, tail = needle.split(ELLIPSIS, 1)
        i, _ = find(text, folded, head, start)
        _, j = find(text, folded, tail, i)
        return i, j
    n = needle.translate(FOLD)
    i = folded.find(n, start)
    if i < 0:
        i = folded.find(n)
    if i < 0:
        raise LookupError(f"not found: {needle!r}")
    return i, i + len(n)


def nearest(text: str, folded: str, needle: str, anchor: int) -> str:
    """The exact characters of the occurrence of `needle` (quotes folded) nearest to `anchor`."""
    n = needle.translate(FOLD)
    hits, i = [], folded.find(n) if n else -1
    while i >= 0:
        hits.append(i)
        i = folded.find(n, i + 1)
    if not hits:
        raise LookupError(f"not found: {needle!r}")
    k = min(hits, key=lambda h: abs(h - anchor))
    return text[k:k + len(n)]


def resolve(text: str, items: list[Annotation]) -> list[dict[str, Any]]:
    """Exact strings for every annotation, in the gold format's key order."""
    folded = text.translate(FOLD)
    headline_end = text.find("\n")
    out = []
    cursor = 0
    for n, item in enumerate(items):
        a = item.raw
        try:
            spans = []
            pos = cursor
            for part in a["content"]:
                i, j = find(text, folded, part, pos)
                spans.append((i, j))
                pos = j
            cursor = spans[0][0]

            def near(s: str, anchor: int = spans[0][0]) -> str:
                return nearest(text, folded, s, anchor)

            rec: dict[str, Any] = {
                "source": near(a["source"]) if a["source"] else None,
                "speaker": a["speaker"],
                "cue": [near(c) for c in a["cue"]],
                "content": [text[i:j] for i, j in spans],
                "kind": a["kind"],
                "via": [DETERMINER.sub("", near(v)) for v in a["via"]],
                "stance": a["stance"],
                "certainty": a["certainty"],
                "section": a["section"] or ("headline" if spans[0][0] < headline_end else "body"),
            }
        except LookupError as e:
            raise SystemExit(f"attribution {n} ({a['content'][0][:40]!r}): {e}") from None
        if a["parent"] is not None:
            rec["parent"] = a["parent"]
        if a["optional"] or rec["section"] == "headline":
            rec["optional"] = True
        if a["note"]:
            rec["note"] = a["note"]
        out.append(rec)
    return out


def origin(row: dict[str, str]) -> dict[str, str]:
    """The gold file's `origin` block from the article's row in articles.tsv."""
    o = {"outlet": row["outlet"], "region": row["region"], "script": "Latn",
         "date": row["date"].rstrip("~"), "genre": f"{row['type']}; {row['genre']}",
         "url": row["url"], "repository": row["repository"], "path": row["path"],
         "commit": row["commit"]}
    if not o["url"]:
        del o["url"]
    if row["date"].endswith("~"):
        o["date_note"] = "approximate: the text carries no date; dated from its events and its source"
    return o


def annotations(ann: Path) -> tuple[list[Annotation], dict[str, Any]]:
    """The `A(...)` calls of one annotation source, in order, and its namespace."""
    items: list[Annotation] = []
    env: dict[str, Any] = {"A": lambda *a, **k: items.append(Annotation(*a, **k)) or len(items) - 1}
    exec(compile(ann.read_text(encoding="utf-8"), str(ann), "exec"), env)
    return items, env


def build(row: dict[str, str]) -> Path | None:
    """Write `<split>/<id>.gold.json` for one row of articles.tsv (None when not annotated yet)."""
    ann = HERE / "ann" / f"{row['id']}.ann"
    if not ann.exists():
        return None
    items, env = annotations(ann)
    txt = HERE / row["split"] / f"{row['id']}.txt"
    text = txt.read_text(encoding="utf-8")
    gold = {"id": row["id"], "language": "en", "text_file": txt.name, "origin": origin(row),
            "attributions": resolve(text, items)}
    if env.get("PROVENANCE"):
        gold["provenance"] = env["PROVENANCE"]
    out = txt.with_name(f"{row['id']}.gold.json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def main(argv: list[str]) -> int:
    with open(HERE / "articles.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        if argv and row["id"] not in argv:
            continue
        out = build(row)
        if out:
            n = len(json.loads(out.read_text(encoding="utf-8"))["attributions"])
            print(f"{out.relative_to(HERE)}: {n} attributions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
