"""Chinese channels of round 18 (branch zhvia18): channels on new text.

Mechanisms (sayso/lang/zh/channels.py): a channel named before a first verb of speech that is not
the cue (卫生部在面簿发文澄清，指…: the search used to stop at 澄清); an interpreter or a
translating device gone through (透過翻譯器告訴). Sentences from the open zh-news parts (the article named), THUCNews
(qianshuang/dl-exp `data/cnews/cnews.val.txt`, line numbers 1-based) and hkcnews
(hkarchivist/hkcnews-article-archive, Citizen News HK, the article named).
"""

from __future__ import annotations

import sayso


def _vias(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


def test_platform_before_a_first_verb_of_speech() -> None:
    """卫生部在面簿发文澄清,指… (zhK-xinjiapo-1 gold: via 面簿): the post is where the whole
    statement was made (ANNOTATION.md, Channels: in a post on Telegram), though 澄清 comes first.
    Round 29: the bare 澄清 joins the cue list (gold cues 澄清 ; 指; README-t.md D3/D4)."""
    rows = _vias("一则称新加坡解剖冠病病患尸体,而且改变治疗方案的信息流传开来后,卫生部在面簿发文澄清,"
                 "指这则信息内容不属实。")
    assert ("卫生部", "澄清", ["面簿"]) in rows


def test_message_issued_before_a_first_verb() -> None:
    """鸿海日前发布讯息澄清并强调… (THUCNews line 995): the message issued (round 29: the bare
    澄清 joins the cue list, 澄清 ; 强调)."""
    rows = _vias("不过，鸿海日前发布讯息澄清并强调一切都不是事实。")
    assert ("鸿海", "澄清", ["讯息"]) in rows


def test_platform_carries_over_the_verbs_of_one_post() -> None:
    """趙立堅…在Twitter以中英文連發多條貼，質疑…，並說「…」 (hkcnews article_27926): both
    statements are in the posts on Twitter."""
    rows = _vias("中國外交部發言人趙立堅本月12日在Twitter以中英文連發多條貼，質疑美軍將病毒帶到武漢，"
                 "並說「美國欠我們一個解釋」，引發美國政府強烈不滿。")
    assert ("中國外交部發言人趙立堅", "並說", ["Twitter"]) in rows


def test_unnamed_reporters_question_is_no_channel() -> None:
    """耿爽周五回應記者詢問時透露 (hkcnews article_12876): an unnamed reporter's question names no
    channel (zh-dev gnews-2181912 gold: 接受记者提问时, no via), before 詢問 as after it."""
    rows = _vias("中國外交部發言人耿爽周五回應記者詢問時透露，美國國務卿蓬佩奧周四訪華期間，與中方就中美"
                 "關係以及重要國際和地區問題交換意見，包括中美經貿議題。")
    assert rows and all(v == [] for _, cue, v in rows if cue == "透露")


def test_clause_about_a_document_read_is_no_channel() -> None:
    """陳憶述，Payne-James 在看過賴世澤所寫的醫學報告後，認為…，形容… (hkcnews article_19032): the
    report read is what is spoken about (所寫的: a relative clause, no report issued), on either
    statement."""
    rows = _vias("陳憶述，Payne-James 在看過賴世澤所寫的醫學報告後，認為不可能斷定林子健自殘，形容賴的"
                 "結論武斷，所以很快就接受了辯方邀請。")
    assert rows and all(v == [] for _, cue, v in rows if cue in ("認為", "形容"))


def test_translating_device_is_an_intermediary() -> None:
    """當地工作人員透過翻譯器告訴他們… (zhB-cna-5 gold: via 翻譯器; ANNOTATION.md: the
    intermediaries a statement passes through)."""
    rows = _vias("沈女士表示，她和朋友請了年假到濟州玩，計劃昨天乘坐飛機返回北京，早上9時到機場時，當地工作"
                 "人員透過翻譯器告訴他們飛機呈現延誤狀態。")
    assert ("當地工作人員", "告訴", ["翻譯器"]) in rows


def test_statement_carried_to_the_next_clause_of_the_sentence() -> None:
    """拜登其後發聲明說，…，呼籲「…」 (hkcnews article_35416); 10間大學校長今天傍晚發聲明，表明…，
    指…，又譴責… (article_6919): the elided subject's next clauses are the same statement (the
    open gold keeps the channel in 8 of 10 such pairs of one sentence)."""
    rows = _vias("拜登其後發聲明說，當選舉高中，是時候將憤怒及尖酸刻薄言詞放在一邊，呼籲「美國是時候團結，"
                 "及修補傷痕」。")
    assert ("拜登", "呼籲", ["聲明"]) in rows
    rows = _vias("10間大學校長今天傍晚發聲明，表明不支持港獨，指港獨違反《基本法》，又譴責最近濫用言論自由的"
                 "行為。")
    assert ("10間大學校長", "指", ["聲明"]) in rows
    assert ("10間大學校長", "譴責", ["聲明"]) in rows


def test_blog_is_a_platform() -> None:
    """专栏记者乔纳森-费根在博客里回答了…问题，他透露…，并指出… (THUCNews line 329); 马光远即在
    博客上号召网友…。“…”他写道。 (line 690): the blog is where the words appeared (ANNOTATION.md,
    Channels: in a post on Telegram), as 網誌 already is."""
    rows = _vias("北京时间4月11日消息，《休斯敦纪事报》专栏记者乔纳森-费根在博客里回答了球迷们的问题，他透露"
                 "自己不赞同阿德尔曼的部分决定，并指出火箭想要低成本签入德安德鲁-乔丹的难度不小。")
    assert ("他", "透露", ["博客"]) in rows
    assert ("他", "指出", ["博客"]) in rows
    rows = _vias("征求意见稿刚刚公开，中国社科院公共管理与政府政策研究所研究员马光远即在博客上号召网友“抵制”"
                 "上述条款。“请关注《国有土地上房屋征用与补偿条例》第40条！这条非常恶劣，公然为商业拆迁留下了"
                 "法律的活口！”他写道。")
    assert ("他", "写道", ["博客"]) in rows


def test_reply_by_mail() -> None:
    """一日後，加迪奧回覆電郵說：「…」 (hkcnews article_8402): the mail replied with."""
    rows = _vias("一日後，加迪奧回覆電郵說：「這真是非常奇怪……我恐怕有人在我倆間『玩嘢』」，何志平則解釋，"
                 "可能是國企同時直接向乍得政府接洽。")
    assert ("加迪奧", "說", ["電郵"]) in rows


def test_statement_followed_by_the_reply_it_makes() -> None:
    """董建華發表聲明回應修改香港選舉辦法，指… (hkcnews article_38890): the statement, though the
    reply's object stands between it and the comma (README-d.md: 發表聲明否認…，強調… has via 聲明)."""
    rows = _vias("全國政協副主席董建華發表聲明回應修改香港選舉辦法，指香港已經到了不改革不行的關鍵時刻，由愛國者"
                 "擔任重要公職，是「一國兩制」的核心要義，也是舉世公認的政治倫理。")
    assert ("全國政協副主席董建華", "指", ["聲明"]) in rows


def test_document_described_by_where_it_was_published() -> None:
    """根据公署官网上发布的声明,香港特区行政长官办公室…并强调… (zhK-zaobao-1 gold: via 声明 for the
    office's words): the statement, without the site and the act of publishing it."""
    rows = _vias("根据公署官网上发布的声明,香港特区行政长官办公室已就有关失实报道表明立场,并强调中央政府坚定支持"
                 "行政长官林郑月娥和特区政府依法施政,维护国家主权、安全和发展利益,维护香港长期繁荣稳定。")
    assert ("香港特区行政长官办公室", "强调", ["声明"]) in rows
