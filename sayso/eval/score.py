"""The sayso scorer: the rules of `shared/eval/README.md`, applied to one document at a time.

Choices the README leaves open, made here once:

- **Content match**: Dice `2|P∩G|/(|P|+|G|)` over the sets of character offsets covered by all
  content parts, >= 0.5. Greedy one-to-one: candidate pairs sorted by Dice (highest first; ties
  by gold then prediction order) are taken while both sides are free; scored gold first, then
  the remaining predictions against optional gold. Predictions matched to optional gold and
  unmatched optional gold are dropped from every count.
- **Speaker** (sayso gold): right when a predicted form (the source span text, its entity's
  name and aliases) equals a gold alias under `sayso.text.fold_key` (case, spaces, `·` and `.`,
  Traditional->Simplified) with curly and straight apostrophes alike; or a gold alias of >= 2 characters ends the source text with any
  parenthesised part removed, or ends its part before the first comma. A gold null source is
  right when the prediction has no source or an entity of type "unnamed" (or, by the alias rule,
  names one of the gold aliases). Brat gold has no aliases: right when the source spans' Dice is
  >= 0.5, or when neither side has a source.
- **Cue accuracy**: the predicted cue texts concatenated equal the gold cue strings concatenated,
  compared with `fold_key` ("援引"+"报道说" == "援引报道说"; "Said" == "said").
- **Kind / stance / certainty accuracy** over matched pairs whose gold gives the field.
- **Via recall**: each gold via string of a matched pair counts as found when a predicted via
  text equals it under `fold_key` with book-title marks 《》〈〉 removed.
- **Exact spans** (strict, PolNeAR/CofeNet style): per document, the set of gold (start, end)
  pairs against the set of predicted ones, separately for source, cue and content; every part
  of a multi-part cue or content is its own span. Spans of dropped items (optional gold and
  predictions matched to them) are left out on both sides.
- **Content convention**: the contract (and sayso gold) excludes quotation marks and the frame's
  comma/full stop from content; PolNeAR includes the marks and the punctuation inside them
  (`"We will never accept this,"`). Against brat gold, each predicted content part is widened
  over an opening mark right before it, over the punctuation and closing mark right after it (the
  full stop alone after a sentence of a quotation that runs on: PolNeAR gives such a quotation one
  part per sentence) and over a complementiser `that ` right before it (`polnear_content`) before matching and exact spans, for gold read in PolNeAR's layout or as
  flat brat without `sayso export`'s annotation.conf (`GoldDocument.convention`), so that scores stay comparable with
  PolNeAR's own and with systems that follow its convention. Likewise a cue is widened over the
  colon right after it (`said:`; the contract's cue is the reporting words, `polnear_cue`).
- P/R/F1 with an empty denominator are 0.0; an accuracy or recall over nothing is null in
  JSON and "-" in the table. Totals are micro-averages over documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Analysis, Attribution, EntitySpan, Section, Span
from ..text import fold_key
from .gold import BRAT, GoldAttribution, GoldDocument

THRESHOLD = 0.5


# --------------------------------------------------------------------------- counters

@dataclass
class PRF:
    """True positives with the sizes of the predicted and gold sides."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "pred": self.n_pred, "gold": self.n_gold,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def add(self, other: Ratio) -> None:
        self.right += other.right
        self.total += other.total

    def count(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def to_dict(self) -> dict[str, Any]:
        """`value` is null when nothing was counted (the table shows "-")."""
        return {"right": self.right, "total": self.total,
                "value": round(self.value, 4) if self.total else None}


@dataclass
class Pair:
    gold: int  # index into GoldDocument.attributions
    pred: int  # index into Analysis.attributions
    dice: float
    speaker: bool = False
    cue: bool = False


ACCURACIES = ("cue", "kind", "stance", "certainty")
SPAN_ROLES = ("source", "cue", "content")
PROVENANCE_FIELDS = ("reposted_from", "credits", "references", "dateline")


@dataclass
class DocScore:
    id: str
    scheme: str
    attribution: PRF = field(default_factory=PRF)
    speaker: PRF = field(default_factory=PRF)
    accuracy: dict[str, Ratio] = field(default_factory=lambda: {k: Ratio() for k in ACCURACIES})
    via: Ratio = field(default_factory=Ratio)
    spans: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in SPAN_ROLES})
    sections: Ratio = field(default_factory=Ratio)
    provenance: dict[str, Ratio] = field(default_factory=dict)
    pairs: list[Pair] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)  # scored gold indices without a match
    spurious: list[int] = field(default_factory=list)  # prediction indices without a match
    dropped_gold: list[int] = field(default_factory=list)
    dropped_pred: list[int] = field(default_factory=list)
    seconds: float = 0.0
    chars: int = 0
    bytes: int = 0
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "attribution": self.attribution.to_dict(),
            "speaker": self.speaker.to_dict(),
            "accuracy": {k: v.to_dict() for k, v in self.accuracy.items()},
            "via_recall": self.via.to_dict(),
            "exact_spans": {k: v.to_dict() for k, v in self.spans.items()},
            "sections": self.sections.to_dict(),
            "provenance": {k: v.to_dict() for k, v in self.provenance.items()},
            "missed": len(self.missed),
            "spurious": len(self.spurious),
            "seconds": round(self.seconds, 4),
            "chars": self.chars,
            "bytes": self.bytes,
            "problems": list(self.problems),
        }


