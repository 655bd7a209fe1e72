"""Gender evidence for English pronoun antecedents (sayso/lang/en/gender.py, issue #11),
on real sentences."""

from __future__ import annotations

import re

from conftest import EN_DEV, ROOT

from sayso import pipeline
from sayso.lang.en.gender import (
    HONORIFICS,
    GenderIndex,
    capitalised_before,
    honorifics_before,
    mentions,
    surname_starts,
)
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


def test_capitalised_words_and_mentions_match_the_per_surname_patterns() -> None:
    # `capitalised_before` and `mentions` use one pattern compiled at import (or `str.find`)
    # instead of one compiled per surname: the same matches as the per-surname patterns they
    # replace, over every capitalised word of real articles (PolNeAR dev, en-news tune) as a
    # surname, each line searched apart, plus made-up middle names, spacing and word edges.
    texts = [p.read_text(encoding="utf-8") for p in sorted((EN_DEV / "text").glob("*.txt"))[:30]]
    texts += [p.read_text(encoding="utf-8") for p in sorted(EN_TUNE.glob("*.txt"))[:20]]
    texts.append("Keith L. Scott and Rakeyia Scott met Keith Lee Lee, Mr\u00a0Scott Scott,\tAnn  Scotty "
                 "and Bob Scott_1 with Ann Lee.Scott; Jo O'Neill and Al B Scott.")
    checked = 0
    for text in texts:
        for surname in [*sorted(set(re.findall(r"\b[A-Z][a-z]+\b", text)))[:60], "O'Neill"]:
            first = re.compile(rf"\b([A-Z][a-z]+)[ \t\u00a0]+{re.escape(surname)}\b")
            given = re.compile(rf"\b([A-Z][a-z]+)[ \t\u00a0]+(?:[A-Z][a-z]*\.?[ \t\u00a0]+)?{re.escape(surname)}\b")
            lo = 0
            for hi in [*(m.start() for m in re.finditer("\n", text)), len(text)]:
                assert capitalised_before(text, surname, lo, hi, False) \
                    == [m.group(1) for m in first.finditer(text, lo, hi)]
                assert capitalised_before(text, surname, lo, hi, True) \
                    == [m.group(1) for m in given.finditer(text, lo, hi)]
                lo = hi + 1
            assert mentions(text, surname) == [m.span() for m in re.finditer(rf"\b{re.escape(surname)}\b", text)]
            checked += 1
    assert checked > 1000
    made_up = texts[-1]
    assert capitalised_before(made_up, "Scott", 0, len(made_up), True) == ["Keith", "Rakeyia", "Mr", "Al"]
    assert capitalised_before(made_up, "Lee", 0, len(made_up), True) == ["Keith", "Ann"]


def test_surname_starts_in_any_case_match_the_per_surname_pattern() -> None:
    # `surname_starts` finds an ASCII surname in the lower-cased text instead of compiling
    # `(?=SURNAME\b)` with IGNORECASE per surname: the same positions over real articles
    # (PolNeAR dev, en-news tune), and through the pattern when the text holds a letter `re`
    # folds onto an ASCII one (the dotted İ, whose lower case is two characters long).
    texts = [p.read_text(encoding="utf-8") for p in sorted((EN_DEV / "text").glob("*.txt"))[:30]]
    texts += [p.read_text(encoding="utf-8") for p in sorted(EN_TUNE.glob("*.txt"))[:20]]
    texts.append("İSTANBUL — MR. TRUMP met Mr Trump_ and TRUMPS; ſmith, Trump’s Trump.")
    checked = 0
    for text in texts:
        for surname in [*sorted(set(re.findall(r"\b[A-Z][a-z]+\b", text)))[:60], "Smith", "Trump"]:
            pattern = re.compile(rf"(?={re.escape(surname)}\b)", re.IGNORECASE)
            assert surname_starts(text, surname) == [m.start() for m in pattern.finditer(text)]
            checked += 1
    assert checked > 1000
    assert surname_starts(texts[-1], "Smith") == [texts[-1].index("ſmith")]
    assert honorifics_before(texts[-1], "Trump") == ["MR"]  # `Trump_` is another word
