"""Chinese speakers on new text (round 19, issues #11 and #15).

Golden rows in `tests/golden/zh_spk19.json` (real excerpts; see its `_doc`), run through the
whole pipeline: a noun phrase set off by a comma speaks the elided cue after it
(几家中文报的报导，也证实…); a titled piece (题为“…”的文章) and a hedged report (未经证实的报告)
are sources whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk19.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk19_golden(case):
    assert zh_speaker_case_problems(case) == []
