"""Gold records: what every gold loader (sayso JSON, brat, Label Studio) produces and the scorer
reads. A module of their own, below the loaders, so that no loader imports another's caller."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Span

SAYSO = "sayso"
BRAT = "brat"  # span-based gold (brat, Label Studio): speaker by source-span overlap
LABELSTUDIO = "labelstudio"


@dataclass
class GoldAttribution:
    """One gold attribution with located spans (a string not found is left out of its list)."""

    source: Span | None
    cue: list[Span]
    content: list[Span]
    speaker: list[str] = field(default_factory=list)
    via: list[Span] = field(default_factory=list)
    kind: str | None = None
    stance: str | None = None
    certainty: str | None = None
    section: str | None = None
    optional: bool = False
    parent: int | None = None
    note: str = ""
    has_source: bool = True  # False when the gold says there is no source (null / no-source)
    source_text: str | None = None  # the gold source string, even when it was not located


@dataclass
class GoldSection:
    kind: str
    start: int
    end: int


@dataclass
class GoldDocument:
    id: str
    scheme: str  # SAYSO or BRAT
    attributions: list[GoldAttribution]
    sections: list[GoldSection] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # gold strings not found, etc.
    # Span convention of the gold: "contract" (content without quote marks, sayso gold and
    # `sayso export`) or "polnear" (PolNeAR's brat: content keeps its quote marks).
    convention: str = "contract"
