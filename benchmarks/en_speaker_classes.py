"""English speaker errors by class, for both speaker measures (issue #15; issue #11 item 5).

Run by hand on open material only (tune parts, half A; never half B or a reserved set):

    .venv/bin/python benchmarks/en_speaker_classes.py /work/r12/Gtune /work/r11/Ftune
    .venv/bin/python benchmarks/en_speaker_classes.py FOLDER --show CLASS   (prefix or 'all')

Two counts per folder over the attributions matched as `sayso eval` matches them (the loop is
`speaker_classes_common.py`, shared with `zh_speaker_classes.py`):

* *wrong speaker* (speaker F1): the classes of `en_speakers.py` (no source, spurious source,
  other NP same/other cue, span too long/short, pronoun/description/name on the right span).
* *cluster split* (speaker B³ recall): within one article, each item of a gold speaker outside
  that speaker's largest predicted entity, classed by its own source span: no source /
  pronoun (unresolved or resolved elsewhere) / wrong source span (the span shares nothing
  with the gold source and names nobody the gold speaker is: another frame's noun phrase) /
  description (`the spokesman`, `a senior official`; `repeated indefinite` when its head
  is the head of the main entity's name) /
  report or statement vs its author (`the statement`, `the report`) / organisation vs its
  spokesperson (a person entity against a body) / name variant not merged, subclassed by the
  shape of the span against the main entity's name: `Mr X`, `surname`, `first name`,
  `title + surname`, `possessive`, `misspelling`, `other form`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from en_speakers import classify_pair  # noqa: E402
from speaker_classes_common import main as run_classes  # noqa: E402
from speaker_classes_common import names_gold, overlap, speaker_right  # noqa: E402

PRONOUNS = frozenset("he she they it we i you him her them his its their who which".split())
DETERMINERS = frozenset("the a an this that these those one another".split())
HONORIFICS = re.compile(r"^(mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?$", re.I)
REPORT_HEADS = frozenset(
    "report reports statement statements study survey paper document documents letter findings"
    " data figures analysis release post tweet memo filing complaint lawsuit ruling order"
    " communique communiqué declaration announcement newspaper article editorial".split())
PERSON = {"person"}
BODIES = {"organization", "government", "outlet", "group"}


def wrong_class(gold, analysis, pred) -> str:
    """The `en_speakers.py` class of one speaker-wrong pair."""
    return classify_pair(analysis.document.text, gold, pred, analysis)[0]


def _words(s: str) -> list[str]:
    return re.findall(r"[\w’'.-]+", s)


def _one_edit(a: str, b: str) -> bool:
    """Levenshtein distance one (or an adjacent swap) between two words."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def name_shape(span: str, top_names: list[str]) -> str:
    """How a name span differs from the main entity's names (the name-variant subclasses)."""
    words = _words(span)
    if not words:
        return "other form"
    if re.search(r"[’']s?$", span.strip()):
        return "possessive"
    if HONORIFICS.match(words[0]):
        return "Mr X"
    full = [w for n in top_names for w in _words(n)]
    low = {w.lower() for w in full}
    if len(words) == 1:
        w = words[0].lower()
        if any(_words(n) and _words(n)[-1].lower() == w for n in top_names):
            return "surname"
        if any(_words(n) and _words(n)[0].lower() == w for n in top_names):
            return "first name"
        if any(_one_edit(w, x) for x in low if len(x) >= 4):
            return "misspelling"
        return "other form"
    if words[-1].lower() in low and words[0].lower() not in low:
        return "title + surname"
    if any(_one_edit(x.lower(), y) for x in words for y in low if len(y) >= 4):
        return "misspelling"
    return "other form"


def split_class(gold, analysis, pred, top) -> str:
    """Why one item of a gold speaker sits outside the speaker's largest predicted entity."""
    if pred.source is None:
        return "no source"
    span = pred.source.text.strip()
    words = _words(span)
    low = [w.lower() for w in words]
    ent = analysis.entity(pred.source.entity) if pred.source.entity else None
    right = speaker_right(gold, analysis, pred, "sayso")
    if span.lower() in PRONOUNS:
        return "pronoun"
    if not right and not names_gold(gold, analysis, pred) and (
            gold.source is None or overlap(gold, pred) == 0.0):
        return "wrong source span"  # another frame's noun phrase, or a source the gold lacks
    head = low[-1].rstrip("’'s") if low else ""
    if low and (low[-1] in REPORT_HEADS or head in REPORT_HEADS):
        return "report or statement vs its author"
    top_names = [top.name, *top.aliases] if top is not None else []
    if ent is not None and top is not None and (
            {ent.type, top.type} & PERSON and {ent.type, top.type} & BODIES):
        return "organisation vs spokesperson"
    if low and (low[0] in DETERMINERS or span[:1].islower()):
        if low[0] in ("a", "an", "one", "another") and any(
                _words(n) and _words(n)[-1].lower() == low[-1] for n in top_names):
            return "description: repeated indefinite"
        return "description"
    if right or names_gold(gold, analysis, pred):
        return "name variant: " + name_shape(span, top_names)
    return "wrong source span"


def main(argv: list[str] | None = None) -> int:
    return run_classes(argv, __doc__, wrong_class, split_class)


if __name__ == "__main__":
    sys.exit(main())
