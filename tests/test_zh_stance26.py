"""Chinese denials and disputes, round 26 (brief zhstance26). Two constructions:

- a thing whose existence is denied under the others' own term in quotation marks (根本不存在
  「海外警察站」, 根本沒有「抽起前臂的動作」) is deny, as 不存在所谓… is (STANCE.md row 2;
  denials.json `stance_only_patterns`); a quoted word that only modifies a noun (并不存在“E0级”标准)
  or a bare 没有「…」 (《基本法》没有「失效期」) is not;
- a denial whose sentence opens with a response opener (对此, 就此, 针对上述…) disputes the charge
  told in the sentence before it (ANNOTATION.md: disputed when the text reports it being denied;
  denials.json `response_openers`); a call (urge) or a claim the denial does not take up is left;
- a police officer or office (警務處處長盧偉聰) speaks for 警方: its denial answers a charge laid at
  警方 (denials.json `side_aliases`), not one laid at another side.

Real sentences of open articles (zh-news tune parts G, K, R) and of broad unlabeled text
(THUCNews line N+1 = thN, hkcnews article files); counts: benchmarks/data/zhstance26/README.md.
"""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"


# --- existence denied under a quoted term (stance) ---

def test_a_quoted_thing_said_not_to_exist_is_denied() -> None:
    # zhR-ktsf-2 gold: 中方重申，根本不存在「海外警察站」 (deny; main: assert)
    assert zh_judged(TUNE / "zhR-ktsf-2.txt", "重申", "根本不存在")[0] == "deny"


def test_the_denial_opening_a_content_comes_before_its_charge() -> None:
    # zhR-ktsf-2 gold: 不存在「海外警察站」，堅決反對美國詆毀污衊抹黑 (deny; main: accuse): the
    # first row that fits (STANCE.md: deny, row 2, before accuse, row 8)
    assert zh_judged(TUNE / "zhR-ktsf-2.txt", "重申", "不存在「海外警察站」,")[0] == "deny"


def test_simplified_script_with_curly_quotes() -> None:
    # the zhR-ktsf-2 sentence in simplified script and curly quotes
    assert zh_judgements_by_cue("中方重申，根本不存在“海外警察站”。")["重申"][0] == "deny"


def test_never_had_the_quoted_movement() -> None:
    # hkcnews article_39634: the prosecution rejects the defendant's account
    got = zh_judgements_by_cue(
        "吳供稱又指自己在棍碰到橙帽前已「抽返起支棍」。控方不同意說法，認為吳是用右手上而下擊中橙帽，"
        "根本沒有「抽起前臂的動作」。")
    assert got["認為"][0] == "deny"


def test_a_quoted_modifier_of_a_noun_is_not_a_denial() -> None:
    # THUCNews th650: a fact told in a sales pitch, the quoted grade modifies 标准
    got = zh_judgements_by_cue(
        "意风家具董事长温世权表示，其实，我国国家家具环保标准中，并不存在“E0级”标准，而是一直"
        "“借用”欧洲环保标准。")
    assert got["表示"][0] != "deny"


def test_a_bare_negation_before_a_quoted_term_is_not_a_denial() -> None:
    # hkcnews article_36158: what a text holds, no strong adverb (根本, 从来) before 没有
    got = zh_judgements_by_cue(
        "同場的基本法委員會委員、資深大律師莫樹聯認為，《基本法》沒有「失效期」，《憲法》亦無訂明到"
        "2047年後香港特別行政區會有改變。")
    assert got["認為"][0] != "deny"


# --- a denial opened by 对此 disputes the charge before it (certainty) ---

def test_a_charge_answered_after_dui_ci_is_disputed() -> None:
    # zhR-ctmanga-1 gold: 該頻道日前指控Gold Medalist與某媒體合謀… (disputed; main: asserted);
    # 對此,Gold Medalist反駁,指出是完全是無根據的謠言
    assert zh_judged(TUNE / "zhR-ctmanga-1.txt", "指控", "Gold Medalist")[1] == "disputed"


def test_dui_ci_names_the_charge_when_the_denier_is_not_named_in_it() -> None:
    # the zhR-ctmanga-1 sentences, the charge naming 公司 rather than the denier (simplified and
    # traditional): without 对此 nothing ties the denial to it
    simp = "该频道日前指控公司与某媒体合谋诬蔑徐睿知，散播假消息。{}Gold Medalist反驳，指出是完全是无根据的谣言。"
    trad = "該頻道日前指控公司與某媒體合謀誣衊徐睿知，散播假消息。對此，Gold Medalist反駁，指出是完全是無根據的謠言。"
    assert zh_judgements_by_cue(simp.format("对此，"))["指控"][1] == "disputed"
    assert zh_judgements_by_cue(trad)["指控"][1] == "disputed"
    assert zh_judgements_by_cue(simp.format(""))["指控"][1] == "asserted"


def test_a_call_answered_after_dui_ci_is_not_disputed() -> None:
    # zhK-ltn-1 gold: 陳宜民今（13日）呼籲政府應依法追查 (asserted): 對此，疾管署回應，此假訊息… denies
    # the rumour, and a call claims nothing
    assert zh_judged(TUNE / "zhK-ltn-1.txt", "呼籲", "政府應依法追查")[1] == "asserted"


def test_a_claim_the_denial_does_not_take_up_is_left() -> None:
    # zhG-jwview-1 gold: 报道…并表示“知情人士不愿具名,因未获授权发表评论” (reported): 对此,复星…回应
    # denies the other claim of that sentence
    assert zh_judged(TUNE / "zhG-jwview-1.txt", "表示", "知情人士不愿具名")[1] == "reported"


# --- a police officer's denial answers a charge against 警方 (certainty) ---

_CHARGE = ("工黨立法會議員張超雄質疑警方的做法：「警方要清場的話，多大場面都清到，竟然不斷退縮，最後在立法會"
           "擺『空城計』，引大家入來，撞甚麼都不理你，任你喜歡怎樣就怎樣。這個景象是警方特地『放水』造成。」\n\n"
           "警務處處長盧偉聰凌晨回應時，否認警方「設局」，指七一晚上9時警方撤退大樓有三個原因。")


def test_a_charge_against_the_police_denied_by_its_commissioner_is_disputed() -> None:
    # hkcnews article_21749: the commissioner speaks for 警方 (denials.json `side_aliases`)
    assert zh_judgements_by_cue(_CHARGE)["質疑"][1] == "disputed"


def test_the_same_in_simplified_script() -> None:
    from sayso.text import to_simplified

    assert zh_judgements_by_cue(to_simplified(_CHARGE))["质疑"][1] == "disputed"


def test_a_charge_against_another_side_is_not_disputed_by_the_police() -> None:
    # the same sentences with the charge laid at 政府: the commissioner does not answer for it
    text = _CHARGE.replace("警方", "政府", 3).replace("否認政府", "否認警方")
    assert "政府特地" in text
    assert zh_judgements_by_cue(text)["質疑"][1] == "asserted"
