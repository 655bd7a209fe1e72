"""Chinese speakers on new text (round 22, issues #11 and #15).

Golden rows in `tests/golden/zh_spk22.json` (real excerpts; see its `_doc`), run through the
whole pipeline: a relative clause before a person noun with no name in it stays in the unnamed
source (駐守在服務臺的保安, source.json `described_person_heads`); a clause after a comma opening
with the topic preposition 就 or 对 names what is spoken about, and the subject of the clause
before speaks (耿爽，就…表示, source.json `topic_openers`); 即 + 公告 before the cue is the
channel, no part of the source (公司即公告稱).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk22.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk22_golden(case):
    assert zh_speaker_case_problems(case) == []


def _attributions(text: str) -> list:
    import sayso

    return sayso.analyze(text, language="zh").attributions


def test_described_guard_is_anonymous():
    """駐守在服務臺的保安 (zhN-zhengguan-1 gold: anonymous): 保安 is a bare role
    (anonymous.json bare_roles), naming no one."""
    text = "駐守在服務臺的保安告訴記者:\" 我們一直是 24 小時兩班倒的。\""
    [a] = [a for a in _attributions(text) if a.cue[0].text == "告訴"]
    assert a.certainty == "anonymous"


def test_notice_after_adverb_is_the_via():
    """公司即公告稱 (zhN-zqrb-1 gold: via 公告): the notice is the channel without the adverb."""
    text = "當晚,公司即公告稱,控股股東面臨平倉風險。"
    [a] = [a for a in _attributions(text) if a.cue[0].text == "稱"]
    assert [v.text for v in a.via] == ["公告"]


def test_jiu_lian_is_no_topic():
    """就连 is "even": the subject after it speaks (就连总统也表示)."""
    text = "消息传出后，就连总统也表示，中方强烈反对。"
    assert [a.source.text for a in _attributions(text) if a.cue[0].text == "表示"] == ["总统"]


def test_duifang_is_no_topic():
    """对方 is "the other side", a noun, no topic preposition (对方律师表示)."""
    text = "庭审结束后，对方律师表示，将会上诉。"
    assert [a.source.text for a in _attributions(text) if a.cue[0].text == "表示"] == ["对方律师"]


def test_topic_clause_inside_a_statement_keeps_its_content():
    """耿爽回應稱，有關國家的致函枉顧事實真相，對中國無端指責… (hkcnews article_21995): the
    topic clause is inside 耿爽's statement; his statement's content runs past it."""
    text = ("中國外交部發言人耿爽回應稱，有關國家的致函枉顧事實真相，對中國無端指責和攻擊污蔑，"
            "公然將人權問題政治化。")
    [a] = [a for a in _attributions(text) if a.cue[0].text == "回應稱"]
    assert a.content[0].text.endswith("公然將人權問題政治化")
