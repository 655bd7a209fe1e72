"""Chinese speaker entities (round 16, issue #15: one speaker one entity).

Golden rows in `tests/golden/zh_ent16.json` (real excerpts; see its `_doc`) run through the
whole pipeline, and unit checks of the agreement rule behind them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

import sayso

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_ent16.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_ent16_golden(case):
    assert zh_speaker_case_problems(case) == []


def _entities_of(text: str, source: str) -> list:
    analysis = sayso.analyze(text, language="zh")
    return [analysis.entity(a.source.entity) for a in analysis.attributions
            if a.source is not None and a.source.text == source]


def test_plural_pronoun_leaves_the_named_speaker():
    # THUCNews cnews.val line 433 (breadth sample): 他们 are the many people 伍卫 speaks of,
    # not 伍卫; the pronoun stays unresolved rather than taking him
    text = ("易方达行业领先企业基金的拟任基金经理伍卫日前接受采访时表示，“两会”不是行情或政策的终结点。"
            "伍卫认为，很多人持“终结点”观点的原因是他们认为有什么好政策在“两会”前都出完了。")
    got = _entities_of(text, "他们")
    assert got and all(e is None or "伍卫" not in (e.name, *e.aliases) for e in got)


def test_plural_pronoun_keeps_a_coalition():
    # hkcnews article_4609 (breadth sample): a counted coalition is no personal name, 他們 is it
    text = ("3名勞工界立法會議員及6名勞顧會勞方委員發表聯合聲明，對政府拒絕標時立法及推行合約工時表示強烈不滿及極度遺憾。"
            "他們批評，合約工時立法只是偷換概念、行業指引亦沒有約束力。")
    got = _entities_of(text, "他們")
    assert got and all(e is not None and e.name.startswith("3名勞工界") for e in got)


def test_spokesman_description_takes_the_press_secretary():
    # Xinhua's style: 俄总统新闻秘书佩斯科夫 is the Kremlin's spokesman; a later 该发言人 is
    # him (pronouns.json `same_roles`), while 该发言人 still wants a spokesman, not any official
    from sayso.lang.zh.entities import Antecedent, resolve_pronoun
    from sayso.model import Entity

    peskov = Antecedent(10, Entity(id="e1", type="person", name="佩斯科夫", roles=["俄总统新闻秘书"]))
    lavrov = Antecedent(12, Entity(id="e2", type="person", name="拉夫罗夫", roles=["外长"]))
    assert resolve_pronoun("该发言人", 30, [peskov, lavrov]) is peskov
    assert resolve_pronoun("該發言人", 30, [lavrov]) is None
