"""Predictions for annotators to correct: brat standoff and Label Studio tasks.

brat follows PolNeAR's conventions (Newell, Margolin & Ruths, LREC 2018): text-bound `Source`,
`Cue` and `Content` annotations (a discontinuous span as `start end;start end`), an `Attribution`
trigger on the first cue (`Attribution-no-source` when there is no source), and an `E` line
joining them: `E1 Attribution:T4 Content:T3 Cue:T2 Source:T1`. sayso adds `Via` arguments
(channels, `Via`, `Via2`, ...) and `A` attributes Kind, Stance and Certainty, which
`sayso eval` reads back, so a corrected folder is a richer gold set. Offsets are code points into
`NAME.txt`, which is `document.text` written verbatim (LF line ends, UTF-8).

Label Studio gets a JSON task list (`data.text`, `predictions[].result` with `labels` regions and
`relation`s from each attribution's first cue to its other regions) and the labelling config
that matches it. Region offsets are code points into `data.text` (the same as UTF-16 offsets
for text without characters outside the Basic Multilingual Plane); `sayso eval` reads an
exported (and corrected) task list back, checking each region's text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import CERTAINTIES, KINDS, STANCES, Analysis, Attribution, Span

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".jsonl")


# --------------------------------------------------------------------------- brat

def annotation_conf() -> str:
    """brat's `annotation.conf` for PolNeAR-style attributions plus sayso's extras."""
    return "\n".join([
        "[entities]", "Source", "Cue", "Content", "Via", "Discuss", "Discard", "",
        "[relations]", "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "",
        "[events]",
        "Attribution\tSource:Source, Cue?:Cue, Content+:Content, Via*:Via",
        "Attribution-no-source\tCue?:Cue, Content+:Content, Via*:Via", "",
        "[attributes]",
        f"Kind\tArg:<EVENT>, Value:{'|'.join(KINDS)}",
        f"Stance\tArg:<EVENT>, Value:{'|'.join(STANCES)}",
        f"Certainty\tArg:<EVENT>, Value:{'|'.join(CERTAINTIES)}",
        "Optional\tArg:<EVENT>", "",
    ])


def _offsets(spans: list[Span]) -> str:
    return ";".join(f"{s.start} {s.end}" for s in spans)


def _ann_text(spans: list[Span]) -> str:
    return " ".join(s.text for s in spans).replace("\n", " ").replace("\t", " ").replace("\r", " ")


def brat_ann(analysis: Analysis) -> str:
    """The `.ann` standoff of an analysis's attributions (see the module docstring)."""
    lines: list[str] = []
    t = e = a = 0

    def tline(label: str, spans: list[Span]) -> str:
        nonlocal t
        t += 1
        lines.append(f"T{t}\t{label} {_offsets(spans)}\t{_ann_text(spans)}")
        return f"T{t}"

    for attr in analysis.attributions:
        content = sorted((s for s in attr.content if s.end > s.start), key=lambda s: s.start)
        if not content:
            continue
        args: list[str] = []
        if attr.source is not None:
            args.append(f"Source:{tline('Source', [attr.source])}")
        cue = sorted((s for s in attr.cue if s.end > s.start), key=lambda s: s.start)
        if cue:
            args.append(f"Cue:{tline('Cue', cue)}")
        args.append(f"Content:{tline('Content', content)}")
        for n, v in enumerate(attr.via, 1):
            args.append(f"Via{n if n > 1 else ''}:{tline('Via', [v])}")
        etype = "Attribution" if attr.source is not None else "Attribution-no-source"
        trigger = tline(etype, [cue[0] if cue else content[0]])
        e += 1
        lines.append(f"E{e}\t{etype}:{trigger} {' '.join(args)}")
        for name, value in (("Kind", attr.kind), ("Stance", attr.stance),
                            ("Certainty", attr.certainty)):
            a += 1
            lines.append(f"A{a}\t{name} E{e} {value}")
    return "\n".join(lines) + ("\n" if lines else "")


