"""Chinese channels of round 20 (branch zhvia20): where a document, post or medium is named
before the cue.

Mechanisms: a place something was published or spoken at (在X發佈/上載/發表Y) is split into
the medium and the piece published on it, a ceremony stays the venue alone, any other place
gives the piece alone (cues.py `_published_on`, ChineseDoc.is_medium, markers.json
medium_suffixes / ceremonies); an issuer, the verb issuing and the document read as one source
(长盛基金发布…公告称) are split into speaker and via (channels.py `_issued_in_source`,
markers.json issued_documents); the clause right before the cue issuing a document gives that
document (發出律師函，要求); an outlet whose enquiry is accepted (接受眾新聞查詢時表示) is the
channel as one whose enquiry is answered (回覆眾新聞查詢) already was; a medium named by its head
(個人社交平台) after 在 is where the words were written. ANNOTATION.md, Channels: "the addressee
or medium of speech is a via … in a post on Telegram … a report in a newspaper"; outer channel
first. Sentences from open zh-news articles (named) and from the breadth text: THUCNews
(qianshuang/dl-exp cnews) and hkcnews (hkarchivist/hkcnews-article-archive, article named).
"""

from __future__ import annotations

import sayso


def _vias(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


def test_platform_then_the_article_published_on_it() -> None:
    """在今日頭條平台發佈一則文章稱 (zhM-dahe-1 gold: 今日頭條平台, 文章): the platform, then the
    article without its count; 在YouTube上載一條…短片 (hkcnews article_30703) alike."""
    rows = _vias("2025年4月29日,網民「千萬別說隨便」在今日頭條平台發佈一則文章稱「2025年4月28日 | "
                 "河南南陽發生嚴重火災,已致14人遇難」。")
    assert rows[0][2][-2:] == ["今日頭條平台", "文章"]
    rows = _vias("政府新聞處周三在YouTube上載一條維護國家安全短片，當中提及「有國才有家，維護國家安全，全民有責」。")
    assert rows[0][2][0] == "YouTube"
    assert all("上載" not in v for v in rows[0][2])


def test_outlet_then_the_talk_published_there() -> None:
    """北韓副外相崔善姬周四在官方朝中社發表談話，稱… (hkcnews article_12366): the agency by its name,
    then the statement, not one span holding the verb."""
    rows = _vias("北韓副外相崔善姬周四在官方朝中社發表談話，稱美國若侮辱北韓的善意，繼續肆意妄為，將向最高領導層提出，"
                 "重新考慮金正恩與特朗普會面的事宜。")
    assert ("北韓副外相崔善姬", "稱", ["朝中社", "談話"]) in rows


def test_ceremony_spoken_at_is_the_venue_alone() -> None:
    """習近平在第 5屆特區政府就職禮上發表重要講話中提到 (zhM-aamacau-1 gold: 第 5屆特區政府就職禮)."""
    rows = _vias("至於習近平在第 5屆特區政府就職禮上發表重要講話中提到,不容許任何外部勢力干擾澳門內部事務。")
    assert ("習近平", "提到", ["第 5屆特區政府就職禮"]) in rows


def test_document_issued_in_the_source_words() -> None:
    """长盛基金发布基金经理变更公告称 (THUCNews val, th374), 国泰基金发布公告，称 (th579): the fund
    speaks, its notice is the channel (as 发表声明称 gives 声明)."""
    rows = _vias("昨日，长盛基金发布基金经理变更公告称，黄瑞庆不再担任长盛中证100指数的基金经理职务。")
    assert ("长盛基金", "称", ["基金经理变更公告"]) in rows
    rows = _vias("债基掀起分红潮日前，国泰基金发布公告，称旗下国泰金龙债券基金按每10份基金份额派发红利0.40元。")
    assert ("国泰基金", "称", ["公告"]) in rows


def test_document_issued_in_the_clause_before_the_cue() -> None:
    """王乙康、徐芳達聯合發布聲明,向Righ Sng發出律師函,要求他撤回虛假指控並道歉 (zhH-sgnews-1 gold:
    律師函): the demand is the letter's, not the statement's that came first."""
    rows = _vias("昨天(5月12日)下午,新加坡兩位部長——王乙康、徐芳達聯合發布聲明,向Righ Sng發出律師函,"
                 "要求他撤回虛假指控並道歉,還要求賠償損失。")
    assert any(cue == "要求" and via == ["律師函"] for _, cue, via in rows)


def test_enquiry_accepted_names_the_outlet() -> None:
    """張達明接受眾新聞查詢時表示 (hkcnews article_12488; 260 such 接受眾新聞查詢 in the archive,
    as 回覆眾新聞查詢 277): the outlet whose enquiry was answered is the channel."""
    rows = _vias("張達明接受眾新聞查詢時表示，雖然自己對民主有一套理念，但參選理事並非以「政治行頭」。")
    assert ("張達明", "表示", ["眾新聞"]) in rows
    # the reporter without an outlet names none (zh-dev: 接受记者提问时, no channel)
    assert _vias("他接受記者查詢時表示，不會出席。")[0][2] == []


def test_medium_named_by_its_head() -> None:
    """一位武漢網友在個人社交平台上寫道 (hkcnews article_26367): the platform; 現在利用網台 has no
    preposition 在 (article_4591) and 在《基本法》裏 names a law (article_21692): no channel."""
    rows = _vias("「我們以為事情就這樣結束了。」一位武漢網友在個人社交平台上寫道。")
    assert ("一位武漢網友", "寫道", ["個人社交平台"]) in rows
    rows = _vias("那位仁兄現在利用網台，批評這個、批評那個，說的都是一己之見，沒有證據。")
    assert all(not via for _, _, via in rows)


def test_quoted_platform_posted_on_before_the_cue() -> None:
    """遠在美國的金變玲在「推特」發文，表示… (hkcnews article_19178): the platform in quotation marks,
    the posting verb the cue's first part; 在“两会”表示 stays a venue (no posting)."""
    rows = _vias("江天勇於2月28日刑期屆滿，遠在美國的金變玲在「推特」發文，表示準備通宵不睡覺，"
                 "盼望能在丈夫出獄後和他視像通話。")
    assert any(via == ["推特"] for _, _, via in rows)
    assert all(not via for _, _, via in _vias("他在“两会”表示，改革势在必行。"))


def test_event_holding_a_publishing_verb_stays_whole() -> None:
    """在会所召开新闻发布会称 (tests/test_zh_channels.py): 新闻发布会 holds 发布 but is no place
    something was published at; the press conference stays the channel."""
    rows = _vias("马华文冬区会主席拿督斯里何启文今午在会所召开新闻发布会称,虽然我国至今发生8宗武汉肺炎的确诊病例,"
                 "但疫情在政府的严密监督下,国内包括本区域依然相对安全和稳定。")
    assert rows[0][2] == ["新闻发布会"]
