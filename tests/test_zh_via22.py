"""Chinese channels of round 22 (branch zhvia22): channels in part N's new text.

Mechanisms (ANNOTATION.md, Channels: "the addressee or medium of speech is a `via`"; README-n.md:
"the paper or platform addressed (… 红星新闻, 上海辟謠平臺, 媒體) … statements and letters (公告,
澄清公告, … 關注函)"):

- the one addressed read without the manner words after it (對媒體公開表示: channels.py
  `_addressed` over `_before_tail`);
- a platform replied to when the reply verb is read as a cue of its own (答復上海辟謠平臺表示:
  `_replied_to`);
- regulators' letters issued before the cue (下發關注函，要求: markers.json held_documents,
  issued_documents);
- a document noun read as the verb 'announced' after an adverb (公司即公告稱: markers.json
  announcing_nouns, `_announced_in_source`), not without one (zh-dev's 印度对外贸易处公告表示);
- a named outlet calling or checking with the one who then answers (红星新闻致电…，一名工作人员称:
  markers.json outlet_inquiries, `_outlet_inquiry`), not an unnamed 记者;
- a cue word read inside the name of a document issued (发布澄清公告: `_cue_in_document`);
- a document issued with a bare 发 read inside the source (衞生防護中心發新聞稿稱: `_issued_in_source`),
  and the document after the last issuing verb (公布結果發新聞稿 -> 新聞稿);
- hkcnews frames: an interviewer named with its acronym (接受英國廣播公司（BBC）訪問), a platform's
  account (推特賬戶: markers.json medium_suffixes), the channel without the act done on it before 时
  (在社交網站回應時: markers.json channel_acts; not a press conference, the venue), a 在…中 phrase
  right before the source (在信函中他說), 唁電 (source.json channel_nouns), the defence gone through.

Sentences: part N tune articles (open: zhN-zqrb-1, zhN-zhengguan-1, zhN-hongxing-1, zhN-cnstock-1), zh-dev
cnews-567 (the owners' gold), THUCNews (qianshuang/dl-exp cnews val, line named) and hkcnews
(hkarchivist/hkcnews-article-archive, article named).
"""

from __future__ import annotations

import pytest

import sayso