@dataclass
class SetScore:
    """Micro-averaged totals over the documents of one gold set (or over several sets)."""

    name: str
    docs: list[DocScore] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # cases that could not be scored

    def total(self) -> DocScore:
        t = DocScore(self.name, "")
        for d in self.docs:
            t.attribution.add(d.attribution)
            t.speaker.add(d.speaker)
            for k in ACCURACIES:
                t.accuracy[k].add(d.accuracy[k])
            t.via.add(d.via)
            for k in SPAN_ROLES:
                t.spans[k].add(d.spans[k])
            t.sections.add(d.sections)
            for k, v in d.provenance.items():
                t.provenance.setdefault(k, Ratio()).add(v)
            t.seconds += d.seconds
            t.missed += d.missed  # only their number means anything across documents
            t.spurious += d.spurious
            t.chars += d.chars
            t.bytes += d.bytes
        return t

    def to_dict(self, by_doc: bool = False) -> dict[str, Any]:
        t = self.total()
        out = {"name": self.name, "documents": len(self.docs), **t.to_dict()}
        out.pop("id")
        out.pop("problems")
        out["docs_per_second"] = round(len(self.docs) / t.seconds, 2) if t.seconds else None
        out["kb_per_second"] = round(t.bytes / 1024 / t.seconds, 1) if t.seconds else None
        out["errors"] = list(self.errors)
        if by_doc:
            out["by_doc"] = [d.to_dict() for d in self.docs]
        return out


# --------------------------------------------------------------------------- overlap

def char_set(spans: list[Span]) -> set[int]:
    out: set[int] = set()
    for s in spans:
        out.update(range(s.start, s.end))
    return out


def dice(a: set[int], b: set[int]) -> float:
    """Dice coefficient `2|A∩B|/(|A|+|B|)` of two character-offset sets (0 when both empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def match(gold_sets: list[set[int]], pred_sets: list[set[int]], gold_ids: list[int],
          pred_ids: list[int]) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching by Dice >= THRESHOLD among the given indices."""
    candidates = []
    for g in gold_ids:
        gs = gold_sets[g]
        if not gs:
            continue
        g_lo, g_hi = min(gs), max(gs)
        for p in pred_ids:
            ps = pred_sets[p]
            if not ps or max(ps) < g_lo or min(ps) > g_hi:
                continue
            d = dice(gs, ps)
            if d >= THRESHOLD:
                candidates.append((-d, g, p))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for neg, g, p in candidates:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        out.append((g, p, -neg))
    return out


# --------------------------------------------------------------------------- speaker

_PARENS = re.compile(r"（[^（）]*）|\([^()]*\)")
_BOOK = str.maketrans("", "", "《》〈〉")


def scored_pairs(golds: list[GoldAttribution], preds: list[Attribution]) -> list[tuple[int, int, float]]:
    """(gold index, prediction index, Dice) of the content matches against the scored (not
    optional) gold items: the first pass of Scoring rule 1, for tools that study matched pairs."""
    return match([char_set(g.content) for g in golds], [char_set(p.content) for p in preds],
                 [i for i, g in enumerate(golds) if not g.optional], list(range(len(preds))))


def predicted_forms(analysis: Analysis, a: Attribution) -> list[str]:
    """Every form that names the predicted source: span text, entity name and aliases."""
    if a.source is None:
        return []
    forms = [a.source.text]
    entity = analysis.entity(a.source.entity)
    if entity is not None:
        forms += [entity.name, *entity.aliases]
    return forms


