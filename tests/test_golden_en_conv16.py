"""Golden English rows of enconv16 (tests/golden/en_conv16.json): the owners' zh-dev conventions.

Round 16 applies conventions of the owners' only gold (zh-dev) to English where the
construction is the same (benchmarks/data/conv15/divergences.md; the open gold edits are listed
in benchmarks/data/enconv16/gold-edits.md):

- `frames` (D1): a named outlet relaying a named speaker is two rows: the outlet, `reported`,
  its cue `according to`/`reported`, its content the whole relayed clause; and the speaker's
  row, its own verb as cue, the outlet as via, nested in the outlet's row (zh-dev cnews-567
  #0/#1). `traps`: a citing chain and unnamed media keep one row.
- `labels` (D2, D6): agentless attributions and unnamed questioners are `anonymous` (zh-dev
  cnews-479 #3, #7 被问到); a passive with its agent and an appeal are not.

Each row's text is a real sentence: of an open en-news article (tune, or the round-11 opened
test half A) or of PolNeAR train text read as unlabeled text (`origin`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import best_match, content_chars, dice

from sayso.eval.score import alias_matches, predicted_forms

TABLE = json.loads((Path(__file__).parent / "golden" / "en_conv16.json").read_text("utf-8"))
ROOT = Path(__file__).parents[1]


def _row_for(row: dict, part: str, analysis) -> object | None:
    want = content_chars(row["text"], row[part]["content"])
    scored = [(dice(want, {i for s in a.content for i in range(s.start, s.end)}), n)
              for n, a in enumerate(analysis.attributions)]
    best = max(scored, default=(0.0, -1))
    return analysis.attributions[best[1]] if best[0] >= 0.8 else None


@pytest.mark.parametrize("row", TABLE["frames"], ids=[c["id"] for c in TABLE["frames"]])
def test_named_outlet_frame_is_two_rows(row: dict) -> None:
    analysis, _ = best_match({"text": row["text"], "expect": row["speaker"]}, "en")
    outlet, speaker = _row_for(row, "outlet", analysis), _row_for(row, "speaker", analysis)
    assert outlet is not None and speaker is not None and outlet is not speaker
    exp = row["outlet"]
    assert [c.text.lower() for c in outlet.cue] == exp["cue"]
    assert outlet.certainty == exp["certainty"]
    assert alias_matches(predicted_forms(analysis, outlet), outlet.source.text, exp["speaker"])
    exp = row["speaker"]
    assert speaker.source is not None and speaker.source.text == exp["source"]
    assert [c.text for c in speaker.cue] == exp["cue"]  # the speaker's verb only
    assert [v.text for v in speaker.via] == exp["via"]
    assert speaker.certainty == exp["certainty"]
    assert speaker.parent == outlet.id


@pytest.mark.parametrize("row", TABLE["traps"], ids=[c["id"] for c in TABLE["traps"]])
def test_citing_chains_and_unnamed_media_keep_one_row(row: dict) -> None:
    from sayso import pipeline
    from sayso.model import Document

    analysis = pipeline.run(Document(text=row["text"], language="en"))
    assert analysis.attributions
    assert all(a.parent is None for a in analysis.attributions)
    assert not any(a.evidence == "rule:outlet-frame" for a in analysis.attributions)


@pytest.mark.parametrize("row", TABLE["labels"], ids=[c["id"] for c in TABLE["labels"]])
def test_agentless_and_unnamed_questioners(row: dict) -> None:
    _, got = best_match(row, "en", row.get("min_dice", 0.8))
    assert got is not None, f"no attribution for {row['expect']['content']!r}"
    for name in row["checked"]:
        assert getattr(got, name) == row["expect"][name], name


def test_rows_are_verbatim_from_open_text() -> None:
    for row in TABLE["frames"] + TABLE["traps"] + TABLE["labels"]:
        origin = row["origin"]
        if origin.startswith("PolNeAR train text "):
            path = ROOT.parent / "shared/eval/en-polnear/train/text" / f"{origin.split()[3]}.txt"
            if not path.exists():
                continue  # the shared corpus is not on every machine
        else:
            corpus, folder, article = origin.split(" ")[0].split("/")
            assert corpus == "en-news" and folder in ("tune", "test"), origin
            assert folder == "tune" or origin.endswith("(round-11 half A)"), origin
            path = ROOT / "evaldata" / corpus / folder / f"{article}.txt"
        assert row["text"] in path.read_text("utf-8"), row["id"]
