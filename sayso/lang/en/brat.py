"""PolNeAR brat standoff reader (Newell, Margolin & Ruths, LREC 2018).

Only what training and measuring the English extractor need: each article's text and its
attribution relations (`E` lines tying Source, Cue and Content text-bound annotations, possibly
discontinuous). An article annotated by several annotators (`NAME_<annotator>.ann`) is read
from the first file in sorted order, as `/work/shared/eval/README.md` prescribes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import InputError

Spans = tuple[tuple[int, int], ...]


@dataclass
class GoldAttribution:
    source: Spans = ()
    cue: Spans = ()
    content: Spans = ()


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def read_text(path: Path) -> str:
    """The article text as the plain-text reader gives it (CRLF -> LF, offsets unchanged otherwise)."""
    return path.read_text(encoding="utf-8").replace("\r\n", "\n")


def parse_ann(lines: list[str]) -> list[GoldAttribution]:
    """Attribution relations of one `.ann` file, in file order."""
    spans: dict[str, Spans] = {}
    result = []
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label_offsets = parts[1].split(" ", 1)
            if len(label_offsets) != 2:
                continue
            try:
                spans[parts[0]] = tuple(
                    (int(a), int(b)) for a, b in (p.split() for p in label_offsets[1].split(";"))
                )
            except ValueError:
                continue
        elif line.startswith("E") and len(parts) >= 2:
            gold = GoldAttribution()
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                role = role.rstrip("0123456789")
                sp = spans.get(ref, ())
                if role == "Source":
                    gold.source = sp
                elif role == "Cue":
                    gold.cue = sp
                elif role == "Content":
                    gold.content = tuple(sorted(gold.content + sp))
            if gold.content or gold.cue:
                result.append(gold)
    return result


def iter_articles(folder: str | Path) -> Iterator[GoldArticle]:
    """Articles of a PolNeAR split folder (`text/*.txt` + `attributions/*.ann`), sorted by name."""
    root = Path(folder)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(str(root), "not a PolNeAR split (needs text/ and attributions/)")
    first_ann: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        first_ann.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    for txt in sorted(text_dir.glob("*.txt")):
        ann = first_ann.get(txt.stem)
        if ann is None:
            continue
        text = read_text(txt)
        lines = ann.read_text(encoding="utf-8").splitlines()
        yield GoldArticle(txt.stem, text, parse_ann(lines))
