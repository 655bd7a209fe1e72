"""The Chinese development corpus (evaldata/zh-news) stays loadable and consistent.

Every gold file must locate all its strings in the text as `sayso eval` reads it (a string that
is not found silently lowers recall), the compact annotation sources must rebuild the committed
gold exactly, and golden-rule candidates may only come from the tune part.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from sayso.eval.gold import discover

CORPUS = Path(__file__).resolve().parent.parent / "evaldata" / "zh-news"
CASES = [case for split in ("tune", "test") for case in discover(CORPUS / split)]


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, CORPUS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_gold_locates_every_string(case):
    document = case.read()
    gold = case.load(document)
    assert not gold.problems, gold.problems
    for att in gold.attributions:
        assert att.content and att.cue, f"{case.id}: {att.note or att.source_text}"
        if att.has_source:
            assert att.source is not None, f"{case.id}: source {att.source_text!r} not located"


def test_annotation_sources_rebuild_the_committed_gold(tmp_path):
    build = _module("build_gold")
    anns = sorted((CORPUS / "ann").glob("*.ann"))
    assert anns
    for ann in anns:
        header, rows = build.parse(ann)
        gold = json.loads((CORPUS / header["split"] / f"{ann.stem}.gold.json").read_text("utf-8"))
        assert gold["attributions"] == rows, ann.name
        text = (CORPUS / header["split"] / f"{ann.stem}.txt").read_text("utf-8")
        assert build.check(text, rows, ann.name) == []


def test_splits_are_disjoint_and_part_a_is_large_enough():
    tune = {p.stem for p in (CORPUS / "tune").glob("*.txt")}
    test = {p.stem for p in (CORPUS / "test").glob("*.txt")}
    assert not tune & test
    part_a = [json.loads(p.read_text("utf-8")) for p in CORPUS.glob("*/zhA-*.gold.json")]
    assert len(part_a) >= 22
    assert len({g["origin"]["outlet"] for g in part_a}) >= 7
    assert sum(p.name.startswith("zhA-") for p in (CORPUS / "test").glob("*.txt")) >= 8


def test_golden_candidates_come_from_tune_articles_only():
    checker = _module("check_candidates")
    assert checker.check(CORPUS / "golden-candidates-a.json") == []
    rows = json.loads((CORPUS / "golden-candidates-a.json").read_text("utf-8"))["cases"]
    assert len(rows) >= 35
    assert {row["class"] for row in rows} == set(range(1, 9))


def _part(prefix: str) -> list[tuple[str, dict]]:
    return [(split, json.loads(p.read_text("utf-8")))
            for split in ("tune", "test") for p in sorted((CORPUS / split).glob(f"{prefix}-*.gold.json"))]


def test_part_d_split_follows_its_sha1_rule_and_adds_new_outlets():
    """README-d.md: within each batch and script, the first round(0.4 n) ids by SHA-1 go to test."""
    import hashlib

    part_d = _part("zhD")
    assert len(part_d) >= 14
    second = {"zhD-chinanet-1", "zhD-ithome-1", "zhD-takungpao-1", "zhD-macaodaily-1"}
    third = {"zhD-hongxing-1", "zhD-xinlun-1"}
    for batch in (lambda i: i not in second | third, second.__contains__, third.__contains__):
        for script in ("Hans", "Hant"):
            ids = sorted((g["id"] for _, g in part_d
                          if g["origin"]["script"] == script and batch(g["id"])),
                         key=lambda i: hashlib.sha1(i.encode()).hexdigest())
            expected_test = set(ids[:round(0.4 * len(ids))])
            assert {g["id"] for split, g in part_d if split == "test"
                    and g["origin"]["script"] == script and batch(g["id"])} == expected_test
    earlier = {g["origin"]["outlet"] for prefix in ("zhA", "zhB", "zhC") for _, g in _part(prefix)}
    new = {g["origin"]["outlet"] for _, g in part_d} - earlier
    assert len(new) >= 8
    for _, gold in part_d:
        assert "2010" <= gold["origin"]["date"][:4] <= "2025", gold["id"]
        assert gold["origin"].get("url") or gold["origin"].get("commit"), gold["id"]


def test_part_d_candidates_come_from_its_tune_articles_only():
    checker = _module("check_candidates")
    path = CORPUS / "golden-candidates-d.json"
    assert checker.check(path) == []
    rows = json.loads(path.read_text("utf-8"))["cases"]
    assert len(rows) >= 15
    tune_d = {g["id"] for split, g in _part("zhD") if split == "tune"}
    assert {row["origin"].split(",")[0].split("/")[-1] for row in rows} <= tune_d


def test_part_f_split_follows_its_sha1_rule_and_adds_new_outlets():
    """README-f.md: within each batch and script, the first round(4/7 n) ids by SHA-1 go to test;
    the split was fixed before annotating and part F was never run through the system."""
    import hashlib

    import opencc

    part_f = _part("zhF")
    assert len(part_f) >= 12
    second = {"zhF-people-1", "zhF-cacnews-1", "zhF-am730-1"}
    for batch in (lambda i: i not in second, second.__contains__):
        for script in ("Hans", "Hant"):
            ids = sorted((g["id"] for _, g in part_f
                          if g["origin"]["script"] == script and batch(g["id"])),
                         key=lambda i: hashlib.sha1(i.encode()).hexdigest())
            expected_test = set(ids[:round(4 / 7 * len(ids))])
            assert {g["id"] for split, g in part_f if split == "test"
                    and g["origin"]["script"] == script and batch(g["id"])} == expected_test
    # an outlet is new when its Chinese name (first word, in traditional script) is in no
    # earlier part's outlet: 世界日报 (zhC-wj-1's 世界日報) is the one part F repeats
    to_hant = opencc.OpenCC("s2t").convert
    earlier = [to_hant(g["origin"]["outlet"]) for prefix in ("zhA", "zhB", "zhC", "zhD")
               for _, g in _part(prefix)]
    names = {to_hant(g["origin"]["outlet"].split()[0]) for _, g in part_f}
    new = {name for name in names if not any(name in outlet for outlet in earlier)}
    assert len(new) >= 10, sorted(names - new)
    assert {g["origin"]["script"] for _, g in part_f} == {"Hans", "Hant"}
    for _, gold in part_f:
        assert "2010" <= gold["origin"]["date"][:4] <= "2025", gold["id"]
        assert gold["origin"].get("url") or gold["origin"].get("commit"), gold["id"]


def test_part_g_split_follows_its_sha1_rule_and_adds_new_outlets():
    """README-g.md: within each batch and script, the first round(4/7 n) ids by SHA-1 go to test
    (part F's rule); the split was fixed before annotating and part G was never run through the
    system, so no golden-rule candidate may come from it."""
    import hashlib

    import opencc

    part_g = _part("zhG")
    assert len(part_g) >= 14
    second = {"zhG-jimu-1", "zhG-yicai-1"}
    for batch in (lambda i: i not in second, second.__contains__):
        for script in ("Hans", "Hant"):
            ids = sorted((g["id"] for _, g in part_g
                          if g["origin"]["script"] == script and batch(g["id"])),
                         key=lambda i: hashlib.sha1(i.encode()).hexdigest())
            expected_test = set(ids[:round(4 / 7 * len(ids))])
            assert {g["id"] for split, g in part_g if split == "test"
                    and g["origin"]["script"] == script and batch(g["id"])} == expected_test
    # part F's outlet rule: new when the outlet's first word (traditional script) occurs in no
    # earlier part's outlet; 經濟日報 (Taiwan) is found inside 香港經濟日報 and so not counted
    to_hant = opencc.OpenCC("s2t").convert
    earlier = [to_hant(g["origin"]["outlet"]) for prefix in ("zhA", "zhB", "zhC", "zhD", "zhF")
               for _, g in _part(prefix)]
    names = {to_hant(g["origin"]["outlet"].split()[0]) for _, g in part_g}
    new = {name for name in names if not any(name in outlet for outlet in earlier)}
    assert len(new) >= 10, sorted(names - new)
    scripts = [g["origin"]["script"] for _, g in part_g]
    assert scripts.count("Hans") >= 6 and scripts.count("Hant") >= 6
    for _, gold in part_g:
        assert "2015" <= gold["origin"]["date"][:4] <= "2025", gold["id"]
        assert gold["origin"].get("url") or gold["origin"].get("commit"), gold["id"]
    candidates = " ".join(p.read_text("utf-8") for p in CORPUS.glob("golden-candidates-*.json"))
    assert "zhG-" not in candidates


def test_part_h_split_follows_its_sha1_rule_and_adds_new_outlets():
    """README-h.md: within each batch and script, the first round(4/7 n) ids by SHA-1 go to test
    (parts F and G's rule); the split was committed before any annotation and part H was never
    run through the system, so no golden-rule candidate may come from it."""
    import hashlib

    import opencc

    part_h = _part("zhH")
    assert len(part_h) >= 14
    second = {"zhH-bjd-1"}
    for batch in (lambda i: i not in second, second.__contains__):
        for script in ("Hans", "Hant"):
            ids = sorted((g["id"] for _, g in part_h
                          if g["origin"]["script"] == script and batch(g["id"])),
                         key=lambda i: hashlib.sha1(i.encode()).hexdigest())
            expected_test = set(ids[:round(4 / 7 * len(ids))])
            assert {g["id"] for split, g in part_h if split == "test"
                    and g["origin"]["script"] == script and batch(g["id"])} == expected_test
    scripts = [g["origin"]["script"] for _, g in part_h]
    assert scripts.count("Hans") >= 6 and scripts.count("Hant") >= 6
    # part F's outlet rule: new when the outlet's first word (traditional script) occurs in no
    # earlier part's outlet (联合早报, 央视新闻客户端, 星洲日报, Yahoo and RTHK, which part D's
    # unwire-1 credits, are not new)
    to_hant = opencc.OpenCC("s2t").convert
    earlier = [to_hant(g["origin"]["outlet"]) for prefix in ("zhA", "zhB", "zhC", "zhD", "zhF", "zhG")
               for _, g in _part(prefix)]
    names = {to_hant(g["origin"]["outlet"].split()[0]) for _, g in part_h}
    new = {name for name in names if not any(name in outlet for outlet in earlier)}
    assert len(new) >= 10, sorted(names - new)
    for _, gold in part_h:
        assert "2015" <= gold["origin"]["date"][:4] <= "2025", gold["id"]
        assert gold["origin"].get("url"), gold["id"]
        assert any(not a.get("optional") for a in gold["attributions"]), gold["id"]
    candidates = " ".join(p.read_text("utf-8") for p in CORPUS.glob("golden-candidates-*.json"))
    assert "zhH-" not in candidates


def test_part_i_split_follows_its_sha1_rule_and_adds_new_outlets():
    """README-i.md: within each batch and script, the first round(4/7 n) ids by SHA-1 go to test
    (parts F-H's rule); the texts were committed and split before any annotation, and part I was
    never run through the system, so no golden-rule candidate may come from it."""
    import hashlib

    import opencc

    part_i = _part("zhI")
    assert len(part_i) == 17
    second = {"zhI-orientaldaily-2", "zhI-hkcna-1"}
    for batch in (lambda i: i not in second, second.__contains__):
        for script in ("Hans", "Hant"):
            ids = sorted((g["id"] for _, g in part_i
                          if g["origin"]["script"] == script and batch(g["id"])),
                         key=lambda i: hashlib.sha1(i.encode()).hexdigest())
            expected_test = set(ids[:round(4 / 7 * len(ids))])
            assert {g["id"] for split, g in part_i if split == "test"
                    and g["origin"]["script"] == script and batch(g["id"])} == expected_test
    scripts = [g["origin"]["script"] for _, g in part_i]
    assert scripts.count("Hans") >= 7 and scripts.count("Hant") >= 7
    # part F's outlet rule: new when the outlet's first word (traditional script) occurs in no
    # earlier part's outlet (中央社, 香港01, 环球网, 自由時報, 东方日报, 联合早报 and 香港中通社 are not new)
    to_hant = opencc.OpenCC("s2t").convert
    earlier = [to_hant(g["origin"]["outlet"])
               for prefix in ("zhA", "zhB", "zhC", "zhD", "zhF", "zhG", "zhH")
               for _, g in _part(prefix)]
    names = {to_hant(g["origin"]["outlet"].split()[0]) for _, g in part_i}
    new = {name for name in names if not any(name in outlet for outlet in earlier)}
    assert len(new) >= 8, sorted(names - new)
    for _, gold in part_i:
        assert "2015" <= gold["origin"]["date"][:4] <= "2025", gold["id"]
        assert gold["origin"].get("url"), gold["id"]
        assert any(not a.get("optional") for a in gold["attributions"]), gold["id"]
    # no text of part I repeats an earlier article's opening (the same story told twice)
    earlier_texts = [(CORPUS / split / f"{g['id']}.txt").read_text("utf-8")
                     for prefix in ("zhA", "zhB", "zhC", "zhD", "zhF", "zhG", "zhH")
                     for split, g in _part(prefix)]
    for split, gold in part_i:
        opening = (CORPUS / split / f"{gold['id']}.txt").read_text("utf-8")[:40]
        assert not any(opening in text for text in earlier_texts), gold["id"]
    candidates = " ".join(p.read_text("utf-8") for p in CORPUS.glob("golden-candidates-*.json"))
    assert "zhI-" not in candidates


# (part, articles, publishers new by part F's rule). Not new by that rule: part J 中央社, 观察者网,
# 环球时报, 德國之聲, Now新聞台, TVBS, 世界日報; part K 中央社, 东方日报, 联合早报, 自由時報, 華視新聞網,
# 熱血時報, 信報; part L 中央社, 星洲日报, 网络公民, 澎湃新闻, 澳門日報, 文匯報, 自由時報; part M 中央社,
# 自由時報, 星洲日报, 东方日报, 中國報, 星島頭條, TVBS新聞網; part N 红星新闻, 自由時報, 每日经济新闻, 东方日报,
# 星洲日報, 大公報, 聯合新聞網; part O 文汇报, 环球时报, 三立新聞網, 中時新聞網; part P 中国新闻网, 新京报,
# 香港01, ETtoday新聞雲, 世界日報, 自由時報, 中評社; part Q 东方日报, 中央社, 台視新聞, 論盡媒體, 中国新闻网,
# 联合报, 東網; part R 东方日报 (two texts), 中国新闻网, 星洲日报, KTSF (two texts), 力報; part S
# 中国新闻网, 有線新聞, 人民网, 中央廣播電臺, 中國報, 东方日报, 看中國; part T 自由時報, 闽南网, 大公文匯全媒體,
# 东方日报, 新浪香港; part U 网易号, sgnews.co, 看中國, 上報, 香港01, ETtoday新聞雲; part V zuqiucctv.com
# (part M's carrier), 中国报 / 中國報 (two texts).
_CLEAN_PARTS = [("J", 17, 8), ("K", 18, 10), ("L", 17, 10), ("M", 18, 10), ("N", 17, 10),
                ("O", 17, 10), ("P", 18, 10), ("Q", 17, 10), ("R", 18, 10), ("S", 18, 10),
                ("T", 18, 12), ("U", 22, 16), ("V", 20, 17)]


@pytest.mark.parametrize(("part", "articles", "min_new"), _CLEAN_PARTS)
def test_clean_part_split_follows_its_sha1_rule_and_adds_new_outlets(part: str, articles: int, min_new: int):
    """README-j/k/l/m/n/o/p/q/r/s/t/u/v.md: an id goes to test when the hex SHA-1 of the id (UTF-8) sorts below '9a',
    else to tune; the texts were committed and split before any annotation, and the part was never
    run through the system, so no golden-rule candidate may come from it."""
    import hashlib

    import opencc

    texts = _part(f"zh{part}")
    assert len(texts) == articles
    for split, gold in texts:
        expected = "test" if hashlib.sha1(gold["id"].encode("utf-8")).hexdigest() < "9a" else "tune"
        assert split == expected, gold["id"]
    scripts = [g["origin"]["script"] for _, g in texts]
    assert scripts.count("Hans") >= 8 and scripts.count("Hant") >= 8
    # part F's outlet rule: new when the outlet's first word (traditional script) occurs in no
    # earlier part's outlet
    to_hant = opencc.OpenCC("s2t").convert
    order = ("zhA", "zhB", "zhC", "zhD", "zhF", "zhG", "zhH", "zhI", "zhJ", "zhK", "zhL",
             "zhM", "zhN", "zhO", "zhP", "zhQ", "zhR", "zhS", "zhT", "zhU", "zhV")
    earlier_parts = order[:order.index(f"zh{part}")]
    earlier = [to_hant(g["origin"]["outlet"]) for prefix in earlier_parts for _, g in _part(prefix)]
    names = {to_hant(g["origin"]["outlet"].split()[0]) for _, g in texts}
    new = {name for name in names if not any(name in outlet for outlet in earlier)}
    assert len(new) >= min_new, sorted(names - new)
    for _, gold in texts:
        assert "2015" <= gold["origin"]["date"][:4] <= "2025", gold["id"]
        assert gold["origin"].get("url"), gold["id"]
        assert any(not a.get("optional") for a in gold["attributions"]), gold["id"]
    # no text of the part repeats an earlier article's opening (the same story stored twice)
    earlier_texts = [(CORPUS / split / f"{g['id']}.txt").read_text("utf-8")
                     for prefix in earlier_parts for split, g in _part(prefix)]
    for split, gold in texts:
        opening = (CORPUS / split / f"{gold['id']}.txt").read_text("utf-8")[:40]
        assert not any(opening in text for text in earlier_texts), gold["id"]
    candidates = " ".join(p.read_text("utf-8") for p in CORPUS.glob("golden-candidates-*.json"))
    assert f"zh{part}-" not in candidates
