"""Chinese spurious attributions, round 26 (brief zhprec26): cue words that report no statement
in four classes, each a real sentence from an open zh-news article or from the breadth text
(THUCNews `cnews.val.txt`, thN = line N+1; hkcnews articles), and beside each class sentences
where the same cue still reports speech (the rule must not fire there).

Data in `sayso/lang/zh/cues.json`: `self_styled` (自称 opening a relative clause), `noun_contexts`
(至于, 潜在 before the cue), `subjectless_modals` (有理由 with no subject),
`light_verb_objects` (进行/提供 + the cue as a noun), `conjoined` (a cue closing a coordination
with 和/与/及/或); the 〔…報導〕 byline is a bracketed credit in `cues.py` (like 【…】). A second
row for one statement: 告诉 + addressee + 说 is one attribution (`relate._merge_told_and_said`).
"""

from __future__ import annotations

import pytest
from golden_support import zh_cue_source_rows

# (origin, sentence, a cue word that must not be an attribution's cue)
NO_SPEECH = [
    # 自称 'self-styled' opening a relative clause on a noun (zhP-sbs-1 gold: optional)
    ("zhP-sbs-1", "上周日九号台播出《60分钟》节目中,一名自称中国特工的男子王立强有关中国干涉外国政治的指称引发公众哗然。",
     "称"),
    ("zhR-ctmanga-1", "此前,最近一位自稱Gold Medalist前員工的A在YouTube留言中表示,金秀賢和他的表哥李洛維曾犯下許多問題。",
     "稱"),
    ("hkcnews 35665", "自稱普通市民的鄭國泉，據報獲撐警建制組織「守護香港大聯盟」捐贈逾52萬元。", "稱"),
    ("hkcnews 35163", "【羅永康・羅永康博客】一個自稱 IFC 六師弟的blogger，愛以基層角度看社會問題。", "稱"),
    ("THUCNews th178", "看看天涯每天都在讨论什么啊，杂谈上那个自称是日本MM的报道帖，也是20多万点击数千回复。", "称"),
    # 以…来自称 'call one's team' (来自 is also 'from'): no claim
    ("THUCNews th857", "——赵霏赵霏一直以草根来自称他的团队，草根创业团队。", "称"),
    # 进行 + the cue: a noun object, nothing said
    ("zhR-houdao-1", "俗话说树大招风,华为此前也曾多次针对网传消息进行公开辟谣,但是依旧还是有不少人选择罔顾事实进行造谣。", "辟谣"),
    ("zhO-tuliaojing-1", "昨日(11月14日),《塗料經》對此交流紀要進行了轉述與解讀,分析了儅前東方雨虹(002271.SZ)及塗料/防水行業的發展狀況。",
     "轉述"),
    ("zhP-crntt-1", "陳崇樹說，若涉違反事實查證，收到檢舉後會請業者答覆，後續諮詢會議會有多方專家學者進行判斷，整體處理程序平均約30天。",
     "判斷"),
    ("THUCNews th147", "专访中，温家宝总理对房价、通胀、汇率等17个问题进行了回答，而本次专访也引起了国外媒体的高度关注。", "回答"),
    ("THUCNews th951", "公示期间收集到的意见，规划委将在公示期结束后进行整理分析，并公布意见的采信情况。", "分析"),
    # 接到/处理 + 投诉: the complaint received or handled, a noun (THUCNews th831, hkcnews article_14606)
    ("THUCNews th831", "2009年11月下旬，中国质量万里行记者接到消费者投诉举报后，遂赶赴河南对此事展开了深入调查。", "投诉"),
    ("hkcnews 14606", "而根據醫管局質素及安全總監鍾健禮表示，溝通和處理投訴屬於醫院病人聯絡主任的職責，醫管局亦打算增聘病人聯絡主任。",
     "投訴"),
    # a cue closing a coordination of nouns
    ("THUCNews th836", "此外，不少玩家在体验游戏的精彩之余，也提出了很多宝贵意见和建议，官方也不遗余力的解决各种问题，努力的完善着游戏。",
     "建议"),
    ("THUCNews th32", "对网上的一片骂名和指责，方宏进昨(19)日接受了采访，“让人说好了，谁愿意信就信。”", "指责"),
    ("THUCNews th913", "各级政府和有关部门要全面贯彻落实中央的部署和要求，加快推进残疾人社会保障体系和服务体系建设。", "要求"),
    ("zhB-rfi-1", "梁振英10日終於出席立法會大會的答問大會,試圖將家裡的僭建問題一次過作出解釋和澄清,希望自此之後香港社會能夠向前看。",
     "澄清"),
    # 至于 'as for' makes the cue a topic, 潜在 'potential' makes it a noun (cues.json noun_contexts)
    ("THUCNews th403", "至于说百分之多少，我想这个还是要看大的环境，但是不管怎么样，不敢说一个具体的数字。", "说"),
    ("THUCNews th916", "他在罚球线附近的游走，或挡拆或空切是对其他球队的一种潜在威胁，另一方面，他的这种站位方式也给小牛核心"
     "德克-诺维茨基留下了大量的单打空间。", "威胁"),
    # 有理由 'there is reason to' with no subject: the writer's reasoning (cues.json subjectless_modals)
    ("hkcnews 18539", "由政府從提高長者申領綜援門檻，到取消公營龕位永久制，還有過去的種種行徑，絕對有理由相信這個政府從無為現存"
     "香港人著想，一心只想騰空現有資源，不知會如何運用？", "相信"),
    ("hkcnews 20269", "嘿嘿，很有理由懷疑，是不是外國勢力美英特務潛入條片嘅製作公司，有心整蠱保皇黨呀！", "懷疑"),
    # idioms with 说 (cues.json blocklist): 虽然说 'although', 不管怎么说 'anyway', 等于说 'amounts to'
    ("THUCNews th995", "虽然说球队熬到了春节休赛期，但是后面的赛程依然非常艰苦，必须得早做准备。", "说"),
    ("THUCNews th236", "原来有房子，房子是财产，老房子卖出去等于说实际要付的钱少很多，所以不能这么算。", "说"),
    # Cantonese 嘅 after the cue closes a relative clause like 的 (hkcnews article_37153)
    ("hkcnews 37153", "由於香港即將開始接種COVID-19疫苗，今次想講下我成日比人問嘅新COVID疫苗問題。", "問"),
    # the Liberty Times' bracketed byline
    ("zhP-ltn-1", "〔即時新聞/綜合報導〕中國官媒的報導內容可信度時常受到外界質疑,近日就傳出中共官方唯一國家級英文日報《中國日報》"
     "(China Daily)刊出宣稱是英國前財政大臣韓蒙德(Philip Hammond)投稿的專欄文章,內容呼籲英國政府應積極與中國恢復「正常關係」,"
     "沒想到遭韓蒙德本人跳出來打臉,直言《中國日報》該篇所謂專欄文章根本是子虛烏有。", "報導"),
]


