"""Chinese spurious attributions, round 28 (brief zhprec28): cue words that report no statement,
found by reading a fresh random sample (seed 28) of the breadth output (THUCNews `cnews.val.txt`,
thN = line N+1; hkcnews articles), each a real sentence, and beside each class sentences where the
same cue still reports speech (the rule must not fire there).

Data in `sayso/lang/zh/cues.json`: `check_whether` (确认是否…: verifying), `characteristic`
(更强调…: what something stresses), `labels` (介绍 after a work's title or 活动 and a colon),
`adverbial_frame` (在…追問下才…), `noun_contexts.report_after` (報道未有…: the report as a noun),
`irrealis` (由此可顯示…, 若要說…), `blocklist` (确认函, 点确认, 剧情介绍, 可说是,
盘问, 指着/指住); code in
`sayso/lang/zh/cues.py` (`cue_candidates`, `_characteristic`).
"""

from __future__ import annotations

import pytest
from golden_support import zh_cue_source_rows

# (origin, sentence, a cue word that must not be an attribution's cue)
NO_SPEECH = [
    # a verb of checking + 'whether': verifying, still to be done
    ("THUCNews th383", "在中关村地区购买索尼影像产品后，可前往鼎好商城地下二层的索尼维修中心确认是否为行货正品。",
     "确认"),
    ("hkcnews 35912", "今天（25日）散庭前，死因裁判官高偉雄透露已收到新證人昨晚錄畢的證人供詞，惟現時仍需與周家一方"
     "代表大律師鄭淑儀翻看3樓閉路電視片段，確認有否拍攝到該少年的身影。", "確認"),
    # a degree adverb before 强调 with its object glued on: what a programme stresses
    ("THUCNews th108", "与国内职业规划教育内容相比，留学职业规划更强调国际就业思维以及生存能力。", "强调"),
    ("THUCNews th787", "SQA的课程，他比较强调以学生为中心，让学生在课堂里面能够参与进来。", "强调"),
    ("THUCNews th838", "张森林：如果像美学或者是艺术的东西，这个更强调差异化。", "强调"),
    # 介绍 + colon after a work's title or 活动: the site's 'About X:' block
    ("THUCNews th252", "首款大型3G神话手机网游《封神online》介绍：《封神online》是由空中网旗下知名手机游戏品牌"
     "空中猛犸投入两年时间精心原创研发的大型神话即时战斗手机网络游戏。", "介绍"),
    ("THUCNews th815", "活动时间：2010年1月8日服务器开服-1月12日大家来找茬活动介绍：“大家来找茬”的活动规则很简单，"
     "与梁都的NPC“内测MM”对话，如果你愿意参加活动，就会自动切入战斗。", "介绍"),
    # nouns: a confirmation letter, the confirm button, a plot summary
    ("THUCNews th486", "现场须签订参加“体验爱格欧洲绿色之旅”抽奖活动确认函，双方各持一半。", "确认"),
    ("THUCNews th828", "创建好PK场后假如有人要跟你PK会有个系统提示，你点确认PK则进行PK；如果点取消，系统会提示。", "确认"),
    ("THUCNews th570", "与之前的预告片相比，终极版增添了更多的情感探讨与剧情介绍，女主角的“爱情理论”也随之曝光。", "介绍"),
    # 在 + agent + cue + 下才: the questioning frames another's act
    ("hkcnews 39634", "控方問吳是否認識片中大部分的村民，吳形容「一般」，在葉官追問下才澄清「一般」意指認識部份村民。",
     "追問"),
    # 報道 + its own negated verb: the report as a noun
    ("hkcnews 9143", "她被指有干預學術自由之嫌，但報道未有列出具體事例。", "報道"),
    # 可說是 'one may call it': the writer's comment
    ("hkcnews 3172", "西班牙人可說是白貓，黑貓論的執行者，比老鄧的貓論，執行早了約460年。", "說"),
    # 指住/指著 'pointing at': a gesture, not a claim
    ("hkcnews 31670", "「地面上好似唔係好見到啲人指住你嚟鬧，我們以前多的，而家匿晒喺互聯網。」", "指"),
    ("hkcnews 45353", "說完他又指著銅像上方的題字跟家人說，「你看，要實現『民權主義』，就要先有『民主』」。", "指"),
    # 盤問 'cross-examination': the court procedure, its 問 no question of its own
    ("hkcnews 39634", "控方盤問時，出現雙方不斷各自表述的情形，吳偉南堅稱沒有推人或揮棍擊中任何人。", "問"),
    ("hkcnews 47865", "辯方盤問下，高同意被告先用刀捅男子腹部一下，再插其背部四下。", "問"),
    # 若要/如果要 'if one is to': a condition
    ("hkcnews 45353", "問題出在台灣民眾對於過往「歷史感」向來不夠強烈；若要說蔣中正及國民黨在威權時代的統治「功過都有」，"
     "那更不應該忽略台灣當時的戰略地位。", "說"),
    ("hkcnews 14361", "任何人都有請病假的權利，這根本不是合理的解釋，只是，如果要投訴的話，不但個人私隱會被公開，"
     "過程又是另一番煎熬。", "投訴"),
    # 由此可 + 顯示: the writer's inference
    ("hkcnews 1646", "再者，東海集團方面要求把部份物料改用「土炮貨」，由此可顯示曾氏夫婦對裝修一事並非全權話事。", "顯示"),
]


