"""Chinese speaker clustering (round 21, branch clust21, issue #15: one speaker, one entity).

Golden rows in `tests/golden/zh_clust21.json` (real excerpts; see its `_doc`), run through the
whole pipeline, and checks of the guards: a contracted body name is the first character of each
word, never a whole-word name with a word left out (another body), and a bare country + rank +
head never joins a source introduced as another one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

import sayso
from sayso.lang.zh.entities import contracted_body

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_clust21.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_clust21_golden(case):
    assert zh_speaker_case_problems(case) == []


@pytest.mark.parametrize("short,full,same", [
    ("疾管署", "疾病管制署", True),
    ("環保署", "環境保護署", True),
    ("卫健委", "卫生健康委员会", True),
    ("发改委", "发展和改革委员会", True),
    ("国台办", "国务院台湾事务办公室", True),
    ("中国银行", "中国建设银行", False),  # whole words kept, one left out: another bank
    ("卫生部", "卫生福利部", False),
    ("北京大学", "北京师范大学", False),
    ("外交部", "外交部长", False),  # a title, no body
])
def test_contracted_body(short, full, same):
    assert contracted_body(short, full) is same


def _entities(text: str) -> dict[str, str]:
    analysis = sayso.analyze(text, language="zh")
    return {a.source.text: a.source.entity for a in analysis.attributions if a.source}


def test_two_banks_stay_two():
    got = _entities("中国银行表示，将下调存款利率。中国建设银行称，暂无调整计划。")
    assert got["中国银行"] != got["中国建设银行"]


def test_shortened_official_not_across_another():
    """另一名美国高级官员 introduces a second official: the bare 美国高级官员 after it is no
    sure re-mention of the first."""
    got = _entities("一位美国国务院高级官员说，美方不会让步。另一名美国高级官员表示，谈判仍在进行。"
                    "美国高级官员说，双方分歧仍大。")
    assert got["美国高级官员"] != got["一位美国国务院高级官员"]


def test_authorities_far_back_stay_their_own():
    """当局 long after the last government body spoke may be any authority (hkcnews
    article_21497: 當局指 answers a legislator's question, long after 警務處): not joined."""
    text = ("卫生部表示，新增病例均为输入病例。" + "专家认为，疫情仍有反弹风险，民众不应掉以轻心。" * 20
            + "当局呼吁公众不要散播未经证实的信息。")
    got = _entities(text)
    assert got["当局"] != got["卫生部"]
