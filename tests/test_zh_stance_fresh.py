"""Chinese stance and certainty on fresh news pages (in no evaluation split).

Each passage is an excerpt of a stored public page found with the search tool's pages
corpus; the file and its origin are in benchmarks/data/zh_fresh/SOURCES.md. The classes tested
recurred over those pages: a statement opening with its own side's stance cue (中方敦促…),
denials written as 并非事实 / 「不准确」 / 是一则…假讯息, the attributive 不实 that denies
nothing, unnamed reports and rumours (最新消息, 流传讯息), a news report as source, hedges
(查无证据), and commitments with a prepositional phrase (他将与…讨论).
"""

from __future__ import annotations

from pathlib import Path

import sayso

FRESH = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "zh_fresh"


def _atts(name: str):
    return sayso.analyze((FRESH / name).read_text(encoding="utf-8"), language="zh").attributions


def _by(atts, source: str, content_part: str):
    return next(a for a in atts if a.source and a.source.text == source
                and content_part in "".join(c.text for c in a.content))


def test_statement_opening_with_own_side_urging_is_urge():
    """p15 (人民网): 发言人强调,中方敦促美方… is urge, though 中方敦促 is nested in it."""
    a = _by(_atts("p15.txt"), "发言人", "中方敦促美方")
    assert a.stance == "urge"


def test_country_in_speakers_title_condemning_is_condemn_traditional():
    """p23 (新華社, traditional): 新加坡外交部發言人說,新加坡強烈譴責… and 卡塔爾外交大臣
    阿提亞表示,卡塔爾譴責… are condemnations."""
    atts = _atts("p23.txt")
    assert _by(atts, "新加坡外交部發言人", "強烈譴責").stance == "condemn"
    assert _by(atts, "卡塔爾外交大臣阿提亞", "譴責").stance == "condemn"
    # the nested 美方譴責 opens the US spokeswoman's statement: her own side
    assert _by(atts, "美國國務院發言人瑪麗·哈夫", "美方譴責").stance == "condemn"


def test_the_speakers_office_is_not_the_speaker():
    """zh-news tune zhB-hkcnews-2 (gold: assert): 特首辦回覆說，特首公開表明，她將繼續服務香港巿民
    relays the chief executive's promise; the office itself promises nothing."""
    text = "特首辦回覆說，特首公開表明，她將繼續服務香港巿民。"
    atts = sayso.analyze(text, language="zh").attributions
    office = next(a for a in atts if a.source and a.source.text == "特首辦")
    assert office.stance == "assert"


def test_not_fact_is_a_denial_and_attributive_false_news_is_not():
    """p09 (TVBS, traditional): 外交部強調,該推文提供的訊息並非事實 denies; 外交部透露,將儘速
    蒐集…不實新聞向警方檢舉報案 announces an act against false news and denies nothing."""
    atts = _atts("p09.txt")
    assert _by(atts, "外交部", "並非事實").stance == "deny"
    reveal = next(a for a in atts if a.source and a.source.text == "外交部"
                  and [c.text for c in a.cue] == ["透露"])
    assert "不實新聞" in reveal.content[0].text
    assert reveal.stance != "deny"


def test_denial_of_an_unnamed_media_report_disputes_it():
    """p10 (中评社, simplified): 有媒体报导… then 台“外交部”驳斥表示该讯息并非事实: the
    denial targets the report, which becomes disputed."""
    atts = _atts("p10.txt")
    report = _by(atts, "有媒体", "无人机")
    denial = _by(atts, "台“外交部”", "并非事实")
    assert denial.stance == "deny"
    assert denial.target == report.id
    assert report.certainty == "disputed"


def test_calling_it_fake_news_denies_and_false_info_as_object_does_not():
    """p13 (中央社, traditional): 張惇涵表示,這又是一則離譜至極的假訊息 denies; his next
    statement (對於變造的不實訊息,總統府已蒐證…) reports an action and disputes nothing."""
    atts = _atts("p13.txt")
    assert _by(atts, "總統府發言人張惇涵", "假訊息").stance == "deny"
    action = _by(atts, "張惇涵", "已蒐證")  # the name as this sentence writes it (ANNOTATION.md)
    assert action.stance != "deny"
    assert all(a.certainty != "disputed" for a in atts if a.source and "總統府" in a.source.text)


