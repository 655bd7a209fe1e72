"""Chinese sources that swallowed a channel, round 22 (branch zhsrc22).

ANNOTATION.md, Channels: "the addressee or medium of speech is a `via`: 告诉法新社, 对《某周刊》表示,
接受CNN采访时说, 在微博上称 …"; the source is the party who speaks. Two frames kept the medium or
the addressee inside the source:

- a 在 phrase naming the medium or venue with a 的 inside it (在其後的記者會表示, 在《明報》的專欄
  寫道, 在…的推文开头这样写道): the 的-cut kept the medium alone as the source. Now the phrase
  ends the subject (source.py `medium_phrase_start`: source.json channel_nouns and venue_nouns,
  markers.json channel_parts and channel_tails). The press conference stays the via the older
  channel rules give (parts A-C and N gold: 8 rows give 记者会 as via; parts D and F note it as
  the venue: 3 rows; the channel code is unchanged);
- 對外媒表示: 对外 (outward) hid the preposition 对 before 外媒; 对外媒, 对外国媒体, 对外国记者,
  对外电 and 对外界 now end the subject (source.json post_subject, adverbs_before_cue), and the
  foreign media told are a via as the media told are (channels.py `_MEDIA_TOLD`), but not after
  针对 (the media are then the topic).

Sentences: hkcnews (hkarchivist/hkcnews-article-archive, article named) and zhA-nyt-1 (open
zh-news part A; gold source 英国人权委员会的保守党成员卢克·德·普尔福德(Luke de Pulford), via 推文).
"""

from __future__ import annotations

import pytest

import sayso


def _rows(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


# (sentence, origin, source, cue, the vias expected on that row; None: not checked)
CASES = [
    ("安倍在其後的記者會表示，中日韓的GDP佔全球兩成，若區內安定和平，就能建設亞洲安定和平的基礎，"
     "促進全球經濟安定與繁榮。",
     "hkcnews article_12030 (在其後的 + press conference)", "安倍", "表示", ["記者會"]),
    ("台灣國防部周四晚在臨時召開的記者會表示，解放軍機艦連續兩天進入台灣西南防空識別區，"
     "距離台灣最近僅約90浬（約166公里）。",
     "hkcnews article_33781 (a relative clause on the press conference)", "台灣國防部", "表示", ["記者會"]),
    ("思言財雋的發言人在反送中聯席的記者會指出，香港警隊首先是紀律部隊，必須嚴守紀律及緊跟法律指引。",
     "hkcnews article_21506 (the organiser's press conference)", "思言財雋的發言人", "指出", ["記者會"]),
    ("馬哈蒂爾在離開中國前的記者簡報會說，他向中國國家主席習近平和總理李克強提出馬來西亞面對的財政問題。",
     "hkcnews article_14476 (a briefing before leaving)", "馬哈蒂爾", "說", None),
    ("博士本周在《蘋果日報》的專欄寫道：「早在上次出數據時按月通脹已0.6%，按年2.6%。」",
     "hkcnews article_41514 (a column in a paper)", "博士", "寫道", None),
    ("“警告：吃饭时不宜读此文，”英国人权委员会的保守党成员卢克·德·普尔福德(Luke de Pulford)在引起人们"
     "注意刘晓明似乎支持色情视频的推文开头这样写道。",
     "zhA-nyt-1 (a part of a post, then 这样)", "英国人权委员会的保守党成员卢克·德·普尔福德(Luke de Pulford)",
     "写道", None),
    ("他們的目的是再挑起撕裂，阻撓政府發展經濟， 在選舉取得好處。他對外媒說，修例已得到越來越多港人支持。",
     "hkcnews article_20792 (對外媒: the foreign media told)", "他", "說", ["外媒"]),
    ("林鄭借「外力」圖增加認受性，力拒成立獨立委員會，但國際專家組12月齊齊劈炮，對外媒表示，"
     "監警會缺乏足夠權力完成調查。",
     "hkcnews article_29069 (對外媒 opening a clause: the subject is elided)", "國際專家組", "表示", ["外媒"]),
]


@pytest.mark.parametrize(("text", "origin", "source", "cue", "vias"), CASES, ids=[c[1] for c in CASES])
def test_the_medium_or_addressee_is_no_part_of_the_source(
        text: str, origin: str, source: str, cue: str, vias: list[str] | None) -> None:
    row = next((r for r in _rows(text) if r[1] == cue), None)
    assert row is not None, origin
    assert row[0] == source, origin
    if vias is not None:
        assert row[2] == vias, origin


def test_a_subjectless_clause_before_a_medium_names_no_source() -> None:
    # the same frame opening a sentence (a constructed negative from article_12030): the subject
    # is elided, as with 在記者會上表示 opening a sentence; no medium is read as the speaker
    rows = _rows("安倍昨天抵達東京。在其後的記者會表示，日本將加強防衛。")
    assert all(src not in ("記者會", "其後的記者會") for src, _, _ in rows)


def test_targeting_the_foreign_media_is_no_addressee() -> None:
    # zhG-newtalk-1 (open part G): 針對外界 is "regarding the outside world", not 對外界 told;
    # the speaker stays the one before the cue
    rows = _rows("情次室次長謝日升中將指出，針對外界流傳中共無人機拍攝台北101一事，經查證後確認，中共並無此事。")
    assert rows[0][:2] == ("情次室次長謝日升中將", "指出")
    # and the media after 针对 are the topic, not the ones told (no via)
    assert _rows("他针对外媒表示，这是假新闻。")[0][2] == []