def source_is_unnamed(analysis: Analysis, a: Attribution) -> bool:
    if a.source is None:
        return True
    entity = analysis.entity(a.source.entity)
    return entity is not None and entity.type == "unnamed"


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _alias_key(name: str) -> str:
    """`fold_key` with typographic apostrophes folded: a gold alias typed `O'Brien` names the
    `O’Brien` of a text set in curly quotes (found in round 17's speaker review)."""
    return fold_key(name).translate(_APOSTROPHES)


def alias_matches(forms: list[str], source_text: str | None, aliases: list[str]) -> bool:
    """The README's alias rule (see the module docstring)."""
    keys = {_alias_key(a) for a in aliases if a}
    keys.discard("")
    if any(_alias_key(f) in keys for f in forms if f):
        return True
    if not source_text:
        return False
    bare = _alias_key(_PARENS.sub("", source_text))
    head = _alias_key(re.split(r"[，,]", source_text, maxsplit=1)[0])
    return any(len(k) >= 2 and (bare.endswith(k) or head.endswith(k)) for k in keys)


def speaker_right(gold: GoldAttribution, analysis: Analysis, pred: Attribution,
                  scheme: str) -> bool:
    if scheme == BRAT:
        if gold.source is None or not gold.has_source:
            return pred.source is None
        if pred.source is None:
            return False
        return dice(char_set([gold.source]), char_set([pred.source])) >= THRESHOLD
    forms = predicted_forms(analysis, pred)
    source_text = pred.source.text if pred.source else None
    if not gold.has_source and source_is_unnamed(analysis, pred):
        return True
    return alias_matches(forms, source_text, gold.speaker)


def cue_right(gold: GoldAttribution, pred: Attribution) -> bool:
    return fold_key("".join(s.text for s in gold.cue)) == fold_key(
        "".join(s.text for s in pred.cue))


def _via_key(s: str) -> str:
    return fold_key(s.translate(_BOOK))


# --------------------------------------------------------------------------- sections

def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def merged_sections(text: str, sections: list[Section]) -> list[tuple[str, int, int]]:
    """Predicted sections with runs of the same kind merged, each trimmed of whitespace."""
    out: list[tuple[str, int, int]] = []
    for s in sections:
        if out and out[-1][0] == s.kind:
            out[-1] = (s.kind, out[-1][1], s.end)
        else:
            out.append((s.kind, s.start, s.end))
    return [(k, *_trim(text, a, b)) for k, a, b in out]


def score_sections(gold: GoldDocument, analysis: Analysis) -> Ratio:
    """Fraction of gold sections equal (modulo surrounding whitespace) to a predicted section
    of the same kind; adjacent predicted sections of one kind count as one."""
    text = analysis.document.text
    predicted = set(merged_sections(text, analysis.document.sections))
    r = Ratio()
    for g in gold.sections:
        r.count((g.kind, *_trim(text, g.start, g.end)) in predicted)
    return r


# --------------------------------------------------------------------------- provenance

def _names(value: Any) -> list[str]:
    """Name variants of a gold name: "中新网 (China News Service)" -> both halves too."""
    s = str(value or "").strip()
    if not s:
        return []
    out = [s]
    m = re.match(r"^(.*?)\s*[（(]([^）)]*)[）)]\s*$", s)
    if m:
        out += [m.group(1).strip(), m.group(2).strip()]
    return [x for x in out if x]


def _url_key(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip()).rstrip("/").lower()


