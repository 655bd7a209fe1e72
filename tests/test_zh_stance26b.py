"""Chinese calls on others, round 26 (brief zhst26b): a modal of obligation (应该, 不应, 必须,
务必…) opening a LATER clause of the content, its subject left out, before a verb of an act,
prescribes that act: urge (STANCE.md row 6: 应该 / 必须 prescribed by the speaker; certainty.py
`_prescribes_later`, markers.json `opening_obligations`). Not a consequence (就必须…), a need
stated after a purpose or time clause (想要…，必须…; 当…时，必须…), a condition (如果…，那就应该…),
a role the speaker speaks from (做为一个反对党，不应只会反对: zh-dev cnews-479 gold assert), the
speaker's own side (我们…，必须…) or a rule (规定…).

Real sentences of open articles (zh-news tune parts C, M, Q) and of broad unlabeled text
(THUCNews line N+1 = thN); counts: benchmarks/data/zhst26b/README.md.
"""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"


# --- a later clause prescribes (urge) ---

def test_a_sentence_asked_for_after_the_charge() -> None:
    # zhC-toc-1 gold: 古玛兰认为，陈两裕一再屡犯，不应轻判 (urge; main: assert)
    assert zh_judged(TUNE / "zhC-toc-1.txt", "认为", "陈两裕一再屡犯")[0] == "urge"


def test_traditional_script_should_respect_the_police() -> None:
    # zhM-aamacau-1 gold: 賀一誠表示，警方自己有標準,…,應該要尊重警方按照法律行事 (urge; main: assert)
    assert zh_judged(TUNE / "zhM-aamacau-1.txt", "表示", "警方自己有標準")[0] == "urge"


def test_a_two_character_modal_before_a_preposition() -> None:
    # zhQ-chinanews-1 gold: 依斯迈沙比里必须为他所发表的言论负责,必须向华社道歉 (urge; main: assert):
    # jieba splits the name, so the first clause is missed; 必须向… opens the second
    assert zh_judged(TUNE / "zhQ-chinanews-1.txt", "指出", "依斯迈沙比里")[0] == "urge"


def test_a_president_calls_on_emerging_powers() -> None:
    # THUCNews th348 (main: assert)
    got = zh_judgements_by_cue(
        "墨西哥总统卡尔德龙表示，新兴大国应该也可以在全球性问题上发挥重要作用，应该凝聚共识，"
        "使发展中国家和贫穷国家能够有效应对气候变化、粮食安全等问题。")
    assert got["表示"][0] == "urge"


def test_an_analyst_advises_investors() -> None:
    # THUCNews th423 (main: assert)
    got = zh_judgements_by_cue(
        "但是，王晓明也强调，在2009年上半年宏观经济比较复杂的情况下，还不能大规模建仓，"
        "必须谨慎选择行业和个股。")
    assert got["强调"][0] == "urge"


def test_traditional_script_later_clause() -> None:
    # the th423 sentence in traditional script
    got = zh_judgements_by_cue(
        "但是，王曉明也強調，在2009年上半年宏觀經濟比較複雜的情況下，還不能大規模建倉，"
        "必須謹慎選擇行業和個股。")
    assert got["強調"][0] == "urge"


# --- no call (the rule must not fire) ---

def test_a_need_after_a_purpose_clause_is_no_call() -> None:
    # THUCNews th959: the coach states what his player's recovery needs
    got = zh_judgements_by_cue(
        "由于整个赛季都不断受到伤病困扰，麦克米兰坦言，想要罗伊尽快恢复状态，必须先要治愈他心理上的不自信。")
    assert got["坦言"][0] != "urge"


def test_a_need_after_a_time_clause_is_no_call() -> None:
    # THUCNews th990: a director describes what people fall back on
    got = zh_judgements_by_cue(
        "导演蔡尚君说，中国的法律正在健全中，法律比较难以实施，当人们没有办法通过公众法律获得公平时，"
        "必须依靠丛林法则。")
    assert got["说"][0] != "urge"


def test_a_consequence_with_jiu_is_no_call() -> None:
    # THUCNews th436 (shortened): 就必须 states a consequence the speaker rejects
    got = zh_judgements_by_cue("任泉表示，食客们不会因为商家说这盘菜是经典口味，就必须忍受一再端出来的剩饭。")
    assert got["表示"][0] != "urge"


def test_a_role_the_speaker_speaks_from_is_no_call() -> None:
    # zh-dev cnews-479 gold (assert): 吕秀莲 on her own party, 做为一个反对党，不应只会反对，而也应
    # 提出政策; with 必须 and an act after it, so only the role keeps it from urge
    got = zh_judgements_by_cue("吕秀莲表示，做为一个反对党，必须提出不同的政策。")
    assert got["表示"][0] != "urge"


def test_the_speakers_own_side_is_no_call() -> None:
    # built on the th423 shape: 我们… binds the speaker's own side (STANCE.md row 7, not row 6)
    got = zh_judgements_by_cue("王晓明强调，我们的资金有限，必须谨慎选择行业和个股。")
    assert got["强调"][0] != "urge"


def test_should_be_affirmed_is_praise() -> None:
    # hkcnews article_36478 (main: assert; the first version of the rule: urge): 应当肯定 judges
    # something good (STANCE.md row 10, before row 6; denials.json praise, as 值得肯定)
    got = zh_judgements_by_cue("文章指，特首林鄭月娥昨日就疫情的表態，說明了政府積極應對的態度，應當肯定。")
    assert got["指"][0] == "praise"


def test_a_measure_taking_effect_is_no_call() -> None:
    # hkcnews article_27946: a quarantine rule announced with the date it starts (STANCE.md row 11)
    got = zh_judgements_by_cue(
        "林鄭月娥表示，周四起，所有從外地抵港人士，包括香港永久居民，必須接受14天強制檢疫或醫學監察。")
    assert got["表示"][0] != "urge"


def test_should_be_no_problem_is_an_expectation() -> None:
    # hkcnews article_42450: 应该 before a negated state expects, it calls on no one
    got = zh_judgements_by_cue("他說，一周要打一百萬劑，應該沒問題，也感謝各部門人員協助。")
    assert got["說"][0] != "urge"
