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


def test_an_official_saying_the_government_will_act_is_promise() -> None:
    # hkcnews article_10412: 財政司司長陳茂波…說…，政府會確保增幅符合香港實際需要 (STANCE.md row 7:
    # a commitment of the speaker's own side)
    got = zh_judgements_by_cue(
        "財政司司長陳茂波在宣讀預算案時說重視市場角色，但公共財政需要回應社會及經濟需要，而中期預測是"
        "「略高於」本地生產總值，政府會確保增幅符合香港實際需要，與香港長遠財政承擔能力相稱。")
    assert got["說"][0] == "promise"


def test_the_title_may_stand_at_an_earlier_mention() -> None:
    # THUCNews line 148: 国务院总理温家宝 earlier, then 温家宝表示，政府将从以下4方面入手 (row 7)
    got = zh_judgements_by_cue(
        "27日，国务院总理温家宝在北京会见记者。对于房地产上涨过快，温家宝表示，政府将从以下4方面入手。")
    assert got["表示"][0] == "promise"


def test_an_official_saying_the_government_will_prosecute_threatens() -> None:
    # hkcnews article_40125: 政府官員…表示…，政府會予以取締及檢控劏房經營人: harm the speaker's side
    # will do (STANCE.md row 4)
    got = zh_judgements_by_cue(
        "起初，政府官員清楚表示「劏房」單位在舊型的工廈設立是違法的，而且廠廈環境設計完全不適合作住所，"
        "還有火警的危險，政府會予以取締及檢控劏房經營人。")
    assert got["表示"][0] == "threaten"


def test_an_analysts_belief_about_a_government_stays_assert() -> None:
    # THUCNews line 78: 沈大伟 (a scholar) 认为 …政府…将更多地关注…: a forecast about another
    # government (STANCE.md: commitment vs forecast)
    got = zh_judgements_by_cue(
        "沈大伟认为，奥巴马政府的对华政策在继续前任对华政策的基础上，将更多地关注气候变化、能源安全和金融安全。")
    assert got["认为"][0] == "assert"


def test_a_government_acting_on_a_condition_is_no_promise() -> None:
    # hkcnews article_36158: …指出假如香港有人想分裂國家，中央政府亦會像林肯一樣… states a
    # consequence (a condition before the subject), no commitment by the speaker
    got = zh_judgements_by_cue(
        "莫樹聯在發言時，引述北大法學院教授陳端洪在同一場合的演講，以美國以故總統林肯打贏南北戰爭、確保美國統一的"
        "經歷作比喻，指出假如香港有人想分裂國家，中央政府亦會像林肯一樣，不惜任何沉重代價確保國家統一。")
    assert got["指出"][0] != "promise"


def test_deceiving_a_party_is_an_accusation() -> None:
    # THUCNews line 504: 有市民…表示，开发商通过非法手段取得土地证，欺骗购房者 (STANCE.md row 8: lays
    # wrongdoing at a party's door)
    got = zh_judgements_by_cue("有市民在网上跟帖表示，开发商通过非法手段取得土地证，欺骗购房者，是第一责任人。")
    assert got["表示"][0] == "accuse"


def test_covering_up_for_someone_is_an_accusation() -> None:
    # hkcnews article_25944: 林卓廷認為，…警隊都係唔敢、唔會吖嘛，甚至係包庇佢吖嘛 (row 8)
    got = zh_judgements_by_cue(
        "民主黨立法會議員林卓廷認為，警隊的管治與工資無直接關係，「當下級違反警例、違反指引，警隊會懲處佢，"
        "但咁耐警隊都係唔敢、唔會吖嘛，甚至係包庇佢吖嘛，先至令到前線咁難管。」")
    assert got["認為"][0] == "accuse"


def test_a_negated_deception_accuses_no_one() -> None:
    # THUCNews line 882: 我们所能保证的只是那边不会欺骗你们 (a guarantee, no charge)
    got = zh_judgements_by_cue(
        "对方表示，“这个事与旅行社没有任何关系，完全是你们与那边对接的问题，我们所能保证的只是那边不会欺骗你们。”")
    assert got["表示"][0] != "accuse"


def test_a_report_told_after_a_headlines_denial_is_disputed() -> None:
    # zhI-ectoday-1 (tune) gold: the headline 外媒:中国否认有两名中国留学生在俄军轰炸中遇难 (a denial
    # relayed by 外媒) answers 乌克兰Obozrevatel网站3月3日报道说，…4名中国人…遭俄军炮击时丧生, told
    # three sentences later (ANNOTATION.md: disputed when the text reports it being denied)
    assert _judged("tune/zhI-ectoday-1", "报道说", "13名学生")[1] == "disputed"
