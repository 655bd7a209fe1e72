"""Chinese stance and certainty, round 16 (brief zhjudge16): classes of the pooled clean check
(certainty disputed>asserted, anonymous>asserted; stance deny>assert, accuse>assert) fixed as
classes, each with its negative side on real sentences of broad text (THUCNews, hkcnews)."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

ZH_NEWS = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news"
# open articles only: the tune split and part A of the test split (zhtestA, open this round)
TUNE, TEST_A = ZH_NEWS / "tune", ZH_NEWS / "test"


def _judged(article: str, cue: str, content_start: str) -> tuple[str, str]:
    """The (stance, certainty) of the attribution of an open article with this cue whose content
    opens with `content_start`."""
    folder = TEST_A if article.startswith("zhA-") and not (TUNE / f"{article}.txt").exists() else TUNE
    return zh_judged(folder / f"{article}.txt", cue, content_start)


def _certainty_of(article: str, cue: str, content_start: str) -> str:
    return _judged(article, cue, content_start)[1]


def _stance_of(article: str, cue: str, content_start: str) -> str:
    return _judged(article, cue, content_start)[0]


def test_a_denied_charge_repeated_by_its_claimant_is_disputed_everywhere() -> None:
    # zhA-bbc-1 (tune) gold: 中国外交部否认有关强迫劳动的指控 answers the foundation's report
    # (美国智库詹娒士顿基金会…指中国正强迫…), and the same foundation's later 该基金会报告认为部分人是被
    # “强迫受训” repeats the charge: disputed too (ANNOTATION.md: disputed when the text reports it
    # being denied)
    assert _certainty_of("zhA-bbc-1", "认为", "部分人是被") == "disputed"
    # zhA-voa-3 (test part A, open) gold: the ministry's tweet is denied (那些指控亚美尼亚部队“炮击占贾是绝对的
    # 谎言”), and 阿塞拜疆表示亚美尼亚军队对占贾发动夜间炮击 is the same side's same charge
    assert _certainty_of("zhA-voa-3", "表示", "亚美尼亚军队") == "disputed"


def test_the_same_claimants_other_matter_stays_asserted() -> None:
    # THUCNews line 717 (a corruption trial): the prosecution denies that the defendant confessed
    # of his own accord; the lawyer's confession claim is disputed, but 已经全额退赃 (a plain
    # statement of the same lawyer, sharing only the defendant's name) is another matter
    got = zh_judgements_by_cue(
        "四被告均表示认罪,邵志和的辩护律师在法庭辩论环节透露,邵志和已经全额退赃。邵志和的辩护律师称邵志和在被"
        "双规期间,已经交待了自己的罪行,还供出了成萍等人,并且已经全额退赃。该律师认为邵志和算自首,应从轻、"
        "减轻处罚,而检方表示,邵志和并不是主动到纪检部门交待罪行,不能算作自首。")
    assert got["表示"][0] == "deny"
    assert got["称"][1] == "disputed"
    assert got["透露"][1] == "asserted"


def test_an_unnamed_officials_negated_answer_to_a_report_is_deny() -> None:
    # zhI-huanqiu-2 (tune) gold: (美国)国家安全委员会的官员告诉Axios，他们没有记录有收到过丹尼洛夫这样一封信
    # answers the scoop that Danilov wrote such a letter (STANCE.md row 2: rejects a report made
    # in the article); an unnamed official speaks for their side as a spokesman would
    assert _stance_of("zhI-huanqiu-2", "告诉", "他们没有记录") == "deny"


def test_unnamed_background_with_a_negation_still_answers_nothing() -> None:
    # THUCNews line 248 (a market column): an unnamed fund manager's 并没有转换 is a view, no
    # denial; only unnamed officials (denials.json `unnamed_deniers`) speak for a side
    got = zh_judgements_by_cue("而深圳一位私募基金人士则认为目前震荡市的格局并没有转换，短线调整的趋势没有改变，"
                               "担心大盘无法冲破2300点的位置，短期还是应该逢高卖出。")
    assert got["认为"][0] != "deny"


def test_a_report_told_after_the_denial_is_disputed() -> None:
    # zhG-xinhua-1 (tune) gold: 美国白宫…表示，总统特朗普并未获悉…“悬赏”…的情报 leads, and the
    # report is told paragraphs later (报道说，特朗普本人获悉该情报…): disputed (ANNOTATION.md)
    assert _certainty_of("zhG-xinhua-1", "说", "特朗普本人获悉") == "disputed"
    # THUCNews line 121 (sport): the coach denies the media's report that O'Neal will not return;
    # the rumour told again later (此前有媒体爆料称，“如果奥尼尔能够在季后赛复出…”) is disputed too
    got = zh_judgements_by_cue(
        "就在近日有美国媒体传出消息，凯尔特人中锋沙奎尔-奥尼尔伤病恢复进展缓慢，除非“奇迹出现”，否则大鲨鱼将不会在"
        "本赛季季后赛中复出。但绿衫军主教练道格-里弗斯在接受《CSNNE》采访时，却否认了媒体这样的不实报道。“我知道这不是"
        "真实的，”里弗斯向媒体记者辟谣，“他会打季后赛，只是我们还不知道他具体会在什么时候复出。”此前有媒体爆料称，“如果"
        "奥尼尔能够在季后赛复出，那么他一定是奇迹般地康复了，否则以他39岁的年龄和目前的身体条件，凯尔特人应该在内线的"
        "轮换上有相应的调整计划。”")
    assert got["爆料称"][1] == "disputed"


def test_a_later_report_saying_the_same_as_the_denial_is_not_disputed() -> None:
    # zhC-sputnik-1 (tune) gold: the headline 媒体：美国官员推测泄露的机密文件可能是伪造的 and the
    # Reuters report after it (两名不具名美國官員…可能是偽造的) say the same: anonymous, not disputed
    assert _certainty_of("zhC-sputnik-1", "援引+的話報道", "美國官員不排除") == "anonymous"


def test_a_commitment_whatever_the_condition_is_promise() -> None:
    # zhB-hkcnews-3 (tune) gold: promise; 都会 after a condition (STANCE.md row 7)
    got = zh_judgements_by_cue("他表示，如果曾俊華當選的話、都會支持，因為支持特首依法施政。")
    assert got["表示"][0] == "promise"
    # zhB-ettoday-1 (tune) gold: promise (the company page's own commitment)
    got = zh_judgements_by_cue("郭董粉絲頁指出，對於相關計畫,只要有正式的協議及文件簽署,都會盡力去履行承諾。")
    assert got["指出"][0] == "promise"


def test_a_consequence_after_a_condition_is_no_promise() -> None:
    # THUCNews line 225 (a researcher on property tax) and line 690 (a law professor on a draft
    # rule): 就会 / 将来会 after a condition states a consequence, no one's commitment
    got = zh_judgements_by_cue("国务院发展研究中心市场经济研究所研究员廖英敏说，这里的税收应该指的是物业税，也叫不动产税，"
                               "如果征收物业税，就会把一次性付的土地出让金分摊到每月要付的物业税上。")
    assert got["说"][0] != "promise"
    got = zh_judgements_by_cue("王锡锌表示，他多次向国务院法制办表示应删除这一条。“如果留下这一条，将来会导致很大问题。”他介绍说。")
    assert all(stance != "promise" for stance, _ in got.values())


def test_an_aim_to_sabotage_laid_at_a_party_is_accuse() -> None:
    # zhB-hk01-1 (tune) gold: accuse (STANCE.md row 8: lays wrongdoing at a party's door)
    got = zh_judgements_by_cue("有分析指，美媒所公開的「絕密文件」其實是由流亡美國的富豪郭文貴方面所提供，郭文貴此舉旨在破壞中美關係。")
    assert got["指"][0] == "accuse"
    # THUCNews line 573 (property market): a policy that 打压 prices charges no one
    got = zh_judgements_by_cue("他认为，政策打压了高档二手房市场，部分需求会转移到普通商品房市场。")
    assert got["认为"][0] != "accuse"


def test_a_charging_cue_calling_a_report_false_is_deny() -> None:
    # zhI-hk01-1 (tune) gold: deny (STANCE.md: the FIRST row that fits; deny, row 2, comes
    # before accuse, row 8)
    got = zh_judgements_by_cue("不過,中國外交部否認中方與委內瑞拉反對派接觸,直指相關報道是「虛假報道、假消息」,不知道其目的何在。")
    assert got["直指"][0] == "deny"
    # zhG-newtalk-1 (tune) gold: the doubters' 質疑 that the picture is fake stays their charge
    assert _stance_of("zhG-newtalk-1", "質疑", "國軍公布的") == "accuse"


def test_a_bare_verdict_of_falsehood_disputes_the_report_just_made() -> None:
    # zhI-taisounds-1 (tune) gold: the TV station's report is disputed; 扭曲事實、無中生有 has no
    # words of the claim, so it can only answer the report just before it
    got = zh_judgements_by_cue("三立電視以「獨!柯與朱通電 和黃健庭見面談2024藍白合」為標題,指稱民眾黨主席柯文哲已與國民黨主席朱立倫"
                               "通話,並與國民黨祕書長黃健庭見面談藍白合,台灣民眾黨指扭曲事實、無中生有。")
    assert got["指稱"][1] == "disputed"


def test_a_bare_verdict_leaves_a_named_persons_charge_alone() -> None:
    # zhF-guancha-1 (tune) gold: 他认为…目的是为制造混乱及嫁祸警方 stays asserted (a named person's
    # charge, not a report)
    assert _certainty_of("zhF-guancha-1", "认为", "(有人投掷") == "asserted"


def test_a_pronoun_after_an_unnamed_speaker_stays_unnamed() -> None:
    # zhB-cna-4 (tune) gold: anonymous (ANNOTATION.md: anonymous when the source is unnamed)
    got = zh_judgements_by_cue("另一名業內人士說，在濟州航空發生空難當天，他的公司召開緊急會議，討論潛在衝擊。"
                               "他表示：「這起事件似乎無可避免將影響到我們的營運。」")
    assert got["說"][1] == "anonymous"
    assert got["表示"][1] == "anonymous"


def test_a_pronoun_after_a_nested_rumour_or_a_name_keeps_its_speaker() -> None:
    # zhB-mingpao-3 (open, zhopen) gold: 他認為 is Trump again, asserted; the 有人說 nested in his
    # quotation is no antecedent
    got = zh_judgements_by_cue("特朗普周四離開白宮前回應香港示威,他說香港的騷亂已持續一段長時間,並稱他不了解中國對香港的態度,"
                               "「有人說,他們到了某一刻會想要制止這個狀況」,但他認為這是香港和中國之間的事,"
                               "而香港是中國一部分,「他們必須自己解決,他們不需要意見」。")
    assert got["認為"][1] == "asserted"
    # hkcnews article_48614: 他 after a named person (方仲賢) is that person, not the unnamed
    # officer whose statement came before
    got = zh_judgements_by_cue("警員稱檔販用「雷射槍」射報紙5秒燒焦。時任香港浸會大學學生會會長方仲賢前年在深水埗購買雷射筆被捕，"
                               "他否認在公眾地方藏有攻擊性武器、拒捕及妨礙司法公正三罪。")
    assert got["否認"][1] == "asserted"
