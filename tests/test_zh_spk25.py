"""Chinese speakers, the right source span, the right person (round 25, issues #11 and #15).

Golden rows in `tests/golden/zh_spk25.json` (real excerpts; see its `_doc`), run through the
whole pipeline: 其中 before a subject is a connective; a first clause of time words only names
no subject; a titled name ends a time clause's subject and opens a long first clause; an adverb
and a second word of saying end the subject; 所谓X circulating speaks; a Latin gloss stays. The
functions below check that a source of function words only (source.json function_word_sources)
is given to no attribution.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import zh_speaker_case_problems

TABLE = json.loads((Path(__file__).parent / "golden" / "zh_spk25.json").read_text("utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_zh_spk25_golden(case):
    assert zh_speaker_case_problems(case) == []


def _sources(text: str) -> list[str | None]:
    import sayso

    return [a.source.text if a.source else None for a in sayso.analyze(text, language="zh").attributions]


def test_conjunction_alone_is_no_source():
    """虽然说球队熬到了春节休赛期 (THUCNews line 996): 虽然 (a conjunction) named the speaker."""
    text = "虽然说球队熬到了春节休赛期，但是后面的赛程依然非常艰苦，必须得早做准备。"
    assert "虽然" not in _sources(text)


def test_time_word_alone_is_no_source():
    """不久前还在…论坛上表示…的首创集团董事长 (THUCNews line 787): 不久前 (a time word) is no
    speaker; the 表示 of the relative clause has none of its own."""
    text = ("不久前还在夏季达沃斯论坛上表示“地产行业没有国进民退”的首创集团董事长刘晓光也修正了"
            "自己的观点，呼吁“国进民退”要把握好度。")
    assert "不久前" not in _sources(text)


def test_function_words_only_by_tags():
    """The word-class test itself: conjunctions, adverbs and time words name no one; a side
    (中方), a pronoun, a name and a title jieba tags an adverb (首相, zhI-8tvnews-1) do."""
    from sayso.lang.zh.lexicon import lexicon
    from sayso.lang.zh.source import function_words_only

    lex = lexicon()
    assert [w for w in ("虽然", "似乎", "不久前", "晚些时候", "天天") if function_words_only(w, lex)] \
        == ["虽然", "似乎", "不久前", "晚些时候", "天天"]
    assert not any(function_words_only(w, lex) for w in ("中方", "他", "业内", "刘晓光", "其中", "首相"))
