"""Chinese stance and certainty, round 15 (`benchmarks/data/zhjudge15/classes.md`): denials with no
否认 word in the content (a fabrication negated, never-has-and-never-will, not knowing the person or
the matter, a thing called fake), and the negative side on real sentences of broad text
(THUCNews) where a version of these rules fired wrongly. Sentence-level positives are the golden
rows `zhjudge15-*` (tests/golden/zh.json)."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_golden_rows, zh_judgements_by_cue, zh_rows_not_in_their_tune_article

import sayso
from sayso.lang.zh.lexicon import lexicon
from sayso.text import to_simplified

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"


def _by_cue(text: str) -> dict[str, tuple[str, str]]:
    return zh_judgements_by_cue(text)


def test_golden_rows_are_verbatim_in_their_open_article() -> None:
    rows = zh_golden_rows("zhjudge15-")
    assert len(rows) >= 4
    assert zh_rows_not_in_their_tune_article(rows) == []


def test_not_knowing_the_person_asked_about_is_deny() -> None:
    # THUCNews line 605 (金鸡影展“国际巨星”遭疑): the film's publicist answers whether 贺菲 acted
    # in it; breadth read right
    got = _by_cue("记者致电《与时尚同居》宣传方相关人员郑小姐，对方表示影片演员里没有一个叫贺菲的演员，"
                  "也不认识这个人是谁。")
    assert got["表示"][0] == "deny"


def test_a_confession_that_something_is_fake_is_no_denial() -> None:
    # THUCNews line 974 (a fake-diploma ring): suspects admitting their certificates are fake
    # admit against interest (STANCE.md row 3), they reject no claim
    got = _by_cue("犯罪嫌疑人余某在回答办案人员关于“你们在招生简章上是怎么介绍这个学院证书的”这一问题时坦承："
                  "“我们介绍的是，这个学院的证书是在美国认可的，和其他的美国大学的证书是一样的。实际上这些都是假的。”")
    assert all(stance != "deny" for stance, _ in got.values())
    # the speaker's own side's thing called fake (我们办的这个班是假的) is no denial either
    got = _by_cue("赵某说：“2011年3月，老板武某某通知我们办的美国休斯顿大学博士培训班暂停了，"
                  "因为学员要退费，我才肯定我们办的这个班是假的。”")
    assert all(stance != "deny" for stance, _ in got.values())


def test_fake_said_of_a_thing_before_a_noun_is_no_denial() -> None:
    # the fake predicate must end its clause: 是伪造的护照 names the object of a charge
    got = _by_cue("警方表示，他所持的是伪造的护照，已被拘留。")
    assert got["表示"][0] != "deny"


def test_people_still_not_knowing_is_no_denial() -> None:
    # 仍不知情 reports what others do not know yet; only the speaker's side not knowing denies
    got = _by_cue("他说，死者家属至今仍不知情。")
    assert got["说"][0] != "deny"


def test_what_a_survey_shows_commits_no_one() -> None:
    # THUCNews line 570: 一项调查显示，七成人手中有闲钱后，会考虑投资购房 is a finding about others
    # (STANCE.md row 11), though the content opens with a time clause before 会
    got = _by_cue("一项调查显示，七成人手中有闲钱后，会考虑投资购房。")
    assert got["显示"][0] == "assert"


def test_own_side_commitment_after_a_time_word_is_promise() -> None:
    # THUCNews line 980: companies saying they will push green cookware from now on (今后会加大…)
    got = _by_cue("国内不少企业表示，今后会加大对绿色烹饪工具的推广。")
    assert got["表示"][0] == "promise"


def test_a_person_named_in_the_third_person_is_talked_about() -> None:
    # hkcnews article_9389: 馬斐森會提早離開港大，與…有關 names the person as the subject of a
    # causal claim; only a body's own name (外交部, 公務員事務局) commits the speaker
    got = _by_cue("報道引述馬斐森指，馬斐森會提早離開港大，與李國章沒有努力與他商討續約事宜有關。")
    assert all(stance != "promise" for stance, _ in got.values())
    got = _by_cue("公務員事務局說，至於其他政府僱員如非公務員合約員工等，公務員事務局會另行處理。")
    assert got["說"][0] == "promise"


def test_a_cue_opening_the_content_keeps_its_stance() -> None:
    # THUCNews line 780: 表示了赞赏：“…我会向观众推荐《星空》。” stays praise (the opening cue's
    # stance, `_adopt_leading_stance`), not the promise of its last clause
    got = _by_cue("放映结束后姜帝圭导演表示了赞赏：“这是我最近看过的最美丽的电影，从今天的放映，可以看出来，"
                  "观众也非常喜欢，我会向观众推荐《星空》。”")
    assert got["表示了"][0] == "praise"


def test_a_forgery_not_ruled_out_is_no_denial() -> None:
    # zhC-sputnik-1 (tune) gold: assert; 不排除…可能是偽造的 leaves the possibility open, while
    # 那段视频可能是假的 (zhA-nyt-1 gold: deny) calls it fake
    text = (TUNE / "zhC-sputnik-1.txt").read_text(encoding="utf-8")
    analysis = sayso.analyze(text, language="zh")
    t = analysis.document.text
    hits = [a for a in analysis.attributions if any("不排除" in t[c.start:c.end] for c in a.content)]
    assert hits and all(a.stance != "deny" for a in hits)
    assert _by_cue("他后来暗示，那段视频可能是假的。")["暗示"][0] == "deny"


def test_a_claim_called_a_smear_is_a_strong_denial_marker() -> None:
    # STANCE.md row 2 (calls the claim false) comes before the accuse of row 8. Real sentences
    # of the spokesman's answer, matched against the data (the speaker is in the sentence before):
    # 新华网 2019-03-28 (m.zhongyishudian.com/world/2019-03/28/c_1124297640.htm) and 参考消息网
    # 2022-05-05 (uc885.com/xinwen/8267.html)
    deny, smear = lexicon().deny_strong_re, lexicon().smear_re
    assert deny.search(to_simplified("美方某些勢力出于政治動機、不擇手段打壓中國企業，到處散布所謂“中國通過企業從事"
                                     "間諜活動”的論調，純屬惡意中傷、別有用心。"))
    assert smear.search("美方指责“中国协助俄罗斯散布虚假信息”,这本身就是再典型不过的虚假信息。")
    # an agent smearing someone is the accusation of row 8, no denial
    text = "一段时间来,美方某些政客无论走到哪都不忘攻击和抹黑中国,炒作中国威胁。"
    assert not deny.search(text) and not smear.search(text)


def test_a_report_at_odds_with_the_facts_with_an_adverb_is_deny() -> None:
    # THUCNews line 928: 该报道的内容与事实严重不符 (与事实不符 was a marker; the adverb hid it)
    got = _by_cue("据中国商务部网站消息称，日前，《华夏时报》发表了有关“商务部上书国务院建议松绑外商投资房地产”的报道，"
                  "该报道的内容与事实严重不符，造成了不应有的负面影响。")
    assert got["据+消息称"][0] == "deny"


def test_a_rebuttal_naming_a_latin_outlets_scoop_disputes_it() -> None:
    # zhI-huanqiu-2 (tune) gold: CNN's report 反驳了Axios的爆料, so the scoop (Axios…新闻爆料称) and
    # the demand it carries are disputed (ANNOTATION.md: disputed when the text reports it being
    # denied); CNN's own report introducing the story, a sentence after one naming Axios, is not
    analysis = sayso.analyze((TUNE / "zhI-huanqiu-2.txt").read_text(encoding="utf-8"), language="zh")
    t = analysis.document.text
    by_cue = {"+".join(t[c.start:c.end] for c in a.cue): a.certainty for a in analysis.attributions}
    assert by_cue["爆料称"] == "disputed"
    assert by_cue["要求"] == "disputed"
    assert by_cue["根据+报道"] == "reported"
