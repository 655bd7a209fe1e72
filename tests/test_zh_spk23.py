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
