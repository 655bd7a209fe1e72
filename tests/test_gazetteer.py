"""The outlet gazetteer: the data file's integrity and matching in real sentences."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from sayso.gazetteer import Gazetteer, default_gazetteer
from sayso.text import fold_key, to_simplified

RECORDS = json.loads(resources.files("sayso.data").joinpath("outlets.json").read_text("utf-8"))
OUTLETS = RECORDS["outlets"]
# Short words that name many papers at once: never an alias on their own.
AMBIGUOUS = {"sun", "times", "post", "mail", "star", "globe", "herald", "express", "mirror",
             "daily", "news", "journal", "tribune", "chronicle", "observer", "independent",
             "economist", "time", "telegraph", "guardian council", "报", "日报", "时报", "新闻"}


def _names(r: dict) -> list[str]:
    return [r["name"], *r.get("zh_hans", []), *r.get("zh_hant", []), *r.get("aliases", []),
            *r.get("quoted_only", [])]


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], o.id) for s, e, o in default_gazetteer().find_all(text)]


def test_at_least_150_outlets_with_unique_ids() -> None:
    ids = [r["id"] for r in OUTLETS]
    assert len(ids) >= 150
    assert len(set(ids)) == len(ids)


def test_no_name_belongs_to_two_outlets() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for r in OUTLETS:
        for name in _names(r):
            key = fold_key(name)
            if owner.setdefault(key, r["id"]) != r["id"]:
                clashes.append((name, owner[key], r["id"]))
    assert clashes == []


def test_domains_belong_to_one_outlet() -> None:
    seen: dict[str, str] = {}
    for r in OUTLETS:
        for d in r["domains"]:
            assert re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", d), d
            assert seen.setdefault(d, r["id"]) == r["id"], d


def test_record_fields() -> None:
    for r in OUTLETS:
        assert r["kind"] in ("agency", "outlet", "broadcaster", "platform"), r["id"]
        assert r["wikidata"] is None or re.fullmatch(r"Q[1-9][0-9]*", r["wikidata"]), r["id"]
        assert r["country"] is None or re.fullmatch(r"[A-Z]{2}", r["country"]), r["id"]
        # Traditional forms are written out only where they differ, and fold back.
        hans = {to_simplified(h) for h in r["zh_hans"]}
        for t in r["zh_hant"]:
            assert t not in r["zh_hans"] and to_simplified(t) in hans, (r["id"], t)


def test_both_scripts_are_written_out_for_the_big_chinese_names() -> None:
    by_id = {r["id"]: r for r in OUTLETS}
    assert "美聯社" in by_id["ap"]["zh_hant"] and "美联社" in by_id["ap"]["zh_hans"]
    assert "紐約時報" in by_id["nyt"]["zh_hant"] and "纽约时报" in by_id["nyt"]["zh_hans"]
    assert "聯合報" in by_id["udn"]["zh_hant"]


def test_no_over_short_or_ambiguous_aliases() -> None:
    for r in OUTLETS:
        for name in _names(r):
            assert name.lower() not in AMBIGUOUS, (r["id"], name)
            if name.isascii() and len(name) <= 3:
                assert name.isupper() or name.islower(), (r["id"], name)
            if not name.isascii():
                assert len(name) >= 2, (r["id"], name)


@pytest.mark.parametrize("text, expected", [
    ("据美联社报道，美国国务卿周三抵达北京。", [("美联社", "ap")]),
    ("據美聯社報導，美國國務卿週三抵達北京。", [("美聯社", "ap")]),
    ("英国《金融时报》援引知情人士的话说，谈判取得进展。", [("《金融时报》", "ft")]),
    ("《紐約時報》和路透社都報道了這一消息。", [("《紐約時報》", "nyt"), ("路透社", "reuters")]),
    ("据台湾“中广新闻网”报道，云林县发现一具男尸。", [("中广新闻网", "bcc")]),
    ("据台联合晚报报道，儿童局已将其列为评估对象。", [("联合晚报", "uen")]),
    ("The Associated Press reported that APPLE shares fell.", [("The Associated Press", "ap")]),
    ("Officials told AP that the talks had stalled.", [("AP", "ap")]),
    ("The Hill first reported the deal.", [("The Hill", "thehill")]),
    ("Hikers climbed the hill before dawn.", []),
    ("美联储周三宣布维持利率不变。", []),
    ("两家媒体联合报道了这起事件。", []),
    ("今日美国宣布对进口钢铁加征关税。", []),
    ("《今日美国》报发表了这篇评论。", [("《今日美国》", "usatoday")]),
    ("他在说明报告中承认了错误。", []),
    ("CCTV footage showed the suspect leaving.", []),
    ("央视新闻频道播出了采访。", [("央视新闻", "cctv")]),
    ("The Guardian Council rejected the candidates.", []),
    ("The Guardian and Bloomberg both cited the figures.", [("The Guardian", "guardian"), ("Bloomberg", "bloomberg")]),
])
def test_find_all_in_real_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("name, outlet_id", [
    ("英国《金融时报》", "ft"),
    ("台湾“中广新闻网”", "bcc"),
    ("《明報》", "mingpao"),
    ("紐約時報", "nyt"),
    ("The Economist", "economist"),
    ("the Economist", "economist"),
    ("Xinhua", "xinhua"),
    ("台湾中广新闻网", "bcc"),
    ("台联合晚报", "uen"),
    ("美國紐約時報", "nyt"),
    ("日本NHK", "nhk"),
    ("美国之音", "voa"),
    # place prefixes, longest first (台湾 before 台), only those the name starts with
    ("英国金融时报", "ft"),
    ("台中广新闻网", "bcc"),
    ("臺灣中廣新聞網", "bcc"),
])
def test_lookup(name: str, outlet_id: str) -> None:
    outlet = default_gazetteer().lookup(name)
    assert outlet is not None and outlet.id == outlet_id


def test_a_place_alone_is_no_outlet() -> None:
    assert default_gazetteer().lookup("台湾") is None
    assert default_gazetteer().lookup("美国") is None


def test_lookup_keeps_capitals() -> None:
    assert default_gazetteer().lookup("the economist") is None
    assert default_gazetteer().lookup("the hill") is None


@pytest.mark.parametrize("url, outlet_id", [
    ("https://cn.nytimes.com/world/20230101/", "nyt"),
    ("https://edition.cnn.com/2023/01/01/politics/index.html", "cnn"),
    ("www.zerohedge.com/geopolitical/kremlin", "zerohedge"),
    ("https://news.sina.com.cn/c/2023-05-01/doc.shtml", "sina"),
])
def test_by_url(url: str, outlet_id: str) -> None:
    outlet = default_gazetteer().by_url(url)
    assert outlet is not None and outlet.id == outlet_id


def test_by_url_survives_broken_urls() -> None:
    assert default_gazetteer().by_url("http://[::1") is None
    assert default_gazetteer().by_url("https://unknown-blog.example/") is None


def test_custom_records_and_guards() -> None:
    gaz = Gazetteer.from_records(
        [{"id": "x", "name": "Example Daily", "zh_hans": ["样例报"], "zh_hant": ["樣例報"],
          "domains": ["example.com"]}],
        blockers=["样例报纸"], suffix_guards={"报": "道"})
    assert [(s, e) for s, e, _ in gaz.find_all("據樣例報稱")] == [(1, 4)]
    assert gaz.find_all("样例报道") == []
    assert gaz.find_all("样例报纸") == []
    assert gaz.lookup("樣例報").id == "x"


# Outlets every fact-checker meets, as the issue lists them, in the forms news text uses.
REQUIRED = {
    "reuters": ["Reuters", "路透社"], "ap": ["AP", "美联社", "美聯社"], "afp": ["AFP", "法新社"],
    "bloomberg": ["Bloomberg", "彭博社"], "dpa": ["dpa"], "efe": ["EFE"], "ansa": ["ANSA"],
    "kyodo": ["Kyodo", "共同社"], "yonhap": ["Yonhap", "韩联社"], "tass": ["TASS", "塔斯社"],
    "ria": ["RIA Novosti", "俄新社"], "interfax": ["Interfax"], "xinhua": ["Xinhua", "新华社"],
    "chinanews": ["中新社", "中新网"], "cna_tw": ["中央社", "CNA"], "anadolu": ["Anadolu"],
    "irna": ["IRNA"], "sana": ["SANA", "叙利亚通讯社"],
    "nyt": ["The New York Times", "纽约时报", "紐約時報"], "wsj": ["WSJ", "华尔街日报"],
    "wapo": ["The Washington Post"], "usatoday": ["USA Today"], "latimes": ["Los Angeles Times"],
    "cnn": ["CNN"], "nbc": ["NBC", "美国全国广播公司"], "abc": ["ABC"], "cbs": ["CBS"],
    "fox": ["Fox News", "福克斯新闻"], "npr": ["NPR"], "politico": ["Politico"], "axios": ["Axios"],
    "thehill": ["The Hill"], "breitbart": ["Breitbart"], "huffpost": ["HuffPost"], "bbc": ["BBC"],
    "guardian": ["The Guardian", "卫报", "衛報"], "times_uk": ["泰晤士报"],
    "telegraph": ["The Telegraph", "每日电讯报"], "ft": ["Financial Times", "FT", "金融时报"],
    "economist": ["The Economist", "经济学人"], "skynews": ["Sky News"], "lemonde": ["Le Monde", "世界报"],
    "spiegel": ["Der Spiegel", "明镜周刊"], "dw": ["DW", "德国之声"], "rfi": ["RFI", "法广"],
    "euronews": ["Euronews"], "rt": ["RT"], "sputnik": ["Sputnik", "卫星通讯社"],
    "aljazeera": ["Al Jazeera", "半岛电视台"], "alarabiya": ["Al Arabiya"], "mee": ["Middle East Eye", "中东眼"],
    "haaretz": ["Haaretz"], "toi": ["Times of India"], "hindustantimes": ["Hindustan Times", "印度斯坦时报"],
    "nhk": ["NHK"], "asahi": ["朝日新闻"], "yomiuri": ["读卖新闻"], "nikkei": ["Nikkei", "日经"],
    "chosun": ["Chosun Ilbo", "朝鲜日报"], "kbs": ["KBS"], "peoplesdaily": ["人民日报"],
    "peoplecn": ["人民网"], "globaltimes": ["环球时报"], "cctv": ["央视", "CCTV"], "cgtn": ["CGTN"],
    "chinadaily": ["中国日报"], "thepaper": ["澎湃新闻"], "caixin": ["财新"], "scmp": ["南华早报", "SCMP"],
    "mingpao": ["明报"], "singtao": ["星岛日报"], "wenweipo": ["文汇报"], "takungpao": ["大公报"],
    "orientaldaily": ["东方日报"], "appledaily": ["苹果日报"], "citizennews": ["眾新聞"],
    "hk01": ["香港01"], "initium": ["端传媒"], "udn": ["联合报", "聯合報"], "uen": ["联合晚报"],
    "chinatimes": ["中国时报"], "ltn": ["自由时报"], "bcc": ["中广新闻网", "BCC"], "tvbs": ["TVBS"],
    "ebc": ["东森"], "zaobao": ["联合早报"], "voa": ["VOA", "美国之音"], "rfa": ["RFA", "自由亚洲电台"],
    "epochtimes": ["大纪元"], "ntd": ["新唐人"], "gnews": ["GNews"], "zerohedge": ["ZeroHedge", "零对冲"],
}


@pytest.mark.parametrize("outlet_id", sorted(REQUIRED))
def test_required_outlets_are_found_by_their_names(outlet_id: str) -> None:
    for name in REQUIRED[outlet_id]:
        outlet = default_gazetteer().lookup(name)
        assert outlet is not None and outlet.id == outlet_id, name


def test_short_names_that_are_also_words() -> None:
    assert _found("据澎湃报道，涉事企业已被立案调查。") == [("澎湃", "thepaper")]
    assert _found("听到这个消息，他心潮澎湃。") == []
    assert _found("多家银行推出理财新产品。") == []


def test_a_national_news_agency_is_an_outlet_and_its_claims_reported() -> None:
    # Public text quoting the Ethiopian News Agency (a GitHub document on Addis Ababa's city
    # administration, found with the search tool); before the national agencies were added,
    # the agency was typed government and its report `asserted`.
    import sayso

    text = ("The Ethiopian News Agency reported that the Addis Ababa City Council approved a "
            "proclamation on Hidar 15, 2016 E.C. to re-establish executive organs of the city.")
    analysis = sayso.analyze(text)
    (att,) = analysis.attributions
    entity = analysis.entity(att.source.entity)
    assert (entity.name, entity.type, att.certainty) == ("Ethiopian News Agency", "outlet", "reported")
    names = {o["name"] for o in OUTLETS}
    assert {"Kuwait News Agency", "Associated Press of Pakistan", "Tunis Afrique Presse",
            "Philippine News Agency", "Armenpress"} <= names
