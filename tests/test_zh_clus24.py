"""Chinese speaker clustering (round 24, branch zhclus24, issue #15: one speaker, one entity).

Golden rows in `tests/golden/zh_clus24.json` (excerpts of open articles; see its `_doc`) run
through the whole pipeline, and the guards of the new joins: two bodies stationed at different
places stay two; a bare 市府 with two city governments before it is the latest; a 的 that is
no linking word between a place and a body changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

import sayso
from sayso.lang.zh.entities import body_core, description_key
from sayso.lang.zh.names import find_names

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_clus24.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_clus24_golden(case):
    assert zh_speaker_case_problems(case) == []


@pytest.mark.parametrize("key,core", [
    ("驻岷里拉市的新加坡大使馆", ("岷里拉市", "新加坡大使馆")),
    ("新加坡的大使馆", ("", "新加坡大使馆")),
    ("新加坡大使馆", ("", "新加坡大使馆")),
    ("美国的朋友", ("", "美国的朋友")),  # no body head: unchanged
    ("驻美的记者", ("", "驻美的记者")),
])
def test_body_core(key, core):
    assert body_core(key) == core


def test_description_key_drops_closing_note():
    assert description_key("一位东方雨虹证券部人士(未具名)") == "东方雨虹证券部人士"
    assert description_key("一位东方雨虹证券部人士") == "东方雨虹证券部人士"


def _entities(text: str) -> dict[str, str]:
    analysis = sayso.analyze(text, language="zh")
    return {a.source.text: a.source.entity for a in analysis.attributions if a.source}


def test_embassies_at_two_stations_stay_two():
    got = _entities("驻东京的新加坡大使馆昨天发表声明说，新加坡没有推荐任何候选人。"
                    "驻首尔的新加坡大使馆则表示，它没有收到任何投诉。")
    assert got["驻东京的新加坡大使馆"] != got["驻首尔的新加坡大使馆"]


def test_bare_city_government_with_two_before():
    """Two city governments before: 市府 is the latest (named_body_with_head's convention for
    a bare head, as 总领馆), and the two stay two."""
    got = _entities("北市府表示，路灯已经修好。高市府指出，水沟盖也已更换。市府说明，相关工程均已完工。")
    assert got["北市府"] != got["高市府"] == got["市府"]


def test_bare_city_government_after_full_name():
    got = _entities("台北市政府表示，路灯已经修好。市府指出，水沟盖也已更换。")
    assert got["市府"] == got["台北市政府"]


@pytest.mark.parametrize("text,name", [
    ("來自廣東的陳鴻（化名），自大學畢業後便在家庭教會工作。", "陳鴻"),
    ("张伟（化名）说，他没有收到通知。", "张伟"),
])
def test_name_before_pseudonym_note(text, name):
    assert name in [m.name for m in find_names(text)]


def test_no_name_before_pseudonym_note_without_surname():
    """小 is no surname: a nickname before （化名） is not read as a surname + given name."""
    assert all(m.name != "小雨" for m in find_names("网友小雨（化名）表示不满。"))
