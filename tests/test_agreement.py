"""benchmarks/agreement.py: one gold annotation scored against another with sayso's scorer."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

from sayso.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
ZH_DEV = ROOT.parent / "shared" / "eval" / "zh-dev"
EN_TUNE = ROOT / "evaldata" / "en-news" / "tune"
HUNDRED = ("F1", "speaker", "content", "via", "stance", "certainty", "source")


def _module():
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "benchmarks" / "agreement.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


agreement = _module()


def _copy(src: Path, dst: Path, ids: list[str] | None = None) -> Path:
    dst.mkdir()
    for p in sorted(src.iterdir()):
        stem = p.name.split(".")[0]
        if p.is_file() and (ids is None or stem in ids):
            shutil.copy(p, dst / p.name)
    return dst


def _edit(folder: Path, change) -> tuple[str, int]:
    """Apply `change(attribution)` to the first scored attribution for which it returns True."""
    for gold_path in sorted(folder.glob("*.gold.json")):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        for n, a in enumerate(data["attributions"]):
            if not a.get("optional") and change(a):
                gold_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
                return gold_path.name, n
    raise AssertionError("nothing to change")


@pytest.mark.skipif(not ZH_DEV.exists(), reason="shared/eval not available")
def test_zh_dev_against_itself_is_100_everywhere():
    for d in agreement.agreement(ZH_DEV, ZH_DEV):
        f = d.figures()
        assert all(f[k] == 100.0 for k in HUNDRED), f
        assert f["matched"] == f["gold"] == f["pred"] > 50
        assert all(a == b for field in d.confusion.values() for a, b in field)
        assert d.details == []


def test_en_news_tune_against_itself_is_100_everywhere():
    for d in agreement.agreement(EN_TUNE, EN_TUNE):
        f = d.figures()
        assert all(f[k] == 100.0 for k in HUNDRED), f
        assert f["gold"] > 500 and f["via_gold"] > 50


@pytest.mark.skipif(not ZH_DEV.exists(), reason="shared/eval not available")
def test_one_changed_stance_is_exactly_one_stance_error(tmp_path):
    a = _copy(ZH_DEV, tmp_path / "a")
    b = _copy(ZH_DEV, tmp_path / "b")

    def to_deny(attribution: dict) -> bool:
        if attribution["stance"] != "assert":
            return False
        attribution["stance"] = "deny"
        return True

    _edit(b, to_deny)
    b_vs_a, a_vs_b = agreement.agreement(a, b)
    for d, pair in ((b_vs_a, ("assert", "deny")), (a_vs_b, ("deny", "assert"))):
        f = d.figures()
        right, total = (d.scores.total().accuracy["stance"].right,
                        d.scores.total().accuracy["stance"].total)
        assert (right, total) == (total - 1, f["matched"])
        assert [k for k, n in d.confusion["stance"].items() if k[0] != k[1]] == [pair]
        assert d.confusion["stance"][pair] == 1
        assert all(f[k] == 100.0 for k in HUNDRED if k != "stance"), f
        assert [x["what"] for x in d.details] == ["stance"]


def test_optional_in_b_is_a_miss_not_a_prediction(tmp_path):
    ids = ["enG-bbc-4"]
    a = _copy(EN_TUNE, tmp_path / "a", ids)
    b = _copy(EN_TUNE, tmp_path / "b", ids)

    def hedge(attribution: dict) -> bool:
        attribution["optional"] = True
        return True

    _edit(b, hedge)
    b_vs_a, a_vs_b = agreement.agreement(a, b)
    f = b_vs_a.figures()
    assert (f["matched"], f["gold"], f["pred"]) == (f["gold"] - 1, f["gold"], f["gold"] - 1)
    # the other way round the hedged item is optional gold: A's copy of it is dropped
    g = a_vs_b.figures()
    assert (g["matched"], g["gold"], g["pred"]) == (f["gold"] - 1,) * 3


def test_different_articles_are_refused(tmp_path):
    a = _copy(EN_TUNE, tmp_path / "a", ["enG-bbc-4"])
    b = _copy(EN_TUNE, tmp_path / "b", ["enG-npr-1"])
    with pytest.raises(InputError, match="article ids differ"):
        agreement.agreement(a, b)
    assert agreement.main([str(a), str(b)]) == 2
