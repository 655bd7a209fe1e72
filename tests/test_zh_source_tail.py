"""A time word, clause adverb or clause conjunction after the subject's head ends the subject
(`sayso.lang.zh.source.cut_predicate`). Sentences are verbatim from the opened zh-news articles
(half A of round 11 and tune), named in each test; the counter-cases keep names, honorifics and
relative clauses whole."""

from __future__ import annotations

import sayso


def _sources(text: str) -> dict[str, str | None]:
    """cue text -> source text of every attribution of `text`."""
    out = {}
    for a in sayso.analyze(text, language="zh").attributions:
        out["".join(c.text for c in a.cue)] = a.source.text if a.source else None
    return out


def test_a_weekday_after_the_subject_is_no_part_of_it():
    # zh-news zhA-voa-3 (VOA, 2020-10): gold source 阿塞拜疆
    text = "阿塞拜疆星期天表示，亚美尼亚军队对占贾发动夜间炮击。"
    assert _sources(text)["表示"] == "阿塞拜疆"


def test_a_place_time_word_and_adverb_after_a_name():
    # zh-news zhB-mingpao-2 (明報): gold source 王志民 for 質疑 (會上 is where, 不點名 how)
    text = ("據了解,王志民會上不點名批評有人在特首宣布暫緩修例前「爭出鏡」亂說話,"
            "質疑人們與傳媒率先表達有關信息是沒想清楚。")
    assert _sources(text)["質疑"] == "王志民"


def test_a_clause_conjunction_after_an_outlet_in_title_marks():
    # zh-news zhC-singtao-1 (星島): gold source 《聯合早報》
    text = ("《聯合早報》其後發表聲明說,《華郵》以其既定的思維方式和自身議程,"
            "對《早報》做了大量具偏頗性評論與不公正陳述。")
    assert "《聯合早報》" in _sources(text).values()


def test_a_conjunction_and_adverb_after_a_name():
    # zh-news zhD-unwire-1 (unwire.hk): gold source 馬雲
    text = "馬雲其後似有回應,指當前中國金融系統面臨並非系統性風險,而是缺乏健康金融系統的風險。"
    assert "馬雲" in _sources(text).values()
    assert not any(s and s.startswith("馬雲其後") for s in _sources(text).values())


def test_names_holding_an_adverb_or_time_character_stay_whole():
    # 曾 (once) opens the name 曾浩辉; 春 in 华春莹; zh-dev cnews-263 and zh-news zhB-mingpao-3
    assert _sources("卫生防护中心总监曾浩辉表示，女佣的流感测试结果呈阴性。")["表示"] == "卫生防护中心总监曾浩辉"
    assert _sources("外交部發言人華春瑩表示,香港是中國的一部分。")["表示"] == "外交部發言人華春瑩"


def test_a_time_word_inside_a_relative_clause_stays():
    # the data published yesterday: 昨日 modifies 数据, the phrase is the source
    assert _sources("国家统计局昨日发布的数据显示，5月份新建商品住宅价格环比上涨1.2%。")["显示"] \
        == "国家统计局昨日发布的数据"


def test_an_honorific_tagged_as_adverb_does_not_cut():
    # jieba tags 首相 as an adverb; only listed clause adverbs cut (shuohk.com 2023-12)
    text = "馬來西亞首相拿督斯裡安華表示,在2024年,他將重點放在加強經濟實力上。"
    assert _sources(text)["表示"] == "馬來西亞首相拿督斯裡安華"


# ---------------------------------------------------------------------------------------------
# The issuer of a document that carries the words is the source, the document the channel
# (`source._ISSUED`, `channels._HELD`, `relate._subject_before_adverb`).

