"""Chinese source spans and speaker entities (round 15, issue #15).

Golden rows in `tests/golden/zh_spk15.json` (real excerpts; see its `_doc`), run through the
whole pipeline, and unit checks of the helpers behind them: the rules that fixed the rows must
not cut real names nor hand a plural pronoun to one person.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

import sayso
from sayso.lang.zh.names import find_names

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk15.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk15_golden(case):
    assert zh_speaker_case_problems(case) == []


@pytest.mark.parametrize("text,names", [
    ("乌克兰国家安全和国防委员会秘书奥列克西·丹尼洛夫本月早些时候要求美国", ["奥列克西·丹尼洛夫"]),
    ("布林肯本周稍早说", ["布林肯"]),
    ("马克龙本周三表示", ["马克龙"]),
    ("罗本本周表示", ["罗本"]),  # a name that ends in 本 keeps it
    ("球星罗本说", ["罗本"]),
])
def test_name_ends_before_time_word(text, names):
    assert [m.name for m in find_names(text)] == names


def test_plural_pronoun_does_not_continue_one_person():
    # hkcnews article_20018 (breadth sample): 他們 is the two men, never the woman named before
    text = ("她們中間包括抹大拉的馬利亞，她曾經歷耶穌為她趕走身上七隻污鬼。\n"
            "在這時候，忽然有兩個衣服放光的人站在她們旁邊。他們又告訴這些婦女：「他不在這裏，已經復活了。」")
    analysis = sayso.analyze(text, language="zh")
    for a in analysis.attributions:
        if a.source is not None and a.source.text == "他們":
            entity = analysis.entity(a.source.entity)
            assert entity is None or "馬利亞" not in (entity.name, *entity.aliases)


@pytest.mark.parametrize("text,source", [
    # 和 between two persons is "with" (a meeting), not one joined subject
    ("特朗普和普京会晤后表示，学校建筑完好无损。", "特朗普和普京"),
    # 同时 (jieba: a conjunction) is trimmed as before, not read as a time clause
    ("外交部发言人华春莹同时表示，学校建筑完好无损。", "外交部发言人华春莹"),
    # …之初时 stays a time clause (entity corpus tune, zh-bbc-tesla)
    ("贸易战的初衷是符合美国企业利益的。美国发起贸易战之初时就认为，通过迫使中国实施知识产权保护，"
     "为美国企业创造一个更公平的竞争环境。", "美国"),
])
def test_time_clause_subjects_unchanged(text, source):
    analysis = sayso.analyze(text, language="zh")
    assert [a.source.text for a in analysis.attributions if a.source] == [source]
