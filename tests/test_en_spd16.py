"""Round-16 English speed work: rewrites that must leave every output as it was.

The CRF tagger's feature rows are built from strings made once per word and passed as UTF-8
bytes (`crf.features`); the rows must hold the same strings in the same order as before (CRFsuite sums the weights of a
token's attributes in that order, so even the order counts). `literal_alternation` writes a list
of literal phrases as one branch per first character; every match (span and named group) must be
that of the plain alternation. English names and texts skip OpenCC when they are ASCII, which
OpenCC's t2s tables leave unchanged.
"""

from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sayso.lang.en import crf, stance
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import split_sentences, tokenize
from sayso.text import fold_key, literal_alternation, to_simplified

POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "en-polnear" / "dev" / "text"

# The rows of three tokens as `crf.features` built them token by token (round 15, main a006bba0):
# the first token, the cue `said` and the last token of a two-sentence paragraph.
SAID_ROW = ["w=said", "s3=aid", "sh=x", "c=B", "l=say", "q=0", "dl=0", "dr=0", "p1=”", "n1=zxqwv",
            "p2=,", "n2=fallon", "p3=worried", "n3=.", "pc=", "nc=", "qd=00|0", "ll=say", "lr=say",
            "cm=0|0", "pw=”|said", "wn=said|zxqwv", "sp=0q", "k0=13", "k1=96", "k2=1", "p1k0=22",
            "n1k0=-", "p1k1=170", "n1k1=-", "p2k1=1", "n2k1=110"]
FIRST_ROW = ["w=“", "s3=“", "sh=“", "c=", "l=", "q=1", "dl=-", "dr=6", "p1=^", "n1=we", "p2=^",
             "n2=are", "p3=^", "n3=not", "pc=^", "nc=", "qd=1-|6", "ll=", "lr=worry", "cm=0|0",
             "pw=^|“", "wn=“|we", "sp=0q", "k0=9", "k1=170", "k2=106", "p1k0=-", "n1k0=22",
             "p1k1=-", "n1k1=117", "p2k1=-", "n2k1=197", "sb"]
LAST_ROW = ["w=”", "s3=”", "sh=”", "c=", "l=", "q=1", "dl=12", "dr=-", "p1=.", "n1=$", "p2=fine",
            "n2=$", "p3=is", "n3=$", "pc=", "nc=$", "qd=112|-", "ll=add", "lr=", "cm=0|0", "pw=.|”",
            "wn=”|$", "sp=1q", "k0=22", "k1=170", "k2=106", "p1k0=1", "n1k0=-", "p1k1=1", "n1k1=-",
            "p2k1=117", "n2k1=-", "se"]


def test_feature_rows_hold_the_same_strings_in_the_same_order() -> None:
    text = "“We are not worried,” said Zxqwv Fallon. He added: “It is fine.”"
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    rows = crf.features(tokens, lower, 0, len(tokens), split_sentences(text, tokens), lexicon())
    assert rows[0] == [f.encode() for f in FIRST_ROW]  # UTF-8 bytes, as CRFsuite reads them
    assert rows[lower.index("said")] == [f.encode() for f in SAID_ROW]
    assert rows[-1] == [f.encode() for f in LAST_ROW]
    # a second call reads the per-word strings remembered by the first: the same rows
    assert crf.features(tokens, lower, 0, len(tokens), split_sentences(text, tokens), lexicon()) == rows


@pytest.mark.parametrize("phrases, expected", [
    (["denied", "dismissed", "never"], "d(?:enied|ismissed)|n(?:ever)"),
    (["no evidence", "no", "a hoax"], "n(?:o\\ evidence|o)|a(?:\\ hoax)"),
    (["x", "x.y"], "x(?:|\\.y)"),
    # an empty phrase matches anywhere: the order of all phrases counts, left as written
    (["no", ""], "no|"),
])
def test_literal_alternation_groups_phrases_by_first_character(phrases: list[str], expected: str) -> None:
    assert literal_alternation(phrases) == expected


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[str | None, tuple[int, int]]]:
    return [(m.lastgroup, m.span()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abn' ", min_size=1, max_size=5), min_size=1, max_size=12),
       st.text("abn' .", max_size=60), st.integers(1, 3))
def test_literal_alternation_matches_as_the_plain_alternation(phrases: list[str], text: str,
                                                              groups: int) -> None:
    """Phrases split over named groups, in a whole-word frame as stance.py writes it: the same
    spans and groups, including when a longer phrase fails the frame and a shorter one matches."""
    parts = [phrases[k::groups] for k in range(groups) if phrases[k::groups]]

    def build(alternation) -> re.Pattern[str]:
        body = "|".join(f"(?P<g{k}>{alternation(p)})" for k, p in enumerate(parts))
        return re.compile(rf"(?<![\w'])(?:{body})(?![\w'])")

    plain = build(lambda p: "|".join(map(re.escape, p)))
    assert _matches(build(literal_alternation), text) == _matches(plain, text)


def test_stance_content_phrases_match_as_written() -> None:
    """stance.json's content phrases (one named group per stance): the same matches as the plain
    alternation over PolNeAR dev's texts and over every phrase itself."""
    data = stance._data()
    groups = "|".join(f"(?P<{s}>" + "|".join(re.escape(p) for p in sorted(data["content"][s], key=len, reverse=True))
                      + ")" for s in data["order"])
    plain = re.compile(rf"(?<![\w'])(?:{groups})(?![\w'])")
    fast = stance._table()[1]
    texts = [" . ".join(p for s in data["order"] for p in data["content"][s])]
    if POLNEAR_DEV.is_dir():
        texts += [p.read_text("utf-8").lower() for p in sorted(POLNEAR_DEV.glob("*.txt"))]
    assert fast.pattern != plain.pattern
    for text in texts:
        assert _matches(fast, text) == _matches(plain, text)


def test_opencc_leaves_ascii_unchanged() -> None:
    """The premise of the ASCII shortcut in `to_simplified`: t2s converts no ASCII character."""
    ascii_chars = "".join(map(chr, range(128)))
    assert opencc.OpenCC("t2s").convert(ascii_chars) == ascii_chars
    assert to_simplified("Lai Ching-te said") == "Lai Ching-te said"
    assert fold_key("Lai Ching-te") == "laiching-te"
    assert to_simplified("賴清德 (Lai Ching-te) said") == "赖清德 (Lai Ching-te) said"  # not ASCII: converted


def test_match_cue_finds_the_longest_form_as_a_scan_of_every_length() -> None:
    """`match_cue` tries only the lengths of the forms the word opens; the answer is the one of
    trying every length up to the longest form, at every token of every form of the lexicon
    (each form followed by the words of the next, so longer and shorter forms both occur)."""
    lex = lexicon()
    lower = [w for form in lex.cues for w in (*form, "the")]

    def scan(i: int):
        for n in range(min(lex.max_cue_len, len(lower) - i), 0, -1):
            cue = lex.cues.get(tuple(lower[i:i + n]))
            if cue is not None:
                return n, cue
        return None

    assert [lex.match_cue(lower, i) for i in range(len(lower))] == [scan(i) for i in range(len(lower))]