def _rows(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


# (sentence, origin, source (None: any), cue, the vias expected on that row)
CASES = [
    ("5月28日下午,首航節能董秘侯建峰對媒體公開表示,對于股價午后跌停,首航節能方面不知曉是何原因,公司方面也在追查原因。",
     "zhN-zqrb-1 (media addressed, then 公開)", "首航節能董秘侯建峰", "表示", ["媒體"]),
    ("5 月 30 日,市衛健委答復上海辟謠平臺表示,經向復旦大學附屬中山醫院、應急醫療管理部門核實,網傳長文為不實信息,純屬捏造。",
     "zhN-zhengguan-1 (platform replied to)", "市衛健委", "表示", ["上海辟謠平臺"]),
    ("5月29日,深交所對公司下發關注函,要求公司解釋董秘所述的事項。",
     "zhN-zqrb-1 (regulator's letter)", "深交所", "要求", ["關注函"]),
    ("5月28日,首航節能股價閃崩,當晚,公司即公告稱,控股股東、大股東稱,持有的約1.66億股觸及平倉線,面臨平倉風險。",
     "zhN-zqrb-1 (公告 as a verb after 即)", "公司", "稱", ["公告"]),
    ("就此,红星新闻致电中山大学孙逸仙纪念医院纪检科,一名工作人员称医院已知悉此事,并已有专门人员进行核查。",
     "zhN-hongxing-1 (outlet calls)", "一名工作人员", "称", ["红星新闻"]),
    ("红星新闻向该院一名曾于乳腺外科学习的医生核实情况,该医生回应称关于网上所传信息是“假的”,但并未进一步作出说明。",
     "zhN-hongxing-1 (outlet checks with)", "该医生", "回应称", ["红星新闻"]),
    ("吉翔股份13日早间发布澄清公告,公司注意到有网络媒体对公司2021年9月30日发布的《锦州吉翔钼业股份有限公司关于对上海证券交易所"
     "监管工作函的回函公告》(上海证券交易所公告编号2021-082)作出质疑报道。",
     "zhN-cnstock-1 (a cue word inside the document issued)", "吉翔股份", "澄清", ["澄清公告"]),
    ("《眾新聞》向廉署查詢UGL案件是否調查完結，廉署發言人回覆說：「根據政策，廉署一般不會評論個別個案。」",
     "hkcnews article_2380 (outlet's enquiry answered)", "廉署發言人", "回覆說", ["《眾新聞》"]),
    ("衞生防護中心發新聞稿稱，該警員自2月18日出現病徵後沒有上班。",
     "hkcnews article_27113 (a release issued with a bare 發)", "衞生防護中心", "稱", ["新聞稿"]),
    ("昨晚渤海銀行再發公告稱，本行目前日常運營一切正常，此事項將不會對本行經營產生重大不利影響。",
     "hkcnews article_46920 (再 before the bare 發)", "昨晚渤海銀行", "稱", ["公告"]),
    ("港鐵就政府昨晚公布結果發新聞稿表示，就相關資料已經呈交予政府部門及警方作詳細調查，會全力配合政府及警方的調查。",
     "hkcnews article_17691 (the release, not the result announced)", None, "表示", ["新聞稿"]),
    ("成功連任的台灣總統蔡英文接受英國廣播公司（BBC）訪問表示，台灣已是一個獨立的國家，中國需面對現實及尊重台灣。",
     "hkcnews article_26125 (an interviewer named with its acronym)", "成功連任的台灣總統蔡英文", "表示", ["英國廣播公司（BBC）"]),
    ("美國總統特朗普10月2日凌晨在其社交媒體推特賬戶發文說，他和夫人梅拉尼婭新冠病毒檢測結果均呈陽性，將馬上進入隔離和康復程序。",
     "hkcnews article_34468 (a platform's account)", "美國總統特朗普", "發文說", ["推特"]),
    ("區諾軒在社交網站回應時批評，司法覆核對選舉結果輸打贏要，促請建制派尊重結果。",
     "hkcnews article_10725 (the site, not the answering on it)", "區諾軒", "批評", ["社交網站"]),
    ("何君堯在去年7月21日晚被拍到與白衣人握手並稱對方是英雄，他在《7.21誰主真相》回應時稱：「我做咩事唔叫人英雄啫？人哋保家衛族。」",
     "hkcnews article_32476 (a programme answered on)", "他", "稱", ["《7.21誰主真相》"]),
    ("在信函中他說：「一個人若不遵守不公義的法律，必須要公開，充滿愛心和願意接受懲罰。」",
     "hkcnews article_17115 (a channel phrase before the source, no comma)", "他", "說", ["信函"]),
    ("王志民在唁電中表示，查良鏞先生是著名作家、傑出報人，被譽為當代武俠小説泰斗。",
     "hkcnews article_16177 (a condolence telegram: source.json channel_nouns)", "王志民", "表示", ["唁電"]),
    ("經休庭後，劉家棟透過辯方表示，會就刑期上訴，並指本案有機會刑期過重，有上訴的空間，提出保釋等候上訴的申請。",
     "hkcnews article_31098 (the defence gone through)", "劉家棟", "表示", ["辯方"]),
    ("对此，新华社记者随后曾联系过崔大林，对方在电话里否认了这一传闻，表示从来就没有被警方请去协助调查。",
     "THUCNews val th394 (outlet's reporter contacts)", "对方", "否认了", ["新华社记者"]),
    ("“大家都有意见，凭什么就能让他改呢？”上述大型开发商向记者气愤地表示，当初认为中化方兴不理智拿地。",
     "THUCNews val th951 (reporter addressed, then a manner adverb)", "上述大型开发商", "表示", ["记者"]),
]


@pytest.mark.parametrize(("text", "origin", "source", "cue", "via"), CASES, ids=[c[1] for c in CASES])
def test_part_n_channels(text: str, origin: str, source: str | None, cue: str, via: list[str]) -> None:
    """(source None: the source is not what the case tests; 港鐵就政府 keeps its topic phrase)"""
    assert any(r[1:] == (cue, via) and (source is None or r[0] == source) for r in _rows(text)), origin


def test_a_notice_without_an_adverb_speaks_itself() -> None:
    """zh-dev cnews-567 gold: source 印度对外贸易处公告, no via (the owners' reading: with no adverb
    公告 is the document, not the verb)."""
    rows = _rows("印度对外贸易处公告表示：“印度联邦政府从2009年6月24日起的6个月内，继续禁止从中国进口牛奶及奶制品，"
                 "禁令还包括巧克力和巧克力糖果。")
    assert rows and rows[0][0] == "印度对外贸易处公告" and rows[0][2] == []


def test_an_interview_accepted_is_no_outlet_calling() -> None:
    """THUCNews val th435: 高群书昨日接受媒体采访，他表示… (the speaker accepts the media's interview;
    接受媒体采访 is too generic a channel: markers.json generic_via)."""
    rows = _rows("高群书昨日接受媒体采访，他表示自己并没有离开华谊兄弟，此番加盟银润传媒并非被挖角。")
    assert rows and all(r[2] == [] for r in rows)


def test_some_media_asking_name_no_outlet() -> None:
    """hkcnews article_21620: 有外國傳媒詢問…，曾俊華回答 ('some foreign media'): no outlet named."""
    rows = _rows("羅永聰稱，有外國傳媒詢問曾俊華會否再Run（指再參選特首），曾俊華回答：「好簡單：NO」。")
    assert rows and all(r[2] == [] for r in rows if r[1] == "回答")


def test_an_unnamed_reporter_calling_is_no_channel() -> None:
    """THUCNews val th548: 记者致电… names no outlet (README-n.md: 回应记者 with an unnamed reporter
    is no via)."""
    rows = _rows("24日下午，记者致电上海盈谷投资管理有限公司相关人士，该人士表示尚未接到信托公司对于该《操作指引》的通知。")
    assert rows and all(r[2] == [] for r in rows)
