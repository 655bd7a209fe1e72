"""Gold loaders: sayso `*.gold.json` files, brat standoff (PolNeAR layout or flat folders) and
Label Studio task lists (`labelstudio.py`).

Gold is always located in the text of the ANALYSED document (`Document.text`, after a reader
has removed markup), never in the raw file, so that gold and predicted offsets are comparable.

- sayso gold gives strings, not offsets. They are located as `shared/eval/README.md` says: in
  order of appearance, each attribution's content at the first occurrence at or after the
  previous attribution's content start (start, not end, so that a nested attribution inside its
  parent's content is found), else the first occurrence anywhere. Source, cue and via strings are
  located nearest to their content: the closest occurrence in the same line (paragraph) that
  does not overlap the content, else the first occurrence in the text.
- brat gives offsets into the raw file. The plain-text reader only turns CRLF/CR into LF, so
  offsets are mapped through that change and each span text is checked against the document;
  a mismatch raises `InputError` naming the annotation.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import SECTION_KINDS, Analysis, Attribution, Document, Entity, EntitySpan, Span
from .records import BRAT, LABELSTUDIO, SAYSO, GoldAttribution, GoldDocument, GoldSection


@dataclass
class GoldCase:
    """One article to evaluate: its text file and how to build its gold from the read text."""

    id: str
    text_path: Path
    gold_path: Path
    scheme: str
    text_format: str | None = None
    index: int = 0  # the task's position in a Label Studio task list
    convention: str = "contract"  # see GoldDocument.convention

    def read(self) -> Document:
        """The article's document, read exactly as `sayso analyze` reads it."""
        from ..read import read_path

        if self.scheme == LABELSTUDIO:
            from .labelstudio import task_document

            return task_document(self.gold_path, self.index, self.id)
        docs = read_path(self.text_path, format=self.text_format) if self.text_format \
            else read_path(self.text_path)
        if not docs:
            raise InputError(str(self.text_path), "no article found")
        doc = docs[0]
        doc.id = self.id
        return doc

    def load(self, document: Document) -> GoldDocument:
        """The gold located in `document` (the analysed text)."""
        if self.scheme == SAYSO:
            return load_sayso_gold(self.gold_path, document)
        if self.scheme == LABELSTUDIO:
            from .labelstudio import load_labelstudio_gold

            return load_labelstudio_gold(self.gold_path, self.index, document)
        gold = load_brat_gold(self.gold_path, document, self.text_path)
        gold.convention = self.convention
        return gold


# --------------------------------------------------------------------------- discovery

def discover(path: str | Path) -> list[GoldCase]:
    """Gold cases in a folder: sayso gold files, a PolNeAR layout, or flat brat files.

    Raises InputError when the folder holds none of these.
    """
    root = Path(path)
    if not root.exists():
        raise InputError(str(path), "no such file or folder")
    if root.is_file():
        if root.name.endswith(".gold.json"):
            return [_sayso_case(root)]
        if root.suffix == ".ann":
            return _flat_brat_cases([root])
        if root.suffix == ".json":
            return _labelstudio_cases(root)
        raise InputError(str(path), "not a gold file (*.gold.json, *.ann, a Label Studio "
                                    "task list) nor a gold folder")
    golds = sorted(root.glob("*.gold.json"))
    if golds:
        return [_sayso_case(g) for g in golds]
    if (root / "text").is_dir() and (root / "attributions").is_dir():
        return _polnear_cases(root)
    anns = sorted(root.glob("*.ann"))
    if anns:
        return _flat_brat_cases(anns)
    from .labelstudio import is_task_list

    task_lists = [p for p in sorted(root.glob("*.json")) if is_task_list(p)]
    if task_lists:
        return [c for p in task_lists for c in _labelstudio_cases(p)]
    raise InputError(str(path), "no gold found (*.gold.json, *.ann beside *.txt, "
                                "text/ + attributions/, or a Label Studio task list)")


def _labelstudio_cases(path: Path) -> list[GoldCase]:
    from .labelstudio import task_id, tasks

    return [GoldCase(task_id(path, i), path, path, LABELSTUDIO, index=i)
            for i in range(len(tasks(path)))]


