"""Chinese names read one character into the next word (round 23, issue #15).

Golden rows in `tests/golden/zh_name23.json` (real excerpts; see its `_doc`): a name whose end
was guessed took the first character of the verb, adverb, time word or title after it
(王重昆强|调, 游德康提|醒, 斯波尔斯特拉赛|后, 李哲则|认为) and is cut before it; names whose last
character only looks like the start of the next word (黃宏發|表示, 蔣中正|在, 杨恒均|已) stay
whole. A wrong name is a wrong speaker and a second entity for one person.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sayso.lang.zh.names import find_names

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_name23.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_name23_golden(case):
    names = [m.name for m in find_names(case["text"])]
    assert [n for n in case["names"] if n not in names] == [], names
    assert [n for n in case["not_names"] if n in names] == [], names


def test_cut_name_is_the_speaker():
    """江苏科瑞特检测中心主任潘冬坦承… (THUCNews line 494): the speaker of 坦承 is the titled
    name without the cue's first character."""
    import sayso

    text = "江苏科瑞特检测中心主任潘冬坦承，现在各家检测机构的业务量不多，主要是收费偏高的原因造成的。"
    srcs = [a.source.text for a in sayso.analyze(text, language="zh").attributions if a.source]
    assert srcs and all(s.endswith("潘冬") for s in srcs), srcs
