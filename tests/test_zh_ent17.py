"""Chinese speaker entities (round 17, issue #15: one speaker one entity, B-cubed recall).

Golden rows in `tests/golden/zh_ent17.json` (real excerpts; see its `_doc`) run through the
whole pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_ent17.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_ent17_golden(case):
    assert zh_speaker_case_problems(case) == []

