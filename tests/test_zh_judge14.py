"""Chinese stance and certainty on fresh text (round 14, `benchmarks/data/zhjudge14/classes.md`):
retractions of a false charge, conditional threats, hedges that are no confirmation, questions
never disputed, and the negative side on real sentences of broad text (hkcnews) where a version of
these rules fired wrongly. Sentence-level positives are the golden rows `zhjudge14-*`
(tests/golden/zh.json)."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_golden_rows, zh_judgements_by_cue, zh_rows_not_in_their_tune_article

import sayso

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"


def _by_cue(text: str) -> dict[str, tuple[str, str]]:
    return zh_judgements_by_cue(text)


def test_golden_rows_are_verbatim_in_their_open_article() -> None:
    rows = zh_golden_rows("zhjudge14-")
    assert len(rows) >= 6
    # the newly opened part H tune
    assert all(c["origin"].split(": ")[-1].startswith("zhH-") for c in rows), [c["id"] for c in rows]
    assert zh_rows_not_in_their_tune_article(rows) == []


def test_retraction_demanded_under_a_call_cue_is_deny() -> None:
    # zhH-sgnews-1 gold: 新加坡兩位部長 要求 deny (他撤回虛假指控並道歉); the other 要求 in the
    # same sentence (還要求賠償損失) stays urge
    analysis = sayso.analyze("昨天(5月12日)下午,新加坡兩位部長——王乙康、徐芳達聯合發布聲明,向Righ Sng發出律師函,"
                             "要求他撤回虛假指控並道歉,還要求賠償損失。", language="zh")
    t = analysis.document.text
    by_content = {"".join(t[c.start:c.end] for c in a.content): a.stance for a in analysis.attributions}
    assert by_content["他撤回虛假指控並道歉"] == "deny"
    assert by_content["賠償損失"] == "urge"


def test_harm_suffered_under_a_condition_stays_a_warning() -> None:
    # STANCE.md row 5 example (zhB-hkcnews-4): 一旦違反限制，將會面臨法律後果 is warn, not threaten
    text = (TUNE / "zhB-hkcnews-4.txt").read_text(encoding="utf-8")
    got = sayso.analyze(text, language="zh")
    t = got.document.text
    hits = [a for a in got.attributions if any("面臨法律後果" in t[c.start:c.end] for c in a.content)]
    assert hits and all(a.stance != "threaten" for a in hits)


def test_could_not_confirm_is_a_hedge_not_a_confirmation() -> None:
    # hkcnews article_23648: 消防處至今未能確認… was read as a confirm attribution with the source
    # 消防處至今未能; a hedge verb negated reports no statement
    got = _by_cue("消防處高級助理救護總長（港島及九龍區域）羅信堂回應指， 前線救護指揮官當晚有紀錄傷者變化，"
                  "惟只有很「粗略」、「不完整」的手寫紀錄，未能作準，消防處至今未能確認現場傷者人數及傷勢變化的確實情況。")
    assert "確認" not in got
    # the unconfirmed report of an outlet keeps its hedge in the next sentence
    got = _by_cue("据《华尔街日报》报道，交易规模约为50亿美元。路透社未能证实该报道。")
    assert got == {"据+报道": ("assert", "unconfirmed")}


def test_a_question_is_never_disputed() -> None:
    # hkcnews article_29397 (an RFI interview transcript): the answer rejects 所謂來自海鮮市場的說法
    # (deny); the interviewer's earlier question claims nothing and stays undisputed (open gold:
    # 65 ask, none disputed)
    text = (" **記者：** 對您來說自然病毒的說法是不可信的，一定是人為操作的結果？   \n"
            " **呂克・蒙塔尼耶：** 對， **這個病毒是根據一個來自蝙蝠身上的冠狀病毒製作的，之後，"
            "可能是無意中泄漏到實驗室外。** 所謂來自海鮮市場的說法只是一個傳說而已。   \n")
    analysis = sayso.analyze(text, language="zh")
    assert all(a.certainty != "disputed" for a in analysis.attributions if a.stance == "ask")
    assert any(a.stance == "deny" for a in analysis.attributions)


def test_shock_and_grief_at_a_disaster_is_no_condemnation() -> None:
    # hkcnews article_25516: 感到震驚和悲痛 after a bus crash mourns; shock was left out of the
    # condemn words for it
    got = _by_cue("行政長官林鄭月娥表示感到震驚和悲痛，已指示社會福利署、民政事務總署等相關部門，"
                  "聯同醫院管理局為傷者及死傷者家屬提供一切適切協助，包括殮葬安排等。")
    assert got["表示"][0] != "condemn"


def test_named_claim_inside_a_contradicted_report_is_disputed() -> None:
    # zhH-cctvnews-1 (whole article): 彭博社援引消息人士的话报道称，美国情报部门认为… is denied by
    # 佩斯科夫 (gold: both disputed); the same mechanism read right on hkcnews article_2031
    # (《信報》報道，董建華…透露…, then 鄭耀棠說「絕對無聽過」)
    text = (TUNE / "zhH-cctvnews-1.txt").read_text(encoding="utf-8")
    analysis = sayso.analyze(text, language="zh")
    named = [a for a in analysis.attributions if a.source and a.source.text == "美国情报部门"]
    assert named and named[0].certainty == "disputed"
    later = [a for a in analysis.attributions if a.source and a.source.text == "佩斯科夫"]
    assert later and later[0].certainty == "asserted"  # the denier's own words are never disputed


def test_correction_after_the_speakers_own_denial_goes_on_denying() -> None:
    # zhH-zaobao-1 gold: 罗家良 指出 deny (关于…一事,不是临时决案…,而是亚细安一致和共同立场), after
    # his 指上述报道…“是不符事实和毫无根据的”; the same "not X but Y" by a speaker who has denied
    # nothing stays as it was (hkcnews article_3326: a view, assert)
    analysis = sayso.analyze((TUNE / "zhH-zaobao-1.txt").read_text(encoding="utf-8"), language="zh")
    t = analysis.document.text
    points = [a for a in analysis.attributions if a.source and a.source.text == "罗家良"
              and any("不是临时决案" in t[c.start:c.end] for c in a.content)]
    assert points and points[0].stance == "deny"
    got = _by_cue("他表示，有關問題不是醫學問題，而是社會文化的問題。")
    assert got["表示"][0] == "assert"
