"""Chinese speakers on new text (round 19, issues #11 and #15).

Golden rows in `tests/golden/zh_spk19.json` (real excerpts; see its `_doc`), run through the
whole pipeline: a noun phrase set off by a comma speaks the elided cue after it
(几家中文报的报导，也证实…); a titled piece (题为“…”的文章) and a hedged report (未经证实的报告)
are sources whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk19.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk19_golden(case):
    assert zh_speaker_case_problems(case) == []


def _cues(text: str) -> list[str]:
    import sayso

    return [a.cue[0].text for a in sayso.analyze(text, language="zh").attributions]


def test_noun_object_of_a_light_verb_is_no_cue():
    """对…的无理指责进行了驳斥: 指责 heads the object of 进行, no statement (a sentence of the
    shape of zhL-ifeng-1's 对外媒的转会传闻进行辟谣); 要求进行… keeps its cue (zhA-cns-3:
    认真对待利益攸关方要求进行损害认定与赔偿的正当诉求, where 对 is part of 对待)."""
    assert "指责" not in _cues("外交部发言人对美方的无理指责进行了驳斥，称这是造谣。")
    assert "要求" in _cues("汪文斌：日方不仅应当严肃对待国内民众关切，同样应当正视国际社会特别是周边邻国的"
                         "强烈担忧，本着负责任和建设性的态度同利益攸关方进行沟通，认真对待利益攸关方"
                         "要求进行损害认定与赔偿的正当诉求。")


def test_object_before_quote_not_for_showing_or_a_cue_after():
    """说明一个道理：“…” (THUCNews line 929) shows, no one speaks; 回應時說:「…」 (zhB-rfi-1)
    has 說 as the verb of the words, not 回應 with an object."""
    assert "说明" not in _cues("上述部分私募产品，近期行情参与度不高，但是在近12个月排名中依然靠前，"
                             "说明一个道理：“投资是长跑，投资以不亏为第一要义”。")
    assert "回應" not in _cues("梁振英回應時說:「有一個事實上的問題,我記憶中,我沒講過我沒僭建。」")


def test_light_verb_is_no_part_of_the_source():
    """我將一概予以否認 (hkcnews article_20018): 予以 and the adverb before it go (the modal 將
    is left to the subject, as before)."""
    import sayso

    a = sayso.analyze("我將一概予以否認，服刑而不服法，伏法而不認罪。", language="zh")
    assert [x.source.text for x in a.attributions if x.cue[0].text == "否認"] == ["我將"]
