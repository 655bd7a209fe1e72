"""Chinese rows split and cut, round 21 (brief zhprec21): a subjectless cue opened by 又 ('also,
further': …，又说… / …；又提及…) starts another statement of the same speaker. The content
around it ends before its clause, and its speaker is the one whose statement it goes on
(`relate._further_statement`, `relate._outer_statement`; word list `further_openers` in
`sayso/lang/zh/markers.json`). ANNOTATION.md Boundaries: a statement runs "up to where another
speaker or the narrator takes over"; divergences.md D4: one speaker's two cues are two rows with a
content each. None of the open zh-news gold contents runs over a ，又说 / ；又提及 clause.

Each case is a real sentence from an open zh-news article or from the hkcnews text of the
breadth check, with the rows (cue, source, content) that must and must not come out.
"""

from __future__ import annotations

import pytest

import sayso


def _rows(text: str) -> list[tuple[str, str, str]]:
    analysis = sayso.analyze(text, language="zh")
    return [("+".join(c.text for c in a.cue), a.source.text if a.source else "-",
             " / ".join(c.text for c in a.content)) for a in analysis.attributions]


# (origin, sentence, cue, source, content it must have)
FURTHER = [
    # 質疑…；又提及…: the doubt ends at the semicolon (zhB-mingpao-2, zh-news half B)
    ("zhB-mingpao-2",
     "據了解,王志民會上不點名批評有人在特首宣布暫緩修例前「爭出鏡」亂說話,質疑人們與傳媒率先表達有關信息是沒想清楚;"
     "又提及建制陣營的聲音未能透過傳媒表達,提到傳媒老闆多是商人,質疑為何「管不了」有關報道。",
     "質疑", "王志民", "人們與傳媒率先表達有關信息是沒想清楚"),
    # 續指，X稱…，又說…: 華春瑩 goes on, not the paper she quotes (zhI-hk01-1, part I tune)
    ("zhI-hk01-1",
     "華春瑩續指,《華爾街日報》稱「中方與委內瑞拉反對派會談」的報道是虛假報道、假消息,"
     "又說近來個別媒體不斷地炮製一些虛假信息,不知道它的目的何在。",
     "又說", "華春瑩", "近來個別媒體不斷地炮製一些虛假信息,不知道它的目的何在"),
    ("zhI-hk01-1",
     "華春瑩續指,《華爾街日報》稱「中方與委內瑞拉反對派會談」的報道是虛假報道、假消息,"
     "又說近來個別媒體不斷地炮製一些虛假信息,不知道它的目的何在。",
     "續指", "華春瑩", "《華爾街日報》稱「中方與委內瑞拉反對派會談」的報道是虛假報道、假消息"),
    # an outlet's report relays the speaker (divergences.md D1): the report keeps its whole clause,
    # and 又稱 stays with the website's owner, not with 《美國之音》 (hkcnews article_18048; round 24:
    # the group speaks, its website 官網 is the via, as zhB-hket-1 gold 中國外交部 + 官網)
    ("hkcnews 18048",
     "《美國之音》報道，佳士工人聲援團官網表示，在這段30分鐘的「認罪片段」，「消失」達數月的四名佳士工人聲援團的骨幹成員"
     "岳昕、顧佳悅、鄭永明、沈夢雨，承認在大學接觸某個「敵對勢力」秘密組織，又稱被洗腦接受暴力極端思想，"
     "通過工人維權等社會焦點事件，顛覆和危害中共現行體制。",
     "又稱", "佳士工人聲援團", "被洗腦接受暴力極端思想，通過工人維權等社會焦點事件，顛覆和危害中共現行體制"),
]


@pytest.mark.parametrize(("origin", "text", "cue", "source", "content"), FURTHER,
                         ids=[f"{c[0]}-{c[2]}" for c in FURTHER])
def test_further_statement(origin: str, text: str, cue: str, source: str, content: str) -> None:
    assert (cue, source, content) in _rows(text)


def test_report_keeps_its_clause() -> None:
    """新華社報道，習近平表示…，又表示…: the report's content is the whole reported clause (D1),
    not cut at 又表示, which continues 習近平, not the agency (hkcnews article_9881)."""
    text = ("中國國家主席習近平周四在釣魚台國賓館會見到訪的英國首相文翠珊，官方新華社報道，習近平表示中方願同英方一道，"
            "推動中英關係在新時代健康穩定發展，又表示要提升中英關係「黃金時代」的戰略性，以建設方式處理好敏感問題。")
    rows = _rows(text)
    report = [r for r in rows if r[0] == "報道"]
    assert report and report[0][2].endswith("以建設方式處理好敏感問題")
    assert ("表示", "習近平", "要提升中英關係「黃金時代」的戰略性，以建設方式處理好敏感問題") in rows


def _rumours(text: str) -> list[tuple[str, str, list[str], str]]:
    analysis = sayso.analyze(text, language="zh")
    return [("+".join(c.text for c in a.cue), a.source.text if a.source else "-", [v.text for v in a.via],
             " / ".join(c.text for c in a.content)) for a in analysis.attributions]


