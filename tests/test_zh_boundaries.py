"""Where a Chinese content starts and ends (sayso.lang.zh.content): exact spans on real sentences.

The golden table (tests/golden/zh.json) matches content by Dice >= 0.8, which lets a boundary
off by an addressee or a clause pass; these check the exact span. Origins: zh-news tune articles
(evaldata/zh-news/tune) and fresh pages outside every split (named per case).
"""

from __future__ import annotations

import pytest

import sayso


def _contents(text: str, cue: str) -> list[list[str]]:
    """The content parts of every attribution whose cue is `cue`."""
    atts = sayso.analyze(text, language="zh").attributions
    return [[c.text for c in a.content] for a in atts if [c.text for c in a.cue] == [cue]]


@pytest.mark.parametrize("text, cue, content", [
    # zh-news tune zhA-mfa-1 (外交部例行记者会, 2016): the urged parties' further predicates
    ("当前,化解叙危机的“机会之窗”已经打开,中方呼吁叙双方牢牢把握机遇,秉持善意,拿出智慧,展现勇气,如期续谈。",
     "呼吁", "叙双方牢牢把握机遇,秉持善意,拿出智慧,展现勇气"),
    # zh-news tune zhB-hk01-2 (HK01, 2019): a prohibitive repeated after the comma
    ("耿爽說,中方敦促美方以及其他有關方面不要插手中國的內部事務,不要干涉中國的內政。",
     "敦促", "美方以及其他有關方面不要插手中國的內部事務,不要干涉中國的內政"),
    # fresh: hkcnews article 21939 (2019-07): 要求…，不要…
    ("公署已就此向美國駐港總領館提出嚴正交涉，要求美方立即停止錯誤言行，不要在錯誤的道路上越走越遠。",
     "要求", "美方立即停止錯誤言行，不要在錯誤的道路上越走越遠"),
    # fresh: hkcnews article 21932 (2019-07): 敦促 with three predicates and a purpose clause
    ("他說，中方敦促美方恪守「一中原則」，立即撤銷上述對台軍售計劃，停止美台軍事聯繫，以免對中美關係造成進一步損害。",
     "敦促", "美方恪守「一中原則」，立即撤銷上述對台軍售計劃，停止美台軍事聯繫，以免對中美關係造成進一步損害"),
])
def test_one_clause_object_runs_over_coordinated_predicates(text, cue, content):
    assert _contents(text, cue) == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    # a new subject after the comma (防疫救援行动 is a verbal noun, not a verb): the clause ends
    ("文章指責中國官方掩蓋疫情真相,防疫救援行動遲緩。", "指責", "中國官方掩蓋疫情真相"),
    # a connective hands back to the narration (cues.json clause_stops)
    ("中方呼吁有关各方保持克制，但以方随即发动了空袭。", "呼吁", "有关各方保持克制"),
    # fresh: hkcnews article 21904 (2019-07): another cue after the comma ends the clause
    ("又有人呼籲勿忘初衷，表示遊行目標不在高鐵站。", "呼籲", "勿忘初衷"),
])
def test_one_clause_object_stops_at_new_subject_connective_or_cue(text, cue, content):
    assert _contents(text, cue) == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    # zh-news tune zhB-hkej-1 (信報, 2021): the person asked is no part of the question
    ("鄧炳強問張國財,港台與警隊的關係於2020年較為緊張,張國財會如何展望雙方未來關係?",
     # (the question keeps its question mark since round 14, as in zhB-hkej-1's gold)
     "問", "港台與警隊的關係於2020年較為緊張,張國財會如何展望雙方未來關係?"),
    # fresh: sohu sports (2002, 中远 v 实德 press conference)
    ("有记者问勒鲁瓦,为什么范志毅、祁宏都只打了半场球。", "问", "为什么范志毅、祁宏都只打了半场球"),
    # fresh: hkcnews article 21964 (2019-09)
    ("有人問他，香港的抗爭，到最後會否可能成為三十年前的天安門大屠殺。",
     "問", "香港的抗爭，到最後會否可能成為三十年前的天安門大屠殺"),
    # zh-news tune zhB-hk01-2: the warned, after an ASCII comma as in Hong Kong text
    ("耿爽警告某些人,任何企圖挾洋自重,反中亂港的圖謀都註定是徒勞的。",
     "警告", "任何企圖挾洋自重,反中亂港的圖謀都註定是徒勞的"),
])
def test_addressee_before_comma_is_not_content(text, cue, content):
    assert _contents(text, cue) == [[content]]


def test_short_question_before_comma_is_kept():
    # zh-news tune zhB-cna-5 (中央社, 2024): 要延誤多久 is the question, not someone asked
    got = _contents("大家都問要延誤多久，韓國工作人員遲遲沒有回覆。", "問")
    assert got and got[0][0].startswith("要延誤多久")


