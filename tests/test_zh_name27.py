"""Round 27 (zhname27): a surname read with the predicate's opening (吳早前表示, 吳供稱, 吳另表示,
高回答謂) repeats the one person of that surname named before (issue #15: one speaker, one
entity). Sentences from hkcnews article_39634 (a riot trial, 吳偉南 testifying) and
article_47865 (witness 高縫), in both scripts."""

from __future__ import annotations

import pytest

import sayso
from sayso.lang.zh.names import find_names, surname_before_predicate
from sayso.text import to_simplified

# hkcnews article_39634 (two excerpts of the same report)
WU = ("暴動案第22天審訊，被告「飛天南」吳偉南繼續作供。控方盤問時，出現雙方不斷各自表述的情形，"
      "吳偉南堅稱沒有推人或揮棍擊中任何人，只是「戽開」群眾（即類似撥開的動作），而倒地男子是"
      "「自己跌親」。\n\n控方續指，吳早前表示橙頭盔男子倒地後，撠到他的右腳，因擔心被人施襲才會"
      "揮棍叫橙頭盔男「縮腳」，惟片段顯示橙頭盔男跌倒後面向地、「無做任何嘢」，質疑吳「同佢講咪得囉，"
      "點解要揮棍？」吳供稱當時環境嘈雜、會聽不清楚，因橙頭盔男曾轉身碰到他，他才會揮棍示意。\n\n"
      "吳後來承認，大致上有10人一起叫群眾離開，但不是驅趕。\n\n吳另表示認識在場一名90多歲的村民。")

# hkcnews article_47865
GAO = ("居於太古城的目擊者高縫供稱，當晚他在太古城地鐵站會合妻子，二人步行回住所。\n\n"
       "辯方續問：「你同唔同意（阻止被告襲擊）係你自以為是嘅想像？」高回答謂：「唔係，係凡事兩面睇，"
       "由被告同女士嘅角度諗。」")


def _speakers(text: str, first: str) -> set[str]:
    analysis = sayso.analyze(text, language="zh")
    return {analysis.entity(a.source.entity).name for a in analysis.attributions
            if a.source and a.source.entity and a.source.text.strip().startswith(first)}


@pytest.mark.parametrize("script", [str, to_simplified])
def test_surname_before_predicate_is_the_named_person(script) -> None:
    assert _speakers(script(WU), script("吳")) == {script("吳偉南")}


@pytest.mark.parametrize("script", [str, to_simplified])
def test_surname_before_verb_is_the_witness(script) -> None:
    assert _speakers(script(GAO), script("高")) == {script("高縫")}


def test_no_name_for_surname_and_predicate() -> None:
    # with a sentence of the same article where the recogniser finds 吳偉南 (before a cue)
    names = {m.name for m in find_names("吳偉南曾表示，手上的棍是由一名想攻擊他的黑衣人「搶返嚟」。\n\n" + WU)}
    assert "吳偉南" in names
    assert not names & {"吳早前", "吳供", "吳後來", "吳另"}


def test_surname_before_predicate_forms() -> None:
    assert surname_before_predicate("吴早前") == "吴"
    assert surname_before_predicate("吴曾供") == "吴"  # 吳曾 is no double surname here
    assert surname_before_predicate("岑均") == "岑"
    # names: a given name is no predicate
    assert surname_before_predicate("吴伟南") is None
    assert surname_before_predicate("王毅") is None
    assert surname_before_predicate("王文斌") is None


def test_two_people_of_one_surname_name_nobody() -> None:
    # article_39634's sentences with a second 吳 named before (built for the guard): 吳另 is
    # neither of the two (王毅 and 王文斌 are two people; a surname alone names neither).
    text = WU.replace("吳後來承認", "證人吳志明作供。吳後來承認")
    speakers = _speakers(text, "吳後來") | _speakers(text, "吳另")
    assert "吳偉南" not in speakers and "吳志明" not in speakers


# hkcnews article_8898: a name first written with words before it, then alone
ZHU = ("民主派朱凱迪反駁說，議事規則有如球例，如果只得一個派別希望修改球例，議會本來平衡的狀態會失衡及"
       "激起反對。朱凱迪舉例說，修改議事規則後，主席可指議員濫用程序而拒絕休會待續議案。")

# hkcnews article_47111: 陳詞 (the opening statement) is no name, though jieba tags it one
STATEMENT = ("控方開案陳詞首先指出，辯方對警方禁止決定的爭議，理應由上訴委員會處理，而非刑事法庭。"
             "陳詞續指，支聯會在與警方的會議中，無法提供實際有效的防疫措施。")


@pytest.mark.parametrize("script", [str, to_simplified])
def test_name_after_words_then_alone_is_one_person(script) -> None:
    analysis = sayso.analyze(script(ZHU), language="zh")
    ids = {a.source.entity for a in analysis.attributions
           if a.source and script("朱凱迪") in a.source.text}
    assert len(ids) == 1
    assert analysis.entity(ids.pop()).name == script("朱凱迪")


def test_word_after_words_is_no_name() -> None:
    analysis = sayso.analyze(STATEMENT, language="zh")
    first = next(a for a in analysis.attributions if a.source and a.source.text == "控方開案陳詞")
    assert analysis.entity(first.source.entity).name == "控方開案陳詞"  # not renamed 陳詞
