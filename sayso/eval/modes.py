"""The English extractor's modes (rules alone, CRF alone, combined) scored by the official scorer.

`sayso eval` scores the whole pipeline, whose English extractor runs "combined". To see what
each half contributes with the same gold loading and the same rules (`score.py`), every
article is analysed once exactly as `sayso eval` does (`command.evaluate_case`), and the
attributions are then extracted again in each other mode over the same analysed document
(language, sections and provenance already set, as when the pipeline's extractor ran), in a
fresh `Context` so that no entity of the combined run leaks in. The "combined" scores are the
`sayso eval` scores themselves, not a re-run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from ..context import Context
from ..errors import InputError
from ..model import Analysis
from ..pipeline import finalize
from .command import evaluate_case, warm_up
from .gold import discover
from .score import SetScore, score_document

MODES = ("rules", "crf", "combined")
COMBINED = "combined"


@dataclass
class ModeScores:
    """One `SetScore` per mode; each document's `seconds` is the extractor's CPU time alone."""

    path: str
    sets: dict[str, SetScore] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def extract_in_mode(analysis: Analysis, mode: str) -> tuple[Analysis, float]:
    """A copy of `analysis` whose attributions the English extractor found in `mode`, and the
    CPU seconds the extraction took (the document object is shared, not copied)."""
    from ..lang.en import extract as en

    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; expected one of {MODES}")
    ctx = Context()
    fresh = Analysis(document=analysis.document)
    t0 = time.process_time()
    fresh.attributions = en.extract(fresh, ctx, mode)
    cpu = time.process_time() - t0
    finalize(fresh, ctx)
    return fresh, cpu


def evaluate_modes(path: str | Path, modes: tuple[str, ...] = MODES,
                   max_docs: int | None = None) -> ModeScores:
    """Score every English gold case under `path` in each of `modes`.

    The pipeline runs once per article; "combined" takes `sayso eval`'s analysis and score
    unchanged (only its timing comes from a separate combined extraction, so that the three
    modes are timed alike). A case that cannot be read is recorded, as `sayso eval` does.
    """
    cases = discover(path)
    if max_docs is not None:
        cases = cases[:max_docs]
    out = ModeScores(str(path), {m: SetScore(m) for m in modes})
    warm_up(cases)
    for case in cases:
        try:
            result = evaluate_case(case)
        except InputError as exc:
            out.errors.append(f"{exc.path}: {exc.problem}")
            continue
        for mode in modes:
            analysis, cpu = extract_in_mode(result.analysis, mode)
            score = result.score if mode == COMBINED else score_document(result.gold, analysis)
            score.seconds = cpu
            out.sets[mode].docs.append(score)
    return out
