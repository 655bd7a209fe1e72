"""Chinese channels of round 23 (branch zhvia23): channel phrases before the cue on new text.

Frame x head-noun mechanisms (ANNOTATION.md, Channels: "the addressee or medium of speech is a
`via`: … 在微博上称, … said on X's programme (outlet, then programme), in a post on Telegram";
benchmarks/data/zhvia23/README.md):

- a press conference is a channel wherever it is named: opening the sentence, attended (出席記者會時),
  answered at (在記者會回應時) (markers.json press_events; the English gold under the same guideline
  and zh parts A-C, N give it as via, parts F-K as the venue);
- a ceremony or public event spoken at or attended (在儀式上致辭時 -> 儀式, 出席…活動時, 宴會上:
  markers.json ceremonies), the event without the act done there;
- a medium gone through by its head noun (通过网络直播表示: channels.py `_medium_head`);
- a paper's article after its title (在《紐時》文章內承諾 -> 《紐時》文章); a document described by
  the body it was submitted to is the document (在呈交委員會的文件中 -> 文件);
- a channel span cut to what names the channel: an event without its date and the speech made
  there (今年5月…国际大会的谈话 -> …国际大会);
- the online medium named generically (在網上留言說, 在網上控訴, 網上流傳消息指: markers.json
  online_media; the gold of parts B, K-O gives 網路, 社交媒體, 通訊軟體 as via).

Sentences: open article zhC-orientaldaily-1, THUCNews (qianshuang/dl-exp data/cnews/cnews.val.txt, line named) and hkcnews
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
    ("政制及內地事務局局長曾國衞出席記者會時表示，今次修例並無特定追溯期的安排。",
     "hkcnews article_38472 (a press conference attended)", None, "表示", ["記者會"]),
    ("在水城的新闻发布会上，80高龄的约瑟夫-夏因依然慷慨激昂，斗志十足，他称葡萄牙百岁名导玛努埃尔-德-奥利维埃是自己的学习榜样，"
     "希望可以向他那样精力充沛地拍片和参加影展。",
     "THUCNews line 970 (a press conference opening the sentence)", "他", "称", ["新闻发布会"]),
    ("在当日上午举行的开幕式上，崔大林宣布比赛开赛。",
     "THUCNews line 395 (a ceremony opening the sentence)", "崔大林", "宣布", ["开幕式"]),
    ("特首林鄭月娥在儀式上致辭時指，中央從國家層面為香港特區維護國家安全。",
     "hkcnews article_31729 (the ceremony, not the address given there)", "特首林鄭月娥", "指", ["儀式"]),
    ("全國政協常委唐英年今天出席出席新聞工作者聯會活動時表示，不知道領導人是否南下。",
     "hkcnews article_1588 (an event attended; the verb written twice)", "全國政協常委唐英年", "表示",
     ["新聞工作者聯會活動"]),
    ("她在當地華僑宴會上表示，台美關係是前所未有堅強，又稱台灣一直是美國的可靠伙伴。",
     "hkcnews article_7908 (a banquet spoken at)", "她", "表示", ["當地華僑宴會"]),
    ("林鄭在《紐時》文章內承諾，「在對話當中反映的議題，將會研究及轉化為具體行動」。",
     "hkcnews article_23808 (a paper's article after its title)", "林鄭", "承諾", ["《紐時》文章"]),
    ("她早上主持首個構建「對話平台」會議後，下午在網上留言說，「 大家都累了」，話說對了。",
     "hkcnews article_23126 (the net posted on)", "她", "留言說", ["網上"]),
    ("命案消息傳開後，不少學生在網上控訴，沙地早有前科，經常騷擾女學生。",
     "hkcnews article_42607 (the net spoken on)", "不少學生", "控訴", ["網上"]),
    ("網上流傳消息指，該教師曾多次騷擾女學生而被投訴，但學校並沒有將其開除。",
     "hkcnews article_42607 (the net the source appeared on)", "消息", "指", ["網上"]),
    ("國際特赦組織在呈交委員會的文件中提及：「中國沒有獨立的司法制度，許多疑犯不能獲得法律意見，尤其是政治敏感案件。」",
     "hkcnews article_18572 (a document described by the body it went to)", "國際特赦組織", "提及", ["文件"]),
    ("文中提到,李显龙在今年5月《日本经济新闻》“亚洲未来”国际大会的谈话中,表示“中国大陆如何处理领土纷争议题,将影响各国对大陆的看法”。",
     "zhC-orientaldaily-1 (the event without its date and the speech made there)", "李显龙", "表示",
     ["《日本经济新闻》“亚洲未来”国际大会"]),
]


@pytest.mark.parametrize("text,origin,source,cue,via", CASES, ids=[c[1] for c in CASES])
def test_channel(text: str, origin: str, source: str | None, cue: str, via: list[str]) -> None:
    rows = _rows(text)
    hits = [r for r in rows if r[1].startswith(cue) and (source is None or r[0] == source)]
    assert hits, f"{origin}: no row with cue {cue} in {rows}"
    assert hits[0][2] == via, f"{origin}: {rows}"


EVENT_SPANS = [
    ("前總統奧巴馬四出為民主黨候選人拉票。他在伊利諾州參加競選活動時說，「伊利諾州，在你們手中」。",
     "hkcnews article_16221 (the event, not the place and the attending verb)", "他", "說", ["競選活動"]),
    ("而國家主席習近平在4月底聯合國氣候峰會重申承諾，會於2030年前達到碳排放峰值。",
     "hkcnews article_41579 (the summit without its date)", "國家主席習近平", "重申", ["聯合國氣候峰會"]),
]


@pytest.mark.parametrize("text,origin,source,cue,via", EVENT_SPANS, ids=[c[1] for c in EVENT_SPANS])
def test_event_span(text: str, origin: str, source: str, cue: str, via: list[str]) -> None:
    rows = _rows(text)
    assert (source, cue, via) in [(r[0], r[1], r[2]) for r in rows], f"{origin}: {rows}"


@pytest.mark.parametrize("text,origin,word", [
    ("《紐約時報》的報道說，特朗普政府目前越來越擔心中國正在加強針對美國的間諜活動，認為中國對美國構成的威脅更大。",
     "hkcnews article_25461 (正在: no preposition; an activity fought)", "活動"),
    ("預告，將會在6.12一周年發起活動，提到「初夏走至寒冬，我們仍然堅持」。",
     "hkcnews article_29530 (an activity launched)", "活動"),
])
def test_activity_is_no_event(text: str, origin: str, word: str) -> None:
    """An activity spoken about, launched or fought is no event the words were said at
    (channels.py `_ceremony`)."""
    rows = _rows(text)
    assert all(word not in v for _, _, vias in rows for v in vias), f"{origin}: {rows}"


def test_meeting_stays_a_venue() -> None:
    """李澤昌在會上表示 (hkcnews article_10167): a meeting is the venue (README-h.md: "parliament or a
    forum (the venue) is not"); only press conferences, ceremonies and events are channels."""
    rows = _rows("李澤昌在會上表示，九巴會聘請有違規紀錄的車長。")
    assert rows and all(v == [] for s, _, v in rows if s == "李澤昌")
