"""Chinese certainty, round 21 (brief zhcert21): a news report answered by a word that calls a
report or document false (假文件, 假新闻, 失实报道) is `disputed` (ANNOTATION.md: disputed when the
text reports it being denied or contradicted), and only when the word is said of a report, on
real sentences of an open article and of broad unlabeled text (hkcnews). The counts behind them:
benchmarks/data/zhcert21/README.md."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

ZH_NEWS = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news"

# zhB-hk01-1 (open, zhtestA), its first paragraph: the report's claims and the ministry's answer
_FAKE_DOCUMENT = ("美國保守派政治新聞網站《華盛頓自由燈塔》日前公開一份中國對於朝鮮問題立場的官方文件，報道聲稱"
                  "文件來自中共中央辦公廳，指中國沒有要求朝鮮放棄核武。不過中國外交部昨日（3日）以「Fake "
                  "document（假文件）」回應事件。")


def test_a_report_answered_with_fake_document_is_disputed() -> None:
    # zhB-hk01-1 gold: 報道聲稱文件來自中共中央辦公廳 and 指中國沒有要求朝鮮放棄核武 are disputed
    assert zh_judged(ZH_NEWS / "test" / "zhB-hk01-1.txt", "聲稱", "文件來自")[1] == "disputed"
    assert zh_judged(ZH_NEWS / "test" / "zhB-hk01-1.txt", "指", "中國沒有要求")[1] == "disputed"
    got = zh_judgements_by_cue(_FAKE_DOCUMENT)
    assert got["聲稱"][1] == "disputed"


def test_the_same_report_without_the_answer_stays_reported() -> None:
    # the negative side of the case above: no word calls the document false
    got = zh_judgements_by_cue(_FAKE_DOCUMENT.split("不過")[0])
    assert got["聲稱"][1] == "reported"


def test_a_report_after_the_rebuttal_was_spent_stays_reported() -> None:
    # zhB-hk01-1 gold: 《星島日報》稍早前報道稱文件本身存在錯別字 (reported): the rebuttal 該文件為
    # 「fake news(假新聞)」 answers the earlier report of the document, the nearest before it
    assert zh_judged(ZH_NEWS / "test" / "zhB-hk01-1.txt", "報道稱", "文件本身")[1] == "reported"


def test_a_rumour_called_false_leaves_the_news_report_next_to_it_alone() -> None:
    # hkcnews article_32396: the rumour (李登輝逝世) is what is false, not the CNA report on visits
    got = zh_judgements_by_cue(
        "中央社今早報道說，李登輝住院期間適逢武漢肺炎疫情，為避免感染，醫療團隊建議不要會客。昨天網上傳出"
        "李登輝病情惡化及拔喉病逝消息，即使台聯黨今天凌晨澄清強調李登輝逝世是假消息、目前仍在醫院接受"
        "治療，但是記者並無離去。")
    assert got["報道說"][1] == "reported"


def test_falsehood_in_general_disputes_no_report() -> None:
    # hkcnews article_43589: 社會充斥著「假新聞和假消息」 answers neither outlet's report
    got = zh_judgements_by_cue(
        "《明報》報道一班無辜被打，最後未能得到公義的故事，個案已近乎無法跟進。接替鄧炳強出任警務處處長的"
        "新「一哥」蕭澤頤，日前會見傳媒，重提元朗721事件。蕭澤頤在訪問中指社會充斥著「假新聞和假消息」。")
    assert got["報道"][1] == "reported"
