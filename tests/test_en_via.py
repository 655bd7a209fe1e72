"""English channel words (`sayso/lang/en/outlets.py`, `via.py`) on phrases from real news.

The sentences behind these phrases are golden rows in tests/golden/en.json; here each rule is
checked alone, with the gazetteer replaced by a fixed lookup so a failure names the rule.
"""

from __future__ import annotations

import pytest

from sayso.lang.en import outlets, via
from sayso.lang.en.tokens import tokenize

KNOWN = {"CNN", "Sky News", "NBC", "BBC", "MSNBC", "Fox News", "Reuters", "Xinhua"}


def _is_outlet(name: str) -> bool:
    return name in KNOWN or name.removeprefix("the ").removeprefix("The ") in KNOWN


def _words(text: str) -> tuple[list, list[str]]:
    tokens = tokenize(text)
    return tokens, [t.text.lower() for t in tokens]


def _texts(tokens, ranges) -> list[str]:
    return [outlets.surface(tokens, r) for r in ranges]


@pytest.mark.parametrize(("phrase", "shaped"), [
    ("Breitbart News Daily", True),      # PolNeAR dev: told Breitbart News Daily host Alex Marlow
    ("the Kyiv Post", True),
    ("Channel 12", True),                # a number after the head: Israel's Channel 12
    ("Cedar Rapids Gazette", True),
    ("News", False),                     # a head alone names nothing
    ("Bill O'Reilly of Fox News", False),  # a person of an outlet is not its name
    ("Monday Times", False),             # a weekday opens no outlet's name
    ("the White House", False),
])
def test_outlet_shape(phrase: str, shaped: bool) -> None:
    tokens, lower = _words(phrase)
    assert outlets.outlet_shaped(tokens, lower, (0, len(tokens))) is shaped


@pytest.mark.parametrize(("phrase", "parts"), [
    ("Sky News's Sunday Morning programme", ["Sky News's", "Sunday Morning programme"]),
    ("CNN’s Wolf Blitzer", ["CNN’s"]),  # the presenter is the outlet's person
    ("Bill O'Reilly of Fox News", ["Fox News"]),
    ("Breitbart News Daily host Alex Marlow", ["Breitbart News Daily"]),
    ("Iowa’s Cedar Rapids Gazette", ["Cedar Rapids Gazette"]),  # a place owns no outlet
    ("BBC Radio 4's Today programme", ["BBC Radio 4", "Today programme"]),  # `4`, `'`, `s`
    ("official Xinhua news agency", ["Xinhua"]),  # descriptors around a known name
    ("Kan public broadcaster", ["Kan"]),  # described, unknown to the gazetteer
    ("BBC News", ["BBC News"]),  # a name's own capitalised words stay
])
def test_channel_parts(phrase: str, parts: list[str]) -> None:
    tokens, lower = _words(phrase)
    got = outlets.channel_parts(tokens, lower, (0, len(tokens)), len(tokens), _is_outlet)
    assert _texts(tokens, got) == parts


def test_quoted_programme_follows_the_outlet() -> None:
    # PolNeAR dev (Politico): told MSNBC's "Morning Joe" that ...
    tokens, lower = _words('told MSNBC\'s "Morning Joe" that nobody would question her')
    got = outlets.channel_parts(tokens, lower, (1, 2), len(tokens), _is_outlet)
    assert _texts(tokens, got) == ["MSNBC's", "Morning Joe"]


def test_platform_account_owner() -> None:
    # Reuters: according to the Telegram channel of the Russian-installed administration ...
    tokens, lower = _words("the Telegram channel of the Russian-installed administration")
    platform, owner = via.platform_owner(tokens, lower, (0, len(tokens)))
    assert _texts(tokens, [platform, owner]) == ["Telegram", "the Russian-installed administration"]
    tokens, lower = _words("the Telegram channel")  # no owner named: the channel is the source
    assert via.platform_owner(tokens, lower, (0, len(tokens))) is None


@pytest.mark.parametrize(("sentence", "channels"), [
    ("He said in a Facebook post that she would not start the ritual.", ["Facebook"]),
    ("She said on her Telegram channel that the talks had stalled.", ["Telegram"]),
    ("Ted Cruz called the KKK abhorrent in a tweet Sunday.", ["tweet"]),
    ("he wrote in an early morning tweet on @realDonaldTrump.", ["tweet"]),
    ("Mr Zelensky said in his nightly video address.", ["video address"]),
    ("He said in remarks carried by state news agency KCNA that it was over.", ["KCNA"]),
    ("Mr Heath said so in the transcripts published by the Daily Telegraph.", ["Daily Telegraph"]),
    ("He said in comments published by state media that it was over.", ["state media"]),
    ("Bush is panning the measures in an op-ed in the Cedar Rapids Gazette.", ["Cedar Rapids Gazette"]),
])
def test_sentence_scan(sentence: str, channels: list[str]) -> None:
    tokens, lower = _words(sentence)
    found = via.scan_sentence(tokens, lower, 0, len(tokens), _is_outlet)
    parts = [p for r in found for p in outlets.channel_parts(tokens, lower, r, len(tokens), _is_outlet)]
    assert _texts(tokens, parts) == channels


def test_no_channel_without_one() -> None:
    for sentence in ("He said in an interview that the plan would fail.",
                     "He wrote in Ron Paul in 2012.",
                     "She told his wife Anna that the party would win."):
        tokens, lower = _words(sentence)
        assert via.scan_sentence(tokens, lower, 0, len(tokens), _is_outlet) == [], sentence
