"""Chinese channels of round 13 (branch zhvia13): golden rows of the open zh-news sets
(tests/golden/zh_via13.json) and the classes fixed, on real sentences.

Classes (benchmarks/data/zhvia13/classes.md): a reporter addressed under a relative clause
(向聚集在白宫门外的记者表示 -> 记者), the named platform after a generic word (社交媒体推特 -> 推特),
the event without the act done at it (记者会上答问 -> 记者会), a letter's addressee across the
comma before its words (去信X，要求…), the outlet of an answered reporter's question, 在…中指 read
as "said in" (jieba's 中指 is a finger only in finger contexts), 據X官網發布.
The hkcnews sentences are from hkarchivist/hkcnews-article-archive (Citizen News HK, commit
635cc02f), articles named in each test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import checked_row_problems

import sayso

CASES = json.loads((Path(__file__).parent / "golden" / "zh_via13.json").read_text("utf-8"))["cases"]


def _vias(text: str) -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    for a in sayso.analyze(text, language="zh").attributions:
        out.setdefault(a.source.text if a.source else "", []).append([v.text for v in a.via])
    return out


def test_rows_are_real_open_material() -> None:
    for row in CASES:
        assert row["origin"].startswith("zh-news"), row["id"]
        assert "half B" not in row["origin"], row["id"]
        assert "source" in row["checked"], row["id"]
    assert {r["script"] for r in CASES} == {"Hans", "Hant"}


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_zh_via13(row: dict) -> None:
    assert checked_row_problems(row, "zh") == []


def test_letter_addressee_across_the_comma() -> None:
    """去信/致函X，要求…: the words of a letter follow the comma; X is who it went to."""
    # hkcnews article_12639, article_20660
    assert _vias("24名民主派議員早前聯署去信梁君彥，要求撤回辯論限制。")["24名民主派議員"] == [["梁君彥"]]
    assert _vias("保安局局長李家超昨日去信李慧琼，建議在6月12日恢復二讀辯論。")["保安局局長李家超"] == [["李慧琼"]]
    # an act before the comma is still no speech to its object (在高處向一名內地生淋水，稱…)
    assert _vias("他在高處向一名內地生淋水，稱對方是間諜。").get("他", [[]]) == [[]]


def test_said_in_a_document_is_no_middle_finger() -> None:
    """在聲明中指，…: jieba segments 中指 (middle finger), which hid the cue 指."""
    # hkcnews article_18388
    assert _vias("陳和祥在信中指，泛民與本土應該是團結的。")["陳和祥"] == [["信"]]
    assert _vias("警方在声明中指，嫌疑人已被捕。")["警方"] == [["声明"]]
    # the finger stays no cue (hkcnews: 有人比中指, 舉中指)
    assert "有人" not in _vias("歌聲響起時，有人噓、有人比中指。")
    assert _vias("有人舉中指，警方指他侮辱警員。")["警方"] == [[]]


def test_channel_extent() -> None:
    """The named platform, not the generic word before it; the event, not the act done at it."""
    assert _vias("美国前总统特朗普在社交平台“真实社交”上发文称，他将于周二被捕。")["美国前总统特朗普"] == [["真实社交"]]
    assert _vias("國台辦發言人馬曉光在例行記者會上答問時說，兩岸同胞是一家人。")["國台辦發言人馬曉光"] == [["例行記者會"]]
    # a described reporter keeps a place or outlet before 记者 (向在北京採訪的香港記者表示)
    assert _vias("林鄭月娥向在北京採訪的香港記者表示，會繼續爭取。")["林鄭月娥"] == [["香港記者"]]


def test_issued_notice_only() -> None:
    """发布通报称 names the notice; a bare 通报 is the verb 'notified' (zhB-cna-4 gold: 知名旅行社也通報
    has no via) or the source itself (官方通报称)."""
    assert _vias("卫健委在官方微博发布通报称，患者已出院。")["卫健委"] == [["官方微博", "通报"]]
    assert _vias("知名旅行社也通報，由於空難引發民眾不安，現已出現大規模取消情況。")["知名旅行社"] == [[]]


def test_own_site_in_a_ju_frame_needs_the_site() -> None:
    """據X官網發布 gives X through its site; 据X发布的数据 names no channel and is no frame."""
    assert _vias("据证监会官网发布的消息，央行对蚂蚁集团进行了监管约谈。")["证监会"] == [["官网"]]
    assert "国家统计局" not in _vias("据国家统计局发布的数据，一季度GDP增长5%。")


def test_outlet_then_programme() -> None:
    """ANNOTATION.md, Channels: "said on X's programme (outlet, then programme)"."""
    assert _vias("他在CNN的节目中说，制裁将于下周生效。")["他"] == [["CNN", "节目"]]
    # hkcnews article_9098 (the programme of an outlet that is interviewing)
    # (with 批評 + a clause: 批評 + a bare noun phrase is no attribution since round 14)
    assert _vias("大律師沈士文接受商台節目訪問時批評人大常委會無權釋法。")["大律師沈士文"] == [["商台", "節目"]]
    # a programme's own title stays one channel; an interview by the media in general stays whole
    assert _vias("他在《面对面》节目中表示，中国经济稳中向好。")["他"] == [["《面对面》节目"]]
    assert _vias("卢伟光昨日接受媒体采访时透露，公司将上市。")["卢伟光"] == [["接受媒体采访"]]


def test_reposted_report_and_issued_post() -> None:
    """X转载了Y的报导 gives both outlets; a post issued before the comma is the channel."""
    text = "环球网转载了新华社的报导，引述新加坡驻中国大使罗家良说，新加坡高度重视新中关系。"
    assert _vias(text)["新加坡驻中国大使罗家良"] == [["环球网", "新华社"]]
    assert _vias("他发布了一条推文，称自己是清白的。")["他"] == [["一条推文"]]


def test_answered_question_keeps_the_event() -> None:
    """回答记者提问时说: 提问 is a cue of its own, which used to stop the search for the event."""
    text = "他在新闻发布会上回答记者提问时说，制裁将于下周生效。"
    assert _vias(text)["他"] == [["新闻发布会"]]
