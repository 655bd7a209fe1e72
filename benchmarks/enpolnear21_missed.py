"""Count the gold attributions the English pipeline misses on PolNeAR dev, by cue class (enpolnear21).

For every scored gold attribution without a match (the scorer's `missed`, content Dice < 0.5 with
every paired prediction), it records:

- the cue head (first cue word, lower-cased) and its class: speech verb, belief/cognition
  (`think/believe/know/feel`), intention (`want/plan/hope`), nominal cue (`claim/statement/...`),
  `according to`, adjective/adverb (`reportedly`), perception (`show/suggest/find`), other;
- the source kind: none (no gold source), pronoun, or named/description;
- whether the CRF alone (`candidates(text, "crf")`) tags a cue overlapping the gold cue;
- whether a prediction overlaps the gold content at all (`boundary`: Dice in (0, 0.5)),
  matches it (`taken`: Dice >= 0.5, paired elsewhere) or nothing does (`miss`).

With `--train`, it also counts, for each cue head of the missed rows, how often a word form of it
occurs in PolNeAR train text inside a gold cue vs outside (the precision a rule reading every
occurrence as a cue would have).

    python benchmarks/enpolnear21_missed.py [--train] > out.tsv
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from sayso.eval.command import evaluate_path
from sayso.eval.gold import discover
from sayso.eval.score import char_set, dice
from sayso.lang.en.extract import candidates
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "en-polnear"

CLASSES: dict[str, tuple[str, ...]] = {
    "belief": ("think", "believe", "know", "feel", "consider", "expect", "doubt", "understand",
               "assume", "suspect", "fear", "worry", "realize", "realise", "agree", "guess",
               "convinced", "sure", "aware", "concerned", "skeptical", "wonder", "view", "see",
               "blame", "trust", "imagine", "recognize", "acknowledge", "remember", "forget",
               "like", "love", "hate", "oppose", "support", "favor", "prefer", "disagree"),
    "intention": ("want", "plan", "hope", "intend", "wish", "vow", "pledge", "promise", "seek",
                  "aim", "try", "refuse", "decide", "threaten", "offer", "need", "would",
                  "will", "going", "demand", "call", "ask", "urge"),
    "nominal": ("claim", "claims", "statement", "report", "reports", "view", "views",
                "remarks", "comments", "comment", "speech", "interview", "argument",
                "allegation", "allegations", "accusation", "accusations", "suggestion",
                "message", "position", "assertion", "belief", "opinion", "response",
                "testimony", "letter", "tweet", "post", "ad", "poll", "survey", "study", "data",
                "analysis", "promise", "pledge", "warning", "criticism", "rhetoric", "words",
                "question", "questions", "answer", "story", "memo", "email", "emails", "book",
                "article", "op-ed", "editorial", "platform", "proposal", "plan", "agenda",
                "policy", "theory", "charge", "charges", "denial", "insistence", "vision",
                "announcement", "campaign", "website", "line", "slogan", "pitch"),
    "according": ("according",),
    "adverb": ("reportedly", "allegedly", "apparently", "supposedly", "purportedly",
               "ostensibly", "evidently", "clearly", "obviously", "likely", "unlikely",
               "possible", "reported", "alleged", "so-called", "purported"),
    "perception": ("show", "shows", "showed", "shown", "suggest", "find", "found", "indicate",
                   "reveal", "see", "saw", "seem", "appear", "point", "confirm", "demonstrate",
                   "prove", "estimate", "project", "predict"),
}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me",
            "his", "its", "their", "our", "my", "your", "who", "which", "that", "this", "those",
            "these", "himself", "herself", "themselves", "one", "some", "others", "many"}
_IRREG = {"said": "say", "says": "say", "thought": "think", "told": "tell", "knew": "know",
          "known": "know", "felt": "feel", "wrote": "write", "written": "write", "spoke": "speak",
          "found": "find", "saw": "see", "seen": "see", "shown": "show", "hoped": "hope",
          "believed": "believe", "argued": "argue", "noted": "note", "added": "add",
          "went": "go", "gave": "give", "made": "make", "took": "take", "put": "put",
          "meant": "mean", "understood": "understand", "heard": "hear", "read": "read",
          "planned": "plan", "according": "according"}


def lemma(word: str) -> str:
    """A rough English lemma of a cue word (suffix stripping: enough for counting cue heads)."""
    w = word.lower().strip("\"“”‘’'.,:;")
    if w in _IRREG:
        return _IRREG[w]
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)] + rep
            if suf in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # planned -> plan, admitted -> admit
            if suf in ("ed", "ing", "es") and stem + "e" in _E_FINAL:
                stem += "e"
            return stem
    return w


_E_FINAL = {"believe", "argue", "note", "hope", "state", "agree", "declare", "quote",
            "continue", "announce", "acknowledge", "complaine", "describe", "promise", "claime",
            "insiste", "suggeste", "charge", "caution", "emphasize", "praise", "raise", "recognize",
            "realize", "propose", "predicte", "estimate", "indicate", "decline", "refuse", "urge",
            "vowe", "conclude", "imagine", "concede", "release", "blame", "advise", "write",
            "rule", "wave", "observe", "like", "love", "hate", "oppose", "decide", "fume",
            "remove", "pledge", "dismisse", "challenge", "assume", "reassure", "voice", "issue",
            "reiterate", "characterize", "criticize", "guarantee", "speculate"}

SPEECH = {"say", "tell", "add", "state", "declare", "announce", "explain", "note", "argue",
          "write", "claim", "insist", "ask", "answer", "reply", "respond", "admit", "acknowledge",
          "deny", "warn", "urge", "accuse", "charge", "call", "describe", "suggest", "predict",
          "quote", "speak", "testify", "tweet", "post", "complain", "contend", "maintain",
          "assert", "allege", "report", "confirm", "praise", "criticize", "condemn", "boast",
          "joke", "point", "stress", "emphasize", "repeat", "recall", "concede", "continue", "reiterate", "mention", "told", "promise", "vow", "pledge"}


def cue_class(head: str, lem: str, cue_text: str) -> str:
    if head == "according":
        return "according to"
    if lem in SPEECH and head not in CLASSES["nominal"]:
        return "speech verb"
    for cls in ("adverb", "perception", "belief", "intention", "nominal"):
        if head in CLASSES[cls] or lem in CLASSES[cls]:
            return {"adverb": "adjective/adverb", "nominal": "nominal cue"}.get(cls, cls)
    return "other"


def _cue_head(text: str, cue: list) -> str:
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", " ".join(text[s.start:s.end] for s in cue))
    skip = {"has", "have", "had", "is", "was", "were", "are", "be", "been", "did", "does", "do",
            "also", "not", "n't", "would", "will", "could", "to", "the", "a", "an", "his", "her",
            "their", "its", "then", "later", "again", "publicly", "repeatedly", "just"}
    for w in words:
        if w.lower() not in skip:
            return w.lower()
    return words[0].lower() if words else ""


def source_kind(text: str, g) -> str:
    if g.source is None and not g.source_text:
        return "none"
    src = (text[g.source.start:g.source.end] if g.source else g.source_text or "").strip().lower()
    return "pronoun" if src in PRONOUNS else "named/description"


def in_lexicon(text: str, cue: list) -> bool:
    """Whether a word of the gold cue opens a cue of `cues.json` (an ANNOTATION.md-type cue:
    speech, belief, channel); the rest are PolNeAR's acts, intentions and perceptions."""
    lex = lexicon()
    for s in cue:
        lower = [t.text.lower() for t in tokenize(text[s.start:s.end])]
        if any(lex.match_cue(lower, k) is not None for k in range(len(lower))):
            return True
    return False


