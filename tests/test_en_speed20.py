"""Round-20 English speed work (enspeed20): the CRF tagged with the model read into arrays
(`crf_arrays`) must give exactly the labels of CRFsuite's own tagger over the strings of
`crf.features`, paragraph by paragraph."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest

from sayso.lang.en import crf
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import split_sentences, tokenize

POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "en-polnear" / "dev" / "text"
MODEL = Path(crf.__file__).resolve().parents[1].parent / "models" / crf.MODEL_NAME


def _both(text: str) -> tuple[list[list[str]], list[list[str]]]:
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    pieces = crf.paragraphs(split_sentences(text, tokens))
    reference = pycrfsuite.Tagger()
    reference.open(str(MODEL))
    expected = [reference.tag(crf.features(tokens, lower, first, last, sents, lexicon()))
                for first, last, sents in pieces]
    return crf.Tagger(MODEL, arrays_after=0).tag(tokens, lower, pieces, lexicon()), expected


@pytest.mark.skipif(crf.default_tagger() is None, reason="model not shipped")
def test_the_array_tagger_gives_crfsuites_labels_on_news_text() -> None:
    # BBC News 2005 (the sentence of `_continues_quotation`), with a word pair around `|`, a
    # one-token sentence and words the model never saw (unknown attributes add nothing)
    text = ('He added: "Here in this constituency there is a New Labour stooge MP. "A stooge who '
            'will sing any song," Ms King said.\n\nBusiness | BBC News\n\nYes.\n\n'
            'Zxqwv Qrtplk told reporters the flurbish was "unacceptable".')
    found, expected = _both(text)
    assert found == expected
    assert any(label != "O" for labels in found for label in labels)


@pytest.mark.skipif(crf.default_tagger() is None or not POLNEAR_DEV.is_dir(),
                    reason="model or PolNeAR dev missing")
def test_the_array_tagger_gives_crfsuites_labels_on_polnear_dev() -> None:
    for path in sorted(POLNEAR_DEV.glob("*.txt"))[:12]:
        found, expected = _both(path.read_text(encoding="utf-8"))
        assert found == expected, path.name


@pytest.mark.skipif(crf.default_tagger() is None, reason="model not shipped")
def test_a_process_switches_to_the_arrays_after_its_first_paragraphs() -> None:
    # one article (`sayso analyze`) keeps CRFsuite's tagger, which starts at once; a long run
    # reads the model into arrays once it has tagged `arrays_after` paragraphs: same labels
    text = 'Ms King said the plan was "unacceptable".\n\nThe minister told reporters it would pass.'
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    pieces = crf.paragraphs(split_sentences(text, tokens))
    tagger = crf.Tagger(MODEL, arrays_after=3)
    first = tagger.tag(tokens, lower, pieces, lexicon())
    assert tagger.model is None and tagger.paragraphs == 2
    second = tagger.tag(tokens, lower, pieces, lexicon())  # 4 >= 3 after this call
    third = tagger.tag(tokens, lower, pieces, lexicon())
    assert tagger.model is not None
    assert first == second == third
    assert any(label != "O" for labels in first for label in labels)


def test_word_pairs_keep_every_split_of_a_pair_string() -> None:
    # `pw=A|B` with a `|` inside a word (`Business | BBC News` gives the token `|`): the
    # string `pw=||x` is the pair (`|`, `x`) and also (``, `|x`); each split names it
    table = crf._word_pairs({b"pw=||x": 5, b"pw=said|that": 6, b"wn=said|that": 7}, b"pw=")
    assert table == {("|", "x"): 5, ("", "|x"): 5, ("said", "that"): 6}
    assert crf._word_pairs({b"pw=said|that": 6, b"wn=a|b": 7}, b"wn=") == {("a", "b"): 7}
