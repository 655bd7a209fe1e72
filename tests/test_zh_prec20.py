"""Chinese cue words that report no speech, round 20 (brief zhprec20): each case a real sentence
from an open zh-news article or from the broad unlabeled text of the breadth check (THUCNews
`cnews.val.txt`, line numbers 1-based; hkcnews articles), with the cue that must not fire, and
beside each class a sentence where the same cue word still reports speech.

The classes are data in `sayso/lang/zh/cues.json`: `blocklist` (words that merely contain a cue),
`noun_contexts` (an opening bracket or 所谓独家 before the cue; a space, line end, 和 or 看 after 报道) and
`irrealis.modals` (很难, 只能, 值得, 会 after an adverb or pronoun).
"""

from __future__ import annotations

import pytest

import sayso


def _cues(text: str) -> list[str]:
    return ["+".join(c.text for c in a.cue) for a in sayso.analyze(text, language="zh").attributions]


# (origin, sentence, cue word that must not be an attribution's cue)
NO_SPEECH = [
    # 不容否认 'undeniably': the writer's comment (THUCNews line 915)
    ("THUCNews 915", "温哥华美丽景色的吸引力不容否认，40%参会者来自非北美国家，可以说展会的国际化程度越来越高了。",
     "否认"),
    # 主要指 'refers mainly to': a definition (THUCNews line 817)
    ("THUCNews 817", "抓拍初秋街头御姐风搭配导语：御姐，与萝莉相对，主要指比较成熟强势，年纪自己较大，性感而成熟的女性。", "指"),
    # 边指边念: pointing while reading aloud (hkcnews article_45353)
    ("hkcnews 45353", "他邊指邊念起銅像大廳兩旁懸掛的蔣中正「格言」：「生活的目的在增進人類全體之生活，生命的意義在創造宇宙繼起之生命」，得意地說：「我們小時候都要背誦呢！", "指"),
    # 爆料者 'the leaker', a noun in a list of accounts (zhM-sina-1, tune)
    ("zhM-sina-1", "声明中称,“八卦娱公”“娱表妹”“娱乐圈爆料者小号”长期以来在未经证实并扭曲事实的基础上不断攻击古力娜扎。",
     "爆料"),
    # 自说自话 'talking to oneself', an idiom (zhM-sina-1, tune)
    ("zhM-sina-1", "”两篇文章完全未与当事人求证,无中生有妄想臆测,自说自话严重与事实相悖。", "说"),
    # 澄清稿 'a clarifying release', a noun (zhK-ltn-1, tune)
    ("zhK-ltn-1", "對此，疾管署指出，此假訊息與流行疫情無涉，但已於第一時間發布澄清稿，提供民眾正確訊息、避免恐慌。",
     "澄清"),
    # 答覆編號 'reply number', a reference label (hkcnews article_29171)
    ("hkcnews 29171", "資料來源：立法會 [審核2018-19年度開支預算（答覆編號：FSTB(Tsy)097）]", "答"),
    # (指…): a gloss opening an aside (THUCNews line 832)
    ("THUCNews 832", "这位施工者还告诉记者，“这处房地产是温县前任县领导批的，那个领导(指温县原县委书记董安民——因受贿于"
     "2009年上半年落马)被抓后，新任领导不让再继续施工了。”", "指"),
    # (建议玩家15级): a game guide's hint in brackets (THUCNews line 526)
    ("THUCNews 526", "进入刚才路过的门，遇到了BOSS地缚怨灵(建议玩家15级)，战胜后正要离开，谁知地缚怨灵没死，云凌受伤了。", "建议"),
    # 很难预测 'hard to predict' (THUCNews line 11)
    ("THUCNews 11", "其次，价格很难预测，但大致上可以认为，明年房价将维持一种稳定、盘整的状态，大跌大涨的可能性都不大。", "预测"),
    # 只能说 'one can only say', the writer's comment (THUCNews line 169)
    ("THUCNews 169", "只能说，优惠政策即将被取消的预期在一定程度上刺激了成交量放大，但并不能说这是最根本的因素。", "说"),
    # 值得怀疑 'open to doubt' (THUCNews line 690)
    ("THUCNews 690", "高新军认为，上述规定无疑是重大进步，但中介机构是否能保持中立，值得怀疑，需要更完善的制度保证。",
     "怀疑"),
    # 很多人会说 what people would say (THUCNews line 57)
    ("THUCNews 57", "提起法国留学，很多人会说，公立教育，免学费，要有500学时法语学习证明，业内人士表示，这些看法没错。", "说"),
    # 他们会提醒我 what they usually do (THUCNews line 742)
    ("THUCNews 742", "所以他们都待我很好，很耐心，拍夜戏他们会提醒我带暖包。", "提醒"),
    # a byline: 报道 before a space (THUCNews line 217)
    ("THUCNews 217", "海外华人习俗难改 人情世故已成“债”人民网(微博)报道 医院手术，要送红包；驾校学车，要递香烟。", "报道"),
    # 报道和分析: a reporter's beat in a columnist's biography (hkcnews article_16326)
    ("hkcnews 16326", "自80年代起專責報道和分析香港政治與政策，曾任職《南華早報》、《信報》。", "報道"),
    # 从各方报道看 'judging by the reports' (zhF-lwdf-1, tune): only 表示 reports speech
    ("zhF-lwdf-1", "12月23日,中国外交部发言人刘为民就芬兰警方所扣货轮发现导弹一事表示,看不出这艘船运载导弹和中国有什么联系,"
     "从各方报道看,这是一艘英国籍的船只,由德国出发,运载“爱国者”导弹,前往韩国。", "报道"),
    # 所謂獨家報導 'the so-called exclusive report', a noun (zhI-taisounds-1, tune)
    ("zhI-taisounds-1", "黃珊珊表示,自昨天(7/20)下午開始,三立電視台的三立新聞不實的報導,在向三立新聞說明要求下架、澄清,"
     "他們依然繼續播放,內容非常清楚是沿用了所謂獨家報導,引用不明人士甚至故意去捏造一些相關的內容。", "報導"),
]


