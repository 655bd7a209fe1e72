"""Grouping CRF-tagged runs into attributions, and the shipped model on real sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sayso.lang.en.crf import (
    MAX_PARAGRAPH_TOKENS,
    chunks,
    default_tagger,
    group,
    mend_sources,
    paragraphs,
)
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import split_sentences, tokenize


def test_chunks_follow_bio_runs() -> None:
    labels = ["B-CON", "I-CON", "O", "B-SRC", "B-CUE", "I-CUE", "B-CON", "B-CON"]
    assert chunks(labels) == [("CON", 0, 2), ("SRC", 3, 4), ("CUE", 4, 6), ("CON", 6, 7),
                              ("CON", 7, 8)]


def test_group_joins_a_quote_split_around_its_cue() -> None:
    text = "“We are ready,” the governor said, “and we will not wait.” Others said nothing."
    sentences = split_sentences(text)
    # “We are ready,” | the governor | said | , | “and we will not wait.”
    found = [("CON", 0, 6), ("SRC", 6, 8), ("CUE", 8, 9), ("CON", 10, 18)]
    (cand,) = group(found, sentences)
    assert cand.cue == [(8, 9)] and cand.source == (6, 8)
    assert cand.content == [(0, 6), (10, 18)]


def test_content_without_cue_continues_the_previous_paragraph_cue() -> None:
    text = "The senator said:\n\n“We will win.”"
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    from sayso.lang.en.rules import Candidate

    pending = Candidate([(2, 3)], [], (0, 2))
    (cand,) = group([("CON", 4, 9)], sentences[1:], pending)
    assert cand is pending and cand.content == [(4, 9)]


def _runs(tokens: list, spans: list[tuple[str, str]]) -> list[tuple[str, int, int]]:
    """Tagged runs given as (kind, exact token text joined by spaces), found left to right."""
    words = [t.text for t in tokens]
    out, at = [], 0
    for kind, phrase in spans:
        want = phrase.split()
        k = next(i for i in range(at, len(words)) if words[i:i + len(want)] == want)
        out.append((kind, k, k + len(want)))
        at = k + len(want)
    return out


def _words(tokens: list, r: tuple[int, int]) -> str:
    return " ".join(t.text for t in tokens[r[0]:r[1]])


# Reuters 2022-05-11 (tests/golden/en.json #114): the tagger took the first frame's source
# and cue but left the clause it frames untagged.
AL_JAZEERA = ("JENIN, WEST BANK: An Al Jazeera reporter was killed by Israeli army gunfire in the "
              "occupied West Bank on Wednesday, the Qatar-based news channel said, but the "
              "military said she may have been shot by Palestinians as they clashed with its troops.")


def test_a_frame_left_without_content_takes_the_untagged_clause_before_its_source() -> None:
    tokens = tokenize(AL_JAZEERA)
    lower = [t.text.lower() for t in tokens]
    found = _runs(tokens, [("SRC", "the Qatar-based news channel"), ("CUE", "said"),
                           ("SRC", "the military"), ("CUE", "said"),
                           ("CON", "she may have been shot")])
    first, second = group(found, split_sentences(AL_JAZEERA, tokens), None, lower)
    assert _words(tokens, first.source) == "the Qatar-based news channel"
    # the dateline before the colon is no part of what the channel said
    assert [_words(tokens, c) for c in first.content] == [
        "An Al Jazeera reporter was killed by Israeli army gunfire in the occupied West Bank on "
        "Wednesday"]
    assert _words(tokens, second.content[0]) == "she may have been shot"
    # without the words (`lower`) grouping stays as before: a cue without content is dropped
    assert len(group(found, split_sentences(AL_JAZEERA, tokens))) == 1


def test_a_clause_with_tagged_runs_of_its_own_is_not_taken_by_a_later_frame() -> None:
    # self-written wire style: the tagger read `told` and left its object untagged; the closing
    # frame must not take the words after `told` as its content
    text = ("Russian Foreign Minister Sergei Lavrov told reporters in Moscow that the West was "
            "to blame, TASS reported.")
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    found = _runs(tokens, [("SRC", "Russian Foreign Minister Sergei Lavrov"), ("CUE", "told"),
                           ("SRC", "TASS"), ("CUE", "reported")])
    assert group(found, split_sentences(text, tokens), None, lower) == []


def test_a_that_clause_completes_the_cue_before_it() -> None:
    # self-written wire style: `that ...` is nearer to `reported` but completes `told`
    text = ("Russian Foreign Minister Sergei Lavrov told reporters in Moscow that the West was "
            "to blame, TASS reported.")
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    found = _runs(tokens, [("SRC", "Russian Foreign Minister Sergei Lavrov"), ("CUE", "told"),
                           ("CON", "that the West was to blame"), ("SRC", "TASS"),
                           ("CUE", "reported")])
    (cand,) = group(found, split_sentences(text, tokens), None, lower)
    assert _words(tokens, cand.cue[0]) == "told"
    assert _words(tokens, cand.source) == "Russian Foreign Minister Sergei Lavrov"


def test_reported_speech_runs_over_a_sentence_end_only_inside_a_quotation() -> None:
    # en-vice-1 (Vice, 2019), shortened: the tagger ran the content on into the next sentence
    text = ("He said he had never seen wildfire smoke like that. Officials in the state were "
            "worried.")
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    found = _runs(tokens, [("SRC", "He"), ("CUE", "said"),
                           ("CON", "he had never seen wildfire smoke like that . Officials")])
    (cand,) = group(found, split_sentences(text, tokens), None, lower)
    assert [_words(tokens, c) for c in cand.content] == [
        "he had never seen wildfire smoke like that"]
    # en-cnn-1 (CNN, 2018), shortened: a quotation opened inside the content goes on
    text = 'Bornstein told CNN Trump "dictated that whole letter. I didn\'t write that letter."'
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    found = _runs(tokens, [("SRC", "Bornstein"), ("CUE", "told"),
                           ("CON", "Trump \" dictated that whole letter . I didn't write that letter . \"")])
    (cand,) = group(found, split_sentences(text, tokens), None, lower)
    assert _words(tokens, cand.content[0]).endswith("that letter . \"")


def test_a_circumstance_after_a_framing_cue_is_no_content() -> None:
    # CNN 2007-11 (tests/golden/en.json #115)
    text = ("The country is at a critical and dangerous juncture -- threatened by rising "
            "tensions and spreading terrorism, Musharraf said in a televised address to the "
            "nation after declaring martial law.")
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    found = _runs(tokens, [("CON", "The country is at a critical"), ("SRC", "Musharraf"),
                           ("CUE", "said"), ("CON", "in a televised address")])
    (cand,) = group(found, split_sentences(text, tokens), None, lower)
    assert [_words(tokens, c) for c in cand.content] == ["The country is at a critical"]
    # a split quotation keeps both parts (the second opens with a quote mark, not `in`)
    quote = "“We are ready,” the governor said, “in every way.”"
    qt = tokenize(quote)
    found = _runs(qt, [("CON", "“ We are ready , ”"), ("SRC", "the governor"), ("CUE", "said"),
                       ("CON", "“ in every way . ”")])
    (cand,) = group(found, split_sentences(quote, qt), None, [t.text.lower() for t in qt])
    assert len(cand.content) == 2


@pytest.mark.parametrize(("text", "tagged", "source"), [
    # en-news tune en-globaltimes-1 (Global Times, 2019): `JD.com` is tokenised `JD . com`
    ("JD.com's report showed that pre-orders surged.", "com's report", "JD . com's report"),
    # PolNeAR dev nyt_2016-09-25 (New York Times): a participle clause set off by commas
    ("President Obama, dedicating the museum on Saturday, said it would tell a story.",
     "President Obama , dedicating the museum on Saturday ,", "President Obama"),
    # PolNeAR dev nyt_2016-09-12: `including` opens no participle clause; a relative clause stays
    ("Proponents, including the mayors, have urged an extension.",
     "Proponents , including the mayors ,", "Proponents , including the mayors ,"),
    ("Schiff, who has served on the committee, disclosed it.",
     "Schiff , who has served on the committee ,", "Schiff , who has served on the committee ,"),
    # en-albawaba-1 (Albawaba, 2019): a time phrase after the subject is no part of it
    ("The European Union's top court last week ruled that EU countries must label products.",
     "The European Union's top court last week", "The European Union's top court"),
    # ... but a name ending in a word of the time list stays whole
    ("This Week reported the story.", "This Week", "This Week"),
])
def test_source_runs_are_mended_as_the_rules_read_sources(text: str, tagged: str,
                                                          source: str) -> None:
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    [(kind, a, b)] = mend_sources(_runs(tokens, [("SRC", tagged)]), tokens, lower, 0)
    assert kind == "SRC" and _words(tokens, (a, b)) == source


@pytest.mark.skipif(default_tagger() is None, reason="model not shipped")
def test_shipped_model_tags_a_plain_news_sentence() -> None:
    text = "“We are not worried,” said Brian Fallon, a spokesman for the campaign."
    tokens = tokenize(text)
    (cand,) = default_tagger().extract(tokens, [t.text.lower() for t in tokens],
                                       split_sentences(text, tokens), lexicon())

    def span(r: tuple[int, int]) -> str:
        return text[tokens[r[0]].start:tokens[r[1] - 1].end]

    assert [span(r) for r in cand.content] == ["“We are not worried,”"]
    assert [span(r) for r in cand.cue] == ["said"]
    assert span(cand.source).startswith("Brian Fallon")


def test_long_paragraph_is_tagged_in_pieces_of_whole_sentences() -> None:
    sentence = "The minister said on Monday that the talks with the rebels would go on. "
    text = sentence * 150 + "\n\nOfficials said nothing."  # one paragraph of 2,100 tokens
    sentences = split_sentences(text)
    pieces = paragraphs(sentences)
    assert len(pieces) == 4  # three pieces of the long paragraph, then the short one
    assert all(last - first <= MAX_PARAGRAPH_TOKENS for first, last, _ in pieces)
    assert [s for _, _, group_ in pieces for s in group_] == sentences
    assert all(first == group_[0].first and last == group_[-1].last
               for first, last, group_ in pieces)
    assert pieces[-1][2] == sentences[-1:]


def _nearest_by_sorting(found: list[tuple[str, int, int]], sent_of: dict[int, int],
                        a: int, b: int) -> tuple[int, int]:
    """The grouping rule stated directly: rank every cue (own sentences first, then by gap)."""
    cues = [(x, y) for kind, x, y in found if kind == "CUE"]
    sa, sb = sent_of.get(a, -1), sent_of.get(b - 1, -1)

    def cost(c: tuple[int, int]) -> tuple[int, int]:
        same = sa <= sent_of.get(c[0], -2) <= sb
        return (0 if same else 1, abs(c[0] - b if c[0] >= b else a - c[1]))

    return sorted(cues, key=cost)[0]


_WORDS = "the senator said that officials told reporters , he added . “ ” we agreed".split()


@given(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=60),
       st.lists(st.sampled_from(["O", "CUE", "CON", "SRC"]), min_size=60, max_size=60))
def test_group_takes_the_nearest_cue_as_ranking_every_cue_would(words: list[str],
                                                               kinds: list[str]) -> None:
    text = " ".join(words)
    sentences = split_sentences(text)
    labels = [("O" if k == "O" else f"B-{k}") for k in kinds[:len(tokenize(text))]]
    found = chunks(labels)
    sent_of = {t: i for i, s in enumerate(sentences) for t in range(s.first, s.last)}
    cands = group(found, sentences)
    if not any(kind == "CUE" for kind, _, _ in found):
        return
    owner = {r: c.cue[0] for c in cands for r in c.content}
    for kind, a, b in found:
        if kind == "CON":
            assert owner[(a, b)] == _nearest_by_sorting(found, sent_of, a, b)
