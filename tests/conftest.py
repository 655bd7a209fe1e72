"""Shared fixtures. Every Analysis produced in tests should pass `assert_valid`."""

from __future__ import annotations

from pathlib import Path

import pytest

from sayso.model import Analysis, validate

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ZH_DEV = SHARED / "eval" / "zh-dev"
EN_DEV = SHARED / "eval" / "en-polnear" / "dev"
REFERENCE = ZH_DEV / "gnews-2181912.md"


def assert_valid(analysis: Analysis) -> Analysis:
    """Fails on any contract problem: span texts, section coverage, enums, references."""
    problems = validate(analysis)
    assert not problems, "\n".join(problems[:20])
    return analysis


@pytest.fixture
def reference_path() -> Path:
    if not REFERENCE.exists():
        pytest.skip("shared/eval not available")
    return REFERENCE


@pytest.fixture(autouse=True)
def _validate_every_analysis(monkeypatch):
    """Checks every Analysis the pipeline produces during a test against the contract."""
    from sayso import pipeline

    original = pipeline.run

    def checked_run(*args, **kwargs):
        return assert_valid(original(*args, **kwargs))

    monkeypatch.setattr(pipeline, "run", checked_run)
    import sayso

    monkeypatch.setattr(sayso, "run", checked_run)
    yield
