"""Chinese "never before" statements are no denials (round 27, brief zhnever27).

A 从未 / 从来没有 that says something never happened BEFORE (an unprecedented state or a surprise:
从来没有过这样的自由度, 生意从未试过如此严峻, 从未公开的乱葬岗, 以往…从未要求) rejects no claim, so it
is assert (STANCE.md row 2; Deny vs assert: a negation is a denial only if it rejects a claim
made or plainly implied). The open gold denials with 从未 / 从来没有 stay deny (從來沒有通過這樣的電話,
從未承諾, 从来没有过接触). denials.json `never_before`; certainty.py `_never_before`; counts in
benchmarks/data/zhnever27/README.md. Real sentences of THUCNews (line N+1 = thN), hkcnews article
files and open zh-news tune articles.
"""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"


def test_an_adjectival_never_before_is_no_denial() -> None:
    # THUCNews th77 (main: deny)
    text = ("兰德公司亚洲太平洋政策中心主任托马斯·麦克纳赫说：“对于执政时间不长的奥巴马政府来说，"
            "美中双方能够如此迅速地开展深入对话，这是以前从来没有的情况，所以这是一个非常好的迹象。”")
    assert zh_judgements_by_cue(text)["说"][0] == "assert"


def test_never_had_such_freedom_is_no_denial() -> None:
    # THUCNews th794 (main: deny)
    text = "罗斯说：“在我的篮球生涯中，从来没有过这样的自由度。锡伯杜不在意进攻，他只在乎防守。”"
    assert zh_judgements_by_cue(text)["说"][0] == "assert"


def test_never_so_severe_is_no_denial_in_traditional_script() -> None:
    # hkcnews article_46356 (main: deny)
    text = "他坦言，生意從未試過如此嚴峻，每月要承擔3萬多元固定支出，但有支出、無收入。"
    assert zh_judgements_by_cue(text)["坦言"][0] == "assert"


def test_a_denied_call_with_a_verb_before_such_stays_deny() -> None:
    # zhI-taisounds-1 gold: deny (從來沒有通過這樣的電話: 通過 is no experiential 過)
    assert zh_judged(TUNE / "zhI-taisounds-1.txt", "強調", "國民黨主席跟柯文哲主席")[0] == "deny"


def test_a_denied_promise_stays_deny() -> None:
    # zhB-ettoday-1 gold: deny
    assert zh_judged(TUNE / "zhB-ettoday-1.txt", "強調", "我們從未承諾")[0] == "deny"


def test_never_had_contact_stays_deny() -> None:
    # zhP-worldjournal-1 gold: deny (从来没有过接触: 过 with no degree word after it)
    assert zh_judged(TUNE / "zhP-worldjournal-1.txt", "回應", "她和這家公司")[0] == "deny"


def test_never_since_a_start_is_no_denial() -> None:
    # hkcnews article_13862 (main: deny): a criticism, no claim rejected
    text = "林卓廷表示，廉署成立以來，從未試過3年都沒有執行處首長的任命和人選。"
    assert zh_judgements_by_cue(text)["表示"][0] == "assert"


def test_never_questioned_before_stays_deny() -> None:
    # hkcnews article_19032: the expert answers the magistrate who found his evidence unreliable
    text = ("署理總裁判官蘇惠德認為辯方專家所作證供不穩妥。Payne-James接受眾新聞專訪。"
            "他指，以往從未被質疑證供不穩妥（unreliable），只有遇過一些案件的照片質素太差，不足以分析。")
    assert zh_judgements_by_cue(text)["指"][0] == "deny"


# --- 并不 before a modal, scope word or evaluation (denials.json `plain_bingbu`) ---

def test_a_negated_forecast_is_no_denial() -> None:
    # THUCNews th11 (main: deny)
    text = "家具建材消费走低东方家园家居广场副总经理殷玉新告诉记者，元旦市场并不会成为一个家居消费的旺季。"
    assert zh_judgements_by_cue(text)["告诉"][0] == "assert"


def test_not_only_is_no_denial() -> None:
    # THUCNews th778 (main: deny)
    text = "Graduate Fog网站说，这些实习生并不只是泡泡茶，他们做的是正式员工的工作，却没有任何薪酬。"
    assert zh_judgements_by_cue(text)["说"][0] == "assert"


def test_not_equal_is_no_denial_in_traditional_script() -> None:
    # hkcnews article_15589 (main: deny)
    text = "她認為，法律並不等於公義，而是盡量追求和接近公義。"
    assert zh_judgements_by_cue(text)["認為"][0] == "assert"


def test_not_knowing_stays_deny() -> None:
    # THUCNews th608: 并不清楚 (not knowing the matter rejects it: denials.json round 15)
    text = "她表示，并不清楚自己上了胡润榜这回事。"
    assert zh_judgements_by_cue(text)["表示"][0] == "deny"


def test_a_rejected_surrender_claim_stays_deny() -> None:
    # THUCNews th716: the prosecution answers the defence's 邵志和算自首
    text = "检方表示，邵志和并不是主动到纪检部门交待罪行，不能算作自首。"
    assert zh_judgements_by_cue(text)["表示"][0] == "deny"
