"""Chinese speakers, the right source on new text (round 23, issues #11 and #15).

Golden rows in `tests/golden/zh_spk23.json` (real excerpts; see its `_doc`), run through the
whole pipeline: a title and an ambiguous surname that is also a preposition (联合创始人于信, not
a 于 phrase); a note in parentheses on the source (未具名, 化名: mentions.json `kept_notes`);
people listed as one subject (邵家臻、陳淑莊…均要求; two titled people only with 联合/都 after
them); a full date opening the clause (去年12月, 3月17日) is no source; a titled name alone
set off by commas speaks the elided cue after it (…，首席法官馬道立，亦認為); a name ending in
a frame character (胡加时, 杨允中) is no time or place frame.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk23.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk23_golden(case):
    assert zh_speaker_case_problems(case) == []


def _attributions(text: str) -> list:
    import sayso

    return sayso.analyze(text, language="zh").attributions


def test_titled_pair_without_joint_adverb_stays_apart():
    """港大校長張翔及科大教授葉玉如指出 (the docstring case of entities.coordinated): two titled
    people with no 联合/都 after them speak in turn; the nearest speaks."""
    text = "港大校長張翔及科大教授葉玉如指出，研究很重要。"
    assert [a.source.text for a in _attributions(text)] == ["科大教授葉玉如"]


def test_titled_name_clause_ends_the_statement_before():
    """陳文敏認為…，時任高等法院首席法官馬道立，亦認為… (hkcnews article_15589): 陳文敏's
    statement ends before the judge's clause."""
    text = ("陳文敏認為政府的說法是支吾以對、沒有合理解釋，時任高等法院首席法官馬道立，"
            "亦認為政府應該以公平、公正、合理的方式給予拒絕入境的理由。")
    first = next(a for a in _attributions(text) if a.source.text == "陳文敏")
    assert first.content[0].text == "政府的說法是支吾以對、沒有合理解釋"


def test_date_before_relative_clause_stays():
    """2018年入職的陳繼忠 (hkcnews article_18293): the year belongs to the relative clause, the
    date rule of cut_source leaves a phrase with 的 alone."""
    text = "提交給三藩巿聯邦法院的起訴書稱，2018年入職的陳繼忠（Jizhong Chen）承認在一個秘密工作區工作。"
    srcs = [a.source.text for a in _attributions(text) if a.cue[0].text == "承認"]
    assert srcs == ["2018年入職的陳繼忠（Jizhong Chen）"]


def test_qihou_alone_is_no_pronoun():
    """美國傳媒報道，…。南韓外長康京和與…通電話，其後稱… (hkcnews article_12380): 其後 "afterwards"
    is an adverb (source.json connectives), not the pronoun 其 pointing back at the outlet."""
    text = ("美國傳媒報道，文在寅對特朗普的決定感到詫異和遺憾。南韓外長康京和與美國國務卿蓬佩奧通電話，"
            "其後稱南韓和美國「應盡力挽回今次美朝會談的良機」。")
    [a] = [a for a in _attributions(text) if a.cue[0].text == "稱"]
    assert a.source is not None and a.source.text.startswith("南韓外長")


def test_trust_in_someone_is_no_belief():
    """我們不能再相信臺灣了 (zhO-ce-1) and 互相信任 (hkcnews article_31166): 相信 with one noun as
    its object (cues.json trust_cues) states no belief; 我相信这个就是成功的 (THUCNews line 839) does."""
    quoted = "一些新加坡網友,留言表示「我們不能再相信臺灣了,一次就夠了」。"
    assert [a.cue[0].text for a in _attributions(quoted)] == ["表示"]
    mutual = "希望同工們都能夠互相支持，互相信任，多關顧老師。"
    assert [a.cue[0].text for a in _attributions(mutual)] == []
    belief = "我相信这个就是成功的。"
    assert [(a.source.text, a.cue[0].text) for a in _attributions(belief)] == [("我", "相信")]
