"""Chinese bare titles and company heads repeating a speaker named before (round 28, issue #15).

Golden rows in `tests/golden/zh_clus28.json` (zhopen excerpts and a constructed must-not-fire
row; see its `_doc`), run through the whole pipeline: 部長 after 貿消部長拿督斯里哈山馬歷 is
哈山馬歷, but not when two ministers spoke before; 经公司 after 吉翔股份 is 吉翔股份.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_clus28.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_clus28_golden(case):
    assert zh_speaker_case_problems(case) == []