@pytest.mark.parametrize(("origin", "text", "cue"), NO_SPEECH, ids=[f"{o}:{c}" for o, c in
                                                                    ((n[0], n[2]) for n in NO_SPEECH)])
def test_no_statement(origin: str, text: str, cue: str) -> None:
    assert cue not in [c for c, _ in zh_cue_source_rows(text)], origin


# (origin, sentence, cue, source): the same words where they do report a statement
SPEECH = [
    # 自称 with a subject of its own is a claim, and the subject no longer ends in 自
    ("THUCNews th464", "库班自称找到湖人死穴：阿泰打控卫", "自称", "库班"),
    ("hkcnews 29171", "既然中聯辦自稱不屬於《基本法》第22條所指的一般意義上的「中央人民政府所屬各部門」，政府會否向中聯辦追收過往豁免的印花稅？",
     "自稱", "既然中聯辦"),
    ("hkcnews 43589", "帳戶本尊原來曾接受新華社訪問，自稱「香港警嫂」。", "自稱", "帳戶本尊"),
    # the noun-phrase speaker after a self-styled clause still speaks
    ("zhR-ctmanga-1", "此前,最近一位自稱Gold Medalist前員工的A在YouTube留言中表示,金秀賢和他的表哥李洛維曾犯下許多問題。",
     "表示", "一位自稱Gold Medalist前員工的A"),
    # 进行回应，称…: 回应 is not in the list; the 称 of the same speaker stays (zhN-hongxing-1 gold)
    ("zhN-hongxing-1", "据南方网报道,该日下午,中山大学孙逸仙纪念医院党委办公室相关人士曾进行回应,称网上相关信息是不实信息。",
     "回应+称", "中山大学孙逸仙纪念医院党委办公室相关人士"),
    # verbs coordinated with an object after them: a statement (THUCNews th53, hkcnews article_23474)
    ("THUCNews th53", "尽管媒体一遍遍呼吁和提醒各位侨胞尊重伴侣、关爱生命、终止暴力，但家暴的悲剧却一直从未停止过。",
     "提醒", "媒体一遍遍呼吁和"),
    ("hkcnews 23474", "楊健興又提醒及呼籲公眾應該避免在大規模衝突期間混雜在記者當中，以免產生不必要誤會。", "呼籲", "楊健興"),
    # a verb of saying before a 至于 topic still speaks
    ("THUCNews th403-like", "他说，至于价格，公司会再研究。", "说", "他"),
    # the speaker of the sentence whose object is the complaint handled still speaks (hkcnews article_14606)
    ("hkcnews 14606", "而根據醫管局質素及安全總監鍾健禮表示，溝通和處理投訴屬於醫院病人聯絡主任的職責，醫管局亦打算增聘病人聯絡主任。",
     "根據+表示", "醫管局質素及安全總監鍾健禮"),
    # 有理由 with a subject of its own: that subject's belief, and 有理由 is no part of the source
    # (hkcnews article_1646; main gave the source 他有理由)
    ("hkcnews 1646", "至於控方質疑曾蔭權為何又突然放棄租住單位，辯方指因為傳媒已知其退休居住地址，曾原意想退休後遠離傳媒的閃光燈，"
     "更何況該單位部份設計是用玻璃，傳媒可拍攝到單位內的情況，他有理由相信傳媒會監視該單位，故決定棄租。", "相信", "他"),
    # after the bracketed byline the lead's subject speaks
    ("zhK-ltn-1", "〔記者林惠琴／台北報導〕衛福部昨天表示，疫苗安全無虞。", "表示", "衛福部"),
    # a document number in brackets is part of the source, no byline
    ("document number", "根据国发〔2009〕3号文件指出，房价要稳定。", "根据+指出", "国发〔2009〕3号文件"),
]


