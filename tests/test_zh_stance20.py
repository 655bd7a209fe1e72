"""Chinese stance, round 20 (brief zhstance20): denials, calls, promises and charges told in the
content under a neutral cue (ANNOTATION.md: "Stance follows the content when the cue is neutral";
STANCE.md rows 2, 6, 7, 8), each with its negative side, on real sentences of open articles and
of broad unlabeled text (hkcnews, THUCNews). The counts behind the rules:
benchmarks/data/zhstance20/README.md."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

ZH_NEWS = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news"


def _stance(path: str, cue: str, content_start: str) -> str:
    """The stance of the attribution of an open article with this cue whose content opens with
    `content_start`."""
    return zh_judged(ZH_NEWS / f"{path}.txt", cue, content_start)[0]


def _by_cue(text: str, cue: str) -> str:
    return zh_judgements_by_cue(text)[cue][0]


def test_an_own_act_denied_at_the_opening_is_deny() -> None:
    # hkcnews article_2814, article_4176, article_17184, article_49425 (traditional) and THUCNews
    # line 436 (simplified): 并无/并没有/并非 opening what the speaker says of their own side
    # rejects the claim the question or report put (STANCE.md row 2)
    assert _by_cue("曾俊華又首度透露，自己並無參與討論2014年9月28日警方向金鐘示威者施放87枚催淚彈，"
                   "強調佔中是可以避免的。", "透露") == "deny"
    assert _by_cue("事件被揭發後，梁振英直接承認，但強調並無做錯，稱被調查者有權提出意見。", "強調") == "deny"
    assert _by_cue("但被問到政府不公布英國《金融時報》亞洲新聞編輯馬凱被拒續簽證及被拒入境的原因，卻又評論"
                   "孟晚舟事件，是否雙重標準？林鄭月娥表示並非雙重標準，而是孟晚舟個案引起嚴重後果，因此需要澄清。",
                   "表示") == "deny"
    assert _by_cue("蔡英文今年曾發生警衛官遭吸收為共諜案，台灣國防部聲稱並非機密資料外洩。", "聲稱") == "deny"
    assert _by_cue("高群书昨日接受媒体采访，他表示自己并没有离开华谊兄弟，此番加盟银润传媒并非被挖角，"
                   "而是他实现电影梦想的另一个舞台。", "表示") == "deny"


def test_a_negation_after_a_subject_of_its_own_or_a_double_negation_is_no_denial() -> None:
    # hkcnews article_42420 (义务律师参与审讯并非不寻常: a third party, a double negation) and
    # article_35289 (网络世界并非无法可依): a view about others, not a rejection of a claim
    assert _by_cue("代表唐英傑的資深大律師郭兆銘表示，義務律師參與審訊並非不尋常。", "表示") == "assert"
    assert _by_cue("私隱專員指，網絡世界並非無法可依。", "指") == "assert"


def test_a_negation_under_a_confession_cue_rejects_nothing() -> None:
    # hkcnews article_2814: 曾俊華…承認，自己並非…首選 admits (STANCE.md row 3), no denial
    assert _by_cue("曾俊華周二接受《眾新聞》專訪時首度承認，自己並非特首梁振英屬意財爺「首選」。",
                   "承認") != "deny"


def test_an_act_of_involvement_denied_is_deny() -> None:
    # hkcnews article_39634 and article_32484: 他沒有推人, 他沒有被要求參與… (the speaker as subject,
    # a verb of involvement or wrongdoing) reject the charge or report (STANCE.md row 2)
    assert _by_cue("吳則多番重申他沒有推人，只是叫他們走。", "重申") == "deny"
    assert _by_cue("至於梁卓然表示他沒有被要求參與國安法案件，江樂士說，表面上看起來很奇怪。", "表示") == "deny"


def test_a_plain_negation_of_a_state_is_no_denial() -> None:
    # hkcnews article_33484 (没有感到不适) and article_13983 (未有收到…回复: a receipt, no charge)
    assert _by_cue("其兒子表示沒有感到不適，只是在喉嚨採樣時感到喉嚨疼痛。", "表示") == "assert"
    assert _by_cue("香港民族黨召集人陳浩天指未有收到保安局的回覆，民族黨已委託律師今日再度去信保安局。",
                   "指") == "assert"


def test_what_was_not_discussed_and_no_sign_deny_the_report() -> None:
    # zhG-wsjcn-1 (tune) gold: …讨论了反恐问题，但未讨论线人或具体方式; zhG-yicai-1 (tune) gold:
    # 三名美国国防部官员告诉CNN，…没有迹象表明贝鲁特大爆炸是袭击事件 (STANCE.md row 2)
    assert _stance("tune/zhG-wsjcn-1", "表示", "两人在交谈中") == "deny"
    assert _stance("tune/zhG-yicai-1", "告诉", "截至") == "deny"


def test_never_has_and_never_will_is_deny() -> None:
    # hkcnews article_6301: 該社強調，不曾也不會主動審查提交的文章 (like 从未也不会, STANCE.md row 2)
    assert _by_cue("該社強調，不曾也不會主動審查提交的文章，只會根據中國官方要求封鎖部分文章。", "強調") == "deny"


def test_reports_called_false_by_an_attributive_word_deny() -> None:
    # zhG-ntdtv-2 (tune) gold: 白宮方面強調，媒體的不實報導已經發生過很多次 (STANCE.md row 2)
    assert _stance("tune/zhG-ntdtv-2", "強調", "媒體的不實報導") == "deny"


def test_a_charge_of_spreading_false_news_is_no_denial() -> None:
    # hkcnews article_22980: 被指…以虛假手段散布不實消息 charges a party (denials.json
    # false_news_charges), it rejects no report of the speaker's side
    got = zh_judgements_by_cue("這些賬戶被指充當北京在香港當前局勢立場的傳聲筒，以虛假手段散布不實消息。")
    assert all(stance != "deny" for stance, _ in got.values())


def test_a_prohibition_addressed_to_others_urges() -> None:
    # THUCNews line 642 and line 668: advice and prohibitions (千万别, 切忌) call on others to act
    # (STANCE.md row 6)
    assert _by_cue("有人说背单词最重要，有人说千万别背单词要注重阅读技巧。", "说") == "urge"
    assert _by_cue("文科老师说文科学习的情况，而学生课外活动、人际关系情况最好交由班主任来写，切忌越俎代庖。",
                   "说") == "urge"


def test_a_manner_word_before_the_act_keeps_a_commitment() -> None:
    # hkcnews article_41668: 利基建築表示會仔細研究死因庭建議 (会 + 仔细 + an act the speaker
    # controls: STANCE.md row 7); THUCNews line 502: 他表示将适时兑现收益
    assert _by_cue("利基建築表示會仔細研究死因庭建議，確保工地安全。", "表示") == "promise"


def test_a_degree_word_before_a_feeling_is_no_commitment() -> None:
    # hkcnews article_33484: 她指「會好難受…」 foresees a feeling (好 = very), no act
    assert _by_cue("她指「會好難受，撩鼻孔時會有少少痛」。", "指") != "promise"


def test_abuse_of_power_laid_at_a_party_accuses() -> None:
    # hkcnews article_35787 and article_22733: 重啟調查是濫權, 濫捕製造白色恐怖 (STANCE.md row 8)
    assert _by_cue("她又指重啟調查是濫權，因任何傳媒都會收到不少投訴。", "指") == "accuse"
    assert _by_cue("陳指，舉行記者會有三個重點：警方肆意施行暴力、情況變本加厲；雙重執法標準；濫捕製造白色恐怖。",
                   "指") == "accuse"