def test_question_cue_before_another_speakers_answer_has_no_content():
    # fresh: news.china.com 2025-05-22 (外交部例行记者会): 提问，林剑表示，… is the answer's
    # speaker and words; the question's own words are not given, so it yields no content
    text = "有记者就印巴局势提问,林剑表示,中方已就当前的印巴局势阐明立场。我们对今天凌晨印度的军事行动表示遗憾。"
    atts = sayso.analyze(text, language="zh").attributions
    assert [[c.text for c in a.cue] for a in atts] == [["表示"]]
    assert atts[0].source.text == "林剑"
    assert atts[0].content[0].text.startswith("中方已就")


def test_question_label_before_a_report_keeps_the_report():
    # zh-news tune zhA-mfa-1 (外交部例行记者会, 2016): 问:据报道,…称,… stays the question's content
    text = "问:据报道,世界反兴奋剂机构表示,开始对中国游泳选手隐瞒使用兴奋剂事进行调查。中方对此持何看法?"
    atts = sayso.analyze(text, language="zh").attributions
    asks = [a for a in atts if a.stance == "ask"]
    assert asks and asks[0].content[0].text.startswith("据报道")


def test_statement_runs_on_over_cueless_sentences():
    # fresh: sohu sports (2002): the coach's indirect statement fills the paragraph
    text = ("勒鲁瓦说,大连队是一支很强的队伍,比赛中他们占据了优势。输了球我不想找原因,回去后我们要好好总结。"
            "今年联赛中我们不是最强的队伍,大连、北京、辽宁他们才是。")
    got = _contents(text, "说")
    assert got == [["大连队是一支很强的队伍,比赛中他们占据了优势。输了球我不想找原因,回去后我们要好好总结。"
                    "今年联赛中我们不是最强的队伍,大连、北京、辽宁他们才是"]]


@pytest.mark.parametrize("text, cue, content", [
    # zh-news tune zhB-cna-4 (中央社, 2024): a sentence opening with a date (在29日…) is narration
    ("Flightradar24的紀錄顯示，這架飛機在過去一週飛了38趟航班。在29日失事的前一天，這架飛機飛了6條航線。",
     "顯示", "這架飛機在過去一週飛了38趟航班"),
    # zh-news tune zhD-stand-1 (立場新聞, 2020): the narrator names the speaker, so it is not her
    ("特首林鄭月娥今日亦宣布,將豁免居中國港人強制檢疫。新措施背後,必然牽涉各樣考慮,林鄭月娥亦僅用「研究中」輕輕帶過。",
     "宣布", "將豁免居中國港人強制檢疫"),
])
def test_statement_stops_where_the_narrator_takes_over(text, cue, content):
    assert _contents(text, cue) == [[content]]


def test_question_about_someones_claim_keeps_it():
    # fresh: hkcnews article 32998 (2020-07): the question quotes a claim and ends in ？
    text = "記者追問，部分支持者質疑接受人大決定下延任等同接受立會變人大？"
    asks = [a for a in sayso.analyze(text, language="zh").attributions if a.stance == "ask"]
    assert asks and asks[0].content[0].text.startswith("部分支持者質疑")


def test_tiwen_takes_no_addressee():
    # fresh: finance.china.com.cn 2016-03-03 (中新网): 提问机会 is a noun phrase, and 提问 asks no one
    text = "尽管未能抢到提问机会,香港中国评论通讯社记者徐梦溪表示她关注的问题在发布会上基本都有提及。"
    atts = sayso.analyze(text, language="zh").attributions
    assert not any(a.content and a.content[0].text == "香港中国评论通讯社记者徐梦溪" for a in atts)


@pytest.mark.parametrize("text, cue, content", [
    # fresh: hkcnews article 32998 (2020-07): a sentence opening with 他 is the narrator's
    ("陳志全在聲明說：「我不是「主留派」。」他接受眾新聞查詢時補充，自己傾向走。", "聲明說", None),
    # zh-news tune zhC-bn308-1 (2019): 惟 hands back to the narrator, as 但 does
    ("他也表明,事实上,在巫统内有特定人士要改变两党早前同意的隐藏“团结议程”。惟哈迪并未点名所谓的特定人士是何人。",
     "表明", "事实上,在巫统内有特定人士要改变两党早前同意的隐藏“团结议程”"),
    # zh-news tune zhA-hqsb-1 (环球时报, 2019): the report named again as a subject is narration
    ("报告称,中国政府支持某些龙头企业发展,其方式“可能”包括进行企业间谍活动。报告列举了符合这些特征的几家中国企业。",
     "称", "中国政府支持某些龙头企业发展,其方式“可能”包括进行企业间谍活动"),
])
def test_statement_does_not_run_into_narration_about_its_speaker(text, cue, content):
    got = _contents(text, cue)
    assert got
    if content is None:
        assert all("他接受" not in part for part in got[0])
    else:
        assert got == [[content]]


