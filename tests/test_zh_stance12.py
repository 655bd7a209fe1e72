"""Chinese stance from the content, STANCE.md read literally (round 12): the negative side of the
new rules on real sentences of broad text (THUCNews `cnews.val.txt`, hkcnews), where a rule that
is too loose would fire; the positive side is in the golden rows `zh-stance12-*`
(tests/golden/zh.json), each from a tune, half-A or zh-dev article."""

from __future__ import annotations

import pytest

import sayso
from sayso.lang.zh.certainty import is_question


def _stances(text: str) -> dict[str, str]:
    analysis = sayso.analyze(text, language="zh")
    t = analysis.document.text
    return {"".join(t[c.start:c.end] for c in a.cue): a.stance for a in analysis.attributions}


@pytest.mark.parametrize("content, asks", [
    # zhA-rfa-1 (half A): a legislator puts a question to the minister
    ("我想请教武力犯台征兆有哪些？", True),
    # THUCNews line 832: a policeman asks the complainant
    ("你那合同就没签署日期，怎么就超期了？", True),
    # THUCNews line 976: a rhetorical question with no addressee
    ("我们只提供顾问意见，决策还靠信托公司来具体实施，如果贻误了战机，责任算谁？", False),
    # hkcnews article_19769: a rhetorical question in a defendant's statement
    ("如果我是公民抗命，又何以不認罪承擔刑責？", False),
    # THUCNews line 577: a joke ending in 吗?
    ("我光要房不要人行吗?", False),
    # a statement of several sentences ending in a question stays a statement
    ("这是一个专业的频道。你们怎么看？", False),
])
def test_question_contents(content: str, asks: bool) -> None:
    assert is_question(content) is asks


def test_future_is_no_commitment() -> None:
    # hkcnews article_5687: 将来 (the future) opens the content; no 将 of intent
    text = "林榮基說：「將來唔使去羅湖，可能有人一落到高鐵站地底，就即被帶上高鐵或中港車返大陸，直上寧波都得啦。」"
    assert _stances(text).get("說") == "assert"


def test_rhetorical_question_stays_with_the_statement() -> None:
    # THUCNews line 976 (cnews.val.txt), the question quoted before its speaker
    text = ("“我们只提供顾问意见，决策还靠信托公司来具体实施，如果贻误了战机，责任算谁？”"
            "某私募基金经理认为这种规定过于理想化。")
    assert "ask" not in _stances(text).values()


def test_named_speaker_relayed_by_an_outlet_urges() -> None:
    # zhD-huanqiu-1 (half A), gold urge: a lawmaker's call relayed under 据报道
    text = ("据报道,韩国执政党大国家党国会代表黄佑吕表示:“政府应制定有关对策,"
            "全面应对中国渔船的非法捕捞问题,海警不能如此一再被袭击。”")
    assert _stances(text).get("表示") == "urge"


def test_expectation_with_preposition_is_no_call() -> None:
    # zh-dev cnews-479 (gold assert): 应该 + a prepositional phrase said of the speaker's own party
    text = "她说，近年来大陆变化很大，领导人的思维也不断地在改变，国民党和共产党已在密切交往，民进党应该以开放的胸襟去了解。"
    assert _stances(text).get("说") == "assert"
