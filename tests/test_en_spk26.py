"""Round 26 English speakers (enspk26): a cue inside a subject-less clause opening the sentence
speaks for the main clause's subject (`fronted_clause.py`), and `he`/`she` agrees in number with
its antecedent (`coref.quantified_plural`). Real sentences of PolNeAR train (the article is
named), BBC 2004-05 business text (the file is named) and the en-news R tune (Moscow Times 2016),
shortened around the frame. One case per row: (text, cue, expected source text or entity name).
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.lang.en.coref import quantified_plural
from sayso.model import Analysis, Document


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _row(text: str, cue: str) -> tuple[str | None, str | None]:
    """(source text, its entity's name) of the first attribution whose cue is `cue`."""
    a = _run(text)
    found = [x for x in a.attributions if " ".join(c.text for c in x.cue) == cue]
    assert found, [(x.cue, x.source) for x in a.attributions]
    source = found[0].source
    if source is None:
        return None, None
    entity = a.entity(source.entity)
    return source.text, entity.name if entity is not None else None


FRONTED = [
    # breitbart_2016-05-03_glenn-beck-blasts-drudge-for-moc (PolNeAR train): was `After`
    ("After blasting the Drudge Report for linking to a Breitbart article about his latest fast, "
     "Beck turned to the Bible.", "blasting", "Beck"),
    # wash-post_2016-08-28_in-crazy-election-gary-johnson-s (PolNeAR train): was `Since`
    ("Since announcing former Massachusetts governor William Weld as his running mate, Johnson "
     "has risen in the polls.", "announcing", "Johnson"),
    # west-journal_2016-03-14_billionaire-mark-cuban-just-reve (PolNeAR train): was `In`
    ("In describing fellow billionaire Donald Trump, Cuban said he was the best thing to happen "
     "to politics.", "describing", "Cuban"),
    # breitbart_2016-03-01_the-latest-sanders-wins-minnesot (PolNeAR train): the relative clause
    # inside the fronted one is passed over (`which` was taken)
    ("After thanking the raucous crowd, which periodically chanted his name, he touted how far "
     "his campaign had come in the last 10 months.", "thanking", "he"),
    # enR-moscowtimes-1 (en-news R tune): the one asked to comment answers, not the asker
    ("When asked by an American journalist to comment on the allegations of Russian involvement "
     "in the leak, Lavrov simply responded, \u201cI wouldn\u2019t like to use swear words.\u201d",
     "to comment on", "Lavrov"),
]


@pytest.mark.parametrize("text,cue,source", FRONTED)
def test_fronted_clause_subject(text: str, cue: str, source: str) -> None:
    assert _row(text, cue)[0] == source


def test_cue_inside_a_relative_clause_of_the_fronted_one_keeps_its_own_source() -> None:
    # BBC business 2005 (/work/r26/breadth/bbc-business/419.txt): `said` belongs to `which`
    # (Mr Van de Vijver's email), not to the main clause's `the investigation`
    text = ("Despite receiving an email from Mr Van de Vijver which said the firm had \"fooled\" the "
            "market about its reserves, the investigation said, she did nothing to inquire further.")
    src, _ = _row(text, "said")
    assert src != "the investigation"


def test_the_asking_itself_is_not_given_to_the_one_asked() -> None:
    # politico_2016-05-11_clinton-i-support-d-c-statehood (PolNeAR train): the cue `asked` is
    # the question; whoever asked it is unnamed, not `he`, who answers
    text = ("When asked whether D.C. should have a vote in the House, he said: \"I think that's "
            "something that would be okay.\"")
    assert _row(text, "asked")[0] is None


# wash-post_2015-11-15_carnage-renews-debate-over-milit (PolNeAR train), shortened
REPUBLICANS = (
    "Clinton appeared to have the most to gain, given her foreign policy experience, but also the "
    "most at risk as the Obama administration's record comes under fire.\n\n"
    "She skirted the opening question from CBS moderator John Dickerson, who wanted to know whether "
    "the Obama administration bears responsibility for underestimating the Islamic State terrorist "
    "network early on.\n\n"
    "She also maneuvered around the charged term, \"radical Islam,\" which some Republicans want "
    "U.S. leaders to use to describe the enemy. She referred to jihadism but was careful not to "
    "link it directly to religion.")

# wash-post_2016-04-28_with-woman-s-card-trump-escalate (PolNeAR train), shortened
ALLIES = (
    "But most Clinton allies consider the newly escalated gender wars of 2016 a helpful point of "
    "comparison that she can use to rally women's support.\n\n"
    "\"Women still face too many barriers - a president shouldn't be part of the problem,\" Clinton "
    "said in one of a blizzard of Twitter messages about the remarks Wednesday.")

# nyt_2016-03-04_beneath-clinton-s-wins-signs-of- (PolNeAR train), shortened
DEMOCRATS = (
    "Some Democrats now worry that Mrs. Clinton will struggle to inspire the coalition that "
    "elected Mr. Obama.\n\n"
    "In interviews, Democrats cited several factors for the low turnout, including "
    "Republican-backed laws that have raised new barriers to voting.")


def test_she_is_not_a_quantified_plural() -> None:
    src, name = _row(REPUBLICANS, "was careful not to link")
    assert src == "She" and name != "some Republicans"


def test_surname_is_not_merged_into_a_plural_it_premodifies() -> None:
    assert _row(ALLIES, "said") == ("Clinton", "Clinton")


def test_plural_head_still_joins_its_quantified_mention() -> None:
    # the negative case: `Democrats` is the head of `Some Democrats`, the same group
    assert _row(DEMOCRATS, "cited") == ("Democrats", "Some Democrats")


@pytest.mark.parametrize("name,plural", [
    ("some Republicans", True), ("many Carrier workers", True), ("most Clinton allies", True),
    ("two out of three Americans", True), ("many Republicans in Washington", True),
    ("Several Democrats", True),
    ("Other Republican", False), ("All Saints", False), ("Both Clinton", False), ("Mike Most", False),
    ("some of his aides", True),
])
def test_quantified_plural(name: str, plural: bool) -> None:
    words = name.split()
    assert quantified_plural(words, [w.lower() for w in words]) is plural

