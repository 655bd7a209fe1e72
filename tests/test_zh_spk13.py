"""Chinese source spans and speaker entities (round 13, issue #15).

Golden rows in `tests/golden/zh_spk13.json` (real excerpts; see its `_doc`), run through the
whole pipeline, and guards on the name finder: the rules that fixed the rows must not make
names of clause words or drop real names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

from sayso.lang.zh.names import find_names

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk13.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk13_golden(case):
    assert zh_speaker_case_problems(case) == []


@pytest.mark.parametrize("text,name", [
    ("財政司司長曾俊華說", "曾俊華"),  # 曾 + a given name jieba does not know: a name
    ("行政長官曾蔭權今日表示", "曾蔭權"),
    ("國防部長顧立雄上將說", "顧立雄"),
    ("主席李將軍說", None),  # 將軍 is a title: no rank after a given name here
])
def test_names_kept(text, name):
    names = [m.name for m in find_names(text)]
    if name is None:
        assert "李將" not in names
    else:
        assert name in names


@pytest.mark.parametrize("text", [
    "美國官員曾淡化該高空氣球的威脅",  # zhG-ktsf-1: 曾 + 淡化, an adverb and a verb
    "局长CNN说",  # an acronym after a title is no Latin personal name
])
def test_no_name_from_clause_words(text):
    assert [m.name for m in find_names(text)] == []
