"""Chinese speakers on new text (round 21, issues #11 and #15).

Golden rows in `tests/golden/zh_spk21.json` (real excerpts; see its `_doc`), run through the
whole pipeline: an existential 有 after a time word or adverb opens the source (昨(6)日更有週刊
爆料 -> 有週刊; source.json `existential_after_lead`); a source opening its clause with 以及
takes in the conjunct before the comma (一份…備忘錄,以及一位…官員說); a place in parentheses
stays in the source ((美国)国家安全委员会的官员); the one spoken to after 跟 right before the
cue is no part of the source (學生跟我說 -> 學生).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk21.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk21_golden(case):
    assert zh_speaker_case_problems(case) == []


def _sources(text: str, cue: str) -> list[str | None]:
    import sayso

    analysis = sayso.analyze(text, language="zh")
    return [a.source.text if a.source else None for a in analysis.attributions if a.cue[0].text == cue]


def test_clause_opening_you_is_kept():
    """有记者提问 (zhA-cns-3's shape): a clause that opens with 有 keeps it, as the gold does."""
    assert _sources("有记者提问，中方对此有何评论？", "提问") == ["有记者"]


def test_no_conjunct_across_a_clause_with_its_own_verb():
    """湖大的同学们都想亲眼看一看总理，和总理说上几句心里话 (THUCNews line 709): 和 is
    "with" after a clause with its own predicate, no second conjunct of one source."""
    text = ("行至图书馆前，人越聚越多。湖大的同学们都想亲眼看一看总理，和总理说上几句心里话。")
    assert not any(s and s.startswith("湖大") for s in _sources(text, "说"))


def test_no_conjunct_for_a_lone_conjunction():
    """…等均祝賀拜登及賀錦麗，及表明願意共同合作 (hkcnews article_35416): 及 before the verb
    joins two predicates; the first clause is no conjunct of a source."""
    text = ("美國傳統盟友中，英國首相約翰遜、法國總統馬克龍、德國總理默克爾，及與美國發生貿易糾紛的"
            "加拿大總理杜魯多等均祝賀拜登及賀錦麗，及表明願意共同合作。")
    assert not any(s and "祝賀" in s for s in _sources(text, "表明"))



def test_dateline_in_parentheses_is_dropped():
    """(亚依淡28日讯)马华总会长拿督斯里魏家祥表示 (zh-news part C tune zhC-sinchew-1): a parenthesis holding more than a place is a dateline, no part of the source."""
    text = "(亚依淡28日讯)马华总会长拿督斯里魏家祥表示,希盟部长们不应老是在言谈举止中,刻意往自己脸上贴金。"
    assert _sources(text, "表示") == ["马华总会长拿督斯里魏家祥"]


def test_addressee_after_a_time_clause_is_left():
    """颁奖礼之前已经跟对方说了 (THUCNews line 879): the clause before 跟 is a time clause, its
    subject elided; the award ceremony does not speak."""
    text = ("惠英红在颁奖礼上眼泪决堤，心情仍未平复的她说：“我跟君如是很好的朋友，颁奖礼之前已经跟对方"
            "说了，无论谁赢，都一定要跟她来个拥抱和请吃饭。”")
    assert "颁奖礼" not in _sources(text, "说了")