# Rumour verbs 流传 / 谣传 (cues.json `rumour_cues.verbs`): what circulates on a platform is an
# attribution with no source and the platform as via (zh-news gold zhK-cts-1, zhK-ltn-1,
# zhL-guangming-1, zhM-taichung-1: source null, via the platform, cue 流傳); a named spreader is
# the source (zhF-guancha-1 gold: 网上有人). (origin, sentence, cue, source, via, content start)
RUMOURS = [
    ("zhK-cts-1",
     "近期網路社群媒體間流傳,「明天(4月23日)起整天在醫院都要戴口罩,北投出現麻疹病患,還傳染很多醫院同事,最近北榮、"
     "振興馬偕,都會有很多人就診…」等訊息,疾病管制署今(25)日嚴正澄清,該則屬不實訊息。",
     "流傳", "-", ["網路社群媒體"], "明天(4月23日)起整天在醫院都要戴口罩"),
    ("zhK-ltn-1",
     "〔記者林惠琴／台北報導〕近期中國屈公病疫情受到外界關注，社群平台流傳我國疾管署預算被刪，不會針對屈公病進行疫調也不會宣傳，"
     "疾管署已澄清無此事。",
     "流傳", "-", ["社群平台"], "我國疾管署預算被刪"),
    ("zhF-guancha-1",
     "警察公共关系科高级警司江永祥在记者会说,网上有人流传,昨日在沙田沙角邨有警察将警枪挂在栏杆上,他说,有关说法非常无稽。",
     "流传", "网上有人", [], "昨日在沙田沙角邨有警察将警枪挂在栏杆上"),
    ("zhI-8tvnews-1",
     "面对政坛谣传明日(4日)政府将宣布内阁改组,首相拿督斯里安华傍晚否认此事。",
     "谣传", "*", [], "明日(4日)政府将宣布内阁改组"),
    # two platforms, two vias (zhM-taichung-1 gold: 網路, 通訊軟體)
    ("zhM-taichung-1",
     "衛生局指出,近來網路或通訊軟體流傳「沒事不要去以下醫院……以上均是部桃轉診病患的收治醫院…」、「防疫車隊帶旅客至休息站吃飯,"
     "希望休息站先封閉消毒」等不實訊息,這些訊息都是假的,請民眾勿轉傳。",
     "流傳", "-", ["網路", "通訊軟體"], "沒事不要去以下醫院"),
    # a rumour with no platform named: 'it is rumoured' (hkcnews article_38148)
    ("hkcnews 38148", "網上流傳有支持軍方示威者前往仰光，準備「民鬥民」。",
     "流傳", "-", ["網上"], "有支持軍方示威者前往仰光"),
]


@pytest.mark.parametrize(("origin", "text", "cue", "source", "via", "start"), RUMOURS,
                         ids=[f"{c[0]}-{c[2]}" for c in RUMOURS])
def test_rumour_verbs(origin: str, text: str, cue: str, source: str, via: list[str], start: str) -> None:
    rows = [r for r in _rumours(text) if r[0] == cue]
    assert rows, _rumours(text)
    got_cue, got_source, got_via, content = rows[0]
    assert content.startswith(start)
    if source != "*":
        assert got_source == source
        assert got_via == via


# …and where the same verbs report no one's words (breadth text and open articles): a thing
# circulating, an adjective, a place that is no platform, a report noun with its own cue after it.
NOT_RUMOURS = [
    ("THUCNews 385", "近日， 一份疑似真人版《龙珠》电影剧本的PDF文档在网上流传，继而引发影迷一片骚动。", "流传"),
    ("THUCNews 661", "“第一次参展就获奖还引来不少非议，流传最广的一个版本就是说我在买奖。", "流传"),
    ("hkcnews 3420", "有中史科老師認為，在內地流傳「七不講」之際，香港還有審視中共歷史問題的考卷，港人要珍惜空間。", "流傳"),
    ("zhK-xinjiapo-1", "改变治疗方案的信息流传开来后,卫生部在面簿发文澄清。", "流传"),
    ("zhB-hkcnews-6", "內地傳媒澎湃報道，網上流傳一份「深圳和美婦兒科醫院醫學倫理委員會審查申請書」顯示，賀建奎的實驗，"
     "是在該院進行倫理審查。", "流傳"),
    ("hkcnews 42607", "網上流傳消息指，該教師曾多次騷擾女學生而被投訴，但學校並沒有將其開除。", "流傳"),
]


@pytest.mark.parametrize(("origin", "text", "cue"), NOT_RUMOURS, ids=[c[0] for c in NOT_RUMOURS])
def test_not_rumours(origin: str, text: str, cue: str) -> None:
    assert cue not in [r[0] for r in _rumours(text)]


def test_solemn_declaration() -> None:
    """X嚴正聲明，…: a declaration before a comma is the cue (cues.json 严正声明 / 郑重声明, needs_punct);
    the call that follows stays with X, not with the noun 聲明 (zhM-tvbs-1 gold: 《TVBS新聞》 ×3)."""
    rows = _rows("對此《TVBS新聞》嚴正聲明,本網絕無發布此條新聞,呼籲有心人士切勿散布假消息。")
    assert ("嚴正聲明", "《TVBS新聞》", "本網絕無發布此條新聞") in rows
    assert ("呼籲", "《TVBS新聞》", "有心人士切勿散布假消息") in rows
