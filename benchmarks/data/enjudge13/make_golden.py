"""Build tests/golden/en_judge13.json from the gold of open en-news articles (tune, test half A).

Each row: a passage of the article (the paragraphs listed, or the whole article when the
certainty depends on a denial elsewhere in it), the gold attribution whose content starts with
the given words, and the fields checked. Run from the repository root:

    python benchmarks/data/enjudge13/make_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from golden_from_gold import Row, label_cases, write_table  # noqa: E402

# id, split, article, content prefix, checked fields, paragraphs (None: whole article), class, pattern
ROWS: list[Row] = [
    ("01", "tune", "enG-thenational-1", "it stands by the truth", ["stance"], [7, 8],
     "deny: a story stood by", "The paper said it stands by the truth of its piece"),
    ("02", "tune", "enG-neweuropean-1", "These are gross distortions", ["stance"], [10],
     "deny: claims called gross distortions", "These are gross distortions of his position"),
    ("03", "tune", "enG-newsweekpk-1", "propagating fake news", ["stance"], None,
     "accuse: lies laid at a party as its practice", "propagating fake news through its pliant media was part of India's state policy"),
    ("04", "tune", "enG-newsweekpk-1", "The reality of India", ["stance"], None,
     "accuse: false flag operations", "The reality of India's false flag operations ... stands completely revealed"),
    ("05", "tune", "enG-sana-1", "the forces that stand behind these lies", ["stance"], [0, 1],
     "accuse: a charge of its own after a denial (affirming)", "has categorically denied ..., affirming that the forces that stand behind these lies are ..."),
    ("06", "tune", "enG-newsweekpk-1", "The fact of the matter", ["stance"], None,
     "accuse: an attempt to divert", "India is desperately seeking to create a diversion"),
    ("07", "tune", "enG-sana-1", "such news is a failed attempt", ["stance"], None,
     "accuse: an attempt by a party to cast doubt", "such news is a failed attempt by the financiers of those newspapers to doubt ..."),
    ("08", "tune", "enG-newsweekpk-1", "the “terror module” had been trained", ["stance"], None,
     "accuse: a party involved in attacks", "had been trained by Pakistan's intelligence agency and was involved in targeting local festivals"),
    ("09", "tune", "enG-sputnik-1", "it shot down a US surveillance drone", ["stance"], None,
     "accuse: airspace crossed", "shot down a US surveillance drone ... for crossing into Iran's airspace"),
    ("14", "tune", "enG-npr-1", "Priebus got clearance from Comey", ["stance"], None,
     "assert: a denial reported inside the content", "The official said Priebus got clearance from Comey to say publicly that \"intelligence officials\" told him the Times' story was inaccurate"),
    ("15", "tune", "enG-neweuropean-1", "telling aides he would rather", ["certainty"], None,
     "disputed: a denial whose subject is the allegation just reported", "The prime minister said that allegation was \"total rubbish\" (after `has been accused of telling aides ...`)"),
    ("10", "tune", "enG-thenational-1", "he had “buyer’s remorse”", ["certainty"], None,
     "disputed: nested in a disputed claim", "The paper claimed Johnson told those in attendance he had \"buyer's remorse\""),
    ("11", "tune", "enG-sana-1", "such news is a failed attempt", ["certainty"], None,
     "anonymous: the statement of an unnamed source taken up", "an official source ... said in a statement ... The statement added that ..."),
    ("12", "test", "en-bbc-2", "I just want to be able to perform", ["certainty"], None,
     "asserted: a denial stating its own proposition shares one word only", "At no point did we say Taylor could not perform (label) vs her 'I just want to be able to perform my own music'"),
    ("13", "tune", "en-time-1", "The 2°C warming limit is dead", ["certainty"], None,
     "asserted: a denial stating its own proposition shares one word only", "He also disputes Hansen's conclusions that recent shipping emission rules ... (Mann) vs Hansen's '2°C warming limit is dead'"),
]


def main() -> None:
    cases = label_cases(ROWS, "enjudge13")
    doc = ("Golden English rows of enjudge13 (issue #11 items 2-3; STANCE.md rows 2 and 8, ANNOTATION.md "
           "certainty): real passages of open en-news articles (tune incl. part G tune, round-11 half A); expected "
           "fields from each article's gold. Built by benchmarks/data/enjudge13/make_golden.py; see "
           "tests/test_golden_en_rounds.py.")
    write_table(cases, doc, Path("tests/golden/en_judge13.json"))


if __name__ == "__main__":
    main()
