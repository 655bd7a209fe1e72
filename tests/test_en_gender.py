"""Gender evidence for English pronoun antecedents (sayso/lang/en/gender.py, issue #11),
on real sentences."""

from __future__ import annotations

import re

from conftest import EN_DEV, ROOT

from sayso import pipeline
from sayso.lang.en.gender import HONORIFICS, GenderIndex, honorifics_before
from sayso.model import Document

EN_TUNE = ROOT / "evaldata" / "en-news" / "tune"

# PolNeAR dev, wash-post_2016-09-25_phone-video-is-first-public-look (Washington Post, real):
# `Mr. Scott` is the husband; the surname's honorific must not make his wife a man.
SCOTT = ("Keith Lamont Scott was shot on Tuesday. Rakeyia Scott can be heard yelling to the "
         "officers that her husband was unarmed. Mr. Scott was shot by police.")


def test_honorific_and_given_name() -> None:
    index = GenderIndex("Ms Rayner told Sky News the party would win. Mr. Juncker disagreed.")
    assert index.of("Rayner") == "f"
    assert index.of("Jean-Claude Juncker") == "m"
    assert index.of("Angela Merkel") == "f"  # a given name in gender.json


def test_family_surname_is_no_evidence_for_the_other_member() -> None:
    index = GenderIndex(SCOTT)
    assert index.of("Rakeyia Scott") is None  # neither a known given name nor her own honorific
    assert index.of("Mr. Scott") == "m"
    assert GenderIndex("Mr. Scott was shot by police.").of("Keith Scott") == "m"  # one Scott


def test_unknown_names_and_weekdays_stay_unknown() -> None:
    index = GenderIndex("Talks resumed on Friday. Friday he said nothing. Friday he left.")
    assert index.of("Friday") is None
    assert GenderIndex("Kaveh Moussavi spoke.").of("Kaveh Moussavi") is None


def test_she_skips_the_man_named_last() -> None:
    # A real pair of sentences (en-news style) where recency alone picks the man.
    text = ("Angela Rayner met union leaders on Friday. Boris Johnson was not invited. "
            "She said the meeting had been constructive.")
    analysis = pipeline.run(Document(text=text, language="en"))
    she = [a for a in analysis.attributions if a.source is not None and a.source.text == "She"]
    assert she, "no attribution for 'She said'"
    assert analysis.entity(she[0].source.entity).name == "Angela Rayner"


def _honorifics_from_line_start(text: str, surname: str) -> list[str]:
    """The search `honorifics_before` made before it narrowed the window: from the line start."""
    before = re.compile(r"\b(" + "|".join(re.escape(w.rstrip(".")) for w in HONORIFICS)
                        + r")\.?[ \t\u00a0]+\Z", re.IGNORECASE)
    found = []
    for m in re.finditer(rf"(?={re.escape(surname)}\b)", text, re.IGNORECASE):
        at = m.start()
        title = before.search(text, text.rfind("\n", 0, at) + 1, at)
        if title is not None:
            found.append(title.group(1))
    return found


def test_honorific_window_finds_what_the_line_search_found() -> None:
    # Every capitalised word of real articles (PolNeAR dev, en-news tune) as a surname, plus
    # made-up spacing: long runs of spaces, a tab, a non-breaking space, two honorifics.
    texts = [p.read_text(encoding="utf-8") for p in sorted((EN_DEV / "text").glob("*.txt"))[:30]]
    texts += [p.read_text(encoding="utf-8") for p in sorted(EN_TUNE.glob("*.txt"))[:20]]
    texts.append("Lt.  Gen. Flynn and Mr.\u00a0Trump met Mrs.\t\tClinton, MR.       TRUMP and DR.Lee.")
    assert len(texts) > 40
    checked = 0
    for text in texts:
        for surname in sorted(set(re.findall(r"\b[A-Z][a-z]+\b", text)))[:60]:
            assert honorifics_before(text, surname) == _honorifics_from_line_start(text, surname)
            checked += 1
    assert checked > 1000
    assert honorifics_before(texts[-1], "Trump") == ["Mr", "MR"]