@pytest.mark.parametrize(("origin", "text", "cue"), NO_SPEECH, ids=[f"{o}:{c}" for o, _, c in NO_SPEECH])
def test_no_statement(origin: str, text: str, cue: str) -> None:
    assert cue not in [c for c, _ in zh_cue_source_rows(text)], origin


# (origin, sentence, cue, source): the same words where they do report a statement (source "" when
# any source will do)
SPEECH = [
    # 确认 with a clause object: a confirmation
    ("THUCNews th0 (its source is cut to 好, another matter)", "据ESPN消息，好在湖人方面最终确认拜纳姆并无大恙。", "确认",
     ""),
    ("hkcnews 23719", "事後有其他警員確認該女子為警員。", "確認", "有其他警員"),
    # 强调 with no degree adverb, or with a comma after it
    ("THUCNews th40", "但他同时强调，房价上涨过快对市场稳定发展不利，要防止涨价蔓延维护楼市的回暖态势。", "强调", "他"),
    ("hkcnews 23719", "江強調送院期間，該男子是清醒。", "強調", "江"),
    # 介绍 + colon after a person
    ("THUCNews th330", "陈嘉上介绍：“《画壁》最大的难度，就在于我们不是根据蒲松龄原著里所写的搭个景出来拍。”", "介绍",
     "陈嘉上"),
    # a document that shows (显示 with a subject of its own and no modal)
    ("hkcnews 36906 (its source keeps 截止, another matter)", "政府電話簿截止周四仍顯示，譚耀豪職銜仍是副刑事檢控專員。",
     "顯示", ""),
    # 說 after 宋承恩接受眾新聞訪問時 (the clause before 若要說) stays
    ("hkcnews 45353", "台灣制憲基金會副秘書長宋承恩接受眾新聞訪問時說，問題出在台灣民眾對於過往「歷史感」向來不夠強烈。", "說",
     "台灣制憲基金會副秘書長宋承恩"),
    # 追問 inside a cross-examination: the prosecutor's questions, 控方 (no longer 控方盤)
    ("hkcnews 43838", "控方盤問時，多次追問王華聽到譚得志問7.21、8.31的事時，有甚麼感受。", "追問", "控方"),
    # 追問 as a reporter's question
    ("hkcnews 23719", "有記者追問韋華高聲稱警員踢向一個黃色物體，當中是指什麼。", "追問", "有記者"),
]


@pytest.mark.parametrize(("origin", "text", "cue", "source"), SPEECH,
                         ids=[f"{o}:{c}" for o, _, c, _ in SPEECH])
def test_still_a_statement(origin: str, text: str, cue: str, source: str) -> None:
    rows = zh_cue_source_rows(text)
    assert any(c == cue and (s == source or not source) for c, s in rows), (origin, rows)
