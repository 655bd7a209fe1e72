"""Exact Chinese content edges before a clause the narrator or another speaker says (zhcontent29).

The golden table (`golden/zh.json`, ids zhcontent29-*) matches contents by Dice >= 0.8; these
tests check the exact span: the content ends before ，但未透露… (what the speaker left unsaid)
and before a hand-over clause (对此， / X就此表示 / 據估計), and a speaker's own 中方对此表示…
goes on. Sentences from the open pool and breadth text, origins noted per case.
"""

from __future__ import annotations

import pytest

import sayso

CASES = [
    # open pool zhD-redants-1
    (
        "当时黄循财透露,有部分滞留在武汉的新加坡人出现疑似新冠病毒症状必须留在当地,但未透露这个数字是多少。",
        "透露",
        "有部分滞留在武汉的新加坡人出现疑似新冠病毒症状必须留在当地",
    ),
    # open pool zhS-am1320-1
    (
        "皇家騎警表示,已關閉安省、魁省與BC省的非法警務活動,這類活動與所謂的中國警崗有關,但沒透露是否有拘捕行動。",
        "表示",
        "已關閉安省、魁省與BC省的非法警務活動,這類活動與所謂的中國警崗有關",
    ),
    # open pool zhN-hongxing-1
    (
        "红星新闻向该院一名曾于乳腺外科学习的医生核实情况,该医生回应称关于网上所传信息是“假的”,但并未进一步作出说明。",
        "回应称",
        "关于网上所传信息是“假的”",
    ),
    # open pool zhF-yonhap-1
    (
        "韩联社首尔6月6日电 日前有媒体引述北京消息称,中国国家主席习近平最近决定在出席G20大阪峰会前访韩,"
        "韩国总统府官员6日就此表示,一切待定。",
        "称",
        "中国国家主席习近平最近决定在出席G20大阪峰会前访韩",
    ),
    # open pool zhC-sputnik-1
    ("據稱,共有100多份文件流入網絡,據估計,造成的損失很大。", "據稱", "共有100多份文件流入網絡"),
    # breadth: THUCNews cnews.val.txt line 200
    (
        "去年初，市场各方均认为由于百年奥运的因素，A股市场至少不会在2008年上半年大跌的观点，对此，陈东迄今仍然记忆犹新。",
        "认为",
        "由于百年奥运的因素，A股市场至少不会在2008年上半年大跌的观点",
    ),
    # breadth: hkcnews article_21995: the spokesman's 中方對此表示 is his own words going on
    (
        "中國外交部發言人耿爽回應稱，有關國家的致函枉顧事實真相，對中國無端指責和攻擊污蔑，"
        "公然將人權問題政治化，粗暴干涉中國內政，中方對此表示強烈不滿和堅決反對。",
        "回應稱",
        "有關國家的致函枉顧事實真相，對中國無端指責和攻擊污蔑，公然將人權問題政治化，"
        "粗暴干涉中國內政，中方對此表示強烈不滿和堅決反對",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), CASES)
def test_content_edge(text: str, cue: str, content: str) -> None:
    rows = [a for a in sayso.analyze(text, language="zh").attributions if a.cue[-1].text == cue]
    assert rows, f"no attribution with cue {cue!r}"
    assert "".join(text[c.start : c.end] for c in rows[0].content) == content
