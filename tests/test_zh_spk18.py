"""Chinese speakers on new text (round 18, issues #11 and #15).

Golden rows in `tests/golden/zh_spk18.json` (real excerpts; see its `_doc`), run through the
whole pipeline: the speaker of a statement goes on after a clause about someone else
(美国白宫表示，总统特朗普并未获悉…，称…).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk18.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk18_golden(case):
    assert zh_speaker_case_problems(case) == []
