"""Chinese negated charges (round 28, `benchmarks/data/zhdeny28/README.md`): the negative side on
real sentences of broad text, where a negation and a wrongdoing word meet but no charge is
rejected; the positive side is in the golden rows `zhdeny28-*` (tests/golden/zh.json)."""

from __future__ import annotations

from golden_support import zh_judgements_by_cue


def test_counterfactual_without_interference_is_no_denial() -> None:
    # hkcnews article_24216: 沒有美國的干預，香港會更加繁榮穩定 is what would be without the
    # other side's act (a noun phrase with 的 between negation and charge), not the speaker
    # rejecting a charge
    text = "楊光表示，我們奉勸美國國會及一些政客尊重客觀事實，立即終止有關法案的後續審議程序，不要錯上加錯。沒有美國的干預，香港會更加繁榮穩定。"
    assert zh_judgements_by_cue(text)["表示"][0] != "deny"


def test_what_a_text_does_not_mention_is_no_denial() -> None:
    # hkcnews article_9143: 未有提到有人干預學術自由 tells what an email holds (a verb of
    # mentioning between negation and charge)
    text = "據悉，林鄭月娥給卡羅琳醫學院校長的電郵中，未有提及羅范椒芬，也未有提到有人干預學術自由。"
    assert zh_judgements_by_cue(text)["據悉"][0] != "deny"

