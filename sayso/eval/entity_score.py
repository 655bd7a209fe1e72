"""Score the entity layer of an Analysis against gold entities (mentions, types, coreference).

Gold (`<id>.entities.json`, see evaldata/entities/README.md) lists per article every entity with
its display name, type and mentions (exact strings in order of appearance; a mention may also be
`{"text": ..., "start": offset}` where the string alone would be ambiguous). Mentions are
located in the text that `sayso.read.read_path` returns for the article file.

Predicted mentions are (1) the source and channel spans of the attributions, with their `entity`
ids, and (2) every occurrence in the text of each entity alias that is not a pronoun (a pronoun
alias says nothing about where else the entity is mentioned). Source spans win on overlap.

Predicted and gold mentions are aligned one-to-one by character overlap (largest first); a
pair counts only when more than half of the predicted span lies inside the gold one, so a
fragment glued across a heading ("Kenya He" for the gold "He") or a clause ("Facebook believe")
is a false mention, while a shorter name inside a longer gold mention ("Obama" in "President
Barack Obama") still matches.
Reported:

- mention P/R/F1 over all predicted mentions, and the precision of source spans alone;
- type accuracy: per gold entity with a matched mention, is the type of the predicted entity
  holding most of its matched mentions right;
- B-cubed coreference P/R/F1 over matched mentions (Bagga & Baldwin 1998, "Algorithms for
  scoring coreference chains"): per mention, the overlap of its gold and predicted clusters;
- B-cubed speaker clustering over attributions whose source matches a gold mention: items are
  attributions, gold clusters are gold entities, predicted clusters are `source.entity`.

A predicted mention without an entity id is its own singleton cluster. Corpus figures are
micro-averaged (B-cubed: the mean over all items of all articles).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Analysis

__all__ = [
    "GoldEntity", "GoldMention", "BCubed", "EntityScore", "load_entity_gold", "locate_mentions",
    "predicted_mentions", "score_entities",
]

# Aliases that are pronouns or bare anaphoric descriptions are not searched in the text.
PRONOUNS = frozenset({
    "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "i", "we", "you",
    "the spokesman", "the spokeswoman", "the spokesperson", "the official", "the company",
    "他", "她", "它", "他们", "她们", "它们", "其", "我", "我们", "你", "您", "他們", "她們",
    "它們", "我們", "该发言人", "該發言人", "该公司", "該公司", "对方", "對方",
})


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    text: str
    entity: int  # index of its GoldEntity


@dataclass
class GoldEntity:
    name: str
    type: str
    mentions: list[GoldMention] = field(default_factory=list)


@dataclass(frozen=True)
class PredMention:
    start: int
    end: int
    entity: str  # predicted entity id, or a unique placeholder for a singleton
    source: bool  # True when it is an attribution's source or channel span


def locate_mentions(text: str, mentions: list[Any]) -> list[tuple[int, int, str]]:
    """Spans of `mentions` (strings in order, or {"text", "start"}); ValueError if one is absent.

    Each string is searched from the end of the previous mention of the same entity, so the
    order in the gold file is the order in the text.
    """
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for m in mentions:
        if isinstance(m, dict):
            s, start = m["text"], int(m["start"])
            if text[start:start + len(s)] != s:
                raise ValueError(f"mention {s!r} is not at offset {start}")
        else:
            s = m
            start = text.find(s, cursor)
            if start < 0:
                where = "at all" if text.find(s) < 0 else f"after offset {cursor}"
                raise ValueError(f"mention {s!r} not found {where}")
        spans.append((start, start + len(s), s))
        cursor = start + len(s)
    return spans


def load_entity_gold(gold: dict[str, Any] | str | Path, text: str) -> list[GoldEntity]:
    """Gold entities with located mentions; ValueError naming the entity when one fails."""
    if not isinstance(gold, dict):
        gold = json.loads(Path(gold).read_text(encoding="utf-8"))
    entities: list[GoldEntity] = []
    for i, e in enumerate(gold["entities"]):
        try:
            spans = locate_mentions(text, e["mentions"])
        except ValueError as err:
            raise ValueError(f"entity {e['name']!r}: {err}") from None
        entities.append(GoldEntity(e["name"], e["type"],
                                   [GoldMention(s, t, x, i) for s, t, x in spans]))
    return entities


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def predicted_mentions(analysis: Analysis) -> list[PredMention]:
    """Source/channel spans of the attributions, then non-pronoun aliases found in the text."""
    out: list[PredMention] = []
    seen: set[tuple[int, int]] = set()
    for a in analysis.attributions:
        for span in ([a.source] if a.source else []) + list(a.via):
            if (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            ent = span.entity or f"_singleton:{span.start}:{span.end}"
            out.append(PredMention(span.start, span.end, ent, True))
    text = analysis.document.text
    taken = [(m.start, m.end) for m in out]
    for e in analysis.entities:
        for alias in sorted(set(e.aliases) | {e.name}, key=len, reverse=True):
            if not alias.strip() or alias.lower() in PRONOUNS:
                continue
            start = text.find(alias)
            while start >= 0:
                span = (start, start + len(alias))
                if not any(_overlap(span, t) for t in taken):
                    taken.append(span)
                    out.append(PredMention(span[0], span[1], e.id, False))
                start = text.find(alias, start + len(alias))
    return sorted(out, key=lambda m: (m.start, m.end))


def _matches(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    """More than half of the predicted span lies inside the gold span."""
    return 2 * _overlap(pred, gold) > pred[1] - pred[0]


def align(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one alignment pred index -> gold index, by largest character overlap first."""
    pairs = sorted(((_overlap(p, g), i, j) for i, p in enumerate(pred)
                    for j, g in enumerate(gold) if _matches(p, g)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out[i] = j
    return out


@dataclass
class BCubed:
    """Sums of per-item B-cubed precision and recall, and the number of items."""

    p_sum: float = 0.0
    r_sum: float = 0.0
    n: int = 0

    @property
    def precision(self) -> float:
        return self.p_sum / self.n if self.n else 0.0

    @property
    def recall(self) -> float:
        return self.r_sum / self.n if self.n else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add_clusters(self, gold: list[Any], pred: list[Any]) -> None:
        """Add items whose gold and predicted cluster labels are gold[k] and pred[k]."""
        both = Counter(zip(gold, pred, strict=True))
        g, p = Counter(gold), Counter(pred)
        for gk, pk in zip(gold, pred, strict=True):
            self.p_sum += both[gk, pk] / p[pk]
            self.r_sum += both[gk, pk] / g[gk]
            self.n += 1

    def add(self, other: BCubed) -> None:
        self.p_sum += other.p_sum
        self.r_sum += other.r_sum
        self.n += other.n

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EntityScore:
    """Counts for one article or a whole set (`add` sums them)."""

    mention_tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    source_tp: int = 0
    n_source: int = 0
    type_right: int = 0
    type_total: int = 0
    coref: BCubed = field(default_factory=BCubed)
    speakers: BCubed = field(default_factory=BCubed)
    type_errors: list[tuple[str, str, str]] = field(default_factory=list)  # name, gold, pred

    @staticmethod
    def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def mention_prf(self) -> tuple[float, float, float]:
        return self._f1(self.mention_tp, self.n_pred, self.n_gold)

    @property
    def source_precision(self) -> float:
        return self.source_tp / self.n_source if self.n_source else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_right / self.type_total if self.type_total else 0.0

    def add(self, other: EntityScore) -> None:
        self.mention_tp += other.mention_tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold
        self.source_tp += other.source_tp
        self.n_source += other.n_source
        self.type_right += other.type_right
        self.type_total += other.type_total
        self.coref.add(other.coref)
        self.speakers.add(other.speakers)
        self.type_errors.extend(other.type_errors)

    def to_dict(self) -> dict[str, Any]:
        p, r, f = self.mention_prf
        return {
            "mentions": {"tp": self.mention_tp, "pred": self.n_pred, "gold": self.n_gold,
                         "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)},
            "source_precision": {"tp": self.source_tp, "pred": self.n_source,
                                 "value": round(self.source_precision, 4)},
            "type_accuracy": {"right": self.type_right, "total": self.type_total,
                              "value": round(self.type_accuracy, 4)},
            "coref_bcubed": self.coref.to_dict(),
            "speaker_bcubed": self.speakers.to_dict(),
        }


def score_entities(gold: list[GoldEntity], analysis: Analysis) -> EntityScore:
    """Score the entities and source spans of `analysis` against `gold` (one article)."""
    gold_mentions = sorted((m for e in gold for m in e.mentions), key=lambda m: m.start)
    pred = predicted_mentions(analysis)
    match = align([(m.start, m.end) for m in pred], [(m.start, m.end) for m in gold_mentions])
    s = EntityScore(mention_tp=len(match), n_pred=len(pred), n_gold=len(gold_mentions))
    s.n_source = sum(m.source for m in pred)
    s.source_tp = sum(pred[i].source for i in match)

    matched = [(pred[i], gold_mentions[j]) for i, j in match.items()]
    s.coref.add_clusters([g.entity for _, g in matched], [p.entity for p, _ in matched])

    by_gold: dict[int, Counter[str]] = {}
    for p, g in matched:
        by_gold.setdefault(g.entity, Counter())[p.entity] += 1
    for gi, votes in sorted(by_gold.items()):
        ent = analysis.entity(votes.most_common(1)[0][0])
        pred_type = ent.type if ent else "none"
        s.type_total += 1
        if pred_type == gold[gi].type:
            s.type_right += 1
        else:
            s.type_errors.append((gold[gi].name, gold[gi].type, pred_type))

    spans = [(m.start, m.end) for m in gold_mentions]
    gold_labels: list[int] = []
    pred_labels: list[str] = []
    for a in analysis.attributions:
        if a.source is None:
            continue
        src = (a.source.start, a.source.end)
        best = max(range(len(spans)), default=None, key=lambda j: _overlap(src, spans[j]))
        if best is None or not _matches(src, spans[best]):
            continue
        gold_labels.append(gold_mentions[best].entity)
        pred_labels.append(a.source.entity or f"_singleton:{a.id}")
    s.speakers.add_clusters(gold_labels, pred_labels)
    return s
