"""Chinese denials and disputed claims, round 24 (brief zhdeny24): 并未/并非/并无/并不 after a
comma are adverbs of negation, not the conjunction 并 that hands back to the narration, so a
content written without a comma after its cue goes on over them (cues.json `resume_narration`
`not_before`); a statement the same speaker chains to its own denial after a bare comma, with an
emphatic negation of its own, is `deny` (STANCE.md row 2); a claim the same claimant chains to a
disputed claim (，并称…) is `disputed` too (ANNOTATION.md). Real sentences of open articles
(zh-news part P) and of broad unlabeled text (THUCNews, hkcnews); the counts behind them:
benchmarks/data/zhdeny24/README.md."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

import sayso

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"


def _contents(text: str, cue: str) -> list[str]:
    analysis = sayso.analyze(text, language="zh")
    t = analysis.document.text
    return ["".join(t[c.start:c.end] for c in a.content) for a in analysis.attributions
            if "+".join(t[c.start:c.end] for c in a.cue) == cue]


def test_a_negation_after_the_comma_goes_on_with_the_content() -> None:
    # zhP-tw210-1 gold: 《三立》強調 "採訪記者都會保持第三方紀錄的角色,並未介入現場,…" (deny)
    assert zh_judged(TUNE / "zhP-tw210-1.txt", "強調", "採訪記者")[0] == "deny"


def test_a_report_content_goes_on_over_bing_bu() -> None:
    # THUCNews th0 (breadth): the check's finding goes on with 并不会影响…
    text = "检查结果表示拜纳姆的膝盖只是有轻微的骨骼挫伤而已，并不会影响拜纳姆征战季后赛。"
    assert _contents(text, "表示") == ["拜纳姆的膝盖只是有轻微的骨骼挫伤而已，并不会影响拜纳姆征战季后赛"]


def test_the_conjunction_bing_still_ends_the_content() -> None:
    # cues.json resume_narration: 辩称自己无辜，并一直在…: the narration resumes
    text = "他辩称自己无辜，并一直在为此奔走。"
    assert _contents(text, "辩称") == ["自己无辜"]


def test_after_a_time_clause_bing_wei_is_the_narration() -> None:
    # hkcnews article_18293 (breadth): 在被問及此事時 is a time clause, 並未告知 the main clause
    text = ("陳繼忠在被問及此事時，並未告知蘋果公司，他已向一間中國自動駕駛汽車公司求職。"
            "他又說，下載資料目的，是作為一旦失去蘋果公司工作後的「保障做法」。")
    assert "被問及" not in zh_judgements_by_cue(text)


def test_a_second_verb_after_a_denial_with_an_emphatic_negation_denies() -> None:
    # zhP-ltn-2 gold: 高市府事後特別澄清影片內容並非事實，強調…均已派工完成，並非沒有處理 (deny)
    assert zh_judged(TUNE / "zhP-ltn-2.txt", "強調", "該里長")[0] == "deny"


def test_a_second_verb_with_a_plain_conditional_negation_does_not_deny() -> None:
    # hkcnews article_1646 (breadth): the defence's 反駁稱 is a denial; the 稱 after a bare comma
    # holds only a conditional 沒有 (如真的涉及貪污及沒有相關租約) and goes on with the story
    got = zh_judgements_by_cue(
        "對方控方質疑涉案租約及相關文件是事後才自製出來掩飾的騙局，辯方反駁稱，傳媒於2012年2月揭發"
        "有關曾蔭權的行為後，曾蔭權接受電台及電視台訪問，自爆租屋一事，稱想在退休後短暫離開香港這政治"
        "地方，當時曾正面對官商勾結的指控，除非曾蔭權痴線，如真的涉及貪污及沒有相關租約，他為何會自願"
        "向傳媒披露已租住涉案單位。")
    assert got["稱"][0] != "deny"


def test_a_claim_chained_to_a_disputed_claim_is_disputed() -> None:
    # zhP-tw210-1 gold: 王鴻薇在臉書控訴，…，並稱《三立》是和…女子要搭配製造新聞 (disputed, as 控訴)
    assert zh_judged(TUNE / "zhP-tw210-1.txt", "稱", "《三立》是和")[1] == "disputed"


def test_the_same_chain_with_no_denial_stays_asserted() -> None:
    # the negative side: the same sentence alone, nobody denies it
    got = zh_judgements_by_cue(
        "王鴻薇在臉書控訴，昨天在龍田活動中心宣講時，以往沒出現過的《三立》突然到場採訪，"
        "並稱《三立》是和另一名戴帽子的「青鳥側翼罷團」女子要搭配製造新聞。")
    assert got["稱"][1] == "asserted"


def test_an_emphatic_negation_after_a_concession_denies() -> None:
    # zhP-ltn-1 gold: deny (韓蒙德辦公室…發聲明澄清… then 韓蒙德辦公室表示，韓蒙德議員雖然有在該論壇
    # 發表有關英中關係的談話，但絕對沒有為《中國日報》撰文): the clause after 但 is the main clause
    assert zh_judged(TUNE / "zhP-ltn-1.txt", "表示", "韓蒙德議員")[0] == "deny"


def test_a_negation_inside_the_concession_does_not_deny() -> None:
    # the negative side (a plain 沒有, not a strong marker such as 從未): the negation is the
    # conceded part, the main clause after 但 asserts
    got = zh_judgements_by_cue(
        "韓蒙德辦公室隨即發聲明澄清，稱該文章是假造的。韓蒙德辦公室表示，韓蒙德議員雖然沒有為該報撰文，"
        "但曾在該論壇發表有關英中關係的談話。")
    assert got["表示"][0] != "deny"
