"""Golden English dispute rows of endisp19b (tests/golden/en_disp19b.json) and the guards of
`disputes.contested_reports_answered`: a report marked as contested (certainty.json
`contested_reports`: `reportedly`, `according to reports`, `people familiar`) that a NAMED
party's denial answers, sharing four content-word stems within about twelve sentences, is
`disputed` (ANNOTATION.md: "when the text reports it being denied or contradicted"); the
denial's own row stays `asserted`. A golden row is matched by its source text and content
(Dice >= 0.8 on the content), since the outlet row and its withheld source share one content.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import content_chars, dice

from sayso import pipeline
from sayso.lang.en import disputes
from sayso.model import Attribution, Document, EntitySpan, Span

TABLE = Path(__file__).parent / "golden" / "en_disp19b.json"
CASES = json.loads(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("row", CASES, ids=[r["id"] for r in CASES])
def test_golden_contested_report_row(row: dict) -> None:
    text, exp = row["text"], row["expect"]
    want = content_chars(text, exp["content"])
    rows = [a for a in pipeline.run(Document(text=text, language="en")).attributions
            if a.source is not None and a.source.text == exp["source"]
            and dice(want, {i for s in a.content for i in range(s.start, s.end)}) >= 0.8]
    assert rows, f"no attribution of {exp['source']!r} for {exp['content']!r}"
    assert rows[0].certainty == exp["certainty"], f"{row['origin']}: {row['pattern']}"


def test_rows_come_from_breadth_text() -> None:
    """Broad unlabeled text only (PolNeAR train, BBC non-politics), never a test part (COMMON.md)."""
    for row in CASES:
        assert row["origin"].startswith(("PolNeAR train", "BBC News 2004-05 ")), row["id"]


# PolNeAR train, breitbart 2016-06-29: the headline denial and the contested report after it.
HEADLINE = "Donald Trump Denies Mike Tyson Invited to Appear at GOP Convention."
REPORT = ("Donald Trump’s campaign aides are lining up a slate of iconic sports figures to appear at the "
          "convention in Cleveland next month—including former undisputed world heavyweight champion Mike Tyson")
TEXT = f"{HEADLINE}\n\n“{REPORT}, people familiar with the planning told Bloomberg Politics,” Bloomberg reported."


def _rows(denier: str = "Donald Trump", report: str = REPORT,
          denier_certainty: str = "asserted") -> tuple[Attribution, Attribution, str]:
    text = TEXT.replace(REPORT, report)
    d_at = text.index("Mike Tyson Invited")
    d_content = "Mike Tyson Invited to Appear at GOP Convention"
    d = Attribution(id="a1", source=EntitySpan(0, len(denier), denier, "e1"), cue=[Span(13, 19, "Denies")],
                    content=[Span(d_at, d_at + len(d_content), d_content)], stance="deny", certainty=denier_certainty)
    r_at = text.index(report)
    cue_at = text.index("told")
    a = Attribution(id="a2", source=EntitySpan(cue_at - 35, cue_at - 1, text[cue_at - 35:cue_at - 1], "e2"),
                    cue=[Span(cue_at, cue_at + 4, "told")], content=[Span(r_at, r_at + len(report), report)])
    return d, a, text


def test_named_denial_disputes_contested_report() -> None:
    d, a, text = _rows()
    disputes.contested_reports_answered([d, a], text)
    assert (a.certainty, d.certainty, d.target) == ("disputed", "asserted", "a2")


@pytest.mark.parametrize(("denier", "certainty"), [
    ("He", "asserted"),              # a bare pronoun names no party
    ("Donald Trump", "anonymous"),   # a withheld denier is no named party
])
def test_unnamed_denial_disputes_nothing(denier: str, certainty: str) -> None:
    d, a, text = _rows(denier=denier, denier_certainty=certainty)
    disputes.contested_reports_answered([d, a], text)
    assert a.certainty == "asserted"


def test_negated_report_agrees() -> None:
    """A report that negates (`Mike Tyson was not asked to appear`) agrees with the denial."""
    d, a, text = _rows(report="Mike Tyson was not asked to appear at the convention in Cleveland")
    disputes.contested_reports_answered([d, a], text)
    assert a.certainty == "asserted"


def test_three_shared_stems_are_not_enough() -> None:
    """Four stems: on the open gold three shared stems were right 5 of 7 (benchmarks/data/endisp19b)."""
    d, a, text = _rows(report="campaign aides want Mike Tyson at the convention in Cleveland")
    assert len(disputes.content_stems(a.content[0].text) & disputes.content_stems(d.content[0].text)) == 3
    disputes.contested_reports_answered([d, a], text)
    assert a.certainty == "asserted"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("“..., people familiar with the planning told Bloomberg Politics,” Bloomberg reported.", True),
    ("Chelsea have reportedly agreed a fee with Inter.", True),
    ("Mr Howard said the shadow cabinet had weighed up all the conflicting interests.", False),
])
def test_contested_marker(sentence: str, expected: bool) -> None:
    a = Attribution(id="a1", source=None, cue=[], content=[Span(0, len(sentence), sentence)])
    assert disputes.contested(a, sentence) is expected