@pytest.mark.parametrize(("origin", "text", "cue", "source"), SPEECH,
                         ids=[f"{s[0]}:{s[2]}" for s in SPEECH])
def test_statement_kept(origin: str, text: str, cue: str, source: str) -> None:
    assert (cue, source) in zh_cue_source_rows(text), origin


# 告诉记者说: one statement, one row whose cue is 告诉+说 (THUCNews th875, th684); a new sentence's
# 说 after a 告诉 statement stays its own row.
TOLD_AND_SAID = [
    ("THUCNews th875", "但不可否认的是，降价让地板生产企业的的利润不断走薄。张岩告诉记者说，我们以前生产销售规模在3个亿左右，"
     "能有2—3千万的利润，现在搞促销利润肯定就薄了。", [("告诉+说", "张岩")]),
    ("THUCNews th684", "王宝强告诉记者说：“其实希望能有更多观众关注和支持国产文艺电影。”", [("告诉+说", "王宝强")]),
    ("after THUCNews th875", "张岩告诉本报记者，公司的利润很薄。他说，明年会更好。", [("告诉", "张岩"), ("说", "他")]),
]


@pytest.mark.parametrize(("origin", "text", "rows"), TOLD_AND_SAID, ids=[t[0] for t in TOLD_AND_SAID])
def test_told_and_said_one_row(origin: str, text: str, rows: list[tuple[str, str]]) -> None:
    assert zh_cue_source_rows(text) == rows, origin


def test_front_matter_fields_are_no_speakers() -> None:
    # every hkcnews article of the breadth text opens with a Markdown front matter (article_917):
    # its lowercase keys (title, date, author, category) are fields, not speakers; the body speaks
    text = ('---\ntitle: "林鄭：梁振英若角逐連任　我一定不參選"\ndate: "2017-01-12"\nauthor: "記者林勵"\n'
            'category: "眾聞"\n---\n\n林鄭月娥今日表示，她不會參選。\n')
    assert zh_cue_source_rows(text) == [("表示", "林鄭月娥")]
