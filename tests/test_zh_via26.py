"""Chinese channels of round 26 (branch zhvia26): the reporter or outlet spoken to, and relay chains.

Mechanisms: 对 + a paper's reporter is an addressee as after 向 (channels.py `_reporter_of`,
cues.py `reporters_addressed`), a place before 记者 keeps the reporters whole, 告诉 after a
quotation names its addressee also at the sentence's end (cues.py `_TOLD_AFTER_QUOTE`), and a
citing frame whose cue is 报道说 / 报道称 relays like one ending in 报道 (nesting.py
`_report_chain`). THUCNews sentences are from qianshuang/dl-exp `data/cnews/cnews.val.txt` (line
numbers 1-based, as /work/r26/breadth/cnews.val.txt); ANNOTATION.md, Channels: "the addressee or
medium of speech is a via: 告诉法新社, 对《某周刊》表示"; citing chains: outer outlet first.
"""

from __future__ import annotations

import sayso


def _vias(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


def test_reporter_of_an_unknown_paper_after_dui() -> None:
    """一位知情人士对CBN记者透露 (THUCNews line 86): CBN is not in the gazetteer; 对 before a
    reporter can only name the one spoken to, so the paper is the channel, as 向CBN记者透露 gives."""
    rows = _vias("一位知情人士对CBN记者透露，新一轮的土地规划修编过程中，需要上报国务院审批的土地利用"
                 "总体规划数量相比以前有所增加。")
    assert ("一位知情人士", "透露", ["CBN"]) in rows
    # the same sentence in traditional script (對…記者)
    rows = _vias("一位知情人士對CBN記者透露，新一輪的土地規劃修編過程中，需要上報國務院審批的土地利用"
                 "總體規劃數量相比以前有所增加。")
    assert ("一位知情人士", "透露", ["CBN"]) in rows


def test_reporter_of_a_programme_after_a_quotation() -> None:
    """“…”张合义对中国质量万里行记者说。 (THUCNews line 832): the cue after the quotation."""
    rows = _vias("“觉得那9间门面房位置很好，我就前去打听房主是谁。”张合义对中国质量万里行记者说。"
                 "在得知“房子是县人大郑军开发的”后，张合义辗转联系到了郑军。")
    assert ("张合义", "说", ["中国质量万里行"]) in rows


def test_reporters_present_are_a_channel() -> None:
    """奇才主帅菲利普-桑德斯向到场记者表示 (THUCNews line 775), as 在场记者, 现场记者."""
    rows = _vias("不过在今天的常规训练结束后，奇才主帅菲利普-桑德斯向到场记者表示，布莱切有可能会在"
                 "今晚复出。")
    assert ("奇才主帅菲利普-桑德斯", "表示", ["到场记者"]) in rows


def test_known_paper_and_bare_reporters_unchanged() -> None:
    """对理财周报记者表示 keeps the paper, 对本报记者表示 the paper's own reporter (THUCNews lines
    with 北京一私募基金经理, 吴贵辉), both scripts."""
    rows = _vias("“我们不会降低费率。”北京一私募基金经理对理财周报记者表示。")
    assert ("北京一私募基金经理", "表示", ["理财周报"]) in rows
    rows = _vias("國家能源局副局長吳貴輝對本報記者表示，這項工作早晚得做。")
    assert ("國家能源局副局長吳貴輝", "表示", ["本報記者"]) in rows


def test_place_before_reporters_is_no_paper() -> None:
    """向香港記者表示: 香港 describes the reporters and is no outlet, so the reporters as written
    (as 告诉外国记者 gives 外国记者); before this branch the 向 path gave 香港 alone. The sentence
    is adapted from THUCNews line 775 (向到场记者表示)."""
    rows = _vias("奇才主帅菲利普-桑德斯向香港記者表示，布莱切有可能会在今晚复出。")
    assert ("奇才主帅菲利普-桑德斯", "表示", ["香港記者"]) in rows
    rows = _vias("奇才主帅菲利普-桑德斯对外国记者表示，布莱切有可能会在今晚复出。")
    assert ("奇才主帅菲利普-桑德斯", "表示", ["外国记者"]) in rows


def test_dui_without_reporter_stays_a_topic() -> None:
    """对此表示, 对该记者表示: no channel (对 + a pronoun or determiner is no paper)."""
    rows = _vias("环保部污染物排放量总量控制司副司长刘长根对此表示，减排任务仍然艰巨。")
    assert all(v == [] for _, _, v in rows)
    rows = _vias("一位知情人士对该记者透露，新一轮的土地规划修编过程中规划数量有所增加。")
    assert all(v == [] for _, _, v in rows)


def test_told_at_the_end_of_the_sentence() -> None:
    """“…”芙莱莎广州代理商温静告诉记者。 (THUCNews line 532): the one told after a quotation is
    the channel also when the sentence ends there, as before a comma."""
    rows = _vias("“布艺产品也全部是北欧的全棉织品，不会有任何污染物。”芙莱莎广州代理商温静告诉记者。"
                 "业内人士告诉记者，实木比板材环保其实是一个误区。")
    assert ("芙莱莎广州代理商温静", "告诉", ["记者"]) in rows
    # traditional script, an outlet told (the wire form “……，”他告訴路透社。)
    rows = _vias("「布藝產品也全部是北歐的全棉織品，不會有任何污染物，」芙萊莎廣州代理商溫靜告訴路透社。")
    assert ("芙萊莎廣州代理商溫靜", "告訴", ["路透社"]) in rows


def test_told_a_pronoun_names_no_channel() -> None:
    """“…”她告訴他。: a pronoun told is no channel (cues.py `_told_nobody`), also at the end."""
    for a in sayso.analyze("“我很好，不用擔心。”她告訴他。", language="zh").attributions:
        assert [v.text for v in a.via] == []


def test_relay_chain_closed_by_the_reports_verb() -> None:
    """X援引Y报道说，Z表示: Z speaks, the relaying outlet and the cited one are its channels, outer
    first, as for 援引Y报道， (ANNOTATION.md, citing chains: 零对冲援引中东眼报道说 -> via 零对冲).
    Adapted from zhD-yahoo-1 (《路透社》15日引述《金融時報》報導，…), with 報導說."""
    rows = _vias("《路透社》15日引述《金融時報》報導說，白宮國家安全會議發言人表示，阿里巴巴為解放軍提供"
                 "能力。")
    assert ("白宮國家安全會議發言人", "表示", ["《路透社》", "《金融時報》"]) in rows
    rows = _vias("新华社援引俄罗斯卫星通讯社报道称，俄外长拉夫罗夫表示，俄方不会在这一问题上让步。")
    assert ("俄外长拉夫罗夫", "表示", ["新华社", "俄罗斯卫星通讯社"]) in rows


def test_cited_person_is_no_relay() -> None:
    """路透社援引知情人士的话说，白宫否认…: a person cited speaks; the statement in the words is
    not relayed through him (nesting.py `_report_chain` needs an outlet's report)."""
    rows = _vias("彭博社援引消息人士的话报道称，美国情报部门认为，俄罗斯疑似计划从三个方向进攻。")
    assert not any(src == "美国情报部门" and "消息人士" in v for src, _, v in rows)


def test_pronoun_chaining_the_next_cue_keeps_the_channel() -> None:
    """权威人士向CBN记者证实了这一消息，他表示… (THUCNews line 894), 曾飞告诉记者，…，他还解释说，…
    (line 790): after the first cue's words end, 他 takes up the same speaker in the same sentence,
    who goes on speaking to the same reporter (zhopen gold: 11 of 13 such pairs keep the channel)."""
    rows = _vias("国家发改委政策法规司权威人士向CBN记者证实了这一消息，他表示依照工作安排确实有起草《石油"
                 "(天然气)法》的计划，但目前只是前期准备阶段，尚无明确的时间表。")
    assert ("他", "表示", ["CBN"]) in rows
    rows = _vias("曾飞告诉记者，广渠路15号地的“进程”将按照政府有关规定的程序进行，不会因为规划调整的被驳回"
                 "而受到影响，他还解释说，提出调整规划的申请就是为了做出品质更高的项目。")
    assert ("他", "解释说", ["记者"]) in rows
    # traditional script: hkcnews article_9143 (羅范椒芬其後向《南華早報》否認…，指…，故她認為…)
    rows = _vias("羅范椒芬其後向《南華早報》否認干預學術自由，指她早已計劃到瑞典，因為卡羅琳是梁振英非常重視的"
                 "項目，故她認為有需要到瑞典跟卡羅琳校長見面。")
    assert ("她", "認為", ["《南華早報》"]) in rows


def test_pronoun_inside_the_words_is_not_chained() -> None:
    """秋经武告诉记者，他之所以…，是因为他至今仍然认为… (THUCNews line 881): 他认为 lies inside the
    words told, nested, and gets no channel of its own."""
    rows = _vias("秋经武告诉记者，他之所以一直不愿意授权该电影，是因为他至今仍然认为该电影的多处情节与事实"
                 "不符。")
    assert all(v == [] for src, cue, v in rows if cue == "认为")


def test_a_day_at_the_edge_of_a_channel_is_cut() -> None:
    """警方在昨日例行記者會上否認 (hkcnews article_23719), 有線新聞網絡（CNN）上月引述 (article_24955),
    诺德基金管理公司今日公告称 (THUCNews line 406): the day is when, not where; the open gold writes
    no via with a day in it (0 of 382)."""
    rows = _vias("警方在昨日例行記者會上否認有警員施襲，並指相關片段模糊。")
    assert ("警方", "否認", ["例行記者會"]) in rows
    rows = _vias("有線新聞網絡（CNN）上月引述不具名消息指出，特朗普答應中國國家主席習近平。")
    assert [v for _, _, v in rows] == [["有線新聞網絡（CNN）"]]
    rows = _vias("诺德基金管理公司今日公告称，旗下诺德增强收益债券基金首募11.84亿元。")
    assert ("诺德基金管理公司", "称", ["公告"]) in rows


def test_a_name_opening_with_the_day_stays_whole() -> None:
    """今日頭條平台 (zhM-dahe-1 gold: 今日頭條平台), 今日俄罗斯电视台: the day word opens a name."""
    rows = _vias("網民「千萬別說隨便」在今日頭條平台發佈一則文章稱「河南南陽發生嚴重火災」。")
    assert any("今日頭條平台" in v for _, _, v in rows)
    rows = _vias("他在今日俄罗斯电视台的节目中说，政府不会让步。")
    assert ("他", "说", ["今日俄罗斯电视台", "节目"]) in rows


def test_a_channel_does_not_end_in_de() -> None:
    """《金融時報》的報道指，衛生專家質疑… (hkcnews article_26932): the relayed outlet is the title,
    not 金融時報》的; 在接受中国青年报记者的电话采访时 (THUCNews line 974): no 的 at the end."""
    rows = _vias("《金融時報》的報道指，衛生專家質疑中國官方數字的時效和準確，指中國的檢測系統只記錄部分病例。")
    assert ("衛生專家", "質疑", ["《金融時報》"]) in rows
    rows = _vias("对此，教育部国际司涉外监管处的工作人员在接受中国青年报记者的电话采访时答复称，受害者应当报警。")
    assert all(not v or not v[0].endswith("的") for _, _, v in rows)
