"""Chinese certainty, round 27 (brief zhcert27): a denial whose whole content is a pointer and a
claim noun (否認有關說法, 反駁有關說法, 否认上述指控) disputes the nearest claim of another source
in the same or the previous sentence (ANNOTATION.md: disputed when the text reports it being
denied; disputed wins over anonymous). Real sentences of an open article (zhS-am1320-1) and of
broad unlabeled text (hkcnews); counts in benchmarks/data/zhcert27/README.md."""

from __future__ import annotations

from golden_support import zh_judgements_by_cue

# zhS-am1320-1 (zhStune, open), lines 3-4
_EMBASSY = ("聯邦公共安全部長Marco Mendicino馬守諾今年4月向國會一個委員會表示,聯邦警察部門已採取果斷行動,"
            "關閉所謂的警崗。\n中國駐加拿大大使館否認有關說法,稱這些站點目的是為中國公民提供更新駕駛執照等方面的協助。")

# hkcnews article_48381: a vet rebuts the department's statement of the paragraph before
_BOARS = ("昨晚撲殺野豬行動結束後，漁護署發言人在現場見記者表示，行動的目的是希望減少習慣在該處出沒和覓食的野豬數目，"
          "保障市民安全。\n不過，曾參與漁護署野豬絕育計劃的獸醫謝裕輝，於周二下午接受訪問時已反駁有關說法，"
          "他說署方沒有實質數據支持。")

# hkcnews article_23909: an agentless charge (被指, anonymous) denied by the police
_GREEN_LIGHT = "對於荃灣的開槍事件被指是警方為前線警員使用實彈「開綠燈」，鄧炳強否認有關說法。"

# hkcnews article_21576: 他 answers a reporter's question; the pointer names the question's
# suggestion, not 馬時亨's own earlier statement
_QUESTION = ("去年8月，馬時亨曾稱兩度向林鄭月娥請辭但被邀留任，他最後決定留任至聘請下任行政總裁。\n"
             "馬時亨昨日一度被記者問到，當初不接受特首的邀請留任，是否因為害怕未來港鐵面對的挑戰，他否認這個說法，"
             "並指任何公司永遠都在面對挑戰。")


def test_a_statement_denied_by_a_bare_pointer_is_disputed() -> None:
    got = zh_judgements_by_cue(_EMBASSY)
    assert got["表示"][1] == "disputed"
    assert got["否認"][0] == "deny"


def test_the_statement_without_the_denial_stays_asserted() -> None:
    # the negative side of the case above
    assert zh_judgements_by_cue(_EMBASSY.split("\n")[0])["表示"][1] == "asserted"


def test_a_rebuttal_of_the_paragraph_before_disputes_it() -> None:
    assert zh_judgements_by_cue(_BOARS)["表示"][1] == "disputed"


def test_an_unnamed_charge_denied_is_disputed_not_anonymous() -> None:
    assert zh_judgements_by_cue(_GREEN_LIGHT)["被指"][1] == "disputed"


def test_a_pointer_answering_a_question_disputes_no_earlier_statement() -> None:
    assert zh_judgements_by_cue(_QUESTION)["稱"][1] == "asserted"