def rows(path: str) -> list[dict]:
    out = []
    for result in evaluate_path(path).results:
        if not result.score.missed:
            continue
        text = result.analysis.document.text
        golds = result.gold.attributions
        preds = [char_set(p.content) for p in result.analysis.attributions]
        tokens, _, crf = candidates(text, "crf")
        crf_cues = [(tokens[a].start, tokens[b - 1].end) for c in crf for a, b in c.cue if b > a]
        for g in result.score.missed:
            gold = golds[g]
            gs = char_set(gold.content)
            best = max((dice(gs, p) for p in preds), default=0.0)
            head = _cue_head(text, gold.cue)
            lem = lemma(head)
            tagged = any(s.start < e and b < s.end for s in gold.cue for b, e in crf_cues)
            out.append({
                "doc": result.gold.id,
                "cue": " | ".join(text[s.start:s.end] for s in gold.cue),
                "head": head, "lemma": lem, "class": cue_class(head, lem, ""),
                "source": source_kind(text, gold),
                "crf_cue": "tagged" if tagged else "untagged",
                "lexicon": "lexicon cue" if in_lexicon(text, gold.cue) else "no lexicon cue",
                "match": "taken" if best >= 0.5 else "boundary" if best > 0 else "miss",
                "content": " ".join(text[s.start:s.end] for s in gold.content)[:90].replace("\n", " "),
            })
    return out


