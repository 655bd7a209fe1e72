"""Chinese urge from the content, round 25 (brief zhstance25): a negative imperative opening a
clause (切勿转传, 大家唔好纠缠, 不要改变自己: markers.json `prohibitives`), a hope whose subject is
a third person with a modal of ability after it (希望他能…: `hope_subjects`) and a modal of
obligation opening a subjectless content (应该选择…, 应推动…: `opening_obligations`) are calls that
others act (STANCE.md row 6), unless the words are an idiom (不要说 = let alone, 别看 = although),
the modal is part of a word (应征) or no act follows (应该是吧). Real sentences of an open article
(zh-news part Q) and of broad unlabeled text (THUCNews line N+1 = thN, hkcnews article files); the
counts behind them: benchmarks/data/zhstance25/README.md."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

import sayso

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"


def test_a_cantonese_prohibitive_after_i_think_urges() -> None:
    # zhQ-aamacau-1 gold: 黃少澤則說︰「我諗大家唔好糾纏好嗎?…」 (urge)
    assert zh_judged(TUNE / "zhQ-aamacau-1.txt", "說", "我諗大家")[0] == "urge"


def test_prohibitives_in_advice_urge() -> None:
    # THUCNews th447: an official's advice to students, 不要 opening three clauses
    got = zh_judgements_by_cue(
        "教育处的官员表示，留学生特别是刚来英国的新同学一定要首先遵纪守法，如开车前一定要熟悉路况交通"
        "规定办好保险；第二要注意保护自己，深夜不要在外不归，尽量不要去偏僻的街道角落；第三，不要露富，"
        "手机钱包要放好。")
    assert got["表示"][0] == "urge"


def test_a_prohibitive_after_a_concession_urges() -> None:
    # hkcnews article_45850: 創作人可能要先勒住一段時間，但不要改變自己
    got = zh_judgements_by_cue(
        "情況再轉壞，她說自己大可閉門創作，不發表作品，「創作人可能要先勒住一段時間，但不要改變自己，"
        "不要適應被勒著的感覺。」")
    assert got["說"][0] == "urge"


def test_let_alone_and_although_are_no_prohibitives() -> None:
    # THUCNews th741 (不要说 = let alone), th590 (别看 = although): no call
    assert zh_judgements_by_cue("春春表示：“在片场我还是新人，不要说表演，连各个岗位，都分不清楚。”")[
        "表示"][0] == "assert"
    assert zh_judgements_by_cue(
        "李明表示：“这东西很多都是天赋，别看周琦才15岁，他在盖帽时机的把握上比很多老手都好。”")[
        "表示"][0] == "assert"


def test_a_hope_that_a_third_person_can_act_urges() -> None:
    # THUCNews th782: 郭艾伦说…，希望他能一直这样 (the coach)
    got = zh_judgements_by_cue(
        "郭艾伦说：“范指导重新回来后，执教方式确实改变了很多，我们反感的东西都没有了，希望他能一直这样。”")
    assert got["说"][0] == "urge"


def test_a_hope_for_a_third_person_without_a_modal_stays() -> None:
    # the negative side: 希望他 + a noun phrase is a wish about him, not a call that he act
    got = zh_judgements_by_cue("他说：“希望他的家人平安。”")
    assert got["说"][0] == "assert"


def test_a_subjectless_obligation_opening_the_content_urges() -> None:
    # THUCNews th224, th871: an expert's and a fund manager's prescriptions
    assert zh_judgements_by_cue(
        "对于制定政策的目标，董祚继认为，应该通过税收措施，把土地增值返还给社会，这是解决问题最终的目标取向。")[
        "认为"][0] == "urge"
    assert zh_judgements_by_cue("如何把握这些机会？周贵银表示应该选择一些非周期性行业，结合A股的情况。")[
        "表示"][0] == "urge"


def test_ying_in_a_word_or_before_no_act_is_no_obligation() -> None:
    # THUCNews th668 (应征入伍: enlist), th767 (应该是吧: a guess)
    assert zh_judgements_by_cue("教育部有关负责人表示，应征入伍相当于免费上大学。")["表示"][0] == "assert"
    assert zh_judgements_by_cue("对方说应该是吧，他们亏钱了，所以就不做撤场了。")["说"][0] == "assert"


def test_a_duty_described_is_a_rule() -> None:
    # zhP-crntt-1 gold: NCC回應，必須要在合理範圍內盡到查證義務 (assert: STANCE.md row 11)
    analysis = sayso.analyze((TUNE / "zhP-crntt-1.txt").read_text(encoding="utf-8"), language="zh")
    t = analysis.document.text
    got = [a.stance for a in analysis.attributions
           if a.content and t[a.content[0].start:].startswith("必須要")]
    assert got and set(got) == {"assert"}


def test_a_doubt_put_as_a_question_asks() -> None:
    # zhP-tw210-1 gold: 王鴻薇質疑「為什麼辦了將近十場,…這麼剛好就有三立趕來?」 (ask): row 1
    # (a content ending in ？) comes before row 8 (accuse)
    assert zh_judged(TUNE / "zhP-tw210-1.txt", "質疑", "為什麼")[0] == "ask"
    # hkcnews article_31670 (breadth)
    got = zh_judgements_by_cue("梁質疑，如果立法會候選人叫人制裁香港政府，是否效忠香港特區？她說，這是可以爭辯的。")
    assert got["質疑"][0] == "ask"


def test_a_doubt_without_a_question_mark_still_accuses() -> None:
    # zhB-mingpao-2 gold: 質疑為何「管不了」有關報道 (accuse): an indirect question is a charge
    got = zh_judgements_by_cue("有議員質疑為何「管不了」有關報道。")
    assert got["質疑"][0] == "accuse"
