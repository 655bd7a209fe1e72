"""Chinese stance and certainty on fresh text (round 13, `benchmarks/data/zhjudge13/classes.md`):
denials that name a report, claims a denial cites in order to reject them, and the negative side
on real sentences of broad text (hkcnews) where an earlier version of these rules fired wrongly.
Sentence-level positives are the golden rows `zhjudge13-*` (tests/golden/zh.json)."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_golden_rows, zh_judgements_by_cue, zh_rows_not_in_their_tune_article

import sayso

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"


def _by_cue(text: str) -> dict[str, tuple[str, str]]:
    return zh_judgements_by_cue(text, "")


def test_golden_rows_are_verbatim_in_their_open_article() -> None:
    rows = zh_golden_rows("zhjudge13-")
    assert len(rows) >= 5
    assert zh_rows_not_in_their_tune_article(rows) == []


def test_denial_citing_an_unnamed_claim_disputes_it_and_does_not_rest_on_it() -> None:
    # zhG-newtalk-1 gold: 他 說明 deny / asserted; 外界 質疑 disputed
    got = _by_cue("他也說明，有關外界質疑國軍公布的F-16V鎖定畫面為「P圖」，完全不是事實。")
    assert got["說明"] == ("deny", "asserted")
    assert got["質疑"][1] == "disputed"


def test_bare_come_forward_to_rebut_disputes_the_report() -> None:
    # zhG-ntdtv-2 gold: 媒體 報導 disputed (蒂勒森也立即出面澄清, no content of its own)
    got = _by_cue("到了10月,媒體再次報導蒂勒森可能去職,蒂勒森也立即出面澄清。")
    assert got["報導"][1] == "disputed"


def test_a_denied_news_report_is_not_a_named_persons_statement() -> None:
    # zhG-ntdtv-2: 媒體關於蒂勒森的報導是不實的 answers the media report, not Trump's
    # 他在啊 (which shares the name); gold: 川普 asserted, the reports disputed
    text = "\n".join((TUNE / "zhG-ntdtv-2.txt").read_text(encoding="utf-8").splitlines()[:5])
    got = _by_cue(text)
    assert got[":"][1] != "disputed"  # 美國總統川普:「他在啊…」
    assert got["告知"][0] == "deny"
    assert got["報導指出"][1] == "disputed"


def test_denial_naming_an_outlets_report_disputes_its_later_claims() -> None:
    # zhG-xinhua-1: the White House calls 《纽约时报》报道 inaccurate before the article gives the
    # report (《纽约时报》26日援引消息人士的话报道说…); gold: that claim disputed
    analysis = sayso.analyze((TUNE / "zhG-xinhua-1.txt").read_text(encoding="utf-8"), language="zh")
    cited = [a for a in analysis.attributions if a.source and a.source.text == "消息人士"]
    assert cited and all(a.certainty == "disputed" for a in cited)


def test_nested_unnamed_source_of_a_denied_report_is_disputed() -> None:
    # zhG-jwview-1 gold: 报道称“知情人士称，…” denied by 复星 (纯属子虚乌有): the 知情人士 inside
    # the report is disputed as well
    analysis = sayso.analyze((TUNE / "zhG-jwview-1.txt").read_text(encoding="utf-8"), language="zh")
    inner = [a for a in analysis.attributions if a.source and a.source.text == "知情人士"
             and a.parent is not None]
    assert inner and all(a.certainty == "disputed" for a in inner)


def test_a_named_experts_charge_quoted_by_a_critic_is_not_disputed() -> None:
    # hkcnews article_26493 (breadth): a column quotes the expert's 炮轟影片是假新聞; the expert's
    # own words are no rumour the column rejects
    text = ("可惜，當中沒有答案，縱使引用了專家的意見：「港大感染及傳染病中心總監何栢良昨晚接受《立場新聞》"
            "查詢時，就炮轟影片是假新聞，內容大錯特錯兼害死人，呼籲市民不要再轉發該影片。」")
    assert _by_cue(text)["炮轟"][1] != "disputed"


def test_belief_about_an_effect_is_no_promise() -> None:
    # hkcnews article_30422 (breadth): 認為會對…帶來…影響 is a forecast, not a commitment
    text = "民主派支持者方面，96%反對建立國安法，98%認為會對香港社會穩定帶來負面影響，意見一面倒。"
    assert all(stance != "promise" for stance, _ in _by_cue(text).values())


def test_quoted_charge_of_false_words_rejected_stays_a_denial() -> None:
    # hkcnews article_38580 (breadth): 校方口中所云「…的失實言論」，實為…真實想法 rejects the
    # charge; 失实 before 言论 is not merely attributive (only 失实报道 is)
    text = ("上屆中大學生會內閣「星火」發聲明指，新當選學生會幹事會「朔夜」乃經民主選舉由全體中大同學選出，"
            "依校董會通過的《中大學生會會章》，具充分權力代表全體中大同學，中大校方口中所云「令大學聲譽受損的"
            "失實言論」，實為中大全體同學以手上一票所授權和表達的真實想法。")
    assert _by_cue(text)["聲明指"][0] == "deny"


def test_insisting_on_a_negation_is_a_denial() -> None:
    # hkcnews article_39634 (breadth, read right): the defendant insists he pushed no one
    text = ("控方盤問時，出現雙方不斷各自表述的情形，吳偉南堅稱沒有推人或揮棍擊中任何人，只是「戽開」群眾"
            "（即類似撥開的動作），而倒地男子是「自己跌親」。")
    assert _by_cue(text)["堅稱"][0] == "deny"


def test_insisting_on_a_concession_is_no_denial() -> None:
    # the concessive opener (即使…没有…，可是…) keeps 坚称 from denying (hkcnews article_40917)
    assert _by_cue("他堅稱，即使法律一次又一次地沒有達到平等，可是法治的概念本身是重要的。")["堅稱"][0] != "deny"


def test_text_calling_a_claim_wrong_makes_it_disputed() -> None:
    # zhD-zaobao-1 gold: 文章錯誤地暗示… is disputed (the text says the claim is wrong)
    text = ("馬赫塔尼(Shibani Mahtani)和錢德拉達薩(Amrita Chandradas)的文章錯誤地暗示新加坡的中文報紙"
            "《聯合早報》呼應北京的官方宣傳。")
    assert _by_cue(text)["暗示"][1] == "disputed"


def test_expert_of_a_field_is_unnamed() -> None:
    # zhF-lwdf-1 gold: anonymous (a field modifier is no possessor)
    assert _by_cue("食品工程方面的专家认为,娃哈哈营养快线目前的配料表和标签符合规范。")["认为"][1] == "anonymous"


def test_own_body_as_subject_commits() -> None:
    # zhD-unwire-1 (half A) gold: promise (集團會深入落實約談意見, said by 螞蟻科技集團)
    text = ("而螞蟻科技集團則有回應相關事件,指集團實際控制人與相關管理層接受各主要監管部門監管約談,集團會深入落實"
            "約談意見,繼續沿著「穩妥創新、擁抱監管、服務實體、開放共贏」十六字指導方針,繼續提升普惠服務能力,"
            "助力經濟及民生發展。")
    assert _by_cue(text)["指"][0] == "promise"
