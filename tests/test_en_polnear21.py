"""enpolnear21: English attributions the tagger leaves out on PolNeAR dev (issue #11, recall 65.7).

Two classes of statements the pipeline missed whole (benchmarks/data/enpolnear21/README.md):

- `spoke of X` / `speaks about X` (finite forms): the speech is reported by its subject matter.
  PolNeAR train: 22 of 24 finite `spoke/speaks (adverb) of/about` are gold cues. The phrase is now
  a cue of `cues.json` (`speak of`), trusted by the rules beside the tagger.
- `show`/`find`/`indicate` with a document as subject (`The study found ...`): trusted beside the
  tagger like a core verb (`rules.document_subject`); ANNOTATION.md names "a document" among the
  sources.
- a base-form reporting or belief verb right after a plural subject (`Many of his supporters
  believe ...`, `Critics argue that ...`) is a present tense, not an infinitive: beside the
  tagger the rules read it (`rules.present_plural`) as they read `tell` after a plural subject.

ANNOTATION.md: "An ATTRIBUTION is a statement, claim, report, question, belief or stance that the
text attributes to a source". Each sentence is from an open article (PolNeAR dev, named) or from
PolNeAR train, and runs through the whole pipeline.
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.model import Document


def _rows(text: str) -> list[tuple[str, str, str]]:
    analysis = pipeline.run(Document(text=text, language="en"))
    return [(a.source.text if a.source else "-", " ".join(c.text for c in a.cue),
             " … ".join(c.text for c in a.content)) for a in analysis.attributions]


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    # PolNeAR dev nyt_2016-09-25_obama-says-african-american-muse
    ("Chief Justice John G. Roberts Jr. spoke of the legacy of racism, enshrined in Jim Crow laws, "
     "and how the fight for justice flowed through the generations.",
     "Chief Justice John G. Roberts Jr.", "spoke of", "the legacy of racism"),
    # PolNeAR train nyt_2016-02-20_for-pope-it-s-bigger-than-trump-
    ("Every day, Francis spoke of the malaise in Mexican society, the lack of jobs and education "
     "for the young, the horrific violence of the drug cartels.", "Francis", "spoke of",
     "the malaise"),
])
def test_spoke_of_is_a_cue(text: str, source: str, cue: str, content: str) -> None:
    rows = _rows(text)
    assert any(s == source and c == cue and x.startswith(content) for s, c, x in rows), rows


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    # PolNeAR dev usa-today_2016-09-16_hold-melania-trump-to-her-husban (a reader's letter): the
    # tagger reads nothing in the paragraph, the rules now read the present-tense belief
    ("I despise Trump because his speech is full of hate. He brings out the worst in people. "
     "Many of his supporters believe bigotry and xenophobia are acceptable. Some opponents are using "
     "a voice that is hateful.",
     "Many of his supporters", "believe", "bigotry and xenophobia are acceptable"),
])
def test_base_form_after_plural_subject(text: str, source: str, cue: str, content: str) -> None:
    rows = _rows(text)
    assert any(s == source and c == cue and x.startswith(content) for s, c, x in rows), rows


@pytest.mark.parametrize(("text", "word"), [
    # PolNeAR train usa-today_2016-08-22_trump-has-right-idea-on-immigrat: a feeling, no
    # statement (no gold attribution)
    ("In France, Sweden and Norway, Jews fear for their safety and are leaving in record numbers.",
     "fear"),
    # BBC sport 2005 (/work/breadth/bbc/sport/218.txt): an adjective in -ous is no plural subject
    ("On a more serious note, it was a game that merely confirmed the importance of Sol Campbell to "
     "Arsenal.", "note"),
    # PolNeAR dev: a causative's bare infinitive is no present tense
    ("Readers may not let editorials tell them how to vote, but they care enough to read them.",
     "tell"),
    # PolNeAR train nyt_2016-01-07_personal-touch-helps-boutique-ba: how long someone spoke is
    # no subject matter
    ("Mrs. Clinton spoke for about 30 minutes, took questions and left.", "spoke"),
    # BBC tech 2005 (/work/breadth/bbc/tech/208.txt): `helping`'s bare infinitive, no present tense
    ("Already on-the-spot snappers are helping newspapers add immediacy to their breaking news "
     "stories headlines, where professional photographers only arrive in time for the aftermath.",
     "add"),
    # BBC sport 2005 (/work/breadth/bbc/sport/189.txt): a headline line, closed by no sentence
    # mark, states no one's words
    ("Rovers reject third Ferguson bid\n\nBlackburn have rejected a third bid from Rangers for "
     "Scotland captain Barry Ferguson, BBC Sport has learnt.", "reject"),
])
def test_no_present_statement(text: str, word: str) -> None:
    assert not any(word in c.split() for _, c, _ in _rows(text)), _rows(text)


def test_polls_show_beside_the_tagger() -> None:
    # PolNeAR dev wash-post_2016-09-25_federal-court-rules-against-ohio (the tagger misses it in
    # the article): the rules beside the tagger (`core_only`) now read the document's finding
    from sayso.lang.en import rules as en_rules
    from sayso.lang.en.lexicon import lexicon
    from sayso.lang.en.tokens import split_sentences, tokenize

    text = "Polls show a close contest in the state, where 18 electoral votes are up for grabs."
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    found = en_rules.extract(tokens, lower, split_sentences(text, tokens), lexicon(), core_only=True)
    rows = [(" ".join(lower[c.source[0]:c.source[1]]) if c.source else "-",
             " ".join(" ".join(lower[a:b]) for a, b in c.cue)) for c in found]
    assert ("polls", "show") in rows, rows


@pytest.mark.parametrize(("text", "word", "blocked"), [
    # document subjects (en-physorg-1, en-news open; PolNeAR train): the rule frame may fill the
    # gap when the tagger misses the sentence
    ("The study found the spacecraft mass could be reduced by a third by removing the crew "
     "quarters.", "found", False),
    ("The survey also showed that moderates, voters aged 45 and older, voters living in union "
     "households, suburbanites and non-white voters mostly backed Clinton.", "showed", False),
    # no document before the verb: left to the tagger (PolNeAR train)
    ("Twenty-four percent said they were more likely to vote for him because of it, while 9 "
     "percent found it to be a deterrent.", "found", True),
])
def test_document_subject(text: str, word: str, blocked: bool) -> None:
    from sayso.lang.en import rules as en_rules

    lower = text.lower().rstrip(".").split()
    assert en_rules.document_subject(lower, 0, lower.index(word)) is not blocked


def test_restrictive_clause_of_a_trailing_source() -> None:
    # enD-kgo-1 (en-news open): `who spoke about the project` says which officials (the gold
    # source holds it); PolNeAR train nyt_2015-12-18_rubio-and-cruz-diverge-on-approa: a clause
    # that reports a statement stays an attribution of its own
    rows = _rows("This would be a $95 million investment by the Margaritaville group according "
                 "to county officials who spoke about the project.")
    assert [(s, c) for s, c, _ in rows] == [("county officials who spoke about the project",
                                             "according to")]
    rows = _rows("''I don't think that Latinos in Texas think that he identifies strongly enough as "
                 "a Latino himself, even though he is,'' said Lionel Sosa, a Texas media consultant "
                 "and an influential Hispanic Republican who said he would not vote for Mr. Cruz.")
    assert any(c == "said" and x.startswith("he would not vote") for _, c, x in rows), rows
