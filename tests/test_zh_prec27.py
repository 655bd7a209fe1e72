"""Chinese spurious attributions, round 27 (brief zhprec27): cue words that report no statement,
found by reading a fixed-seed sample of the breadth output (THUCNews `cnews.val.txt`, thN = line
N+1; hkcnews articles), each a real sentence, and beside each class sentences where the same cue
still reports speech (the rule must not fire there). Both scripts are tested.

Data in `sayso/lang/zh/cues.json`: `adverbial_frame` (在 + agent + cue + 下，), `labels`
`advice_cues`/`advice_heads` (工作要求：, 搭配建议：), `irrealis` (不用/不必/无需 'need not'),
`noun_contexts.before` (Cantonese 嘅 before the cue, like 的), `suspected` (3個懷疑恐怖分子), `blocklist` (说做就做, 别人怎么说,
清晰显示); code in `sayso/lang/zh/cues.py` (`_adverbial_frame`, `_advice_label`).
"""

from __future__ import annotations

import pytest
from golden_support import zh_cue_source_rows

# (origin, sentence, a cue word that must not be an attribution's cue)
NO_SPEECH = [
    # 在 + agent + cue + 下，: 'under X's questioning', an adverbial of the next clause
    ("hkcnews 39634", "惟在控方追問下，吳又改口指知道「波點男」是村民，但不知道他是哪條村。", "追問"),
    ("hkcnews 39634 simplified", "惟在控方追问下，吴又改口指知道“波点男”是村民，但不知道他是哪条村。", "追问"),
    ("hkcnews 45106", "在伍大狀追問下，黃同意他與時景恒通話後，他應可自行決定是否報警，卻仍然選擇不報警。", "追問"),
    ("hkcnews 46611", "在辯方盤問下，劉智鵬同意其報告並沒分析2016年至2020年間的語境。", "問"),
    # 要求/建议/提醒 + colon after a heading word: the page's own terms or advice
    ("THUCNews th246", "工作职责：1、访谈直播2、活动策划及客户沟通3、专题策划制作工作要求：1、正直、诚实、勤奋，具备团队合作精神。",
     "要求"),
    ("THUCNews th723", "得体的装扮也会让你应对自如。卷边牛仔裤搭配建议：裤腿卷起来的牛仔裤最适合雨天穿着，牛仔下装的搭配度也很高。",
     "建议"),
    ("THUCNews th536 traditional", "配合金色的項鍊，更加高雅。編輯建議：吊帶長裙給女性增添溫柔的氣質。", "建議"),
    # 不用/不必 'need not': nothing is said
    ("THUCNews th648 traditional", "本賽季他神奇的表現已經不用多加說明，1個月內11連勝。", "說明"),
    ("THUCNews th220", "红星美凯龙与居然之家在济南的价格大战相信不必多说，不论是行业内外的人士都对此有所耳闻。", "说"),
    # Cantonese 嘅 before the cue: a noun, like 的 (这一解释, 他的解释)
    ("hkcnews 29420", "「但呢個內地嘅解釋方法，好多時亦都反映咗內地嗰套嘅法律思維同我哋係好唔同。」", "解釋"),
    ("hkcnews 41608", "一切都照做，但會開會傾吓大家嘅判斷，睇吓有無啲位要調節。", "判斷"),
    # 怀疑 after a count and a person classifier: the attributive 'suspected'
    ("hkcnews 4363", "英國首都倫敦周六晚發生兩宗恐襲事件，有6人被殺、至少20人受傷；3個懷疑恐怖分子被警方擊斃。", "懷疑"),
    ("hkcnews 42607 simplified", "保安到场后，将他们包围，其中一名怀疑是政府工作人员的男子将遗照抢走。", "怀疑"),
    # idioms: 说做就做 'acts at once', 不管别人怎么说 'whatever others say'
    ("THUCNews th9", "她是绝对的行动派，说做就做，哪怕拍封面需要她躺在冰冷的地板上。", "说"),
    ("THUCNews th721 traditional", "莫文蔚就表示：「不管別人怎麼說他，反正我跟他在一起的時候學到了很多東西。」", "說"),
]


@pytest.mark.parametrize(("origin", "text", "cue"), NO_SPEECH, ids=[f"{o}:{c}" for o, _, c in NO_SPEECH])
def test_no_statement(origin: str, text: str, cue: str) -> None:
    assert cue not in [c for c, _ in zh_cue_source_rows(text)], origin


# (origin, sentence, cue, source): the same words where they do report a statement
SPEECH = [
    # 稱 before a 在…要求下 frame is the manager's statement (main already drops that 要求)
    ("hkcnews 45106", "首名發現火警的時昌區域經理稱在上司要求下，沒即時報警。", "稱", "首名發現火警的時昌區域經理"),
    # a speaker before the label word: advice given by someone
    ("THUCNews th3", "基金专家建议：投资者宜把握股债轮动机会。", "建议", "基金专家"),
    ("THUCNews th332", "为此福州海关建议：一是积极开发新的陶瓷原料资源，二是加快产业升级。", "建议", "福州海关"),
    ("THUCNews th719", "还没有做好充足的准备？福克斯咨询专家特别提醒：地板企业，赶快抢占“80后消费”新市场。", "提醒", "福克斯咨询专家"),
    ("THUCNews th649 traditional", "德國總領事提醒：申請赴德簽證要懂「竅門」。", "提醒", "德國總領事"),
    # the speaker of a sentence whose quotation holds the 'need not'
    ("THUCNews th105", "“我不用再对布兰顿说什么，但我对全队需要多说一些，”麦克米伦说。", "说", "麦克米伦"),
    # 怀疑 after a named speaker is a suspicion stated
    ("THUCNews th271", "建造业总工会会务顾问蔡镇华初步怀疑事件是承办商监管疏忽，指引不清晰。", "怀疑", "建造业总工会会务顾问蔡镇华"),
    # 的 before a report cue after an outlet stays (the outlet's report speaks)
    ("hkcnews 26932", "《金融時報》的報道指，衛生專家質疑中國官方數字的時效和準確。", "報道指", "《金融時報》的"),
]


@pytest.mark.parametrize(("origin", "text", "cue", "source"), SPEECH,
                         ids=[f"{o}:{c}" for o, _, c, _ in SPEECH])
def test_statement_kept(origin: str, text: str, cue: str, source: str) -> None:
    assert (cue, source) in zh_cue_source_rows(text), origin


def test_need_not_inside_quotation() -> None:
    # THUCNews th105: 不用 + an addressee phrase governs 说 (nothing said to Brandon); the
    # speaker's own 说 after the quotation is the one attribution
    assert zh_cue_source_rows("“我不用再对布兰顿说什么，但我对全队需要多说一些，”麦克米伦说。") == [("说", "麦克米伦")]
