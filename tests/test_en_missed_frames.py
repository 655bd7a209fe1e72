"""Attributions the extractor used to miss entirely on BBC pages (issue #11, round 10).

Sentences are from the BBC News dataset (Greene & Cunningham 2005, sport/tech 2004-05, as kept in
DokahlSoZoor/DieNeueKrone `data/bbc/`), whose paragraphs are joined: a quotation running over
several paragraphs reopens with a quote mark after a sentence end without closing the one before.
"""

from __future__ import annotations

from sayso.lang.en import rules
from sayso.lang.en.extract import candidates
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import in_quotation, reopens, tokenize

# sport/366.txt
LOMU = ('"I actually started training three weeks after my operation but I was very limited until a '
        'few months ago. "Now it\'s basically bring it on!" said the giant winger. "The match on 4 June '
        'will be my first 15-man game but I have a training schedule which is quite testing and combines '
        'with sevens and a whole lot of things," said Lomu. "I have got so much energy since my operation '
        'that I train three times a day."')


def _frames(text: str) -> list[tuple[str, str]]:
    tokens, _, found = candidates(text)
    def words(r: tuple[int, int] | None) -> str:
        return text[tokens[r[0]].start:tokens[r[1] - 1].end] if r else ""
    return [(" ".join(words(r) for r in c.cue), words(c.source)) for c in found]


def test_reopening_quote_by_shape() -> None:
    tokens = tokenize(LOMU)
    marks = [i for i, t in enumerate(tokens) if t.text == '"']
    # a mark after a sentence end, spaced before and glued to its word, opens (`ago. "Now`,
    # `winger. "The`); marks glued to the punctuation before them close (`on!"`, `things,"`)
    assert [reopens(tokens, i) for i in marks] == [False, True, False, True, False, True, False]


def test_frames_between_reopened_quotations_are_found() -> None:
    frames = _frames(LOMU)
    assert ("said", "the giant winger") in frames
    assert ("said", "Lomu") in frames
    # the tagger's reading of `I have` in the next quotation as a frame over all of it is gone
    assert not any(src == "I" for _, src in frames)


def test_inverted_admitted_after_open_quotation() -> None:
    # sport/399.txt
    text = ('"He\'s given us 12 years service so if he wants to go, we\'d support him." The prospect of '
            'Farrell switching codes has been the main talking point of the Super League season so far. '
            '"It came as a bolt out of the blue to us," admitted Lindsay.')
    assert ("admitted", "Lindsay") in _frames(text)


def test_described_source_after_cue() -> None:
    lex = lexicon()
    for text, want in (('"Now it\'s on!" said the giant winger.', "the giant winger"),
                       ('"Now it\'s on!" said the new rules.', None)):
        tokens = tokenize(text)
        lower = [t.text.lower() for t in tokens]
        begin = lower.index("said") + 1
        got = rules.source_after(tokens, lower, begin, len(tokens) - 1, lex)
        words = text[tokens[got[0]].start:tokens[got[1] - 1].end] if got else None
        assert (words == want) if want else (words is None or "rules" not in words), words


def test_bare_apposition_with_modifiers() -> None:
    # tech/347.txt
    text = ('Camera phones are likely to prove an interesting battle ground at the show, said Ben Wood, '
            'principal analyst at research firm Gartner.')
    assert ("said", "Ben Wood, principal analyst at research firm Gartner") in _frames(text)


def test_modifier_before_description_source() -> None:
    # BuzzFeed News 2017 (reprint), benchmarks/data/encert10/m28.txt
    text = ('A Belgian counterterrorism expert told BuzzFeed News he suspects U.K. authorities are '
            '"livid" that U.S. officials disregarded the possibility that prematurely shared details '
            'could disrupt the investigation.')
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    got = rules.source_before(tokens, lower, 0, lower.index("told"), lexicon())
    assert got is not None and text[tokens[got[0]].start:tokens[got[1] - 1].end] == "A Belgian counterterrorism expert"


def test_adding_to_is_no_cue() -> None:
    # Reuters (benchmarks/data/enprec10/A-s01.txt): `adding to` a series of problems increases it;
    # the unnamed sources keep the claim
    text = ('The New York State Attorney General (NYAG) is investigating WeWork, according to two people '
            'familiar with the matter, adding to a mounting series of problems that have turned the '
            'workspace provider from a Wall Street darling into a pariah in a matter of weeks.')
    assert _frames(text) == [("according to", "two people familiar with the matter")]
    # an addressee after `added to` keeps the cue (PolNeAR train: `Trump added to People`)
    quoted = '"It was 50 percent more than Hillary\'s show," Trump added to People.'
    assert ("added", "Trump") in _frames(quoted)


# sport/079.txt: a quotation reopened after a sentence end, then the narrator names a lawyer
IOANNIDIS = ('AAF will appeal against the decision, and we will support them. "But if they accept '
             'the federation\'s ruling we will go before the Court of Arbitration for Sport," he added. '
             'Kenteris\'s lawyer, Gregory Ioannidis, reacted angrily to Pound\'s comments.')


def test_in_quotation_shares_the_reopening_rule() -> None:
    # `... for Sport," he added.`: by parity the lawyer's name would sit inside a quotation
    # when the paragraph before it left one open (`them. "But` reopened it); the narrator's
    # words after the closing mark are outside, the quoted words inside
    text = '"We do not accept it. "We will appeal." He left. ' + IOANNIDIS
    assert in_quotation(text, text.index("appeal"))
    assert not in_quotation(text, text.index("He left"))
    assert in_quotation(text, text.index("But if"))
    assert not in_quotation(text, text.index("Gregory"))
    assert not in_quotation(LOMU, LOMU.index("said the giant"))
    assert in_quotation(LOMU, LOMU.index("Now it"))
