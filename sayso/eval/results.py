"""Evaluation results: one scored article and one scored set, shared by the eval command and its
error report (a module below both, so neither imports the other)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Analysis
from .gold import GoldCase
from .records import GoldDocument
from .score import DocScore, SetScore


@dataclass
class Result:
    """One evaluated article: what was predicted, the located gold, and the score."""

    case: GoldCase
    analysis: Analysis
    gold: GoldDocument
    score: DocScore


@dataclass
class EvalSet:
    path: str
    score: SetScore
    results: list[Result]
