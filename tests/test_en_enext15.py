"""Reports that open another attribution's content (enext15, issue #11;
`sayso/lang/en/nesting.opening_frames`): `X said that Y affirms that ...` holds Y's attribution,
nested in X's (ANNOTATION.md: "Be exhaustive: every attribution in the article, including nested
ones"). Real sentences of open en-news articles (the article is named); each positive row fails
with the mechanism switched off, each negative row with its guard removed.
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.model import Analysis, Document


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _rows(a: Analysis) -> list[tuple[str | None, str, str]]:
    return [(x.source.text if x.source else None, " ".join(c.text for c in x.cue),
             " | ".join(c.text for c in x.content)) for x in a.attributions]


@pytest.mark.parametrize("text,source,cue,content_start,outer_cue", [
    # enG-sana-1 (G tune): a present-tense verb of the lexicon, then `that`
    ("It went on to say that Syria affirms that the forces which stand behind those lies are the "
     "same ones that seek to normalize with that entity and try to draw the whole region into "
     "Western Zionist alliances.", "Syria", "affirms", "the forces which stand behind",
     "went on to say"),
    # enF-jiji-1 (F tune): an outlet reports what an agency has found
    ("The Washington Post reported in its online edition Monday that the U.S. National Security "
     "Agency has found that hackers from the People's Liberation Army of China breached the "
     "\"most sensitive computer systems\" of the Japanese ministry and informed Japanese "
     "government officials about it.", "the U.S. National Security Agency", "has found",
     "hackers from the People's Liberation Army", "reported"),
])
def test_a_report_opening_the_content_is_nested(text, source, cue, content_start, outer_cue):
    a = _run(text)
    inner = [x for x in a.attributions if " ".join(c.text for c in x.cue) == cue]
    outer = [x for x in a.attributions if " ".join(c.text for c in x.cue) == outer_cue]
    assert len(inner) == 1 and len(outer) == 1, _rows(a)
    assert inner[0].source is not None and inner[0].source.text == source
    assert inner[0].content[0].text.removeprefix("that ").startswith(content_start)
    assert inner[0].parent == outer[0].id


@pytest.mark.parametrize("text,cue", [
    # enC-nytimes-1 (A-D tune): the speaker's own view is one attribution with the frame (gold)
    ("Mr. Reeves said he thought that the American government was being manipulated and that the "
     "Obama administration had made a “deal with the devil.”", "thought"),
    # enC-nytimes-1: `demand` is a noun here
    ("American officials said Thursday that the American demand that Mr. Bashir be held "
     "accountable had not changed.", "demand"),
    # en-deccanherald-1 (A-D tune): a decision is an act (noncue `intention`)
    ("Two people briefed on the talks said Trump has decided that rolling back existing tariffs, "
     "in addition to cancelling a scheduled Dec. 15 imposition of tariffs on some $156 billion in "
     "Chinese consumer goods, requires deeper concessions from China.", "has decided"),
    # enH-ekathimerini-1 (H tune): `the claims that appeared ...` is a noun with its relative
    ("Foreign Ministry spokesman Hami Aksoy said the claims that appeared on Tuesday in an article "
     "in Die Welt are “made up,” Turkey’s state-run Anadolu Agency reported.", "claims"),
])
def test_no_opening_frame(text, cue):
    rows = _rows(_run(text))
    assert not [r for r in rows if r[1] == cue], rows


@pytest.mark.parametrize("text,cue,content", [
    # en-reuters-5 (A-D tune): the preposition cut from the cue (`saying at`), then the place
    ("Trump on Thursday nominated Powell to replace Yellen when her term expires in early "
     "February, saying at the White House that the 64-year-old lawyer and former investment "
     "banker has the necessary “wisdom and leadership.”", "saying",
     "the 64-year-old lawyer and former investment banker has the necessary “wisdom and leadership"),
    # enC-polygraph-1 (A-D tune): the addressee, then the time
    ("Omar Lamrani, a senior military analyst at Stratfor, the Texas-based geopolitical "
     "intelligence organization, told Business Insider in October 2018 that MaT was \"fairly "
     "secular by regional standards and has been at the forefront of the fight against ISIS.\"",
     "told", "MaT was \"fairly secular by regional standards and has been at the forefront of the "
     "fight against ISIS"),
    # enG-thenational-1 (G tune): the addressee, then the occasion
    ("In reportage firmly denied by Downing Street, the paper claimed Johnson told those in "
     "attendance at the dinner at the all-male Garrick Club that he had regrets about marrying "
     "his wife Carrie Johnson.", "told", "he had regrets about marrying his wife Carrie Johnson"),
])
def test_content_starts_at_that_after_the_setting(text, cue, content):
    rows = _rows(_run(text))
    assert [r for r in rows if r[1] == cue and r[2] == content], rows

