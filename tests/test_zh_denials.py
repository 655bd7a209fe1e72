"""Chinese denials and the claims they dispute, on real news text.

The golden table checks single sentences; a denial often answers a claim paragraphs back, so
these tests run a whole passage. Texts are verbatim excerpts of public pages (the search tool's
stored copies), their origin given with each.
"""

from __future__ import annotations

from typing import Any

import opencc

import sayso

# 东方日报 (Oriental Daily, Malaysia) 2021-05-25, stored copy of
# https://boron.orientaldaily.com.my/news/international/2021/05/25/413608, paragraphs 2-8.
REUTERS_WUHAN = """(华盛顿25日讯)路透社引述美国政府消息人士称,该国情报机构正在调查有关中国科学院武汉病毒研究所研究人员,在新冠肺炎被首次披露前一个月身染重病的报告。消息人士并称,目前仍没有证据表明新冠病毒起源于该实验室。

路透社报导,熟悉美国情报报告和分析的消息人士说,根据一份在美国前总统特朗普执政期间流传、目前仍未解密的美国情报机构报告,武汉病毒研究所3名研究人员因患重病,于2019年11月寻求就医治疗。消息人士要求匿名。

一名消息人士表示,目前尚不清楚这些研究人员是否住院,以及他们有什么症状。新冠病毒首先在中国湖北省武汉市被发现,然后蔓延至全球。

《华尔街日报》周日最先引述美国情报报告披露有关讯息,并指该报告提供了受影响的研究人员数量、患病时间和就诊时间的最新详细内容,或对新冠病毒是否可能从实验室流出进行更广泛调查的呼吁增加份量。

报导说,熟悉关于上述实验室研究人员信息的现任和前任官员,对支持该报告的证据的可靠性表达了各种看法。一名不愿透露姓名的人说,需要“进一步调查和进一步证实”。另一名消息人士称,华盛顿渴望确保中国加强合作与透明度。

中国外交部发言人赵立坚周一在外交部例行记者会上回应称,报导所称的武汉病毒研究所里有3个人患病,“完全是不符合事实的”。
"""


def test_denial_disputes_the_report_it_repeats_not_the_nearest_claim():
    """报导所称的…3个人患病 is denied: the claim about the institute's researchers falling ill
    (paragraph 1) is disputed; the unrelated unnamed claim just before the denial is not."""
    atts = sayso.analyze(REUTERS_WUHAN, language="zh").attributions
    denial = next(a for a in atts if a.source and a.source.text == "中国外交部发言人赵立坚")
    assert denial.stance == "deny"
    target = next(a for a in atts if a.id == denial.target)
    assert "武汉病毒研究所研究人员" in "".join(c.text for c in target.content)
    assert target.certainty == "disputed"
    nearest = next(a for a in atts if a.source and a.source.text == "另一名消息人士")
    assert nearest.certainty == "anonymous"


def test_taiwan_and_malaysian_spelling_of_report_is_a_report_reference():
    """报导 (Taiwan, Hong Kong, Malaysia) refers to a report as 报道 does: the denial finds a
    target at all (before, 报导所称 named no report and nothing was disputed)."""
    atts = sayso.analyze(REUTERS_WUHAN, language="zh").attributions
    assert any(a.certainty == "disputed" for a in atts)


def test_a_refusal_to_speak_is_no_statement():
    """拒絕進一步詳細說明: what was refused is not said; the hint after it still is."""
    # 阿波羅網 2021-06-23, stored copy of http://tw.aboluowang.com/2021/0623/1609988.html
    text = "這位官員極力要求匿名,拒絕進一步詳細說明,包括董經緯目前的下落,只是暗示他仍在中國。"
    cues = [[c.text for c in a.cue] for a in sayso.analyze(text, language="zh").attributions]
    assert ["說明"] not in cues
    assert ["暗示"] in cues


def test_belief_opening_a_statement_is_part_of_it():
    """警方表示，怀疑…: the suspicion is what the police said, one attribution, not two."""
    # 中国甘肃网 2019-09-02, stored copy of http://news.gscn.com.cn/system/2019/09/02/012218449.shtml
    text = "警方表示,怀疑8月31号有示威者用腐蚀性液体喷向警员,而使用在店内查获的喷壶和通渠水,可能达到相同效果。"
    cues = [[c.text for c in a.cue] for a in sayso.analyze(text, language="zh").attributions]
    assert cues == [["表示"]]


# zh-news tune zhD-takungpao-1 (大公報 Ta Kung Pao, Hong Kong, 大公評論 column, 2019-01-10),
# paragraphs 1 and 3-4 (the subheading between them left out).
TAKUNGPAO = """美國《華爾街日報》前日刊出一篇所謂的「獨家報道」,聲稱中國政府為獲得馬來西亞政府支持「一帶一路」計劃,而承諾竊聽該報香港分社記者的住宅與通信。然而,這篇看似「爆炸性」的報道,根本沒有任何實質證據,所有指控僅僅是依據一份所謂的馬來西亞部門會議記錄,更沒有任何證據顯示該報記者被竊聽,以及有任何馬來西亞收到中國回覆的記錄。
《華爾街日報》該篇報道自己也承認,只是根據一些文件以及訪問現任和前任大馬官員而作報道。該報稱,從之前未被披露的一系列會議記錄中發現,中國官員2016年向訪華的大馬官員表示,中國將利用自身影響力,爭取讓美國等國停止調查時任首相納吉布的盟友和其他人涉嫌侵吞基金資產的指控。
該份摘要更指,「孫先生說,中方會確立香港《華爾街日報》與馬來西亞人士的聯繫,當準備好後,便會將所有數據透過非官方渠道交與馬來西亞,然後馬來西亞可作出所需行動。」但該報同時又承認,現時未能確定到底中國有否提供此等資料。
"""


