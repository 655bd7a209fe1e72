"""Build tests/golden/en_via15.json: golden channel rows of the open part I tune (envia15).

Each row is the paragraph of an open en-news part I tune article holding a gold attribution with
a via, and that attribution's fields copied from the gold (`tests/golden_support.checked_row_problems`
compares the via always and the `checked` fields). Run from the repository root:
    .venv/bin/python benchmarks/data/envia15/make_golden.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
from golden_from_gold import write_table  # noqa: E402

EN = Path("evaldata/en-news")
# id, article, content prefix, checked fields, class, pattern
ROWS = [
    ("01", "enI-bbc-6", "The foreign ownership issue", ["source"],
     "via: a passive quoting frame's agent relays the speaker named after the clause's comma",
     "`..., natural resources minister X was quoted as saying by the Interfax news agency.` -> "
     "source the described minister, via `Interfax`"),
    ("02", "enI-adomonline-1", "the strategy is similar", ["source"],
     "via: a radio station named by its band, after a `-based` place",
     "`Speaking on Takoradi-based Skyy FM, X said` -> via `Skyy FM`"),
    ("03", "enI-ghanaweb-1", "There is no need for me", ["source"],
     "via: a station with its frequency, then the programme its person hosts",
     "`Speaking in an interview with Happy 98.9 FM’s Samuel Eshun, host of the Happy Morning Show,"
     " Peter said` -> via `Happy 98.9 FM`, `Happy Morning Show`"),
    ("04", "enI-bbc-4", "the settling directors are expected", ["source", "certainty"],
     "via: `according to X, which cites Y` (present tense): Y speaks, X relays",
     "`According to the WSJ, which cites people familiar to the case, ...` -> source the people, "
     "via `WSJ`, anonymous"),
    ("05", "enI-radiofarda-1", "The United States lacks honesty", ["source"],
     "via: a meeting right after the verb of saying is where the words were said",
     "`He said during a recent meeting with Japan's Prime Minister Shinzo Abe that \"...\"` -> via "
     "`meeting`"),
]


def main() -> None:
    cases = []
    for rid, art, start, checked, klass, pattern in ROWS:
        text = (EN / "tune" / f"{art}.txt").read_text("utf-8")
        gold = json.loads((EN / "tune" / f"{art}.gold.json").read_text("utf-8"))
        a = next(a for a in gold["attributions"] if a["content"][0].startswith(start) and a.get("via"))
        para = next(p for p in text.split("\n") if a["content"][0] in p)
        expect = {k: a.get(k) for k in ("source", "cue", "content", "kind", "stance", "certainty", "via")}
        cases.append({"id": f"envia15-{rid}", "class": klass, "pattern": pattern, "script": "Latn",
                      "text": para, "origin": f"en-news/tune/{art}", "checked": checked, "expect": expect})
    doc = ("Golden English rows of envia15 (issue #11 item 1; ANNOTATION.md 'Citing chains' and "
           "'Channels'): real paragraphs of open en-news part I tune articles (round 15), expected "
           "fields copied from each article's gold. See tests/test_golden_en_rounds.py.")
    write_table(cases, doc, Path("tests/golden/en_via15.json"))


if __name__ == "__main__":
    main()