def test_report_called_inaccurate_is_denied():
    """p06 (阿波羅網, traditional): an official said the reports were 「不準確」: a denial."""
    atts = _atts("p06.txt")
    assert _by(atts, "一名美國政府官員", "不準確").stance == "deny"


def test_circulating_message_without_evidence_is_unconfirmed_and_unnamed():
    """p12 (台灣事實查核中心): 社群平台流傳訊息宣稱… 經查,此說法查無證據佐證: unconfirmed;
    the same rumour restated later rests on no named source: anonymous."""
    atts = [a for a in _atts("p12.txt") if a.source and a.source.text == "社群平台流傳訊息"]
    assert atts[0].certainty == "unconfirmed"
    assert atts[0].hedges
    assert atts[-1].certainty in ("anonymous", "unconfirmed")


def test_latest_news_as_source_is_anonymous():
    """p25 (明報): 最新消息指出… names no source."""
    assert _by(_atts("p25.txt"), "最新消息", "APEC").certainty == "anonymous"


def test_a_news_report_as_source_is_reported():
    """p07 (香港01): 報道聲稱…,指中國沒有要求朝鮮放棄核武: both clauses come from the report. The
    next sentence's 外交部以「Fake document(假文件)」回應 makes them disputed (round 21,
    `dispute_rebutted_reports`; zhB-hk01-1 gold, the same text: disputed; ANNOTATION.md: disputed
    when the text reports it being denied); without that answer the report is reported
    (tests/test_zh_cert21.py)."""
    atts = _atts("p07.txt")
    assert _by(atts, "報道", "沒有要求朝鮮放棄核武").certainty == "disputed"


def test_commitment_with_prepositional_phrase_is_a_promise():
    """p29 (聯合早報 via 中國僑網): 納吉布還稱,他將與…討論 commits the speaker to act."""
    assert _by(_atts("p29.txt"), "納吉布", "討論").stance == "promise"


def test_a_preference_is_no_promise():
    """zh-news tune zhA-voa-2 (gold: assert): 她更愿意把各项抗疫措施综合在一起 prefers."""
    text = "佩洛西已表示，她更愿意把各项抗疫措施综合在一起，而不是逐一通过单项法案。"
    atts = sayso.analyze(text, language="zh").attributions
    assert all(a.stance != "promise" for a in atts)


def test_charges_of_interference_and_bias_accuse():
    """p22 (中新社): 美方做法…粗暴干涉中国内政,完全是霸权主义行径 and 这个所谓的人权组织一贯戴着
    有色眼镜 are accusations."""
    atts = _atts("p22.txt")
    assert _by(atts, "赵立坚", "粗暴干涉").stance == "accuse"
    assert _by(atts, "赵立坚", "有色眼镜").stance == "accuse"


# --- zhstance9: admissions, apologies and hopes (evaldata/zh-news/STANCE.md rows 3 and 6) ---

def test_admission_of_own_error_is_confirm_even_with_a_denial_word():
    """p31 (环球网): the spokesman's 上述不实声明源于自己的错误 admits; 不实 does not make it a
    denial. 这起事件源于自己的错误,他向所有相关人员表达歉意 is an apology: confirm."""
    atts = _atts("p31.txt")
    assert _by(atts, "发言人", "源于自己的错误").stance == "confirm"
    assert next(a for a in atts if "上述不实声明源于自己的错误"
                in "".join(c.text for c in a.content)).stance == "confirm"


def test_apology_with_a_lesson_learnt_is_confirm_not_warn():
    """p36 (网易/新京报): 内心充满愧疚和歉意…深刻吸取教训 is an apology, not a warning."""
    a = _by(_atts("p36.txt"), "余琦", "愧疚")
    assert a.stance == "confirm"