def _attributions(text: str) -> dict[str, tuple[str | None, list[str]]]:
    """cue text -> (source text, via texts)."""
    return {"".join(c.text for c in a.cue): (a.source.text if a.source else None, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions}


def test_an_editorial_published_by_an_outlet():
    # zh-news zhA-rfa-1 (RFA): gold source 台媒《上报》, via 社评
    text = ("台媒《上报》30日发表一篇题为《蔡英文对习近平的善意》的社评提到，中共国台办近期在官方微博发布"
            "《九二共识问答》，重新回溯他们已经很久不提的九二共识由来，与两岸“求同存异”的精神。")
    assert _attributions(text)["提到"] == ("台媒《上报》", ["社评"])


def test_a_titled_report_published_by_a_forum():
    # zh-news zhA-mfa-3 (外交部): gold source 博鳌亚洲论坛, via the report's title
    text = ("日前,博鳌亚洲论坛发布《亚洲经济前景及一体化进程2024年度报告》指出,亚洲是后疫情时代世界经济增长的"
            "中流砥柱,中国将继续成为全球经济增长的主要贡献者。")
    assert _attributions(text)["指出"] == ("博鳌亚洲论坛", ["《亚洲经济前景及一体化进程2024年度报告》"])


def test_a_statement_issued_in_a_clause_whose_subject_is_elided():
    # zh-news zhA-nyt-1 (NYT 中文网): gold source 中国大使馆, via 声明
    text = ("中国大使馆迅速为刘晓明辩护，发布声明指责没有给出名字的“反华分子恶意攻击刘晓明大使的推特帐号，"
            "大肆恶搞，手段卑劣”。")
    assert _attributions(text)["指责"] == ("中国大使馆", ["声明"])


def test_data_published_in_a_relative_clause_stay_the_source():
    # the 的 right after the verb makes a relative clause: the data speak (zh golden zh-225 style)
    assert _attributions("国家统计局昨日发布的数据显示，5月份新建商品住宅价格环比上涨1.2%。")["显示"] \
        == ("国家统计局昨日发布的数据", [])


def test_a_clause_cut_off_inside_a_title_gives_no_subject():
    # zh-news zhB-hk01-1 (香港01): the clause before 披露 starts inside 《…朝鮮民主主義人民共和國…》;
    # no noun phrase from the middle of a title becomes the speaker
    text = ("據早前報道,《華盛頓自由燈塔》所公開的一份題為《中共中央辦公廳關於我國與朝鮮民主主義人民共和國就進一步"
            "深化解決該國核問題開展溝通協調工作的決定》(下稱文件),披露中方認為朝鮮當前無需立即放棄核武。")
    assert _attributions(text)["披露"][0] != "民主主義人民共和國"


def test_a_nominee_title_before_a_name_resolves_the_pronoun_after_it():
    # zh-news zhB-cna-2 (中央社): 他 in 蕭文生表示，他認為… is the nominee, not the legislator who
    # asked the sentence before (被提名人 is a title before a name, as 发言人 is)
    text = ("立法院日前三讀修法明定法庭直播規定引發法界討論，民眾黨立委麥玉珍詢問，是否贊成京華城案有公開直播的"
            "試辦策略。大法官被提名人蕭文生表示，他認為策略可以，但不贊成已經繫屬的案件試辦。")
    analysis = sayso.analyze(text, language="zh")
    names = {analysis.entity(a.source.entity).name for a in analysis.attributions
             if a.source and a.source.text == "他" and a.source.entity}
    assert names == {"蕭文生"}


def test_a_sequencing_adverb_opening_the_sentence_is_no_part_of_the_source():
    # zh-news zhA-rfa-1 (RFA): 紧接着 opens the sentence like 随后; gold source 台湾外交部长吴钊燮
    text = ("紧接着台湾外交部长吴钊燮20日接受美国公共广播电台(NPR)专访时表示，“台湾目前并未寻求与美国建立外交关系”，"
            "更是在台湾政坛掀起波澜，尤其引起独派极大反弹。")
    assert _attributions(text)["表示"] == ("台湾外交部长吴钊燮", ["美国公共广播电台(NPR)"])


def test_the_subject_of_a_time_clause_before_the_cue():
    # zh-news zhB-president-2 (總統府): 總統致詞時表示 -> 總統 (jieba tags 致詞 a noun);
    # hkcnews (眾新聞) 2021: 保安局局長李家超其後在記者會上首度確認 keeps the whole name
    assert _attributions("總統致詞時表示,在目前全球疫情仍然非常嚴峻的情況下,亞洲生技大會今天能在臺灣如期舉行。")[
        "表示"][0] == "總統"
    text = "保安局局長李家超其後在記者會上首度確認，被捕5名《蘋果》高層涉及「在國安法生效後」的行為。"
    assert _attributions(text)["確認"][0] == "保安局局長李家超"


def test_an_outlets_long_article_is_the_outlet_speaking():
    # zh-news zhC-singtao-1 (星島): gold speaker The Washington Post for 《華盛頓郵報》的長文
    analysis = sayso.analyze("《華盛頓郵報》的長文指《聯合早報》常呼應北京的一些言論,包括否認新疆侵犯人權。",
                             language="zh")
    att = next(a for a in analysis.attributions if a.source and a.source.text == "《華盛頓郵報》的長文")
    assert analysis.entity(att.source.entity).name == "The Washington Post"


def test_a_serial_verb_before_the_cue_is_no_part_of_the_source():
    # zh-news zhA-bbc-2 (BBC): gold source 推特及脸书; zhA-rfa-1 (RFA): gold source 台湾记者
    assert _attributions("去年8月，推特及脸书接连宣布封锁各自平台上散播关于香港示威假信息的账号，数量共计近1000个。")[
        "宣布"][0] == "推特及脸书"
    text = "在中国国台办30日的例行记者会上，台湾记者提问说如何给两岸目前紧张关系的程度打分，发言人马晓光回避问题。"
    assert _attributions(text)["说"][0] == "台湾记者"


def test_nouns_that_jieba_tags_as_verbs_stay_in_the_source():
    # hkcnews (眾新聞): 人權觀察 is Human Rights Watch; 懲教署署長 is the commissioner
    assert _attributions("人權觀察指出，當局利用人工智能及大數據對新疆居民進行監控。")["指出"][0] == "人權觀察"
    assert _attributions("懲教署署長解釋，要求男性囚犯剪短頭髮旨在確保監獄紀律。")["解釋"][0] == "懲教署署長"


def test_a_notice_on_a_website_and_a_letter_are_channels():
    # zh-news zhA-bbc-2 (BBC): gold via 脸书官网, 通告; zhD-zaobao-1 style 在信函中 (hkcnews: 在信件中明言)
    text = "格莱歇尔在脸书官网的一则通告中表示，我们关注的是行为，而不是内容。"
    assert _attributions(text)["表示"] == ("格莱歇尔", ["脸书官网", "通告"])
    assert _attributions("麥理浩在信件中明言，廉政專員並非檢控官。")["明言"] == ("麥理浩", ["信件"])
