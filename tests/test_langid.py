"""Language and script detection on real-looking news sentences."""

from __future__ import annotations

import re

import pytest

from sayso import langid
from sayso.langid import detect, sample


@pytest.mark.parametrize("text,expected", [
    ("外交部发言人秦刚在例行记者会上说，中方坚决反对任何形式的单边制裁。", ("zh", "Hans")),
    ("外交部發言人秦剛在例行記者會上說，中方堅決反對任何形式的單邊制裁。", ("zh", "Hant")),
    ("【中央社台北17日電】行政院長今天在立法院答詢時表示，政府將持續關注國際情勢。", ("zh", "Hant")),
    ("美国总统拜登（Joe Biden）周三在白宫（White House）对记者说，他不会访问莫斯科。", ("zh", "Hans")),
    ("Kremlin spokesman Dmitry Peskov said on Thursday that the report was wrong.", ("en", None)),
    ("“We expect contacts today,” he told reporters.", ("en", None)),
])
def test_supported(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize("text", [
    "Пресс-секретарь Кремля Дмитрий Песков заявил в четверг, что доклад неверен.",
    "قال المتحدث باسم الكرملين إن التقرير خاطئ وإن المحادثات مستمرة.",
    "外務省の報道官は木曜日、その報道は誤りだと述べた。",
    "크렘린궁 대변인은 목요일 그 보도가 틀렸다고 말했다.",
    "Le porte-parole du Kremlin a dit jeudi que le rapport était faux selon la presse russe.",
    "Der Kremlsprecher sagte am Donnerstag, dass der Bericht falsch ist und nicht stimmt.",
    "El portavoz del Kremlin dijo el jueves que el informe es falso según la prensa rusa.",
    "דובר הקרמלין אמר ביום חמישי כי הדיווח שגוי.",
    "",
    "2022-03-17 12:00 +++ 1.17 %",
])
def test_unsupported_or_unknown_is_none(text):
    assert detect(text) == (None, None)


def test_sample_is_bounded_and_spread():
    text = "甲" * 100_000 + "乙" * 100_000
    part = sample(text)
    assert len(part) <= langid.SAMPLE_CHARS + 10
    assert "甲" in part and "乙" in part


def test_long_text_decided_by_sample_from_everywhere():
    # a long English preamble must not hide a Chinese body that makes up most of the text
    text = "Editor's note: translated from the Chinese. " * 20 + "外交部发言人说，中方坚决反对。" * 5000
    assert detect(text) == ("zh", "Hans")


def test_latin_letters_counted_by_runs_are_the_letters() -> None:
    # `script_counts` counts Latin letters by runs (one string per word, not per letter): the
    # same count as one match per letter, over accented, mixed-script and punctuated text.
    letter = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
    for text in ("Café Zürich, naïve × façade ÷ Øresund", "中国外交部发言人 Wang Wenbin 说,‘no’",
                 "", "    ", "Ǆemal ĳ 2024 l’État"):
        assert langid.script_counts(text)["latin"] == len(letter.findall(text))
