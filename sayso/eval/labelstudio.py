"""Label Studio task lists as gold: what `sayso export --format labelstudio` wrote, corrected.

A task's attributions are the connected groups of its regions: regions labelled Source, Cue,
Content or Via, joined by relations (the export relates each attribution's first cue to its
other regions; an annotator adds or removes relations the same way). A group without a Content
region is reported and skipped. The result used is that of the first annotation not cancelled,
else of the first prediction.

Offsets: the export writes code points. Label Studio itself counts UTF-16 code units, which
differ only for characters outside the Basic Multilingual Plane; each region is checked against
its `text` and, failing that, read as UTF-16 offsets before it is refused.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Document, Span
from .records import GoldAttribution, GoldDocument

LABELSTUDIO = "labelstudio"
ROLES = ("source", "cue", "content", "via")


@lru_cache(maxsize=4)
def _tasks(path: str, mtime: float) -> list[dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(path, f"unreadable Label Studio task list: {exc}") from None
    if not isinstance(data, list) or not all(
            isinstance(t, dict) and isinstance(t.get("data"), dict)
            and isinstance(t["data"].get("text"), str) for t in data):
        raise InputError(path, "not a Label Studio task list (a JSON list of tasks with "
                               "data.text)")
    return data


def tasks(path: Path) -> list[dict[str, Any]]:
    """The task list in `path` (parsed once per modification)."""
    return _tasks(str(path), path.stat().st_mtime)


def is_task_list(path: Path) -> bool:
    try:
        return bool(tasks(path))
    except (InputError, OSError):
        return False


def task_document(path: Path, index: int, doc_id: str) -> Document:
    task = tasks(path)[index]
    data = task["data"]
    return Document(text=data["text"], id=doc_id, language=data.get("language"))


def task_id(path: Path, index: int) -> str:
    task = tasks(path)[index]
    return str(task["data"].get("doc_id") or f"{path.stem}-{task.get('id', index + 1)}")


def chosen_result(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The first annotation not cancelled, else the first prediction."""
    for ann in task.get("annotations") or []:
        if isinstance(ann, dict) and not ann.get("was_cancelled"):
            return list(ann.get("result") or [])
    for pred in task.get("predictions") or []:
        if isinstance(pred, dict):
            return list(pred.get("result") or [])
    return []


def _utf16_to_codepoint(text: str, offset: int) -> int:
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def region_span(text: str, value: dict[str, Any], where: str) -> Span:
    """The region's span, checked against its text (code points first, then UTF-16)."""
    try:
        start, end = int(value["start"]), int(value["end"])
    except (KeyError, TypeError, ValueError):
        raise InputError(where, "region without start/end offsets") from None
    want = value.get("text")
    for s, e in ((start, end), (_utf16_to_codepoint(text, start), _utf16_to_codepoint(text, end))):
        if 0 <= s <= e <= len(text) and (want is None or text[s:e] == want):
            return Span.at(text, s, e)
    raise InputError(where, f"region {start}-{end} text {str(want)[:40]!r} does not match the "
                            f"task text {text[start:end][:40]!r}")


def load_labelstudio_gold(path: Path, index: int, document: Document) -> GoldDocument:
    """Attributions of task `index` in the task list at `path` (see the module docstring)."""
    task = tasks(path)[index]
    text = document.text
    where = f"{path}#{index + 1}"
    regions: dict[str, tuple[str, Span]] = {}
    links: list[tuple[str, str]] = []
    for item in chosen_result(task):
        kind = item.get("type")
        if kind == "relation":
            links.append((str(item.get("from_id")), str(item.get("to_id"))))
            continue
        value = item.get("value") or {}
        labels = value.get("labels") or []
        role = str(labels[0]).lower() if labels else ""
        if kind == "labels" and role in ROLES:
            regions[str(item.get("id"))] = (role, region_span(text, value, where))
    parent = {rid: rid for rid in regions}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    groups: dict[str, list[tuple[str, Span]]] = {}
    for rid in regions:
        groups.setdefault(root(rid), []).append(regions[rid])
    items: list[GoldAttribution] = []
    problems: list[str] = []
    for members in sorted(groups.values(), key=lambda m: min(s.start for _, s in m)):
        by_role: dict[str, list[Span]] = {r: [] for r in ROLES}
        for role, span in members:
            by_role[role].append(span)
        for spans in by_role.values():
            spans.sort(key=lambda s: s.start)
        if not by_role["content"]:
            problems.append(f"a group of {len(members)} region(s) without Content, not scored")
            continue
        source = by_role["source"][0] if by_role["source"] else None
        items.append(GoldAttribution(
            source=source, cue=by_role["cue"], content=by_role["content"], via=by_role["via"],
            has_source=source is not None, source_text=source.text if source else None))
    return GoldDocument(document.id, "brat", items, problems=problems)
