"""Chinese cues, round 25 (brief zhspan25): a one-character cue (说, 问, 答, 称, 指) that jieba's
segmentation joins into a longer word it opens (答复, 说起) or into a fixed expression (长话短说)
reports no statement of its own, so it makes no second row inside a statement and does not cut
that statement's content (ANNOTATION.md: "a statement of several sentences is one attribution up
to where another speaker or the narrator takes over"). Real sentences of an open article
(zh-news part P) and of broad unlabeled text (THUCNews); the counts behind them:
benchmarks/data/zhspan25/README.md."""

from __future__ import annotations

from pathlib import Path

import pytest

import sayso

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"


def _rows(text: str) -> list[tuple[str, str]]:
    """(cue parts joined by +, content parts joined) of every attribution of `text`."""
    analysis = sayso.analyze(text, language="zh")
    t = analysis.document.text
    return [("+".join(t[c.start:c.end] for c in a.cue), "".join(t[c.start:c.end] for c in a.content))
            for a in analysis.attributions]


def test_a_cue_character_opening_another_word_inside_a_statement_is_no_second_row() -> None:
    # zhP-crntt-1 gold: one row 陳崇樹 說 over the whole clause; 答覆 (reply, asked of the
    # broadcasters) made a spurious row 收到檢舉後會請業者 答 and cut nothing the gold keeps
    text = (TUNE / "zhP-crntt-1.txt").read_text(encoding="utf-8")
    cues = [cue for cue, _ in _rows(text)]
    assert "答" not in cues


@pytest.mark.parametrize("text", [
    # THUCNews th881: 说起 (speaking of) opens a topic clause of the narration
    "闲聊之余记者得知，4人中的这对情侣来自天津，另外两名女子则是北京人，说起出国前的这次特殊见面，"
    "几人言语均显得很谨慎。",
    # THUCNews th881: 长话短说 (to cut a long story short), a set phrase
    "咱们长话短说，我先把那边泰导的手机号码留给你们。",
    # THUCNews th146: 答复 (reply), what the school will do, no statement
    "2、校方接到申请一个月后答复是否退款。",
])
def test_a_cue_character_inside_another_word_reports_nothing(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    # THUCNews th77: 时说 is one word for jieba, but the cue closes it after another word's character
    ("美国国务卿克林顿日前访问泰国时说，朝核问题将是美中战略对话中的一个内容。", "说",
     "朝核问题将是美中战略对话中的一个内容"),
    # THUCNews th794: 笑答 (answered smiling) ends in the cue
    ("当被问到公牛是否已经笑傲东部时，锡伯杜笑答：“我不知道，我们尚不完美。”", "答",
     "我不知道，我们尚不完美。"),
    # a longer cue of the lexicon (说道) is read as that cue
    ("他说道：“我们会继续努力。”", "说道", "我们会继续努力。"),
])
def test_a_cue_closing_a_word_or_a_longer_cue_still_reports(text: str, cue: str, content: str) -> None:
    assert (cue, content) in _rows(text)


@pytest.mark.parametrize(("text", "cue", "content"), [
    # hkcnews article_9389: jieba joins 指 and the surname 陳 (指陳, to state), but 指 is the cue
    ("李國章指陳文敏一事並非大事，又指校委會不是橡皮圖章。", "指", "陳文敏一事並非大事"),
    # THUCNews th990: 说出了自己的看法，“…”: the word the cue opens still reports
    ("对于这一表现形式，导演蔡尚君也说出了自己的看法，“中国的法律正在健全中。”", "说",
     "中国的法律正在健全中。"),
])
def test_the_exempt_cues_and_reporting_words_keep_their_row(text: str, cue: str, content: str) -> None:
    assert any(c == cue and content in got for c, got in _rows(text))
