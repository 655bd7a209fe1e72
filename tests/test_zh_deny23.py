"""Chinese stance and certainty on new text, round 23 (brief zhdeny23): a negated statement the
narration frames as an answer (a topic naming a claim, or a denial verb said of the same
speaker) is `deny` (STANCE.md row 2, "Deny vs assert"); an agentless 被指 is `accuse` (row 8);
a claim followed by a contrast and another party's charge or denial is `disputed`
(ANNOTATION.md). Real sentences of open articles (zh-news parts A, D, H, I and O) and of broad
unlabeled text (THUCNews, hkcnews); the counts behind them: benchmarks/data/zhdeny23/README.md."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"


def test_a_negation_after_a_topic_naming_a_rumour_denies() -> None:
    # zhO-chinaz-1 gold: deny (关于海外部门解散传闻，于信则解释称，…并未被裁撤)
    assert zh_judged(TUNE / "zhO-chinaz-1.txt", "称", "ofo海外业务")[0] == "deny"


def test_a_no_to_a_question_put_as_a_topic_denies() -> None:
    # zhI-8tvnews-1 gold: deny (关于部长阵容会否有更动，安华仅回答“还没、还没、还没”)
    assert zh_judged(TUNE / "zhI-8tvnews-1.txt", "回答", "还没")[0] == "deny"


def test_a_negation_after_the_speakers_own_denial_denies() -> None:
    # zhO-phhua-1 gold: deny (新加坡的大使馆立刻否认…。它说，新加坡没有推荐任何一位候选人)
    assert zh_judged(TUNE / "zhO-phhua-1.txt", "说", "新加坡没有推荐")[0] == "deny"


def test_an_ordinal_before_the_negation_is_passed_over() -> None:
    # zhH-sgnews-1 gold: deny (…反駁了謠言。她提到，首先，聚會不是私人聚餐，而是…)
    assert zh_judged(TUNE / "zhH-sgnews-1.txt", "提到", "首先")[0] == "deny"


def test_a_negation_after_a_rebuttal_of_a_charge_denies() -> None:
    # hkcnews article_23474 (breadth): 他亦反駁警方的指控…，他指警方就有關指控從沒提出實質證據
    got = zh_judgements_by_cue(
        "他亦反駁警方的指控，包括記者零距離貼近警方的防線以及搶犯的情況，他指警方就有關指控從沒提出實質證據。")
    assert got["指"][0] == "deny"


def test_the_same_negation_without_a_frame_stays_assert() -> None:
    # the negative side: no topic naming a claim, no denial verb of the speaker before it
    got = zh_judgements_by_cue("記者會後，他指警方就有關事件從沒提出實質證據。")
    assert got["指"][0] != "deny"


def test_a_denial_by_another_party_is_no_frame() -> None:
    # the verb frame needs the same speaker: 警方否认 does not make 林先生's negation a denial
    got = zh_judgements_by_cue("警方昨日否認曾使用過度武力。林先生表示，他不會再參加任何集會。")
    assert got["表示"][0] != "deny"


def test_nothing_to_add_rejects_nothing() -> None:
    # hkcnews article_34669 (breadth): a topic asking whether, answered with no comment
    got = zh_judgements_by_cue(
        "對於大學會否受宣誓要求影響，教育局引述政府發言人說法，教資會也稱現階段沒有補充。")
    assert all(stance != "deny" for stance, _ in got.values())


def test_an_agentless_allegation_accuses() -> None:
    # zhD-unwire-1 (zhtestA, open) gold: accuse; THUCNews th687
    got = zh_judgements_by_cue(
        "馬雲其後似有回應，指當前中國金融系統面臨並非系統性風險，而是缺乏健康金融系統的風險，"
        "被指與中國國家副主席王岐山作對，故中國4大金管部門要聯合約談以衝擊螞蟻科技集團掛牌上市。")
    assert got["被指"][0] == "accuse"
    got = zh_judgements_by_cue("该商人被指与轰动港澳的澳门前运输工务司长欧文龙贪污案有关。")
    assert got["被指"][0] == "accuse"


def test_an_identification_is_no_allegation() -> None:
    # hkcnews article_39634 (breadth): 被指是吳偉南 names someone, it charges no one
    got = zh_judgements_by_cue("片段中推人的男子被指是吳偉南，他其後否認。")
    assert got.get("被指", ("assert", ""))[0] != "accuse"


def test_a_claim_contradicted_by_another_partys_charge_is_disputed() -> None:
    # zhA-bbc-1 gold: disputed (中国官方称…，但西方国家指控这是等同“集中营”)
    assert zh_judged(TUNE / "zhA-bbc-1.txt", "称", "新疆的")[1] == "disputed"


def test_a_claim_denied_by_another_party_is_disputed() -> None:
    # hkcnews article_23474 (breadth): 自稱…澳門記者，但…該機構否認該人是他們員工
    got = zh_judgements_by_cue(
        "記協發現有一名男子自稱是持記者證的澳門記者，但聯絡後該機構否認該人是他們員工，案件正由警方跟進。")
    assert got["自稱"][1] == "disputed"  # 自稱 is one cue word (zhprec26), with its subject 一名男子


def test_no_charge_made_after_the_contrast_leaves_the_claim() -> None:
    # hkcnews article_49611 (breadth): 但其後無再公開指控 makes no charge
    got = zh_judgements_by_cue(
        "警方表示懷疑支聯會是外國代理人，但其後無再公開指控支聯會是外國代理人。")
    assert all(cert != "disputed" for _, cert in got.values())


def test_a_claim_called_groundless_fantasy_is_disputed() -> None:
    # zhA-cns-4 gold: disputed (陈斌华：民进党当局…凭空臆想，刻意将海缆事故渲染炒作)
    assert zh_judged(TUNE / "zhA-cns-4.txt", "宣称", "此“非单纯事故”")[1] == "disputed"


def test_a_claim_called_absurd_by_another_party_is_disputed() -> None:
    # THUCNews th994 (breadth): a blogger's claim, then 鸿海…驳斥，…纯属一派胡言
    got = zh_judgements_by_cue(
        "壹周刊前记者臧家宜在博客上大爆惊人内幕，称郭台铭遭到民众检举逃税。消息传出后，鸿海总公司前日傍晚也赶紧"
        "发布讯息驳斥，强调博客以及讨论区的言论是特定人士自导自演，纯属一派胡言。")
    assert got["称"][1] == "disputed"


def test_a_pronouns_claim_is_not_the_absurd_one() -> None:
    # THUCNews th183 (breadth): the player scorns others' view after his own 他认为…
    got = zh_judgements_by_cue(
        "亨弗里斯对周围有人说卡戴珊会让他不再专注于球场的言论嗤之以鼻，他认为自从和卡戴珊开始交往以来，他头不疼了，"
        "打球更带劲了。亨弗里斯说：“很多人觉得跟她交往会让我不再专注于球场，这很荒谬，实际上这会让我更加专注。”")
    assert got["认为"][1] != "disputed"


def test_a_negation_after_the_speaker_called_a_report_fake_denies() -> None:
    # hkcnews article_9389 (breadth): 李國章…指《南華早報》發放「假新聞」，…又稱馬斐森沒有說…
    got = zh_judgements_by_cue(
        "港大校委會主席李國章周三出席網台節目時，指《南華早報》發放「假新聞」，並即場讀出他與馬斐森的短訊內容，"
        "聲稱馬斐森稱《南華早報》錯誤地引述其說話，又稱馬斐森沒有說是中聯辦干預，當時說的是「意見」。")
    assert got["又稱"][0] == "deny"