def _sayso_case(gold_path: Path) -> GoldCase:
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(gold_path), f"unreadable gold file: {exc}") from None
    if not isinstance(data, dict) or "attributions" not in data:
        raise InputError(str(gold_path), "not a sayso gold file (no 'attributions')")
    stem = gold_path.name[: -len(".gold.json")]
    text_file = data.get("text_file")
    text_path = gold_path.parent / text_file if text_file else _find_text(gold_path.parent, stem)
    if text_path is None or not text_path.exists():
        raise InputError(str(gold_path), f"text file {text_file or stem + '.*'} not found")
    return GoldCase(str(data.get("id") or stem), text_path, gold_path, SAYSO)


def _find_text(folder: Path, stem: str) -> Path | None:
    for ext in (".md", ".txt", ".html", ".htm"):
        if (folder / (stem + ext)).exists():
            return folder / (stem + ext)
    return None


def _polnear_cases(root: Path) -> list[GoldCase]:
    """PolNeAR: `text/NAME.txt` + `attributions/NAME_<annotator>.ann` (or `NAME.ann`).

    With several annotators for one article, the first file in sorted order is used.
    """
    texts = {p.stem: p for p in (root / "text").glob("*.txt")}
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        stem = ann.stem
        name = stem if stem in texts else stem.rsplit("_", 1)[0]
        if name not in texts:
            raise InputError(str(ann), f"no text/{name}.txt for this annotation file")
        chosen.setdefault(name, ann)
    return [GoldCase(name, texts[name], ann, BRAT, "text", convention="polnear")
            for name, ann in sorted(chosen.items())]


def _flat_brat_cases(anns: list[Path]) -> list[GoldCase]:
    cases = []
    for ann in anns:
        txt = ann.with_suffix(".txt")
        if not txt.exists():
            raise InputError(str(ann), f"no {txt.name} beside this annotation file")
        # `sayso export` writes annotation.conf beside contract-convention spans; other flat
        # brat is taken as PolNeAR's.
        exported = (ann.parent / "annotation.conf").exists()
        cases.append(GoldCase(ann.stem, txt, ann, BRAT, "text",
                              convention="contract" if exported else "polnear"))
    return cases


# --------------------------------------------------------------------------- locating strings

