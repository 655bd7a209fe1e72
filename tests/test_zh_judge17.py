"""Chinese stance and certainty, round 17 (brief zhjudge17): the clean check's largest cells
(stance deny>assert, urge>assert; certainty disputed>asserted) fixed as classes, each with its
negative side on real sentences of broad text (THUCNews, hkcnews)."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

ZH_NEWS = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news"


def _judged(path: str, cue: str, content_start: str) -> tuple[str, str]:
    """The (stance, certainty) of the attribution of an open article (`tune/…` or a zhtestA
    article under `test/`) with this cue whose content opens with `content_start`."""
    return zh_judged(ZH_NEWS / f"{path}.txt", cue, content_start)


def test_a_charge_naming_the_deniers_side_is_disputed_by_its_denial() -> None:
    # zhB-ltn-2 (tune) gold: 網友指證，總統馬英九…的說法公然說謊 is answered by the presidential
    # office (總統府…出面澄清…), which the charge names: disputed (ANNOTATION.md: disputed when the
    # text reports the claim being denied; STANCE.md row 2: a charge against the speaker's side)
    assert _judged("tune/zhB-ltn-2", "指證", "總統馬英九")[1] == "disputed"


def test_a_replys_emphatic_negation_after_how_it_was_checked_is_deny() -> None:
    # zhG-jwview-1 (tune) gold: 复星…回应表示，经多个渠道向监管机构求证，中国银保监会未要求…，
    # …商业银行从未收到相关通知 (STANCE.md row 2: rejects a report)
    assert _judged("tune/zhG-jwview-1", "回应表示", "经多个渠道")[0] == "deny"


def test_a_reply_with_a_plain_negation_later_is_no_denial() -> None:
    # hkcnews article_27430: an interview answer (高智商不是成功的唯一因素) and article_37653: a
    # convention quoted in a reply (…沒有探視權): only an emphatic 从未/并未/并非 after the first
    # clause rejects what the reply answers
    assert zh_judgements_by_cue("蓋茨不假思索便回應說，他現在認識到，高智商不是成功的唯一因素。")[
        "回應說"][0] == "assert"
    assert zh_judgements_by_cue(
        "署方回應時，引述《維也納領事關係公約》說被懲教署羈押外國人，外國領使對其國民有探視權，"
        "對被羈押的中國公民沒有探視權。")["引述+說"][0] == "assert"


def test_a_reply_saying_it_will_not_happen_is_deny() -> None:
    # zhI-8tvnews-1 (tune) gold: 安华回应，“明天不会有消息。” answers the reported reshuffle
    assert _judged("tune/zhI-8tvnews-1", "回应", "明天不会有消息")[0] == "deny"


def test_a_modal_before_a_prepositional_phrase_calls_on_another_party() -> None:
    # zhD-huanqiu-1 (zhtestA, open) gold: …令人惋惜，政府应该为海警的安全问题制定对策 (STANCE.md row 6:
    # 应该 prescribed by the speaker to another party)
    assert _judged("test/zhD-huanqiu-1", "表示", "韩国海警被袭击事件")[0] == "urge"


def test_should_be_related_to_is_a_guess() -> None:
    # THUCNews line 636: 他应该与南勇、杨一民案有关 guesses; 与 after the modal stays out
    assert zh_judgements_by_cue("李彤协助调查，最开始的时候，人们认为他应该与南勇、杨一民案有关。")[
        "认为"][0] == "assert"


def test_an_outlet_rejecting_a_charge_speaks_for_itself() -> None:
    # zhC-orientaldaily-1 (zhtestA, open) gold: 《环球时报》也对事件做出回应，表示《环球时报》中英文版都没有
    # 刊发李显龙的相关言论 is the paper's own plain statement (asserted), not a news report
    # (ANNOTATION.md: reported when an outlet reports it)
    assert _judged("test/zhC-orientaldaily-1", "表示", "《环球时报》中英文版") == ("deny", "asserted")


def test_an_outlets_own_report_stays_reported() -> None:
    # hkcnews article_9881: 美聯社報道，在緬甸發現從未公開的五個亂葬崗 is the agency's news
    # report (its 从未 is read as a denial, a separate matter): the report cue keeps it reported
    got = zh_judgements_by_cue("另外，美聯社報道，在緬甸發現從未公開的五個亂葬崗，聲稱這是在若開邦鎮壓羅興亞人的新證據。")
    assert got["報道"][1] == "reported"


def test_a_link_denied_is_deny() -> None:
    # zhF-lwdf-1 (tune) gold: 中国外交部发言人刘为民…表示，看不出这艘船运载导弹和中国有什么联系 rejects
    # the implied charge (STANCE.md row 2: a claim plainly implied in the article)
    assert _judged("tune/zhF-lwdf-1", "表示", "看不出")[0] == "deny"


def test_not_taking_part_answered_to_a_reporter_is_no_denial() -> None:
    # THUCNews line 549: asked about a joint petition, 该人士表示，对这件事情有所耳闻，但该公司并未参与其中:
    # no one charged the company, so 并未参与 rejects nothing
    got = zh_judgements_by_cue("当记者询问，听说最近不少阳光私募界人士联名上书银监会希望就该《操作指引》进行进一步"
                               "沟通时，该人士表示，对这件事情有所耳闻，但该公司并未参与其中。")
    assert got["表示"][0] != "deny"


def test_wrongdoing_admitted_is_confirm() -> None:
    # zhA-nyt-1 (zhtestA, open) gold: 他承认与女性在网上有不正当的婚外关系 admits a fault (STANCE.md
    # row 3: admits or confirms; denials.json `admissions`)
    assert _judged("test/zhA-nyt-1", "承认", "与女性")[0] == "confirm"


def test_harm_likely_to_spread_is_warn() -> None:
    # zhA-dw-1 (zhtestA, open) gold: 专家普遍认为，一旦美国武力介入两岸冲突，台海军事冲突恐进一步扩大
    # (STANCE.md row 5: harm that may come from events)
    assert _judged("test/zhA-dw-1", "认为", "一旦美国")[0] == "warn"


def test_perhaps_is_no_warning() -> None:
    # THUCNews line 41: 恐怕 (perhaps) over a missed target forecasts no harm spreading
    got = zh_judgements_by_cue("“如果没有大量拍地，今年的温州财政相关指标恐怕很难完成。”一位学者表示。")
    assert got["表示"][0] == "assert"
