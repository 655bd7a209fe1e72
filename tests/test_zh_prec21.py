"""Chinese rows split and cut, round 21 (brief zhprec21): a subjectless cue opened by 又 ('also,
further': …，又说… / …；又提及…) starts another statement of the same speaker. The content
around it ends before its clause, and its speaker is the one whose statement it goes on
(`relate._further_statement`, `relate._outer_statement`; word list `further_openers` in
`sayso/lang/zh/markers.json`). ANNOTATION.md Boundaries: a statement runs "up to where another
speaker or the narrator takes over"; divergences.md D4: one speaker's two cues are two rows with a
content each. None of the open zh-news gold contents runs over a ，又说 / ；又提及 clause.

Each case is a real sentence from an open zh-news article or from the hkcnews text of the
breadth check, with the rows (cue, source, content) that must and must not come out.
"""

from __future__ import annotations

import pytest

import sayso


def _rows(text: str) -> list[tuple[str, str, str]]:
    analysis = sayso.analyze(text, language="zh")
    return [("+".join(c.text for c in a.cue), a.source.text if a.source else "-",
             " / ".join(c.text for c in a.content)) for a in analysis.attributions]


# (origin, sentence, cue, source, content it must have)
FURTHER = [
    # 質疑…；又提及…: the doubt ends at the semicolon (zhB-mingpao-2, zh-news half B)
    ("zhB-mingpao-2",
     "據了解,王志民會上不點名批評有人在特首宣布暫緩修例前「爭出鏡」亂說話,質疑人們與傳媒率先表達有關信息是沒想清楚;"
     "又提及建制陣營的聲音未能透過傳媒表達,提到傳媒老闆多是商人,質疑為何「管不了」有關報道。",
     "質疑", "王志民", "人們與傳媒率先表達有關信息是沒想清楚"),
    # 續指，X稱…，又說…: 華春瑩 goes on, not the paper she quotes (zhI-hk01-1, part I tune)
    ("zhI-hk01-1",
     "華春瑩續指,《華爾街日報》稱「中方與委內瑞拉反對派會談」的報道是虛假報道、假消息,"
     "又說近來個別媒體不斷地炮製一些虛假信息,不知道它的目的何在。",
     "又說", "華春瑩", "近來個別媒體不斷地炮製一些虛假信息,不知道它的目的何在"),
    ("zhI-hk01-1",
     "華春瑩續指,《華爾街日報》稱「中方與委內瑞拉反對派會談」的報道是虛假報道、假消息,"
     "又說近來個別媒體不斷地炮製一些虛假信息,不知道它的目的何在。",
     "續指", "華春瑩", "《華爾街日報》稱「中方與委內瑞拉反對派會談」的報道是虛假報道、假消息"),
    # an outlet's report relays the speaker (divergences.md D1): the report keeps its whole clause,
    # and 又稱 stays with the website, not with 《美國之音》 (hkcnews article_18048)
    ("hkcnews 18048",
     "《美國之音》報道，佳士工人聲援團官網表示，在這段30分鐘的「認罪片段」，「消失」達數月的四名佳士工人聲援團的骨幹成員"
     "岳昕、顧佳悅、鄭永明、沈夢雨，承認在大學接觸某個「敵對勢力」秘密組織，又稱被洗腦接受暴力極端思想，"
     "通過工人維權等社會焦點事件，顛覆和危害中共現行體制。",
     "又稱", "佳士工人聲援團官網", "被洗腦接受暴力極端思想，通過工人維權等社會焦點事件，顛覆和危害中共現行體制"),
]


@pytest.mark.parametrize(("origin", "text", "cue", "source", "content"), FURTHER,
                         ids=[f"{c[0]}-{c[2]}" for c in FURTHER])
def test_further_statement(origin: str, text: str, cue: str, source: str, content: str) -> None:
    assert (cue, source, content) in _rows(text)


def test_report_keeps_its_clause() -> None:
    """新華社報道，習近平表示…，又表示…: the report's content is the whole reported clause (D1),
    not cut at 又表示, which continues 習近平, not the agency (hkcnews article_9881)."""
    text = ("中國國家主席習近平周四在釣魚台國賓館會見到訪的英國首相文翠珊，官方新華社報道，習近平表示中方願同英方一道，"
            "推動中英關係在新時代健康穩定發展，又表示要提升中英關係「黃金時代」的戰略性，以建設方式處理好敏感問題。")
    rows = _rows(text)
    report = [r for r in rows if r[0] == "報道"]
    assert report and report[0][2].endswith("以建設方式處理好敏感問題")
    assert ("表示", "習近平", "要提升中英關係「黃金時代」的戰略性，以建設方式處理好敏感問題") in rows
