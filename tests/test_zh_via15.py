"""Chinese channels of round 15 (branch zhvia15): golden rows of open zh-news articles
(tests/golden/zh_via15.json) and the mechanisms, on real sentences.

Classes (benchmarks/data/zhvia15/classes.md): a bare 据报道 / 根据报道 frame whose clause names
its speaker gives that speaker the report as channel (ANNOTATION.md, 据X报道), except inside a
reporter's question; an enquiry answered (回覆X記者詢問表示) names the outlet's reporter; a
letter's addressee is the channel whoever it is (致函特朗普，要求). The THUCNews sentences are from
qianshuang/dl-exp `data/cnews/cnews.val.txt` (line numbers 1-based), the hkcnews ones from
hkarchivist/hkcnews-article-archive (Citizen News HK, commit 635cc02f), articles named in each test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import checked_row_problems

import sayso

CASES = json.loads((Path(__file__).parent / "golden" / "zh_via15.json").read_text("utf-8"))["cases"]


def _vias(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


def test_rows_are_real_open_material() -> None:
    for row in CASES:
        assert row["origin"].startswith("zh-news"), row["id"]
        assert "test half B" not in row["origin"] and "part J" not in row["origin"], row["id"]
    assert {r["script"] for r in CASES} == {"Hans", "Hant"}


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_zh_via15(row: dict) -> None:
    assert checked_row_problems(row, "zh") == []


def test_bare_report_frame_gives_the_named_speaker_its_channel() -> None:
    """据报道，施永青上月表示… (THUCNews line 335): the report relays the chairman's words."""
    rows = _vias("据报道，中原集团主席施永青上月表示，根据中原集团的生意额推算，近期内地客已占香港豪宅市场"
                 "三成多至四成的客源，而普通屋苑约达一成。")
    assert ("中原集团主席施永青", "表示", ["报道"]) in rows


def test_bare_report_frame_without_a_speaker_stays_the_source() -> None:
    """據報道，賀建奎目前在香港… (zh-news tune zhB-hkcnews-6 gold: source none, cue 據+報道, no
    via): with no speaker named the unnamed report is itself the source, with no channel."""
    text = ("據報道，賀建奎目前在香港，將參加周二至周四在香港大學舉行的第二屆國際人類基因組編輯峰會，"
            "該峰會由美國國家科學院、美國國家醫學院、英國倫敦皇家學會和香港科學院聯合舉辦。")
    assert all(v == [] for _, _, v in _vias(text))


def test_answered_enquiry_names_the_outlet() -> None:
    """回覆眾新聞查詢時說 (hkcnews article_34669): the outlet only, as written; 回應記者詢問時
    透露 (article_12876): reporters in general name no channel."""
    rows = _vias("公務員事務局周日回覆眾新聞查詢時說，「至於其他政府僱員如非公務員合約員工等，"
                 "公務員事務局會另行處理。」")
    assert [v for s, c, v in rows if s == "公務員事務局"] == [["眾新聞"]]
    rows = _vias("中國外交部發言人耿爽周五回應記者詢問時透露，美國國務卿蓬佩奧周四訪華期間，與中方就中美"
                 "關係以及重要國際和地區問題交換意見，包括中美經貿議題。")
    assert [v for s, c, v in rows if s == "中國外交部發言人耿爽"] == [[]]
