"""Build `*.gold.json` files of the zh-news corpus from compact annotation files (`ann/<id>.ann`).

Why a compact source: writing gold JSON by hand invites typos in long Chinese spans; here each
attribution is one line, and every span is checked to be an exact substring of the article text
before the gold file is written (the guidelines in ../shared/eval/ANNOTATION.md require it).

`.ann` format (UTF-8):

    key: value            header lines until `---` (id, split, outlet, region, script, date,
                          genre, url, repository, path, commit, text_note)
    ---
    source | speakers | cues | contents | kind | stance | certainty | via | extras

- fields are separated by ` | `; list items inside a field by ` ; ` (ASCII, never in the texts);
- source `-` means null (据悉); empty via is `-`;
- kind: d / i / m (direct, indirect, mixed); certainty: as / rep / anon / unc / dis;
- extras (optional, space separated): `opt`, `p=N` (parent index), `sec=headline|commentary`,
  `note=free text to the end of the line`.
Lines starting with `#` are comments.

Usage: python evaldata/zh-news/build_gold.py [ID ...]   (default: every ann file)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"d": "direct", "i": "indirect", "m": "mixed"}
CERTAINTY = {"as": "asserted", "rep": "reported", "anon": "anonymous", "unc": "unconfirmed",
             "dis": "disputed"}
STANCES = {"assert", "deny", "accuse", "warn", "urge", "confirm", "ask", "condemn", "praise",
           "promise", "threaten"}
ORIGIN_KEYS = ("outlet", "region", "script", "date", "genre", "url", "repository", "path",
               "commit", "text_note")


def _items(field: str) -> list[str]:
    field = field.strip()
    if field in ("", "-"):
        return []
    return [part.strip() for part in field.split(" ; ") if part.strip()]


def parse(path: Path) -> tuple[dict[str, str], list[dict]]:
    """Read one `.ann` file into its header and its attribution dicts (gold format)."""
    header: dict[str, str] = {}
    rows: list[dict] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    body_at = lines.index("---")
    for line in lines[:body_at]:
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition(":")
            header[key.strip()] = value.strip()
    for number, line in enumerate(lines[body_at + 1:], start=body_at + 2):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split(" | ")
        if len(fields) < 8:
            raise SystemExit(f"{path}:{number}: expected at least 8 fields, got {len(fields)}")
        source, speakers, cues, contents, kind, stance, certainty, via = fields[:8]
        extras = " | ".join(fields[8:]).strip()
        if kind.strip() not in KINDS or certainty.strip() not in CERTAINTY:
            raise SystemExit(f"{path}:{number}: bad kind or certainty")
        if stance.strip() not in STANCES:
            raise SystemExit(f"{path}:{number}: bad stance {stance!r}")
        row: dict = {
            "source": None if source.strip() == "-" else source.strip(),
            "speaker": _items(speakers),
            "cue": _items(cues),
            "content": _items(contents),
            "kind": KINDS[kind.strip()],
            "via": _items(via),
            "stance": stance.strip(),
            "certainty": CERTAINTY[certainty.strip()],
            "section": "body",
        }
        note = ""
        if "note=" in extras:
            extras, _, note = extras.partition("note=")
        for flag in extras.split():
            if flag == "opt":
                row["optional"] = True
            elif flag.startswith("p="):
                row["parent"] = int(flag[2:])
            elif flag.startswith("sec="):
                row["section"] = flag[4:]
            else:
                raise SystemExit(f"{path}:{number}: unknown extra {flag!r}")
        if note.strip():
            row["note"] = note.strip()
        rows.append(row)
    return header, rows


def check(text: str, rows: list[dict], where: str) -> list[str]:
    """Every span must be an exact substring; contents must be locatable in list order."""
    problems = []
    cursor = 0
    for index, row in enumerate(rows):
        spans = [row["source"]] if row["source"] else []
        spans += row["cue"] + row["content"] + row["via"]
        for span in spans:
            if span not in text:
                problems.append(f"{where}: attribution {index}: not in text: {span!r}")
        if row["content"]:
            at = text.find(row["content"][0], cursor)
            if at < 0:
                problems.append(f"{where}: attribution {index}: content found only before the "
                                f"previous one (order): {row['content'][0][:20]!r}")
            else:
                cursor = at
        if "parent" in row:
            if not 0 <= row["parent"] < len(rows):
                problems.append(f"{where}: attribution {index}: parent out of range")
            elif not any(part in "".join(rows[row["parent"]]["content"])
                         for part in row["content"]):
                problems.append(f"{where}: attribution {index}: content not inside its parent's")
        if not row["speaker"] or not row["cue"] or not row["content"]:
            problems.append(f"{where}: attribution {index}: speaker, cue and content are required")
    return problems


def build(ann: Path) -> list[str]:
    header, rows = parse(ann)
    article_id = ann.stem
    split = header["split"]
    text_path = HERE / split / f"{article_id}.txt"
    text = text_path.read_text(encoding="utf-8")
    problems = check(text, rows, str(ann))
    gold = {
        "id": article_id,
        "language": "zh",
        "script": header.get("script", "Hans"),
        "text_file": text_path.name,
        "origin": {key: header[key] for key in ORIGIN_KEYS if header.get(key, "-") != "-"},
        "attributions": rows,
    }
    if not problems:
        out = text_path.with_name(f"{article_id}.gold.json")
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return problems


def main(argv: list[str]) -> int:
    anns = sorted((HERE / "ann").glob("*.ann"))
    if argv:
        anns = [a for a in anns if a.stem in argv]
    problems = [p for ann in anns for p in build(ann)]
    for problem in problems:
        print(problem)
    print(f"{len(anns)} annotation files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
