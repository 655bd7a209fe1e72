"""Build tests/golden/en_judge14.json from the gold of open en-news articles (part H tune, opened
in round 14, and part F tune).

Each row: a passage of the article (the paragraphs listed, or the whole article when the
certainty depends on a denial elsewhere in it), the gold attribution whose content starts with
the given words, and the fields checked. Run from the repository root:

    python benchmarks/data/enjudge14/make_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from golden_from_gold import Row, label_cases, write_table  # noqa: E402

# id, split, article, content prefix, checked fields, paragraphs (None: whole article), class, pattern
ROWS: list[Row] = [
    ("01", "tune", "enH-ekathimerini-1", "President Recep Tayyip Erdogan had sought", ["stance"], [1],
     "accuse: an attempt to sink a ship laid at a party (COVERT_HARM)", "a German media report indicating that ... Erdogan had sought to sink a Greek ship"),
    ("02", "tune", "enH-etvbharat-1", "a Russian military intelligence unit", ["stance"], [1],
     "accuse: bounties offered for killing (COVERT_HARM)", "a Russian military intelligence unit secretly offered bounties ... for killing US troops"),
    ("03", "tune", "enH-ewn-1", "the president was behind moves", ["stance"], None,
     "accuse: a party behind moves against someone (COVERT_HARM)", "the president was behind moves to get Mkhwebane arrested"),
    ("04", "tune", "enH-ewn-1", "An individual from Ramaphosa", ["stance"], None,
     "accuse: pressure put on the police (COVERT_HARM)", "An individual from Ramaphosa's office also tried to put pressure on police to arrest Mkhwebane"),
    ("05", "tune", "enF-inn-1", "Russia was offering Taliban terrorists bounties", ["stance"], None,
     "accuse: bounties offered for killing, part F (COVERT_HARM)", "reports that Russia was offering Taliban terrorists bounties for killing coalition troops"),
    ("06", "tune", "enH-etvbharat-1", "neither Trump nor vice president", ["stance"], [1, 2, 3],
     "deny: a negated clause taking the report up with `such` (SUCH_NOUN)", "The White House said neither Trump nor vice president Mike Pence was briefed on such intelligence"),
    ("07", "tune", "enH-bfirst-1", "As with other similar reports", ["stance", "certainty"], [2, 3, 4],
     "deny, asserted: a report said to lack substantiation, in a party's statement", "this article lacks substantiation and relies on speculation, the statement read"),
    ("08", "tune", "enH-thenewdaily-1", "he did not confirm or deny", ["stance"], None,
     "assert: `did not confirm or deny` denies nothing (NOT_DENYING)", "saying he did not confirm or deny matters of national security"),
    ("09", "tune", "enH-bbc-2", "3,000 jobs", ["stance"], None,
     "warn: jobs forecast lost", "3,000 jobs - out of a total workforce of 6,500 - could be lost if the deal goes ahead"),
    ("16", "tune", "enH-trtworld-1", "President Donald Trump did not discuss", ["stance"], None,
     "deny: a negated clause quoting a wording given elsewhere in the article", "did not discuss any concerns 'of escalating violence in Afrin' vs the White House statement"),
    ("17", "tune", "enH-thenewdaily-1", "Cabinet’s national security committee reportedly", ["stance"], [1, 2],
     "assert: `, according to a report` does not go on from a denial", "reportedly rejected a proposition ..., according to a report in The Australian"),
    ("11", "tune", "enH-ekathimerini-1", "Erdogan had asked Turkey generals", ["certainty"], None,
     "disputed: a report's restatement of a claim denied before it (denied_reports_ahead, target words)", "the report claimed that Erdogan had asked Turkey generals ... to sink a Greek ship"),
    ("12", "tune", "enH-etvbharat-1", "Russians offered rewards", ["certainty"], None,
     "disputed: an outlet's claim, its story named in a denial (`the New York Times story`)", "the inaccuracy of the New York Times story erroneously suggesting ..."),
    ("13", "tune", "enH-globalnews-1", "the prime minister isn", ["certainty"], None,
     "disputed: the report of the contrary (`any statement to the contrary is false`)", "Citing unnamed inside sources, The Globe and Mail reported ... vs Ahmad's denial"),
    ("14", "tune", "enH-globalnews-1", "the Toronto MP", ["certainty"], None,
     "asserted: the denier's own side is not what `to the contrary` denies", "the PMO ... saying the Toronto MP played a lead role"),
    ("15", "tune", "enH-ewn-1", "the allegations were simply false", ["certainty"], None,
     "asserted: a denial's own `no evidence` qualifies the denied claim", "the allegations were simply false and the newspaper provided no evidence to back up the claims"),
]


def main() -> None:
    cases = label_cases(ROWS, "enjudge14")
    doc = ("Golden English rows of enjudge14 (issue #11 items 2-3; STANCE.md rows 2, 5, 8, 9, ANNOTATION.md "
           "certainty): real passages of open en-news articles (part H tune, opened in round 14; part F tune); "
           "expected fields from each article's gold. Built by benchmarks/data/enjudge14/make_golden.py; see "
           "tests/test_golden_en_rounds.py.")
    write_table(cases, doc, Path("tests/golden/en_judge14.json"))


if __name__ == "__main__":
    main()
