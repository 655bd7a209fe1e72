"""Chinese speakers: a name after its party word or before a court word (round 28, issue #15).

Golden rows in `tests/golden/zh_spk28.json` (hkcnews excerpts and constructed must-not-fire
rows; see its `_doc`), run through the whole pipeline: 公民黨郭榮鏗表示 names 郭榮鏗 (the party
bounds the name as a title would), 鄧智恒作供指 names 鄧智恒 (作供 a cue after a name and a
predicate closing the span); 民进党高层, 国民党方面 stay no person.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk28.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk28_golden(case):
    assert zh_speaker_case_problems(case) == []


def test_party_bounds_a_name_only_after_a_word():
    """A lone 党 (党|史) opens no name; 公民|党 + 郭荣铿 does (hkcnews article_11882)."""
    from sayso.lang.zh.names import find_names

    assert [m.name for m in find_names("公民党郭荣铿表示，根据运房局数据。")] == ["郭荣铿"]
    assert find_names("党史专家表示，不会让步。") == []
