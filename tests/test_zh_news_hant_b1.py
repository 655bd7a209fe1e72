"""Part B, half 1 of the Chinese development corpus (Taiwan outlets, traditional script).

The shared corpus test checks that every gold file loads; this one checks what this half promises
in `evaldata/zh-news/README-hant-1.md`: its articles are traditional-script Taiwan news with their
origin recorded, the test part is large enough, and its golden-rule candidates come from tune
articles only and cover every error class.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "evaldata" / "zh-news"
TUNE = ("cna-1", "cna-3", "cna-4", "cna-5", "storm-1", "udn-1", "ettoday-1", "ltn-2",
        "president-1")
TEST = ("cna-2", "ltn-1", "tvbs-1", "udn-2", "storm-2", "president-2")


def _gold(split: str, name: str) -> dict:
    return json.loads((CORPUS / split / f"zhB-{name}.gold.json").read_text("utf-8"))


def test_articles_are_traditional_taiwan_news_with_origin():
    golds = [_gold("tune", n) for n in TUNE] + [_gold("test", n) for n in TEST]
    for gold in golds:
        origin = gold["origin"]
        assert origin["script"] == "Hant" and origin["region"] == "Taiwan", gold["id"]
        assert "2010" <= origin["date"][:4] <= "2025", gold["id"]
        assert origin.get("url") or origin.get("commit"), gold["id"]
        text = (CORPUS / ("tune" if gold["id"][4:] in TUNE else "test") / gold["text_file"])
        assert 400 <= len(text.read_text("utf-8")) <= 3000, gold["id"]
    assert len({g["origin"]["outlet"].split(" (")[0].split(" ")[0] for g in golds}) >= 4


def test_test_part_has_at_least_four_articles_and_no_overlap():
    assert len(TEST) >= 4 and not set(TUNE) & set(TEST)
    for name in TEST:
        assert not (CORPUS / "tune" / f"zhB-{name}.txt").exists()


def test_candidates_come_from_tune_and_cover_every_class():
    spec = importlib.util.spec_from_file_location("check_candidates",
                                                  CORPUS / "check_candidates.py")
    checker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checker)
    path = CORPUS / "golden-candidates-b1.json"
    assert checker.check(path) == []
    rows = json.loads(path.read_text("utf-8"))["cases"]
    assert len(rows) >= 18
    assert all(row["script"] == "Hant" for row in rows)
    assert {row["class"] for row in rows} == set(range(1, 9))
    assert {row["origin"].split(",")[0].split("/")[-1][4:] for row in rows} <= set(TUNE)
