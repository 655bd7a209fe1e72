"""Chinese speaker clustering (round 22, branch clust22, issue #15: one speaker, one entity).

Golden rows in `tests/golden/zh_clust22.json` (real excerpts; see its `_doc`) run through the
whole pipeline, and the guards of the new join: a demonstrative before a body (该国官员) points
at the body, not at an earlier description; two unnamed sources with other descriptions stay
two; a bare demonstrative + head (该人士) is left to the pronoun resolver.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

import sayso
from sayso.lang.zh.entities import anaphor, demonstrative_description

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_clust22.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_clust22_golden(case):
    assert zh_speaker_case_problems(case) == []


@pytest.mark.parametrize("bare,dem", [
    ("该知情人士", "该"),
    ("该美国官员", "该"),
    ("这位银行人士", "这位"),
    ("该名消息人士", "该名"),
    ("该人士", None),  # a head alone: the pronoun resolver's (anaphor)
    ("该国官员", None),  # 该国: that country's officials, maybe others
    ("该公司人士", None),
    ("该部官员", None),
    ("该报告", None),  # no person head
])
def test_demonstrative_description(bare, dem):
    assert demonstrative_description(bare) == dem


def test_short_title_is_the_office():
    assert "外交部长" in anaphor("这位外长").same_roles
    assert anaphor("这位部长").same_roles == ()


def _entities(text: str) -> dict[str, str]:
    analysis = sayso.analyze(text, language="zh")
    return {a.source.text: a.source.entity for a in analysis.attributions if a.source}


def test_other_description_in_between():
    """该美国官员 after a US and an EU official: the US one, never the nearer EU one."""
    got = _entities("一名美国官员说，美军已经撤离。一名欧盟官员表示，欧盟将提供援助。"
                    "该美国官员还说，撤离行动没有遇到抵抗。")
    assert got["该美国官员"] == got["一名美国官员"] != got["一名欧盟官员"]


def test_that_country_officials_not_joined():
    got = _entities("一名美国官员说，美军已经撤离。该国官员表示，撤离行动没有遇到抵抗。")
    assert got["该国官员"] != got["一名美国官员"]
