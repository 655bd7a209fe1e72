"""Chinese channels of round 24 (branch zhvia24): a platform or statement before the cue that the
source span swallowed or the narration named.

Mechanisms (ANNOTATION.md, Channels: "the addressee or medium of speech is a `via`: … 在微博上称,
… in a post on Telegram, in a statement to Rolling Stone, a book, a report in a newspaper"; "a
named person speaking on a platform is `asserted` with the platform as via";
benchmarks/data/zhvia24/README.md):

- the speaker's own platform or page closing the source span, no preposition between
  (北京协和医院官方微博通报 -> 北京协和医院, 官方微博: channels.py `_platform_after_source`);
- a statement or post issued in narration, with no attribution of its own, is the channel of the
  issuer's next words in that sentence or the next (陳偉儀發表聲明予以反駁。她說:
  continuation.py `narrated_documents`);
- a post shared through a platform, then commented (通过微博转发后称: `_THROUGH`);
- an outlet addressed by its title inside a longer description (向美國新聞評論網《布萊巴特》倫敦分部
  (Breitbart London)發聲明澄清: `_SENT_TO_TITLED`).

Sentences: open articles of part P (zhP-*) and A, THUCNews (qianshuang/dl-exp
data/cnews/cnews.val.txt, line named) and hkcnews (hkarchivist/hkcnews-article-archive, article named).
"""

from __future__ import annotations

import pytest

import sayso


def _rows(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, first cue, vias) of every attribution, in order."""
    return [(a.source.text if a.source else "", a.cue[0].text, [v.text for v in a.via])
            for a in sayso.analyze(text, language="zh").attributions]


# (sentence, origin, source, cue, the vias expected on that row)
CASES = [
    ("就此情况,北京协和医院官方微博通报:网上流传“北京协和医院一确诊武汉肺炎患者跑了”一事。",
     "zhP-bjnews-1 (the body's official account after its name)", "北京协和医院", "通报", ["官方微博"]),
    ("佳士工人聲援團官網批評廣東警方發布的「認罪片段」漏洞百出，邏輯荒謬，是警方自導自演的一場拙劣表演。",
     "hkcnews article_18048 (the group's website)", "佳士工人聲援團", "批評", ["官網"]),
    ("中檢官網表明是經國務院批准，國家質檢總局及國家認監委設在香港的中資企業。",
     "hkcnews article_32583 (a short name, then its website)", "中檢", "表明", ["官網"]),
    ("哈里斯的微博说：“上海，对这场失利(客场战浙江广厦)，我感到抱歉。我们将会拿下下一场比赛。”",
     "THUCNews line 327 (the poster's own page, with 的)", "哈里斯", "说", ["微博"]),
    ("今天(8月31日)早上，宋丹丹发表微博向张伟平发问：“艺谋同意你这么说吗？”",
     "THUCNews line 860 (the post issued, then the one asked)", "宋丹丹", "发问", ["微博", "张伟平"]),
    ("農業農村部官網周二下午以新聞發言人廣德福名義向媒體通報稱，自從去年8月部分省份發生非洲豬瘟疫情，"
     "各地有關部門按照中央決策部署，嚴格開展疫情處置。",
     "hkcnews article_17890 (the website, then the media addressed)", "農業農村部", "通報稱", ["官網", "媒體"]),
    ("陳偉儀發表聲明予以反駁。她說,她從沒有聽說過「改善紐約的民眾」這個組織,該組織也沒有和她聯繫過籌款的事。",
     "zhP-worldjournal-1 (a statement issued, then her words)", "她", "說", ["聲明"]),
    ("林鄭月娥舉行記招之後，5年前曾參選特首的全國政協常委唐英年發表聲明表示歡迎及支持，他指出：「下屆行政長官"
     "和特區政府在未來五年，將會肩負起多項重要任務。」",
     "hkcnews article_917 (the statement, then its words in the same sentence)", "他", "指出", ["聲明"]),
    ("李國能今次已是一個月內兩度發聲明回應國安法。他在文中首先提及，《國安法》草案沒有提及追溯力。",
     "hkcnews article_31281 (the statement, then the next sentence)", "他", "提及", ["聲明"]),
    ("11月13日,网易科技频道“后厂村7号”栏目发布《锤子生死劫:深陷资金链紧张、大规模裁员困局》一文,迅速激起网络舆论波澜,"
     "锤子科技创始人罗永浩通过微博转发后称报道失实,并将起诉作者。",
     "zhP-a5-1 (a post shared through the platform, then commented)", "锤子科技创始人罗永浩", "称", ["微博"]),
    ("韓蒙德辦公室隨即向美國新聞評論網《布萊巴特》倫敦分部(Breitbart London)發聲明澄清,稱該文章是假造的「大雜燴」。",
     # round 29: the bare 澄清 joins the cue list (gold cues 澄清 ; 稱; README-t.md D3/D4)
     "zhP-ltn-1 (the outlet addressed by its title, then the statement)", "韓蒙德辦公室", "澄清",
     ["《布萊巴特》", "聲明"]),
]


@pytest.mark.parametrize("text,origin,source,cue,via", CASES, ids=[c[1] for c in CASES])
def test_channel(text: str, origin: str, source: str, cue: str, via: list[str]) -> None:
    rows = _rows(text)
    assert (source, cue, via) in rows, f"{origin}: {rows}"


@pytest.mark.parametrize("text,origin,source", [
    ("去年8月，推特及脸书接连宣布封锁各自平台上散播关于香港示威假信息的账号，数量共计近1000个。",
     "zhA-bbc-2 gold (two platform companies joined speak: source 推特及脸书, no via)", "推特及脸书"),
    ("另有记者发回的微博证实，因为这一意外事件，活塞主场是一片混乱。",
     "THUCNews line 696 (a post described by who sent it, not a poster's page)", None),
])
def test_platform_stays_in_source(text: str, origin: str, source: str | None) -> None:
    """A platform company speaking, or a post described, is not split off the source."""
    rows = _rows(text)
    assert rows and all(v == [] for _, _, v in rows), f"{origin}: {rows}"
    if source is not None:
        assert source in [s for s, _, _ in rows], f"{origin}: {rows}"


@pytest.mark.parametrize("text,origin", [
    ("至於今個月到外國記者會演講及向美國總統發公開信，卻成為取締政黨的新「罪證」，他認為這是當局的「政治決定」。",
     "hkcnews article_14680 (a letter spoken about under 至於: no channel of his view)"),
    ("可以把我们看到的，想到的用一句话或者一个图片用手机或者电脑发到微博里面，另外我们可以使用微博的关注功能关注我们的亲朋好友，"
     "他们说的话会出现我们自己的微博首页内。",
     "THUCNews line 871 (sent to a platform: no document issued)"),
])
def test_no_narrated_document(text: str, origin: str) -> None:
    """A document spoken about, or a place something is sent to, is no channel of the next words."""
    rows = _rows(text)
    assert all(v not in ("公開信", "到微博", "微博") for _, _, vias in rows for v in vias), f"{origin}: {rows}"