def train_precision(lemmas: set[str]) -> dict[str, tuple[int, int]]:
    """(occurrences inside a gold cue, all occurrences) of each lemma's word forms in train text."""
    inside: Counter = Counter()
    total: Counter = Counter()
    for case in discover(POLNEAR / "train"):
        doc = case.read()
        gold = case.load(doc)
        text = doc.text
        cue_chars = {i for a in gold.attributions for s in a.cue for i in range(s.start, s.end)}
        for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", text):
            lem = lemma(m.group())
            if lem in lemmas:
                total[lem] += 1
                if m.start() in cue_chars:
                    inside[lem] += 1
    return {lem: (inside[lem], total[lem]) for lem in lemmas}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", nargs="?", default=str(POLNEAR / "dev"))
    ap.add_argument("--train", action="store_true", help="train precision of the missed cue heads")
    ap.add_argument("--tsv", help="write every missed row here")
    args = ap.parse_args()
    found = rows(args.set)
    if args.tsv:
        with open(args.tsv, "w") as f:
            keys = list(found[0])
            f.write("\t".join(keys) + "\n")
            for r in found:
                f.write("\t".join(str(r[k]) for k in keys) + "\n")
    print(f"missed gold rows: {len(found)}")
    for key in ("match", "class", "source", "crf_cue", "lexicon"):
        print(f"\nby {key}:")
        for v, n in Counter(r[key] for r in found).most_common():
            print(f"  {n:5d}  {v}")
    print("\nclass x match:")
    table: dict[str, Counter] = defaultdict(Counter)
    for r in found:
        table[r["class"]][r["match"]] += 1
    for cls, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {cls:18s} " + "  ".join(f"{k} {c[k]}" for k in ("miss", "boundary", "taken")))
    print("\nlexicon x match:")
    t3: dict[str, Counter] = defaultdict(Counter)
    for r in found:
        t3[r["lexicon"]][r["match"]] += 1
    for cls, c in t3.items():
        print(f"  {cls:18s} " + "  ".join(f"{k} {c[k]}" for k in ("miss", "boundary", "taken")))
    print("\nclass x crf cue (miss only):")
    t2: dict[str, Counter] = defaultdict(Counter)
    for r in found:
        if r["match"] == "miss":
            t2[r["class"]][r["crf_cue"]] += 1
    for cls, c in sorted(t2.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {cls:18s} tagged {c['tagged']}  untagged {c['untagged']}")
    lemmas = Counter(r["lemma"] for r in found if r["match"] == "miss")
    prec = train_precision({lem for lem, _ in lemmas.most_common(60)}) if args.train else {}
    print("\ncue lemmas of the misses (no overlapping prediction): n, class, train in-cue/all")
    cls_of = {r["lemma"]: r["class"] for r in found}
    for lem, n in lemmas.most_common(60):
        p = prec.get(lem)
        ptxt = f"{p[0]}/{p[1]} = {p[0] / p[1]:.2f}" if p and p[1] else ""
        print(f"  {n:4d}  {lem:16s} {cls_of[lem]:18s} {ptxt}")


if __name__ == "__main__":
    main()
