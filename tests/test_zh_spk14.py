"""Chinese source spans and speaker entities (round 14, issue #15).

Golden rows in `tests/golden/zh_spk14.json` (real excerpts; see its `_doc`), run through the
whole pipeline, and unit checks of the helpers behind them: the rules that fixed the rows must
not cut real names, merge different bodies or make names of clause words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

from sayso.lang.zh.entities import abbreviates, officials_key, shortened_description
from sayso.lang.zh.names import find_names
from sayso.lang.zh.source import trim_function_words

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk14.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk14_golden(case):
    assert zh_speaker_case_problems(case) == []


@pytest.mark.parametrize("text,names", [
    # a name read too long is cut back to the text's own name (李家超|終, 林鄭|笑) ...
    ("保安局局長李家超終回應說：「我沒有這樣說。」李家超表示，不評論。", ["李家超", "李家超"]),
    ("林鄭月娥說。林鄭表示好。林鄭笑說：「無呢啲解讀。」", ["林鄭月娥", "林鄭", "林鄭"]),
    # ... but a usual three-character name is never taken for a shorter one and a verb
    ("陈明说好。陈明亮说不好。", ["陈明", "陈明亮"]),
])
def test_names_trimmed(text, names):
    assert [m.name for m in find_names(text)] == names


def test_recurring_subject_is_a_name_but_a_truncated_word_is_not():
    text = ("今年8月，高群书正式签约华谊兄弟。这是他的又一大举动。高群书昨日接受媒体采访，他表示没有离开。"
            "高群书将于11月开拍新片。马来西亚总理说，好。马来西亚外长说，好。马来西亚官员说，好。")
    found = {m.name for m in find_names(text)}
    assert "高群书" in found
    assert not any(n.startswith("马来西") for n in found)


@pytest.mark.parametrize("short,full,same", [
    ("俄使馆", "俄罗斯驻美国大使馆", True),
    ("美国防部", "美国国防部", True),
    ("美国务院", "美国国务院", True),
    ("美使馆", "俄罗斯驻美国大使馆", False),  # another country's embassy
    ("俄使馆", "俄罗斯外交部", False),  # another body
])
def test_country_abbreviation(short, full, same):
    assert abbreviates(short, full) is same


@pytest.mark.parametrize("description,key", [
    ("三名美国国防部官员", "美国国防部"),
    ("美国防部匿名官员", "美国防部"),
    ("一名官员", None),  # one person, never a group
    ("有知情人士", None),  # someone new each time
    ("美国官员", None),  # a bare country: officials_again's business
])
def test_officials_key(description, key):
    assert officials_key(description) == key


@pytest.mark.parametrize("short,full,same", [
    ("中国银行人士", "中国银行总行公司业务部人士", True),
    ("上海基金公司市场人士", "上海一家基金公司的市场人士", True),
    ("央行人士", "某国有商业银行相关人士", False),
    ("央行官员", "一位央行内部人士", False),  # another head noun
])
def test_shortened_description(short, full, same):
    assert shortened_description(short, full) is same


@pytest.mark.parametrize("phrase,kept", [
    ("虽然中方", "中方"),  # 中方 is no localiser
    ("当记者", "记者"),  # 当 = when
    ("当局", "当局"),  # a word of its own
    ("当着总统", "当着总统"),  # 当着 = in front of: left alone
])
def test_trim_function_words(phrase, kept):
    a, b = trim_function_words(phrase, 0, len(phrase))
    assert phrase[a:b] == kept
