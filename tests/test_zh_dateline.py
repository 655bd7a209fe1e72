"""Chinese datelines that name a place but no outlet: (新加坡讯), (吉隆坡4日讯)."""

from __future__ import annotations

import pytest

import sayso
from sayso.dateline import find_dateline


@pytest.mark.parametrize("text, dateline", [
    # zh-news tune zhD-nanyang-1 (南洋商报 Nanyang Siang Pau, Malaysia, 2019-11-04), line 2
    ("(吉隆坡4日讯)青年及体育部副部长沈志强指出,大马与印尼之间的足球赛事。", "(吉隆坡4日讯)"),
    # zh-news tune zhC-sinchew-1 (星洲日报 Sin Chew Daily, Malaysia, 2019-01-28), line 2
    ("(亚依淡28日讯)马华总会长拿督斯里魏家祥表示,希盟部长们不应老是在言谈举止中。", "(亚依淡28日讯)"),
    ("（新加坡讯）卫生部昨天宣布，新增三起病例。", "（新加坡讯）"),
])
def test_place_only_dateline(text: str, dateline: str) -> None:
    found = find_dateline(text)
    assert found is not None and text[found.start:found.end] == dateline
    assert found.outlet is None


@pytest.mark.parametrize("text", [
    "（记者说）他说，会议很重要。",
    "(新加坡电讯报)称，会议很重要。",
    "他在新加坡讯息中心表示，会议很重要。",
])
def test_no_place_only_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_place_dateline_is_no_part_of_the_source() -> None:
    text = "(吉隆坡4日讯)青年及体育部副部长沈志强指出,国内有44%的青年组织,已符合30岁青年定义。"
    att = sayso.analyze(text, language="zh").attributions[0]
    assert att.source is not None and att.source.text == "青年及体育部副部长沈志强"
