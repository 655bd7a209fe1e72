"""Chinese warnings, round 29 (brief zhurge29): a clause opening with 否则 / 不然的话 (otherwise)
that leads a consequence (会, 将, 可能, 恐, 就…) warns of what follows unless someone acts
(STANCE.md row 5 names 否则; certainty.py `_warns_otherwise`). Harm the speaker's side inflicts
after it (否则将提告) threatens (STANCE.md: threaten vs warn). Not 除非…否则 (a condition), not
否则 after an act already done (了: why it was done), not 否则 before no consequence word.

A person the text introduces by a post in a body (伊党主席哈迪阿旺) speaks for it: that body as the
subject of a clause with a modal of intent before an act is the speaker's side committing: promise
(STANCE.md row 7; certainty.py `_leader_body_commits`).

Real sentences of an open article (zh-news tune part C) and of broad unlabeled text (THUCNews line N+1 = thN; hkcnews article_N); counts:
benchmarks/data/zhurge29/README.md.
"""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

TUNE = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news" / "tune"

# --- 否则 + a consequence: warn ---


def test_traditional_script_warning_of_a_judicial_review() -> None:
    # hkcnews article_11882 (main: assert)
    got = zh_judgements_by_cue(
        "林鄭月娥強調，不能隨意運用《收回土地條例》尚方寶劍，否則或會面臨漫長的司法覆核。"
    )
    assert got["強調"][0] == "warn"


def test_a_financial_secretary_warns_of_a_deficit_crisis() -> None:
    # hkcnews article_2015 (main: assert)
    got = zh_judgements_by_cue(
        "陳茂波承認開支增長相當進取，但不建議輕言調整稅率，否則可能出現結構性財赤危機。"
    )
    assert got["承認"][0] == "warn"


def test_an_analyst_warns_investors() -> None:
    # THUCNews th98 (main: assert)
    got = zh_judgements_by_cue(
        "万家基金理财专家也指出，短期操作需要投资者对后市有比较准确的研判，否则就很可能适得其反。"
    )
    assert got["指出"][0] == "warn"


# --- 否则 + harm the speaker inflicts: threaten ---


def test_otherwise_she_will_sue() -> None:
    # THUCNews th994 (main: assert)
    got = zh_judgements_by_cue("臧家宜请鸿海3天内开记者会说明，并且向她道歉，否则将提告。")
    assert got["说明"][0] == "threaten"


# --- no warning ---


def test_unless_otherwise_is_a_condition() -> None:
    # THUCNews th803: 除非…否则 states a condition of the speaker's own course
    got = zh_judgements_by_cue("徐静蕾说：“除非胶片出问题，否则我坚决不改档期。”")
    assert got["说"][0] != "warn"


def test_otherwise_after_an_act_done_explains_it() -> None:
    # THUCNews th154: 我就是简单装修了下，否则… says why it was done
    got = zh_judgements_by_cue(
        "潘总表示，这种房子很难租，买了之后我就是简单装修了下，否则成本就很高。"
    )
    assert got["表示"][0] == "assert"


def test_otherwise_in_a_later_sentence_is_not_the_main_clause() -> None:
    # THUCNews th890: the 否则 clause is the second sentence of a longer statement
    got = zh_judgements_by_cue(
        "马英九说，他在当台北市长时就拜读了大前的诸多著作，大前希望世人重视中国大陆的发展，"
        "这与他的看法不谋而合。所以上任后，他推动改善两岸关系，就是希望将过去8年没做的赶快完成，"
        "否则台湾会落后更多。"
    )
    assert got["说"][0] != "warn"


# --- a leader's body commits: promise ---


def test_a_party_president_commits_his_party() -> None:
    # zhC-bn308-1 gold: 哈迪也表示，…，但伊党还是会努力捍卫 (promise; main: assert), the party's
    # president introduced earlier as 伊党主席哈迪阿旺
    assert zh_judged(TUNE / "zhC-bn308-1.txt", "表示", "国盟比国盟和谐")[0] == "promise"
