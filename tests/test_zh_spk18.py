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


def test_ju_frame_second_part_is_a_whole_word():
    """根據白皮書內說法 (hkcnews article_49365): the frame's second part is 說法, so the content
    opens after it; 说 inside 说明 (据…参加相关移民说明会议的村民介绍, THUCNews line 683)
    closes no frame."""
    import sayso

    a = sayso.analyze("行政會議成員湯家驊則說，根據白皮書內說法，五年內理論上可以一人一票普選特首。",
                      language="zh")
    ju = [x for x in a.attributions if x.cue[0].text == "根據"]
    assert [[c.text for c in x.cue] for x in ju] == [["根據", "說法"]]
    assert ju[0].content[0].text.startswith("五年內")
    b = sayso.analyze("据当时参加相关移民说明会议的村民介绍，政府为农民们勾画了一幅移民后美好的蓝图。",
                      language="zh")
    assert [[c.text for c in x.cue] for x in b.attributions] == [["据", "介绍"]]
