"""Chinese channels of round 21 (branch zhvia21): a post or white paper issued before the cue.

Mechanisms: the words held, issued or posted before a cue (召开记者会, 发表社评, now 发表微博,
更新了他的微博, 發表白皮書) are a noun class in data (markers.json held_documents, read by
channels.py `held_re`), with 更新 'updated' among the verbs; an issuer, the verb and the post read
as one source (發布微博稱, 發帖文指, 發表白皮書宣稱) split into speaker and via as a notice did
(channels.py `_issued_in_source`, markers.json issued_documents, now with 微博, 推文, 帖文, 贴文,
博文, 白皮书). ANNOTATION.md, Channels: "the addressee or medium of speech is a via … in a post on
Telegram … a book, a report in a newspaper". Sentences from the breadth text: THUCNews
(qianshuang/dl-exp cnews val) and hkcnews (hkarchivist/hkcnews-article-archive, article named).
"""

from __future__ import annotations

import pytest

import sayso


def _vias(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


# (sentence, origin, cue, the via expected on that cue's attribution)
CASES = [
    ("上海玛吉斯男篮前天晚上败走杭州之后，昨天凌晨外援哈里斯更新了他的微博，呼吁每个球迷都到浦东机场迎接球队。",
     "THUCNews val th326", "呼吁", ["微博"]),
    ("立法會全港直選及部分功能組別投票率同創有史以來新低，中央選舉結果同日發表白皮書宣稱港英年代未嘗「原汁原味的民主」、"
     "在中共治下則前景光明。", "hkcnews article_49365", "宣稱", ["白皮書"]),
    ("但校方很快變臉，刪除了該條聲明。4月26日發布微博稱，將對「依紀依規進行嚴肅處理」。",
     "hkcnews article_31254", "稱", ["微博"]),
    ("學生會約一小時後再發帖文指，重新掛上的「香港獨立」橫額再度不翼而飛。", "hkcnews article_6715 (opening quote mark cut)",
     "指", ["帖文"]),
]


@pytest.mark.parametrize(("text", "origin", "cue", "via"), CASES, ids=[c[1] for c in CASES])
def test_post_issued_before_the_cue_is_the_channel(text: str, origin: str, cue: str, via: list[str]) -> None:
    rows = [r for r in _vias(text) if r[1] == cue]
    assert rows, origin
    assert rows[0][2] == via, origin


def test_a_post_read_or_answered_is_no_channel() -> None:
    """美國加州聯邦眾議員謝安達就特朗普的貼文回應說 (hkcnews article_12129): the post is what the
    answer is about, not where it was said; 所 makes the issuing a relative clause (所寫的醫學報告)."""
    rows = _vias("美國加州聯邦眾議員謝安達（Adam Schiff）就特朗普的貼文回應說，美國的情報部門曾經警告，中興的科技及電訊設備構成安全威脅。")
    assert all("貼文" not in v for r in rows for v in r[2])


def test_held_nouns_are_data() -> None:
    """The held/issued nouns come from markers.json held_documents (a noun class, both scripts by
    folding); the verb 更新 'updated' opens a post as 发表 does; an older notice still splits
    (长盛基金发布基金经理变更公告称, THUCNews val th374)."""
    from sayso.lang.zh.channels import held_re
    assert held_re(("微博",)).search("哈里斯更新了他的微博").group("via") == "他的微博"
    rows = _vias("昨日，长盛基金发布基金经理变更公告称，黄瑞庆不再担任长盛中证100指数的基金经理职务。")
    assert ("长盛基金", "称", ["基金经理变更公告"]) in rows