def test_admission_traditional_script():
    """p40 (traditional): 蔡英文表示,…的說法確實有誤 admits her error."""
    a = _by(_atts("p40.txt"), "蔡英文", "確實有誤")
    assert a.stance == "confirm"


def test_admitted_technical_error_is_confirm_but_admitted_difficulty_is_not():
    """p33: 美方…承认这是技术性错误 is an admission (错误); zh-dev's reference article labels
    泽连斯基本人承认谈判“相当困难” assert: a 承认 of a plain fact stays assert."""
    assert _by(_atts("p33.txt"), "美方", "技术性错误").stance == "confirm"
    text = "该发言人补充说，泽连斯基本人承认谈判 “相当困难”。"
    atts = sayso.analyze(text, language="zh").attributions
    assert _by(atts, "泽连斯基", "相当困难").stance == "assert"


def test_demanded_or_refused_apology_is_no_admission():
    """zh-news tune zhD-fortune-1 and zhD-netease-1: 既未公開正式道歉 and 需赔礼道歉 report
    apologies not made or demanded; they admit nothing."""
    text = ("中國外交部發言人耿爽表示,鑑於《華爾街日報》「迄今仍在推諉、搪塞,既未公開正式道歉,"
            "也未查處相關責任人」,中方決定從即日起吊銷《華爾街日報》三名駐京記者的記者證。")
    atts = sayso.analyze(text, language="zh").attributions
    assert atts and all(a.stance != "confirm" for a in atts)


def test_own_party_opening_the_statement_gives_its_stance():
    """p41 (民進黨, traditional): 阮昭雄說,本黨要求該報立即更正… opens with his own party's
    demand: urge."""
    a = _by(_atts("p41.txt"), "阮昭雄", "本黨要求該報立即更正")
    assert a.stance == "urge"


def test_hope_addressed_to_another_party_is_urge_but_own_aim_is_not():
    """zh-news tune zhB-hkej-1: 他希望港台節目能尊重不同人士觀點 asks RTHK to act (urge);
    zhA-bbc-1: 官员…希望制作大数据管理平台 is the officials' own aim (assert)."""
    text = "上月初履新的廣播處長張國財接受保安局局長鄧炳強訪問時表示,香港電台與警隊的關係要「向前看」,他希望港台節目能尊重不同人士觀點。"
    atts = sayso.analyze(text, language="zh").attributions
    assert _by(atts, "上月初履新的廣播處長張國財", "希望港台節目").stance == "urge"
    text = "一些文件亦披露了官员到访村落收集数据的做法，希望制作大数据管理平台。"
    atts = sayso.analyze(text, language="zh").attributions
    assert atts and all(a.stance != "urge" for a in atts)


def test_speaking_group_committing_in_indirect_speech_is_promise():
    """zh-news tune zhA-voa-2: 民主党人说，他们愿意把…削减到… commits the Democrats."""
    text = "行政当局官员说，他们最多愿意支出大约1千6百亿美元，而民主党人说，他们愿意把他们最初的开支提案削减到大约2千2百亿美元。"
    atts = sayso.analyze(text, language="zh").attributions
    assert _by(atts, "民主党人", "他们愿意").stance == "promise"


def test_hope_that_the_government_acts_is_urge_but_a_hope_to_act_with_a_partner_is_not():
    """p45/p46 (traditional): 希望中央能以行動展現對嘉義的重視, 希望中央多給予台中支持 call on the
    central government (urge); p44: 我们希望同英方…推动中英关系取得新发展 is the speaker's own
    aim with a partner, not a call (希望 + a preposition)."""
    a = _by(_atts("p45.txt"), "黃敏惠語氣", "希望中央能以行動")
    assert a.stance == "urge"
    a = _by(_atts("p46.txt"), "市議員楊大鋐", "希望中央多給予台中支持")
    assert a.stance == "urge"
    a = _by(_atts("p44.txt"), "毛宁", "中英都是联合国安理会常任理事国")
    assert a.stance != "urge"
