"""Golden English rows of the round-13 to round-15 fixing branches, one table per branch.

Each row is a real passage of an open en-news article (`origin` names it; never half B, a
reserved test part or a clean part), and its expected fields are copied from that article's gold.
A prediction matches the expected attribution when its content overlaps by Dice >= 0.8; every
field the row lists in `checked` must equal the gold's. The classes of each table are described in
`benchmarks/data/<branch>/`:

* `en_judge13.json`, `en_judge14.json` (stance and certainty): a story stood by, claims called
  gross distortions, a report said to lack substantiation (deny); lies, attacks, covert harm laid
  at a party (accuse); a denial inside a content, `did not confirm or deny` (assert); an
  allegation taken up by a denial, a claim nested in a disputed one, an outlet's story named in a
  denial (disputed); a party's statement, a denial's own `no evidence` (asserted).
* `en_ext13.json`, `en_ext14.json` (extraction): nested reports, the take-over boundary, a verb of
  saying coordinated after a content, a document noun with a reporting participle, a lone
  quotation going on with the speaker before it.
* `en_via13.json`, `en_via14.json`, `en_via15.json` (channels): the person of an outlet addressed
  follows the outlet, a title after `told The` is a publication, an outlet that quoted or cited a
  party is its channel, a closing credit relays a named speaker, a call sign is the station; a
  station named by its band (`Skyy FM`), the programme its host hosts, a meeting spoken at, a
  passive quoting frame's agent, `according to X, which cites Y`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import best_match, checked_row_problems, label_row_problems

GOLDEN = Path(__file__).parent / "golden"
EVALDATA = Path(__file__).parents[1] / "evaldata"


def _cases(*names: str) -> list[dict]:
    return [row for name in names for row in json.loads((GOLDEN / name).read_text("utf-8"))["cases"]]


JUDGE = _cases("en_judge13.json", "en_judge14.json")
EXT = _cases("en_ext13.json", "en_ext14.json")
VIA = _cases("en_via13.json", "en_via14.json", "en_via15.json")
# The open articles each channel table may draw on (round 13: parts F, G tune and one half-A
# article; round 14: the opened part H tune; round 15: the opened part I tune).
VIA_OPEN = {"envia13": {("en-news", "tune"): ("enF-", "enG-"), ("en-news", "test"): ("enC-polygraph-1",)},
            "envia14": {("en-news", "tune"): ("enH-",)},
            "envia15": {("en-news", "tune"): ("enI-",)}}


def _ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows]


@pytest.mark.parametrize("rows", [JUDGE, EXT, VIA], ids=["judge", "ext", "via"])
def test_ids_are_unique(rows: list[dict]) -> None:
    assert len(_ids(rows)) == len(set(_ids(rows)))


def test_judge_rows_come_from_open_articles() -> None:
    for r in JUDGE:
        assert r["id"].startswith(("enjudge13-", "enjudge14-"))
        assert r["origin"].startswith(("en-news/tune/", "en-news/test/"))
        name = r["origin"].rsplit("/", 1)[1]
        assert not name.startswith(("enE-", "enF-", "enG-", "enH-", "enI-")) or "/tune/" in r["origin"]
        assert not name.startswith("enI-")
        assert r["checked"] and set(r["checked"]) <= {"stance", "certainty"}


@pytest.mark.parametrize("row", JUDGE, ids=_ids(JUDGE))
def test_judge_row(row: dict) -> None:
    assert label_row_problems(row, "en") == []


def test_ext_rows_come_from_open_articles() -> None:
    for r in EXT:
        assert r["id"].startswith(("enext13-", "enext14-"))
        assert r["origin"].startswith(("en-news/tune/", "en-news/test/"))
        assert "enI-" not in r["origin"]
        assert "half A" in r["origin"] or r["origin"].startswith("en-news/tune/")


@pytest.mark.parametrize("row", EXT, ids=_ids(EXT))
def test_ext_row(row: dict) -> None:
    _, got = best_match(row, "en")
    exp = row["expect"]
    assert got is not None, f"no attribution for {exp['content']!r}"
    assert exp["cue"] in " ".join(c.text for c in got.cue)
    for name in row["checked"]:
        value = (got.source.text if got.source else None) if name == "source" else getattr(got, name)
        assert value == exp[name], name


@pytest.mark.parametrize("row", VIA, ids=_ids(VIA))
def test_via_row(row: dict) -> None:
    assert checked_row_problems(row, "en") == []


def test_via_rows_come_from_open_articles() -> None:
    for row in VIA:
        open_parts = VIA_OPEN[row["id"].split("-", 1)[0]]
        corpus, folder, article = row["origin"].split("/")
        assert article.startswith(open_parts[(corpus, folder)]), row["origin"]
        assert row["text"] in (EVALDATA / corpus / folder / f"{article}.txt").read_text("utf-8"), row["id"]
        gold = json.loads((EVALDATA / corpus / folder / f"{article}.gold.json").read_text("utf-8"))
        assert any(a["content"] == row["expect"]["content"] and a.get("via", []) == row["expect"]["via"]
                   for a in gold["attributions"]), row["id"]