def test_report_the_article_calls_baseless_is_disputed_in_all_it_claims():
    """這篇…報道,根本沒有任何實質證據 in the column's own voice: what 該報 and the minutes it
    cites say, and what is nested in them, is disputed; the report's concession (又承認) is not."""
    atts = sayso.analyze(TAKUNGPAO, language="zh").attributions
    by_cue = {(a.source.text if a.source else None, tuple(c.text for c in a.cue)): a for a in atts}
    assert by_cue[("該報", ("稱",))].certainty == "disputed"
    assert by_cue[("該份摘要", ("指",))].certainty == "disputed"
    assert by_cue[("孫先生", ("說",))].certainty == "disputed"
    assert by_cue[("該報", ("承認",))].certainty != "disputed"


def test_no_rebuttal_leaves_the_report_as_reported():
    """The same report without the column's rebuttal sentence: nothing is disputed."""
    text = TAKUNGPAO.split("然而,")[0] + "\n" + TAKUNGPAO.split("\n", 1)[1]
    atts = sayso.analyze(text, language="zh").attributions
    assert not any(a.certainty == "disputed" for a in atts)


# BBC 中文 (zh-news tune zhA-bbc-1; origin listed in evaldata/zh-news/README.md), headline and paragraphs 1-3.
BBC_TIBET = """西藏农牧民培训计划被指“强迫劳动”　中国强烈否认
美国智库詹娒士顿基金会发表报告，指中国正强迫数以万计的藏人进入类似劳动营的地方接受军旅式培训，但这些受训的西藏农牧民最终从事低收入工作。该基金会报告把这种情况与新疆维吾尔族人所经历的处境相提并论，认为部分人是被“强迫受训”。
该基金会报告根据中国官方媒体的报导、政策文件及卫星图象完成撰写，而国际新闻通讯社路透社参与了查证报道工作。
中国外交部在发给路透社的声明中强烈否认有关强迫劳动的指控，并说中国是一个法治国家，工人是自愿参与，并得到合理的薪酬。
"""

# RFI 中文 (zh-news tune zhA-rfi-2), paragraphs 4 and 6: the charge is reported as a fact of
# the case; his denial answers the prosecutor, not the agency that reports the charge.
RFI_YANG = """中央社说，55岁的杨恒均是中国知名部落客，原本住在纽约。去年1月他搭机抵达广州访问，在机场遭到中国公安人员带走，今年3月被中方以间谍罪名起诉，澳洲政府对此表达强烈抗议。
报导指出，在过去一个月期间，律师已经与杨恒均会面两次。杨恒均9月3日与律师会面时，否认间谍罪的指控，他坚称自己是无辜的，并表示会战斗到底。
"""


def _disputes(text: str, denier: str) -> tuple[Any, list[Any]]:
    atts = sayso.analyze(text, language="zh").attributions
    denial = next(a for a in atts if a.source and a.source.text == denier and a.stance == "deny")
    return denial, atts


def test_denied_charge_named_by_claim_noun_disputes_the_accusation():
    """否认有关强迫劳动的指控 answers the charge made in the headline and paragraph 1 (shared
    words 强迫, 劳动; an accusation): a charge is disputed and the denial targets it, in both
    scripts (the traditional text made with OpenCC s2t)."""
    trad = opencc.OpenCC("s2t").convert(BBC_TIBET)
    for text, denier, words in ((BBC_TIBET, "中国外交部", "强迫劳动"),
                                (trad, "中國外交部", "強迫勞動")):
        denial, atts = _disputes(text, denier)
        target = next(a for a in atts if a.id == denial.target)
        assert target.stance == "accuse"
        assert target.certainty == "disputed"
        assert words in "".join(c.text for c in target.content)
    # the think tank's own statement of the charge (指中国正强迫…劳动营) is disputed too
    denial, atts = _disputes(BBC_TIBET, "中国外交部")
    tank = next(a for a in atts if a.source and a.source.text == "美国智库詹娒士顿基金会")
    assert tank.certainty == "disputed"


def test_denied_charge_does_not_dispute_a_report_of_the_prosecution():
    """否认间谍罪的指控: a 指控 only answers an accusing claim, so 中央社's account of the case
    (which mentions the espionage charge) keeps its certainty."""
    denial, atts = _disputes(RFI_YANG, "杨恒均")
    report = next(a for a in atts if a.source and a.source.text == "中央社")
    assert report.certainty != "disputed"
    assert denial.target != report.id
