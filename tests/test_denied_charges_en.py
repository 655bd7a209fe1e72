"""Golden-rule tests of `sayso.lang.en.denied_charges` (encue26): a denial verb whose object is
the charge, report or claim it denies is an attribution, stance deny (ANNOTATION.md;
evaldata/en-news/STANCE.md deny row: "He has always denied the allegations"). Real sentences of
the open en-news gold (enopen) and of BBC News 2004-05 (breadth); the negatives are the shapes the
rule must leave alone (another object, a passive, a negation, a headline)."""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.lang.en import denied_charges
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import split_sentences, tokenize
from sayso.model import Document


def _attributions(text: str) -> list[tuple[str, str, str, str]]:
    """(source, cue, content, stance) of every attribution of `text`."""
    analysis = pipeline.run(Document(text=text, language="en"))
    out = []
    for a in analysis.attributions:
        source = a.source.text if a.source else "-"
        cue = " ".join(text[s.start:s.end] for s in a.cue)
        content = " ".join(text[s.start:s.end] for s in a.content)
        out.append((source, cue, content, a.stance))
    return out


def _frames(text: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) of the rule's own frames on `text` (nothing found before)."""
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    found = denied_charges.denial_frames(tokens, lower, split_sentences(text, tokens), [], lexicon())

    def words(a: int, b: int) -> str:
        return text[tokens[a].start:tokens[b - 1].end]
    return [(words(*c.source) if c.source else "-", words(*c.cue[0]), words(*c.content[0])) for c in found]


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    # enL-ndtv-1 (enopen): a demonstrative object the tagger leaves
    ("The family said the hospital was at fault. The hospital has denied these allegations.",
     "The hospital", "has denied", "these allegations"),
    # enL-ndtv-1 (enopen): `refuted`, a verb the tagger rarely saw
    ("The hospital has also refuted allegations of lapses made by the two medical practitioners.",
     "The hospital", "has also refuted", "allegations of lapses made by the two medical practitioners"),
    # enD-bbc-8 (enopen): `deny` + the denied act after a coordinated subject
    ("The men, elected to the Aston ward, deny collecting votes fraudulently.",
     "The men, elected to the Aston ward", "deny", "collecting votes fraudulently"),
    # en-express-1 (enopen): the object ends before `and say`, the subject's next verb
    ("China said it is committed to the formula, while the city's police deny accusations of "
     "brutality and say they show utmost restraint.",
     "the city's police", "deny", "accusations of brutality"),
    # BBC News 2004-05 business/334 (breadth): a report noun object with its clause
    ("But the firm denied reports it was withdrawing completely from Iraq.",
     "the firm", "denied", "reports it was withdrawing completely from Iraq"),
])
def test_denial_of_a_charge_is_a_deny_attribution(text: str, source: str, cue: str, content: str) -> None:
    rows = _attributions(text)
    hit = [r for r in rows if r[2] == content]
    assert hit, rows
    assert hit[0][1] == cue
    assert hit[0][3] == "deny"
    assert source.endswith(hit[0][0]) or hit[0][0].endswith(source.split(",")[0]), rows


@pytest.mark.parametrize(("text", "expected"), [
    # BBC business/100 (breadth): the date before the subject is no source
    ("However during the case on Tuesday Mr Ebbers denied the allegations.",
     [("Mr Ebbers", "denied", "the allegations")]),
    # enO-sabcnews-1 (enopen): an acronym in brackets stays in the subject
    ("The South African Broadcasting Corporation (SABC) has refuted reports that originated from "
     "an article published by the online media platform.",
     [("The South African Broadcasting Corporation (SABC)", "has refuted",
       "reports that originated from an article published by the online media platform")]),
    # BBC entertainment/090 (breadth): the object ends before a coordinated past verb
    ("The film focuses on the trial which saw Scholl initially deny the charges and ended with a "
     "defiant appearance.",
     [("Scholl", "initially deny", "the charges")]),
    # BBC business/312 (breadth): `all` between the auxiliary and the verb is no part of the source
    ("They have all denied any wrongdoing.", [("They", "have all denied", "any wrongdoing")]),
    # PolNeAR train (nyt 2016-08-01): `through his lawyer` is the channel, not the denied thing
    ("Mr. Ailes denied the charges through his lawyer.", [("Mr. Ailes", "denied", "the charges")]),
])
def test_frames(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _frames(text) == expected


@pytest.mark.parametrize("text", [
    # BBC sport 2004-05: `deny` of a save or a chance names no charge
    "The keeper denied the same player again 10 minutes later.",
    "Szilard Nemeth, recalled in place of Joseph-Desire Job, was twice denied his chance to get "
    "Middlesbrough back on level terms.",
    # a passive: the subject is refused something, it denies nothing
    "England were denied two tries in Sunday's loss.",
    # a negation: `did not deny` is confirm, never deny (STANCE.md)
    "Chelsea did not deny the reports of a meeting.",
    # a headline (no closing mark): BBC sport 2004-05 `Kenteris denies faking road crash`
    "Kenteris denies faking road crash",
    # BBC sport/023 (breadth): a relative pronoun as subject is left to the tagger
    "All three, who have repeatedly denied the allegations, have also been charged by a Greek "
    "prosecutor.",
    # `disputed` as an adjective before a noun that is no charge
    "The two countries disputed the territory for decades.",
])
def test_no_frame(text: str) -> None:
    assert _frames(text) == []
