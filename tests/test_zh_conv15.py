"""zhconv15: 据X报道，Y说 keeps the outlet's own attribution when X is a named outlet.

The owners' zh-dev gold writes two rows for a named outlet (cnews-567 #0/#1, cnews-569 #1-#4,
gnews-2181912 #16/#17): X `reported` with the cue 据…报道 over the whole clause, and Y nested in it,
`asserted`, with X as via; a generic outlet (据国家媒体报道，佩斯科夫说) and a bare 据报道 give Y's row
alone (benchmarks/data/conv15/divergences.md, point 1)."""

from __future__ import annotations

import pytest

import sayso


def _rows(text: str) -> list[tuple[str, str, str, int | None, list[str]]]:
    analysis = sayso.analyze(text, language="zh")
    ids = {a.id: n for n, a in enumerate(analysis.attributions)}
    return [(a.source.text if a.source else "", "…".join(c.text for c in a.cue), a.certainty,
             ids.get(a.parent) if a.parent else None, [v.text for v in a.via])
            for a in analysis.attributions]


def test_a_named_outlet_keeps_its_report_and_nests_the_speaker() -> None:
    # zh-dev cnews-567, first body sentence
    rows = _rows("据《印度斯坦时报》17日报道，印度联邦政府表示，原本于6月24日期满的中国牛奶及奶制品"
                 "进口禁令将被继续延长6个月。")
    outlet = next(r for r in rows if r[0] == "《印度斯坦时报》")
    speaker = next(r for r in rows if r[0] == "印度联邦政府")
    assert outlet[2] == "reported" and outlet[3] is None
    assert speaker[2] == "asserted" and speaker[3] == rows.index(outlet)
    assert [v.strip("《》") for v in speaker[4]] == ["印度斯坦时报"]


@pytest.mark.parametrize("text", [
    # zh-dev gnews-2181912: a generic outlet is the channel only
    "据国家媒体报道，佩斯科夫说，俄罗斯对此没有异议。",
    # no outlet at all
    "据报道，克拉珀称，美国情报界对此并不知情。",
])
def test_a_generic_or_unnamed_report_gives_the_speaker_alone(text: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1 and rows[0][3] is None