def write_brat(analyses: Iterable[Analysis], out_dir: Path) -> int:
    """NAME.txt + NAME.ann per analysis and one annotation.conf; returns the count written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    names: set[str] = set()
    n = 0
    for analysis in analyses:
        name = _unique_name(analysis.document.id, names)
        (out_dir / f"{name}.txt").write_text(analysis.document.text, encoding="utf-8",
                                             newline="")
        (out_dir / f"{name}.ann").write_text(brat_ann(analysis), encoding="utf-8", newline="")
        n += 1
    (out_dir / "annotation.conf").write_text(annotation_conf(), encoding="utf-8")
    return n


def _unique_name(doc_id: str, taken: set[str]) -> str:
    base = re.sub(r"[^\w.-]+", "_", doc_id).strip("._") or "document"
    name, k = base, 1
    while name in taken:
        k += 1
        name = f"{base}-{k}"
    taken.add(name)
    return name


# --------------------------------------------------------------------------- Label Studio

LABEL_STUDIO_CONFIG = """<View>
  <Relations>
    <Relation value="source"/>
    <Relation value="cue"/>
    <Relation value="content"/>
    <Relation value="via"/>
  </Relations>
  <Labels name="label" toName="text">
    <Label value="Source" background="#00acc1"/>
    <Label value="Cue" background="#ffb300"/>
    <Label value="Content" background="#7cb342"/>
    <Label value="Via" background="#d81b60"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>
"""


def _region(rid: str, label: str, span: Span) -> dict[str, Any]:
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": span.start, "end": span.end, "text": span.text,
                      "labels": [label]}}


def _relation(from_id: str, to_id: str, label: str) -> dict[str, Any]:
    return {"type": "relation", "from_id": from_id, "to_id": to_id, "direction": "right",
            "labels": [label]}


def labelstudio_result(attr: Attribution) -> list[dict[str, Any]]:
    """Regions (one per span part) and relations from the first cue to every other region
    (further cue parts included), so that each attribution is one connected group."""
    regions: list[tuple[str, dict[str, Any]]] = []
    if attr.source is not None:
        regions.append(("source", _region(f"{attr.id}-source", "Source", attr.source)))
    regions += [("cue", _region(f"{attr.id}-cue{i}", "Cue", s)) for i, s in enumerate(attr.cue)]
    regions += [("content", _region(f"{attr.id}-content{i}", "Content", s))
                for i, s in enumerate(attr.content)]
    regions += [("via", _region(f"{attr.id}-via{i}", "Via", s)) for i, s in enumerate(attr.via)]
    hub = next((r for role, r in regions if role == "cue"),
               next((r for role, r in regions if role == "content"), None))
    out = [r for _, r in regions]
    if hub is not None:
        out += [_relation(hub["id"], r["id"], role) for role, r in regions if r is not hub]
    return out


def labelstudio_task(analysis: Analysis, task_id: int) -> dict[str, Any]:
    from .version import __version__

    result = [r for a in analysis.attributions for r in labelstudio_result(a)]
    return {
        "id": task_id,
        "data": {"text": analysis.document.text, "doc_id": analysis.document.id,
                 "language": analysis.document.language},
        "predictions": [{"model_version": f"sayso {__version__}", "result": result}],
    }


def write_labelstudio(analyses: Iterable[Analysis], out_dir: Path) -> int:
    """`tasks.json` (a task list) and `labelstudio-config.xml`; returns the count written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tasks = [labelstudio_task(a, i) for i, a in enumerate(analyses, 1)]
    (out_dir / "tasks.json").write_text(json.dumps(tasks, ensure_ascii=False, indent=1),
                                        encoding="utf-8")
    (out_dir / "labelstudio-config.xml").write_text(LABEL_STUDIO_CONFIG, encoding="utf-8")
    return len(tasks)


# --------------------------------------------------------------------------- from paths

def _article_paths(path: Path) -> list[tuple[Path, str | None]]:
    """Articles in a folder: the texts of a gold folder, else files with article suffixes."""
    from .eval.gold import discover

    try:
        return [(c.text_path, c.text_format) for c in discover(path)]
    except InputError:
        pass
    files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES
                   and not p.name.endswith(".gold.json"))
    if not files:
        raise InputError(str(path), "no articles in this folder")
    return [(p, None) for p in files]


def analyses_for(paths: list[str]) -> Iterable[Analysis]:
    """Read and analyse every article under `paths` (files or folders), in order."""
    from . import pipeline
    from .read import read_path

    for raw in paths:
        p = Path(raw)
        items = _article_paths(p) if p.is_dir() else [(p, None)]
        for item, fmt in items:
            docs = read_path(item, format=fmt) if fmt else read_path(item)
            for doc in docs:
                if not doc.id:
                    doc.id = item.stem
                yield pipeline.run(doc)


def export_paths(paths: list[str], out_dir: Path, fmt: str) -> int:
    """Analyse `paths` and write them to `out_dir` as `fmt` (brat or labelstudio)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(str(out_dir), "output exists and is not a folder")
    analyses = analyses_for(paths)
    if fmt == "brat":
        return write_brat(analyses, out_dir)
    if fmt == "labelstudio":
        return write_labelstudio(analyses, out_dir)
    raise InputError(fmt, "unknown export format (brat or labelstudio)")