def test_mixed_statement_runs_on():
    # zh-news tune zhB-president-1 (總統府, 2018): a statement with a quoted phrase runs on too
    text = ("總統提到,總統民選之後很多人想和總統直接溝通,「如果有菊姐在就不一樣」,菊姐份量夠。"
            "因此,菊姐上任後,不但馬上適應,且她來了之後總統府馬上熱鬧起來。")
    got = _contents(text, "提到")
    assert got and got[0][-1].endswith("總統府馬上熱鬧起來")


def test_wire_end_mark_is_not_content():
    # zh-news tune zhA-cns-4 (中新社, 2025): the closing (完) of a wire story
    text = "陈斌华指出,全球每年约发生百余起海底光缆损坏事件,是常见海上事故。民进党当局刻意炒作,毫无底线。(完)"
    got = _contents(text, "指出")
    assert got and got[0][-1].endswith("毫无底线")


def test_described_as_is_no_speaker():
    # fresh: xbbidcn.com 2016-03-03 (全国政协新闻发布会): 可用“鹤立鸡群”形容 = "can be called";
    # the statement is 王国庆's, the 形容 clause inside it has no speaker of its own
    text = "王国庆说,去年我国经济增速尽管有所放缓,但放在全球这一坐标系上看,可用“鹤立鸡群”形容,而且总体“气质”仍然很好。"
    atts = sayso.analyze(text, language="zh").attributions
    assert [[c.text for c in a.cue] for a in atts] == [["说"]]


def test_topic_clause_belongs_to_the_next_speaker():
    # fresh: hkcnews article 12709 (2018-01): 至於…，他只稱…: the topic opens the next statement
    text = "他指出這些工作能充分善用他的時間，至於有關工作是否全職，他只稱「無咩全職唔全職」。"
    assert _contents(text, "指出") == [["這些工作能充分善用他的時間"]]


def test_addressee_of_a_one_clause_cue_then_its_predicates():
    # fresh: benchmarks/data/zh_fresh p13 (中央社 2022-09-15, 總統府): 呼籲各界, … 切勿…
    text = "總統府再次呼籲各界,遇到可疑訊息應多加查證,切勿以訛傳訛、切勿轉傳錯假訊息,也期盼謠言止於智者。"
    assert _contents(text, "呼籲") == [["遇到可疑訊息應多加查證,切勿以訛傳訛、切勿轉傳錯假訊息"]]


def test_contrast_opens_a_new_statement_of_the_speaker():
    # fresh: hkcnews article 33297 (2020-08): 證實…的行動，但就指…: two statements, not one
    text = "美國太平洋空軍周三發表聲明，證實美軍U-2偵察機的行動，但就指這架飛機並無違反任何規則和條例。"
    atts = sayso.analyze(text, language="zh").attributions
    assert [[c.text for c in a.content] for a in atts] == [["美軍U-2偵察機的行動"],
                                                           ["這架飛機並無違反任何規則和條例"]]
    assert atts[1].source.text == "美國太平洋空軍"


# Round 28 (zhcontent28): the end punctuation of a transcript turn.
# zh-news open pool zhC-cctv-1 (CCTV interview, 2021) and zhA-mfa-1 (fmprc.gov.cn, 2016): a
# single-paragraph turn keeps its final 。 as a multi-paragraph one does (open gold 14 of 17).
@pytest.mark.parametrize("text, source, content", [
    ("王华庆:我们国家要建立免疫屏障,可能需要10亿人以上接种新冠疫苗,接种率越高,免疫屏障形成就越牢固,接下来我们还有一段路要走。\n"
     "新冠疫苗的安全性究竟如何?\n",
     "王华庆", "我们国家要建立免疫屏障,可能需要10亿人以上接种新冠疫苗,接种率越高,免疫屏障形成就越牢固,接下来我们还有一段路要走。"),
    ("外交部发言人洪磊主持例行记者会\n"
     "问:据报道,世界反兴奋剂机构表示,开始对中国游泳选手隐瞒使用兴奋剂事进行调查。中方对此持何看法?\n"
     "答:你可能已经注意到,中国游泳协会已就此介绍了有关情况,阐明了中方在反兴奋剂方面的坚定立场。\n"
     "会后,有记者问及:是否有中国公民在比利时布鲁塞尔恐怖袭击事件中的最新伤亡报告?\n",
     "洪磊", "你可能已经注意到,中国游泳协会已就此介绍了有关情况,阐明了中方在反兴奋剂方面的坚定立场。"),
])
def test_a_single_paragraph_turn_keeps_its_final_stop(text, source, content):
    atts = sayso.analyze(text, language="zh").attributions
    assert [[c.text for c in a.content] for a in atts
            if a.source and a.source.text == source] == [[content]]


def test_indirect_speech_still_drops_its_final_stop():
    # must not fire: a cue with a comma is no turn (zh-news open pool zhA-rfi-2, 赵立坚表示)
    assert _contents("赵立坚表示，北京市第二中级人民法院已经依法立案受理。\n", "表示") == [
        ["北京市第二中级人民法院已经依法立案受理"]]
