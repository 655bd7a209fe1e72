"""Chinese denials on new text, round 22 (brief zhdeny22): an emphatic negation opening a
statement where the article rebuts something is `deny` (STANCE.md row 2, "Deny vs assert");
a demonstrative or service role noun, or a pseudonym, leaves the source unnamed (`anonymous`,
ANNOTATION.md); a web post (网贴) called false is `disputed`. Real sentences of open articles
(zh-news part M and N tune) and of broad unlabeled text (hkcnews); the counts behind them:
benchmarks/data/zhdeny22/README.md."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"


def test_an_emphatic_negation_after_a_false_news_notice_denies() -> None:
    # zhM-tvbs-1 gold: deny, both times (the outlet rejects a faked post carrying its logo)
    got = zh_judgements_by_cue((TUNE / "zhM-tvbs-1.txt").read_text(encoding="utf-8"))
    assert got["嚴正聲明"][0] == "deny"
    got = zh_judgements_by_cue(
        "網路上竟出現有心人士竄改《TVBS新聞》社群平台logo製作圖片，惡意散布假消息。對此《TVBS新聞》嚴正聲明，"
        "本網絕無發布此條新聞，呼籲有心人士切勿散布假消息。")
    assert got["嚴正聲明"][0] == "deny"


def test_a_negation_in_a_clarification_notice_denies() -> None:
    # zhN-cnstock-1 gold: deny (公司认为…并不存在…, in the 澄清 notice after 报道内容严重失实)
    assert zh_judged(TUNE / "zhN-cnstock-1.txt", "认为", "杉杉控股")[0] == "deny"


def test_an_emphatic_negation_answering_a_charge_denies() -> None:
    # hkcnews article_23474: the police's 「假記者」 charge, answered by the journalists' union
    got = zh_judgements_by_cue(
        "他亦反駁警方的指控，包括記者零距離貼近警方的防線以及搶犯的情況。對於警方提出的「假記者」問題，"
        "林彥邦指香港不存在假記者的定義，因為任何人都可以成為公民記者。")
    assert got["指"][0] == "deny"


def test_the_same_negation_with_nothing_rebutted_stays_assert() -> None:
    # the negative side of the case above: no denial or falsity word before it
    got = zh_judgements_by_cue(
        "對於警方提出的「假記者」問題，林彥邦指香港不存在假記者的定義，因為任何人都可以成為公民記者。")
    assert got["指"][0] == "assert"


def test_unique_is_no_negation() -> None:
    # 绝无仅有 (unique) negates nothing: rebuttal_negations `not_after`
    got = zh_judgements_by_cue(
        "公司昨日澄清有關傳聞。陳志明表示，這樣的合作在業界絕無僅有，公司會繼續投資。")
    assert got["表示"][0] != "deny"


def test_a_demonstrative_before_a_role_noun_is_unnamed() -> None:
    # zhN-hongxing-1 gold: 该医生 (the unnamed doctor of the sentence before) is anonymous
    assert zh_judged(TUNE / "zhN-hongxing-1.txt", "回应称", "关于网上所传信息")[1] == "anonymous"


def test_a_guard_on_duty_is_unnamed() -> None:
    # zhN-zhengguan-1 gold: 駐守在服務臺的保安 is anonymous
    assert zh_judged(TUNE / "zhN-zhengguan-1.txt", "告訴", " 我們一直是")[1] == "anonymous"


def test_a_pseudonym_is_unnamed() -> None:
    # zhN-zhengguan-1 gold: 王老伯（化名） is anonymous; hkcnews article_25692 阿仁（化名）
    assert zh_judged(TUNE / "zhN-zhengguan-1.txt", "表示", " 家人是老年病")[1] == "anonymous"
    got = zh_judgements_by_cue("樹仁大學一年級生阿仁（化名）表示，在11月初走上示威前線當義務急救員時，被催淚彈燒傷背部。")
    assert got["表示"][1] == "anonymous"


def test_a_named_doctor_again_stays_named() -> None:
    # the exception of anonymous.json bare_roles: the noun stood right before a name earlier
    # (zhN-hongxing-1's sentences, with the doctor named)
    got = zh_judgements_by_cue("医生王志强表示，相关老师目前仍在院内正常工作。该医生又说，网上所传信息是假的。")
    assert got["又说"][1] != "anonymous"


def test_a_web_post_called_untrue_is_disputed() -> None:
    # zhN-hongxing-1 gold: 相关网贴称… is disputed (称网上相关信息是不实信息, two sentences on)
    assert zh_judged(TUNE / "zhN-hongxing-1.txt", "称", "一名学生罹患")[1] == "disputed"


def test_a_shop_clerk_is_unnamed() -> None:
    # THUCNews (cnews.val.txt line 635, th634): a clerk of a named shop names no one
    got = zh_judgements_by_cue("意风家具店员表示：“我们意风家具从来都是明码实价，不打折是出了名的。”")
    assert got["表示"][1] == "anonymous"