@pytest.mark.parametrize(("origin", "text", "cue"), NO_SPEECH, ids=[f"{o} {c}" for o, _, c in NO_SPEECH])
def test_cue_word_reports_no_speech(origin: str, text: str, cue: str) -> None:
    assert cue not in _cues(text), origin


# (origin, sentence, cue word that must still be an attribution's cue): the same words where
# someone speaks
SPEECH = [
    # 指 of a speaker beside the 'refers to' entries (hkcnews article_11882)
    ("hkcnews 11882", "她指，即使自己好有膽，動用《收回土地條例》，土地擁用人可以司法覆核控告政府，一場官司可以花很長時間。", "指"),
    # 否认 of a named speaker (hkcnews article_35665)
    ("hkcnews 35665", "自稱普通市民的鄭國泉，據報獲撐警建制組織「守護香港大聯盟」捐贈逾52萬元，但他否認接收過該筆捐款。", "否認"),
    # a closing bracket before the cue keeps it (THUCNews line 621)
    ("THUCNews 621", "在花絮中，阿信(微博)表示，希望歌迷不要放弃自己的梦想，与五月天一起追梦。", "表示"),
    # 会 at the end of a body's name is no modal: 工會指 (hkcnews article_41859)
    ("hkcnews 41859", "港台製作人員工會指，以往管理層從未要求要審查片尾字幕的畫面。", "指"),
    # 报道 followed by a comma is a report (zhB-hkcnews-4, tune)
    ("zhB-hkcnews-4", "《日經亞洲評論》今日報道，兩名消息人士稱，德國晶片製造商Infineon Technologies停止向華為付運晶片。", "報道"),
]


@pytest.mark.parametrize(("origin", "text", "cue"), SPEECH, ids=[f"{o} {c}" for o, _, c in SPEECH])
def test_cue_word_still_reports_speech(origin: str, text: str, cue: str) -> None:
    assert cue in _cues(text), origin
