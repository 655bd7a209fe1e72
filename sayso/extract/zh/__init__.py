"""Attribution extraction (placeholder until the extraction issue lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Analysis, Attribution

if TYPE_CHECKING:
    from ..pipeline import Context


def extract(analysis: Analysis, ctx: Context) -> list[Attribution]:
    return []
