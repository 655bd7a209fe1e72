"""Chinese stance and certainty, round 18 (brief zhjudge18): denials, accusations and promises
said with a neutral cue (STANCE.md: stance follows the content when the cue is neutral), each
class with its negative side on real sentences of open articles or broad text (THUCNews,
hkcnews)."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

ZH_NEWS = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news"


def _judged(path: str, cue: str, content_start: str) -> tuple[str, str]:
    """The (stance, certainty) of the attribution of an open article with this cue whose content
    opens with `content_start`."""
    return zh_judged(ZH_NEWS / f"{path}.txt", cue, content_start)


def test_the_fact_is_otherwise_is_deny() -> None:
    # zhK-xinjiapo-1 (tune) gold: 卫生部发言人…指出，上述信息中标明是卫生部发布的，但事实并非如此
    # (STANCE.md row 2: calls a claim false)
    assert _judged("tune/zhK-xinjiapo-1", "指出", "上述信息")[0] == "deny"


def test_a_claim_named_fake_by_a_demonstrative_is_deny() -> None:
    # zhK-ltn-1 (tune, traditional) gold: 疾管署回應，此假訊息與流行疫情無涉… (row 2)
    assert _judged("tune/zhK-ltn-1", "回應", "此假訊息")[0] == "deny"


def test_malice_denied_is_deny() -> None:
    # zhK-ftnn-1 (tune, traditional) gold: 台新球團強調…並無惡意挖角 rejects the charge of poaching
    assert _judged("tune/zhK-ftnn-1", "強調", "8月16日")[0] == "deny"


def test_a_common_belief_called_otherwise_is_deny() -> None:
    # THUCNews line 124 (the breadth change of this class): the first impression of students and
    # parents is named and called false (STANCE.md row 2: calls a claim false); a plain
    # statement before it stays assert
    got = zh_judgements_by_cue(
        "她指出，一提及北欧国家，很多学生和家长的第一印象是要学习语言，比如德语、瑞典语、芬兰语等，"
        "但事实并非如此。")
    assert got["指出"][0] == "deny"
    assert zh_judgements_by_cue("她指出，一提及北欧国家，很多学生和家长的第一印象是要学习语言。")[
        "指出"][0] == "assert"
