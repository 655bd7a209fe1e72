"""The terminal report reads well at 80 columns: the `make demo` output, piped (no colours)."""

from __future__ import annotations

import io

import pytest
from conftest import EN_DEV
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

from sayso import analyze_file
from sayso.cli import main, sample_path
from sayso.report import render, wrap


def _report(analysis, width: int) -> str:
    out = io.StringIO()
    render(analysis, Console(file=out, width=width, force_terminal=False, color_system=None))
    return out.getvalue()


@pytest.fixture(scope="module")
def sample():
    return analyze_file(sample_path())


def _check_readable(analysis, text: str, width: int) -> None:
    lines = text.splitlines()
    # Nothing wider than the terminal, counted in cells: a Chinese character takes two.
    assert max(cell_len(line) for line in lines) <= width
    for a in analysis.attributions:
        heads = [i for i, line in enumerate(lines) if line.startswith(a.id + " ")]
        assert heads, f"{a.id} has no block"
        head = heads[0]
        speaker = " ".join(a.source.text.split()) if a.source else "(no source)"
        assert speaker in lines[head], f"{a.id}: speaker {speaker!r} broken in {lines[head]!r}"
        # The content's first characters are on one line just below the head, unbroken.
        content = " ".join(" ".join(c.text for c in a.content).split())
        start = content[:12].strip()
        assert any(start in line for line in lines[head + 1: head + 4]), \
            f"{a.id}: {start!r} not in {lines[head + 1: head + 4]!r}"


def test_sample_report_at_80_columns(sample):
    text = _report(sample, 80)
    _check_readable(sample, text, 80)
    assert "\x1b[" not in text  # no colour codes when not writing to a terminal
    assert "Attributions (" in text
    assert [line for line in text.splitlines() if line != line.rstrip()] == []
    # Kinsoku: no line of the report starts with a Chinese full stop or comma.
    assert not [line for line in text.splitlines() if line.strip()[:1] in ("。", "，", "、")]


def test_sample_report_at_narrow_and_wide_widths(sample):
    _check_readable(sample, _report(sample, 60), 60)
    wide = _report(sample, 160)
    _check_readable(sample, wide, 160)
    assert "┏" in wide  # the entity table only where it fits
    assert "┏" not in _report(sample, 80)


def test_english_report_at_80_columns():
    paths = sorted((EN_DEV / "text").glob("*.txt"))[:3]
    if not paths:
        pytest.skip("shared/eval not available")
    for path in paths:
        analysis = analyze_file(path)
        assert analysis.attributions
        _check_readable(analysis, _report(analysis, 80), 80)


def test_width_flag_forces_the_width(capsys):
    assert main(["analyze", "--sample", "--width", "70"]) == 0
    out = capsys.readouterr().out
    assert max(cell_len(line) for line in out.splitlines()) <= 70
    assert "\x1b[" not in out


@given(st.text(alphabet="乌克兰希望土耳其。，（）《》 abc defg hijklmnop", max_size=200),
       st.integers(min_value=8, max_value=90))
def test_wrap_keeps_every_character_and_the_width(text, width):
    lines = wrap(text, width)
    assert all(cell_len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == "".join(text.split())


def test_wrap_never_starts_a_line_with_closing_punctuation():
    text = "俄罗斯对此没有异议。乌克兰外长库莱巴（Kuleba）说，基辅将土耳其视为担保国之一。"
    for width in range(10, 80):
        lines = wrap(text, width)
        assert "".join(lines) == text
        assert not [line for line in lines if line[0] in "。，）"], (width, lines)
        assert not [line for line in lines if line[-1] in "（"], (width, lines)
