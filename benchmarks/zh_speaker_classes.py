"""Chinese speaker errors by class, for both speaker measures (issue #15, round 12).

Run by hand on open material only (tune, half A, part F tune; never half B or a reserved set):

    .venv/bin/python benchmarks/zh_speaker_classes.py /work/r11/zhtestA /work/r11/zhFtune
    .venv/bin/python benchmarks/zh_speaker_classes.py FOLDER --show CLASS

Two counts per folder, over the attributions matched as `sayso eval` matches them:

* *wrong speaker* (speaker F1): each matched pair that `speaker_right` rejects, in the first
  class that explains it: no source / spurious source (gold has none) / pronoun (他, 她, 他们,
  其, 对方 ... to the wrong antecedent or none) / description (该发言人, 这位官员, 发言人, 外长,
  该部 ... not linked to the named person or body) / name variant (the span or its entity
  denotes the gold speaker but no form meets the alias rule: 蕭文 for 蕭文生) / span right,
  entity wrong (the predicted span overlaps the gold source, Dice >= 0.5, yet names another
  entity) / wrong source span (the span names something else).
* *cluster split* (speaker B³ recall): within one article, the items of a gold speaker that
  are not in that speaker's largest predicted entity, classed by their own source: pronoun or
  description left unresolved or resolved elsewhere / name variant not merged (the item's
  speaker is right by the alias rule, only the entity differs) / report or statement vs its
  author (报道, 声明 … as a source) / organisation vs its spokesperson / wrong source span.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sayso.eval.score import speaker_right

sys.path.insert(0, str(Path(__file__).parent))
from speaker_classes_common import main as run_classes  # noqa: E402
from speaker_classes_common import names_gold as _names_gold  # noqa: E402
from speaker_classes_common import overlap as _overlap  # noqa: E402
from zh_speaker_errors import DESCRIPTION, PRONOUN  # noqa: E402

PERSON_TYPES = {"person"}
REPORT = re.compile(r"(报道|報道|报导|報導|報导|报告|報告|声明|聲明|文章|文件|图表|圖表)$")
BODY_TYPES = {"organization", "government", "outlet"}


def wrong_class(gold, analysis, pred) -> str:
    """The first class (module docstring) that explains one speaker-wrong pair."""
    if pred.source is None:
        return "no source"
    if not gold.has_source:
        return "spurious source"
    span = pred.source.text.strip()
    if PRONOUN.match(span):
        return "pronoun"
    if DESCRIPTION.match(span) and _overlap(gold, pred) < 0.5:
        return "description"
    if _names_gold(gold, analysis, pred):
        return "name variant"
    if _overlap(gold, pred) >= 0.5:
        return "span right, entity wrong"
    return "wrong source span"


def split_class(gold, analysis, pred, top) -> str:
    """Why one item of a gold speaker sits outside the speaker's largest predicted entity."""
    majority_type = top.type if top is not None else None
    if pred.source is None:
        return "no source"
    span = pred.source.text.strip()
    ent = analysis.entity(pred.source.entity)
    if PRONOUN.match(span):
        return "pronoun"
    if DESCRIPTION.match(span) and not speaker_right(gold, analysis, pred, "sayso"):
        return "description"
    if REPORT.search(span):
        return "report or statement vs its author"
    if ent is not None and majority_type and (
            {ent.type, majority_type} & PERSON_TYPES and {ent.type, majority_type} & BODY_TYPES):
        return "organisation vs spokesperson"
    if speaker_right(gold, analysis, pred, "sayso") or _names_gold(gold, analysis, pred):
        return "name variant"
    return "wrong source span"


def main(argv: list[str] | None = None) -> int:
    return run_classes(argv, __doc__, wrong_class, split_class)


if __name__ == "__main__":
    sys.exit(main())
