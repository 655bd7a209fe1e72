"""Evaluation: gold loaders, the scorer, error analysis and the `sayso eval` command.

The scoring rules are those of `shared/eval/README.md`; `score.py` documents each choice the
README leaves open.
"""

from .gold import GoldAttribution, GoldCase, GoldDocument, discover
from .score import DocScore, SetScore, score_document

__all__ = [
    "GoldAttribution", "GoldCase", "GoldDocument", "discover",
    "DocScore", "SetScore", "score_document",
]
