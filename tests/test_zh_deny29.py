"""Chinese denials linked to the report they answer (round 29, `benchmarks/data/zhdeny29/README.md`):
a topic phrase naming the report (針對《X》所謂…的報道) links the denial to that outlet's claim told
later, and an outlet frame that relays the denial (據《Y》報道,…予以駁斥) is not what it answers.
The cue-joining rows are golden rows `zhdeny29-*` (tests/golden/zh.json)."""

from __future__ import annotations

from golden_support import zh_judgements_by_cue

# zh-news tune zhT-ifuun-1, paragraphs 1 and 6 (ANNOTATION.md: disputed when the text reports it
# being denied; README-t.md D1: the outlet frame is reported, the WSJ's 聲稱 disputed)
_IFUUN = (
    "據《詩華日報》等馬來西亞媒體報道,針對《華爾街日報》所謂中國牽涉馬來西亞腐敗案的報道,馬來西亞總理馬哈蒂爾"
    "1月10日予以駁斥,表示目前尚未有文件證明報道屬實。\n"
    "《華爾街日報》1月7日發表一篇「調查文章」,聲稱馬來西亞前總理納吉布下台後,新執政的希望聯盟(希盟)政府從其"
    "辦公室獲取一系列未公開文件,顯示在2016年「一個馬來西亞發展公司」涉及數十億美元貪腐醜聞發酵時,中國曾提出願意"
    "救助該基金。"
)


def test_topic_phrase_names_the_report_answered_later() -> None:
    judged = zh_judgements_by_cue(_IFUUN)
    assert judged["駁斥+表示"] == ("deny", "asserted")
    assert judged["聲稱"][1] == "disputed"


def test_frame_relaying_the_denial_is_not_disputed() -> None:
    assert zh_judgements_by_cue(_IFUUN)["據+報道"][1] == "reported"


def test_topic_naming_another_outlet_disputes_nothing_of_this_one() -> None:
    # the same sentences with the later claim told by another paper: the topic names the WSJ
    # only, so the Straits Times' own report is left as it is
    text = _IFUUN.replace("《華爾街日報》1月7日", "《海峽時報》1月7日")
    assert zh_judgements_by_cue(text)["聲稱"][1] != "disputed"
