"""What the pipeline's components share while they analyse one document.

Its own module so that components (provenance, the per-language extractors) can name the type
without importing the pipeline that calls them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .extract.entities import EntityRegistry
from .gazetteer import Gazetteer, default_gazetteer


@dataclass
class Context:
    gazetteer: Gazetteer = field(default_factory=default_gazetteer)
    registry: EntityRegistry = field(default_factory=EntityRegistry)