def gold_provenance(prov: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Lenient reading of the gold provenance: lists of {names, url} per field.

    `published_by` given as a plain string counts as a credit.
    """
    out: dict[str, list[dict[str, Any]]] = {}

    def items(value: Any) -> list[Any]:
        if value is None or value == "" or value == []:
            return []
        return value if isinstance(value, list) else [value]

    for key in ("reposted_from", "credits", "references"):
        for v in items(prov.get(key)):
            if isinstance(v, dict):
                out.setdefault(key, []).append(
                    {"names": _names(v.get("name") or v.get("outlet")), "url": v.get("url")})
            else:
                out.setdefault(key, []).append({"names": _names(v), "url": None})
    if prov.get("published_by") and not isinstance(prov.get("published_by"), (list, dict)):
        out.setdefault("credits", []).append({"names": _names(prov["published_by"]), "url": None})
    dl = prov.get("dateline")
    if dl:
        text = dl.get("text") if isinstance(dl, dict) else str(dl)
        if text:
            out["dateline"] = [{"names": [text], "url": None}]
    return out


def score_provenance(gold: GoldDocument, analysis: Analysis) -> dict[str, Ratio]:
    """Per field, how many gold findings the prediction has (by folded name or by URL)."""
    prov = analysis.document.provenance
    predicted: dict[str, tuple[set[str], set[str]]] = {
        "reposted_from": ({fold_key(r.name) for r in prov.reposted_from},
                          {_url_key(r.url) for r in prov.reposted_from if r.url}),
        "credits": ({fold_key(c.name) for c in prov.credits}, set()),
        "references": (set(), {_url_key(r.url) for r in prov.references}),
        "dateline": ({fold_key(prov.dateline.text)} if prov.dateline else set(), set()),
    }
    for r in prov.references:
        entity = analysis.entity(r.outlet)
        if entity is not None:
            predicted["references"][0].update(fold_key(x) for x in [entity.name, *entity.aliases])
    out: dict[str, Ratio] = {}
    for key, wanted in gold_provenance(gold.provenance).items():
        names, urls = predicted[key]
        r = out.setdefault(key, Ratio())
        for w in wanted:
            if key == "references" and w["url"]:
                ok = _url_key(w["url"]) in urls
            else:
                ok = any(fold_key(n) in names for n in w["names"]) or bool(
                    w["url"] and _url_key(w["url"]) in urls)
            r.count(ok)
    return out


# --------------------------------------------------------------------------- the document

OPEN_MARKS = ("''", "``", '"', "“", "‘", "«", "'")
CLOSE_MARKS = ("''", '"', "”", "’", "»", "'")
INNER_PUNCT = frozenset(",.?!;:")


def polnear_content(text: str, span: Span, turn: bool = False) -> Span:
    """A contract content part (quote marks excluded) in PolNeAR's convention: with the opening
    mark right before it and the punctuation plus closing mark right after it (`X` in
    `"X," he said` -> `"X,"`). Punctuation not followed by a closing mark stays out (PolNeAR
    leaves the frame's comma and full stop outside indirect content), except the full stop of a
    quotation running to the end of its paragraph and of a transcript turn (`turn`)."""
    start, end = span.start, span.end
    opener = next((m for m in OPEN_MARKS if text.startswith(m, max(0, start - len(m)))
                   and start >= len(m)), None)
    if opener is not None:
        start -= len(opener)
    if start >= 6 and text[start - 5:start] == "that " and not text[start - 6].isalnum():
        start -= 5  # PolNeAR keeps the complementiser: `that the U.S. should not ...`
    k = end
    while k < len(text) and text[k] in INNER_PUNCT and k - end < 3:
        k += 1
    closer = next((m for m in CLOSE_MARKS if text.startswith(m, k)), None)
    if closer is not None:
        end = k + len(closer)
        outer = next((m for m in CLOSE_MARKS if text.startswith(m, end)), None)
        if outer is not None and outer != closer:  # a quotation inside a quotation: ,’”
            end += len(outer)
    elif (turn or opener is not None and not _closed(text[span.start:span.end])) and k > end \
            and (k == len(text) or text[k] == "\n"):
        end = k  # a quotation running to its paragraph's end (not one closed inside the part)
    elif opener is not None and k > end and text[end] in ".?!" and text[k:k + 1].isspace() \
            and not _closed(text[span.start:span.end]):
        end = end + 1  # a sentence of a quotation that runs on (`“X is a fraud. By any ...`)
    return span if (start, end) == (span.start, span.end) else Span.at(text, start, end)


def _closed(inner: str) -> bool:
    """Whether a quotation mark closes inside a content part that opened with one."""
    return any(m in inner for m in ('"', "”", "''", "»"))


def polnear_cue(text: str, span: Span) -> Span:
    """A contract cue (the reporting words) in PolNeAR's convention, which keeps the colon that
    introduces a quotation (`said:`)."""
    if span.end < len(text) and text[span.end] == ":":
        return Span.at(text, span.start, span.end + 1)
    return span


_CLAUSE_CLOSE = re.compile(r"[,;—–]| - | -- ")
_RELATIVE_AFTER = re.compile(r"(?:\s*(?:,|--|—|–)\s*|\s+)(who|which|whom)\b(?!['’])")
_THAT_BEFORE_CUE = re.compile(r"\s+(that)\s+")


def polnear_source(text: str, a: Attribution) -> EntitySpan | None:
    """A contract source in PolNeAR's convention, which keeps the comma closing an apposition
    before the cue (`Brian Fallon, the campaign's press secretary, said`: on PolNeAR train and
    dev, 938 such sources keep it, 80 do not; a source without an inner comma leaves the comma
    out, 462 to 5)."""
    s = a.source
    if s is not None and a.cue and (m := _RELATIVE_AFTER.match(text, s.end)) is not None \
            and m.end() <= min(c.start for c in a.cue) \
            and not _CLAUSE_CLOSE.search(text, m.end(), min(c.start for c in a.cue)):
        # the contract names a relative clause's speaker by its antecedent (ANNOTATION.md: the
        # span naming the source); PolNeAR marks the relative pronoun (`Hill, who said`). A
        # clause closed before the cue (`Christie, who has campaigned ..., blasted`) is not
        # the cue's subject.
        return replace(s, start=m.start(1), end=m.end(1), text=m.group(1))
    if s is not None and a.cue and (m := _THAT_BEFORE_CUE.match(text, s.end)) is not None \
            and m.end() == min(c.start for c in a.cue):
        # `social media reports that said`: PolNeAR marks the relative `that` right before its
        # verb as it marks `who` (sayso/lang/en/relative_that.py)
        return replace(s, start=m.start(1), end=m.end(1), text=m.group(1))
    if s is None or not a.cue or s.end > min(c.start for c in a.cue) or "," not in s.text \
            or not text.startswith(",", s.end):
        return s
    return replace(s, end=s.end + 1, text=text[s.start:s.end + 1])


def _in_polnear_convention(analysis: Analysis) -> Analysis:
    """The analysis with its content parts widened by `polnear_content` and its sources by
    `polnear_source` (a copy)."""
    text = analysis.document.text
    widened = [replace(a, content=[polnear_content(text, c, a.evidence == "rule:transcript")
                                   for c in a.content],
                       cue=[polnear_cue(text, c) for c in a.cue], source=polnear_source(text, a))
               for a in analysis.attributions]
    return replace(analysis, attributions=widened)


def score_document(gold: GoldDocument, analysis: Analysis) -> DocScore:
    """Score one analysed document against its gold (see the module docstring)."""
    if gold.convention == "polnear":
        analysis = _in_polnear_convention(analysis)
    out = DocScore(gold.id, gold.scheme, problems=list(gold.problems),
                   chars=len(analysis.document.text),
                   bytes=len(analysis.document.text.encode("utf-8")))
    golds = gold.attributions
    preds = analysis.attributions
    g_sets = [char_set(g.content) for g in golds]
    p_sets = [char_set(p.content) for p in preds]
    scored = [i for i, g in enumerate(golds) if not g.optional]
    optional = [i for i, g in enumerate(golds) if g.optional]
    main = match(g_sets, p_sets, scored, list(range(len(preds))))
    taken = {p for _, p, _ in main}
    extra = match(g_sets, p_sets, optional, [p for p in range(len(preds)) if p not in taken])
    out.dropped_pred = sorted(p for _, p, _ in extra)
    out.dropped_gold = sorted(optional)
    matched_g = {g for g, _, _ in main}
    dropped_p = set(out.dropped_pred)
    out.missed = [g for g in scored if g not in matched_g]
    out.spurious = [p for p in range(len(preds)) if p not in taken and p not in dropped_p]
    n_pred = len(preds) - len(dropped_p)
    out.attribution = PRF(len(main), n_pred, len(scored))

    speaker_tp = 0
    for g, p, d in sorted(main):
        ga, pa = golds[g], preds[p]
        pair = Pair(g, p, d, speaker_right(ga, analysis, pa, gold.scheme), cue_right(ga, pa))
        out.pairs.append(pair)
        speaker_tp += pair.speaker
        out.accuracy["cue"].count(pair.cue)
        for name in ("kind", "stance", "certainty"):
            wanted = getattr(ga, name)
            if wanted:
                out.accuracy[name].count(getattr(pa, name) == wanted)
        have = {_via_key(v.text) for v in pa.via}
        for v in ga.via:
            out.via.count(_via_key(v.text) in have)
    out.speaker = PRF(speaker_tp, n_pred, len(scored))

    kept_g = [golds[i] for i in scored]
    kept_p = [a for i, a in enumerate(preds) if i not in dropped_p]
    for role in SPAN_ROLES:
        gs = _span_keys(kept_g, role)
        ps = _span_keys(kept_p, role)
        out.spans[role] = PRF(len(gs & ps), len(ps), len(gs))

    if gold.sections:
        out.sections = score_sections(gold, analysis)
    if gold.provenance:
        out.provenance = score_provenance(gold, analysis)
    return out


def _span_keys(items: list[Any], role: str) -> set[tuple[int, int]]:
    keys: set[tuple[int, int]] = set()
    for a in items:
        if role == "source":
            if a.source is not None:
                keys.add((a.source.start, a.source.end))
        else:
            keys.update((s.start, s.end) for s in getattr(a, role))
    return keys