def find_all(text: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of `needle` in `text`."""
    if not needle:
        return []
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, (len(text) if hi < 0 else hi)


def locate_content(text: str, parts: list[str], cursor: int) -> tuple[list[Span], list[str]]:
    """Content parts in order: the first at or after `cursor` (else anywhere), each next part
    after the previous one (else anywhere). Returns the spans and the strings not found."""
    spans: list[Span] = []
    missing: list[str] = []
    pos = cursor
    for part in parts:
        if not part:
            continue
        i = text.find(part, pos)
        if i < 0:
            i = text.find(part)
        if i < 0:
            missing.append(part)
            continue
        spans.append(Span.at(text, i, i + len(part)))
        pos = i + len(part)
    return spans, missing


def locate_near(text: str, needle: str, anchor: list[Span], cursor: int = 0) -> Span | None:
    """`needle` nearest to the anchor spans (its content): the closest occurrence in the same
    line(s) that does not overlap the anchor; else the first occurrence (at or after `cursor`
    when there is no anchor)."""
    starts = find_all(text, needle)
    if not starts:
        return None
    n = len(needle)
    if anchor:
        a_start = min(s.start for s in anchor)
        a_end = max(s.end for s in anchor)
        lo, hi = _line_bounds(text, a_start, a_end)
        same_line = [i for i in starts if lo <= i and i + n <= hi]
        clear = [i for i in same_line
                 if not any(i < s.end and s.start < i + n for s in anchor)]
        pool = clear or same_line
        if pool:
            best = min(pool, key=lambda i: (max(0, a_start - (i + n), i - a_end), i))
            return Span.at(text, best, best + n)
        return Span.at(text, starts[0], starts[0] + n)
    after = [i for i in starts if i >= cursor]
    i = after[0] if after else starts[0]
    return Span.at(text, i, i + n)


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v]


# --------------------------------------------------------------------------- sayso gold

def load_sayso_gold(gold_path: Path, document: Document) -> GoldDocument:
    """Locate a `*.gold.json` in `document.text` (see the module docstring)."""
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    text = document.text
    problems: list[str] = []
    items: list[GoldAttribution] = []
    cursor = 0
    attributions = data.get("attributions")
    for n, a in enumerate(attributions if isinstance(attributions, list) else []):
        if not isinstance(a, dict):
            problems.append(f"attribution {n}: not an object, skipped")
            continue
        content, missing = locate_content(text, _strings(a.get("content")), cursor)
        problems += [f"attribution {n}: content not found: {m[:40]!r}" for m in missing]
        if content:
            cursor = content[0].start

        def near(strings: list[str], what: str, n: int = n, content: list[Span] = content,
                 cursor: int = cursor, problems: list[str] = problems) -> list[Span]:
            spans = []
            for s in strings:
                span = locate_near(text, s, content, cursor)
                if span is None:
                    problems.append(f"attribution {n}: {what} not found: {s[:40]!r}")
                else:
                    spans.append(span)
            return spans

        source_text = a.get("source")
        sources = near([source_text], "source") if source_text else []
        source = sources[0] if sources else None
        cue = near(_strings(a.get("cue")), "cue")
        via = near(_strings(a.get("via")), "via")
        parent = a.get("parent")
        items.append(GoldAttribution(
            source=source, cue=cue, content=content, speaker=_strings(a.get("speaker")),
            via=via, kind=a.get("kind"), stance=a.get("stance"), certainty=a.get("certainty"),
            section=a.get("section"), optional=bool(a.get("optional")),
            parent=parent if isinstance(parent, int) else None, note=str(a.get("note") or ""),
            has_source=bool(source_text), source_text=source_text or None,
        ))
    raw_sections = data.get("sections")
    sections, section_problems = locate_sections(
        text, raw_sections if isinstance(raw_sections, list) else [])
    provenance = data.get("provenance") if isinstance(data.get("provenance"), dict) else {}
    return GoldDocument(str(data.get("id") or document.id), SAYSO, items, sections, provenance,
                        problems + section_problems)


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LINK_TAIL = re.compile(r"\]?\((?:https?://|/)[^)]*\)?$")
_LINK_HEAD = re.compile(r"^!?\[")
_SKIP = set("*_`#>[]()") | {" ", "\n", "\t", "\u00a0", "\u3000"}


def clean_markup(s: str) -> str:
    """Markdown markup removed from a gold locator string: `**`, `[text](url)` -> text,
    a stray link tail `](url)` or `(url)`, a leading list marker `- `."""
    s = _LINK.sub(r"\1", s)
    s = _LINK_TAIL.sub("", s)
    s = re.sub(r"^\s*[-*+]\s+", "", s)
    s = _LINK_HEAD.sub("", s)
    return s.replace("**", "").replace("__", "")


def _skeleton(s: str) -> tuple[str, list[int]]:
    """`s` without markup characters and whitespace, with the offset of each kept character."""
    kept = [(i, ch) for i, ch in enumerate(s) if ch not in _SKIP]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def locate_sections(text: str, gold_sections: list[dict[str, Any]]
                    ) -> tuple[list[GoldSection], list[str]]:
    """Gold sections located by their `starts_with` / `ends_with` strings, in order.

    Both sides are compared without markup characters and whitespace, which makes the match
    independent of how a reader rendered the Markdown. A section whose end cannot be found ends
    where the next located section starts (or at the end of the text).
    """
    skel, where = _skeleton(text)
    found: list[tuple[str, int, int | None]] = []
    problems: list[str] = []
    pos = 0
    for g in gold_sections:
        if not isinstance(g, dict) or not g.get("kind"):
            continue
        head, _ = _skeleton(clean_markup(str(g.get("starts_with") or "")))
        tail, _ = _skeleton(clean_markup(str(g.get("ends_with") or "")))
        i = skel.find(head, pos) if head else -1
        if i < 0:
            problems.append(f"section {g['kind']}: start not found: {g.get('starts_with')!r}")
            continue
        j = skel.find(tail, i) if tail else -1
        end = where[j + len(tail) - 1] + 1 if j >= 0 else None
        found.append((str(g["kind"]), where[i], end))
        pos = j + len(tail) if j >= 0 else i + len(head)
    sections = []
    for k, (kind, start, end) in enumerate(found):
        if end is None:
            end = found[k + 1][1] if k + 1 < len(found) else len(text)
        sections.append(GoldSection(kind, start, end))
    return sections, problems


# --------------------------------------------------------------------------- brat gold

@dataclass
class BratSpan:
    id: str
    type: str
    parts: list[tuple[int, int]]
    text: str


@dataclass
class BratEvent:
    id: str
    type: str
    trigger: str
    args: list[tuple[str, str]]  # (role, T id)


@dataclass
class BratFile:
    spans: dict[str, BratSpan]
    events: list[BratEvent]
    attributes: dict[str, dict[str, str]]  # event/T id -> {name: value}


_BRAT_ID = re.compile(r"^(?:[TERAMN]\d+|#\d*|\*)\t")


def parse_brat(ann: str, path: str = "-") -> BratFile:
    """Parse brat standoff: T (text-bound, discontinuous `s e;s e`), E (events), A (attributes).

    Other lines (R, N, #, *) are ignored. A line that starts with no annotation id continues
    the text of the line before (a span text with a line break, as some PolNeAR files have).
    Raises InputError on a malformed T or E line.
    """
    spans: dict[str, BratSpan] = {}
    events: list[BratEvent] = []
    attributes: dict[str, dict[str, str]] = {}
    last: BratSpan | None = None
    for lineno, line in enumerate(ann.splitlines(), 1):
        if not line.strip():
            continue
        if not _BRAT_ID.match(line):
            if last is None:
                raise InputError(path, f"line {lineno}: not a brat annotation: {line[:80]!r}")
            last.text += "\n" + line
            continue
        fields = line.split("\t")
        ident = fields[0]
        last = None
        try:
            if ident.startswith("T"):
                head = fields[1]
                label, _, offsets = head.partition(" ")
                parts = []
                for frag in offsets.split(";"):
                    s, e = frag.split()
                    parts.append((int(s), int(e)))
                last = spans[ident] = BratSpan(ident, label, parts,
                                               fields[2] if len(fields) > 2 else "")
            elif ident.startswith("E"):
                items = fields[1].split()
                etype, _, trigger = items[0].partition(":")
                args = []
                for item in items[1:]:
                    role, _, ref = item.partition(":")
                    args.append((role, ref))
                events.append(BratEvent(ident, etype, trigger, args))
            elif ident.startswith("A") or ident.startswith("M"):
                items = fields[1].split()
                value = items[2] if len(items) > 2 else "true"
                attributes.setdefault(items[1], {})[items[0]] = value
        except (IndexError, ValueError):
            raise InputError(path, f"line {lineno}: malformed brat annotation: {line[:80]!r}"
                             ) from None
    return BratFile(spans, events, attributes)


class OffsetMap:
    """Maps offsets in the raw file text to offsets in the reader's text (CRLF/CR -> LF)."""

    def __init__(self, raw: str) -> None:
        # Each "\r\n" loses one character: record the raw offsets of the removed "\r"s.
        self._removed = [m.start() for m in re.finditer(r"\r\n", raw)]

    def __call__(self, offset: int) -> int:
        return offset - bisect.bisect_left(self._removed, offset)


def _ws(s: str) -> str:
    return " ".join(s.split())


def load_brat_gold(ann_path: Path, document: Document, text_path: Path | None = None
                   ) -> GoldDocument:
    """Attributions from brat `E` events (Attribution, Attribution-no-source).

    Roles: Source, Cue, Content/Content2 (all Content* parts form the content), and the sayso
    extras Via (channels) plus `A` attributes Kind/Stance/Certainty/Optional when an export was
    corrected. Discuss/Discard annotations are not events and are ignored.
    """
    try:
        brat = parse_brat(ann_path.read_text(encoding="utf-8-sig"), str(ann_path))
    except OSError as exc:
        raise InputError(str(ann_path), exc.strerror or str(exc)) from None
    text = document.text
    offset: Callable[[int], int] = lambda i: i  # noqa: E731
    if text_path is not None:
        try:
            raw = text_path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            raw = text
        if "\r" in raw:
            offset = OffsetMap(raw)

    def spans_of(tid: str, event: str) -> list[Span]:
        t = brat.spans.get(tid)
        if t is None:
            raise InputError(str(ann_path), f"{event} refers to missing annotation {tid}")
        out = []
        for s, e in t.parts:
            s2, e2 = offset(s), offset(e)
            if not 0 <= s2 <= e2 <= len(text):
                raise InputError(str(ann_path), f"{tid} offsets {s}-{e} outside the text "
                                                f"({len(text)} characters)")
            out.append(Span.at(text, s2, e2))
        got, want = _ws(" ".join(sp.text for sp in out)), _ws(t.text)
        if t.text and got != want:
            k = next((i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b),
                     min(len(got), len(want)))
            lo = max(0, k - 15)
            raise InputError(str(ann_path), f"{tid} text does not match the document at "
                                            f"{t.parts[0][0]}: annotation {want[lo:k + 25]!r}"
                                            f" vs text {got[lo:k + 25]!r}")
        return out

    items: list[GoldAttribution] = []
    problems: list[str] = []
    for ev in brat.events:
        if not ev.type.startswith("Attribution"):
            continue
        source: Span | None = None
        cue: list[Span] = []
        content: list[Span] = []
        via: list[Span] = []
        for role, ref in ev.args:
            parts = spans_of(ref, ev.id)
            if role.startswith("Source") and parts:
                source = Span.at(text, parts[0].start, parts[-1].end) if len(parts) > 1 \
                    else parts[0]
            elif role.startswith("Cue"):
                cue += parts
            elif role.startswith("Content"):
                content += parts
            elif role.startswith("Via"):
                via += parts
        if not content:
            problems.append(f"{ev.id}: no Content span, not scored")
            continue
        attrs = brat.attributes.get(ev.id, {})
        content.sort(key=lambda s: s.start)
        items.append(GoldAttribution(
            source=source, cue=sorted(cue, key=lambda s: s.start), content=content,
            via=via, kind=attrs.get("Kind"), stance=attrs.get("Stance"),
            certainty=attrs.get("Certainty"), optional=attrs.get("Optional") == "true",
            has_source=source is not None, source_text=source.text if source else None,
        ))
    return GoldDocument(ann_path.stem, BRAT, items, problems=problems)


def as_analysis(gold: GoldDocument, document: Document) -> Analysis:
    """The gold as a perfect prediction: an Analysis whose attributions are the located gold.

    Used to check the scorer end to end (a perfect prediction must score 1.0) and to build
    exports by hand. Each distinct speaker alias list becomes one entity ("unnamed" when the
    gold names no source); optional items are kept.
    """
    entities: dict[tuple[str, ...], Entity] = {}
    attributions: list[Attribution] = []
    for n, g in enumerate(gold.attributions, 1):
        entity_id = None
        if g.speaker or not g.has_source:
            key = tuple(g.speaker) or ("unnamed",)
            if key not in entities:
                entities[key] = Entity(f"e{len(entities) + 1}",
                                       "person" if g.has_source else "unnamed",
                                       key[0], list(key[1:]))
            entity_id = entities[key].id
        source = (EntitySpan(g.source.start, g.source.end, g.source.text, entity_id)
                  if g.source else None)
        parent = f"a{g.parent + 1}" if g.parent is not None and \
            0 <= g.parent < len(gold.attributions) else None
        attributions.append(Attribution(
            id=f"a{n}", source=source, cue=list(g.cue), content=list(g.content),
            kind=g.kind or "indirect", via=[EntitySpan(v.start, v.end, v.text) for v in g.via],
            parent=parent, stance=g.stance or "assert", certainty=g.certainty or "asserted",
            section=g.section if g.section in SECTION_KINDS else "body", evidence="gold"))
    return Analysis(document=document, entities=list(entities.values()),
                    attributions=attributions)
